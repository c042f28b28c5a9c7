// Lines that are page furniture rather than reporting. Patterns are anchored and linear.
const BOILERPLATE: readonly RegExp[] = [
  /^(?:see also|read more|related|recommended|further reading|also read)\s*:/i,
  /^(?:image|photo|picture|header image|featured image)\s*(?:(?:credit|source|by)\s*)?:/i,
  /^\(?\s*(?:like|follow) (?:us|our)\b/i,
  /^(?:share|tweet|email|print)(?:\s+(?:this|on|via)\b.*)?$/i,
  /^(?:translated|edited|written|reported|compiled) by\b/i,
  /^(?:author|editor|reporter|source)\s*:/i,
  /^(?:writing about|follow (?:him|her|them) on)\b/i,
  /^(?:\(chinese version\)|editor[’']s note:?)\s*$/i,
  /^(?:our official account|subscribe|sign up)\b/i,
  /^(?:摘要|编者按)\s*[:：]/,
];

const PUBLISHED = /\bpublished\b/i;

/** A reader comment line: a user name followed by a timestamp ("Jane 2017-01-02 20:17 via android"). */
const COMMENT = /\b\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}(?: via \w+)?\s*$/;

/** Whether a line (or a short sentence) is boilerplate rather than article content. */
export function isBoilerplate(line: string): boolean {
  const text = line.trim();
  if (text.length === 0) return true;
  if (BOILERPLATE.some((re) => re.test(text))) return true;
  // "[This article was first published on …]": checked without a regex, since '.*published.*'
  // backtracks quadratically on a long line full of the word.
  if (text.startsWith('[') && text.endsWith(']') && PUBLISHED.test(text)) return true;
  if (text.length < 120 && COMMENT.test(text)) return true;
  return false;
}
