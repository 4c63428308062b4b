/**
 * Commendations an article reports as conferred or proposed: `tặng bằng khen của Chủ tịch
 * UBND tỉnh cho 23 tập thể`, `Cờ thi đua của UBND tỉnh: 54 tập thể`, `01 cá nhân được
 * tặng thưởng Huân chương Lao động hạng III`, `đề nghị Chủ tịch UBND tỉnh tặng danh hiệu
 * “Cờ thi đua” cho tập thể ...`.
 *
 * Forms come from the table in `src/vi/award-forms.ts`; matching runs on a lower-cased
 * copy of each paragraph and every field is read from the original text at the same
 * offsets. Mentions joined by `và` or a comma share what follows them (`cờ thi đua và
 * bằng khen cho 5 tập thể`).
 */
import type { BodyContext, EntityContext, Para } from '../context.js';
import type { Award } from '../schema/record.js';
import {
  AWARD_FORMS,
  BARE_FLAG_FORM,
  BARE_FLAG_WORD,
  PRIZE_EDITION_WORDS,
  PRIZE_FORM,
  PRIZE_WORD,
  CERTIFICATE_QUALIFIERS,
  CLASS_WORDS,
  EMULATION_LEVELS,
  MEDAL_NAME_END_WORDS,
  MEDAL_NAMES,
  ORDER_NAMES,
  RECIPIENT_UNITS,
  type AwardForm,
} from '../vi/award-forms.js';
import { alternation, lowerSameLength, rawSlice, skipSpaces, stickyEnd, stickyExec, type TextRange } from '../text/reading-kit.js';
import { findAgentBefore, headAt, readName } from './documents/phrases.js';
import { WordStartPattern } from '../text/word-start.js';

/** A form found in the text, with its own extent and conferrer. */
interface Mention {
  readonly form: AwardForm;
  readonly start: number;
  /** End of the written type (`Huân chương Lao động hạng Ba`). */
  readonly typeEnd: number;
  /** End of the mention with its qualifiers, conferrer and closing quote. */
  readonly end: number;
  readonly type: string;
  readonly conferredBy: string | null;
  /** Whether the conferrer is a lone head word (`Cờ thi đua Bộ`), to be completed from context. */
  readonly bareConferrer: boolean;
}

/** What follows a group of mentions: how many received it and who. */
interface Tail {
  readonly count: number | null;
  readonly recipients: string[];
  readonly end: number;
  /** Whether a count or recipients were stated (`: 54 tập thể`, `cho ...`). */
  readonly stated: boolean;
}

// ---------------------------------------------------------------------------
// Patterns, built once from the tables. All run on lower-cased text; sticky ones at a
// known offset; `$`-anchored ones on slices of at most LOOKBACK characters.

