import { describe, expect, it } from 'vitest';
import type { Document, EntityName, TimeValue } from '../../src/types.js';
import { splitText } from '../../src/text/index.js';
import { parseTimes } from '../../src/time/index.js';
import { extractEntities, linkEntities, type DocumentEntities } from '../../src/entities/index.js';
import { mergeNames } from '../../src/entities/name-spans.js';

const PUBLISHED = '2024-06-01';

function extracted(id: string, text: string, withTimes = false): DocumentEntities {
  const doc: Document = { id, text, published: PUBLISHED };
  return extractEntities(doc, splitText(text), withTimes ? parseTimes(text, { reference: PUBLISHED }) : undefined);
}

/** The names of the entity called `entity`, as 'Name from..until (former)'. */
function namesOf(result: { entities: readonly { name: string; aliases: readonly string[]; names?: readonly EntityName[] }[] }, entity: string): string[] | undefined {
  const e = result.entities.find((x) => x.name === entity || x.aliases.includes(entity));
  return e?.names?.map((n) => `${n.name} ${n.from?.timex ?? ''}..${n.until?.timex ?? ''}${n.former ? ' former' : ''}`);
}

describe('when each name was used, as the text says', () => {
  const cases: readonly { name: string; text: string; entity: string; names: string[] | undefined }[] = [
    { name: 'formerly known as Y until 2018', text: 'Zeta Air, formerly known as Yonder Air until 2018, added routes.', entity: 'Zeta Air', names: ['Yonder Air ..2018 former', 'Zeta Air 2018..'] },
    { name: 'formerly known as Y, undated: former, no dates', text: 'Zeta Air, formerly known as Yonder Air, added routes.', entity: 'Zeta Air', names: ['Yonder Air .. former'] },
    { name: 'Y was renamed Z in 2020', text: 'Yonder Air was renamed Zeta Air in 2020.', entity: 'Zeta Air', names: ['Yonder Air ..2020 former', 'Zeta Air 2020..'] },
    { name: 'Y, renamed Z in 2020', text: 'Yonder Air, renamed Zeta Air in 2020, added routes.', entity: 'Zeta Air', names: ['Yonder Air ..2020 former', 'Zeta Air 2020..'] },
    { name: 'a date opening the sentence dates the rename', text: 'In March 2020, Yonder Air changed its name to Zeta Air.', entity: 'Zeta Air', names: ['Yonder Air ..2020-03 former', 'Zeta Air 2020-03..'] },
    { name: 'X changed its name from Y in 2019', text: 'Zeta Air changed its name from Yonder Air in 2019.', entity: 'Zeta Air', names: ['Yonder Air ..2019 former', 'Zeta Air 2019..'] },
    { name: 'X was founded as Y in 2015', text: 'Zeta Air was founded as Yonder Air in 2015.', entity: 'Zeta Air', names: ['Yonder Air 2015.. former'] },
    { name: 'X was founded in 2015 as Y', text: 'Zeta Air was founded in 2015 as Yonder Air.', entity: 'Zeta Air', names: ['Yonder Air 2015.. former'] },
    { name: 'under the new name Z since March', text: 'The carrier flies under the new name Zeta Air since March.', entity: 'Zeta Air', names: ['Zeta Air 2024-03..'] },
    { name: 'under the new name Z, dated by the opening date', text: 'On October 18, 2020, the airline began flying under the new name Zeta Air.', entity: 'Zeta Air', names: ['Zeta Air 2020-10-18..'] },
    { name: 'founded as Y, then renamed Z with the old name far back', text: 'Zeta Air flies to Oslo. The carrier was founded as Yonder Air in 2009 and was renamed Zeta Air in 2017.', entity: 'Zeta Air', names: ['Yonder Air 2009.. former', 'Zeta Air 2017..'] },
    { name: 'A renamed Y to Z: Y until then, Z since, and A is none of its names', text: 'Shares rose. Corvel Group renamed Yonder Air to Zeta Air in 2017.', entity: 'Zeta Air', names: ['Yonder Air ..2017 former', 'Zeta Air 2017..'] },
    { name: 'X changed its name from Y to X in 2019: both names already one entity', text: 'Zeta Air changed its name from Yonder Air to Zeta Air in 2019.', entity: 'Zeta Air', names: ['Yonder Air ..2019 former', 'Zeta Air 2019..'] },
    { name: 'Y, which was renamed Z in 2019', text: 'Yonder Air, which was renamed Zeta Air in 2019, grew.', entity: 'Zeta Air', names: ['Yonder Air ..2019 former', 'Zeta Air 2019..'] },
    { name: 'Y rebranded as Z in May 2019', text: 'Yonder Air rebranded as Zeta Air in May 2019.', entity: 'Zeta Air', names: ['Yonder Air ..2019-05 former', 'Zeta Air 2019-05..'] },
    // negatives: a date of something else is no date of a name
    { name: 'a date inside a longer phrase is not the rename’s', text: 'Yonder Air was renamed Zeta Air in a 2020 rebranding.', entity: 'Zeta Air', names: ['Yonder Air .. former'] },
    { name: 'the founding date after a former name is not when the name ended', text: 'Zeta Air, formerly known as Yonder Air, was founded in 2013.', entity: 'Zeta Air', names: ['Yonder Air .. former'] },
    { name: 'a date after a comma and a verb is another event', text: 'Yonder Air was renamed Zeta Air, and listed its shares in 2021.', entity: 'Zeta Air', names: ['Yonder Air .. former'] },
    { name: 'a date in the middle of the sentence does not open it', text: 'Zeta Air said in 2021 that it had expanded, and it was renamed Zeta Group.', entity: 'Zeta Group', names: undefined },
    { name: 'a founding without a name after "as" names nothing', text: 'Zeta Air was founded as a joint venture in 2015.', entity: 'Zeta Air', names: undefined },
    { name: 'no name change, no names', text: 'Zeta Air added routes in 2020.', entity: 'Zeta Air', names: undefined },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(namesOf(extracted('doc', c.text), c.entity)).toEqual(c.names);
    });
  }

  it('A renamed Y to Z: A stays a company of its own', () => {
    const result = extracted('doc', 'Shares rose. Corvel Group renamed Yonder Air to Zeta Air in 2017.');
    expect(result.entities.find((e) => e.name === 'Zeta Air')?.aliases).toEqual(['Yonder Air']);
    expect(result.entities.map((e) => e.name)).toContain('Corvel Group');
  });

  it('gives the same spans with the pipeline’s dates as with its own reading', () => {
    const text = 'Budget carrier Zeta Air grew. In March 2020, Yonder Air changed its name to Zeta Air. Zeta Air, formerly known as Yonder Air until 2020, flies to Oslo.';
    expect(extracted('doc', text, true).entities).toEqual(extracted('doc', text).entities);
  });

  it('keeps spans as offsets into the document', () => {
    const text = 'Shares rose. Yonder Air was renamed Zeta Air in 2020.';
    const e = extracted('doc', text).entities.find((x) => x.name === 'Zeta Air');
    const span = e?.names?.find((n) => n.from)?.from?.span;
    expect(span && text.slice(span.start, span.end)).toBe('2020');
  });
});

