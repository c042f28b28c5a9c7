import type { Entity, EntityType } from '../types.js';
import type { DocumentEntities } from './extract.js';
import { matchingPairs, nameShape, nameWordsOf, sameOrganizationShape, samePersonShape, slug, typePrefix, type NameShape } from './identity.js';
import { UnionFind } from './union-find.js';
import { COMPANY_WORDS, shortFormWord } from './name-words.js';
import { isShortFormCandidate, isUnitName } from './short-names.js';
import { mergeNames } from './name-spans.js';

/** Entities merged across documents. */
export interface EntityGraph {
  readonly entities: readonly Entity[];
  /** The corpus-wide id of a document-local entity id. */
  canonical(doc: string, localId: string): string;
}

/**
 * One known entity from a user's gazetteer (`entities.yaml` beside the articles): its preferred
 * name, its type and its other names. Every document entity whose name or alias equals one of
 * these names (case, legal suffixes and quotes aside) becomes this entity, whatever type the text
 * suggested; the entity is then called by `name` and has `type`.
 */
export interface GazetteerEntry {
  /** The name the entity is reported under. */
  readonly name: string;
  /** Its type; 'organization' when left out. Overrides the type extraction guessed. */
  readonly type?: EntityType;
  /** Other names the articles may use: short forms, former names, other spellings. */
  readonly aliases?: readonly string[];
}

interface Member {
  readonly doc: string;
  readonly entity: Entity;
  readonly anonymous: boolean;
  readonly gazetteer?: GazetteerEntry;
}

/**
 * Merges the entities of several documents into one graph with stable ids: the same name or
 * alias in any document, spelling variants a letter or a suffix apart, names in a user's
 * gazetteer, and organizations known only by a description ('a joint venture') that were founded
 * by the same partners as a named one elsewhere. Ids derive from the chosen name, never from the
 * order of the documents.
 *
 * @param perDocument - what `extractEntities` found in each document.
 * @param gazetteer - optional known entities (from `entities.yaml`); a name or alias listed there
 *   joins every document entity of that name, and the entry's name and type win. Entries no
 *   document mentions add no entity.
 */
