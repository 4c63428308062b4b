/**
 * Documents cited without a number: a resolution of a named congress (`Nghị quyết Đại hội
 * Đảng bộ tỉnh lần thứ XII`), a citable type after a citing word (`Thực hiện Kế hoạch ...
 * của <issuer>`), a law by its title (`Căn cứ Luật Thi đua, khen thưởng`).
 */
import type { DocumentRef } from '../../schema/record.js';
import { TYPES_ALSO_COMMON_NOUNS } from '../../vi/document-words.js';
import { documentTypeByName, type DocumentTypeInfo } from '../../vi/document-types.js';
import { readIssueDate } from './dates.js';
import type { Para } from '../../context.js';
import { cleanSlice, rawSlice, stickyExec, type Claims } from '../../text/reading-kit.js';
import {
  ADOPTING_BODY_AT,
  CITABLE_TYPE_RE,
  CUE_BEFORE_RE,
  ISSUE_VERB_AT,
  LATE_ISSUER_LEAD_AT,
  LAW_NAME_END_RE,
  LOOKBACK,
  NAMED_BY_TITLE,
  NOT_A_REFERENCE_BEFORE_RE,
  ORDINAL_RE,
  PLENUM_AT,
  SUBJECT_LEAD_AT,
  TITLE_THEN_OF_AT,
} from './patterns.js';
import { headAt, readName } from './phrases.js';
import { readSubjectBody, readTail, startsReference } from './tail.js';

const COMMON_NOUN_TYPES: ReadonlySet<string> = new Set(TYPES_ALSO_COMMON_NOUNS);

/**
 * Documents named without a number: a resolution of a named congress or conference
 * (`Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII`), or a citable type right after a
 * citing word (`Thực hiện Kế hoạch ... của <issuer>`, `Theo quyết định về việc ... do
 * <issuer> ký ban hành`, `Căn cứ Luật ...`). Plurals and drafts are skipped, and so are
 * mentions with no issuer: without one the reference names nothing in particular.
 */
export function findUnnumbered(para: Para, claims: Claims): DocumentRef[] {
  const out: DocumentRef[] = [];
  CITABLE_TYPE_RE.lastIndex = 0;
  for (let m = CITABLE_TYPE_RE.exec(para.lower); m; m = CITABLE_TYPE_RE.exec(para.lower)) {
    const start = m.index;
    const end = start + m[0].length;
    if (claims.overlaps({ start, end })) continue;
    const info = documentTypeByName(m[1] as string);
    if (!info) continue;
    const before = para.lower.slice(Math.max(0, start - LOOKBACK), start);
    if (NOT_A_REFERENCE_BEFORE_RE.test(before)) continue;
    const ref = adoptedResolution(para, info, start, end) ?? plenumResolution(para, info, start, end) ?? citedDocument(para, info, start, end, before);
    if (ref?.span) {
      out.push(ref);
      // A document named inside another's title (`Luật sửa đổi ... của Luật ...`) is not read again.
      claims.add({ start: ref.span[0] - para.offset, end: ref.span[1] - para.offset });
    }
  }
  return out;
}

/** `Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Ninh Thuận lần thứ XIV`: the congress is the issuer. */
function adoptedResolution(para: Para, info: DocumentTypeInfo, start: number, end: number): DocumentRef | null {
  const lead = stickyExec(ADOPTING_BODY_AT, para.text, end);
  if (!lead) return null;
  const name = readName(para.text, lead.end, { maxWords: 16, isItemStart: (p) => startsReference(para, p) });
  if (!name) return null;
  const issuer = cleanSlice(para.text, name);
  if (issuer === null || !ORDINAL_RE.test(issuer)) return null;
  // `, nhiệm kỳ 2020-2025` belongs to the reference as written, not to the congress's name.
  const term = /^,?[ \t]{0,3}nhiệm kỳ[ \t]{1,3}\d{4}[ \t]{0,2}[-–][ \t]{0,2}\d{4}/u.exec(para.lower.slice(name.end, name.end + 40));
  const rawEnd = name.end + (term ? term[0].length : 0);
  return unnumbered(para, info, start, rawEnd, issuer, null, null);
}

/**
 * `Nghị quyết Trung ương 4 (khóa XII) về ...`, `Nghị quyết T.Ư 4 khóa XI, khóa XII`: a resolution
 * named by the Party plenum that adopted it; the plenum is the issuer, the tail gives the subject.
 */
