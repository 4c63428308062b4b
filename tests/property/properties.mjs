/**
 * The hostile-input properties, shared by the property tests (tests/property/*.test.ts, run on
 * src/ by vitest, 10,000 cases each by default) and by `npm run fuzz` (scripts/fuzz.mjs, run on
 * the built dist/ for a million cases). Plain JavaScript so that both can load it.
 *
 * The contract under test: `parseArticle(input, options)` returns a record that passes
 * `ArticleRecordSchema` and whose strings are plain text, or throws `VnNewsParseError` with an
 * input code (`EMPTY_INPUT`, `NOT_TEXT`, `INPUT_TOO_LARGE`). Anything else is a failure:
 * another exception, `INVALID_RECORD` (the library's own bug), or a string with markup, a
 * control character or a non-NFC sequence.
 *
 * Input sizes are chosen so that 10,000 cases of every property run in well under a minute on
 * one core: strings and bytes up to a few KB, HTML trees up to ~100 KB (deep nesting up to
 * 12,000 levels, past the 512-level cap, attributes up to 32 KB), corpus pages cut to windows of at most 48 KB.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** Words and phrases the extractors look for, so that random text reaches them. */
export const WORDS = [
  'Khối thi đua', 'Cụm thi đua', 'gồm', 'gồm các đơn vị', 'các đơn vị', 'Ủy ban nhân dân', 'UBND', 'tỉnh', 'huyện', 'xã',
  'Ninh Thuận', 'Hồ Chí Minh', 'Đắk Nông', 'Đắk R’lấp', 'Krông Nô', 'Hà Nội', 'ngày', 'ngày ngày', 'tháng', 'năm', '2021',
  '16/6/2021', '05.08.2019', '22/12/2020', '2.8', 'số', 'số 1/', 'Số:', 'Kế hoạch số 4614/KH-UBND ngày 22/12/2020 của UBND tỉnh',
  'Quyết định', 'Nghị định 91/2017/NĐ-CP', 'Chỉ thị 03-CT/TW', 'NĐ- CP', 'của', 'về', 'Bằng khen', 'Cờ thi đua',
  'Huân chương Lao động hạng Ba', 'Chiến sĩ thi đua', 'Thủ tướng Chính phủ', 'Chủ tịch UBND tỉnh', 'phong trào',
  '“Thi đua yêu nước”', 'cuộc vận động', 'đợt thi đua', 'cá nhân', 'tập thể', 'Sáng ngày 2.8', 'thứ hai', 'thứ 2',
  'lúc 10:53', '10 giờ 30', 'Tin, ảnh:', 'Nguyễn Văn A', 'Trần Thị B', '(Ban TĐKT)', 'Ảnh:', 'Description: D:\\anh\\a.jpg',
  'Hội nghị', 'sơ kết', 'tổng kết', 'năm học 2020-2021', 'nhiệm kỳ 2020 – 2025', 'Thi đua Khen thưởng', 'Tin tức',
  'BÌNH LUẬN', 'Liên kết website', 'Trang chủ', 'Cập nhật lúc', '(05.08.2019 16:32)', 'thứ hai, 05 08 2019 10:53',
  'và', 'hoặc', 'cùng', 'danh hiệu', '30 cá nhân', '12 tập thể', 'TP.HCM', 'cá nhân.Ngày 12/12', 'The', 'news', 'article',
  // Legacy text the converter looks for: VIQR, and TCVN3 / VNI bytes as read in windows-1252.
  'Vie^.t Nam', "Tie^'ng Vie^.t", 'Ho^.i nghi.', 'Khèi thi ®ua', '§¹i héi', 'Uûy ban nhaân daân', 'hoá', 'khoẻ', 'thuỷ',
];

/** Separators and punctuation, including runs the regexes must survive. */
export const PUNCT = [
  ' ', ' ', ' ', '  ', '\n', '\n', '\n\n', '\r\n', '\t', '.', '.', ',', ';', ':', '“', '”', '"', "'", '(', ')', '-', '–',
  '—', '/', '|', '…', '...', '!', '?', '»', '›', '\u00a0',
];