describe('names across documents', () => {
  const a = 'Yonder Air was renamed Zeta Air in 2020.';
  const b = 'Zeta Air, formerly known as Yonder Air until March 2020, added routes.';
  const c = 'Zeta Air changed its name from Yonder Air in 2019.';

  it('merges compatible spans, keeping the finer date and every document', () => {
    const graph = linkEntities([extracted('a', a), extracted('b', b)]);
    const names = graph.entities.find((e) => e.name === 'Zeta Air')?.names;
    expect(names?.map((n) => [n.name, n.from?.timex, n.until?.timex, n.former, n.docs])).toEqual([
      ['Yonder Air', undefined, '2020-03', true, ['a', 'b']],
      ['Zeta Air', '2020-03', undefined, undefined, ['a', 'b']],
    ]);
  });

  it('keeps both dates where two documents disagree', () => {
    const graph = linkEntities([extracted('a', a), extracted('c', c)]);
    const names = graph.entities.find((e) => e.name === 'Zeta Air')?.names;
    expect(names?.map((n) => `${n.name} ${n.from?.timex ?? ''}..${n.until?.timex ?? ''} ${(n.docs ?? []).join(',')}`)).toEqual(['Yonder Air ..2019 c', 'Yonder Air ..2020 a', 'Zeta Air 2019.. c', 'Zeta Air 2020.. a']);
  });

  it('does not depend on the order of the documents', () => {
    const docs = [extracted('a', a), extracted('b', b), extracted('c', c)];
    const forward = linkEntities(docs).entities;
    const backward = linkEntities([...docs].reverse()).entities;
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
  });

  it('calls the entity by a name no document says it dropped, however many use the old one', () => {
    const graph = linkEntities([extracted('a', 'Yonder Air added routes.'), extracted('b', 'Shares of Yonder Air rose.'), extracted('c', 'Zeta Air, formerly known as Yonder Air, added routes.')]);
    const e = graph.entities.find((x) => x.aliases.includes('Yonder Air') || x.name === 'Yonder Air');
    expect(e?.name).toBe('Zeta Air');
    expect(e?.id).toBe('org:zeta-air');
  });

  it('keeps the name most documents use when none is said to be former', () => {
    const graph = linkEntities([extracted('a', 'Yonder Air added routes.'), extracted('b', 'Shares of Yonder Air rose.'), extracted('c', 'Zeta Air, also known as Yonder Air, added routes.')]);
    expect(graph.entities.find((x) => x.aliases.includes('Zeta Air'))?.name).toBe('Yonder Air');
  });

  it('leaves entities without dated or former names without `names`', () => {
    const graph = linkEntities([extracted('a', 'Zeta Air added routes in 2020.')]);
    expect(graph.entities.find((e) => e.name === 'Zeta Air')).not.toHaveProperty('names');
  });
});

