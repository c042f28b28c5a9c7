import { describe, expect, it } from 'vitest';
import { groupFindingsByDocument } from '../../src/parallel/index.js';
import type { Claim, Finding } from '../../src/types.js';

const claim = (id: string, doc: string): Claim => ({ id, doc, kind: 'event', subject: 's', predicate: 'founded', modality: { negated: false, hedged: false }, evidence: { start: 0, end: 1, text: 'x', sentence: 0 } });
const finding = (id: string, claims: string[], sides?: string[][]): Finding => ({ id, rule: 'r', severity: 'error', message: 'm', messageId: 'm', data: {}, claims, ...(sides ? { sides } : {}) });
const CLAIMS = ['a', 'b', 'c', 'd', 'e'].map((d) => claim(`${d}1`, d));

describe('groupFindingsByDocument', () => {
  const cases: readonly { name: string; findings: Finding[]; groups: { findings: number[]; documents: string[] }[] }[] = [
    { name: 'no findings, no groups', findings: [], groups: [] },
    { name: 'findings on disjoint articles stay apart', findings: [finding('f1', ['a1', 'b1']), finding('f2', ['c1', 'd1'])], groups: [{ findings: [0], documents: ['a', 'b'] }, { findings: [1], documents: ['c', 'd'] }] },
    { name: 'findings sharing an article are one group', findings: [finding('f1', ['a1', 'b1']), finding('f2', ['c1']), finding('f3', ['b1', 'c1'])], groups: [{ findings: [0, 1, 2], documents: ['a', 'b', 'c'] }] },
    { name: 'a claim named only in the sides still ties its article', findings: [finding('f1', ['a1'], [['a1'], ['e1']]), finding('f2', ['e1'])], groups: [{ findings: [0, 1], documents: ['a', 'e'] }] },
    { name: 'a finding citing unknown claims is a group of its own', findings: [finding('f1', ['zz']), finding('f2', ['a1'])], groups: [{ findings: [0], documents: [] }, { findings: [1], documents: ['a'] }] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const groups = groupFindingsByDocument(c.findings, CLAIMS).map((g) => ({ findings: [...g.findings], documents: [...g.documents].sort() }));
      expect(groups).toEqual(c.groups);
    });
  }
});