/** Characters that must never survive into the record as they are, or that stress normalisation. */
export const HOSTILE_CHARS = [
  '\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0085', '\u009f', '\u00ad',
  '\u200b', '\u200d', '\u2028', '\u2029', '\u202e', '\u2060', '\ufeff', '\ufffd', '\u0301', '\u0323', 'e\u0302\u0301',
  'A\u030a', '\u1ea1', 'Ð', 'ð', 'Ɖ', '\ud800', '\udfff', '\ud83d\ude00', '\u3000', '\u205f',
];

/** Entities that decode to ordinary text (never to `<`): legacy forms without `;` included. */
export const SAFE_ENTITIES = [
  '&nbsp;', '&nbsp', '&amp;', '&amp', '&quot;', '&#273;', '&#x110;', '&#X111;', '&agrave;', '&ecirc;', '&hellip;',
  '&ldquo;', '&rdquo;', '&#8211;', '&#xa0;', '&#0;', '&#1;', '&#x9f;', '&#x1F600;', '&#xD800;', '&#1114112;', '&bogus;',
  '&', '&#', '&#x', '&amp;lt;',
];

/** Markup fragments for token soups (not for the strict trees: they may put `<` into text). */
export const MARKUP = [
  '<p>', '</p>', '<div>', '</div>', '<br>', '<br/>', '<b>', '</b>', '<span>', '</span>', '<td>', '<table>', '<tr>',
  '<img src="a.jpg" alt="Ảnh: x">', '<a href="/x">', '</a>', '<script>', '</script>', '<style>', '</style>', '<!--', '-->',
  '<![CDATA[', ']]>', '<?xml version="1.0"?>', '<!DOCTYPE html>', '<html>', '<head>', '<body>', '<title>', '</title>',
  '<meta charset="windows-1258">', '<meta charset="utf-8">', '<h1>', '</h1>', '<o:p></o:p>', '<', '>', '</', '/>',
  '&lt;', '&gt;', '&lt;b&gt;', '<p class="Title">', '<div id="tableforprint">', '<div class="gthieu">',
];

/** Labels a page may declare or a caller may force. */
export const ENCODINGS = [
  'utf-8', 'windows-1258', 'windows-1252', 'iso-8859-1', 'viscii', 'tcvn', 'utf-16le', 'utf-16be', 'shift_jis', 'gb18030', 'koi8-r', 'latin1', 'cp1258',
];

/** Text that a script, a style or a comment holds; none of it may reach the record. */
export const SCRIPT_MARK = 'QQSCRIPTMARKQQ';
export const STYLE_MARK = 'QQSTYLEMARKQQ';
export const COMMENT_MARK = 'QQCOMMENTMARKQQ';
const MARKS = [SCRIPT_MARK, STYLE_MARK, COMMENT_MARK];

// ---------------------------------------------------------------------------------------------
// Options

/** One of `values`, or the option left out (`undefined`) `absentWeight` times in `absentWeight + 1`. */
const sometimes = (arbitrary, absentWeight) => fc.oneof({ arbitrary: fc.constant(undefined), weight: absentWeight }, { arbitrary, weight: 1 });

/** Options as a caller may pass them (valid ones: misuse is a TypeError by design, tested in api.test.ts). */
export const optionsArb = fc.record({
  format: fc.constantFrom(undefined, 'auto', 'html', 'text'),
  // The default parser mostly; parse5 in one case of eight (slower; its figures are for information).
  htmlParser: sometimes(fc.constantFrom('htmlparser2', 'parse5'), 3),
  maxBytes: sometimes(fc.oneof(fc.integer({ min: 1, max: 4096 }), fc.constant(50 * 1024 * 1024)), 6),
  url: sometimes(fc.oneof(fc.webUrl(), fc.constantFrom('', ' ', 'x', ' https://example.gov.vn/tin/123 ', 'javascript:alert(1)', 'http://a\u0000b\nc')), 3),
  referenceDate: sometimes(
    fc.oneof(
      fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }),
      fc.constantFrom('2021-06-18', '2019-08-05T10:53:00+07:00'),
    ),
    2,
  ),
  encoding: sometimes(fc.constantFrom(...ENCODINGS), 6),
  legacyText: sometimes(fc.constantFrom('convert', 'keep'), 3),
  toneStyle: sometimes(fc.constantFrom('keep', 'modern'), 3),
});

