/**
 * The legacy stage end to end (src/decode/read-legacy-text.ts, and through parseArticle):
 * what is converted, what is not, what the record says, and the options.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/decode/decode-input.js';
import { readLegacyText } from '../../src/decode/read-legacy-text.js';
import { parseArticle, parseDocument } from '../../src/index.js';
import { resolveOptions, type ParseOptions } from '../../src/options.js';
import { cp1252Bytes, cp1258Bytes, tcvn3Html, viqr, visciiBytes, vni } from './helpers/encoders.js';

const TITLE = 'Khối thi đua Mặt trận tổ chức Hội nghị sơ kết công tác thi đua, khen thưởng năm 2021';
const BODY = [
  'Ngày 16/6/2021, Khối thi đua Mặt trận và Đoàn thể tỉnh tổ chức Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2021.',
  'Ủy ban Mặt trận Tổ quốc Việt Nam, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh, Tỉnh đoàn, Liên đoàn Lao động đã ký kết giao ước thi đua.',
  'Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ, thống nhất các giải pháp trọng tâm trong thời gian tới.',
];

/** A string in, through decoding and the legacy stage. */
function stage(input: string | Uint8Array, format: 'html' | 'text', options: ParseOptions = {}): { text: string; encoding: string; warnings: string[] } {
  const resolved = resolveOptions(options);
  return readLegacyText(decodeInput(input, resolved), format, resolved);
}

function page(body: string, head = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'): string {
  return `<html><head>${head}<title>Trang</title></head><body><table><tr><td>${body}</td></tr></table></body></html>`;
}

const tcvn3Body = (font = '.VnTime'): string =>
  `<p><b><font face="${font}">${tcvn3Html(TITLE)}</font></b></p>` + BODY.map((p) => `<p><font face="${font}">${tcvn3Html(p)}</font></p>`).join('');

