import { describe, expect, it } from 'vitest';
import { formats } from '../../src/report/index.js';
import type { Report } from '../../src/types.js';
import { emptyReport, fixtureReport } from './fixture.js';

const report = fixtureReport();
const out = formats.html(report);

describe('html: one self-contained page', () => {
  const forbidden: [string, RegExp][] = [
    ['no external stylesheet', /<link\b/iu],
    ['no external script', /<script[^>]*\ssrc=/iu],
    ['no image, frame or media element', /<(?:img|iframe|video|audio|object|embed)\b/iu],
    ['no CSS import or url()', /@import|url\(/iu],
    ['no web font', /@font-face/iu],
  ];
  for (const [name, re] of forbidden) it(`has ${name}`, () => expect(out).not.toMatch(re));
  it('forbids any request in its content security policy', () => expect(out).toContain("default-src 'none'"));
  it('is readable on a phone: it sets the viewport and folds the sides grid', () => {
    expect(out).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(out).toMatch(/grid-template-columns:repeat\(auto-fit,minmax\(min\(100%,18rem\),1fr\)\)/u);
  });
});

describe('html: findings', () => {
  it('has one article per finding with its rule and severity for the filters', () => {
    const articles = [...out.matchAll(/<article class="finding sev-(\w+)" id="finding-([^"]+)" data-finding="[^"]+" data-rule="([^"]+)"/gu)].map((m) => [m[2], m[3], m[1]]);
    expect(articles).toEqual([
      ['f-founded-date', 'event-date-conflict', 'error'],
      ['f-ceo-holder', 'role-holder-conflict', 'warning'],
      ['f-stake', 'figure-conflict', 'info'],
    ]);
  });
  it('marks the values in both quotes', () => {
    expect(out).toContain('was founded in <mark>December 2015</mark> by a group');
    expect(out).toContain('Founded in <mark>2016</mark>, Northwind Bank');
    expect(out).toContain('Its chief executive, <mark>Jane Doe</mark>, said');
    expect(out).toContain('<mark>John Roe</mark>, the bank&#39;s chief executive <mark>since 2018</mark>');
  });
  it('shows the verdict and marks the likely side', () => {
    expect(out).toMatch(/<figure class="side likely" data-claim="c-h-founded">/u);
    expect(out).toContain('<b>Verdict</b> likely Harbor Daily: 2015-12 — More specific');
    expect(out).toContain('(confidence 72%)');
  });
  it('states each side\'s value in words under its quote', () => {
    expect(out).toContain('<p class="value">John Roe, since 2018</p>');
    expect(out).toContain('<p class="value">30%</p>');
    expect(out).toContain('<p class="value">2015-12</p>');
  });
  it('says when a finding has no verdict', () => expect(out).toContain('<b>Verdict</b> none'));
  it('offers a filter per rule and per severity present', () => {
    const filters = [...out.matchAll(/data-filter="(\w+)" value="([^"]+)"/gu)].map((m) => `${m[1]}:${m[2]}`);
    expect(filters).toEqual(['severity:error', 'severity:warning', 'severity:info', 'rule:event-date-conflict', 'rule:figure-conflict', 'rule:role-holder-conflict']);
  });
});

describe('html: escaping', () => {
  it('escapes markup in outlets and messages', () => {
    expect(out).toContain('Coastal Review &#38; &#60;Sons&#62;');
    expect(out).not.toContain('<Sons>');
  });
  const hostile: [string, Report][] = [
    ['a script tag in a quote', { ...report, claims: report.claims.map((c) => ({ ...c, evidence: { ...c.evidence, text: '<script>alert(1)</script>' } })) }],
    ['a javascript: URL in a document', { ...report, documents: report.documents.map((d) => ({ ...d, url: 'javascript:alert(1)' })) }],
    ['a quote in an attribute value', { ...report, findings: report.findings.map((f) => ({ ...f, rule: 'x" onmouseover="alert(1)' })) }],
  ];
  for (const [name, r] of hostile) {
    it(`neutralizes ${name}`, () => {
      const page = formats.html(r);
      expect(page).not.toContain('<script>alert');
      expect(page).not.toContain('href="javascript:');
      expect(page).not.toContain('" onmouseover="');
    });
  }
});

describe('html: timelines', () => {
  it('lists the dated claims of each entity in time order', () => {
    const section = out.slice(out.indexOf('id="timelines-title"'), out.indexOf('id="documents-title"'));
    const times = [...section.matchAll(/<time datetime="([\d-]+)">/gu)].map((m) => m[1]);
    expect(section).toContain('<h3>Northwind Bank</h3>');
    expect(times).toEqual([...times].sort());
    expect(times).toHaveLength(report.claims.filter((c) => c.time).length);
  });
  it('flags the claims that take part in a finding, linking to it', () => {
    expect(out).toMatch(/<li class="flagged" data-claim="c-h-founded">/u);
    expect(out).toContain('<span class="what"><a href="#finding-f-founded-date">founded</a></span>');
    expect(out).toMatch(/<li data-claim="c-l-licensed">/u);
  });
});

describe('html: when an entity went by which name', () => {
  const year = (y: string): { timex: string; start: string; end: string; granularity: 'year'; anchor: 'absolute'; implied: [] } => ({ timex: y, start: `${y}-01-01`, end: `${y}-12-31`, granularity: 'year', anchor: 'absolute', implied: [] });
  const named: Report = {
    ...report,
    entities: report.entities.map((e) => (e.id === 'org:northwind-bank' ? { ...e, names: [{ name: 'Northwind', until: year('2019'), former: true, docs: ['a'] }, { name: 'Northwind Bank', from: year('2019'), docs: ['a'] }] } : e)),
  };
  it('shows the dated names under the timeline of the entity', () => {
    expect(formats.html(named)).toContain('<h3>Northwind Bank</h3><p class="names">Northwind until 2019 · Northwind Bank from 2019</p>');
  });
  it('shows nothing for an entity without dated names', () => {
    expect(out).not.toContain('class="names"');
  });
});

describe('html: an empty report', () => {
  const page = formats.html(emptyReport);
  it('says there is nothing to report', () => expect(page).toContain('No discrepancies found.'));
  it('has no filters and no script', () => {
    expect(page).not.toContain('<form');
    expect(page).not.toContain('<script');
  });
});