// ---------------------------------------------------------------------------------------------
// Inputs

const token = (pool) => fc.constantFrom(...pool);
const soup = (pools, maxLength) =>
  fc.array(fc.oneof(...pools.map((p) => ({ arbitrary: token(p.items), weight: p.weight }))), { maxLength, size: 'medium' }).map((a) => a.join(''));

/** A sentence of the vocabulary (8+ words, so that the text pipeline takes it for prose), with the odd hostile character. */
const sentenceArb = fc
  .array(fc.oneof({ arbitrary: token(WORDS), weight: 12 }, { arbitrary: token(PUNCT), weight: 2 }, { arbitrary: token(HOSTILE_CHARS), weight: 1 }), { minLength: 8, maxLength: 50 })
  .map((ws) => `${ws.join(' ')}.`);
const paragraphArb = fc.array(sentenceArb, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));

/** A plain-text article: section, headline, date line, byline, paragraphs, captions, in any order. */
export const articleTextArb = fc
  .tuple(
    fc.array(
      fc.oneof(
        { arbitrary: token(['Thi đua Khen thưởng', 'Tin tức - Sự kiện', 'Trang chủ | Tin tức', 'BÌNH LUẬN', 'Chia sẻ']), weight: 1 },
        { arbitrary: fc.array(token(WORDS), { minLength: 4, maxLength: 20 }).map((ws) => ws.join(' ')), weight: 2 },
        { arbitrary: token(['Thứ hai, 05/08/2019 10:53', '(05.08.2019 16:32)', 'Cập nhật lúc 08:30 ngày 18/6/2021', 'Ngày đăng: 22/12/2020', '18/7/2022']), weight: 1 },
        { arbitrary: token(['Tin, ảnh: Nguyễn Văn A', 'Trần Thị B (Ban TĐKT)', 'Nguyễn Văn A | Sở Nội vụ', 'Theo baodongnai.com.vn']), weight: 1 },
      ),
      { maxLength: 5 },
    ),
    fc.array(fc.oneof({ arbitrary: paragraphArb, weight: 6 }, { arbitrary: token(['Ảnh: Hội nghị sơ kết', 'Description: D:\\anh\\a.jpg', 'Ảnh minh họa', '(ảnh 2)']), weight: 1 }), { minLength: 1, maxLength: 12 }),
    token(['\n', '\n\n', '\r\n', '\n  ', '\n\t']),
  )
  .map(([head, body, nl]) => [...head, ...body].join(nl));

/** Random strings: code units, graphemes, and soups of Vietnamese, punctuation, markup and hostile characters. */
export const stringArb = fc.oneof(
  { arbitrary: articleTextArb, weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 2000, size: 'large' }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 1000, size: 'large' }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 2000, size: 'large' }), weight: 1 },
  {
    arbitrary: soup(
      [
        { items: WORDS, weight: 6 },
        { items: PUNCT, weight: 5 },
        { items: HOSTILE_CHARS, weight: 1 },
        { items: MARKUP, weight: 2 },
        { items: SAFE_ENTITIES, weight: 1 },
      ],
      600,
    ),
    weight: 6,
  },
  // Repetition: the shape of regex attacks (`số 1/` × n, digits, dots, quotes).
  {
    arbitrary: fc
      .tuple(fc.constantFrom('số 1/', '1', '1.', '/', '“', '”', 'ngày ', 'Khối thi đua A gồm ', ' \t', '!', '…!', 'ùng c', '<meta"a', 'thứ\t', '- '), fc.integer({ min: 1, max: 3000 }), soup([{ items: WORDS, weight: 1 }], 20))
      .map(([unit, n, tail]) => unit.repeat(n) + tail),
    weight: 2,
  },
);

