/** min(A, B): the smaller of A and B, entry by entry (MATLAB's two-argument min). */
import { extremum } from './extremum.js';

export default extremum('min', false);