describe('font-encoded pages', () => {
  it('converts the runs in .VnTime and names TCVN3', () => {
    const record = parseArticle(cp1252Bytes(page(tcvn3Body())));
    expect(record.source.encoding).toBe('tcvn3');
    expect(record.body.text).toContain(BODY[1]);
    expect(record.warnings).toEqual([]);
  });

  it('converts VNI-Times runs, with or without a charset', () => {
    const body = BODY.map((p) => `<p><span style="font-family:'VNI-Times'">${vni(p, true)}</span></p>`).join('');
    for (const head of ['', '<meta charset="windows-1252">']) {
      const out = stage(cp1252Bytes(page(body, head)), 'html');
      expect(out.encoding).toBe('vni');
      expect(out.text).toContain(BODY[0]);
    }
  });

  it('draws .VnTimeH runs as capitals', () => {
    const out = stage(page('<p><font face=".VnTimeH">tin tøc - sù kiÖn</font> <font face=".VnTime">Hµ Néi</font></p>'), 'html');
    expect(out.text).toContain('TIN TỨC - SỰ KIỆN');
    expect(out.text).toContain('Hà Nội');
  });

  it('converts only text: tag names, attributes, comments and scripts stay as written', () => {
    const html = page(
      `<!-- Kh«ng --><script>var s = "Kh«ng";</script><p class="Kh«ng"><font face=".VnTime" title="Kh«ng">Kh«ng c¸c ®¬n vÞ</font><img alt="Kh«ng"></p>` +
        tcvn3Body(),
    );
    const out = stage(html, 'html');
    expect(out.text).toContain('<!-- Kh«ng --><script>var s = "Kh«ng";</script><p class="Kh«ng"><font face=".VnTime" title="Kh«ng">Không các đơn vị</font><img alt="Kh«ng">');
  });

  it('reads byte references in a legacy run as the bytes they stand for', () => {
    const out = stage(page(`<p><font face=".VnTime">Kh&laquo;ng Kh&#171;ng &amp; &lt;c&gt;</font></p>${tcvn3Body()}`), 'html');
    expect(out.text).toContain('Không Không &amp; &lt;c&gt;');
  });

  it('mixes a TCVN3 body with a Unicode menu: converts the body only, says "mixed", warns', () => {
    const html = `<html><head><meta charset="utf-8"><title>Trang</title></head><body><div class="menu">Trang chủ | Tin tức | Liên hệ</div>${tcvn3Body()}</body></html>`;
    const out = stage(new TextEncoder().encode(html), 'html');
    expect(out.encoding).toBe('mixed');
    expect(out.warnings.join(' ')).toMatch(/mixes TCVN3 text \(converted to Unicode\) with Unicode text/);
    expect(out.text).toContain('Trang chủ | Tin tức | Liên hệ');
    expect(out.text).toContain(BODY[2]);
    const record = parseArticle(new TextEncoder().encode(html));
    expect(record.source.encoding).toBe('mixed');
    expect(record.warnings.join(' ')).toMatch(/mixes TCVN3/);
  });

  it('reads the TCVN3 runs of a windows-1258 page through their bytes and leaves its own Vietnamese alone', () => {
    // A Word export: the body in `.VnTime` spans (windows-1252 bytes), the page's menu in windows-1258.
    const menu = '<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1258"><title>Tin tức</title></head><body><div>Trang chủ | Liên hệ</div>';
    const spans = BODY.slice(2).map((p) => `<p class=MsoNormal><span style='font-size:13.0pt;font-family:".VnTime"'>${tcvn3Html(p)}</span></p>`).join('');
    const bytes = Buffer.concat([cp1258Bytes(menu), cp1252Bytes(spans), cp1258Bytes('</body></html>')]);
    const out = stage(bytes, 'html');
    expect(out.encoding).toBe('mixed');
    expect(out.text.normalize('NFC')).toContain('<title>Tin tức</title></head><body><div>Trang chủ | Liên hệ</div>');
    expect(out.text).toContain(BODY[2]);
  });

  it('leaves a Unicode page whose style sheet still names .VnTime alone', () => {
    const html = `<html><head><meta charset="utf-8"><style>body { font-family: .VnTime }</style></head><body>${BODY.map((p) => `<p>${p}</p>`).join('')}<p>Tôi là ai, Thanh Hoá, café</p></body></html>`;
    const out = stage(new TextEncoder().encode(html), 'html');
    expect(out.text).toBe(html);
    expect(out.encoding).toBe('utf-8');
  });

  it('leaves a run in another family inside a legacy page alone', () => {
    const out = stage(page(`${tcvn3Body()}<p><font face="Times New Roman">Km 284 ÷ Km 290, «quote»</font></p>`), 'html');
    expect(out.text).toContain('Km 284 ÷ Km 290, «quote»');
  });

  it('finds TCVN3 without any font name when the content is clearly TCVN3', () => {
    const html = page(`<p><b>${tcvn3Html(TITLE.toLowerCase())}</b></p>${BODY.map((p) => `<p>${tcvn3Html(p.replace('Ủ', 'ủ'))}</p>`).join('')}`);
    const out = stage(cp1252Bytes(html), 'html');
    expect(out.encoding).toBe('tcvn3');
    expect(out.text).toContain(BODY[2]);
  });
});

describe('plain text', () => {
  it('converts VIQR, line by line, only when clearly VIQR', () => {
    const text = [TITLE, '', ...BODY].join('\n');
    const out = stage(viqr(text), 'text');
    expect(out.encoding).toBe('viqr');
    expect(out.text).toBe(text);
  });

  it('converts VNI text (windows-1252 bytes)', () => {
    const text = BODY.join('\n\n');
    const out = stage(cp1252Bytes(vni(text, false)), 'text');
    expect(out.encoding).toBe('vni');
    expect(out.text).toBe(text);
  });

  it('converts TCVN3 text decoded as windows-1258 (the undeclared fallback)', () => {
    const text = BODY.map((p) => p.replace('Ủ', 'ủ')).join('\n');
    const out = stage(cp1252Bytes(tcvn3Html(text)), 'text');
    expect(out.encoding).toBe('tcvn3');
    expect(out.text).toBe(text);
  });

  it('finds VISCII and windows-1258 by content', () => {
    const text = BODY.join('\n');
    expect(stage(visciiBytes(text), 'text')).toMatchObject({ encoding: 'viscii' });
    expect(stage(cp1258Bytes(text), 'text').text.normalize('NFC')).toBe(text);
  });

  it('does not take ASCII Vietnamese, English or French for a legacy encoding', () => {
    for (const text of [
      'Hoi nghi so ket cong tac thi dua. Cac don vi da ky ket giao uoc thi dua nam nay. Ha Noi la thu do.',
      "What's new? Let's go (a) to the park. C++ and a+b, x^2, e~f are code. I'd say: yes. Do you? Me too.",
      'Où est la gare ? À côté de l’église, près du café. Ça va très bien, merci. Déjà vu, naïve, où, où, où.',
    ]) {
      const out = stage(new TextEncoder().encode(text), 'text');
      expect(out.text).toBe(text);
      expect(out.encoding).toBe('utf-8');
    }
  });
});