/** Random bytes: anything, or text bytes with a byte-order mark, a declared charset, stray high bytes. */
export const bytesArb = fc.oneof(
  { arbitrary: fc.uint8Array({ maxLength: 4096, size: 'large' }), weight: 3 },
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom('', '\ufeff', '<meta charset="viscii">', '<?xml version="1.0" encoding="tcvn"?>', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', '<meta charset="bogus-label">', '<meta charset="x-user-defined">'),
        fc.oneof(articleTextArb, soup([{ items: WORDS, weight: 4 }, { items: PUNCT, weight: 3 }, { items: MARKUP, weight: 1 }], 400)),
        fc.constantFrom('utf8', 'utf8', 'windows-1258', 'viscii', 'tcvn', 'utf16le'),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.constantFrom('', 'bom8', 'bom16le', 'bom16be'),
      )
      .map(([head, text, encoding, pokes, bom]) => {
        const body = Buffer.from(iconv.encode(head + text, encoding));
        for (const [at, b] of pokes) if (body.length > 0) body[at % body.length] = b;
        const prefix = bom === 'bom8' ? [0xef, 0xbb, 0xbf] : bom === 'bom16le' ? [0xff, 0xfe] : bom === 'bom16be' ? [0xfe, 0xff] : [];
        return new Uint8Array([...prefix, ...body]);
      }),
    weight: 4,
  },
  {
    arbitrary: fc.array(fc.constantFrom(0x00, 0x09, 0x0a, 0x0d, 0x1b, 0x20, 0x3c, 0x3e, 0x26, 0x80, 0xa0, 0xc3, 0xd0, 0xe1, 0xef, 0xbb, 0xbf, 0xfe, 0xff, 0x61), { maxLength: 3000, size: 'large' }).map((a) => new Uint8Array(a)),
    weight: 1,
  },
);

// HTML trees: built as a list of operations so that nesting, misnesting and unclosed tags come
// naturally. Text comes from an alphabet without `<` (and without entities that decode to it), so
// that any `<tag>` in the record can only be leaked markup.

const TREE_TEXT = [...WORDS, ...PUNCT, ...SAFE_ENTITIES, ...HOSTILE_CHARS];
const CONTAINER_TAGS = [
  'div', 'div', 'p', 'p', 'span', 'span', 'font', 'b', 'i', 'strong', 'em', 'a', 'table', 'tbody', 'tr', 'td', 'th', 'ul', 'ol', 'li',
  'h1', 'h2', 'h3', 'center', 'section', 'article', 'header', 'footer', 'nav', 'form', 'blockquote', 'pre', 'o:p', 'figure',
  'figcaption', 'time', 'main', 'aside', 'dl', 'dt', 'dd', 'select', 'option', 'button', 'svg', 'template', 'body', 'html', 'head',
];
const ATTRS = [
  '', ' class="Title"', ' class="news-title"', ' id="tableforprint"', ' class="gthieu"', ' class="gtTitle"', ' class="content"',
  ' style="display:none"', ' style="font-weight:bold;text-align:center"', ' hidden', ' align="center"', ' href="/tin/1"',
  ' itemprop="headline"', ' itemprop="articleBody"', ' itemscope itemtype="http://schema.org/NewsArticle"',
  ' class="asset-content"', ' onclick="alert(1)"', " data-x='\"<p>'", ' title="Ảnh: &lt;i&gt;"', ' class=unquoted',
  ' a=1 a=2', ' =x', ' "', " '", ' /', ' class="x\u0000y"',
  // The site profiles' selectors, so that random pages match them (and their exclusions).
  ' class="tags"', ' class="share"', ' class="related"', ' class="lv_description_mode1"', ' class="ms-news-header"',
  ' class="FolderTitle"', ' class="Time"', ' class="title-gt"', ' class="asset-full-content"', ' class="journal-content-article"',
  ' class="portlet"', ' class="portlet-title-text"', ' itemprop="author"', ' itemprop="name"', ' itemprop="datePublished"', ' rel="author"',
  // Legacy fonts, whose text is converted.
  ' face=".VnTime"', ' face=".VnTimeH"', ' style="font-family:VNI-Times"', ' style="font-family: \'.VnArial\'"',
];

