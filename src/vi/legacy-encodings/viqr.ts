/**
 * VIQR (VIetnamese Quoted-Readable, RFC 1456, 1993): Vietnamese in 7-bit ASCII, each mark typed
 * after its vowel: `Vie^.t Nam`, `ddu+o+`ng`, `DDa(k Lo+'k`.
 *
 * Order after a vowel: the quality mark, then the tone (`a^'` = ấ). `dd`/`DD` is đ/Đ.
 * A backslash before a mark character keeps it literal (`Ha\.` is `Ha.`); between two d's it keeps
 * them from pairing (`d\d` is `dd`, `D\DD` is `DĐ`).
 */

/** Quality marks: the character, the combining mark it stands for, the vowels it may follow. */
export const VIQR_QUALITY: ReadonlyArray<readonly [string, string, string]> = [
  ['(', '\u0306', 'a'], // breve: ă
  ['^', '\u0302', 'aeo'], // circumflex: â ê ô
  ['+', '\u031b', 'ou'], // horn: ơ ư
];

/** Tone marks: the character and the combining mark it stands for. Any vowel takes them. */
export const VIQR_TONES: ReadonlyArray<readonly [string, string]> = [
  ["'", '\u0301'], // sắc
  ['`', '\u0300'], // huyền
  ['?', '\u0309'], // hỏi
  ['~', '\u0303'], // ngã
  ['.', '\u0323'], // nặng
];

/** The letters marks may follow. */
export const VIQR_VOWELS = 'aeiouyAEIOUY';
/** The escape character (RFC 1456 §3: "\" before a mark character makes it literal). */
export const VIQR_ESCAPE = '\\';
/** `dd` and `DD` (and the mixed `Dd`) are the barred d. */
export const VIQR_D_BAR: ReadonlyArray<readonly [string, string]> = [
  ['dd', 'đ'],
  ['DD', 'Đ'],
  ['Dd', 'Đ'],
];
