/**
 * Vietnamese document types with the codes their symbols (số, ký hiệu) carry, as data: the
 * administrative types of the State, the legal-normative types, the Party's types, and the
 * issuer codes written after the type (`QĐ-UBND`, `NQ/TW`, `HD/BTGTW`).
 *
 * Sources:
 * - Administrative documents: Nghị định 30/2020/NĐ-CP (05/3/2020) về công tác văn thư,
 *   Điều 7 (29 types) and Phụ lục III (abbreviations of the type names); Phụ lục I, mục II
 *   for the symbol's shape (`số/ký hiệu`: `123/QĐ-UBND`, a Công văn `238/UBND-KGVX`) and the
 *   copy forms. The earlier Thông tư 01/2011/TT-BNV (19/01/2011), Phụ lục I, used other codes for
 *   some types (`UQ`, `GT`, `NP`): pages still cite documents numbered under it.
 * - Legal-normative documents: Luật Ban hành văn bản quy phạm pháp luật 2015 (80/2015/QH13),
 *   Điều 4 (the system of documents) and Điều 8 (symbol: `số/năm/tên loại-cơ quan`); the
 *   2025 law (64/2025/QH15) keeps the types it lists, adds the Government's Nghị quyết and no
 *   longer provides for new Thông tư liên tịch (recorded from the law's summary; `unsure`).
 * - Party documents: Hướng dẫn 36-HD/VPTW (03/4/2018) of the Party Central Office on the
 *   form of Party documents (symbol `số-tên loại/cơ quan`: `35-NQ/TW`, `21-HD/BTGTW`), which
 *   replaced Hướng dẫn 11-HD/VPTW (28/5/2004). Codes not confirmed against the text are
 *   marked `unsure`.
 */

/** One document type and the code its symbol carries. */
export interface DocumentSymbolType {
  /** The type's name, capitalised as the defining text writes it. NFC. */
  readonly name: string;
  /** The code of the type in a symbol (`QĐ`), case as written; empty when the type has none. */
  readonly abbr: string;
  /** Codes of the same type under an earlier text, still met in citations. */
  readonly olderAbbrs: readonly string[];
  readonly source: string;
  readonly unsure?: string;
}

const ND30 = 'Nghị định 30/2020/NĐ-CP (05/3/2020), Điều 7 và Phụ lục III';
const TT01 = 'Thông tư 01/2011/TT-BNV (19/01/2011), Phụ lục I';

function docType(name: string, abbr: string, source: string, extra: Partial<Pick<DocumentSymbolType, 'olderAbbrs' | 'unsure'>> = {}): DocumentSymbolType {
  return { name, abbr, source, olderAbbrs: extra.olderAbbrs ?? [], ...(extra.unsure ? { unsure: extra.unsure } : {}) };
}

/** The 29 administrative document types of Nghị định 30/2020/NĐ-CP, in the decree's order. */
export const ADMINISTRATIVE_DOCUMENT_TYPES: ReadonlyArray<DocumentSymbolType> = [
  docType('Nghị quyết', 'NQ', `${ND30} (nghị quyết cá biệt)`),
  docType('Quyết định', 'QĐ', `${ND30} (quyết định cá biệt)`),
  docType('Chỉ thị', 'CT', ND30),
  docType('Quy chế', 'QC', ND30),
  docType('Quy định', 'QyĐ', ND30),
  docType('Thông cáo', 'TC', ND30),
  docType('Thông báo', 'TB', ND30),
  docType('Hướng dẫn', 'HD', ND30),
  docType('Chương trình', 'CTr', ND30),
  docType('Kế hoạch', 'KH', ND30),
  docType('Phương án', 'PA', ND30),
  docType('Đề án', 'ĐA', ND30),
  docType('Dự án', 'DA', ND30),
  docType('Báo cáo', 'BC', ND30),
  docType('Biên bản', 'BB', ND30),
  docType('Tờ trình', 'TTr', ND30),
  docType('Hợp đồng', 'HĐ', ND30),
  // Phụ lục III gives a Công văn no code: its symbol is `issuer-unit` (Phụ lục I).
  docType('Công văn', '', ND30),
  docType('Công điện', 'CĐ', ND30),
  docType('Bản ghi nhớ', 'GN', ND30, { unsure: 'some copies of the appendix read BGN' }),
  docType('Bản thỏa thuận', 'TTh', ND30, { unsure: 'some copies of the appendix read BTT' }),
  docType('Giấy ủy quyền', 'GUQ', ND30, { olderAbbrs: ['UQ'] }),
  docType('Giấy mời', 'GM', ND30),
  docType('Giấy giới thiệu', 'GGT', ND30, { olderAbbrs: ['GT'] }),
  docType('Giấy nghỉ phép', 'GNP', ND30, { olderAbbrs: ['NP'] }),
  docType('Phiếu gửi', 'PG', ND30),
  docType('Phiếu chuyển', 'PC', ND30),
  docType('Phiếu báo', 'PB', ND30),
  // Like the Công văn, the Thư công has no code in Phụ lục III.
  docType('Thư công', '', ND30),
];

