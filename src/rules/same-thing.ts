import type { Entity } from '../types.js';

/** Lower case, letters and digits only: 'Airline Co.' and 'airline co' read the same. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether two claim objects (entity ids, names or titles) name the same thing: the same id, the
 * same words, or a name that is one of the other's entity names or aliases.
 */
export function sameThing(a: string, b: string, entity: (id: string) => Entity | undefined): boolean {
  if (a === b) return true;
  const ea = entity(a);
  const eb = entity(b);
  if (ea && eb) return false;
  const namesA = namesOf(a, ea);
  const namesB = namesOf(b, eb);
  for (const n of namesA) if (namesB.has(n)) return true;
  return false;
}

function namesOf(value: string, e: Entity | undefined): Set<string> {
  const names = new Set<string>();
  if (e) {
    names.add(normalizeName(e.name));
    for (const alias of e.aliases) names.add(normalizeName(alias));
  } else {
    names.add(normalizeName(value));
  }
  names.delete('');
  return names;
}
