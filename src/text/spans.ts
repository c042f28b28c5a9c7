// Stages read `stageText(text)`, which has the same offsets as `text` but some characters
// blanked; the spans they return must still quote the original.

/** A value whose every `Span` (an object with numeric `start`/`end` and a string `text`) quotes `text`. */
export function restoreSpans<T>(value: T, text: string): T {
  return restore(value, text, 0) as T;
}

// Deep enough for any report value (claim → quantity → equivalent → span); deeper is not a span.
const MAX_DEPTH = 8;

function restore(value: unknown, text: string, depth: number): unknown {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v: unknown) => {
      const r = restore(v, text, depth + 1);
      if (r !== v) changed = true;
      return r;
    });
    return changed ? out : value;
  }
  const record = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const [key, v] of Object.entries(record)) {
    const r = restore(v, text, depth + 1);
    if (r !== v) (out ??= { ...record })[key] = r;
  }
  const { start, end, text: quoted } = out ?? record;
  if (typeof start === 'number' && typeof end === 'number' && typeof quoted === 'string' && start >= 0 && end <= text.length && start <= end) {
    const original = text.slice(start, end);
    if (original !== quoted) (out ??= { ...record }).text = original;
  }
  return out ?? value;
}
