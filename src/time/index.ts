/**
 * Time: finds date expressions in text and normalizes them to TIMEX3-style intervals, anchored
 * on a reference date (the article's publication date) or on the previous date in the text.
 * Built on chrono-node's own extension points: our parsers and refiners in one configuration.
 */
export { parseTimes, type ParseTimesOptions } from './parse.js';
export { inferPublished, dateFromUrl, type PublishedInference } from './published.js';
