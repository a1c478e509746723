/** The page of one rule: statement, claim, variables, sources, links, evidence and refuted mistakes. */
import { prepare } from '../../properties/oracle/check.js';
import { deriveSeed } from '../../properties/derive/checkRule.js';
import { ASSUMPTION_DOCS, type Assumption } from '../../properties/engine/shapes.js';
import { mistakeClaim, ruleClaim, wrtOf } from '../../rules/claims.js';
import { AREAS, WORKS, type Rule, type Source } from '../../rules/schema.js';
import { code, frontMatter, m, message, mm, prose, sentence, shapeTex, table, tex, text, cell, cellMath } from '../../properties/presentation/markdown.js';
import { counterexampleMarkdown, errorText, exercisePath, mcvCommand, ruleLink, rulePath, type SiteData } from './data.js';
import { checkHrefForClaim } from '../../properties/presentation/url.js';
import { ruleDerivationSection } from './derived.js';

/** What a mistake's claim stands in for, in LaTeX: G, H, d[F] or the identity's left side. */
export function mistakeLhs(r: Rule, shapes: Readonly<Record<string, string>>): string {
  switch (r.kind) {
    case 'gradient':
      return '\\mathbf{G}';
    case 'hessian':
      return '\\mathbf{H}';
    case 'differential':
      return `d\\left[${tex(r.F, { shapes })}\\right]`;
    case 'identity':
      return tex(r.lhs, { shapes });
  }
}

const KIND_TEXT = { gradient: 'gradient', differential: 'differential', identity: 'identity', hessian: 'Hessian' } as const;

/** A source as a reader cites it: the work in full, the place in it, and any doubt about it. */
export function sourceText(s: Source): string {
  const where = s.where ? `, ${text(s.where)}` : '';
  const doubt = s.unverified ? ` — **unverified:** ${text(s.unverified)}` : '';
  return `${text(WORKS[s.work])}${where}${doubt}`;
}

/** The claim in words and in LaTeX, from the rule's own expressions. */
function claimTex(r: Rule, shapes: Record<string, string>): string {
  const t = (e: string) => tex(e, { shapes });
  switch (r.kind) {
    case 'gradient':
      return `\\frac{\\partial}{\\partial ${t(r.wrt)}}\\left[${t(r.f)}\\right] = ${t(r.G)}`;
    case 'differential':
      return `d\\left[${t(r.F)}\\right] = ${t(r.dF)}`;
    case 'identity':
      return `${t(r.lhs)} = ${t(r.rhs)}`;
    case 'hessian':
      return hessianForm(r) === 'map'
        ? `d\\left(\\nabla_{${t(r.wrt)}}\\left[${t(r.f)}\\right]\\right) = ${t(r.H)}`
        : `\\frac{\\partial^2}{\\partial ${t(r.wrt)}\\,\\partial ${t(r.wrt)}^\\top}\\left[${t(r.f)}\\right] = ${t(r.H)}`;
  }
}

function claimCode(r: Rule): string {
  switch (r.kind) {
    case 'gradient':
      return `f   = ${r.f}\nwrt = ${r.wrt}\nG   = ${r.G}`;
    case 'differential':
      return `F   = ${r.F}\nwrt = ${r.wrt.join(', ')}\ndF  = ${r.dF}`;
    case 'identity':
      return `lhs = ${r.lhs}\nrhs = ${r.rhs}`;
    case 'hessian':
      return `f   = ${r.f}\nwrt = ${r.wrt}\nH   = ${r.H}${r.G !== undefined ? `\nG   = ${r.G}` : ''}`;
  }
}

