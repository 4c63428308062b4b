/**
 * Reading fonts from markup: font family names, CSS declarations and style-sheet rules, and the
 * runs of text of a page with the font each is drawn in.
 */
import { describe, expect, it } from 'vitest';
import { addFontRules, declarationsFont, familyListFont, ruleFont, type FontRules } from '../../src/decode/legacy/css-fonts.js';
import { findTextRuns } from '../../src/decode/legacy/html-runs.js';
import { decodeLatin1References } from '../../src/decode/legacy/latin1-entities.js';
import { hasLegacyFontName, legacyFont } from '../../src/vi/legacy-encodings/fonts.js';

describe('legacyFont', () => {
  it.each([
    ['.VnTime', 'tcvn3', false],
    ['".VnTime"', 'tcvn3', false],
    ["'.VnArial Narrow'", 'tcvn3', false],
    ['.VnTimeH', 'tcvn3', true],
    ['.VnArial NarrowH', 'tcvn3', true],
    ['VNI-Times', 'vni', false],
    ['vni-helve', 'vni', false],
  ])('%s → %s (capitals %s)', (name, encoding, capitals) => {
    expect(legacyFont(name)).toEqual({ encoding, capitals });
  });

  it.each(['Times New Roman', 'Arial', 'VnExpress', '.Vn', 'Vni', 'serif'])('%s is not a legacy font', (name) => {
    expect(legacyFont(name)).toBeNull();
  });

  it('spots a legacy family name anywhere in a page', () => {
    expect(hasLegacyFontName('<font face=".VnTime">')).toBe(true);
    expect(hasLegacyFontName('<font face=".VNTIMEH">')).toBe(true);
    expect(hasLegacyFontName("font-family:'VNI-Times'")).toBe(true);
    expect(hasLegacyFontName('<font face="Arial"><a href="http://stp.daknong.gov.vn/">x</a> environment')).toBe(false);
  });
});

describe('CSS fonts', () => {
  it('reads the first family of a list, and the font shorthand', () => {
    expect(familyListFont('".VnTime", "Times New Roman", serif')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(familyListFont('Arial, .VnTime')).toBe('other');
    expect(familyListFont('inherit')).toBeUndefined();
    expect(declarationsFont('font-size:13.0pt;font-family:".VnTime";mso-bidi-font-family:Arial')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(declarationsFont('font: bold 12pt/18pt VNI-Times, serif')).toEqual({ encoding: 'vni', capitals: false });
    expect(declarationsFont('mso-ascii-font-family:".VnTime"')).toBeUndefined();
    expect(declarationsFont('font-family: .VnTime; font-family: Arial !important')).toBe('other');
  });

  it('reads simple rules of a style sheet, most specific first', () => {
    const rules: FontRules = new Map();
    addFontRules(
      `/* Word */ p.MsoNormal, li.MsoNormal { font-size: 12pt; font-family: ".VnTime" }
       .tieude { font-family: .VnTimeH } td { font-family: Arial } #noidung { font-family: 'VNI-Times' }
       a:hover { font-family: .VnTime } @media print { body { font-family: serif } }`,
      rules,
    );
    expect(ruleFont(rules, 'p', undefined, ['msonormal'])).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(ruleFont(rules, 'span', undefined, ['tieude'])).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(ruleFont(rules, 'td', 'noidung', [])).toEqual({ encoding: 'vni', capitals: false });
    expect(ruleFont(rules, 'td', undefined, [])).toBe('other');
    expect(ruleFont(rules, 'a', undefined, [])).toBeUndefined();
    expect(ruleFont(rules, 'body', undefined, [])).toBe('other');
  });
});

/** The runs of a page as `[text, font label]`. */
function runs(html: string): [string, string][] {
  return findTextRuns(html).map((r) => [
    html.slice(r.start, r.end),
    r.font === null ? '-' : r.font === 'other' ? 'other' : r.font.encoding + (r.font.capitals ? 'H' : ''),
  ]);
}

describe('findTextRuns', () => {
  it('gives each run the font of its nearest element that sets one', () => {
    const html =
      '<html><head><title>Kh«ng</title></head><body><p>Menu <font face=".VnTime">Tin <b>tøc</b> <font face=".VnTimeH">hµ</font> néi</font>' +
      '<span style="font-family:Arial">Unicode</span></p></body></html>';
    expect(runs(html)).toEqual([
      ['Kh«ng', '-'],
      ['Menu ', '-'],
      ['Tin ', 'tcvn3'],
      ['tøc', 'tcvn3'],
      ['hµ', 'tcvn3H'],
      [' néi', 'tcvn3'],
      ['Unicode', 'other'],
    ]);
  });

  it('never gives markup, comments, scripts or style sheets as runs', () => {
    const html =
      '<!-- <font face=".VnTime">x</font> --><style>.a{font-family:.VnTime}</style><script>if (a<b) x="«";</script>' +
      '<img alt="Kh«ng" title=\'a > b\'><p class="a" data-x="<p>">ViÖt</p><?xml x?><!DOCTYPE html>';
    expect(runs(html)).toEqual([['ViÖt', 'tcvn3']]);
  });

  it('applies class rules, inline style over rules, rules over face', () => {
    const html =
      '<style>.vn { font-family: ".VnTime" } font.u { font-family: Arial }</style>' +
      '<p class="vn">a</p><p class="vn" style="font-family:VNI-Times">b</p><font face=".VnTime" class="u">c</font>';
    expect(runs(html)).toEqual([['a', 'tcvn3'], ['b', 'vni'], ['c', 'other']]);
  });

  it('closes cells, rows, items and paragraphs left open, and unclosed fonts at their parent', () => {
    const html =
      '<table><tr><td><font face=".VnTime">a<td>b</table><ul><li><font face="VNI-Times">c<li>d</ul>' +
      '<p><font face=".VnTime">e</p><p>f</p><basefont face="VNI-Times">g';
    expect(runs(html)).toEqual([['a', 'tcvn3'], ['b', '-'], ['c', 'vni'], ['d', '-'], ['e', 'tcvn3'], ['f', '-'], ['g', 'vni']]);
  });

  it('keeps a stray < in the text, and survives a page cut in the middle of a tag', () => {
    expect(runs('<p>a < b</p>')).toEqual([['a < b', '-']]);
    expect(runs('<p>x</p><font face=".VnTime')).toEqual([['x', '-']]);
    expect(runs('<p>x<!-- never closed')).toEqual([['x', '-']]);
    expect(runs('<p>x<script>never closed')).toEqual([['x', '-']]);
  });
});

describe('decodeLatin1References', () => {
  it('reads references of 0xA1–0xFF as characters, leaves the others', () => {
    expect(decodeLatin1References('Kh&laquo;ng Kh&#171;ng Kh&#xAB;ng &amp; &lt; &nbsp; &#8230; &copy &bogus;')).toBe(
      'Kh«ng Kh«ng Kh«ng &amp; &lt; &nbsp; &#8230; © &bogus;',
    );
  });
});