export function linkEntities(perDocument: readonly DocumentEntities[], gazetteer: readonly GazetteerEntry[] = []): EntityGraph {
  const members: Member[] = [];
  const uf = new UnionFind();
  // Member index by document, then local id (nested rather than a joined key: a corpus has
  // hundreds of thousands of members, and a string per member for each lookup table added up).
  const index = new Map<string, Map<string, number>>();
  for (const d of perDocument) {
    const anon = new Set(d.anonymous ?? []);
    const local = index.get(d.doc) ?? new Map<string, number>();
    index.set(d.doc, local);
    for (const e of d.entities) {
      members.push({ doc: d.doc, entity: e, anonymous: anon.has(e.id) });
      local.set(e.id, uf.add());
    }
  }
  for (const g of gazetteer) {
    members.push({ doc: '', entity: { id: `gazetteer:${slug(g.name)}`, name: g.name, type: g.type ?? 'organization', aliases: g.aliases ?? [] }, anonymous: false, gazetteer: g });
    uf.add();
  }
  const namesOf = (m: Member): string[] => (m.anonymous ? [] : [m.entity.name, ...m.entity.aliases]);
  // Each member's names and their keys, worked out once: every step below reads them, and a corpus
  // of 10,000 articles has a few hundred thousand members but far fewer distinct names.
  // (Not through nameWords' own cache: a corpus's names would churn it, and this one holds them all.)
  // The shape, for comparing spellings, is made on first use and kept with the rest.
  interface Taken {
    readonly words: readonly string[];
    readonly key: string;
    readonly lower: string;
    shape?: NameShape;
  }
  const wordsOf = new Map<string, Taken>();
  const taken = (name: string): Taken => {
    let t = wordsOf.get(name);
    if (t === undefined) {
      const words = nameWordsOf(name);
      t = { words, key: words.join(' '), lower: name.toLowerCase() };
      wordsOf.set(name, t);
    }
    return t;
  };
  const keyFor = (name: string): string => taken(name).key;
  // A member's names and their keys, made when asked: kept for every member, as arrays, they were
  // a good part of what linking a large corpus holds (and V8 keeps it past its use).
  const memberNames = (i: number): string[] => {
    const m = members[i];
    return m ? namesOf(m) : [];
  };
  const memberKeys = (i: number): string[] => memberNames(i).map(keyFor);

  // A gazetteer name joins the text's entity of that name whatever type extraction guessed
  // ('X Y said' may read like a person); places are left alone.
  const listed = new Map<string, number>();
  members.forEach((m, i) => {
    if (m.gazetteer) for (const key of memberKeys(i)) listed.set(key, i);
  });
  if (listed.size > 0) {
    members.forEach((m, i) => {
      if (m.gazetteer || m.entity.type === 'other') return;
      for (const key of memberKeys(i)) {
        const g = listed.get(key);
        if (g !== undefined) uf.union(g, i);
      }
    });
  }

  // Same name or alias, same type.
  const byKey = new Map<EntityType, Map<string, number>>();
  members.forEach((m, i) => {
    let ofType = byKey.get(m.entity.type);
    if (ofType === undefined) {
      ofType = new Map<string, number>();
      byKey.set(m.entity.type, ofType);
    }
    for (const key of memberKeys(i)) {
      const seen = ofType.get(key);
      if (seen === undefined) ofType.set(key, i);
      else uf.union(seen, i);
    }
  });
  // One multi-word name typed differently by two documents ('X Y said' reads like a person):
  // the same exact name is one entity; its type is decided below by the majority.
  // One word is joined so only between a company and a product ('Khatwa, an Amman-based courier
  // app' in one article, the company Khatwa in another): a person and a company may share a word.
  const exact = new Map<string, number>();
  members.forEach((m, i) => {
    if (m.anonymous || m.entity.type === 'other') return;
    const single = !m.entity.name.includes(' ');
    if (single && m.entity.type !== 'organization' && m.entity.type !== 'product') return;
    const key = (single ? '\u0000' : '') + taken(m.entity.name).lower;
    const seen = exact.get(key);
    if (seen === undefined) exact.set(key, i);
    else if (members[seen]?.entity.type !== m.entity.type) uf.union(seen, i);
  });
  // Spelling variants. Whether two members are spellings of one name depends only on their type
  // and names, and members of one type and the same names are one entity already (above), so one
  // member stands for each distinct (type, names) and only those are compared, type by type: a
  // name repeated across thousands of articles is compared once, not once per article.
  const standIns = new Map<EntityType, Map<string, number>>();
  members.forEach((m, i) => {
    if (m.anonymous) return;
    const byNames = standIns.get(m.entity.type) ?? new Map<string, number>();
    standIns.set(m.entity.type, byNames);
    const names = memberNames(i).join('\u0000');
    if (!byNames.has(names)) byNames.set(names, i);
  });
  for (const [type, byNames] of standIns) {
    const same = type === 'person' ? samePersonShape : type === 'organization' ? sameOrganizationShape : (x: NameShape, y: NameShape) => x.key === y.key;
    const reps = [...byNames.values()];
    const repNames = reps.map((i) => memberNames(i));
    // Each name taken apart once: a name is compared with every other that shares a key with it.
    const shape = (name: string): NameShape => {
      const t = taken(name);
      t.shape ??= nameShape(name, t.words);
      return t.shape;
    };
    const shapes = repNames.map((names) => names.map(shape));
    for (const [p, q] of matchingPairs(shapes, type)) {
      const i = reps[p] as number;
      const j = reps[q] as number;
      if (uf.find(i) === uf.find(j)) continue;
      const b = shapes[q] ?? [];
      if ((shapes[p] ?? []).some((x) => b.some((y) => same(x, y)))) uf.union(i, j);
    }
  }
  // Short names used alone in one document: 'Musk' for the one 'Elon Musk', 'Starling' for the
  // one 'Starling Bank' of the other documents.
  const longer = new Map<string, Set<number>>();
  members.forEach((m, i) => {
    for (const key of memberKeys(i)) {
      const words = key.split(' ');
      if (words.length < 2) continue;
      const first = words[0] ?? '';
      const last = words[words.length - 1] ?? '';
      if (m.entity.type === 'person') {
        for (const w of new Set([first, last])) longer.set(`person ${w}`, (longer.get(`person ${w}`) ?? new Set()).add(uf.find(i)));
      } else if (m.entity.type === 'organization' && words.slice(1).every((w) => COMPANY_WORDS.has(w))) {
        longer.set(`organization ${first}`, (longer.get(`organization ${first}`) ?? new Set()).add(uf.find(i)));
      }
    }
  });
  members.forEach((m, i) => {
    if (m.anonymous || (m.entity.type !== 'person' && m.entity.type !== 'organization')) return;
    const names = memberKeys(i);
    if (names.some((n) => n.includes(' '))) return;
    const targets = new Set<number>();
    for (const n of names) for (const r of longer.get(`${m.entity.type} ${n}`) ?? []) targets.add(uf.find(r));
    const only = [...targets][0];
    if (targets.size === 1 && only !== undefined) uf.union(i, only);
  });
  // 'Lumeng' alone in one article, 'Lumeng Auto' in another: a one-word organization name that
  // is no ordinary word and starts exactly one longer organization name (not a unit of it, like
  // 'X Finance') is that organization's short name.
  const byFirst = new Map<string, Set<number>>();
  const multiWord = new Set<string>();
  const parents = new Set<string>();
  members.forEach((m, i) => {
    if (m.anonymous || m.entity.type !== 'organization') return;
    for (const key of memberKeys(i)) {
      if (!key.includes(' ')) continue;
      // 'Maison Vauterre' is called 'Vauterre', as 'Lumeng Auto' is 'Lumeng'.
      const first = shortFormWord(key);
      multiWord.add(`${uf.find(i)} ${first}`);
      if (isUnitName(key)) parents.add(first);
      else byFirst.set(first, (byFirst.get(first) ?? new Set()).add(i));
    }
  });
  const rootBefore = members.map((_, i) => uf.find(i));
  members.forEach((m, i) => {
    if (m.anonymous || m.entity.type !== 'organization') return;
    // Already joined to a longer name that starts with it.
    const names = memberKeys(i).filter(isShortFormCandidate).filter((n) => !multiWord.has(`${rootBefore[i] ?? -1} ${n}`));
    if (names.some((n) => parents.has(n))) return;
    const targets = new Set<number>();
    for (const n of names) for (const r of byFirst.get(n) ?? []) if (uf.find(r) !== uf.find(i)) targets.add(uf.find(r));
    const only = [...targets][0];
    if (targets.size === 1 && only !== undefined) uf.union(i, only);
  });

  // Unnamed ventures: the same founders (at least two) as a named company founded elsewhere.
  const memberIndex = (doc: string, id: string): number | undefined => index.get(doc)?.get(id);
  const foundersByRoot = new Map<number, Set<number>>();
  for (const d of perDocument) {
    for (const [id, fs] of Object.entries(d.founders ?? {})) {
      const i = memberIndex(d.doc, id);
      if (i === undefined) continue;
      const set = foundersByRoot.get(uf.find(i)) ?? new Set<number>();
      for (const f of fs) {
        const fi = memberIndex(d.doc, f);
        if (fi !== undefined) set.add(uf.find(fi));
      }
      foundersByRoot.set(uf.find(i), set);
    }
  }
  joinUnnamedVentures(members.map((m) => m.anonymous), uf, foundersByRoot);

  // Described holders ('the sovereign fund'): one kind holding the same company is one holder.
  const holders = new Map<string, number>();
  for (const d of perDocument) {
    for (const [id, held] of Object.entries(d.holdings ?? {})) {
      const i = memberIndex(d.doc, id);
      const m = i === undefined ? undefined : members[i];
      if (i === undefined || !m?.anonymous) continue;
      for (const h of held) {
        const hi = memberIndex(d.doc, h);
        if (hi === undefined) continue;
        const key = `${m.entity.name}\u0000${uf.find(hi)}`;
        const first = holders.get(key);
        if (first === undefined) holders.set(key, i);
        else uf.union(first, i);
      }
    }
  }

  // One entity per set, named by the name most documents use.
  const groups = new Map<number, number[]>();
  members.forEach((_, i) => {
    const r = uf.find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const canonicalOf = new Map<string, Map<string, string>>();
  const entities: Entity[] = [];
  const used = new Set<string>();
  const ordered = [...groups.values()]
    .map((g) => {
      const ms = g.map((i) => members[i] as Member);
      return { g, ms, name: chooseName(ms) };
    })
    .sort((a, b) => (a.name.key < b.name.key ? -1 : a.name.key > b.name.key ? 1 : 0));
  for (const { g, ms, name } of ordered) {
    const only = ms.length === 1 ? ms[0] : undefined;
    const listedType = ms.find((m) => m.gazetteer?.type)?.gazetteer?.type;
    const type = listedType ?? (only && !only.gazetteer ? only.entity.type : majorityType(ms.filter((m) => !m.gazetteer).map((m) => m.entity.type))) ?? ms[0]?.entity.type ?? 'organization';
    // An unnamed set may span documents ('the sovereign fund' of two articles): the least id, so the
    // order of the documents does not choose it.
    let id = name.named ? `${typePrefix(type)}:${slug(name.name)}` : (ms.map((m) => m.entity.id).sort()[0] ?? `other:${slug(name.name)}`);
    while (used.has(id)) id = `${id}~`;
    used.add(id);
    if (ms.every((m) => m.gazetteer)) continue;
    // One member with one name (most entities) has no other names to list.
    let aliases: string[] = [];
    const onlyNames = g.length === 1 ? memberNames(g[0] ?? -1) : undefined;
    if (onlyNames === undefined || onlyNames.length > 1 || onlyNames[0] !== name.name) {
      const other = new Set<string>();
      for (const i of g) for (const n of memberNames(i)) if (n !== name.name) other.add(n);
      aliases = [...other].sort();
    }
    // When each name was used, from every document that says; merged in document order so the
    // same input gives the same spans whatever order the documents came in.
    const stated = ms.length === 1 ? (ms[0]?.entity.names ?? []) : [...ms].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0)).flatMap((m) => m.entity.names ?? []);
    const names = stated.length > 0 ? mergeNames(stated) : [];
    entities.push({ id, name: name.name, type, aliases, ...(names.length > 0 ? { names } : {}) });
    for (const m of ms) {
      if (m.gazetteer) continue;
      const local = canonicalOf.get(m.doc) ?? new Map<string, string>();
      canonicalOf.set(m.doc, local);
      local.set(m.entity.id, id);
    }
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return graphOf(entities, canonicalOf);
}

/**
 * The graph linking returns, made outside {@link linkEntities}: a closure made inside it would keep
 * everything its other closures reach (the members, the name tables, the shapes: about 190 MB at
 * 10,000 articles) for as long as the caller holds the graph.
 */
function graphOf(entities: readonly Entity[], canonicalOf: ReadonlyMap<string, ReadonlyMap<string, string>>): EntityGraph {
  return {
    entities,
    canonical: (doc, localId) => canonicalOf.get(doc)?.get(localId) ?? localId,
  };
}

/**
 * Joins each anonymous organization to the one named company whose founders include all of its own
 * (at least two). Candidates come only through the own founder with the fewest companies, and
 * whether a set has a named member is a flag per root kept up to date on union, so the pass is
 * near-linear in the number of foundings rather than members times foundings.
 *
 * @param anonymous - per member of `uf`, whether it is known only by a description.
 * @param uf - the sets merged so far; joined in place.
 * @param foundersByRoot - per set (keyed by its root when the map was built), the roots of its founders.
 */
export function joinUnnamedVentures(anonymous: readonly boolean[], uf: UnionFind, foundersByRoot: ReadonlyMap<number, ReadonlySet<number>>): void {
  if (foundersByRoot.size === 0) return;
  const byFounder = new Map<number, number[]>();
  for (const [root, set] of foundersByRoot) {
    for (const f of set) {
      const list = byFounder.get(f);
      if (list) list.push(root);
      else byFounder.set(f, [root]);
    }
  }
  const named = new Set<number>();
  anonymous.forEach((anon, k) => {
    if (!anon) named.add(uf.find(k));
  });
  anonymous.forEach((anon, i) => {
    if (!anon) return;
    const self = uf.find(i);
    const own = foundersByRoot.get(self);
    if (!own || own.size < 2) return;
    let fewest: readonly number[] | undefined;
    for (const f of own) {
      const list = byFounder.get(f) ?? [];
      if (!fewest || list.length < fewest.length) fewest = list;
    }
    let match: number | undefined;
    let count = 0;
    for (const root of fewest ?? []) {
      // A key whose set has since been merged into another is no longer a root: it has no members of its own.
      if (root === self || uf.find(root) !== root || !named.has(root)) continue;
      const set = foundersByRoot.get(root);
      if (!set || ![...own].every((f) => set.has(f))) continue;
      match = root;
      if (++count > 1) break;
    }
    if (count === 1 && match !== undefined) {
      const hadName = named.has(self) || named.has(match);
      uf.union(i, match);
      if (hadName) named.add(uf.find(i));
    }
  });
}

function majorityType(types: readonly EntityType[]): EntityType | undefined {
  if (types.length === 1) return types[0];
  const count = new Map<EntityType, number>();
  for (const t of types) count.set(t, (count.get(t) ?? 0) + 1);
  // Ties go to the organization: this is a tool about companies.
  return [...count.entries()].sort((a, b) => b[1] - a[1] || (a[0] === 'organization' ? -1 : b[0] === 'organization' ? 1 : 0))[0]?.[0];
}

function chooseName(ms: readonly Member[]): { name: string; named: boolean; key: string } {
  // Most entities are one document's: their own name (what the general case below gives them).
  const only = ms.length === 1 ? ms[0] : undefined;
  if (only && !only.gazetteer && !only.anonymous) return { name: only.entity.name, named: true, key: only.entity.name };
  const gaz = ms.find((m) => m.gazetteer);
  if (gaz) return { name: gaz.entity.name, named: true, key: gaz.entity.name };
  const docs = new Map<string, Set<string>>();
  for (const m of ms) if (!m.anonymous) docs.set(m.entity.name, (docs.get(m.entity.name) ?? new Set()).add(m.doc));
  // A name some document says the entity no longer goes by loses to one none says so of.
  const former = new Set(ms.flatMap((m) => (m.entity.names ?? []).filter((n) => n.former).map((n) => n.name.toLowerCase())));
  if ([...docs.keys()].some((n) => !former.has(n.toLowerCase()))) for (const n of [...docs.keys()]) if (former.has(n.toLowerCase())) docs.delete(n);
  const names = [...docs.keys()].sort((a, b) => (docs.get(b)?.size ?? 0) - (docs.get(a)?.size ?? 0) || b.length - a.length || (a < b ? -1 : 1));
  const best = names[0];
  if (best) return { name: best, named: true, key: best };
  const first = [...ms].sort((a, b) => (a.entity.id + a.doc < b.entity.id + b.doc ? -1 : 1))[0];
  return { name: first?.entity.name ?? 'unnamed', named: false, key: `${first?.doc ?? ''}/${first?.entity.id ?? ''}` };
}