function claimSentence(r: Rule): string {
  switch (r.kind) {
    case 'gradient':
      return `A **gradient** (denominator layout, the shape of ${m(tex(r.wrt, { shapes: r.shapes }))}): the oracle checks that $df = \\operatorname{Tr}(\\mathbf{G}^\\top d${tex(r.wrt, { shapes: r.shapes })})$ against central differences of $f$ along random directions.`;
    case 'differential':
      return `A **differential**, written with ${r.wrt.map((w) => m(tex(`d${w}`, { shapes: { ...r.shapes, [`d${w}`]: r.shapes[w]! } }))).join(', ')}: the oracle checks it, entry by entry, against central differences of $F$ along random directions.`;
    case 'identity':
      return 'An **identity**: the oracle checks that both sides agree, entry by entry, at random points satisfying the assumptions.';
    case 'hessian': {
      const w = tex(r.wrt, { shapes: r.shapes });
      const dw = tex(`d${r.wrt}`, { shapes: { ...r.shapes, [`d${r.wrt}`]: r.shapes[r.wrt]! } });
      const form =
        hessianForm(r) === 'map' ? `written as the linear map $\\mathbf{H}[${dw}] = d(\\nabla f)$, of the shape of ${m(w)}` : `written as the matrix with $\\mathbf{H}[${dw}] = \\mathbf{H}\\,${dw}$`;
      const g = r.G !== undefined ? ' With the gradient stated too, it also checks $\\mathbf{G}$ against $f$ and $\\mathbf{H}$ against the derivative of $\\mathbf{G}$ (first order, sharper).' : '';
      return `A **Hessian**, ${form}: the oracle checks $\\operatorname{Tr}(${dw}_2^\\top\\,\\mathbf{H}[${dw}])$ against the mixed second difference of $f$ along two independent random directions ${m(dw)} and ${m(`${dw}_2`)} (one direction alone cannot tell a Hessian from its symmetric part).${g}`;
    }
  }
}

/** How a Hessian rule writes H: the map of dW, or the matrix of a column W (as the oracle reads it). */
function hessianForm(r: Extract<Rule, { kind: 'hessian' }>): 'map' | 'matrix' {
  return prepare(ruleClaim(r)).form ?? 'map';
}

