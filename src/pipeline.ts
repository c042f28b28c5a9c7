import type { Claim, Diagnostic, Document, Finding, Report, ReportDocument, TimeValue } from './types.js';
import { restoreSpans, splitText, stageView } from './text/index.js';
import { contradictsPublished, inferPublished, parseTimes, SentenceDates, type PublishedInference } from './time/index.js';
import { parseQuantities } from './quantity/index.js';
import { extractEntities, linkEntities, type DocumentEntities, type GazetteerEntry } from './entities/index.js';
import { extractClaims } from './claims/index.js';
import { runRules, type AnyRule, type RulesConfig } from './rules/index.js';
import { resolveFindings, textSketch } from './resolve/index.js';
import { validateDocuments } from './corpus/index.js';
import { groupFindingsByDocument, mapInWorkers, workerFile } from './parallel/index.js';

/** Options for {@link extract}. */
export interface ExtractOptions {
  /**
   * Worker threads to extract documents on; 1 (the default) extracts on the calling thread. The
   * results are identical either way. Threads need the built package (its `extract-worker`
   * script); from TypeScript sources or a bundle without it, extraction stays on this thread.
   */
  readonly jobs?: number;
  /** Called after each document is extracted: how many are done, and how many there are (read so far, for an async input). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Options for {@link analyze}. */
export interface AnalyzeOptions extends ExtractOptions, RuleOptions {
  /** Diagnostics from loading (skipped files) to carry into the report. */
  readonly diagnostics?: readonly Diagnostic[];
}

/** Which rules run, and how: for {@link analyze} and {@link assembleReport}. */
export interface RuleOptions {
  /** Known entities and their other names (a corpus's `entities.yaml`), used when linking entities across documents. */
  readonly gazetteer?: readonly GazetteerEntry[] | undefined;
  /** The `rules` section of a configuration: severities, options, declarative rules. */
  readonly rules?: RulesConfig | undefined;
  /** Rules written in code with `defineRule`, run beside the built-in ones. */
  readonly customRules?: readonly AnyRule[] | undefined;
}

/**
 * What extraction gives for one input: a document's metadata (no text), its entities and claims
 * with document-local entity ids, and its diagnostics; or why the input was skipped. Plain data
 * (structured-cloneable, JSON-serializable), so it can cross threads or be written as JSON Lines.
 */
export type Extraction =
  | {
      readonly kind: 'document';
      readonly document: ReportDocument;
      readonly entities: DocumentEntities;
      readonly claims: readonly Claim[];
      readonly diagnostics: readonly Diagnostic[];
      /**
       * A fingerprint of the text (the 64 smallest hashes of its word 5-grams), by which the
       * verdicts find copies of one story without the text. Left out by extractions from before
       * it existed; the text is compared then, when {@link AssembleOptions.texts} has it.
       */
      readonly sketch?: readonly number[];
    }
  | { readonly kind: 'skipped'; readonly diagnostic: Diagnostic };

/** One document's extraction. */
export type DocumentExtraction = Extract<Extraction, { kind: 'document' }>;

/** One unit of extraction work: a valid document, or an input already found unusable. */
export type ExtractItem = { readonly doc: Document; readonly warnings?: readonly Diagnostic[]; readonly lean?: boolean } | { readonly skipped: Diagnostic };

/**
 * The one ordered list of stages for a single document. The stages read a bounded copy of the
 * text (`stageText`: markup, control characters and punctuation runs blanked, runs of spaces
 * squeezed) because the NLP libraries under them are super-linear or fragile on such input;
 * `restoreSpans` then moves every span back to the original text.
 */
function extractDocument(original: Document): DocumentExtraction {
  // Staged once: the same view maps every span back at the end.
  const view = stageView(original.text);
  const staged = view.text;
  const doc = staged === original.text ? original : { ...original, text: staged };
  const segmented = splitText(doc.text);
  // Without a stated date, the inferred interval (never the clock) is what relative dates resolve against.
  // Every reading of the document's dates shares what its sentences mention.
  const dates = new SentenceDates();
  const inferred = original.published ? undefined : inferPublished(doc, dates);
  const times = parseTimes(doc.text, { reference: doc.published ?? inferred?.value, sentences: segmented.sentences, dates });
  const quantities = parseQuantities(doc.text, { reference: doc.published });
  const entities = extractEntities(doc, segmented, times, quantities);
  const reference = referenceOf(doc.published) ?? inferred?.value;
  const claims = extractClaims({ doc, segmented, times, quantities, entities, reference });
  const diagnostics = publicationDiagnostics(original, inferred, dates);
  const document = describe(original, doc === original ? inferred : restoreSpans(inferred, original.text, view));
  const sketch = textSketch(original.text);
  if (doc === original) return { kind: 'document', document, entities, claims, diagnostics, sketch };
  return { kind: 'document', document, entities: restoreSpans(entities, original.text, view), claims: restoreSpans(claims, original.text, view), diagnostics, sketch };
}

/** Extracts one work item: what the worker threads and the calling thread both run. */
export function extractItem(item: ExtractItem): Extraction {
  if (!('doc' in item)) return { kind: 'skipped', diagnostic: item.skipped };
  const full = extractDocument(item.doc);
  // For analyze, only what assembling reads crosses back from a worker thread (a third less to copy).
  const extraction = item.lean ? forLinking(full) : full;
  // Metadata dropped while validating the input is said first, beside the document it came from.
  return item.warnings?.length ? { ...extraction, diagnostics: [...item.warnings, ...extraction.diagnostics] } : extraction;
}

/**
 * A stated publication date that the article's own byline, dateline or URL contradicts is a
 * finding about that article (one-sided, with no claims), besides the diagnostic that says how
 * to fix the front matter.
 */
function publicationFindings(e: DocumentExtraction): Finding[] {
  return e.diagnostics
    .filter((d) => d.code === 'published-contradicted')
    .map((d) => ({
      id: `published-date:${e.document.id}`,
      rule: 'published-date',
      severity: 'warning',
      message: `${e.document.outlet ?? e.document.id}: ${d.message.slice(d.message.indexOf(': ') + 2).replace(/; check the front matter\.$/u, '.')}`,
      messageId: 'contradicted',
      data: { doc: e.document.id, published: e.document.published ?? '' },
      claims: [],
    }));
}

/** What to say about a document's publication date: missing, contradicted by its text, or inferred. */
function publicationDiagnostics(doc: Document, inferred: PublishedInference | undefined, dates: SentenceDates): Diagnostic[] {
  if (!doc.published && !inferred?.value) {
    return [{ doc: doc.id, severity: 'info', code: 'no-publication-date', message: `${doc.path ?? doc.id}: no publication date, so relative dates ('last year', 'Thursday') stay unresolved; add 'published:' to its front matter.` }];
  } else if (doc.published) {
    const against = contradictsPublished(doc, dates);
    if (against?.value) return [{ doc: doc.id, severity: 'warning', code: 'published-contradicted', message: `${doc.path ?? doc.id}: stated published ${doc.published}, but its ${against.basis} says ${against.value.timex}; check the front matter.` }];
  } else if (inferred?.value) {
    return [{ doc: doc.id, severity: 'info', code: 'publication-date-inferred', message: `${doc.path ?? doc.id}: no publication date; inferred ${inferred.value.start}..${inferred.value.end} (basis: ${inferred.basis}, confidence ${inferred.confidence}); add 'published:' to its front matter to be sure.` }];
  }
  return [];
}

/**
 * Documents per message to a worker thread. An article takes tens of milliseconds and its copy
 * across threads far less, so small batches cost little and keep the threads evenly busy to the end.
 */
const BATCH_SIZE = 2;

/**
 * Extracts documents one by one, as they come, and yields each one's {@link Extraction} in input
 * order: the map step of the pipeline, with nothing kept between documents (memory is bounded by
 * one document and a few batches in flight, however long the input). Inputs that are not usable
 * documents (no id, no text, an id already seen) are yielded as `skipped` with a diagnostic.
 * Entity ids in the claims are local to their document until {@link assembleReport} links them.
 */
export async function* extract(input: Iterable<Document> | AsyncIterable<Document>, options: ExtractOptions = {}): AsyncGenerator<Extraction, void, undefined> {
  yield* extractAll(input, options, false);
}

/** {@link extract}, or with `lean` each extraction as {@link forLinking} leaves it, made so on the thread that extracted it. */
async function* extractAll(input: Iterable<Document> | AsyncIterable<Document>, options: ExtractOptions, lean: boolean): AsyncGenerator<Extraction, void, undefined> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  const known = Array.isArray(input) ? input.length : undefined;
  const seen = new Set<string>();
  let read = 0;
  async function* items(): AsyncGenerator<ExtractItem, void, undefined> {
    for await (const raw of input as AsyncIterable<unknown>) {
      read++;
      const checked = validateDocuments([raw]);
      const doc = checked.documents[0];
      const problem = checked.diagnostics[0];
      if (problem) {
        // Validated one at a time, so the position in the input is ours to put in the label.
        yield { skipped: { ...problem, message: problem.message.replace('document #1 ', `document #${read} `) } };
      } else if (doc && seen.has(doc.id)) {
        yield { skipped: { doc: doc.id, severity: 'error', code: 'duplicate-id', message: `${doc.path ?? doc.id}: the id '${doc.id}' is already used by another document; give it a unique id in its front matter. It was skipped.` } };
      } else if (doc) {
        seen.add(doc.id);
        const item = checked.warnings.length > 0 ? { doc, warnings: checked.warnings } : { doc };
        yield lean ? { ...item, lean } : item;
      }
    }
  }
  const file = jobs > 1 ? workerFile() : undefined;
  // The calling thread is one of the jobs: it extracts too whenever the workers are busy.
  const results = file ? mapInWorkers<ExtractItem, Extraction>(items(), { file, jobs, batchSize: BATCH_SIZE }, extractItem) : inThread(items());
  let done = 0;
  for await (const result of results) {
    if (result.kind === 'document') options.onProgress?.(++done, known ?? read);
    yield result;
  }
}

