/**
 * The parts of a written Vietnamese syllable, as data: onsets, rhymes and tones.
 *
 * A syllable is `onset? + rhyme` with at most one tone mark. The tables describe the modern
 * orthography (Quốc ngữ) as taught in schools: the spelling constraints of `c`/`k`, `g`/`gh`,
 * `ng`/`ngh`, the onset `qu`, and the rule that a rhyme ending in a stop (`p t c ch`) only
 * takes the sắc or nặng tone. They are used to measure how much of a text reads as Vietnamese
 * (see `src/vi/syllable.ts`), which decides whether a legacy conversion is right; so they
 * favour real syllables over exhaustiveness: loan spellings (`pin`, `xoong`) are in, rare
 * interjections mostly out.
 *
 * Rhymes are written without tone, lower case, in NFC: `ương`, `uyêt`.
 */

/** Written onsets (initial consonants), longest first within each length. `''` is no onset. */
export const ONSETS: readonly string[] = [
  'ngh',
  'ch', 'gh', 'gi', 'kh', 'ng', 'nh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x',
  '',
];

/**
 * Every rhyme (vần) of standard spelling, grouped by nucleus. The glides `i y o u` that end
 * `ai ay ao au` count as part of the rhyme. Medial `o`/`u` rhymes (`oa`, `uyên`) come last.
 */
export const RHYMES: readonly string[] = [
  // a ă â
  'a', 'ai', 'ao', 'au', 'ay', 'am', 'an', 'ang', 'anh', 'ap', 'at', 'ac', 'ach',
  'ăm', 'ăn', 'ăng', 'ăp', 'ăt', 'ăc',
  'âm', 'ân', 'âng', 'âp', 'ât', 'âc', 'âu', 'ây',
  // e ê
  'e', 'eo', 'em', 'en', 'eng', 'ep', 'et', 'ec',
  'ê', 'êu', 'êm', 'ên', 'ênh', 'êp', 'êt', 'êch',
  // i y iê yê
  'i', 'ia', 'iu', 'im', 'in', 'inh', 'ip', 'it', 'ich',
  'iêu', 'iêm', 'iên', 'iêng', 'iêp', 'iêt', 'iêc',
  'y', 'yêu', 'yêm', 'yên', 'yêt',
  // o ô ơ
  'o', 'oi', 'om', 'on', 'ong', 'op', 'ot', 'oc', 'oong', 'ooc',
  'ô', 'ôi', 'ôm', 'ôn', 'ông', 'ôp', 'ôt', 'ôc',
  'ơ', 'ơi', 'ơm', 'ơn', 'ơp', 'ơt',
  // u uô ư ươ
  'u', 'ua', 'ui', 'um', 'un', 'ung', 'up', 'ut', 'uc',
  'uôi', 'uôm', 'uôn', 'uông', 'uôt', 'uôc',
  'ư', 'ưa', 'ưi', 'ưu', 'ưm', 'ưn', 'ưng', 'ưt', 'ưc',
  'ươi', 'ươu', 'ươm', 'ươn', 'ương', 'ươp', 'ươt', 'ươc',
  // medial o
  'oa', 'oai', 'oay', 'oao', 'oam', 'oan', 'oang', 'oanh', 'oap', 'oat', 'oac', 'oach',
  'oăm', 'oăn', 'oăng', 'oăt', 'oăc',
  'oe', 'oeo', 'oen', 'oet',
  // medial u
  'uê', 'uênh', 'uêch', 'uây', 'uân', 'uâng', 'uât',
  'uy', 'uya', 'uyu', 'uynh', 'uych', 'uyt', 'uyên', 'uyêt', 'uơ',
  // final k of Central Highlands names, written as said: Đắk Lắk, Krông Búk, Đắk Mil
  'ăk', 'ak', 'ok', 'ôk', 'ơk', 'uk',
];

/**
 * Rhymes after the onset `qu`, whose `u` is the medial: `qua`, `quân`, `quyết`, `quốc`.
 * The `y` forms (`quy`, `quýt`, `quỳnh`, `quyên`) are only spelt this way after `qu`.
 */
export const QU_RHYMES: readonly string[] = [
  ...RHYMES.filter((r) => !/^[ouư]/.test(r) && !r.startsWith('y') && !r.startsWith('i')),
  'ôc', 'i', 'y', 'yu', 'ynh', 'ych', 'yt', 'yên', 'yêt',
];

/** Onsets written only before a front vowel (`i e ê`, and `y` for `k`): `ki`, `ghế`, `nghiêng`. */
export const FRONT_ONLY_ONSETS: ReadonlySet<string> = new Set(['k', 'gh', 'ngh']);
/** Onsets never written before a front vowel: their spelling there is `k`, `gh`, `ngh`. */
export const NOT_FRONT_ONSETS: ReadonlySet<string> = new Set(['c', 'ng']);
/** The front vowels that decide between `c`/`k`, `g`/`gh`, `ng`/`ngh`. */
export const FRONT_VOWELS: ReadonlySet<string> = new Set(['i', 'e', 'ê', 'y']);

/** Final consonants that stop the syllable: such a rhyme takes only the sắc or nặng tone. */
export const STOP_CODAS: readonly string[] = ['ch', 'p', 't', 'c', 'k'];

/** The five tone marks as combining characters (the sixth tone, ngang, has none). */
export const TONE_MARKS = {
  huyen: '\u0300', // grave: à
  sac: '\u0301', // acute: á
  nga: '\u0303', // tilde: ã
  hoi: '\u0309', // hook above: ả
  nang: '\u0323', // dot below: ạ
} as const;

/** Tones a rhyme ending in a stop can carry. */
export const STOP_TONES: ReadonlySet<string> = new Set([TONE_MARKS.sac, TONE_MARKS.nang]);

/** The vowel letters, toneless: the twelve of the alphabet. */
export const VOWELS: ReadonlySet<string> = new Set(['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']);
/** Vowels with a quality mark: when a rhyme has one, the tone goes on it (on `ơ` in `ươ`). */
export const MARKED_VOWELS: ReadonlySet<string> = new Set(['ă', 'â', 'ê', 'ô', 'ơ', 'ư']);
/**
 * Open rhymes whose tone may sit on either vowel: `hòa`/`hoà`, `khỏe`/`khoẻ`, `thủy`/`thuỷ`.
 * Both placements are in use; see `src/vi/tone-placement.ts` for choosing one.
 */
export const EITHER_TONE_RHYMES: ReadonlySet<string> = new Set(['oa', 'oe', 'uy']);
