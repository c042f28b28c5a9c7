// Licence kinds that mean one permission whatever the wording ('mobile payment' and
// 'third-party payment' are both payment licences), and kinds that must stay apart.
const KINDS: readonly (readonly [RegExp, string])[] = [
  [/\bconsumer[- ]financ/u, 'consumer-finance'],
  [/\bvirtual[- ]bank/u, 'virtual-banking'],
  [/\bdigital[- ]bank/u, 'digital-banking'],
  [/\bprivate[- ]bank/u, 'private-banking'],
  [/\bonline[- ]bank/u, 'online-banking'],
  [/\bcredit[- ]cards?/u, 'credit-card'],
  [/\bpayment|\bpay\b/u, 'payment'],
  [/\binsuranc/u, 'insurance'],
  [/\bsecurities|\bbrokerage/u, 'securities'],
  [/\bmicro-?(?:loan|lend)|\bsmall[- ]loan|\blending|\bloan/u, 'lending'],
  [/\bfund|\basset management/u, 'asset-management'],
  [/\bbanking|\bbank\b/u, 'banking'],
  [/\bcredit[- ]rating|\bcredit[- ]report/u, 'credit-reporting'],
];

/** The licence kinds named in a phrase ('the license of consumer finance and virtual banking' → two). */
export function licenceKinds(phrase: string): string[] {
  const lower = phrase.toLowerCase();
  const out: string[] = [];
  // Each 'and'-joined part may name its own kind.
  for (const part of lower.split(/\band\b|,/u)) {
    for (const [re, kind] of KINDS) {
      if (re.test(part)) {
        if (!out.includes(kind)) out.push(kind);
        break;
      }
    }
  }
  return out;
}
