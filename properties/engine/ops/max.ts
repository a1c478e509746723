/** max(A, B): the larger of A and B, entry by entry (MATLAB's two-argument max). */
import { extremum } from './extremum.js';

export default extremum('max', true);