describe('mergeNames', () => {
  const year = (y: string): TimeValue => ({ timex: y, start: `${y}-01-01`, end: `${y}-12-31`, granularity: 'year', anchor: 'absolute', implied: [] });
  const month = (m: string): TimeValue => ({ timex: m, start: `${m}-01`, end: `${m}-28`, granularity: 'month', anchor: 'absolute', implied: [] });
  const cases: readonly { name: string; input: EntityName[]; output: string[] }[] = [
    { name: 'a month inside a year is the finer date of one span', input: [{ name: 'Z', from: year('2020'), docs: ['b'] }, { name: 'Z', from: month('2020-03'), docs: ['a'] }], output: ['Z 2020-03.. a,b'] },
    { name: 'disjoint dates stay two entries', input: [{ name: 'Z', from: year('2020') }, { name: 'Z', from: year('2019') }], output: ['Z 2019..', 'Z 2020..'] },
    { name: 'an undated statement joins a dated one', input: [{ name: 'Y', former: true, docs: ['a'] }, { name: 'Y', until: year('2020'), docs: ['b'] }], output: ['Y ..2020 a,b'] },
    { name: 'names compare without case', input: [{ name: 'Zeta air', from: year('2020') }, { name: 'Zeta Air', from: year('2020') }], output: ['Zeta air 2020..'] },
    { name: 'sorted by when a name began, then ended', input: [{ name: 'Z', from: year('2020') }, { name: 'Y', until: year('2020') }, { name: 'X', until: year('2015') }], output: ['X ..2015', 'Y ..2020', 'Z 2020..'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(mergeNames(c.input).map((n) => `${n.name} ${n.from?.timex ?? ''}..${n.until?.timex ?? ''}${n.docs ? ` ${n.docs.join(',')}` : ''}`)).toEqual(c.output);
    });
  }
});

describe('mergeNames keeps spans pointing into the first document', () => {
  const at = (y: string, start: number): TimeValue => ({ timex: y, start: `${y.slice(0, 4)}-01-01`, end: `${y.slice(0, 4)}-12-31`, granularity: 'year', anchor: 'absolute', implied: [], span: { start, end: start + 4, text: y } });
  const month = (m: string, start: number): TimeValue => ({ timex: m, start: `${m}-01`, end: `${m}-28`, granularity: 'month', anchor: 'absolute', implied: [], span: { start, end: start + 10, text: m } });
  it('drops the span of a finer date from a later document', () => {
    const [merged] = mergeNames([{ name: 'Z', from: at('2020', 5), docs: ['a'] }, { name: 'Z', from: month('2020-03', 40), docs: ['b'] }]);
    expect(merged?.from?.timex).toBe('2020-03');
    expect(merged?.from?.span).toBeUndefined();
    expect(merged?.docs).toEqual(['a', 'b']);
  });
  it('keeps the span of a date from the first document', () => {
    const [merged] = mergeNames([{ name: 'Z', from: month('2020-03', 40), docs: ['b'] }, { name: 'Z', from: at('2020', 5), docs: ['c'] }]);
    expect(merged?.from?.span?.start).toBe(40);
  });
});
