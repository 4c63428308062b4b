/**
 * The regular expressions that find document references, built once from the type table.
 *
 * Each is linear: literal alternations, single-character classes with bounded counts,
 * and no quantified group whose body can match the same text two ways. The `$`-anchored
 * ones run only on short slices (at most {@link LOOKBACK} characters) before a match.
 */
import {
  DOCUMENT_TYPES,
  GENERIC_DOCUMENT_WORDS,
  QUANTITY_WORDS,
  SHORT_CITED_TYPES,
  documentTypeNames,
} from '../../vi/document-types.js';
import { WordStartPattern } from '../../text/word-start.js';
import { alternation } from '../../text/reading-kit.js';

/** How far back a type word, `số` or a citing verb is looked for. */
export const LOOKBACK = 64;

/** `số` (number), also as commonly mistyped without its accent (`sô`), lower case. */
const SO = 's[ốô]';

/** Every type name, lower case (matching runs on a lower-cased copy of the text). */
const TYPE_NAMES = alternation(documentTypeNames().map((t) => t.written.toLowerCase()));
/** Type names plus the generic `văn bản`. */
const TYPE_OR_GENERIC = alternation([
  ...documentTypeNames().map((t) => t.written.toLowerCase()),
  ...GENERIC_DOCUMENT_WORDS,
]);
/** Names of the types that may be cited without a number. */
const CITABLE_NAMES = alternation(
  documentTypeNames().filter((t) => t.info.citable).map((t) => t.written.toLowerCase()),
);

/** A symbol segment: `KH`, `UBND`, `NĐ`, `TTg`, `BTGTW`, `TT&TT`. */
const SEG = String.raw`\p{Lu}[\p{L}\p{N}&]{0,15}`;
/** A symbol: segments joined by hyphens, typed with a stray space at times (`NĐ- CP`). */
const SYM = String.raw`${SEG}(?:[ \t]?[-–][ \t]?${SEG}){0,6}`;

/**
 * The number-and-symbol core of a reference, on the original text:
 * `4614/KH-UBND`, `91/2017/NĐ-CP` (year inside), `03-CT/TW` (Party form).
 * Groups: 1 number, 2 year, 3 symbol, 4 Party type code, 5 Party issuer part.
 */
export const CORE_RE = new WordStartPattern(
  new RegExp(
    String.raw`(\d{1,6})(?:(?:/(\d{4}))?[ \t]?/[ \t]?(${SYM})|[-–](${SEG})[ \t]?/[ \t]?(${SYM}))(?![\p{L}\p{N}&])`,
    'gu',
  ),
  /(?<=[\p{L}\p{N}/.,\-–])/uy,
);

/**
 * `<type> [up to 4 words] số[:]` right before a core (`Quyết định khen thưởng số`, `Luật
 * Thi đua, khen thưởng số`), on a lower-cased slice. Group 1: the type. The caller takes
 * the match nearest to `số` (`quy định tại Quyết định số` is a Quyết định).
 */
