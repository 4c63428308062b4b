/**
 * The mapping tables, one by one: TCVN3 and VNI (src/vi/legacy-encodings, ours), VIQR (RFC 1456),
 * and the code pages taken from libraries (iconv-lite VISCII, TextDecoder windows-1258), against
 * independent sources where there is one and against the full inventory of Vietnamese letters.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { byteViewFor } from '../../src/decode/legacy/byte-view.js';
import { decodeTcvn3 } from '../../src/decode/legacy/tcvn3.js';
import { decodeViqr } from '../../src/decode/legacy/viqr.js';
import { decodeVni } from '../../src/decode/legacy/vni.js';
import { decodeWindows1252, windows1252Char } from '../../src/decode/windows-1252.js';
import { TCVN3_LETTERS } from '../../src/vi/legacy-encodings/tcvn3.js';
import { VNI_MARKS, VNI_SINGLE_LETTERS } from '../../src/vi/legacy-encodings/vni.js';
import { byteChar, cp1258Bytes, tcvn3Html, viqr, vni } from './helpers/encoders.js';

/** The 134 letters of Vietnamese outside ASCII: 12 vowels × 6 tones less the 6 plain ASCII ones, and đ; both cases. */
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const LOWER = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))).filter((c) => c.charCodeAt(0) >= 0x80), 'đ'];
const LETTERS = [...LOWER, ...LOWER.map((c) => c.toUpperCase())];
const unicodeView = byteViewFor('utf-8')!;

describe('the letter inventory', () => {
  it('has 67 lower-case and 67 capital letters', () => {
    expect(new Set(LOWER).size).toBe(67);
    expect(new Set(LETTERS).size).toBe(134);
  });
});

