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

// Common Korean surnames, romanized as news writes them ('Park', 'Choi', 'Seo'), and a Korean
// given name: two syllables joined by a hyphen ('Ji-hoon', 'Min-ji', 'Tae-hee').
const KOREAN_SURNAMES = new Set(
  (
    'kim lee yi rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin ' +
    'kwon hwang ahn song yoo yu ryu hong jeon chun ko moon mun yang son bae baek paik heo huh nam noh roh kwak ' +
    'sung cha joo woo min jin'
  ).split(' '),
);
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}{0,4}-\p{Ll}{2,5}$/u;

/** Whether a word is a common Korean surname. */
export function isKoreanSurname(word: string): boolean {
  return KOREAN_SURNAMES.has(word.toLowerCase());
}

/** Whether a word is written as a romanized Korean given name ('Ji-hoon', 'Min-ji'). */
export function isKoreanGivenName(word: string): boolean {
  return KOREAN_GIVEN.test(word);
}

// Common Vietnamese surnames, without their diacritics ('Nguyễn' is read as 'nguyen').
const VIETNAMESE_SURNAMES = new Set('nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh trinh doan lam luong'.split(' '));
const SHORT_NAME_WORD = /^\p{Lu}\p{Ll}{0,6}$/u;
const plain = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase();

/**
 * Whether capitalized words read as an East Asian personal name written surname first: a Korean
 * surname and a hyphenated given name ('Park Ji-hoon'), or a Vietnamese surname and two or three
 * short words ('Tran Thi Mai Anh', 'Nguyễn Văn Hùng'), none of them a word that names a kind of
 * place or business (`notNameWord`, given in lower case: 'City' in 'Ho Chi Minh City').
 */
export function looksLikeSurnameFirstName(words: readonly string[], notNameWord: (lower: string) => boolean): boolean {
  const first = words[0] ?? '';
  if (words.length === 2 && isKoreanSurname(first) && isKoreanGivenName(words[1] ?? '')) return true;
  if (words.length < 3 || words.length > 4 || !VIETNAMESE_SURNAMES.has(plain(first))) return false;
  return words.every((w) => SHORT_NAME_WORD.test(w) && !notNameWord(w.toLowerCase()));
}

/** Honorifics that mark the next name as a person. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'madam', 'mme']);