/** Types of Thông tư 01/2011/TT-BNV that Nghị định 30/2020 dropped, still met in older citations. */
export const FORMER_ADMINISTRATIVE_DOCUMENT_TYPES: ReadonlyArray<DocumentSymbolType> = [
  docType('Bản cam kết', 'CK', TT01),
  docType('Giấy chứng nhận', 'CN', TT01),
  docType('Giấy biên nhận hồ sơ', 'BN', TT01),
  docType('Giấy đi đường', 'ĐĐ', TT01),
  docType('Phiếu trình', 'PTr', TT01, { unsure: 'code recorded from memory of the circular' }),
];

/** The copy forms and their codes (Nghị định 30/2020/NĐ-CP, Điều 25 and Phụ lục I). */
export const COPY_FORMS: ReadonlyArray<DocumentSymbolType> = [
  docType('Bản sao y', 'SY', 'Nghị định 30/2020/NĐ-CP, Điều 25; Phụ lục I'),
  docType('Bản sao lục', 'SL', 'Nghị định 30/2020/NĐ-CP, Điều 25; Phụ lục I'),
  docType('Bản trích sao', 'TS', 'Nghị định 30/2020/NĐ-CP, Điều 25; Phụ lục I'),
];

/** Who may issue a legal-normative type (Luật 80/2015/QH13, Điều 4). */
export interface NormativeDocumentType extends DocumentSymbolType {
  /** The issuers the law names for it. */
  readonly issuers: readonly string[];
  /** Whether the type's name, not its issuer, identifies it (`Luật Thi đua, khen thưởng`). */
  readonly namedByTitle: boolean;
}

const LAW_2015 = 'Luật Ban hành văn bản quy phạm pháp luật 2015 (80/2015/QH13), Điều 4';
const LAW_2025 = 'Luật Ban hành văn bản quy phạm pháp luật 2025 (64/2025/QH15)';

function normative(
  name: string,
  abbr: string,
  issuers: readonly string[],
  namedByTitle: boolean,
  source = LAW_2015,
  unsure?: string,
): NormativeDocumentType {
  return { name, abbr, issuers, namedByTitle, source, olderAbbrs: [], ...(unsure ? { unsure } : {}) };
}

/**
 * The legal-normative types. A Luật's symbol carries no type code (`06/2022/QH15`); a
 * Pháp lệnh's reads `02/2022/UBTVQH15`: the code column is then empty.
 */
export const NORMATIVE_DOCUMENT_TYPES: ReadonlyArray<NormativeDocumentType> = [
  normative('Hiến pháp', '', ['Quốc hội'], true),
  normative('Bộ luật', '', ['Quốc hội'], true),
  normative('Luật', '', ['Quốc hội'], true),
  normative('Nghị quyết', 'NQ', ['Quốc hội', 'Ủy ban Thường vụ Quốc hội', 'Chính phủ', 'Hội đồng Thẩm phán Tòa án nhân dân tối cao', 'Hội đồng nhân dân'], false,
    `${LAW_2015}; ${LAW_2025}`, 'the Government issues normative Nghị quyết under the 2025 law; recorded from its summary'),
  normative('Pháp lệnh', '', ['Ủy ban Thường vụ Quốc hội'], true),
  normative('Nghị quyết liên tịch', 'NQLT', ['Ủy ban Thường vụ Quốc hội', 'Chính phủ', 'Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'], false),
  normative('Lệnh', 'L', ['Chủ tịch nước'], false),
  normative('Quyết định', 'QĐ', ['Chủ tịch nước', 'Thủ tướng Chính phủ', 'Tổng Kiểm toán nhà nước', 'Ủy ban nhân dân'], false),
  normative('Nghị định', 'NĐ', ['Chính phủ'], false),
  normative('Thông tư', 'TT', ['Bộ trưởng', 'Thủ trưởng cơ quan ngang bộ', 'Chánh án Tòa án nhân dân tối cao', 'Viện trưởng Viện kiểm sát nhân dân tối cao'], false),
  normative('Thông tư liên tịch', 'TTLT', ['Chánh án Tòa án nhân dân tối cao', 'Viện trưởng Viện kiểm sát nhân dân tối cao', 'Bộ trưởng'], false, LAW_2015,
    'the 2025 law no longer provides for new ones; those in force remain cited'),
];

