/**
 * Vietnamese official document types, as data.
 *
 * The administrative types and their symbol abbreviations are those of Decree
 * 30/2020/NĐ-CP (Appendix III, "Bảng chữ viết tắt tên loại văn bản"); the legal-normative
 * types are those of the Law on Promulgation of Legal Documents; the Party types follow
 * the Party's own rules (Hướng dẫn 36-HD/VPTW), whose symbols read `03-CT/TW`.
 *
 * Keep this file a plain table: the extractors build their regular expressions from it
 * once, at module load.
 */

/** One document type. */
export interface DocumentTypeInfo {
  /** The full name with its canonical capitalisation, as the record writes `type`. */
  readonly name: string;
  /**
   * Abbreviations used as the first part of a symbol (`KH` in `4614/KH-UBND`, `CT` in
   * `03-CT/TW`), case as the decree writes them. Empty when the type has none (Công văn).
   */
  readonly abbrs: readonly string[];
  /**
   * Other spellings of the name that mean the same type (old tone placement, `Thông tư
   * liên tịch` written out, ...). Matching is case-insensitive, so case variants are not listed.
   */
  readonly variants: readonly string[];
  /** Which family the type belongs to. */
  readonly family: 'administrative' | 'normative' | 'party';
  /**
   * Whether the type may be recognised without a number when it is cited as the basis for
   * something (`Thực hiện Kế hoạch ... của UBND tỉnh`). Reports, minutes, submissions and
   * the paper forms (invitations, slips) are never cited that way: a mention of them without
   * a number is a report of work, not a reference (see the gold conventions).
   */
  readonly citable: boolean;
  /**
   * Whether a mention without a number is identified by its title rather than by who
   * issued it (`Căn cứ Luật Thi đua, khen thưởng`): laws and codes name themselves.
   */
  readonly namedByTitle?: boolean;
  /**
   * Codes this type has in Party symbols (`03-CT/TW`) when they differ from `abbrs`: the
   * Party's `TT` is a Thông tri, not a Thông tư.
   */
  readonly partyAbbrs?: readonly string[];
}

/** The document types. Order does not matter: patterns sort the names longest first. */
export const DOCUMENT_TYPES: ReadonlyArray<DocumentTypeInfo> = [
  // Legal-normative documents (Luật Ban hành văn bản quy phạm pháp luật).
  { name: 'Hiến pháp', abbrs: [], variants: [], family: 'normative', citable: true, namedByTitle: true },
  { name: 'Bộ luật', abbrs: [], variants: [], family: 'normative', citable: true, namedByTitle: true },
  { name: 'Luật', abbrs: [], variants: [], family: 'normative', citable: true, namedByTitle: true },
  { name: 'Pháp lệnh', abbrs: ['PL'], variants: [], family: 'normative', citable: true, namedByTitle: true },
  { name: 'Nghị định', abbrs: ['NĐ'], variants: [], family: 'normative', citable: true },
  { name: 'Thông tư liên tịch', abbrs: ['TTLT'], variants: [], family: 'normative', citable: true },
  { name: 'Thông tư', abbrs: ['TT'], variants: [], family: 'normative', citable: true },
  { name: 'Nghị quyết liên tịch', abbrs: ['NQLT'], variants: [], family: 'normative', citable: true },
  { name: 'Lệnh', abbrs: ['L'], variants: [], family: 'normative', citable: false },

  // Administrative documents, Decree 30/2020/NĐ-CP Appendix III (29 types).
  { name: 'Nghị quyết', abbrs: ['NQ'], variants: [], family: 'administrative', citable: true },
  { name: 'Quyết định', abbrs: ['QĐ'], variants: [], family: 'administrative', citable: true },
  { name: 'Chỉ thị', abbrs: ['CT'], variants: [], family: 'administrative', citable: true },
  { name: 'Quy chế', abbrs: ['QC'], variants: ['Qui chế'], family: 'administrative', citable: true },
  { name: 'Quy định', abbrs: ['QyĐ'], variants: ['Qui định'], family: 'administrative', citable: true },
  { name: 'Thông cáo', abbrs: ['TC'], variants: [], family: 'administrative', citable: false },
  { name: 'Thông báo', abbrs: ['TB'], variants: [], family: 'administrative', citable: true },
  { name: 'Hướng dẫn', abbrs: ['HD'], variants: [], family: 'administrative', citable: true },
  { name: 'Chương trình', abbrs: ['CTr'], variants: [], family: 'administrative', citable: true },
  { name: 'Kế hoạch', abbrs: ['KH', 'KHLT'], variants: [], family: 'administrative', citable: true },
  { name: 'Phương án', abbrs: ['PA'], variants: [], family: 'administrative', citable: true },
  { name: 'Đề án', abbrs: ['ĐA'], variants: [], family: 'administrative', citable: true },
  { name: 'Dự án', abbrs: ['DA'], variants: [], family: 'administrative', citable: false },
  { name: 'Báo cáo', abbrs: ['BC'], variants: [], family: 'administrative', citable: false },
  { name: 'Biên bản', abbrs: ['BB'], variants: [], family: 'administrative', citable: false },
  { name: 'Tờ trình', abbrs: ['TTr'], variants: [], family: 'administrative', citable: false },
  { name: 'Hợp đồng', abbrs: ['HĐ'], variants: [], family: 'administrative', citable: false },
  // A Công văn has no abbreviation: its symbol is `issuer-unit` (`238/UBND-KGVX`).
  { name: 'Công văn', abbrs: [], variants: [], family: 'administrative', citable: true },
  { name: 'Công điện', abbrs: ['CĐ'], variants: [], family: 'administrative', citable: true },
  { name: 'Bản ghi nhớ', abbrs: ['GN'], variants: [], family: 'administrative', citable: false },
  { name: 'Bản thỏa thuận', abbrs: ['TTh'], variants: ['Bản thoả thuận'], family: 'administrative', citable: false },
  { name: 'Giấy ủy quyền', abbrs: ['UQ'], variants: ['Giấy uỷ quyền'], family: 'administrative', citable: false },
  { name: 'Giấy mời', abbrs: ['GM'], variants: [], family: 'administrative', citable: false },
  { name: 'Giấy giới thiệu', abbrs: ['GT'], variants: [], family: 'administrative', citable: false },
  { name: 'Giấy nghỉ phép', abbrs: ['NP'], variants: [], family: 'administrative', citable: false },
  { name: 'Phiếu gửi', abbrs: ['PG'], variants: [], family: 'administrative', citable: false },
  { name: 'Phiếu chuyển', abbrs: ['PC'], variants: [], family: 'administrative', citable: false },
  { name: 'Phiếu báo', abbrs: ['PB'], variants: [], family: 'administrative', citable: false },
  // The 29th type of the decree has no abbreviation.
  { name: 'Thư công', abbrs: [], variants: [], family: 'administrative', citable: false },
  // Older administrative types (Thông tư liên tịch 55/2005/TTLT-BNV-VPCP) still cited.
  { name: 'Điều lệ', abbrs: ['ĐL'], variants: [], family: 'administrative', citable: true },
  { name: 'Bản cam kết', abbrs: ['CK'], variants: [], family: 'administrative', citable: false },

  // Party documents: `Kết luận số 14-KL/TW`, `Chỉ thị 03-CT/TW`, `Hướng dẫn 21-HD/BTGTW`.
  // Chỉ thị, Nghị quyết, Quyết định, Quy định, Hướng dẫn, Thông báo share the rows above.
  { name: 'Kết luận', abbrs: ['KL'], variants: [], family: 'party', citable: true },
  { name: 'Thông tri', abbrs: [], partyAbbrs: ['TT'], variants: [], family: 'party', citable: true },
];