export const TYPED_SO_BEFORE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${TYPE_OR_GENERIC})(?:,?[ \t]{1,3}\p{L}{1,12}){0,4}?[ \t]{1,3}${SO}[ \t]{0,2}:?[ \t]{0,3}$`,
  'gu',
);
/** The letterhead line of a document itself (`Số: 594/KH-UBND` opening a paragraph), not a reference to another. */
export const OWN_NUMBER_LINE_RE = /^[ \t]{0,3}số[ \t]{0,2}:[ \t]{0,3}$/u;
/** `<type> ` right before a core (`Nghị định 42/2010/NĐ-CP`). Group 1: the type. */
export const TYPED_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${TYPE_OR_GENERIC})[ \t]{1,3}$`, 'u');
/** A bare `số ` right before a core (`văn bản số`, `gọi tắt là số`). */
export const SO_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])${SO}[ \t]{0,2}:?[ \t]{0,3}$`, 'u');

/**
 * `<type> số <number>` with no symbol (`Nghị quyết số 31 ngày 6/9/2016`), on the
 * lower-cased text. Groups: 1 type, 2 number.
 */
export const NUMBER_ONLY_RE = new WordStartPattern(
  new RegExp(String.raw`(${TYPE_NAMES})[ \t]{1,3}${SO}[ \t]{1,3}(\d{1,6})(?![\p{L}\p{N}]|[ \t]?[/\-–]|[.,]\d)`, 'gu'),
);

/**
 * `<type> <number>` with neither `số` nor a symbol (`Thông tư 17`, `Nghị định 91`), on the
 * original text: only the types news refers to this way, capitalised, and not a number of
 * years or people (`Kế hoạch 5 năm`). Groups: 1 type, 2 number.
 */
export const SHORT_NUMBER_RE = new WordStartPattern(new RegExp(
  String.raw`(${alternation(SHORT_CITED_TYPES)})[ \t]{1,3}(\d{1,4})(?![\p{L}\p{N}]|[ \t]?[/\-–]|[.,]\d|[ \t]?%|[ \t]{1,3}(?:${alternation(QUANTITY_WORDS)})(?![\p{L}]))`,
  'gu',
));

/** A citable type name as a whole word, on the lower-cased text. Group 1: the type. */
const CITABLE_TYPE = String.raw`(${CITABLE_NAMES})(?![\p{L}\p{N}])`;
/** A citable type name anywhere, on the lower-cased text. Group 1: the type. */
export const CITABLE_TYPE_RE = new WordStartPattern(new RegExp(CITABLE_TYPE, 'gu'));
/** A citable type name right at the sticky position, not inside a word. */
export const CITABLE_TYPE_AT = new RegExp(String.raw`(?<![\p{L}\p{N}])${CITABLE_TYPE}`, 'uy');

/**
 * Words that cite a document as the basis of what follows (`Thực hiện`, `Căn cứ`, `theo`,
 * `Quán triệt`), right before the type, on a lower-cased slice; an adverb may sit between
 * (`Thực hiện tốt`).
 */
export const CUE_BEFORE_RE =
  /(?<![\p{L}\p{N}])(?:triển khai thực hiện|tổ chức thực hiện|hướng dẫn thực hiện|thực hiện|triển khai|căn cứ|theo|quán triệt|trên cơ sở|thi hành|cụ thể hóa|cụ thể hoá|chấp hành|tuân thủ|học tập)(?:[ \t]{1,3}(?:tốt|nghiêm túc|có hiệu quả|hiệu quả|đúng|đầy đủ))?[ \t]{1,3}$/u;

/** Words that make a type name plural or a draft (`các Nghị quyết`, `dự thảo Kế hoạch`). */
export const NOT_A_REFERENCE_BEFORE_RE =
  /(?<![\p{L}\p{N}])(?:các|những|mọi|một số|nhiều|dự thảo|xây dựng|mục|loại)[ \t]{1,3}$/u;

/** A body that adopts a resolution, right after the type (`Nghị quyết Đại hội ...`), original case. */
/** A Party term as written in a plenum's name: `khóa XII`, `khoá XI`. */
const TERM = '(?:kh[oó]a|khoá)[ \\t]{1,3}[IVXLC]{1,7}(?![\\p{L}])';
export const ADOPTING_BODY_AT = /[ \t]{1,3}(?=(?:Đại hội|Hội nghị|Kỳ họp|Kì họp)(?![\p{L}]))/uy;
/**
 * A Party plenum that adopted a resolution, named by its number and term (`Trung ương 4 khóa XI,
 * khóa XII`, `T.Ư 4 (khóa XI)`, `TW 8`): sticky after the type, on the original text. Every
 * repetition is bounded and each alternative starts with its own character: linear.
 */
export const PLENUM_AT = new RegExp(
  '[ \\t]{1,3}(?<name>(?:Trung ương|T\\.Ư|T\\.W|TW|TƯ)[ \\t]{1,3}\\d{1,2}(?![\\p{L}\\p{N}])' +
    '(?:[ \\t]{0,3}\\([ \\t]{0,2}' + TERM + '[ \\t]{0,2}\\)|[ \\t]{1,3}' + TERM + '(?:,[ \\t]{1,3}' + TERM + '){0,3})?)',
  'uy',
);
/** An ordinal that names one congress or session (`lần thứ XIV`, `khóa XII`, `XIII`, `4`). */
export const ORDINAL_RE = /lần thứ|kh[oó]a|khoá|(?<![\p{L}])[IVXLC]{1,7}(?![\p{L}])|\d/u;

/**
 * Title words between an unnumbered type and `của` (`Kế hoạch hoạt động của Khối ...`),
 * sticky on the lower-cased text. Words that begin a clause of their own are excluded, and
 * a long title (`Chương trình mục tiêu quốc gia xây dựng nông thôn mới của tỉnh`) names a
 * programme, not a document.
 */
export const TITLE_THEN_OF_AT =
  /(?:[ \t]{1,3}(?!(?:về|và|theo|cho|tại|để|nhằm|được|đã|do|của|số)(?![\p{L}]))[\p{L}\p{N}]{1,12}){0,5}?[ \t]{1,3}của[ \t]{1,3}/uy;

/** `của ` or `do ` after a reference, sticky on the lower-cased text. Group 1: the word. */
export const ISSUER_LEAD_AT = /[ \t]{0,3},?[ \t]{0,3}(của|do)[ \t]{1,3}/uy;
/** The verb after `do <issuer>` that makes it the issuer (`do UBND tỉnh ban hành`). */
export const ISSUE_VERB_AT = /[ \t]{1,3}(?:vừa[ \t]{1,3}|đã[ \t]{1,3})?(?:ký[ \t]{1,3}ban hành|ban hành|ký|phát hành|phê duyệt)(?![\p{L}])/uy;
/** `do` introducing the issuer after a subject (`... mới đây do X ký ban hành`), sticky, lower case. */
export const LATE_ISSUER_LEAD_AT = /[ \t]{0,3},?[ \t]{0,3}(?:(?:mới đây|vừa qua|gần đây)[ \t]{1,3})?do[ \t]{1,3}/uy;
/** `về` / `về việc` opening a subject, sticky, lower case. */
export const SUBJECT_LEAD_AT = /[ \t]{0,3},?[ \t]{0,3}về[ \t]{1,3}(?:việc[ \t]{1,3})?/uy;

/**
 * Where a subject ends: a clause break, `theo`/`căn cứ` starting the next basis, a time
 * adverb or `do` before the issuer, or the next numbered reference. Global, run on a
 * bounded window of the lower-cased text.
 */
export const SUBJECT_END_RE = new RegExp(
  String.raw`[;\n]|\.(?=\s|$)|[ \t](?:theo|căn cứ)[ \t]|[ \t](?:mới đây|vừa qua|gần đây)(?![\p{L}])|[ \t]do[ \t]|\(sau đây|,?[ \t](?:và[ \t]{1,3})?(?:${TYPE_OR_GENERIC})[ \t]{1,3}số[ \t]`,
  'gu',
);

/**
 * Where a subject ends on the original text: a comma before a capital or before `các` /
 * `những`, which open the main clause after an opening basis (`Thực hiện Chỉ thị ... về
 * X, các chi bộ đã ...`). Commas inside a subject are followed by lower-case nouns
 * (`học sinh, sinh viên`). Global, run on a bounded window.
 */
export const SUBJECT_CLAUSE_END_RE = /,[ \t]{1,3}(?:\p{Lu}|(?:các|những|đồng thời|qua đó|theo đó|từ đó|nhờ đó)(?![\p{L}]))/gu;

/**
 * The verb of issuing right before a reference (`UBND tỉnh đã ban hành`, `vừa ký, ban
 * hành`), on a lower-cased slice. Its match start is where the agent ends.
 */
export const ISSUED_BY_BEFORE_RE =
  /(?<![\p{L}])(?:(?:đã chính thức|vừa mới|đã|vừa|mới)[ \t]{1,3})?(?:ký[ \t]{0,2},[ \t]{0,3}ban hành|ký ban hành|ban hành|ký|phê duyệt)[ \t]{1,3}$/u;
/** `ngày d/m/yyyy,` right before an agent (`ngày 18/3/2021, UBND tỉnh đã ban hành`), lower case. */
export const DATE_BEFORE_RE = /ngày[ \t]{1,3}(\d{1,2})[ \t]{0,2}([/.-])[ \t]{0,2}(\d{1,2})[ \t]{0,2}\2[ \t]{0,2}(\d{4})[ \t]{0,2},?[ \t]{0,3}$/u;

/**
 * Where the name of a law ends (`Luật Thi đua, khen thưởng ngày 26/11/2003`), global, on
 * the original text of a bounded window: a clause break, a date or a year, a verb or
 * conjunction (`Luật còn ...`, `Luật Hải quan hoặc ...`), a comma before a capital (the next
 * item of a list), or `và` before a lower-case word or the next document.
 */
export const LAW_NAME_END_RE = new RegExp(
  String.raw`[;\n(“”"]|\.(?=\s|$)|,[ \t]{0,3}(?=\p{Lu})|[ \t](?:ngày|năm|được|đã|quy định|hướng dẫn|do|tại|theo|có|còn|hoặc|là|sẽ|thì|cho|với|để|trong|nhằm|đang|vẫn|cũng|chưa|không|phải|cần|mà|nên|khi)(?![\p{L}])|[ \t]s[ốô][ \t]{0,2}\d|[ \t]và[ \t]{1,3}(?=\p{Ll}|${alternation(documentTypeNames().map((t) => t.written))})`,
  'gu',
);

/** Types whose unnumbered mentions are named by title, not by issuer (Luật, Pháp lệnh). */
export const NAMED_BY_TITLE: ReadonlySet<string> = new Set(DOCUMENT_TYPES.filter((t) => t.namedByTitle).map((t) => t.name));
