// Read figures with their units and intervals, and convert at a historical rate.
import { convert, parseQuantities } from 'corroborate';

for (const q of parseQuantities('Registered capital reached 3 billion RMB (around $432 million), up nearly 5%.')) {
  console.log(`${q.span?.text} -> ${q.value} ${q.unit} [${q.low}, ${q.high}]${q.equivalent ? ` = ${q.equivalent.value} ${q.equivalent.unit}` : ''}`);
}
console.log(Math.round(convert(3e9, 'CNY', 'USD', '2016-12') ?? NaN));
// 3 billion RMB -> 3000000000 CNY [2950000000, 3050000000] = 432000000 USD
// 5% -> 5 % [4.5, 5]
// 433325630
