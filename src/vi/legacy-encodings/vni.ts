/**
 * VNI for Windows (the `VNI-Times`, `VNI-Helve`, … fonts): Vietnamese letters written as an ASCII
 * vowel followed by a mark byte, plus a few letters of one byte.
 *
 * Sources: the VNI Windows keyboard/font layout (VNI Software), as implemented in Unikey's
 * converter (vnconv, charset "VNI-WIN") and documented by the VietUnicode project
 * (vietunicode.sourceforge.net/charset). Bytes are given as windows-1252 code points, which is
 * how a reader without the font sees them: `Không` is `Khoâng`, `Việt` is `Vieät`.
 *
 * Each mark byte has a lower-case form (after a lower-case vowel) and a capital form 0x20 lower
 * (after a capital): `aù` = á, `AÙ` = Á.
 */

/** `[byte, letter]`: letters VNI writes as one byte. */
export const VNI_SINGLE_LETTERS: ReadonlyArray<readonly [number, string]> = [
  [0xd1, 'Đ'], [0xf1, 'đ'],
  [0xd4, 'Ơ'], [0xf4, 'ơ'],
  [0xd6, 'Ư'], [0xf6, 'ư'],
  // i and ỵ with a tone have their own byte.
  [0xcd, 'Í'], [0xed, 'í'],
  [0xcc, 'Ì'], [0xec, 'ì'],
  [0xc6, 'Ỉ'], [0xe6, 'ỉ'],
  [0xd3, 'Ĩ'], [0xf3, 'ĩ'],
  [0xd2, 'Ị'], [0xf2, 'ị'],
  [0xce, 'Ỵ'], [0xee, 'ỵ'],
];

/** What a mark byte adds to the vowel before it. */
export interface VniMark {
  /** The byte after a lower-case vowel. */
  readonly lower: number;
  /** The byte after a capital. */
  readonly upper: number;
  /** The combining marks it stands for: a quality mark (circumflex or breve) and/or a tone. */
  readonly marks: string;
  /** The base vowels it may follow, lower case. */
  readonly bases: string;
}

const TONE_BASES = 'aeouyơư';

export const VNI_MARKS: readonly VniMark[] = [
  // Tone alone.
  { lower: 0xf9, upper: 0xd9, marks: '\u0301', bases: TONE_BASES }, // ù: sắc
  { lower: 0xf8, upper: 0xd8, marks: '\u0300', bases: TONE_BASES }, // ø: huyền
  { lower: 0xfb, upper: 0xdb, marks: '\u0309', bases: TONE_BASES }, // û: hỏi
  { lower: 0xf5, upper: 0xd5, marks: '\u0303', bases: TONE_BASES }, // õ: ngã
  { lower: 0xef, upper: 0xcf, marks: '\u0323', bases: TONE_BASES }, // ï: nặng
  // Circumflex (â ê ô), alone and with each tone.
  { lower: 0xe2, upper: 0xc2, marks: '\u0302', bases: 'aeo' }, // â
  { lower: 0xe1, upper: 0xc1, marks: '\u0302\u0301', bases: 'aeo' }, // á: ấ
  { lower: 0xe0, upper: 0xc0, marks: '\u0302\u0300', bases: 'aeo' }, // à: ầ
  { lower: 0xe5, upper: 0xc5, marks: '\u0302\u0309', bases: 'aeo' }, // å: ẩ
  { lower: 0xe3, upper: 0xc3, marks: '\u0302\u0303', bases: 'aeo' }, // ã: ẫ
  { lower: 0xe4, upper: 0xc4, marks: '\u0302\u0323', bases: 'aeo' }, // ä: ậ
  // Breve (ă), alone and with each tone.
  { lower: 0xea, upper: 0xca, marks: '\u0306', bases: 'a' }, // ê: ă
  { lower: 0xe9, upper: 0xc9, marks: '\u0306\u0301', bases: 'a' }, // é: ắ
  { lower: 0xe8, upper: 0xc8, marks: '\u0306\u0300', bases: 'a' }, // è: ằ
  { lower: 0xfa, upper: 0xda, marks: '\u0306\u0309', bases: 'a' }, // ú: ẳ
  { lower: 0xfc, upper: 0xdc, marks: '\u0306\u0303', bases: 'a' }, // ü: ẵ
  { lower: 0xeb, upper: 0xcb, marks: '\u0306\u0323', bases: 'a' }, // ë: ặ
];