function plenumResolution(para: Para, info: DocumentTypeInfo, start: number, end: number): DocumentRef | null {
  if (!/^\p{Lu}/u.test(para.text.charAt(start))) return null;
  const plenum = stickyExec(PLENUM_AT, para.text, end);
  const issuer = plenum?.match.groups?.name;
  if (!plenum || issuer === undefined) return null;
  const tail = readTail(para, plenum.end, null);
  return unnumbered(para, info, start, plenum.end, issuer, tail.subject, tail.issuedOn);
}

/** A citable type right after a citing word, with its issuer (or, for laws, its title). */
function citedDocument(
  para: Para,
  info: DocumentTypeInfo,
  start: number,
  end: number,
  before: string,
): DocumentRef | null {
  if (!CUE_BEFORE_RE.test(before)) return null;
  const capitalised = /^\p{Lu}/u.test(para.text.charAt(start));
  if (NAMED_BY_TITLE.has(info.name)) return capitalised ? namedLaw(para, info, start, end) : null;
  // `Thực hiện Kế hoạch hoạt động của Khối thi đua ...`; a lower-case type only right before
  // its issuer (`thành lập theo quyết định của UBND tỉnh`): with title words it is a common noun.
  const titleThenOf = stickyExec(TITLE_THEN_OF_AT, para.lower, end);
  const of = titleThenOf && (capitalised || lowerCaseCitation(para, info, titleThenOf)) ? titleThenOf : null;
  if (of) {
    const name = readName(para.text, of.end, { isItemStart: (p) => startsReference(para, p) });
    const issuer = name ? cleanSlice(para.text, name) : null;
    if (name && issuer) {
      const tail = readTail(para, name.end, null);
      return unnumbered(para, info, start, name.end, issuer, tail.subject, tail.issuedOn);
    }
  }
  // `Theo quyết định về việc <subject> mới đây do <issuer> ký ban hành`: a lower-case type
  // counts only with `về việc`, the formal subject line of a decision.
  const subjectLead = stickyExec(SUBJECT_LEAD_AT, para.lower, end);
  if (!subjectLead || (!capitalised && !/việc/u.test(subjectLead.match[0]))) return null;
  const subject = readSubjectBody(para, subjectLead.end);
  if (!subject) return null;
  const late = stickyExec(LATE_ISSUER_LEAD_AT, para.lower, subject.end);
  if (!late) return null;
  const name = readName(para.text, late.end);
  if (!name || !stickyExec(ISSUE_VERB_AT, para.lower, name.end)) return null;
  const issuer = cleanSlice(para.text, name);
  if (issuer === null) return null;
  const verb = stickyExec(ISSUE_VERB_AT, para.lower, name.end);
  return unnumbered(para, info, start, verb ? verb.end : name.end, issuer, subject.text, null);
}

/**
 * A lower-case type cites a document only right before its issuer, when the issuer is a
 * public body (`theo quyết định của UBND tỉnh`) and the type is not also an everyday noun
 * (`theo quy định của pháp luật`).
 */
function lowerCaseCitation(para: Para, info: DocumentTypeInfo, of: { match: RegExpExecArray; end: number }): boolean {
  if (of.match[0].trim() !== 'của' || COMMON_NOUN_TYPES.has(info.name.toLowerCase())) return false;
  return headAt(para.text, of.end);
}

/** `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015`: the title is the subject. */
function namedLaw(para: Para, info: DocumentTypeInfo, start: number, end: number): DocumentRef | null {
  if (!/^[ \t]{1,3}\p{L}/u.test(para.text.slice(end, end + 4))) return null;
  const windowEnd = Math.min(para.text.length, end + 160);
  const window = para.text.slice(end, windowEnd);
  LAW_NAME_END_RE.lastIndex = 0;
  const stop = LAW_NAME_END_RE.exec(window);
  const nameEnd = end + (stop ? stop.index : window.length);
  const title = cleanSlice(para.text, { start: end, end: nameEnd });
  // `theo Luật định` (statutory) is an adjective, not a title: a title has two words or a capital.
  if (title === null || !(/\s/u.test(title) || /^\p{Lu}/u.test(title))) return null;
  const date = readIssueDate(para.lower, nameEnd, null);
  return unnumbered(para, info, start, date ? date.end : nameEnd, null, title, date?.iso ?? null);
}

function unnumbered(
  para: Para,
  info: DocumentTypeInfo,
  start: number,
  end: number,
  issuer: string | null,
  subject: string | null,
  issuedOn: string | null,
): DocumentRef | null {
  const raw = rawSlice(para.text, start, end);
  if (raw.length === 0) return null;
  return {
    type: info.name,
    number: null,
    symbol: null,
    year: null,
    issuedOn,
    issuer,
    subject,
    raw,
    span: [para.offset + start, para.offset + end],
  };
}

