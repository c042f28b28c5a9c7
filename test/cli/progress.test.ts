import { describe, expect, it } from 'vitest';
import { isLarge, ProgressBar, renderBar } from '../../src/cli/progress.js';

describe('renderBar', () => {
  const cases: [string, [string, number, number, number], string][] = [
    ['empty at the start', ['analyzing', 0, 4, 40], 'analyzing [......................] 0/4'],
    ['half way', ['analyzing', 2, 4, 40], 'analyzing [###########...........] 2/4'],
    ['full at the end', ['analyzing', 4, 4, 40], 'analyzing [######################] 4/4'],
    ['never over full', ['x', 9, 4, 40], 'x [##############################] 9/4'],
    ['at least ten wide on a narrow terminal', ['analyzing', 1, 2, 10], 'analyzing [#####.....] 1/2'],
    ['full with nothing to do', ['x', 0, 0, 30], 'x [####################] 0/0'],
  ];
  for (const [name, args, line] of cases) it(name, () => expect(renderBar(...args)).toBe(line));
  it('fits the terminal width', () => expect(renderBar('analyzing', 3, 10, 50).length).toBeLessThanOrEqual(50));
});

describe('ProgressBar', () => {
  it('redraws only on change, and clears', () => {
    const out: string[] = [];
    const bar = new ProgressBar({ write: (t) => out.push(t), columns: 40 }, 'x');
    bar.update(0, 2);
    bar.update(0, 2);
    bar.update(1, 2);
    bar.clear();
    expect(out).toHaveLength(3);
    expect(out[2]).toBe('\r\u001b[K');
  });
  it('clears nothing when nothing was drawn', () => {
    const out: string[] = [];
    new ProgressBar({ write: (t) => out.push(t) }, 'x').clear();
    expect(out).toEqual([]);
  });
});

describe('isLarge', () => {
  const cases: [string, number, number, boolean][] = [
    ['a few short articles', 5, 20_000, false],
    ['twenty articles', 20, 1_000, true],
    ['one huge article', 1, 1_000_000, true],
    ['nineteen articles just under a megabyte', 19, 999_999, false],
  ];
  for (const [name, docs, chars, large] of cases) it(name, () => expect(isLarge(docs, chars)).toBe(large));
});
