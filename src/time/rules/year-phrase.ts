import type { YearSpec } from '../spec.js';

/**
 * A year phrase after a month, quarter or season: '2016', 'this year', 'the same year'. The
 * regex fragment has groups `y` (digits) and `yrel` (the relative words).
 */
export const YEAR_PHRASE =
  '(?:(?<y>1\\d{3}|20\\d{2})(?!\\d)|(?<yrel>this|last|next|the\\s+same|that|the\\s+following|the\\s+previous|the\\s+next|the\\s+prior|the\\s+current)\\s+(?:fiscal\\s+)?year)';

/** The year a phrase from {@link YEAR_PHRASE} names. */
export function yearSpec(groups: Readonly<Record<string, string | undefined>>): YearSpec | undefined {
  if (groups.y) return { kind: 'absolute', year: Number(groups.y) };
  const w = groups.yrel?.toLowerCase().replace(/\s+/g, ' ');
  switch (w) {
    case 'this':
    case 'the current':
      return { kind: 'relative', from: 'reference', by: 0 };
    case 'last':
      return { kind: 'relative', from: 'reference', by: -1 };
    case 'next':
      return { kind: 'relative', from: 'reference', by: 1 };
    case 'the same':
    case 'that':
      return { kind: 'relative', from: 'discourse', by: 0 };
    case 'the following':
    case 'the next':
      return { kind: 'relative', from: 'discourse', by: 1 };
    case 'the previous':
    case 'the prior':
      return { kind: 'relative', from: 'discourse', by: -1 };
    default:
      return undefined;
  }
}
