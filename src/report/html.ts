import type { Entity, Finding, Report } from '../types.js';
import { describeObject, describeValue, entityIndex, isLikely, nameOf, namesLabel, sideGroups, SEVERITIES, tally, timeLabel, type Side } from './describe.js';
import { highlightClaim } from './highlight.js';
import { timelines } from './timeline.js';

/**
 * The report as one self-contained HTML page: styles and the small filter script are inline,
 * and nothing is loaded from the network (no fonts, images or scripts), so the file can be
 * mailed or archived and still open the same way. It shows each finding with both sides'
 * quotes, the values highlighted in their sentences, the verdict, a timeline per entity of
 * its dated claims, and filters by rule and severity. The layout folds to one column on a phone.
 */
export function html(report: Report): string {
  const entities = entityIndex(report);
  const t = tally(report);
  const rules = [...new Set(report.findings.map((f) => f.rule))].sort();
  // Each claim that a finding rests on links from the timeline to the (first) finding.
  const findingOf = new Map<string, string>();
  for (const f of report.findings) for (const id of f.claims) if (!findingOf.has(id)) findingOf.set(id, f.id);
  const summary = `${report.documents.length} documents · ${report.claims.length} claims · ${t.error} errors · ${t.warning} warnings · ${t.info} notes`;
  const parts: string[] = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No request may leave the page: the policy blocks anything not inline.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    '<title>corroborate report</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>corroborate report</h1>',
    `<p class="summary">${esc(summary)}</p>`,
    '</header>',
    '<main>',
  ];
  if (report.findings.length > 0) {
    parts.push(
      '<form class="filters" aria-label="Filter findings">',
      '<fieldset><legend>Severity</legend>',
      ...SEVERITIES.filter((s) => t[s] > 0).map((s) => checkbox('severity', s, `${s} (${t[s]})`)),
      '</fieldset>',
      '<fieldset><legend>Rule</legend>',
      ...rules.map((r) => checkbox('rule', r, `${r} (${report.findings.filter((f) => f.rule === r).length})`)),
      '</fieldset>',
      `<p class="shown"><span id="shown">${report.findings.length}</span> of ${report.findings.length} findings shown</p>`,
      '</form>',
    );
  }
  parts.push('<section class="findings" aria-labelledby="findings-title">', '<h2 id="findings-title">Findings</h2>');
  if (report.findings.length === 0) parts.push('<p class="empty">No discrepancies found.</p>');
  for (const f of report.findings) parts.push(findingHtml(f, sideGroups(report, f), entities));
  parts.push('</section>');

  const lines = timelines(report);
  parts.push('<section class="timelines" aria-labelledby="timelines-title">', '<h2 id="timelines-title">Timelines</h2>');
  if (lines.length === 0) parts.push('<p class="empty">No dated claims.</p>');
  const outlets = new Map(report.documents.map((d) => [d.id, d.outlet ?? d.id]));
  for (const line of lines) {
    const names = namesLabel(entities.get(line.entity));
    parts.push(`<section class="timeline"><h3>${esc(nameOf(line.entity, entities))}</h3>${names ? `<p class="names">${esc(names)}</p>` : ''}<ol>`);
    for (const c of line.claims) {
      const finding = findingOf.get(c.id);
      const what = `${esc(c.predicate)}${c.object === undefined ? '' : ` · ${esc(describeObject(c, entities))}`}${c.modality.negated ? ' (negated)' : ''}${c.modality.hedged ? ' (hedged)' : ''}`;
      parts.push(
        `<li${finding ? ' class="flagged"' : ''} data-claim="${esc(c.id)}"><time${datetime(c.time?.timex)}>${esc(c.time ? timeLabel(c.time) : '')}</time>`,
        `<span class="what">${finding ? `<a href="#finding-${esc(finding)}">${what}</a>` : what}</span>`,
        `<span class="src">${esc(outlets.get(c.doc) ?? c.doc)}</span></li>`,
      );
    }
    parts.push('</ol></section>');
  }
  parts.push('</section>');

  parts.push('<section class="documents" aria-labelledby="documents-title">', '<h2 id="documents-title">Documents</h2><ul>');
  for (const d of report.documents) {
    const name = d.title ?? d.id;
    const title = d.url && isWebUrl(d.url) ? `<a href="${esc(d.url)}" rel="noreferrer noopener">${esc(name)}</a>` : esc(name);
    parts.push(`<li>${title} <span class="src">${esc([d.outlet, d.published].filter(Boolean).join(', '))}</span> <code>${esc(d.id)}</code></li>`);
  }
  parts.push('</ul></section>');

  if (report.diagnostics.length > 0) {
    parts.push('<section class="diagnostics" aria-labelledby="diagnostics-title">', '<h2 id="diagnostics-title">Diagnostics</h2><ul>');
    for (const d of report.diagnostics) parts.push(`<li class="sev-${esc(d.severity)}"><b>${esc(d.severity)}</b> ${esc(d.message)}</li>`);
    parts.push('</ul></section>');
  }
  parts.push('</main>');
  if (report.findings.length > 0) parts.push(`<script>${SCRIPT}</script>`);
  parts.push('</body>', '</html>', '');
  return parts.join('\n');
}

