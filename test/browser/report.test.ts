import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadCorpus } from '../../src/index.js';
import { formats } from '../../src/report/index.js';
import type { Report } from '../../src/types.js';
import { fixtureReport, root } from '../report/fixture.js';

// The HTML report as a reader sees it: Debian's Chromium (installed by .ci/run when missing; no
// downloaded browser), headless, with no network. Every finding and both its quotes must be
// visible; the default corpus's page is saved as a screenshot (docs/report.png with UPDATE_SCREENSHOT=1).
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let context: BrowserContext;
let profile: string;
const pages = mkdtempSync(join(tmpdir(), 'corroborate-html-'));

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'corroborate-chromium-'));
  context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1100, height: 900 } });
}, 60_000);

afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(pages, { recursive: true, force: true });
});

/** Opens a report's HTML from a file, recording every request that is not the file itself. */
async function open(report: Report, name: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const file = join(pages, `${name}.html`);
  writeFileSync(file, formats.html(report));
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (r.url() !== pathToFileURL(file).href) requests.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(pathToFileURL(file).href);
  return { page, requests, errors };
}

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** Checks that each finding, both its quotes and their marked values are visible. */
async function expectAllVisible(page: Page, report: Report): Promise<void> {
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  for (const f of report.findings) {
    const article = page.locator(`article[data-finding="${f.id}"]`);
    await expect.poll(() => article.isVisible(), { message: `finding ${f.id}` }).toBe(true);
    expect(squash(await article.locator('h3').innerText())).toContain(squash(f.message));
    // Every claim a finding names is in the report and shown: two sides for a conflict, one for a
    // rule that flags a single claim against itself.
    expect(f.claims.filter((id) => !claims.has(id)), `finding ${f.id} names claims missing from the report`).toEqual([]);
    expect(f.claims.length).toBeGreaterThanOrEqual(1);
    for (const id of f.claims) {
      const quote = article.locator(`figure[data-claim="${id}"] blockquote`);
      expect(await quote.isVisible(), `quote of ${id} in ${f.id}`).toBe(true);
      expect(squash(await quote.innerText())).toBe(squash(claims.get(id)?.evidence.text ?? ''));
      const box = await quote.boundingBox();
      expect(box && box.width > 0 && box.height > 0, `quote of ${id} has a size`).toBe(true);
    }
  }
}

describe('HTML report of the hand-built fixture in Chromium', () => {
  const report = fixtureReport();
  let page: Page;
  let requests: string[];
  let errors: string[];
  beforeAll(async () => {
    ({ page, requests, errors } = await open(report, 'fixture'));
  });

  it('shows every finding and both its quotes', async () => expectAllVisible(page, report));
  it('highlights the values in the quotes', async () => {
    const marks = await page.locator('article[data-finding="f-founded-date"] mark').allInnerTexts();
    expect(marks).toEqual(['December 2015', 'late 2015', '2016']);
    // Page-side code is given as strings: the project's TypeScript has no DOM types.
    const background = await page.evaluate<string>("getComputedStyle(document.querySelector('mark')).backgroundColor");
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });
  it('shows the verdict', async () => {
    expect(await page.locator('article[data-finding="f-founded-date"] .verdict').innerText()).toContain('likely Harbor Daily');
  });
  it('makes no network request and raises no script error', () => {
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
  it('filters by severity', async () => {
    await page.getByLabel('error (1)').uncheck();
    expect(await page.locator('article[data-finding="f-founded-date"]').isVisible()).toBe(false);
    expect(await page.locator('article[data-finding="f-ceo-holder"]').isVisible()).toBe(true);
    expect(await page.locator('#shown').innerText()).toBe('2');
    await page.getByLabel('error (1)').check();
    expect(await page.locator('#shown').innerText()).toBe('3');
  });
  it('filters by rule', async () => {
    await page.getByLabel('figure-conflict (1)').uncheck();
    expect(await page.locator('article[data-finding="f-stake"]').isVisible()).toBe(false);
    await page.getByLabel('figure-conflict (1)').check();
    expect(await page.locator('article[data-finding="f-stake"]').isVisible()).toBe(true);
  });
  it('shows a timeline per entity with its dated claims', async () => {
    const timeline = page.locator('section.timeline', { has: page.locator('h3', { hasText: 'Northwind Bank' }) });
    expect(await timeline.locator('li').count()).toBe(report.claims.filter((c) => c.time && c.subject === 'org:northwind-bank').length);
  });
  it('fits a phone screen: no sideways scrolling, sides stacked (side by side when wide)', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    const [a, b] = await page.locator('article[data-finding="f-founded-date"] .side-group').all();
    const boxA = await a?.boundingBox();
    const boxB = await b?.boundingBox();
    expect(boxA && boxB && boxB.y >= boxA.y + boxA.height).toBe(true);
    await page.screenshot({ path: join(process.env['CORROBORATE_SHOTS'] ?? pages, 'fixture-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1100, height: 900 });
    const wideA = await a?.boundingBox();
    const wideB = await b?.boundingBox();
    expect(wideA && wideB && Math.abs(wideA.y - wideB.y) < 1, 'side by side on a wide screen').toBe(true);
  });
});

describe('HTML report of the default corpus in Chromium', () => {
  let report: Report;
  let page: Page;
  let requests: string[];
  let errors: string[];
  beforeAll(async () => {
    const loaded = await loadCorpus(join(root, 'corpus'));
    report = await analyze(loaded.documents, { diagnostics: loaded.diagnostics });
    ({ page, requests, errors } = await open(report, 'default-corpus'));
  });

  it('lists the five documents', async () => {
    expect(await page.locator('section.documents li').count()).toBe(5);
  });
  it('shows every finding and both its quotes', async () => expectAllVisible(page, report));
  it('makes no network request and raises no script error', () => {
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
  // The README's picture is refreshed with UPDATE_SCREENSHOT=1; an ordinary run saves its shot
  // under test/artifacts, so running the tests leaves the working tree clean.
  const shotPath = process.env['UPDATE_SCREENSHOT'] ? join(root, 'docs/report.png') : join(root, 'test/artifacts/report.png');
  it('saves a screenshot of the report', async () => {
    mkdirSync(join(shotPath, '..'), { recursive: true });
    // The top of the page (summary, filters, the first findings) is what the README needs.
    const height = await page.evaluate<number>('document.documentElement.scrollHeight');
    const shot = await page.screenshot({ path: shotPath, fullPage: true, clip: { x: 0, y: 0, width: 1100, height: Math.min(height, 1400) } });
    expect(shot.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