async function* inThread(items: AsyncIterable<ExtractItem>): AsyncGenerator<Extraction, void, undefined> {
  for await (const item of items) yield extractItem(item);
}

/** Options for {@link assembleReport}. */
export interface AssembleOptions extends RuleOptions {
  /** Diagnostics from loading and extraction (skipped inputs) to carry into the report, first. */
  readonly diagnostics?: readonly Diagnostic[];
  /**
   * Document texts by id, for rules that read the text around a claim (`self-contradiction`, and
   * custom rules through `context.document`). Copies of one story are found by each extraction's
   * `sketch`; an extraction without one has its text compared, when it is here.
   */
  readonly texts?: ReadonlyMap<string, string>;
}

/**
 * The reduce step: links the entities of extracted documents across them, puts the claims in
 * corpus-wide ids, runs the rules and the verdicts, and returns the report. Takes what
 * {@link extract} yields, from this process or read back from JSON Lines written elsewhere.
 */
export function assembleReport(extracted: readonly DocumentExtraction[], options: AssembleOptions = {}): Report {
  return assemble(extracted, options, false);
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * {@link assembleReport}; with `own`, the extractions are the caller's own to change (analyze's,
 * never shown to anyone), and their claims are put in corpus-wide ids in place rather than
 * copied: at 10,000 articles that is 150,000 objects fewer while the rules run.
 */