function findingHtml(f: Finding, groups: readonly (readonly Side[])[], entities: ReadonlyMap<string, Entity>): string {
  const sides = groups.flat();
  const out: string[] = [
    `<article class="finding sev-${esc(f.severity)}" id="finding-${esc(f.id)}" data-finding="${esc(f.id)}" data-rule="${esc(f.rule)}" data-severity="${esc(f.severity)}">`,
    `<h3><span class="badge">${esc(f.severity)}</span> ${esc(f.message)}</h3>`,
    `<p class="meta">rule <code>${esc(f.rule)}</code> · finding <code>${esc(f.id)}</code></p>`,
    '<div class="sides">',
  ];
  // A side is a group of claims stating the same value; the verdict names one claim, and its
  // whole group is the side judged likely.
  for (const group of groups) {
    const likely = group.some((s) => isLikely(f, s.claim));
    out.push(`<div class="side-group${group.length > 1 ? ' many' : ''}">`);
    for (const side of group) out.push(sideHtml(side, likely, entities));
    out.push('</div>');
  }
  out.push('</div>');
  if (f.verdict) {
    const side = sides.find((s) => s.claim.id === f.verdict?.likely);
    const who = side ? `${esc(side.outlet)}: ${esc(describeValue(side.claim, entities))}` : esc(f.verdict.likely);
    out.push(
      `<p class="verdict"><b>Verdict</b> likely ${who} — ${esc(f.verdict.why)} <span class="confidence">(confidence ${Math.round(f.verdict.confidence * 100)}%)</span></p>`,
    );
  } else {
    out.push('<p class="verdict none"><b>Verdict</b> none: the sides could not be weighed against each other.</p>');
  }
  out.push('</article>');
  return out.join('\n');
}

function sideHtml({ claim, document, outlet }: Side, likely: boolean, entities: ReadonlyMap<string, Entity>): string {
  const quote = highlightClaim(claim, entities)
    .map((s) => (s.mark ? `<mark>${esc(s.text)}</mark>` : esc(s.text)))
    .join('');
  const source = document?.url && isWebUrl(document.url) ? `<a href="${esc(document.url)}" rel="noreferrer noopener">${esc(outlet)}</a>` : esc(outlet);
  const when = document?.published ? ` · <time datetime="${esc(document.published)}">${esc(document.published)}</time>` : '';
  return [
    `<figure class="side${likely ? ' likely' : ''}" data-claim="${esc(claim.id)}">`,
    `<figcaption>${source}${when}${likely ? ' <span class="tag">likely</span>' : ''}</figcaption>`,
    `<blockquote class="quote">${quote}</blockquote>`,
    `<p class="value">${esc(describeValue(claim, entities) || claim.predicate)}</p>`,
    '</figure>',
  ].join('\n');
}

// Only a year, month or day is a valid HTML datetime; a quarter or a decade is shown without one.
function datetime(timex: string | undefined): string {
  return timex !== undefined && /^\d{4}(?:-\d{2}){0,2}$/u.test(timex) ? ` datetime="${timex}"` : '';
}

function checkbox(filter: 'rule' | 'severity', value: string, label: string): string {
  return `<label><input type="checkbox" data-filter="${filter}" value="${esc(value)}" checked> ${esc(label)}</label>`;
}

