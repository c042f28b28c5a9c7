// Common Chinese surnames in pinyin (Hanyu and a few Wade-Giles/Cantonese spellings): a
// capitalized pair with one of these at either end is read as a person's name.
const SURNAMES = new Set(
  (
    'li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han tang feng ' +
    'yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia zhong tian ' +
    'ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng long wan duan lei qian ' +
    'tang yin chang wen niu hong kan lai qi ge zhan bao mo ou ni sheng lv lyu yi ke qu bian chai chu di geng huo ji jiao ' +
    'jing kou lian miao mu nie ning pang pei qiao rao rong sang shan shu si tao tong wang wo xi xing yue zang zha zhai ' +
    'lam chan wong cheung leung ng chow lau tsang yeung ho kwok tse ip yip lo'
  ).split(' '),
);

// A pinyin syllable: optional initial, a final, no tones. Matched whole-word, case-insensitive.
const SYLLABLE =
  /(?:zh|ch|sh|[bp-tj-nfdghxzcyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ue|un|ai|ei|ao|ou|an|en|ia|ie|in|iu|ua|uo|ui|ve|er|[aoeiuv])/y;

/** Whether a word splits entirely into pinyin syllables ('Wenhao', 'Kailong', 'Jun'). */
export function isPinyin(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length === 0 || w.length > 12) return false;
  // Greedy-longest with a small backtrack budget: try every split point in order.
  const ends = new Set<number>([0]);
  for (let i = 0; i < w.length; i++) {
    if (!ends.has(i)) continue;
    for (let j = Math.min(w.length, i + 6); j > i; j--) {
      const piece = w.slice(i, j);
      SYLLABLE.lastIndex = 0;
      const m = SYLLABLE.exec(piece);
      if (m && m[0].length === piece.length) ends.add(j);
    }
  }
  return ends.has(w.length);
}

/** Whether a word is a common Chinese surname. */
export function isSurname(word: string): boolean {
  return SURNAMES.has(word.toLowerCase());
}

/**
 * Whether capitalized words read as a Chinese personal name: two or three pinyin words with a
 * surname first ('Zhang Wenhao') or last ('Wenhao Zhang').
 */
export function looksLikeChineseName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  if (!words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isPinyin(w))) return false;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  return isSurname(first) || isSurname(last);
}

/** Honorifics that mark the next name as a person. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'madam', 'mme']);