const LOOKBACK = 100;
const FORM_BY_VARIANT: ReadonlyMap<string, AwardForm> = new Map(
  AWARD_FORMS.flatMap((f) => f.variants.map((v) => [v, f] as const)),
);
const FORM_RE = new WordStartPattern(new RegExp(`(${alternation(FORM_BY_VARIANT.keys())})(?![\\p{L}\\p{N}])`, 'gu'));
const FORM_AT = new RegExp(`(?:${alternation(FORM_BY_VARIANT.keys())})(?![\\p{L}\\p{N}])`, 'uy');
const ORDER_NAME_AT = new RegExp(`[ \\t]{1,3}[“"]?(?:${alternation(ORDER_NAMES)})[”"]?(?![\\p{L}\\p{N}])`, 'uy');
const MEDAL_NAME_AT = new RegExp(`[ \\t]{1,3}[“"]?(?:${alternation(MEDAL_NAMES)})[”"]?(?![\\p{L}\\p{N}])`, 'uy');
const CLASS_AT = new RegExp(`[ \\t]{1,3}hạng[ \\t]{1,3}(?:${alternation(CLASS_WORDS)})(?![\\p{L}\\p{N}])`, 'uy');
const QUOTED_NAME_AT = /[ \t]{0,3}[“"][^”"\n]{1,80}[”"]/uy;
const LEVEL_AT = new RegExp(`[ \\t]{1,3}(?:${alternation(EMULATION_LEVELS)})(?![\\p{L}\\p{N}])`, 'uy');
const QUALIFIER_AT = new RegExp(`[ \\t]{1,3}(?:${alternation(CERTIFICATE_QUALIFIERS)})(?![\\p{L}\\p{N}])`, 'uy');
/**
 * `Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức nhà nước` written without quotes: the name
 * opens with `vì` and runs to `cho`, `của`, `tại`, `năm` or punctuation.
 */
const VI_NAME_AT = /[ \t]{1,3}vì(?:[ \t]{1,3}(?!(?:cho|của|tại|năm|và)(?![\p{L}]))[\p{L}\p{N}]{1,12}){1,10}/uy;
/** `huy chương vàng, bạc, đồng`: sports medals, not commendations. */
const SPORTS_MEDAL_AT = /[ \t]{1,3}(?:vàng|bạc|đồng)(?![\p{L}])/uy;
const MEDAL_NAME_STOPS: ReadonlySet<string> = new Set(MEDAL_NAME_END_WORDS);
const CLOSE_QUOTE_AT = /[ \t]{0,2}[”"],?/uy;
const CONFERRER_LEAD_AT = /[ \t]{0,3}(?:của|do)[ \t]{1,3}/uy;

/** A bare `cờ` followed by its conferrer (`của ...`) or its quoted title. */
const BARE_FLAG_RE = new RegExp(`(?<![\\p{L}])${BARE_FLAG_WORD}(?=[ \\t]{1,3}(?:của[ \\t]|[“"]))`, 'gu');
/** An opening quote and a prize's name: `“giải thưởng`. */
const QUOTED_PRIZE_RE = new RegExp(`[“"](?=${PRIZE_WORD}[ \\t])`, 'gu');
/** The edition after a prize's name (`lần thứ nhất`, `, năm 2014`), where its type ends. */
const PRIZE_EDITION_RE = new RegExp(`,?[ \\t]{1,3}(?:${alternation(PRIZE_EDITION_WORDS)})[ \\t]`, 'u');
const PRIZE_NAME_RE = /[^”"\n]{1,120}[”"]/uy;

const UNITS = alternation(RECIPIENT_UNITS);
/** `N <unit>`: a stated number of recipients. */
const NUMBER_UNIT_RE = new WordStartPattern(
  new RegExp(`(\\d{1,6})[ \\t]{1,3}(?:${UNITS})(?![\\p{L}\\p{N}])`, 'gu'),
  /(?<=[\p{L}\p{N}.,])/uy,
);
const NUMBER_UNIT_AT = new RegExp(`(\\d{1,6})[ \\t]{1,3}(?:${UNITS})(?![\\p{L}\\p{N}])`, 'uy');
const COLON_AT = /[ \t]{0,3}:[ \t]{0,3}/uy;
const FOR_AT = /[ \t]{0,3},?[ \t]{0,3}(?:tặng[ \t]{1,3})?(?:cho|tới|đến)[ \t]{1,3}/uy;
const IS_AT = /[ \t]{0,3},?[ \t]{0,3}là[ \t]{1,3}/uy;
/** Where the recipients of a `cho ...` phrase end. */
const FOR_END_RE = /[;\n]|\.(?=\s|$)|[ \t](?:do|vì|nhờ|theo|nhân dịp|tại)[ \t]/gu;
/** Where a `: N tập thể` list ends. */
const LIST_END_RE = /[;\n]|\.(?=\s|$|\p{L})/gu;
/** `là` introducing the names inside a `cho N tập thể ... là A và B` phrase. */
const IS_INSIDE_RE = /[ \t]là[ \t]/u;

/** `01 cá nhân được tặng thưởng `, `02 tập thể được nhận `, `01 cá nhân đạt danh hiệu ` before a form. */
const COUNT_BEFORE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(\\d{1,6})[ \\t]{1,3}(?:${UNITS})[ \\t]{1,3}(?:đã[ \\t]{1,3})?(?:được|đạt|nhận)(?:[ \\t]{1,3}\\p{L}{1,10}){0,4}[ \\t]{1,3}[“"]?$`,
  'u',
);
/**
 * Verbs of conferring before a form (`UBND tỉnh đã tặng trao tặng`, `đề nghị ... xét
 * tặng danh hiệu “`). Single words repeated, so no two alternatives overlap.
 */
const CONFER_BEFORE_RE =
  /(?<![\p{L}])(?:(?:đã|vừa|sẽ)[ \t]{1,3})?(?:(?:trao|tặng|thưởng|khen|xét|truy|phong|công nhận)[ \t]{1,3}){1,4}(?:danh hiệu[ \t]{1,3})?[“"]?[ \t]{0,2}$/u;
/** `được` right before a verb chain: the subject receives, it does not confer. */
const PASSIVE_BEFORE_RE = /(?<![\p{L}])được[ \t]{1,3}(?:vinh dự[ \t]{1,3})?$/u;
/** `nhận` / `đón nhận` before a form: the subject receives (`công nhận` is conferring). */
const RECEIVE_BEFORE_RE =
  /(?<![\p{L}])(?:(?:được|đã|vừa)[ \t]{1,3})?(?:vinh dự[ \t]{1,3})?(?:đón[ \t]{1,3})?(?<!công[ \t])nhận[ \t]{1,3}(?:danh hiệu[ \t]{1,3})?[“"]?[ \t]{0,2}$/u;
/** Words in the same clause that make an honorary title a conferral rather than a form of address. */
const CONTEXT_RE =
  /(?<![\p{L}])(?:tặng|trao|phong|nhận|công nhận|đạt|danh hiệu|đề nghị|xét|suy tôn|khen thưởng|bình chọn|đề xuất|vinh danh)(?![\p{L}])/u;
/** Nouns before a form that make it the name of an event or club, not a commendation. */
const EVENT_BEFORE_RE = /(?<![\p{L}])(?:hội nghị|đại hội|hội thi|cuộc thi|câu lạc bộ|phong trào|quỹ|lễ tôn vinh)[ \t]{1,3}[“"]?$/u;
/** Words that may separate mentions of one group (`Bằng khen toàn diện và Bằng khen phong trào`). */
const GROUP_GAP_RE = /^[ \t]{0,3}(?:,|và|hoặc|,[ \t]{0,3}và)?[ \t]{0,3}(?:danh hiệu[ \t]{1,3})?[“"]?$/u;
/** Words to drop in front of a recipient's name. */
const RECIPIENT_PREFIX_RE = /^(?:(?:cho|các|tập thể|cá nhân|đồng chí|ông|bà|anh|chị|đơn vị)[ \t]{1,3}){1,3}/u;

/**
 * Extracts the commendations conferred or proposed in the body, one per distinct form
 * and conferrer, in order of first mention.
 *
 * @param body  the article body with its paragraphs and their offsets
 * @param ctx   the headline, read after the body
 * @returns     the awards, each with its `span` in `body.text` (null for one named only in the headline)
 */
export function extractAwards(body: BodyContext, ctx: EntityContext): Award[] {
  const out: Award[] = [];
  const byKey = new Map<string, { award: Award; names: Set<string> }>();
  // The headline may name the form the article is about (`... đón nhận Huân chương Hồ Chí
  // Minh`) when the body only alludes to it; read after the body, its awards have no span.
  const headline = ctx.title === null ? null : { text: ctx.title, lower: lowerSameLength(ctx.title), offset: 0 };
  const inBody = body.paras.flatMap(extractFromParagraph);
  const bodyTypes = new Set(inBody.map((a) => fold(a.type)));
  // A form the body names already is the headline restating it, whoever it names as conferrer.
  const title = headline === null ? [] : extractFromParagraph(headline).filter((a) => !bodyTypes.has(fold(a.type))).map((a) => ({ ...a, span: null }));
  for (const award of [...inBody, ...title]) {
    const key = `${fold(award.type)}|${fold(award.conferredBy)}`;
    const prior = byKey.get(key);
    if (prior) {
      // A later mention of the same form adds its recipients to the first one.
      for (const r of award.recipients) {
        if (prior.names.has(r)) continue;
        prior.names.add(r);
        prior.award.recipients.push(r);
      }
      continue;
    }
    byKey.set(key, { award, names: new Set(award.recipients) });
    out.push(award);
  }
  return out;
}

function fold(s: string | null): string {
  return (s ?? '').toLowerCase();
}

/** The awards of one paragraph: mentions, grouped, each group read with its context. */
function extractFromParagraph(para: Para): Award[] {
  const mentions = findMentions(para);
  if (mentions.length === 0) return [];
  const out: Award[] = [];
  const groups = groupMentions(para, mentions);
  groups.forEach((group, i) => {
    const last = group[group.length - 1] as Mention;
    const first = group[0] as Mention;
    // What follows a group ends where the next group begins (`... cho 30 cá nhân và danh hiệu X cho 150 cá nhân`).
    const tail = readTail(para, last.end, groups[i + 1]?.[0]?.start ?? para.text.length);
    const pre = readBefore(para, first.start);
    if (group.some((m) => m.form.needsContext) && !tail.stated && !hasContext(para, first.start)) {
      group.splice(0, group.length, ...group.filter((m) => !m.form.needsContext));
      if (group.length === 0) return;
    }
    const start = Math.min(first.start, pre.start);
    const end = trimConnectives(para.lower, start, Math.max(tail.end, last.end));
    const raw = rawSlice(para.text, start, end);
    for (const m of group) {
      const conferredBy = chooseConferrer(m, pre.agent);
      out.push({
        type: m.type,
        conferredBy,
        recipients: [...(tail.recipients.length > 0 ? tail.recipients : pre.recipients)],
        count: tail.count ?? pre.count,
        raw,
        span: [para.offset + start, para.offset + end],
      });
    }
  });
  return out;
}

/** Every form in the paragraph with its written type and conferrer. */
function findMentions(para: Para): Mention[] {
  const out: Mention[] = [];
  FORM_RE.lastIndex = 0;
  for (let m = FORM_RE.exec(para.lower); m; m = FORM_RE.exec(para.lower)) {
    const form = FORM_BY_VARIANT.get(m[1] as string);
    if (!form) continue;
    const before = para.lower.slice(Math.max(0, m.index - 40), m.index);
    if (EVENT_BEFORE_RE.test(before)) continue;
    if (form.shape === 'medal' && stickyEnd(SPORTS_MEDAL_AT, para.lower, m.index + m[0].length) >= 0) continue;
    const mention = readMention(para, form, m.index, m.index + m[0].length);
    out.push(mention);
    // Continue after the mention so that a name inside it (`Huân chương Chiến sĩ vẻ vang`) is not read again.
    FORM_RE.lastIndex = Math.max(FORM_RE.lastIndex, mention.typeEnd);
  }
  out.push(...bareFlags(para), ...quotedPrizes(para));
  return out.sort((a, b) => a.start - b.start);
}

/** `nhận cờ của Thủ tướng`, `tặng cờ “...”`: a bare flag right after a verb of conferring or receiving. */
function bareFlags(para: Para): Mention[] {
  const out: Mention[] = [];
  BARE_FLAG_RE.lastIndex = 0;
  for (let m = BARE_FLAG_RE.exec(para.lower); m; m = BARE_FLAG_RE.exec(para.lower)) {
    const before = para.lower.slice(Math.max(0, m.index - LOOKBACK), m.index);
    if (!CONFER_BEFORE_RE.test(before) && !RECEIVE_BEFORE_RE.test(before)) continue;
    const mention = readMention(para, BARE_FLAG_FORM, m.index, m.index + m[0].length);
    out.push({ ...mention, type: BARE_FLAG_FORM.name });
  }
  return out;
}

/** `“Giải thưởng X lần thứ nhất, năm 2014”` in a sentence of conferring: the prize `Giải thưởng X`. */
function quotedPrizes(para: Para): Mention[] {
  const out: Mention[] = [];
  QUOTED_PRIZE_RE.lastIndex = 0;
  for (let m = QUOTED_PRIZE_RE.exec(para.lower); m; m = QUOTED_PRIZE_RE.exec(para.lower)) {
    const start = m.index + m[0].length;
    const end = stickyEnd(PRIZE_NAME_RE, para.lower, start);
    // A prize of the law's own list (`Giải thưởng Hồ Chí Minh`) is read as that form.
    if (end < 0 || stickyEnd(FORM_AT, para.lower, start) >= 0 || !hasContext(para, m.index)) continue;
    const name = para.lower.slice(start, end - 1);
    const edition = PRIZE_EDITION_RE.exec(name);
    const typeEnd = start + (edition === null ? name.length : edition.index);
    out.push({ form: PRIZE_FORM, start: m.index, typeEnd, end, type: writtenType(para.text, start, typeEnd), conferredBy: null, bareConferrer: false });
  }
  return out;
}

/** Reads a form's name, class or level, qualifiers and conferrer after its base words. */
function readMention(para: Para, form: AwardForm, start: number, baseEnd: number): Mention {
  let typeEnd = baseEnd;
  if (form.shape === 'order' || form.shape === 'medal') {
    let named = stickyEnd(form.shape === 'order' ? ORDER_NAME_AT : MEDAL_NAME_AT, para.lower, typeEnd);
    // Commemorative medals carry their name in quotes (`Kỷ niệm chương “Vì sự nghiệp ...”`) or after `Vì`.
    if (named < 0 && form.shape === 'medal') named = stickyEnd(QUOTED_NAME_AT, para.lower, typeEnd);
    if (named < 0 && form.shape === 'medal') named = stickyEnd(VI_NAME_AT, para.lower, typeEnd);
    if (named < 0 && form.shape === 'medal') named = capitalisedName(para, typeEnd);
    if (named >= 0) typeEnd = named;
    const cls = stickyEnd(CLASS_AT, para.lower, typeEnd);
    if (cls >= 0) typeEnd = cls;
  } else if (form.shape === 'leveled') {
    const level = stickyEnd(LEVEL_AT, para.lower, typeEnd);
    if (level >= 0) typeEnd = level;
  }
  let end = typeEnd;
  if (form.shape === 'certificate') {
    for (let q = stickyEnd(QUALIFIER_AT, para.lower, end); q >= 0; q = stickyEnd(QUALIFIER_AT, para.lower, end)) end = q;
  }
  // `danh hiệu “Cờ thi đua”`: the closing quote belongs to the mention when it opened before it.
  const close = /[“"][ \t]{0,2}$/u.test(para.text.slice(Math.max(0, start - 3), start)) ? stickyEnd(CLOSE_QUOTE_AT, para.lower, end) : -1;
  if (close >= 0) end = close;
  const conferrer = readConferrer(para, form, end);
  return {
    form,
    start,
    typeEnd,
    end: conferrer ? conferrer.end : end,
    type: writtenType(para.text, start, typeEnd),
    conferredBy: conferrer?.text ?? null,
    bareConferrer: conferrer?.bare ?? false,
  };
}

/** A capitalised name right after a medal (`kỷ niệm chương CCB Việt Nam`), or -1. */
function capitalisedName(para: Para, pos: number): number {
  const at = skipSpaces(para.text, pos);
  if (at === pos || !/^\p{Lu}/u.test(para.text.charAt(at))) return -1;
  return readName(para.text, at, { maxWords: 8, stops: MEDAL_NAME_STOPS })?.end ?? -1;
}

/** `Huân chương lao động hạng III` as written, quotes dropped, first letter capitalised. */
function writtenType(text: string, start: number, end: number): string {
  const s = text.slice(start, end).replace(/[“”"]/g, '').replace(/[\s\u00A0]+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `của <body>` / `do <body>` after a form, or a body named right after it (`Cờ thi đua Chính phủ`). */
function readConferrer(para: Para, form: AwardForm, pos: number): { text: string; end: number; bare: boolean } | null {
  const isItemStart = (p: number): boolean => stickyEnd(FORM_AT, para.lower, p) >= 0;
  const lead = stickyEnd(CONFERRER_LEAD_AT, para.lower, pos);
  let name: TextRange | null = null;
  if (lead >= 0) name = readName(para.text, lead, { isItemStart });
  else if (form.shape === 'certificate') {
    const at = skipSpaces(para.text, pos);
    if (at > pos && headAt(para.text, at)) name = readName(para.text, at, { isItemStart });
  }
  if (!name) return null;
  const text = para.text.slice(name.start, name.end).replace(/[\s\u00A0]+/g, ' ').trim();
  if (text.length === 0) return null;
  return { text, end: name.end, bare: !/\s/.test(text) };
}

/** Mentions separated only by `và`, a comma or `danh hiệu` share one tail. */
function groupMentions(para: Para, mentions: readonly Mention[]): Mention[][] {
  const groups: Mention[][] = [];
  for (const m of mentions) {
    const current = groups[groups.length - 1];
    const prev = current?.[current.length - 1];
    if (current && prev && m.start >= prev.end && GROUP_GAP_RE.test(para.lower.slice(prev.end, m.start))) current.push(m);
    else groups.push([m]);
  }
  return groups;
}

/** How many received the award and who, from `: N tập thể`, `cho ...` or `là ...` after it. */
function readTail(para: Para, pos: number, limit: number): Tail {
  const none: Tail = { count: null, recipients: [], end: pos, stated: false };
  const colon = stickyEnd(COLON_AT, para.lower, pos);
  if (colon >= 0) {
    // `Cờ thi đua của UBND tỉnh: 54 tập thể`; `: 202 tập thể và 441 cá nhân` states two numbers.
    const end = clauseEnd(para.lower, colon, LIST_END_RE, Math.min(160, limit - colon));
    const numbers = numbersOf(para.lower.slice(colon, end));
    if (numbers.length === 0) return none;
    return { count: numbers.length === 1 ? (numbers[0] ?? null) : null, recipients: [], end, stated: true };
  }
  const isAt = stickyEnd(IS_AT, para.lower, pos);
  if (isAt >= 0) {
    const named = splitRecipients(para.text, isAt, clauseEnd(para.lower, isAt, FOR_END_RE, Math.min(200, limit - isAt)));
    return { count: null, recipients: named.names, end: named.end, stated: named.names.length > 0 };
  }
  const forAt = stickyEnd(FOR_AT, para.lower, pos);
  if (forAt < 0) return none;
  const end = clauseEnd(para.lower, forAt, FOR_END_RE, Math.min(240, limit - forAt));
  const segment = para.lower.slice(forAt, end);
  const inside = IS_INSIDE_RE.exec(segment);
  const countPart = inside ? segment.slice(0, inside.index) : segment;
  let count: number | null = null;
  if (stickyEnd(NUMBER_UNIT_AT, para.lower, forAt) >= 0) {
    // `cho 23 tập thể và 23 cá nhân` states two numbers: no single count.
    count = numbersOf(countPart).length === 1 ? leadingNumber(para.lower, forAt) : null;
  }
  const namesFrom = inside ? forAt + inside.index + inside[0].length : count === null && !/^\d/.test(segment) ? forAt : -1;
  const named = namesFrom >= 0 ? splitRecipients(para.text, namesFrom, end) : { names: [], end };
  // The phrase ends with the last name when names were read, else with the clause.
  return { count, recipients: named.names, end: named.names.length > 0 ? named.end : end, stated: true };
}

/** Context before the first mention of a group: agent, a stated count, the receiving subject. */
function readBefore(para: Para, start: number): { agent: string | null; count: number | null; recipients: string[]; start: number } {
  const from = Math.max(0, start - LOOKBACK);
  const before = para.lower.slice(from, start);
  const counted = COUNT_BEFORE_RE.exec(before);
  if (counted) return { agent: null, count: Number(counted[1]), recipients: [], start: from + counted.index };
  const receive = RECEIVE_BEFORE_RE.exec(before);
  if (receive) {
    const subject = findAgentBefore(para.text, from + receive.index);
    const recipients = subject ? splitRecipients(para.text, subject.start, subject.end).names : [];
    return { agent: null, count: null, recipients, start: subject ? subject.start : from + receive.index };
  }
  const confer = CONFER_BEFORE_RE.exec(before);
  if (confer) {
    const verbStart = from + confer.index;
    if (PASSIVE_BEFORE_RE.test(para.lower.slice(Math.max(0, verbStart - 30), verbStart))) {
      return { agent: null, count: null, recipients: [], start: verbStart };
    }
    const agent = findAgentBefore(para.text, verbStart);
    if (agent) {
      const text = para.text.slice(agent.start, agent.end).replace(/[\s\u00A0]+/g, ' ').trim();
      return { agent: text.length > 0 ? text : null, count: null, recipients: [], start: agent.start };
    }
    return { agent: null, count: null, recipients: [], start: verbStart };
  }
  return { agent: null, count: null, recipients: [], start };
}

/**
 * The conferrer: the one written with the form (`của UBND tỉnh`), unless that is a lone
 * head word (`Cờ thi đua Bộ`) and the acting body begins with it (`trình Bộ TT&TT khen
 * thưởng`); else the acting body.
 */
function chooseConferrer(m: Mention, agent: string | null): string | null {
  if (m.conferredBy === null) return agent;
  if (m.bareConferrer && agent !== null && agent.startsWith(m.conferredBy)) return agent;
  return m.conferredBy;
}

/** Whether the clause before `pos` has a word of conferring (for honorary titles). */
function hasContext(para: Para, pos: number): boolean {
  const before = para.lower.slice(Math.max(0, pos - LOOKBACK), pos);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('\n'));
  return CONTEXT_RE.test(before.slice(cut + 1));
}

/** Separators of a list of recipients. */
const RECIPIENT_SEPARATOR_RE = /,[ \t]{1,3}|[ \t]{1,3}và[ \t]{1,3}/gu;

/**
 * Named recipients in `[from, to)`: items split at commas and `và`, each a capitalised
 * name read up to its first stop word. The list ends at the first item that is not a
 * name (`... Sở Nội vụ và bầu ...`); `end` is where the last name ends.
 */
function splitRecipients(text: string, from: number, to: number): { names: string[]; end: number } {
  const names: string[] = [];
  let end = from;
  const slice = text.slice(from, to);
  RECIPIENT_SEPARATOR_RE.lastIndex = 0;
  let itemStart = from;
  for (let i = 0; i < 30; i++) {
    const sep = RECIPIENT_SEPARATOR_RE.exec(slice);
    const itemEnd = sep ? from + sep.index : to;
    const item = readRecipient(text, itemStart, itemEnd);
    if (!item) break;
    names.push(item.name);
    end = item.end;
    if (!sep || item.cut) break;
    itemStart = from + sep.index + sep[0].length;
  }
  return { names, end };
}

/** One recipient's name in `[start, end)`, without `tập thể`, `ông`, ... in front. */
function readRecipient(text: string, start: number, end: number): { name: string; end: number; cut: boolean } | null {
  const s = skipSpaces(text, start);
  const prefix = RECIPIENT_PREFIX_RE.exec(text.slice(s, end));
  const at = s + (prefix ? prefix[0].length : 0);
  if (!/^\p{Lu}/u.test(text.charAt(at))) return null;
  const name = readName(text, at, { maxWords: 16, limit: end });
  if (!name) return null;
  const value = text.slice(name.start, name.end).replace(/[\s\u00A0]+/g, ' ').trim();
  if (value.length === 0) return null;
  return { name: value, end: name.end, cut: text.slice(name.end, end).trim().length > 0 };
}

/** End of the clause that starts at `pos`: the first match of `endRe`, within `max` characters. */
function clauseEnd(lower: string, pos: number, endRe: RegExp, max: number): number {
  const window = lower.slice(pos, Math.min(lower.length, pos + max));
  endRe.lastIndex = 0;
  const m = endRe.exec(window);
  return pos + (m ? m.index : window.length);
}

/** The numbers of recipients stated in `s` (`12 tập thể`), at most a few: only one or more matters. */
function numbersOf(s: string): number[] {
  const out: number[] = [];
  NUMBER_UNIT_RE.lastIndex = 0;
  for (let m = NUMBER_UNIT_RE.exec(s); m && out.length < 3; m = NUMBER_UNIT_RE.exec(s)) out.push(Number(m[1]));
  return out;
}

/** The number of a `N <unit>` phrase starting at `pos`, or null. */
function leadingNumber(lower: string, pos: number): number | null {
  const m = stickyExec(NUMBER_UNIT_AT, lower, pos);
  return m ? Number(m.match[1]) : null;
}

/** Words a phrase cut at the next mention may end with (`... cho 30 cá nhân và danh hiệu`). */
// At most 30 repetitions: the window is 60 characters and one repetition takes at least 2 (` “`).
const TRAILING_CONNECTIVES_RE = /(?:[ \t,;:]{1,4}(?:và|hoặc|cùng|danh hiệu|[“"])){1,30}[ \t,;:]{0,4}$/u;

/** Moves `end` back over trailing connectives. Looks at most 60 characters back. */
function trimConnectives(lower: string, start: number, end: number): number {
  const from = Math.max(start, end - 60);
  const m = TRAILING_CONNECTIVES_RE.exec(lower.slice(from, end));
  return m ? from + m.index : end;
}

