// A publication date is the reference every relative date resolves against, so a malformed one
// ('2016-13', '2016-02-30', 42) must never reach the stages.
const PUBLISHED = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

/** Whether `value` is a publication date as the data model has it: '2016-12-28', '2016-12' or '2016', and a real day. */
export function isPublishedDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = PUBLISHED.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (year < 1) return false;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}
