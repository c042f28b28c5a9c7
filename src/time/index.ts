/**
 * Time: finds date expressions in text and normalizes them to TIMEX3-style intervals, anchored
 * on a reference date (the article's publication date) or on the previous date in the text.
 * Built on chrono-node's own extension points: our rules become chrono parsers in one
 * configuration beside chrono's own absolute-date parsers (chrono-adapter.ts is the only module
 * that imports chrono-node); what they find is a spec (spec.ts) that resolve.ts places on the
 * calendar. Without a reference, expressions that need one ('last year', 'Thursday', 'In
 * January') are left out, never resolved against a clock. A partial reference ('2016-12') is an
 * interval: what needs a finer one ('Thursday') comes out as that interval, finer parts implied.
 * An undated month in past-tense narration takes the year of the date that frames the sentence
 * or of a month or day a sentence or two back ('In May 2015 ... In September, it launched'),
 * when that is no later than the publication date; joins.ts completes mentions from their
 * neighbours ('April 24 and 25', 'the week of March 6'). published.ts infers the publication
 * date when the metadata lacks it.
 */
export { parseTimes, type ParseTimesOptions } from './parse.js';
export { inferPublished, contradictsPublished, dateFromUrl, type PublishedInference } from './published.js';
export { SentenceDates } from './sentence-dates.js';
