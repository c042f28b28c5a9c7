import type { Claim, Report, ReportDocument, Severity } from '../types.js';
import { BUILTIN_RULES, type BuiltinRuleId } from '../rules/index.js';
import { describeValue, entityIndex, indexOf, sideGroups } from './describe.js';
import { bodyOffset, LineIndex } from './file-positions.js';
import { fingerprintFinding } from './fingerprint.js';

/** Options for {@link sarif}. */
export interface SarifOptions {
  /** The tool's version, written to `tool.driver.version`. */
  readonly toolVersion?: string;
  /**
   * The text of each document's file, by document id. SARIF regions count from the start of the
   * file, report spans from the start of the article text (after the front matter): with the
   * file, offsets are shifted by its front matter and regions also get lines and columns.
   * Without it, or when a file no longer matches the report, offsets are into the article text.
   */
  readonly files?: Readonly<Record<string, string>>;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The fingerprint key; bump its version when what it hashes changes, so old baselines are not matched wrongly. */
export const FINGERPRINT_KEY = 'corroborate/finding/v1';

/**
 * The report as SARIF 2.1.0, for code-scanning dashboards and review tools: one result per
 * finding, located at the first side's quote with the other sides as related locations;
 * regions are character offsets (charOffset/charLength, UTF-16 code units as in JavaScript) and,
 * when the files are given, lines and columns,
 * artifacts are the documents' paths or URLs, and each result carries a partial fingerprint of
 * what the finding is about, so it keeps its identity across runs.
 */
export function sarif(report: Report, options: SarifOptions = {}): string {
  const entities = entityIndex(report);
  const { claims, documents } = indexOf(report);
  const placed = new Map<string, { offset: number; lines: LineIndex }>();
  for (const d of report.documents) {
    const file = options.files?.[d.id];
    const offset = file === undefined ? undefined : bodyOffset(file, d, report.claims);
    if (file !== undefined && offset !== undefined) placed.set(d.id, { offset, lines: new LineIndex(file) });
  }
  const artifactIndex = new Map<string, number>();
  const artifacts: object[] = [];
  for (const d of report.documents) {
    const uri = artifactUri(d);
    if (uri === undefined) continue;
    artifactIndex.set(d.id, artifacts.length);
    artifacts.push({
      location: { uri, ...(isRelative(uri) ? { uriBaseId: '%SRCROOT%' } : {}) },
      ...(d.path?.endsWith('.md') ? { mimeType: 'text/markdown' } : d.path ? { mimeType: 'text/plain' } : {}),
      ...(d.title ? { description: { text: d.title } } : {}),
      roles: ['analysisTarget'],
    });
  }
  const ruleIds = [...new Set(report.findings.map((f) => f.rule))].sort();
  const rules = ruleIds.map((id) => {
    // Built-in rules describe themselves; a rule from configuration or a plugin gets a generic line.
    const meta = isBuiltinRule(id) ? BUILTIN_RULES[id].meta : undefined;
    const seen = report.findings.find((f) => f.rule === id)?.severity ?? 'warning';
    return {
      id,
      name: camel(id),
      shortDescription: { text: meta?.description ?? `corroborate rule ${id}` },
      ...(meta ? { help: { text: `See docs/rules/${id}.md in corroborate's repository for what it checks, its options and examples.` } } : {}),
      defaultConfiguration: { level: LEVEL[meta?.severity ?? seen] },
    };
  });
  const location = (claim: Claim, outlet: string, id: number): object => {
    const index = artifactIndex.get(claim.doc);
    const doc = documents.get(claim.doc);
    const file = placed.get(claim.doc);
    const offset = file?.offset ?? 0;
    const start = offset + claim.evidence.start;
    const end = offset + claim.evidence.end;
    const from = file?.lines.position(start);
    const to = file?.lines.position(end);
    return {
      id,
      physicalLocation: {
        artifactLocation: index === undefined ? { uri: `urn:corroborate:document:${encodeURIComponent(claim.doc)}` } : { ...locationOf(doc), index },
        region: {
          ...(from && to ? { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column } : {}),
          charOffset: start,
          charLength: end - start,
          snippet: { text: claim.evidence.text },
        },
      },
      message: { text: `${outlet}: ${describeValue(claim, entities) || claim.predicate}` },
    };
  };
  const results = report.findings.map((f) => {
    // Side A's first claim is the location; the rest of side A and the other sides are related.
    const sides = sideGroups(report, f).flat();
    const [first, ...rest] = sides;
    return {
      ruleId: f.rule,
      ruleIndex: ruleIds.indexOf(f.rule),
      level: LEVEL[f.severity],
      message: { text: f.message },
      ...(first ? { locations: [location(first.claim, first.outlet, 0)] } : {}),
      ...(rest.length > 0 ? { relatedLocations: rest.map((s, i) => location(s.claim, s.outlet, i + 1)) } : {}),
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprintFinding(f, claims) },
      properties: {
        findingId: f.id,
        messageId: f.messageId,
        claims: [...f.claims],
        ...(f.verdict ? { verdict: { ...f.verdict } } : {}),
      },
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'corroborate',
            ...(options.toolVersion ? { version: options.toolVersion } : {}),
            informationUri: 'https://www.npmjs.com/package/corroborate',
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The folder the articles were read from.' } } },
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function isBuiltinRule(id: string): id is BuiltinRuleId {
  return Object.hasOwn(BUILTIN_RULES, id);
}

function artifactUri(d: ReportDocument | undefined): string | undefined {
  if (!d) return undefined;
  if (d.path) {
    // Windows drive letters stay readable ('C:'), everything else in a segment is escaped.
    const encoded = d.path.split(/[\\/]/u).map((s, i) => (i === 0 && /^[a-z]:$/iu.test(s) ? s : encodeURIComponent(s))).join('/');
    if (encoded.startsWith('/')) return `file://${encoded}`;
    return /^[a-z]:\//iu.test(encoded) ? `file:///${encoded}` : encoded;
  }
  return d.url;
}

function locationOf(d: ReportDocument | undefined): { uri?: string; uriBaseId?: string } {
  const uri = artifactUri(d);
  if (uri === undefined) return {};
  return isRelative(uri) ? { uri, uriBaseId: '%SRCROOT%' } : { uri };
}

function isRelative(uri: string): boolean {
  return !/^[a-z][\d+.a-z-]*:/iu.test(uri) && !uri.startsWith('/');
}

function camel(id: string): string {
  return id.replace(/-(\w)/gu, (_, c: string) => c.toUpperCase()).replace(/^\w/u, (c) => c.toUpperCase());
}
