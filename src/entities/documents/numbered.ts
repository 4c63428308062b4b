/**
 * Numbered references: number and symbol (`4614/KH-UBND`, `91/2017/NĐ-CP`, `03-CT/TW`),
 * `<type> số <number>` without a symbol, and `<type> <number>` (`Thông tư 17`).
 */
import type { DocumentRef } from '../../schema/record.js';
import { BODY_ABBREVIATIONS } from '../../vi/abbreviations.js';
import {
  LETTER_TYPE_NAME,
  documentTypeByAbbr,
  documentTypeByName,
  partyDocumentTypeByAbbr,
  type DocumentTypeInfo,
} from '../../vi/document-types.js';
import type { Para } from '../../context.js';
import { rawSlice } from '../../text/reading-kit.js';
import {
  CORE_RE,
  LOOKBACK,
  NUMBER_ONLY_RE,
  OWN_NUMBER_LINE_RE,
  SHORT_NUMBER_RE,
  SO_BEFORE_RE,
  TYPED_BEFORE_RE,
  TYPED_SO_BEFORE_RE,
} from './patterns.js';
import { agentBefore, readTail } from './tail.js';

/** A numbered reference found in a paragraph, before the fields after it are read. */
export interface Found {
  readonly info: DocumentTypeInfo;
  readonly start: number;
  /** End of the reference proper (type, number, symbol). */
  readonly end: number;
  readonly number: string | null;
  readonly symbol: string | null;
  readonly year: number | null;
}

const BODY_ABBRS: ReadonlySet<string> = new Set(BODY_ABBREVIATIONS);

// ---------------------------------------------------------------------------
// Pass 1: number and symbol (`4614/KH-UBND`, `91/2017/NĐ-CP`, `03-CT/TW`).

/** Numbered references with a symbol, typed by the word before them or by the symbol. */
export function* findNumbered(para: Para): Generator<Found> {
  CORE_RE.lastIndex = 0;
  for (let m = CORE_RE.exec(para.text); m; m = CORE_RE.exec(para.text)) {
    const number = m[1] as string;
    const year = m[2] !== undefined ? Number(m[2]) : null;
    const partyCode = m[4];
    const symbol = tidySymbol(partyCode !== undefined ? `${partyCode}/${m[5] ?? ''}` : (m[3] as string));
    if (!looksLikeSymbol(symbol)) continue;
    const before = para.lower.slice(Math.max(0, m.index - LOOKBACK), m.index);
    // `Số: 594/KH-UBND` opening a paragraph is the letterhead of the document itself.
    if (m.index < LOOKBACK && OWN_NUMBER_LINE_RE.test(before)) continue;
    const lead = typeBefore(before);
    const info = resolveType(lead.written, partyCode, symbol, lead.hasSo);
    if (!info) continue;
    yield { info, start: m.index - lead.length, end: m.index + m[0].length, number, symbol, year };
  }
}

/** What stands before a core: a type word (or `văn bản`), `số`, and how many characters they take. */
function typeBefore(before: string): { written: string | null; hasSo: boolean; length: number } {
  const typed = nearestMatch(TYPED_SO_BEFORE_RE, before);
  if (typed) return { written: typed[1] as string, hasSo: true, length: before.length - typed.index };
  const bare = TYPED_BEFORE_RE.exec(before);
  if (bare) return { written: bare[1] as string, hasSo: false, length: before.length - bare.index };
  const so = SO_BEFORE_RE.exec(before);
  if (so) return { written: null, hasSo: true, length: before.length - so.index };
  return { written: null, hasSo: false, length: 0 };
}

/**
 * Of the `$`-anchored matches, the one whose type word ends nearest the number, so that
 * `quy định tại Quyết định số 72/...` is a Quyết định; among those ending at the same
 * place the longest, so that `Bộ luật ... số` is not read as `Luật`. `re` is global and
 * `before` at most LOOKBACK long, so this is at most LOOKBACK short searches.
 */
function nearestMatch(re: RegExp, before: string): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  let bestEnd = -1;
  re.lastIndex = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    const typeEnd = m.index + (m[1] ?? '').length;
    if (typeEnd > bestEnd) {
      best = m;
      bestEnd = typeEnd;
    }
    re.lastIndex = m.index + 1;
    if (re.lastIndex >= before.length) break;
  }
  return best;
}

