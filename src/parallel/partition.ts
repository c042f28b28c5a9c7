import type { Claim, Finding } from '../types.js';

/** A set of articles that findings tie together, and the findings (by position) that cite them. */
export interface FindingGroup {
  /** Positions in the findings list, ascending. */
  readonly findings: readonly number[];
  /** Ids of the articles the group's findings cite. */
  readonly documents: ReadonlySet<string>;
}

/**
 * Splits findings into groups that share no article: two findings are in one group when they
 * cite claims of a common article, directly or through other findings. Weighing a finding's
 * sides needs only its own articles and their claims, so each group can be weighed alone, and
 * the cost grows with the size of the groups instead of with the square of the corpus.
 */
export function groupFindingsByDocument(findings: readonly Finding[], claims: readonly Claim[]): FindingGroup[] {
  const docOf = new Map<string, string>();
  for (const c of claims) docOf.set(c.id, c.doc);
  const parent = new Map<string, string>();
  const find = (d: string): string => {
    let root = d;
    for (let p = parent.get(root); p !== undefined && p !== root; p = parent.get(root)) root = p;
    // Path compression keeps later finds short.
    for (let x = d, p = parent.get(x); p !== undefined && p !== root; x = p, p = parent.get(x)) parent.set(x, root);
    return root;
  };
  const docsOf = (f: Finding): string[] => [...new Set([...f.claims, ...(f.sides ?? []).flat()].flatMap((id) => docOf.get(id) ?? []))];
  for (const f of findings) {
    const [first, ...rest] = docsOf(f);
    if (first === undefined) continue;
    if (!parent.has(first)) parent.set(first, first);
    for (const d of rest) {
      if (!parent.has(d)) parent.set(d, d);
      const a = find(first);
      const b = find(d);
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const groups = new Map<string, { findings: number[]; documents: Set<string> }>();
  findings.forEach((f, i) => {
    const docs = docsOf(f);
    const key = docs[0] === undefined ? `\u0000${i}` : find(docs[0]);
    const group = groups.get(key) ?? { findings: [], documents: new Set<string>() };
    group.findings.push(i);
    for (const d of docs) group.documents.add(d);
    groups.set(key, group);
  });
  return [...groups.values()];
}