describe('options', () => {
  it('legacyText: keep leaves legacy text as decoded', () => {
    const bytes = cp1252Bytes(page(tcvn3Body()));
    const out = stage(bytes, 'html', { legacyText: 'keep' });
    expect(out.text).toContain(tcvn3Html(BODY[2]!));
    expect(out.text).not.toContain(BODY[2]);
    expect(out.encoding).toBe('windows-1252');
    expect(parseArticle(bytes, { legacyText: 'keep' }).source.encoding).toBe('windows-1252');
  });

  it('encoding forces a legacy text encoding, for strings and bytes', () => {
    expect(stage('Kh«ng biÕt', 'text', { encoding: 'tcvn3' })).toMatchObject({ text: 'Không biết', encoding: 'tcvn3' });
    expect(stage('Kho^ng bie^\'t', 'text', { encoding: 'viqr' })).toMatchObject({ text: 'Không biết', encoding: 'viqr' });
    expect(stage(cp1252Bytes('Khoâng bieát'), 'text', { encoding: 'VNI' })).toMatchObject({ text: 'Không biết', encoding: 'vni' });
  });

  it('toneStyle: modern puts the tone of oa, oe, uy on the first vowel, in text only', () => {
    expect(stage('Thanh Hoá, thuỷ lợi, khoẻ, quý', 'text', { toneStyle: 'modern' }).text).toBe('Thanh Hóa, thủy lợi, khỏe, quý');
    expect(stage('<p title="Hoá">Hoá</p><p>Thuỷ</p><p>x</p>', 'html', { toneStyle: 'modern' }).text).toBe('<p title="Hoá">Hóa</p><p>Thủy</p><p>x</p>');
    expect(stage('Thanh Hoá', 'text').text).toBe('Thanh Hoá');
    expect(parseArticle('Thanh Hoá là một tỉnh. Thuỷ lợi của tỉnh được quan tâm đầu tư trong nhiều năm qua.', { toneStyle: 'modern' }).body.text).toContain('Thủy lợi');
  });

  it.each([
    [{ legacyText: 'yes' }],
    [{ legacyText: true }],
    [{ toneStyle: 'old' }],
    [{ toneStyle: null as unknown as string, legacyText: 1 }],
  ])('rejects %j with a TypeError', (bad) => {
    expect(() => parseArticle('Hà Nội', bad as ParseOptions)).toThrow(TypeError);
  });

  it('accepts the defaults explicitly', () => {
    expect(() => parseArticle('Hà Nội', { legacyText: 'convert', toneStyle: 'keep' })).not.toThrow();
    expect(parseDocument('Hà Nội', { legacyText: undefined }).encoding).toBe('utf-8');
  });
});

describe('windows-1252 pages keep their typographic characters', () => {
  it('decodes 0x93/0x94/0x96/0x85 as “ ” – …, not as control characters the record would drop', () => {
    const html = page('<p>Phong trao “Thi dua” – ket qua…</p>', '<meta charset="windows-1252">');
    const decoded = decodeInput(iconv.encode(html, 'windows-1252'), resolveOptions({}));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('Phong trao “Thi dua” – ket qua…');
  });
});