function assemble(extracted: readonly DocumentExtraction[], options: AssembleOptions, own: boolean): Report {
  const { entities, claims } = corpusWide(extracted, options.gazetteer, own);
  const documents = extracted.map((e) => documentOf(e.document, options.texts?.get(e.document.id) ?? ''));
  const sketches = new Map<string, readonly number[]>();
  for (const e of extracted) if (e.sketch) sketches.set(e.document.id, e.sketch);
  const findings = resolveByGroup(runRules({ claims, entities, documents, config: options.rules, rules: options.customRules }), claims, documents, sketches);
  return {
    schemaVersion: 1,
    documents: extracted.map((e) => e.document),
    entities,
    claims,
    findings: [...findings, ...extracted.flatMap(publicationFindings).sort(byId)],
    diagnostics: [...(options.diagnostics ?? []), ...extracted.flatMap((e) => e.diagnostics)],
  };
}

/**
 * Runs the whole pipeline over documents: extraction per document (on `jobs` worker threads),
 * entity linking across them, then the rules and verdicts. Documents may be an array or an async
 * iterable; they are read as they come. What is kept per document is its extraction and its text
 * (for rules that read the text around a claim), never the staged copies the stages work on.
 */
export async function analyze(input: Iterable<Document> | AsyncIterable<Document>, options: AnalyzeOptions = {}): Promise<Report> {
  const texts = new Map<string, string>();
  const extracted: DocumentExtraction[] = [];
  const skipped: Diagnostic[] = [];
  for await (const e of extractAll(keepTexts(input, texts), options, true)) {
    if (e.kind === 'document') extracted.push(e);
    else skipped.push(e.diagnostic);
  }
  return assemble(extracted, { diagnostics: [...(options.diagnostics ?? []), ...skipped], texts, rules: options.rules, customRules: options.customRules, gazetteer: options.gazetteer }, true);
}

/**
 * An extraction with only what assembling reads of its entities: the entities, and which are
 * anonymous or founded by whom. The mentions and per-sentence facts served extraction; dropping
 * them keeps a third less per article in memory (a test checks the report is unchanged).
 */
function forLinking(e: DocumentExtraction): DocumentExtraction {
  const { doc, entities, anonymous, founders, holdings } = e.entities;
  return { ...e, entities: { doc, entities, mentions: [], ...(anonymous ? { anonymous } : {}), ...(founders ? { founders } : {}), ...(holdings ? { holdings } : {}) } };
}

/**
 * Links the entities across documents and returns every claim in corpus-wide ids, sorted by id.
 * A function of its own so that what linking leaves (the local-to-corpus id maps) is gone before
 * the rules run. With `own`, the claims are rewritten in place and each extraction's entities and
 * claim list are let go once read: at 10,000 articles that is about 50 MB less held while the
 * rules and verdicts run, and a lower peak, since V8 grows the heap in proportion to what it holds.
 */
