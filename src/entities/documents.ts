/**
 * Official documents an article refers to: `Kế hoạch số 4614/KH-UBND ngày 22/12/2020 của
 * UBND tỉnh về ...`, `Nghị định số 91/2017/NĐ-CP`, `Chỉ thị 03-CT/TW`, `văn bản số
 * 238/UBND-KGVX`, and documents cited without a number as the basis for something
 * (`theo Nghị quyết Đại hội đại biểu Đảng bộ tỉnh ... lần thứ XIV`).
 *
 * Three passes over each paragraph, numbered references first; a later pass never
 * reports text an earlier one claimed. The type and symbol tables are in
 * `src/vi/document-types.ts`; the patterns, built from them once, in `./documents/patterns.ts`;
 * each pass has its module in `./documents/`.
 */
import type { BodyContext, EntityContext, Para } from '../context.js';
import type { DocumentRef } from '../schema/record.js';
import { completeNumbered, findNumberOnly, findNumbered, findShortNumbered, type Found } from './documents/numbered.js';
import { Claims } from '../text/reading-kit.js';
import { findUnnumbered } from './documents/unnumbered.js';

/**
 * Extracts the documents the body refers to, in order of first mention, one per
 * `type|number|symbol` (or `type|issuer` for documents without a number).
 *
 * @param body  the article body with its paragraphs and their offsets
 * @param _ctx  unused for now: references are read from the body only
 * @returns     the references, each with its `span` in `body.text`
 */
export function extractDocuments(body: BodyContext, _ctx: EntityContext): DocumentRef[] {
  const out: DocumentRef[] = [];
  const seen = new Map<string, DocumentRef>();
  for (const para of body.paras) {
    for (const doc of extractFromParagraph(para)) {
      const key = dedupeKey(doc);
      const first = seen.get(key);
      if (first) {
        fillFrom(first, doc);
        continue;
      }
      seen.set(key, doc);
      out.push(doc);
    }
  }
  return dropShortForms(out);
}

/**
 * Completes the first mention of a document with what a later one states and it does not
 * (`Kế hoạch số 12/KH-UBND` first, `Kế hoạch số 12/KH-UBND ngày ... của UBND tỉnh` later).
 */
function fillFrom(first: DocumentRef, later: DocumentRef): void {
  first.issuedOn ??= later.issuedOn;
  first.issuer ??= later.issuer;
  first.subject ??= later.subject;
  first.year ??= later.year;
}

/**
 * Drops a reference by number alone (`Chỉ thị 05`, `Quyết định số 183`) when the article
 * also cites a document of that type and number with its symbol (`Chỉ thị 05-CT/TW`):
 * both name one document, and the full form says more.
 */
function dropShortForms(docs: DocumentRef[]): DocumentRef[] {
  const f = (s: string | null): string => (s ?? '').toLowerCase();
  const full = new Map<string, DocumentRef>();
  for (const d of docs) if (d.number && d.symbol && !full.has(`${f(d.type)}|${f(d.number)}`)) full.set(`${f(d.type)}|${f(d.number)}`, d);
  return docs.filter((d) => {
    const target = d.number && !d.symbol ? full.get(`${f(d.type)}|${f(d.number)}`) : undefined;
    if (target) fillFrom(target, d);
    return target === undefined;
  });
}

/** The scorer's identity of a document, case-folded (see shared/eval/score.mjs). */
function dedupeKey(d: DocumentRef): string {
  const f = (s: string | null): string => (s ?? '').toLowerCase();
  return d.number ? `${f(d.type)}|${f(d.number)}|${f(d.symbol)}` : `${f(d.type)}|${f(d.issuer)}|${f(d.subject)}`;
}

const DIGIT_RE = /\d/;

/** All references of one paragraph, in text order. */
function extractFromParagraph(para: Para): DocumentRef[] {
  const claims = new Claims(para.text.length);
  const found: Found[] = [];
  // Every numbered form has a digit; most paragraphs of a page have none.
  const numbered = DIGIT_RE.test(para.text) ? [...findNumbered(para), ...findNumberOnly(para), ...findShortNumbered(para)] : [];
  for (const f of numbered) {
    if (claims.overlaps(f)) continue;
    found.push(f);
    claims.add(f);
  }
  const unnumbered = findUnnumbered(para, claims);
  // Most paragraphs cite nothing: no list is built for them.
  if (found.length === 0) return unnumbered;
  const refs = found.map((f) => completeNumbered(para, f));
  for (const r of unnumbered) refs.push(r);
  return refs.sort((a, b) => (a.span?.[0] ?? 0) - (b.span?.[0] ?? 0));
}