// Only web links become anchors: a javascript: or data: URL in front matter must not run.
function isWebUrl(url: string): boolean {
  return /^https?:\/\//iu.test(url);
}

function esc(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1f;--muted:#5f6368;--line:#dadce0;--card:#f8f9fa;--mark:#ffe08a;--error:#c5221f;--warning:#b06000;--info:#1a73e8;--likely:#137333}
@media (prefers-color-scheme:dark){:root{--bg:#16181c;--fg:#e8eaed;--muted:#9aa0a6;--line:#3c4043;--card:#202226;--mark:#7a5d00;--error:#f28b82;--warning:#fdd663;--info:#8ab4f8;--likely:#81c995}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
header,main{max-width:72rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.25rem;border-bottom:1px solid var(--line);padding-bottom:.25rem;margin-top:2rem}
h3{font-size:1.05rem;margin:0 0 .25rem}
.summary,.meta,.src,figcaption,.shown{color:var(--muted)}
.meta{margin:0 0 .75rem;font-size:.9rem}
code{font-size:.85em;overflow-wrap:anywhere}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-start}
fieldset{border:1px solid var(--line);border-radius:.5rem;margin:0;padding:.25rem .75rem .5rem;display:flex;flex-wrap:wrap;gap:.25rem .75rem}
legend{font-size:.85rem;color:var(--muted)}
label{white-space:nowrap;font-size:.9rem}
.finding{background:var(--card);border:1px solid var(--line);border-left:.35rem solid var(--info);border-radius:.5rem;padding:.75rem 1rem;margin:1rem 0}
.finding.sev-error{border-left-color:var(--error)}
.finding.sev-warning{border-left-color:var(--warning)}
.badge{display:inline-block;font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;padding:0 .4rem;border-radius:.25rem;color:var(--bg);background:var(--info);vertical-align:.1em}
.sev-error .badge{background:var(--error)}
.sev-warning .badge{background:var(--warning)}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,18rem),1fr));gap:.75rem}
.side-group{display:flex;flex-direction:column;gap:.5rem}
.side-group.many{border-left:3px solid var(--line);padding-left:.5rem}
.side{margin:0;background:var(--bg);border:1px solid var(--line);border-radius:.5rem;padding:.5rem .75rem}
.side.likely{border-color:var(--likely);box-shadow:0 0 0 1px var(--likely)}
.tag{color:var(--likely);font-weight:600}
blockquote{margin:.25rem 0;overflow-wrap:anywhere}
mark{background:var(--mark);color:inherit;border-radius:.2rem;padding:0 .1rem;font-weight:600}
.value{margin:.25rem 0 0;font-size:.9rem;color:var(--muted)}
.verdict{margin:.75rem 0 0}
.verdict.none{color:var(--muted)}
.timeline .names{margin:0 0 .25rem;color:var(--muted)}
.timeline ol{list-style:none;margin:0 0 1rem;padding:0 0 0 1rem;border-left:2px solid var(--line)}
.timeline li{position:relative;padding:.15rem 0 .15rem .5rem;display:flex;flex-wrap:wrap;gap:0 .75rem}
.timeline li::before{content:"";position:absolute;left:-1.4rem;top:.65rem;width:.6rem;height:.6rem;border-radius:50%;background:var(--line)}
.timeline li.flagged::before{background:var(--error)}
.timeline time{font-variant-numeric:tabular-nums;font-weight:600;min-width:6.5rem}
.documents ul,.diagnostics ul{padding-left:1.25rem}
a{color:var(--info)}
@media (max-width:40rem){body{font-size:15px}.finding{padding:.6rem .7rem}.timeline time{min-width:0}}
`.trim();

// Hides findings whose rule or severity is unchecked; with scripts off every finding shows.
const SCRIPT = `
(function(){
var boxes=Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
function on(kind){var s={};boxes.forEach(function(b){if(b.dataset.filter===kind&&b.checked)s[b.value]=true;});return s;}
function apply(){var r=on('rule'),s=on('severity'),n=0;
document.querySelectorAll('article.finding').forEach(function(f){var show=!!(r[f.dataset.rule]&&s[f.dataset.severity]);f.hidden=!show;if(show)n++;});
document.getElementById('shown').textContent=String(n);}
boxes.forEach(function(b){b.addEventListener('change',apply);});apply();
})();
`.trim();
