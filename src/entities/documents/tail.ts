/**
 * What surrounds a reference: its date of issue, its issuer (`của <body>`, `do <body> ban
 * hành`, or `<body> đã ban hành <ref>` before it) and its subject (`về việc ...`).
 */
import { isoDate, readIssueDate } from './dates.js';
import type { Para } from '../../context.js';
import { cleanSlice, firstIndex, stickyExec, type TextRange } from '../../text/reading-kit.js';
import {
  CITABLE_TYPE_AT,
  DATE_BEFORE_RE,
  ISSUED_BY_BEFORE_RE,
  ISSUER_LEAD_AT,
  ISSUE_VERB_AT,
  LOOKBACK,
  SUBJECT_CLAUSE_END_RE,
  SUBJECT_END_RE,
  SUBJECT_LEAD_AT,
} from './patterns.js';
import { findAgentBefore, readName } from './phrases.js';

/** Longest subject kept; longer clauses are cut at a word boundary. */
const MAX_SUBJECT = 320;

/** What follows a reference: `ngày ...`, `của <issuer>` / `do <issuer> ban hành`, `về <subject>`. */
export interface Tail {
  issuedOn: string | null;
  issuer: string | null;
  subject: string | null;
  /** End of the reference with its date and issuer (the subject is not part of `raw`). */
  rawEnd: number;
}

export function readTail(para: Para, from: number, year: number | null): Tail {
  let pos = from;
  let issuedOn: string | null = null;
  const date = readIssueDate(para.lower, pos, year);
  if (date) {
    issuedOn = date.iso;
    pos = date.end;
  }
  let issuer: string | null = null;
  const lead = stickyExec(ISSUER_LEAD_AT, para.lower, pos);
  if (lead) {
    const name = readName(para.text, lead.end, { isItemStart: (p) => startsReference(para, p) });
    const verb = name && lead.match[1] === 'do' ? stickyExec(ISSUE_VERB_AT, para.lower, name.end) : null;
    if (name && (lead.match[1] === 'của' || verb)) {
      issuer = cleanSlice(para.text, name);
      pos = name.end;
      if (issuedOn === null) {
        const late = readIssueDate(para.lower, pos, year);
        if (late) {
          issuedOn = late.iso;
          pos = late.end;
        }
      }
    }
  }
  const rawEnd = pos;
  const subject = readSubject(para, pos);
  return { issuedOn, issuer, subject: subject?.text ?? null, rawEnd };
}

/**
 * True when a document reference begins at `pos` (a type name), so `và` there starts a new item.
 * With {@link CITABLE_TYPE_AT}, not the global {@link CITABLE_TYPE_RE}: findUnnumbered walks the
 * paragraph with that one, and moving its `lastIndex` from here (through readName's `isItemStart`)
 * sent that walk back to the start of the paragraph, for ever; a global search from `pos` also
 * cost the rest of the paragraph on each call.
 */
export function startsReference(para: Para, pos: number): boolean {
  CITABLE_TYPE_AT.lastIndex = pos;
  return CITABLE_TYPE_AT.test(para.lower);
}


/** The body that issued a reference, read before it: `UBND tỉnh đã ban hành <ref>`, with the date before that. */
export function agentBefore(para: Para, refStart: number): { issuer: string; issuedOn: string | null } | null {
  const before = para.lower.slice(Math.max(0, refStart - LOOKBACK), refStart);
  const verb = ISSUED_BY_BEFORE_RE.exec(before);
  if (!verb) return null;
  const verbStart = refStart - before.length + verb.index;
  const agent = findAgentBefore(para.text, verbStart);
  if (!agent) return null;
  const issuer = cleanSlice(para.text, agent);
  if (issuer === null) return null;
  const pre = para.lower.slice(Math.max(0, agent.start - LOOKBACK), agent.start);
  const d = DATE_BEFORE_RE.exec(pre);
  const issuedOn = d ? isoDate(Number(d[4]), Number(d[3]), Number(d[1])) : null;
  return { issuer, issuedOn };
}

/** Reads `về [việc] <subject>` at `pos`: to the closing quote, or to the end of the clause. */
export function readSubject(para: Para, pos: number): (TextRange & { text: string }) | null {
  const lead = stickyExec(SUBJECT_LEAD_AT, para.lower, pos);
  if (!lead) return null;
  return readSubjectBody(para, lead.end);
}

export function readSubjectBody(para: Para, start: number): (TextRange & { text: string }) | null {
  const open = para.text.charAt(start);
  if (open === '“' || open === '"') {
    const close = para.text.indexOf(open === '“' ? '”' : '"', start + 1);
    if (close > start && close - start <= MAX_SUBJECT) {
      const text = cleanSlice(para.text, { start: start + 1, end: close });
      return text ? { start, end: close + 1, text } : null;
    }
  }
  const windowEnd = Math.min(para.text.length, start + MAX_SUBJECT);
  const window = para.lower.slice(start, windowEnd);
  const stop = firstIndex(SUBJECT_END_RE, window, firstIndex(SUBJECT_CLAUSE_END_RE, para.text.slice(start, windowEnd), -1));
  let end = stop >= 0 ? start + stop : windowEnd;
  if (stop < 0 && windowEnd < para.text.length) {
    // Cut at the last word boundary rather than mid-word.
    const lastSpace = para.text.lastIndexOf(' ', end);
    if (lastSpace > start) end = lastSpace;
  }
  const text = cleanSlice(para.text, { start, end });
  return text ? { start, end, text } : null;
}

