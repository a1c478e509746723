import { defineRule } from '../schema.js';

export default defineRule({
  id: 'kron-trace',
  title: 'Trace of a Kronecker product',
  area: 'kronecker',
  kind: 'identity',
  latex: String.raw`\mathrm{Tr}(\mathbf{A}\otimes\mathbf{B}) = \mathrm{Tr}(\mathbf{A})\,\mathrm{Tr}(\mathbf{B})`,
  lhs: 'trace(kron(A,B))',
  rhs: 'trace(A)*trace(B)',
  shapes: {
    A: 'nxn',
    B: 'mxm',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(514)–(519)',
      unverified: 'the exact equation number within the Kronecker block (514)–(519) of the 2012 Cookbook could not be read (garbled OCR)',
    },
  ],
  explanation: 'The diagonal blocks of $\\mathbf{A}\\otimes\\mathbf{B}$ are $A_{ii}\\mathbf{B}$, with traces $A_{ii}\\mathrm{Tr}\\,\\mathbf{B}$.',
  mistakes: [
    {
      id: 'additive',
      claim: 'trace(A) + trace(B)',
      why: 'That is the trace of the Kronecker sum A⊗I + I⊗B; the Kronecker product multiplies the traces.',
    },
    {
      id: 'size-for-trace',
      claim: 'm*trace(A)',
      why: 'Each diagonal block A_ii·B contributes A_ii·Tr B, not A_ii times the size of B (that would be A⊗I).',
    },
  ],
});
