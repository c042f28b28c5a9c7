import type { Claim, Diagnostic, Document, Report, ReportDocument, TimeValue } from './types.js';
import { restoreSpans, splitText, stageText } from './text/index.js';
import { contradictsPublished, inferPublished, parseTimes, type PublishedInference } from './time/index.js';
import { parseQuantities } from './quantity/index.js';
import { extractEntities, linkEntities, type DocumentEntities } from './entities/index.js';
import { extractClaims } from './claims/index.js';
import { runRules } from './rules/index.js';
import { resolveFindings } from './resolve/index.js';
import { validateDocuments } from './corpus/index.js';

/** Options for {@link analyze}. */
export interface AnalyzeOptions {
  /** Diagnostics from loading (skipped files) to carry into the report. */
  readonly diagnostics?: readonly Diagnostic[];
}

/** What extraction gives for one document, before entities are linked across documents. */
interface Extracted {
  readonly doc: Document;
  readonly entities: DocumentEntities;
  readonly claims: readonly Claim[];
  /** The publication date inferred from the text or URL, when the metadata lacks it. */
  readonly inferred?: PublishedInference;
}

/**
 * The one ordered list of stages for a single document. The stages read a bounded copy of the
 * text (same offsets; markup, control characters and punctuation runs blanked) because the NLP
 * libraries under them are super-linear on such input; spans then quote the original again.
 */
function extractDocument(original: Document): Extracted {
  const staged = stageText(original.text);
  const doc = staged === original.text ? original : { ...original, text: staged };
  const segmented = splitText(doc.text);
  // Without a stated date, the inferred interval (never the clock) is what relative dates resolve against.
  const inferred = original.published ? undefined : inferPublished(doc);
  const times = parseTimes(doc.text, { reference: doc.published ?? inferred?.value });
  const quantities = parseQuantities(doc.text, { reference: doc.published });
  const entities = extractEntities(doc, segmented);
  const reference = referenceOf(doc.published) ?? inferred?.value;
  const claims = extractClaims({ doc, segmented, times, quantities, entities, reference });
  if (doc === original) return { doc, entities, claims, ...(inferred ? { inferred } : {}) };
  return { doc: original, entities: restoreSpans(entities, original.text), claims: restoreSpans(claims, original.text), ...(inferred ? { inferred } : {}) };
}

/**
 * Runs the whole pipeline over documents: extraction per document, entity linking across them,
 * then the rules and verdicts. Documents may be an array or an async iterable.
 */
export async function analyze(
  input: Iterable<Document> | AsyncIterable<Document>,
  options: AnalyzeOptions = {},
): Promise<Report> {
  const all: unknown[] = [];
  for await (const d of input as AsyncIterable<Document>) all.push(d);
  const { documents, diagnostics } = validateDocuments(all);
  const extracted = documents.map(extractDocument);
  const graph = linkEntities(extracted.map((e) => e.entities));
  const claims = extracted
    .flatMap((e) =>
      e.claims.map((c) => ({
        ...c,
        subject: graph.canonical(e.doc.id, c.subject),
        ...(typeof c.object === 'string' && c.kind !== 'attribute' && isLocalEntity(e.entities, c.object)
          ? { object: graph.canonical(e.doc.id, c.object) }
          : {}),
        ...(c.qualifier !== undefined && isLocalEntity(e.entities, c.qualifier) ? { qualifier: graph.canonical(e.doc.id, c.qualifier) } : {}),
      })),
    )
    .sort(byId);
  const findings = resolveFindings(runRules({ claims, entities: graph.entities, documents }), claims, documents);
  const allDiagnostics = [...(options.diagnostics ?? []), ...diagnostics];
  for (const { doc, inferred } of extracted) {
    if (!doc.published && !inferred?.value) {
      allDiagnostics.push({ doc: doc.id, severity: 'info', code: 'no-publication-date', message: `${doc.path ?? doc.id}: no publication date, so relative dates ('last year', 'Thursday') stay unresolved; add 'published:' to its front matter.` });
    } else if (doc.published) {
      const against = contradictsPublished(doc);
      if (against?.value) allDiagnostics.push({ doc: doc.id, severity: 'warning', code: 'published-contradicted', message: `${doc.path ?? doc.id}: stated published ${doc.published}, but its ${against.basis} says ${against.value.timex}; check the front matter.` });
    } else if (inferred?.value) {
      allDiagnostics.push({ doc: doc.id, severity: 'info', code: 'publication-date-inferred', message: `${doc.path ?? doc.id}: no publication date; inferred ${inferred.value.start}..${inferred.value.end} (basis: ${inferred.basis}, confidence ${inferred.confidence}); add 'published:' to its front matter to be sure.` });
    }
  }
  return {
    schemaVersion: 1,
    documents: extracted.map((e) => describe(e.doc, e.inferred)),
    entities: graph.entities,
    claims,
    findings,
    diagnostics: allDiagnostics,
  };
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
