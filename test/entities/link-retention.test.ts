import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../src/entities/link.js';
import type { DocumentEntities } from '../../src/entities/extract.js';

// A full collection on demand: the flag exposes gc() to contexts made after it is set.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function corpus(): DocumentEntities[] {
  return ['a', 'b', 'c'].map((doc) => ({
    doc,
    entities: [
      { id: `org:orbit-bank@${doc}`, name: doc === 'c' ? 'Orbit Bank Ltd.' : 'Orbit Bank', type: 'organization', aliases: [] },
      { id: `person:dana-reyes@${doc}`, name: 'Dana Reyes', type: 'person', aliases: [] },
    ],
    mentions: [],
  }));
}

describe('linkEntities: what the graph keeps', () => {
  it('keeps none of the documents it linked: only its entities and the id map (it kept all of linking once, through a closure)', async () => {
    let input: DocumentEntities[] | undefined = corpus();
    const watched = input.flatMap((d) => d.entities.map((e) => new WeakRef(e)));
    const graph = linkEntities(input);
    input = undefined;
    // A WeakRef's target stays alive to the end of the job that made or read it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collect();
    expect(watched.filter((w) => w.deref() !== undefined)).toHaveLength(0);
    // ... and the graph still answers.
    expect(graph.canonical('a', 'org:orbit-bank@a')).toBe(graph.canonical('b', 'org:orbit-bank@b'));
    expect(graph.canonical('a', 'person:dana-reyes@a')).toBe(graph.canonical('c', 'person:dana-reyes@c'));
    expect(graph.entities.map((e) => e.name).sort()).toEqual(['Dana Reyes', 'Orbit Bank']);
  });
});
