import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { canonicalEncoding, decodeBytes } from '../../src/decode/decode-bytes.js';
import { looksBinary } from '../../src/decode/is-binary.js';
import { sniffDeclaredCharset } from '../../src/decode/sniff-declared-charset.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const VIET = 'Khối thi đua Mặt trận và Đoàn thể tỉnh';
/** Tone marks, which windows-1258 writes as combining characters after the letter. */
const TONE_MARKS_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Text as windows-1258 stores it: base letters precomposed, tone marks combining. */
const cp1258 = (s: string): Buffer =>
  iconv.encode(
    [...s].map((c) => { const d = c.normalize('NFD'); return d.replace(TONE_MARKS_RE, '').normalize('NFC') + (d.match(TONE_MARKS_RE) ?? []).join(''); }).join(''),
    'windows-1258',
  );

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(VIET)]), 'utf-8', 'bom'],
    ['plain valid UTF-8', utf8(VIET), 'utf-8', 'utf8-valid'],
    ['declared UTF-8', utf8(`<meta charset="utf-8"><p>${VIET}</p>`), 'utf-8', 'declared'],
  ])('%s', (_name, bytes, encoding, via) => {
    const out = decodeBytes(bytes, null);
    expect(out.encoding).toBe(encoding);
    expect(out.via).toBe(via);
    expect(out.text.normalize('NFC')).toContain(VIET);
  });

  it('reads UTF-16LE with its BOM', () => {
    const body = Buffer.from(VIET, 'utf16le');
    const out = decodeBytes(Uint8Array.from([0xff, 0xfe, ...body]), null);
    expect(out.encoding).toBe('utf-16le');
    expect(out.text).toBe(VIET);
  });

  it('obeys a windows-1258 declaration', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body>${VIET}</body></html>`;
    const out = decodeBytes(cp1258(html), null);
    expect(out.encoding).toBe('windows-1258');
    expect(out.text.normalize('NFC')).toContain(VIET);
  });

  it('falls back to windows-1258 for undeclared non-UTF-8 bytes', () => {
    const out = decodeBytes(cp1258(VIET), null);
    expect(out.encoding).toBe('windows-1258');
    expect(out.via).toBe('fallback');
    expect(out.text.normalize('NFC')).toBe(VIET);
  });

  it('reads valid UTF-8 under a stale latin1 declaration, with a warning', () => {
    const out = decodeBytes(utf8(`<meta charset="iso-8859-1"><p>${VIET}</p>`), null);
    expect(out.encoding).toBe('utf-8');
    expect(out.warnings.join(' ')).toMatch(/valid UTF-8/);
  });

  it('honours a forced encoding and rejects an unknown one', () => {
    expect(decodeBytes(cp1258(VIET), 'cp1258').encoding).toBe('windows-1258');
    expect(() => decodeBytes(utf8('x'), 'no-such-encoding')).toThrow(TypeError);
  });
});

describe('canonicalEncoding', () => {
  it.each([
    ['UTF8', 'utf-8'],
    ['cp1258', 'windows-1258'],
    ['latin1', 'windows-1252'],
    ['viscii', 'viscii'],
    ['x-unknown', null],
  ])('%s → %s', (label, expected) => {
    expect(canonicalEncoding(label)).toBe(expected);
  });
});

describe('sniffDeclaredCharset', () => {
  it.each([
    ['<meta charset="UTF-8">', 'utf-8'],
    ["<meta http-equiv='Content-Type' content='text/html; charset=windows-1258'>", 'windows-1258'],
    ['<?xml version="1.0" encoding="ISO-8859-1"?><html>', 'iso-8859-1'],
    ['<p>no declaration</p>', null],
  ])('%s', (head, expected) => {
    expect(sniffDeclaredCharset(utf8(head))).toBe(expected);
  });

  it('is linear on hostile input', () => {
    expect(sniffDeclaredCharset(utf8('<meta '.repeat(100_000)))).toBeNull();
    expect(sniffDeclaredCharset(utf8('<meta charset=' + ' '.repeat(100_000)))).toBeNull();
  });
});

describe('looksBinary', () => {
  it.each([
    ['text', utf8(VIET), false],
    ['NUL bytes', Uint8Array.from([0x47, 0x49, 0x46, 0x00, 0x01]), true],
    ['many control bytes', Uint8Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)), true],
    ['empty', new Uint8Array(), false],
  ])('%s', (_name, bytes, expected) => {
    expect(looksBinary(bytes)).toBe(expected);
  });
});
