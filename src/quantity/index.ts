/**
 * Quantity: finds money amounts, percentages and counts in text in one linear pass and
 * normalizes them to intervals in comparable units (ISO 4217 currencies, '%', counts), with the
 * precision the text implies and the qualifiers it states. Converts currencies offline with a
 * historical monthly rate table.
 */
export { flattenQuantities, parseQuantities, type ParseQuantitiesOptions } from './parse.js';
export { convert, convertQuantity, DEFAULT_RATE_TABLE, RATE_TABLE_INFO, type ConvertOptions } from './convert.js';
export type { RateTable } from './rate-table.js';