describe('TCVN3 (VN3) table', () => {
  const letters = TCVN3_LETTERS.map(([, l]) => l);

  it('has the 67 lower-case letters and the 7 toneless capitals, each at one byte', () => {
    expect(TCVN3_LETTERS).toHaveLength(74);
    expect(new Set(TCVN3_LETTERS.map(([b]) => b)).size).toBe(74);
    expect(new Set(letters)).toEqual(new Set([...LOWER, 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']));
    for (const [b] of TCVN3_LETTERS) expect(b).toBeGreaterThanOrEqual(0xa1);
  });

  it('agrees with TCVN 5712 VN1 (glibc/iconv-lite `tcvn`) at every VN3 position', () => {
    for (const [byte, letter] of TCVN3_LETTERS) expect(iconv.decode(Buffer.of(byte), 'tcvn').normalize('NFC')).toBe(letter);
  });

  it('keeps the windows-1252 meaning of the bytes VN3 leaves free, where VN1 has capitals and marks', () => {
    const free = [0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0xb0, 0xb1, 0xb2, 0xb3, 0xb4];
    const text = free.map(windows1252Char).join('');
    expect(decodeTcvn3(text, unicodeView)).toBe(text.normalize('NFC'));
    expect(text).toBe('…‘’“”–—°±²³´');
    // VN1 reads the same bytes as letters and combining marks: not how .VnTime text was drawn.
    expect(iconv.decode(Buffer.from(free), 'tcvn')).not.toBe(text);
  });

  it('reads the examples everyone knows', () => {
    expect(decodeTcvn3('Kh«ng', unicodeView)).toBe('Không');
    expect(decodeTcvn3('Hµ Néi, ViÖt Nam', unicodeView)).toBe('Hà Nội, Việt Nam');
    expect(decodeTcvn3('§¶ng Céng s¶n ViÖt Nam', unicodeView)).toBe('Đảng Cộng sản Việt Nam');
    expect(decodeTcvn3('tin tøc', unicodeView, true)).toBe('TIN TỨC');
  });

  it('reads windows-1258-decoded bytes back as the same letters', () => {
    const bytes = Uint8Array.from([0x4b, 0x68, 0xab, 0x6e, 0x67, 0x20, 0xa7, 0xb5]); // Kh«ng §µ
    const cp1258 = new TextDecoder('windows-1258').decode(bytes);
    expect(decodeTcvn3(cp1258, byteViewFor('windows-1258')!)).toBe('Không Đà');
  });

  it('round-trips every letter through the test encoder (capitals with a tone through .VnTimeH)', () => {
    for (const c of LETTERS) {
      const html = tcvn3Html(c);
      const caps = /^<font face="\.VnTimeH">(.)<\/font>$/.exec(html);
      const back = caps ? decodeTcvn3(caps[1]!, unicodeView, true) : decodeTcvn3(html, unicodeView);
      expect(back, c).toBe(c);
    }
  });
});

describe('VNI Windows table', () => {
  it('has 18 one-byte letters and 17 marks, with capital marks 0x20 below', () => {
    expect(VNI_SINGLE_LETTERS).toHaveLength(18);
    expect(VNI_MARKS).toHaveLength(17);
    for (const m of VNI_MARKS) expect(m.lower - m.upper).toBe(0x20);
    const bytes = [...VNI_SINGLE_LETTERS.map(([b]) => b), ...VNI_MARKS.flatMap((m) => [m.lower, m.upper])];
    expect(new Set(bytes).size).toBe(bytes.length);
  });

  it('reads the examples everyone knows', () => {
    expect(decodeVni('Khoâng', unicodeView)).toBe('Không');
    expect(decodeVni('Vieät Nam', unicodeView)).toBe('Việt Nam');
    expect(decodeVni('Thaønh phoá Hoà Chí Minh', unicodeView)).toBe('Thành phố Hồ Chí Minh');
    expect(decodeVni('Ñaø Naüng, nöôùc, Ñöôøng, ÔÛ', unicodeView)).toBe('Đà Nẵng, nước, Đường, Ở');
    expect(decodeVni('VIEÄT NAM, QUYEÁT ÑÒNH', unicodeView)).toBe('VIỆT NAM, QUYẾT ĐỊNH');
  });

  it('leaves a mark byte after a consonant alone', () => {
    expect(decodeVni('café ñ', unicodeView)).toBe('café đ');
    expect(decodeVni('bù', unicodeView)).toBe('bù');
  });

  it('round-trips every letter through the test encoder', () => {
    for (const c of LETTERS) expect(decodeVni(vni(c, false), unicodeView), c).toBe(c);
  });
});

describe('VIQR (RFC 1456)', () => {
  it('reads the RFC examples', () => {
    expect(decodeViqr('Vie^.t Nam')).toBe('Việt Nam');
    expect(decodeViqr('DDa?ng Co^.ng sa?n')).toBe('Đảng Cộng sản');
    expect(decodeViqr('ddu+o+`ng, thu+o+?ng, Sa`i Go`n')).toBe('đường, thưởng, Sài Gòn');
    expect(decodeViqr('na(m, ta(\'ng, QUYE^\'T DDI.NH')).toBe('năm, tắng, QUYẾT ĐỊNH');
  });

  it('honours the escape and the sentence punctuation', () => {
    expect(decodeViqr('Ha\\. d\\d D\\DD')).toBe('Ha. dd DĐ');
    expect(decodeViqr('to^i. Ha` No^.i?')).toBe('tôi. Hà Nội?');
    expect(decodeViqr('ha.')).toBe('hạ');
  });

  it('round-trips every letter, and text with marks as punctuation, through the test encoder', () => {
    for (const c of LETTERS) expect(decodeViqr(viqr(c)), c).toBe(c);
    for (const s of ['Hà Nội. Sao?', "O'Neil (a)", 'Buddha và đĐ', 'C:\\tin\\. a+b', 'ơ^ ư+ ă(']) expect(decodeViqr(viqr(s))).toBe(s);
  });
});

describe('VISCII (iconv-lite, RFC 1456)', () => {
  it('holds all 134 letters, each at its own byte', () => {
    const bytes = LETTERS.map((c) => iconv.encode(c, 'viscii'));
    for (const [i, b] of bytes.entries()) {
      expect(b.length).toBe(1);
      expect(iconv.decode(b, 'viscii'), LETTERS[i]).toBe(LETTERS[i]);
    }
    expect(new Set(bytes.map((b) => b[0])).size).toBe(134);
  });

  it('puts letters where RFC 1456 does', () => {
    const spots: [number, string][] = [
      [0x02, 'Ẳ'], [0x05, 'Ẵ'], [0x06, 'Ẫ'], [0x14, 'Ỷ'], [0x19, 'Ỹ'], [0x1e, 'Ỵ'],
      [0x80, 'Ạ'], [0xa0, 'Õ'], [0xb4, 'Ơ'], [0xbd, 'ơ'], [0xbf, 'Ư'], [0xd0, 'Đ'], [0xd5, 'ạ'], [0xdf, 'ư'], [0xf0, 'đ'],
    ];
    for (const [byte, letter] of spots) expect(iconv.decode(Buffer.of(byte), 'viscii')).toBe(letter);
  });
});

describe('windows-1258 (TextDecoder)', () => {
  it('decodes tones as combining marks that compose to every letter', () => {
    for (const c of LETTERS) expect(new TextDecoder('windows-1258').decode(cp1258Bytes(c)).normalize('NFC'), c).toBe(c);
  });
});

describe('windows-1252 (repaired TextDecoder)', () => {
  it('gives the standard characters for 0x80–0x9F and C1 controls for the undefined five', () => {
    expect(decodeWindows1252(Uint8Array.of(0x80, 0x85, 0x93, 0x94, 0x96, 0x9f))).toBe('€…“”–Ÿ');
    expect(decodeWindows1252(Uint8Array.of(0x81, 0x8d, 0x8f, 0x90, 0x9d))).toBe('\u0081\u008d\u008f\u0090\u009d');
    expect(byteChar(0xab)).toBe('«');
  });
});
