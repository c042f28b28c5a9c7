import type { Quantity } from '../types.js';

/** Options for {@link parseQuantities}. */
export interface ParseQuantitiesOptions {
  /** The publication date, for figures that depend on it. */
  readonly reference?: string | undefined;
}

const MAGNITUDE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Every money amount, percentage and count in `text`, with spans that are offsets into `text`. */
export function parseQuantities(text: string, _options: ParseQuantitiesOptions = {}): Quantity[] {
  const out: Quantity[] = [];
  const re = /(\$)?(\d[\d,]*(?:\.\d+)?)(?: (thousand|million|billion|trillion))?(?: ?(%|per ?cent|yuan|RMB|dollars))?/giu;
  for (const m of text.matchAll(re)) {
    const [all, dollar, num, mag, unitWord] = m;
    if (!num || (!dollar && !unitWord)) continue;
    const value = Number(num.replace(/,/gu, '')) * (mag ? (MAGNITUDE[mag.toLowerCase()] ?? 1) : 1);
    const u = unitWord?.toLowerCase().replace(' ', '');
    const unit = dollar || u === 'dollars' ? 'USD' : u === '%' || u === 'percent' || u === 'percent' ? '%' : 'CNY';
    const kind = unit === '%' ? 'percent' : 'money';
    out.push({ kind, value, low: value, high: value, unit, span: { start: m.index, end: m.index + all.length, text: all } });
  }
  return out;
}