function corpusWide(extracted: readonly DocumentExtraction[], gazetteer: readonly GazetteerEntry[] | undefined, own: boolean): { entities: Report['entities']; claims: Claim[] } {
  const graph = linkEntities(extracted.map((e) => e.entities), gazetteer);
  const rewrite = (e: DocumentExtraction, c: Claim): Claim => {
    const subject = graph.canonical(e.document.id, c.subject);
    const object = typeof c.object === 'string' && c.kind !== 'attribute' && isLocalEntity(e.entities, c.object) ? graph.canonical(e.document.id, c.object) : undefined;
    const qualifier = c.qualifier !== undefined && isLocalEntity(e.entities, c.qualifier) ? graph.canonical(e.document.id, c.qualifier) : undefined;
    if (!own) return { ...c, subject, ...(object !== undefined ? { object } : {}), ...(qualifier !== undefined ? { qualifier } : {}) };
    // Only keys the claim has are set, so its keys keep their order, as the copy's would.
    const w = c as Writable<Claim>;
    w.subject = subject;
    if (object !== undefined) w.object = object;
    if (qualifier !== undefined) w.qualifier = qualifier;
    return c;
  };
  const claims: Claim[] = [];
  for (const e of extracted) {
    for (const c of e.claims) claims.push(rewrite(e, c));
    if (own) {
      const w = e as Writable<DocumentExtraction>;
      w.entities = { doc: e.entities.doc, entities: [], mentions: [] };
      w.claims = [];
    }
  }
  return { entities: graph.entities, claims: claims.sort(byId) };
}

/**
 * The verdicts, weighed per group of articles that findings tie together: what weighing all
 * findings at once gives (a finding's weight reads only its own articles and their claims),
 * except that copies of one story are found only among a group's articles; and the cost grows
 * with the groups, not with the square of the corpus.
 */
function resolveByGroup(findings: readonly Finding[], claims: readonly Claim[], documents: readonly Document[], sketches: ReadonlyMap<string, readonly number[]>): Finding[] {
  const out = [...findings];
  const claimsOf = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = claimsOf.get(c.doc);
    if (list) list.push(c);
    else claimsOf.set(c.doc, [c]);
  }
  const byDocId = new Map(documents.map((d) => [d.id, d]));
  for (const group of groupFindingsByDocument(findings, claims)) {
    const ids = [...group.documents].sort();
    const resolved = resolveFindings(
      group.findings.map((i) => findings[i] as Finding),
      ids.flatMap((id) => claimsOf.get(id) ?? []).sort(byId),
      ids.flatMap((id) => byDocId.get(id) ?? []),
      { sketches },
    );
    group.findings.forEach((i, k) => {
      out[i] = resolved[k] ?? (findings[i] as Finding);
    });
  }
  return out;
}

/** Passes documents through, noting the text of the first document of each id (the one kept). */
async function* keepTexts(input: Iterable<Document> | AsyncIterable<Document>, texts: Map<string, string>): AsyncGenerator<Document, void, undefined> {
  for await (const d of input as AsyncIterable<Document>) {
    const { id, text } = (d ?? {}) as Partial<Document>;
    if (typeof id === 'string' && typeof text === 'string' && text.trim() !== '' && !texts.has(id)) texts.set(id, text);
    yield d;
  }
}

/** A document for the rules and verdicts, from its report metadata and its text. */
function documentOf(meta: ReportDocument, text: string): Document {
  const { length: _length, publishedInferred: _inferred, ...rest } = meta;
  return { ...rest, text };
}

function isLocalEntity(entities: DocumentEntities, id: string): boolean {
  return entities.entities.some((e) => e.id === id);
}

function describe(doc: Document, inferred?: PublishedInference): ReportDocument {
  const { text, ...meta } = doc;
  const publishedInferred = inferred?.value ? { value: inferred.value, basis: inferred.basis, confidence: inferred.confidence } : undefined;
  return { ...meta, length: text.length, ...(publishedInferred ? { publishedInferred } : {}) };
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The publication date as a time value, for the claims stage. */
function referenceOf(published: string | undefined): TimeValue | undefined {
  if (!published) return undefined;
  const [y, m, d] = published.split('-');
  if (!y) return undefined;
  const last = m ? new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate() : 31;
  return {
    timex: published,
    start: d ? published : m ? `${y}-${m}-01` : `${y}-01-01`,
    end: d ? published : m ? `${y}-${m}-${String(last).padStart(2, '0')}` : `${y}-12-31`,
    granularity: d ? 'day' : m ? 'month' : 'year',
    anchor: 'absolute',
    implied: [],
  };
}