/** The code of a type in a Party symbol (`NQ` in `35-NQ/TW`). */
const HD36 = 'Hướng dẫn 36-HD/VPTW (03/4/2018) của Văn phòng Trung ương Đảng';

/** Party document types and their codes (Hướng dẫn 36-HD/VPTW). */
export const PARTY_DOCUMENT_TYPES: ReadonlyArray<DocumentSymbolType> = [
  docType('Nghị quyết', 'NQ', HD36),
  docType('Quyết định', 'QĐ', HD36),
  docType('Quy định', 'QĐi', HD36, {
    olderAbbrs: ['QĐ'],
    unsure: 'many Party regulations are numbered with QĐ (Quy định 205-QĐ/TW, 2019); QĐi appears from 2018 (08-QĐi/TW)',
  }),
  docType('Chỉ thị', 'CT', HD36),
  docType('Kết luận', 'KL', HD36),
  docType('Quy chế', 'QC', HD36),
  docType('Thông tri', 'TT', HD36),
  docType('Hướng dẫn', 'HD', HD36),
  docType('Thông báo', 'TB', HD36),
  docType('Báo cáo', 'BC', HD36),
  docType('Tờ trình', 'TTr', HD36),
  docType('Kế hoạch', 'KH', HD36),
  docType('Chương trình', 'CTr', HD36),
  docType('Đề án', 'ĐA', HD36),
  docType('Phương án', 'PA', HD36, { unsure: 'code not confirmed against the text' }),
  docType('Biên bản', 'BB', HD36),
  docType('Công văn', 'CV', HD36, { unsure: 'Party letters read `123-CV/TU`; confirmed by usage, not against the text' }),
  docType('Thông cáo', 'TC', HD36, { unsure: 'code not confirmed against the text' }),
];

/** What an issuer code in a symbol names. */
export interface IssuerCode {
  /** As written in a symbol (`TW`, `TU`, `BTGTW`, `UBND`). */
  readonly code: string;
  /** The issuer's name (without locality), capitalised as written in full. */
  readonly issuer: string;
  readonly family: 'state' | 'party' | 'union';
  readonly source: string;
  readonly unsure?: string;
}

function issuer(code: string, name: string, family: IssuerCode['family'], source: string, unsure?: string): IssuerCode {
  return { code, issuer: name, family, source, ...(unsure ? { unsure } : {}) };
}

/**
 * Issuer codes of Party symbols: a committee (`TW`, `TU`, `HU`, `ĐU`) alone, or a board's
 * code followed by its committee's (`BTGTW` = Ban Tuyên giáo + Trung ương, `BTCTU` = Ban Tổ
 * chức + Tỉnh ủy). The two parts are tables so that every combination reads.
 */
export const PARTY_COMMITTEE_CODES: ReadonlyArray<IssuerCode> = [
  issuer('TW', 'Trung ương', 'party', HD36),
  issuer('TƯ', 'Trung ương', 'party', HD36),
  issuer('TU', 'Tỉnh ủy', 'party', `${HD36} (Thành ủy of a centrally-run city also writes TU)`),
  issuer('HU', 'Huyện ủy', 'party', HD36),
  issuer('QU', 'Quận ủy', 'party', HD36),
  issuer('ThU', 'Thành ủy', 'party', HD36, 'code for the Thành ủy of a provincial city recorded from usage'),
  issuer('TXU', 'Thị ủy', 'party', HD36, 'code recorded from usage'),
  issuer('ĐU', 'Đảng ủy', 'party', HD36),
  issuer('ĐUK', 'Đảng ủy Khối', 'party', HD36),
  issuer('QUTW', 'Quân ủy Trung ương', 'party', HD36),
  issuer('ĐUCA', 'Đảng ủy Công an', 'party', HD36, 'code recorded from usage'),
  issuer('CB', 'Chi bộ', 'party', HD36),
];