const opArb = fc.oneof(
  { arbitrary: fc.tuple(fc.constant('open'), token(CONTAINER_TAGS), token(ATTRS)), weight: 10 },
  { arbitrary: fc.tuple(fc.constant('close'), token(CONTAINER_TAGS)), weight: 7 },
  { arbitrary: fc.tuple(fc.constant('text'), fc.array(token(TREE_TEXT), { minLength: 1, maxLength: 40 })), weight: 10 },
  { arbitrary: fc.tuple(fc.constant('para'), token(['p', 'p', 'div', 'td', 'li', 'h1', 'h2', 'figcaption', 'span']), token(ATTRS), paragraphArb), weight: 10 },
  { arbitrary: fc.tuple(fc.constant('img'), token(['a.jpg', '', ' ', 'data:image/png;base64,iVBORw0KGgo=', 'javascript:x', 'x\ny.jpg', 'a&#1;b.jpg']), token(['', 'Ảnh minh họa', 'Ảnh: Nguyễn Văn A', 'x&#0;y', '&#x110;ồng', 'e\u0302\u0301'])), weight: 3 },
  { arbitrary: fc.tuple(fc.constant('br'), token(['<br>', '<br/>', '</br>', '<hr>', '<wbr>'])), weight: 3 },
  { arbitrary: fc.tuple(fc.constant('script'), token(['<p>', '</div>', 'document.write("<p>x</p>")', '<!--', '-->', '<script>', 'alert(1)', '"</scr"+"ipt>"']), fc.boolean()), weight: 2 },
  { arbitrary: fc.tuple(fc.constant('style'), fc.boolean()), weight: 1 },
  { arbitrary: fc.tuple(fc.constant('comment'), token(['', '<p>trong chú thích</p>', '--', '-', '<!-->', '<!--x']), fc.boolean()), weight: 2 },
  { arbitrary: fc.tuple(fc.constant('special'), token(['<!DOCTYPE html>', '<?xml version="1.0" encoding="utf-8"?>', '<![CDATA[x]]>', '</>', '<>', '< p>', 'a < b > c', '<3', '<!x>', '<?php echo 1 ?>'])), weight: 2 },
  { arbitrary: fc.tuple(fc.constant('head'), token(WORDS), token(['title', 'og', 'canonical', 'charset', 'date'])), weight: 2 },
  { arbitrary: fc.tuple(fc.constant('nest'), token(['div', 'span', 'p', 'td', 'font', 'b', 'li', 'table']), fc.integer({ min: 1, max: 1000 }), fc.boolean(), token(WORDS)), weight: 2 },
  { arbitrary: fc.tuple(fc.constant('deep'), token(['div', 'span', 'b', 'table']), fc.integer({ min: 600, max: 12000 }), fc.boolean()), weight: 1 },
  { arbitrary: fc.tuple(fc.constant('bigattr'), fc.integer({ min: 1, max: 32768 }), token(['x', ' ', '"', '&amp;', 'é'])), weight: 1 },
  { arbitrary: fc.tuple(fc.constant('repeat'), token(['<p>x</p>', '<br>', '<b>', '<div class="Title">Tiêu đề</div>', '<!---->', '<script></script>', '“', '<td>1</td>']), fc.integer({ min: 1, max: 1000 })), weight: 1 },
);

function renderOp(op) {
  switch (op[0]) {
    case 'open':
      return `<${op[1]}${op[2]}>`;
    case 'close':
      return `</${op[1]}>`;
    case 'text':
      return op[1].join('');
    case 'para':
      return `<${op[1]}${op[2]}>${op[3]}</${op[1]}>`;
    case 'img':
      return `<img src="${op[1]}" alt="${op[2]}">`;
    case 'br':
      return op[1];
    case 'script':
      return `<script>var s = "${SCRIPT_MARK}"; ${op[1]}${op[2] ? '</script>' : ''}`;
    case 'style':
      return `<style>/* ${STYLE_MARK} */ p { color: red } <p>${op[1] ? '</style>' : ''}`;
    case 'comment':
      return `<!-- ${COMMENT_MARK} ${op[1]}${op[2] ? ' -->' : ''}`;
    case 'special':
      return op[1];
    case 'head': {
      const w = op[1];
      if (op[2] === 'title') return `<title>${w} | Cổng thông tin</title>`;
      if (op[2] === 'og') return `<meta property="og:title" content="${w}">`;
      if (op[2] === 'canonical') return `<link rel="canonical" href="https://example.gov.vn/${encodeURI(w)}">`;
      if (op[2] === 'charset') return '<meta charset="utf-8">';
      return `<meta property="article:published_time" content="2021-06-18T08:30:00+07:00">`;
    }
    case 'nest':
      return `<${op[1]}>`.repeat(op[2]) + op[4] + (op[3] ? `</${op[1]}>`.repeat(op[2]) : '');
    case 'deep':
      return `<${op[1]}>`.repeat(op[2]) + 'Nội dung sâu' + (op[3] ? `</${op[1]}>`.repeat(op[2]) : '');
    case 'bigattr':
      return `<div class="${op[2].repeat(op[1])}">Thuộc tính lớn</div>`;
    case 'repeat':
      return op[1].repeat(op[2]);
    default:
      throw new Error(`unknown op ${op[0]}`);
  }
}

