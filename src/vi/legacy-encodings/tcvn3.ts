/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts `.VnTime`, `.VnArial`, …): which byte is which
 * Vietnamese letter.
 *
 * Sources: TCVN 5712:1993, table VN3 (the 8-bit set of the ABC font package: 67 lower-case
 * letters, the 7 toneless capitals `Ă Â Ê Ô Ơ Ư Đ`, ASCII unchanged); the same byte values are
 * used by Unikey's converter (vnconv, charset "TCVN3") and by glibc/iconv-lite `TCVN5712-1`, whose
 * VN1 table is a superset of VN3 at these 74 positions (checked by tests/legacy/tables.test.ts).
 *
 * Why not iconv-lite's `tcvn` for this text: that table is VN1, a code page. TCVN3 text on the web
 * is windows-1252 text drawn with a font; VN1 reads the windows-1252 punctuation of such text as
 * capitals (`“` 0x93 → `Ỏ`, `…` 0x85 → `Ặ`, `–` 0x96 → `Ọ`) and `°±²³´` (0xB0–0xB4) as combining
 * marks. Here every byte not listed keeps its windows-1252 meaning, as the fonts drew it.
 *
 * Capitals with a tone (`Ấ`, `Ủ`) do not exist in VN3: writers switched to the capital font of the
 * family (`.VnTimeH`), which draws the lower-case positions as capitals. See `fonts.ts`.
 */

/** `[byte, letter]` for every letter of VN3 outside ASCII. */
export const TCVN3_LETTERS: ReadonlyArray<readonly [number, string]> = [
  // The toneless capitals and lower-case letters with a quality mark.
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  // Each vowel with huyền, hỏi, ngã, sắc, nặng (the order of the standard).
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];
