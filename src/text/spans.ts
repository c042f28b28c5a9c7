import { stageView, type StageView } from './stage-text.js';

// Stages read `stageText(text)`, which has some characters blanked and runs of spaces squeezed;
// the spans they return must point into, and quote, the original.

/**
 * `value` with every `Span` in it (an object with numeric `start`/`end` and a string `text`)
 * computed on `stageText(text)` moved to the same characters of `text`, quoting them. A caller
 * that already holds `stageView(text)` passes it as `view`, so the text is not staged again.
 */
export function restoreSpans<T>(value: T, text: string, view: StageView = stageView(text)): T {
  const length = view.text.length;
  // A span ends after its last character, which keeps a squeezed space after it out of the span.
  const map = (start: number, end: number): [number, number] => {
    if (start < 0 || end > length || start > end) return [start, end];
    const s = view.toOriginal(start);
    return [s, end > start ? view.toOriginal(end - 1) + 1 : s];
  };
  return restore(value, text, map, 0) as T;
}

// Deep enough for any report value (claim → quantity → equivalent → span); deeper is not a span.
const MAX_DEPTH = 8;

type Mapping = (start: number, end: number) => [number, number];

function restore(value: unknown, text: string, map: Mapping, depth: number): unknown {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v: unknown) => {
      const r = restore(v, text, map, depth + 1);
      if (r !== v) changed = true;
      return r;
    });
    return changed ? out : value;
  }
  const record = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(record)) {
    const v = record[key];
    // Only objects hold spans: strings and numbers, most of the fields, need no call.
    if (typeof v !== 'object' || v === null) continue;
    const r = restore(v, text, map, depth + 1);
    if (r !== v) (out ??= { ...record })[key] = r;
  }
  const { start, end, text: quoted } = out ?? record;
  if (typeof start === 'number' && typeof end === 'number' && typeof quoted === 'string') {
    const [s, e] = map(start, end);
    if (s >= 0 && e <= text.length && s <= e) {
      const original = text.slice(s, e);
      if (s !== start || e !== end || original !== quoted) Object.assign((out ??= { ...record }), { start: s, end: e, text: original });
    }
  }
  return out ?? value;
}