/** A random HTML page or fragment. */
export const htmlTreeArb = fc
  .tuple(
    fc.constantFrom('', '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin tức | Cổng thông tin</title></head><body>', '<html><body>', '<div class="gthieu"><div class="gtTitle">Giới thiệu</div>', '<div id="tableforprint"><p class="Title">Khối thi đua tổ chức Hội nghị</p>'),
    fc.array(opArb, { minLength: 1, maxLength: 80 }),
    fc.constantFrom('', '</body></html>', '<div class="x', '<!--', '<script>', '<a href="'),
  )
  .map(([head, ops, tail]) => head + ops.map(renderOp).join('') + tail);

// Corpus mutations: a window of a real page, then byte flips, pokes, deletions, duplications,
// truncation and splices with another page.

const POKE_BYTES = [0x00, 0x3c, 0x3e, 0x26, 0x22, 0x27, 0x2f, 0x0a, 0x0d, 0xff, 0xfe, 0xc3, 0xe1, 0x80, 0xbf, 0x1b, 0x3b, 0x23];
const MAX_WINDOW = 48 * 1024;

const mutationArb = fc.oneof(
  fc.tuple(fc.constant('flip'), fc.nat(), fc.integer({ min: 1, max: 255 })),
  fc.tuple(fc.constant('poke'), fc.nat(), token(POKE_BYTES)),
  fc.tuple(fc.constant('delete'), fc.nat(), fc.integer({ min: 1, max: 4096 })),
  fc.tuple(fc.constant('duplicate'), fc.nat(), fc.integer({ min: 1, max: 256 }), fc.integer({ min: 2, max: 64 })),
  fc.tuple(fc.constant('truncate'), fc.nat()),
  fc.tuple(fc.constant('splice'), fc.nat(), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 8192 })),
  fc.tuple(fc.constant('insert'), fc.nat(), token([...MARKUP, ...HOSTILE_CHARS, ...SAFE_ENTITIES])),
);

/**
 * Mutations of real pages. `pageCount` is how many pages the caller has; the value says which page
 * to start from, which window of it, and which mutations to apply (see {@link applyMutations}).
 */
export function corpusMutationArb(pageCount) {
  return fc.record({
    page: fc.nat({ max: Math.max(0, pageCount - 1) }),
    start: fc.nat(),
    length: fc.integer({ min: 1, max: MAX_WINDOW }),
    mutations: fc.array(mutationArb, { maxLength: 8 }),
  });
}

/** Applies a mutation plan to the pages (Uint8Arrays); returns the mutated bytes. */
export function applyMutations(pages, plan) {
  const page = pages[plan.page % pages.length];
  const start = page.length > plan.length ? plan.start % (page.length - plan.length + 1) : 0;
  let b = Buffer.from(page.subarray(start, start + plan.length));
  for (const m of plan.mutations) {
    if (b.length === 0) break;
    const at = m[1] % b.length;
    switch (m[0]) {
      case 'flip':
        b[at] ^= m[2];
        break;
      case 'poke':
        b[at] = m[2];
        break;
      case 'delete':
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + m[2])]);
        break;
      case 'duplicate': {
        const piece = b.subarray(at, at + m[2]);
        b = Buffer.concat([b.subarray(0, at), ...Array(m[3]).fill(piece), b.subarray(at)]);
        break;
      }
      case 'truncate':
        b = b.subarray(0, at);
        break;
      case 'splice': {
        const other = pages[m[2] % pages.length];
        const from = other.length > 0 ? m[3] % other.length : 0;
        b = Buffer.concat([b.subarray(0, at), other.subarray(from, from + m[4]), b.subarray(at)]);
        break;
      }
      case 'insert':
        b = Buffer.concat([b.subarray(0, at), Buffer.from(m[2], 'utf8'), b.subarray(at)]);
        break;
      default:
        throw new Error(`unknown mutation ${m[0]}`);
    }
  }
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

