/** Numbers a learner can read (readable.ts): the relative difference and the multiple of the tolerance. */
import { expect, test } from 'vitest';
import { differenceNote, percent, relativeDifference, timesText } from './readable.js';

test('the relative difference is taken against the larger of the two numbers', () => {
  expect(relativeDifference(0.0004876, 0.0004857)).toBeCloseTo(0.0039, 4);
  expect(relativeDifference(-0.015625, 0)).toBe(1);
  expect(relativeDifference(0, 0)).toBe(0);
});

test('percentages keep two significant digits, small ones in exponent form', () => {
  expect(percent(0.0039)).toBe('0.39%');
  expect(percent(1)).toBe('100%');
  expect(percent(1.234e-9)).toBe('1.2e-7%');
  expect(percent(0)).toBe('0%');
});

test('how many times: digits up to a thousand, a power of ten beyond', () => {
  expect(timesText(3.21)).toBe('3.2');
  expect(timesText(123.4)).toBe('123');
  expect(timesText(2.5e9)).toBe('10⁹');
  expect(timesText(4e12)).toBe('10¹²');
});

test('the note on a disagreement, and none without its numbers', () => {
  expect(differenceNote({ expected: 0.0004876, actual: 0.0004857, error: 1.9e-6, tolerance: 1.9e-15 })).toBe('they differ by 0.39%, 10⁹ times what rounding can explain');
  expect(differenceNote({ expected: 1, actual: 2 })).toBeNull();
  expect(differenceNote({ expected: 1, actual: 2, error: 1, tolerance: 0 })).toBe('they differ by 50%');
});