/** The Markdown of a rule page. */
export function rulePage(r: Rule, data: SiteData): string {
  const ev = data.evidence.get(r.id)!;
  const directions = Object.fromEntries(wrtOf(r).map((w) => [`d${w}`, r.shapes[w]!]));
  const shapes = { ...r.shapes, ...directions };
  const area = AREAS[r.area];
  const out: string[] = [];
  out.push(
    frontMatter({
      title: r.title,
      sidebar_label: r.title,
      slug: rulePath(r.id),
      description: `${r.title}: ${KIND_TEXT[r.kind]} rule, verified numerically on random matrices, with its classic mistakes refuted.`,
      keywords: [r.id, r.kind, area.title],
    }),
  );
  out.push(`# ${text(r.title)}`);
  const refuted = ev.mistakes.filter((x) => x.refuted).length;
  // Inline HTML inside a Markdown paragraph: the badge gets its class, the link stays a Markdown link.
  out.push(
    `<span class="mcv-badge mcv-badge--verified">✓ verified</span> ${r.kind} · [${text(area.title)}](/catalogue#${r.area}) · rule \`${r.id}\` · ${refuted} of ${ev.mistakes.length} mistakes refuted`,
  );
  out.push(mm(r.latex));

  out.push('## The claim', claimSentence(r), mm(claimTex(r, shapes)), "In the oracle's syntax (mathjs), as checked:", code(claimCode(r), 'text'));
  out.push('Check it yourself, or change it and see what breaks:', code(mcvCommand(ruleClaim(r), null, data.cases), 'bash'));
  out.push(`Or [check it in the browser](${checkHrefForClaim(ruleClaim(r))}), on the Check page, and change it there.`);
  if (r.equivalent?.length) {
    const wrong = r.kind === 'gradient' ? 'G' : r.kind === 'differential' ? 'dF' : 'rhs';
    out.push(
      '### Equivalent spellings',
      `Correct rewritings that people also write. Each is checked like the claim, so a correct ${wrong} spelled another way is not a false alarm:`,
      table(
        [wrong, 'verdict'],
        r.equivalent.map((claim, k) => {
          const e = ev.equivalents?.[k];
          return [cell(`\`${claim}\``), e ? cell(`${e.verdict === 'verified' ? '✓ held' : '✗ REFUTED'} in ${e.cases} random cases`) : '—'];
        }),
      ),
    );
  }

  out.push('## Variables');
  out.push(
    table(
      ['variable', 'shape', 'assumptions'],
      Object.entries(r.shapes).map(([name, shape]) => {
        const as = (r.assume?.[name] ?? []) as Assumption[];
        return [cellMath(tex(name, { shapes: r.shapes })), cellMath(shapeTex(shape)), as.length ? cell(as.map((a) => `**${a}**: ${text(ASSUMPTION_DOCS[a])}`).join('; ')) : '—'];
      }),
    ),
  );
  const letters = [...new Set(Object.values(r.shapes).flatMap((s) => s.split('x').filter((p) => /^[a-z]$/.test(p))))];
  if (letters.length) out.push(`The sizes ${letters.map((l) => m(l)).join(', ')} are drawn at random (1 to 4) in every case; assumptions constrain the point, never the direction.`);

  if (r.explanation) out.push('## Why it holds', prose(r.explanation));
  out.push(...ruleDerivationSection(r, data));

  out.push('## Sources', r.sources.map((s) => `- ${sourceText(s)}`).join('\n'));

  const derivedFrom = r.derivedFrom ?? [];
  const usedBy = data.rules.filter((x) => x.derivedFrom?.includes(r.id));
  const provedBy = data.derivations.filter((d) => d.proves === r.id);
  const appliedIn = data.derivations.filter((d) => d.steps.some((s) => s.by.includes(r.id)) || d.gradient.by.includes(r.id));
  if (derivedFrom.length || usedBy.length || provedBy.length || appliedIn.length) {
    out.push('## Related');
    if (derivedFrom.length) out.push(`Follows from: ${derivedFrom.map((id) => ruleLink(data, id)).join(', ')}.`);
    if (provedBy.length) out.push(`Derived line by line, every line checked: ${provedBy.map((d) => `[${text(d.title)}](${exercisePath(d.id)})`).join(', ')}.`);
    if (usedBy.length) out.push(`Used to derive: ${usedBy.map((x) => ruleLink(data, x.id)).join(', ')}.`);
    if (appliedIn.length) out.push(`Applied in the exercises: ${appliedIn.map((d) => `[${text(d.title)}](${exercisePath(d.id)})`).join(', ')}.`);
  }

  out.push('## Evidence');
  const skipped = ev.discarded ? `, ${ev.discarded} skipped where a side was not finite` : '';
  out.push(
    `Measured when this site was built: the claim **held in ${ev.cases} random cases**${skipped}; the largest error was ${errorText(ev.maxError)} ([how the tolerance is set](/guide/oracle#tolerance)). Seed of the run: ${data.seed}.`,
  );
  out.push(
    'Reproduce exactly this check (the same cases, the same numbers):',
    code(
      [
        `npx mcv verify --rule ${r.id} --seed ${data.seed}${data.cases !== 100 ? ` --runs ${data.cases}` : ''}`,
        `# or, as a claim of your own:`,
        mcvCommand(ruleClaim(r), deriveSeed(data.seed, r.id), data.cases),
      ].join('\n'),
      'bash',
    ),
  );

  out.push('## Mistakes', 'Each is a wrong version of this rule that people write. The oracle refutes every one and shrinks the refutation to a small counterexample.');
  for (const mk of r.mistakes) {
    const me = ev.mistakes.find((x) => x.id === mk.id)!;
    const claim = mistakeClaim(r, mk);
    out.push(`### ${text(mk.id.replace(/-/g, ' '))} {#mistake-${mk.id}}`);
    out.push(`**Why it is wrong:** ${text(mk.why)}`);
    const wrong = r.kind === 'gradient' ? 'G' : r.kind === 'differential' ? 'dF' : r.kind === 'hessian' ? 'H' : 'rhs';
    out.push(mm(`${mistakeLhs(r, shapes)} \\overset{?}{=} ${tex(mk.claim, { shapes })}`));
    out.push(code(`${wrong} = ${mk.claim}`, 'text'));
    if (mk.assume) {
      const as = Object.entries(mk.assume);
      out.push(
        `Here the rule is used ${as.length ? `with only these assumptions: ${as.map(([k, v]) => `${m(tex(k, { shapes: r.shapes }))} ${v.join(', ')}`).join('; ')}` : '**without its assumptions**'}.`,
      );
    }
    if (mk.shapes)
      out.push(
        `Checked at ${Object.entries(mk.shapes)
          .map(([k, v]) => `${m(tex(k, { shapes: r.shapes }))} of shape ${m(shapeTex(v))}`)
          .join(', ')}, where the sizes fit and only the numbers can tell.`,
      );
    const how = me.refutedBy === 'value' ? 'by value: the numbers disagree' : 'by its shape alone: no number needed to be compared';
    out.push(`**Refuted ${how}**${me.cases ? `, after ${me.cases} passing case${me.cases === 1 ? '' : 's'}` : ''}: ${sentence(message(me.reason ?? ''))}`);
    if (me.counterexample) out.push(counterexampleMarkdown(me.counterexample, shapes));
    out.push('Reproduce:', code(mcvCommand(claim, deriveSeed(data.seed, `${r.id}/${mk.id}`), data.cases), 'bash'));
  }
  return out.join('\n\n') + '\n';
}
