/**
 * The last step of decoding: legacy Vietnamese text to Unicode, before the document model.
 *
 * Pages from before Unicode kept windows-1252 bytes and let a font draw them as Vietnamese
 * (TCVN3/ABC `.VnTime`, VNI `VNI-Times`), or wrote Vietnamese in ASCII (VIQR, `Vie^.t Nam`).
 * Each run of text (an HTML text node between tags, a line of plain text) is judged on its own:
 * a page may mix a TCVN3 body with a Unicode menu. Markup is never touched: only the text
 * between tags changes, so the HTML parser later sees the same elements and attributes.
 */
import { toFirstVowelTone } from '../vi/tone-placement.js';
import { hasLegacyFontName } from '../vi/legacy-encodings/fonts.js';
import type { ResolvedOptions } from '../options.js';
import { legacyTextEncoding } from './decode-bytes.js';
import type { DecodedInput } from './decode-input.js';
import { byteViewFor } from './legacy/byte-view.js';
import { findTextRuns, type TextRun } from './legacy/html-runs.js';
import { decodeLatin1References } from './legacy/latin1-entities.js';
import { countLegacySigns } from './legacy/markers.js';
import { planConversion, type LegacyTextEncoding, type Segment } from './legacy/plan.js';

/** Below this many signs of legacy text (and no legacy font name), a page is not analysed at all. */
const MIN_SIGNS = 3;
/** What the record calls each legacy text encoding in warnings. */
const LABELS: Readonly<Record<LegacyTextEncoding, string>> = { tcvn3: 'TCVN3', vni: 'VNI', viqr: 'VIQR' };
const LINE_RE = /[^\n]*\n?/g;

/** A piece of the input that may be rewritten: `[start, end)` and what the plan sees of it. */
interface Piece {
  readonly start: number;
  readonly end: number;
  readonly segment: Segment;
}

function htmlPieces(html: string): Piece[] {
  return findTextRuns(html).map((run: TextRun) => ({
    start: run.start,
    end: run.end,
    segment: { text: decodeLatin1References(html.slice(run.start, run.end)), font: run.font },
  }));
}

function linePieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  LINE_RE.lastIndex = 0;
  for (let m = LINE_RE.exec(text); m && m[0].length > 0; m = LINE_RE.exec(text)) {
    // The line without its break (and a CR before it), so that a conversion never meets one.
    let end = m.index + m[0].length;
    if (text.charCodeAt(end - 1) === 0x0a) end--;
    if (text.charCodeAt(end - 1) === 0x0d) end--;
    if (end > m.index) pieces.push({ start: m.index, end, segment: { text: text.slice(m.index, end), font: null } });
  }
  return pieces;
}

/** The input with some pieces replaced. */
function splice(text: string, pieces: readonly Piece[], replacement: readonly (string | null)[]): string {
  let out = '';
  let at = 0;
  pieces.forEach((p, i) => {
    const r = replacement[i];
    if (r === null || r === undefined) return;
    out += text.slice(at, p.start) + r;
    at = p.end;
  });
  return at === 0 ? text : out + text.slice(at);
}

/**
 * Converts the legacy text of a decoded input, and names what was found.
 *
 * @param format what the input is: HTML runs or plain-text lines are the units judged.
 * @returns the text to build the document from, the encoding the record reports (`tcvn3`, `vni`,
 *   `viqr`, `mixed`, or the decoded one when nothing was converted), and warnings.
 */
export function readLegacyText(decoded: DecodedInput, format: 'html' | 'text', options: ResolvedOptions): DecodedInput {
  const forced = legacyTextEncoding(options.encoding);
  const convert = forced !== null || options.legacyText === 'convert';
  let text = decoded.text;
  let encoding = decoded.encoding;
  const warnings = [...decoded.warnings];
  const byteOf = byteViewFor(decoded.encoding);

  // Most pages have no legacy text: a font name or a few signature characters are needed to look closer.
  const worthReading = (): boolean =>
    forced !== null ||
    (format === 'html' && hasLegacyFontName(text)) ||
    countLegacySigns(text, byteOf, MIN_SIGNS, format === 'html') >= MIN_SIGNS;
  if (convert && worthReading()) {
    const pieces = format === 'html' ? htmlPieces(text) : linePieces(text);
    const plan = planConversion(
      pieces.map((p) => p.segment),
      byteOf,
      forced,
      format === 'text',
    );
    if (plan.used.length > 0) {
      text = splice(text, pieces, plan.converted);
      if (plan.used.length === 1 && !plan.unicodeLeft) {
        encoding = plan.used[0]!;
      } else {
        encoding = 'mixed';
        const found = plan.used.map((e) => LABELS[e]).join(' and ');
        warnings.push(
          plan.unicodeLeft
            ? `the page mixes ${found} text (converted to Unicode) with Unicode text`
            : `the page mixes ${found} text (each converted to Unicode)`,
        );
      }
    }
  }

  if (options.toneStyle === 'modern') {
    if (format === 'html') {
      const pieces = htmlPieces(text);
      text = splice(
        text,
        pieces,
        pieces.map((p) => {
          const raw = text.slice(p.start, p.end);
          const moved = toFirstVowelTone(raw);
          return moved === raw ? null : moved;
        }),
      );
    } else {
      text = toFirstVowelTone(text);
    }
  }
  return { text, encoding, warnings };
}