export const PARTY_BOARD_CODES: ReadonlyArray<IssuerCode> = [
  issuer('BTG', 'Ban Tuyên giáo', 'party', HD36),
  issuer('BDV', 'Ban Dân vận', 'party', HD36),
  issuer('BTGDV', 'Ban Tuyên giáo và Dân vận', 'party', `${HD36}; boards merged in 2025`),
  issuer('BTC', 'Ban Tổ chức', 'party', HD36),
  issuer('BNC', 'Ban Nội chính', 'party', HD36),
  issuer('BKT', 'Ban Kinh tế', 'party', HD36),
  issuer('BĐN', 'Ban Đối ngoại', 'party', HD36),
  issuer('BCSCL', 'Ban Chính sách, chiến lược', 'party', `${HD36}; board created in 2025`, 'code recorded from usage'),
  issuer('UBKT', 'Ủy ban Kiểm tra', 'party', HD36),
  issuer('VP', 'Văn phòng', 'party', HD36),
  issuer('BCS', 'Ban cán sự đảng', 'party', HD36),
  issuer('ĐĐ', 'Đảng đoàn', 'party', HD36),
  issuer('BTV', 'Ban Thường vụ', 'party', HD36),
  issuer('BCĐ', 'Ban Chỉ đạo', 'party', HD36),
];

const ND30_SYMBOL = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II (ký hiệu: tên loại-cơ quan ban hành)';

/**
 * Issuer codes of State and union symbols that are not the abbreviation of one body of
 * `PUBLIC_BODIES` (the ministries' `BNV`, `BTC`, … are read from that table).
 */