/**
 * Names that introduce a document without saying its type (`văn bản số 238/UBND-KGVX`):
 * the type is then read from the symbol, and a symbol without a type abbreviation is a
 * Công văn (Decree 30/2020/NĐ-CP, Appendix I: công văn symbols are `issuer-unit`).
 */
export const GENERIC_DOCUMENT_WORDS: readonly string[] = ['văn bản'];

/**
 * Types that news cites by a bare number (`Thông tư 17`, `Nghị định 91`, `Đề án 06`),
 * written with a capital. Plans and programmes are left out: `Kế hoạch 5 năm` is a span of
 * years, not a number.
 */
export const SHORT_CITED_TYPES: readonly string[] = [
  'Nghị định', 'Thông tư', 'Thông tư liên tịch', 'Nghị quyết', 'Quyết định', 'Chỉ thị', 'Kết luận',
  'Quy định', 'Hướng dẫn', 'Đề án', 'Công văn',
];

/** Words after a number that make it a quantity, not a document number (`Nghị quyết 3 năm`), lower case. */
export const QUANTITY_WORDS: readonly string[] = [
  'năm', 'tháng', 'ngày', 'tuần', 'giờ', 'lần', 'điểm', 'người', 'triệu', 'tỷ', 'nghìn', 'ngàn', 'trăm',
  'mục', 'điều', 'khoản', 'chương', 'nội dung', 'nhiệm vụ', 'giải pháp', 'tiêu chí',
];

/** The name used for documents whose symbol carries no type abbreviation. */
export const LETTER_TYPE_NAME = 'Công văn';

/** Every written form of every type name (canonical names and variants). */
export function documentTypeNames(): { written: string; info: DocumentTypeInfo }[] {
  return DOCUMENT_TYPES.flatMap((info) => [info.name, ...info.variants].map((written) => ({ written, info })));
}

const BY_ABBR: ReadonlyMap<string, DocumentTypeInfo> = new Map(
  DOCUMENT_TYPES.flatMap((info) => info.abbrs.map((a) => [a, info] as const)),
);
const BY_ABBR_UPPER: ReadonlyMap<string, DocumentTypeInfo> = new Map(
  DOCUMENT_TYPES.flatMap((info) => info.abbrs.map((a) => [a.toUpperCase(), info] as const)),
);
const BY_NAME_LOWER: ReadonlyMap<string, DocumentTypeInfo> = new Map(
  documentTypeNames().map(({ written, info }) => [written.toLowerCase(), info] as const),
);

/**
 * The type a symbol abbreviation stands for (`KH` → Kế hoạch). Exact case first, then
 * upper case, because headings in capitals write `CT-TTG` for `CT-TTg`.
 */
export function documentTypeByAbbr(abbr: string): DocumentTypeInfo | undefined {
  return BY_ABBR.get(abbr) ?? BY_ABBR_UPPER.get(abbr.toUpperCase());
}

const BY_PARTY_ABBR: ReadonlyMap<string, DocumentTypeInfo> = new Map(
  DOCUMENT_TYPES.flatMap((info) => (info.partyAbbrs ?? []).map((a) => [a.toUpperCase(), info] as const)),
);

/** The type a Party symbol's code stands for (`CT` in `03-CT/TW` → Chỉ thị, `TT` → Thông tri). */
export function partyDocumentTypeByAbbr(abbr: string): DocumentTypeInfo | undefined {
  return BY_PARTY_ABBR.get(abbr.toUpperCase()) ?? documentTypeByAbbr(abbr);
}

/** The type a written name stands for, in any case (`quyết định` → Quyết định). */
export function documentTypeByName(written: string): DocumentTypeInfo | undefined {
  return BY_NAME_LOWER.get(written.toLowerCase().replace(/\s+/g, ' '));
}