/**
 * The document type of a reference: the written type when there is one; else the type
 * the symbol's first part abbreviates (`KH` → Kế hoạch, Party `CT/TW` → Chỉ thị); else a
 * Công văn, whose symbol is `issuer-unit` (`UBND-KGVX`) — when `văn bản` names it, or `số`
 * marks the number and the issuer part is a known body.
 */
function resolveType(
  written: string | null,
  partyCode: string | undefined,
  symbol: string,
  hasSo: boolean,
): DocumentTypeInfo | undefined {
  const named = written !== null ? documentTypeByName(written) : undefined;
  if (named) return named;
  if (partyCode !== undefined) return partyDocumentTypeByAbbr(partyCode);
  const first = symbol.split(/[-–/]/)[0] ?? '';
  const byAbbr = documentTypeByAbbr(first);
  if (byAbbr) return byAbbr;
  // Laws carry the National Assembly's term as their symbol (`06/2022/QH15`).
  if (/^QH\d{1,2}$/u.test(first)) return documentTypeByName('Luật');
  // A bare `số` before a symbol led by something else (`Giấy phép số 110/GP-TTĐT`, `bản án
  // số 12/2019/HS-ST`) is another kind of paper; only a known body's symbol makes a Công văn.
  if (written !== null || (hasSo && BODY_ABBRS.has(first))) return documentTypeByName(LETTER_TYPE_NAME);
  return undefined;
}

/**
 * Whether every part of a symbol is an abbreviation: mostly capitals (`KH`, `TTg`, `QyĐ`,
 * `TT&TT`), not a capitalised word (`1/Quyết` is a number followed by a word).
 */
function looksLikeSymbol(symbol: string): boolean {
  return symbol.split(/[-–/]/).every((part) => {
    const upper = part.replace(/[^\p{Lu}]/gu, '').length;
    const lower = part.replace(/[^\p{Ll}]/gu, '').length;
    return upper > 0 && upper >= lower;
  });
}

/** The symbol as written, without the stray spaces typed around its hyphens (`NĐ- CP`). */
function tidySymbol(s: string): string {
  // Bounded: a symbol has at most one space around a hyphen (SYM); unbounded runs made this quadratic.
  return s.replace(/[ \t]{0,8}([-–/])[ \t]{0,8}/g, '$1');
}

// ---------------------------------------------------------------------------
// Pass 2: `<type> số <number>` with no symbol (`Nghị quyết số 31 ngày 6/9/2016`).

export function* findNumberOnly(para: Para): Generator<Found> {
  NUMBER_ONLY_RE.lastIndex = 0;
  for (let m = NUMBER_ONLY_RE.exec(para.lower); m; m = NUMBER_ONLY_RE.exec(para.lower)) {
    const info = documentTypeByName(m[1] as string);
    if (!info) continue;
    yield { info, start: m.index, end: m.index + m[0].length, number: m[2] as string, symbol: null, year: null };
  }
}

/** `Thông tư 17`, `Nghị định 91`: a capitalised type and a bare number. */
export function* findShortNumbered(para: Para): Generator<Found> {
  SHORT_NUMBER_RE.lastIndex = 0;
  for (let m = SHORT_NUMBER_RE.exec(para.text); m; m = SHORT_NUMBER_RE.exec(para.text)) {
    const info = documentTypeByName(m[1] as string);
    if (!info) continue;
    yield { info, start: m.index, end: m.index + m[0].length, number: m[2] as string, symbol: null, year: null };
  }
}

/** Reads the date, issuer and subject after a numbered reference (and the issuer before it). */
export function completeNumbered(para: Para, f: Found): DocumentRef {
  const after = readTail(para, f.end, f.year);
  let issuer = after.issuer;
  let issuedOn = after.issuedOn;
  const start = f.start;
  if (issuer === null) {
    const agent = agentBefore(para, f.start);
    if (agent) {
      issuer = agent.issuer;
      issuedOn ??= agent.issuedOn;
    }
  }
  return {
    type: f.info.name,
    number: f.number,
    symbol: f.symbol,
    year: f.year,
    issuedOn,
    issuer,
    subject: after.subject,
    raw: rawSlice(para.text, start, after.rawEnd),
    span: [para.offset + start, para.offset + after.rawEnd],
  };
}