// ---------------------------------------------------------------------------------------------
// The invariant

/** C0 and C1 control characters; `\n` is allowed in `body.text` only (it joins paragraphs). */
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f]/u;
/**
 * A start or end tag as markup writes it: `<p>`, `</div>`, `<img src=x>`, `<o:p>`. (Not a bare
 * `<!--`: htmlparser2 turns the rest of a page that ends inside an unclosed `<!x`, `<?x` or `</3`
 * into text, which may hold one; the contents of real comments are checked by their marker.)
 */
const TAG_RE = /<\/?[A-Za-z][\w:-]{0,40}(?:[\s/][^<>]{0,2000})?>/;
/**
 * Inputs in which `<tag>` may rightly be text: escaped markup (`&lt;o:p&gt;` is a Word paste's
 * literal text), raw-text elements (`<title>`, `<textarea>`, `<xmp>`... show their markup as text),
 * a `<` that does not open a tag (`<<b>/b>p>` is the text `<`, a tag, the text `p>`: a browser
 * shows `<p>`; `<\u0001p>` is text and the control character is then removed), `</` before a
 * non-letter (a bogus comment, which htmlparser2 turns into text when the input ends inside it:
 * `a</<!--b` reads as `a<!--b`), UTF-16 bytes (unreadable to this check).
 */
