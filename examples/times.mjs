// Normalize the dates of a text against its publication date.
import { parseTimes } from 'corroborate';

const text = 'In January 2016, it bought a payment firm. In December of the same year, it set up a bank.';
for (const t of parseTimes(text, { reference: '2022-09' })) {
  console.log(`${t.span?.text} -> ${t.timex} (${t.start}..${t.end}, ${t.anchor})`);
}
// January 2016 -> 2016-01 (2016-01-01..2016-01-31, absolute)
// December of the same year -> 2016-12 (2016-12-01..2016-12-31, discourse)