export const STATE_ISSUER_CODES: ReadonlyArray<IssuerCode> = [
  issuer('CP', 'Chính phủ', 'state', ND30_SYMBOL),
  issuer('TTg', 'Thủ tướng Chính phủ', 'state', ND30_SYMBOL),
  issuer('CTN', 'Chủ tịch nước', 'state', ND30_SYMBOL),
  issuer('QH', 'Quốc hội', 'state', `${LAW_2015}; Điều 8 (QH + khóa: QH15)`),
  issuer('UBTVQH', 'Ủy ban Thường vụ Quốc hội', 'state', `${LAW_2015}; Điều 8 (UBTVQH + khóa)`),
  issuer('UBND', 'Ủy ban nhân dân', 'state', ND30_SYMBOL),
  issuer('HĐND', 'Hội đồng nhân dân', 'state', ND30_SYMBOL),
  issuer('VPCP', 'Văn phòng Chính phủ', 'state', ND30_SYMBOL),
  issuer('HĐTĐKT', 'Hội đồng Thi đua - Khen thưởng', 'state', ND30_SYMBOL),
  issuer('BTĐKT', 'Ban Thi đua - Khen thưởng', 'state', ND30_SYMBOL),
  issuer('TANDTC', 'Tòa án nhân dân tối cao', 'state', ND30_SYMBOL),
  issuer('VKSNDTC', 'Viện kiểm sát nhân dân tối cao', 'state', ND30_SYMBOL),
  issuer('KTNN', 'Kiểm toán nhà nước', 'state', ND30_SYMBOL),
  issuer('MTTQ', 'Mặt trận Tổ quốc Việt Nam', 'union', 'Luật Mặt trận Tổ quốc Việt Nam 2015 (75/2015/QH13)'),
  issuer('MTTQ-BTT', 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam', 'union', 'Luật Mặt trận Tổ quốc Việt Nam 2015 (75/2015/QH13)'),
  issuer('TWĐTN', 'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh', 'union', 'Quyết định 367-QĐ/TWĐTN-VP (29/10/2013) về ban hành văn bản của Đoàn'),
  issuer('TĐTN', 'Tỉnh đoàn', 'union', 'Quyết định 367-QĐ/TWĐTN-VP (29/10/2013) về ban hành văn bản của Đoàn', 'code recorded from usage'),
  issuer('TLĐ', 'Tổng Liên đoàn Lao động Việt Nam', 'union', 'Luật Công đoàn 2024 (50/2024/QH15)'),
  issuer('LĐLĐ', 'Liên đoàn Lao động', 'union', 'Luật Công đoàn 2024 (50/2024/QH15)'),
];

/**
 * Words that name a Party document by the meeting that adopted it rather than by a number:
 * `Nghị quyết Trung ương 4 (khóa XII)`, `Nghị quyết T.Ư 4`, `Nghị quyết Đại hội XIII`.
 * Written as they appear after the type's name (Điều lệ Đảng: Hội nghị Ban Chấp hành Trung
 * ương, numbered within each term, khóa; Đại hội, numbered).
 */
export const MEETING_WORDS: readonly string[] = ['Trung ương', 'T.Ư', 'TƯ', 'TW', 'Hội nghị Trung ương', 'Đại hội'];

const PARTY_BY_CODE: ReadonlyMap<string, DocumentSymbolType> = new Map(
  PARTY_DOCUMENT_TYPES.flatMap((t) => [t.abbr, ...t.olderAbbrs].map((a) => [a.toUpperCase(), t] as const)).reverse(),
);
const ADMIN_BY_CODE: ReadonlyMap<string, DocumentSymbolType> = new Map(
  [...ADMINISTRATIVE_DOCUMENT_TYPES, ...FORMER_ADMINISTRATIVE_DOCUMENT_TYPES, ...COPY_FORMS, ...NORMATIVE_DOCUMENT_TYPES]
    .filter((t) => t.abbr !== '')
    .flatMap((t) => [t.abbr, ...t.olderAbbrs].map((a) => [a.toUpperCase(), t] as const))
    .reverse(),
);
const COMMITTEE_BY_CODE: ReadonlyMap<string, IssuerCode> = new Map(PARTY_COMMITTEE_CODES.map((c) => [c.code.toUpperCase(), c] as const));
const BOARD_BY_CODE: ReadonlyMap<string, IssuerCode> = new Map(PARTY_BOARD_CODES.map((c) => [c.code.toUpperCase(), c] as const));

/**
 * The State type a symbol's code stands for (`QĐ` → Quyết định, `GUQ` and the older `UQ` →
 * Giấy ủy quyền), in any case. The first row listed wins where two texts share a code.
 */
export function stateDocumentTypeByCode(code: string): DocumentSymbolType | undefined {
  return ADMIN_BY_CODE.get(code.toUpperCase());
}

/** The Party type a symbol's code stands for (`KL` → Kết luận, `TT` → Thông tri), in any case. */
export function partyDocumentTypeByCode(code: string): DocumentSymbolType | undefined {
  return PARTY_BY_CODE.get(code.toUpperCase());
}

/**
 * The issuer a Party symbol's issuer code names: a committee (`TW` → Trung ương), or a board
 * followed by its committee (`BTGTW` → Ban Tuyên giáo Trung ương, `UBKTTU` → Ủy ban Kiểm tra
 * Tỉnh ủy). Undefined when the code is not made of known parts.
 */
export function expandPartyIssuerCode(code: string): string | undefined {
  const upper = code.toUpperCase();
  const committee = COMMITTEE_BY_CODE.get(upper);
  if (committee) return committee.issuer;
  // Longest committee suffix first: `QUTW` before `TW`.
  for (let cut = 1; cut < upper.length; cut++) {
    const board = BOARD_BY_CODE.get(upper.slice(0, cut));
    const tail = COMMITTEE_BY_CODE.get(upper.slice(cut));
    if (board && tail) return `${board.issuer} ${tail.issuer}`;
  }
  return undefined;
}

/** A Party symbol read into its parts. */
export interface PartySymbol {
  readonly number: string;
  readonly type: DocumentSymbolType;
  /** The issuer code as written (`TW`, `BTGTW`, `TWĐTN-VP`), its parts joined by `-`. */
  readonly issuerCode: string;
}

const DIGITS = /^\d{1,5}$/;
const CODE = /^[A-Za-zĐđƯư.&]{1,12}$/;
const SEPARATOR = /[-/\u2013]/;

/**
 * Reads a Party symbol written `35-NQ/TW` (Hướng dẫn 36-HD/VPTW), or with the separators
 * swapped or spaced as pages write it (`35/NQ-TW`, `35 - NQ/TW`), and with an issuing unit
 * after the issuer (`367-QĐ/TWĐTN-VP`). Undefined when the type code is not a Party type's.
 */
export function parsePartySymbol(symbol: string): PartySymbol | undefined {
  const parts = symbol.split(SEPARATOR).map((p) => p.trim());
  if (parts.length < 3 || parts.length > 4) return undefined;
  const [number, typeCode, ...issuerParts] = parts as [string, string, ...string[]];
  if (!DIGITS.test(number) || !CODE.test(typeCode) || !issuerParts.every((p) => CODE.test(p))) return undefined;
  const type = partyDocumentTypeByCode(typeCode);
  return type ? { number, type, issuerCode: issuerParts.join('-') } : undefined;
}

/** Every issuer code of the State and union table and every Party committee code, each once. */
export function issuerCodes(): readonly string[] {
  return [...new Set([...STATE_ISSUER_CODES, ...PARTY_COMMITTEE_CODES].map((c) => c.code))];
}