const TAG_TEXT_SOURCE_RE =
  /&(?:lt|#0*60(?![0-9])|#x0*3c(?![0-9a-f]))|<(?:title|textarea|xmp|plaintext|noembed|noframes|iframe|noscript|listing|style|script)\b|<(?![A-Za-z/!?])|<\/(?![A-Za-z])|^(?:\xff\xfe|\xfe\xff)|\x00/i;

/** Whether the record may be checked for leaked markup, given the input it came from. */
export function tagCheckApplies(input) {
  const text = typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1');
  return !TAG_TEXT_SOURCE_RE.test(text);
}

/** Every string of the record with its path, for the plain-text checks. */
function* stringsOf(value, path) {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* stringsOf(value[i], `${path}[${i}]`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* stringsOf(v, path ? `${path}.${k}` : k);
}

/** URLs are copied as written (a `src` may hold `<`); they get the NFC and control checks only. */
const URL_PATH_RE = /^(?:source\.url|images\[\d+\]\.src)$/;

/**
 * The plain-text problems of a record, as messages (empty when it is clean).
 *
 * @param {object} record
 * @param {{ tags: boolean, marks: boolean }} checks `tags`: no `<tag>` markup; `marks`: none of
 *   the script/style/comment markers of the generated trees.
 */
export function plainTextProblems(record, checks) {
  const problems = [];
  for (const [path, s] of stringsOf(record, '')) {
    const shown = JSON.stringify(s.length > 120 ? `${s.slice(0, 120)}…` : s);
    if (s.normalize('NFC') !== s) problems.push(`${path} is not NFC: ${shown}`);
    if (!s.isWellFormed()) problems.push(`${path} holds a lone surrogate: ${shown}`);
    const controls = path === 'body.text' ? s.replaceAll('\n', '') : s;
    if (CONTROL_RE.test(controls)) problems.push(`${path} holds a control character: ${shown}`);
    if (URL_PATH_RE.test(path)) continue;
    if (checks.tags && TAG_RE.test(s)) problems.push(`${path} holds markup: ${JSON.stringify(TAG_RE.exec(s)?.[0])} in ${shown}`);
    if (checks.marks) for (const mark of MARKS) if (s.includes(mark)) problems.push(`${path} holds script, style or comment text: ${shown}`);
  }
  // Spans point into body.text.
  for (const key of ['blocs', 'documents', 'movements', 'awards']) {
    for (const [i, e] of (record[key] ?? []).entries()) {
      const span = e.span;
      if (span !== null && !(span[0] <= span[1] && span[1] <= record.body.text.length)) {
        problems.push(`${key}[${i}].span ${JSON.stringify(span)} is outside body.text (${record.body.text.length} chars)`);
      }
    }
  }
  return problems;
}

/** The input codes: the only typed errors a caller may see for bad data. */
const INPUT_ERROR_CODES = new Set(['EMPTY_INPUT', 'NOT_TEXT', 'INPUT_TOO_LARGE']);

/**
 * Runs one case and throws (with a short description) if the contract is broken.
 *
 * @param {{ parseArticle: Function, ArticleRecordSchema: { safeParse: Function }, VnNewsParseError: Function }} lib
 * @param {string | Uint8Array} input
 * @param {object} options
 * @param {{ tags?: boolean, marks?: boolean }} [checks] extra checks; `tags` defaults to
 *   {@link tagCheckApplies} and applies to HTML records only.
 * @returns {'record' | string} `record`, or the error code
 */
export function checkCase(lib, input, options, checks = {}) {
  let record;
  try {
    record = lib.parseArticle(input, options);
  } catch (error) {
    if (error instanceof lib.VnNewsParseError && INPUT_ERROR_CODES.has(error.code)) return error.code;
    const what = error instanceof lib.VnNewsParseError ? `VnNewsParseError ${error.code}: ${error.message}` : `${error?.name}: ${error?.message}\n${error?.stack}`;
    throw new Error(`parseArticle threw ${what.slice(0, 2000)}`);
  }
  const parsed = lib.ArticleRecordSchema.safeParse(record);
  if (!parsed.success) throw new Error(`the record fails ArticleRecordSchema: ${parsed.error.message.slice(0, 2000)}`);
  // A page read as text (format 'text', or 'auto' finding no markup in its first 64 KB) keeps its tags as text.
  const html = record.source.format === 'html';
  const tags = html && (checks.tags ?? tagCheckApplies(input));
  const problems = plainTextProblems(record, { tags, marks: html && (checks.marks ?? false) });
  if (problems.length > 0) throw new Error(`the record is not plain text:\n  ${problems.slice(0, 10).join('\n  ')}`);
  return 'record';
}

/** A short, printable description of an input, for failure reports. */
export function describeInput(input) {
  const s = typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1');
  const kind = typeof input === 'string' ? `string of ${input.length} chars` : `${input.byteLength} bytes`;
  return `${kind}: ${JSON.stringify(s.length > 300 ? `${s.slice(0, 300)}…` : s)}`;
}

// ---------------------------------------------------------------------------------------------
// The properties, by name: each is an arbitrary of [input, options] and the extra checks.

/**
 * @param {Uint8Array[]} pages real pages for the corpus property (may be empty: it is then left out)
 */
export function propertyDefinitions(pages) {
  const defs = {
    strings: { arb: fc.tuple(stringArb, optionsArb), checks: {} },
    bytes: { arb: fc.tuple(bytesArb, optionsArb), checks: {} },
    'html-trees': {
      arb: fc.tuple(htmlTreeArb, optionsArb.map((o) => ({ ...o, format: o.format === 'text' ? 'html' : o.format }))),
      checks: { tags: true, marks: true },
    },
  };
  if (pages.length > 0) {
    defs['corpus-mutations'] = {
      arb: fc.tuple(corpusMutationArb(pages.length).map((plan) => applyMutations(pages, plan)), optionsArb),
      checks: {},
    };
  }
  return defs;
}

/** Seeds, fixed so that every run of the suite sees the same cases. */
export const SEEDS = { strings: 0x5eed01, bytes: 0x5eed02, 'html-trees': 0x5eed03, 'corpus-mutations': 0x5eed04 };

/** Runs per property: `PROPERTY_RUNS` from the environment, 10,000 by default. */
export function propertyRuns(env = process.env) {
  const n = Number(env.PROPERTY_RUNS ?? 10_000);
  if (!Number.isInteger(n) || n < 1) throw new Error(`PROPERTY_RUNS must be a positive whole number, not ${env.PROPERTY_RUNS}`);
  return n;
}

/** Where the corpus pages are read from (under the shared folder), and which files. */
export const CORPUS_FOLDERS = ['corpus/html', 'corpus/bulk', 'corpus/pages-text', 'corpus/text'];
export const CORPUS_FILE_RE = /\.(?:html?|txt)$/i;
