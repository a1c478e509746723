import { openSite } from '../website/tests/browser.js';
process.env.MCV_SITE_BUILT = '1';
const site = await openSite();
const { page } = site;
const shots: [string, string][] = [
  ['derive-softmax', "/check?kind=derive&f=-y'*log(softmax(T*x))&wrt=T&shapes=T%3Dkxd%2C+x%3Dd%2C+y%3Dk&assume=y%3Donehot&seed=1"],
  ['derive-matrix', '/check?kind=derive&f=inv(X)*A&wrt=X&shapes=X%3Dnxn%2C+A%3Dnxn&assume=X%3Dinvertible&seed=1'],
  ['derive-unsupported', '/check?kind=derive&f=sum(sign(X))&wrt=X&shapes=X%3Dnxn&seed=1'],
  ['refuted-hint', "/check?kind=gradient&f=x'*A*x&wrt=x&claim=2*A*x&shapes=x%3Dn%2C+A%3Dnxn&seed=7"],
];
for (const [name, href] of shots) {
  await page.goto(site.url + href, { waitUntil: 'load' });
  await page.locator('[data-testid="verdict"]').waitFor({ timeout: 30000 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: true });
  console.log(name, await page.locator('[data-testid="verdict"]').textContent(), await page.locator('[data-testid="message"]').first().textContent());
}
for (const p of ['/rules/grad-quadratic-form', '/exercises/softmax-regression']) {
  await page.goto(site.url + p, { waitUntil: 'load' });
  await page.locator('#derived').screenshot({ path: `/tmp/${p.split('/').pop()}.png` }).catch((e) => console.log(e.message));
  const el = page.locator('#derived');
  await el.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/${p.split('/').pop()}-view.png` });
}
console.log(site.errors);
await site.close();
