import { z } from 'zod';
import { describeNumber, describeQuantity, describeTime } from '../describe.js';
import { convertRange, isQuantity, rangeOf, rangesDisjoint } from '../figures.js';
import { defineRule } from '../rule.js';
import { whatOf } from '../sides.js';

/**
 * An amount given with its equivalent in another currency ('3 billion yuan (about $432 million)')
 * where the equivalent is off the exchange rate of the article's month by more than rounding, the
 * rate's movement and `tolerance` allow. Conversions that agree are quiet; a currency the rate
 * table lacks, or an article without a date, leaves the conversion unchecked.
 */
export default defineRule({
  id: 'conversion-rate',
  meta: {
    description: "An inline currency conversion that disagrees with the exchange rate of the article's date",
    severity: 'warning',
    kinds: ['event', 'role', 'attribute', 'relation'],
    scope: 'document',
    options: z
      .object({
        /** Relative slack on the stated equivalent beyond its rounding (0.05 = 5%). */
        tolerance: z.number().min(0).max(1).default(0.05),
        /** Slack for the rate's movement within the month and the rate table's own error. */
        rateTolerance: z.number().min(0).max(1).default(0.03),
      })
      .strict(),
    messages: {
      offRate: "{{subject}} {{what}}: {{outletA}} gives {{amount}} as {{equivalent}}, but at the {{month}} rate it is about {{expected}} ({{off}}% off)",
    },
  },
  check(group, context) {
    const doc = group.doc ?? '';
    const published = context.published(doc);
    if (!published) return [];
    const month = published.granularity === 'year' ? published.start.slice(0, 4) : published.start.slice(0, 7);
    const seen = new Set<string>();
    const reports = [];
    for (const claim of group.claims) {
      const q = claim.object;
      if (!isQuantity(q) || q.kind !== 'money' || !q.equivalent || q.equivalent.unit === q.unit) continue;
      const at = q.span ? `${q.span.start}:${q.span.end}` : `${q.value}${q.unit}${q.equivalent.value}`;
      if (seen.has(at)) continue;
      seen.add(at);
      const { options } = context;
      // The writer converts the figure as written, not the interval it may stand for: compare the
      // stated amount's conversion with the equivalent's own rounding.
      const expected = convertRange({ low: q.value, high: q.value }, q.unit, q.equivalent.unit, month, context.convert, options.rateTolerance);
      const point = context.convert(q.value, q.unit, q.equivalent.unit, month);
      if (!expected || point === undefined || !rangesDisjoint(expected, rangeOf(q.equivalent, options.tolerance))) continue;
      reports.push({
        messageId: 'offRate' as const,
        sides: [[claim.id]],
        data: {
          subject: claim.subject,
          what: whatOf(claim, context),
          outletA: context.outlet(doc),
          amount: describeQuantity({ ...q, approx: undefined }),
          equivalent: describeQuantity(q.equivalent),
          expected: `${q.equivalent.unit} ${describeNumber(Number(point.toPrecision(3)))}`,
          month: describeTime(published),
          off: Math.round((Math.abs(q.equivalent.value - point) / point) * 100),
        },
      });
    }
    return reports;
  },
});
