/**
 * Builds the structure-free HTML pages a text copy of an article may have come from: the same
 * lines served as a bare `<p>` run, as an old layout table of `<font>` cells, under an `<h1>`, and
 * as Microsoft Word's "Save as Web Page" export. Each shape reproduces markup of real pages:
 * hand-written pages of the early 2000s (one `<p>` per line, no heading), provincial portals built
 * with table layouts and `<font face size>` (often with legacy `.VnTime` fonts), and articles a
 * press office typed in Word and published as its HTML export (`MsoNormal` paragraphs).
 *
 * The pages are built from the text alone; where a shape needs to know the headline (`<h1>`, the
 * bold centred line of a Word export) it is told which line it is, so that no expectation is copied.
 */

/** The non-blank lines of a text, with their leading white space (indentation) kept apart. */
export interface TextLine {
  readonly indent: string;
  readonly text: string;
}

export function textLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const text = raw.trim();
    if (!text) continue;
    out.push({ indent: /^[ \t\u00a0]*/.exec(raw)![0], text });
  }
  return out;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** (a) The simplest page: one `<p>` per line, no heading element, no class. */
export function plainParagraphPage(text: string): string {
  const body = textLines(text)
    .map((l) => `<p>${escapeHtml(l.text)}</p>`)
    .join('\n');
  return `<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** How a legacy page sets its text: its font, and Unicode → the page's HTML in that font's encoding. */
export interface PageFont {
  readonly face: string;
  /** The charset the page declares (legacy font pages declare their bytes' code page, windows-1252). */
  readonly charset: string;
  readonly encode: (text: string) => string;
}

const UNICODE_FONT: PageFont = { face: 'Times New Roman', charset: 'utf-8', encode: escapeHtml };

/**
 * (b) A layout table: every line in its own row, set in `<font face size>`, inside the page's frame
 * table; with a legacy font (`.VnTime` and TCVN3 bytes, `VNI-Times`) as the provincial sites of
 * the early 2000s set it.
 */
export function layoutTablePage(text: string, font: PageFont = UNICODE_FONT): string {
  const rows = textLines(text)
    .map((l) => `<tr>\n<td valign="top"><font face="${font.face}" size="3">${font.encode(l.text)}</font></td>\n</tr>`)
    .join('\n');
  return (
    `<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=${font.charset}">\n</head>\n` +
    '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">\n' +
    '<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">\n<tr>\n<td>\n' +
    `<table width="100%" border="0" cellspacing="2" cellpadding="4">\n${rows}\n</table>\n` +
    '</td>\n</tr>\n</table>\n</body>\n</html>\n'
  );
}

/** (c) The headline line in `<h1>`, every other line (date line, paragraphs) in its own `<p>`. */
export function headlinePage(text: string, headline: string): string {
  const lines = textLines(text);
  const at = lines.findIndex((l) => l.text === headline);
  const body = lines.map((l, i) => (i === at ? `<h1>${escapeHtml(l.text)}</h1>` : `<p>${escapeHtml(l.text)}</p>`)).join('\n');
  return `<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

const WORD_SPAN_STYLE = `font-size:13.0pt;font-family:"Times New Roman",serif`;

/** Word writes leading spaces and tabs as non-breaking spaces. */
function wordIndent(indent: string): string {
  return indent.replace(/\t/g, '    ').replace(/[ \u00a0]/g, '&nbsp;');
}

/**
 * (d) Microsoft Word's "Save as Web Page": Office namespaces, `MsoNormal` paragraphs whose text
 * sits in a styled `<span>`, `<o:p>` marks, blank lines as `&nbsp;` paragraphs, and (when told
 * which line it is) the headline centred in bold.
 */
export function wordExportPage(text: string, headline: string | null): string {
  const paragraphs: string[] = [];
  let headlineSet = false;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) {
      paragraphs.push(`<p class=MsoNormal><span style='${WORD_SPAN_STYLE}'><o:p>&nbsp;</o:p></span></p>`);
      continue;
    }
    const indent = /^[ \t\u00a0]*/.exec(raw)![0];
    const span = `<span style='${WORD_SPAN_STYLE}'>${wordIndent(indent)}${escapeHtml(line)}<o:p></o:p></span>`;
    const isHeadline: boolean = !headlineSet && line === headline;
    headlineSet ||= isHeadline;
    paragraphs.push(
      isHeadline
        ? `<p class=MsoNormal align=center style='text-align:center'><b>${span}</b></p>`
        : `<p class=MsoNormal style='text-align:justify'>${span}</p>`,
    );
  }
  return (
    `<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office:office"\n` +
    `xmlns:w="urn:schemas-microsoft-com:office:word"\nxmlns:m="http://schemas.microsoft.com/office/2004/12/omml"\n` +
    `xmlns="http://www.w3.org/TR/REC-html40">\n\n<head>\n` +
    `<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n<meta name=ProgId content=Word.Document>\n` +
    `<meta name=Generator content="Microsoft Word 15">\n<meta name=Originator content="Microsoft Word 15">\n` +
    `<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>User</o:Author>\n </o:DocumentProperties>\n</xml><![endif]-->\n` +
    `<style>\n<!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Times New Roman",serif;}\n-->\n</style>\n` +
    `</head>\n\n<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>\n\n<div class=WordSection1>\n\n` +
    `${paragraphs.join('\n\n')}\n\n</div>\n\n</body>\n\n</html>\n`
  );
}
