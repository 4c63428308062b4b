/**
 * Vietnamese public bodies as data: ministries and agencies of the Government, provincial
 * departments, district and commune offices, Party committees, the Fatherland Front and the
 * mass organisations, armed forces and police, courts and procuracies, elected bodies,
 * press, universities; with the fields their names are made of (`Lao động - Thương binh và
 * Xã hội`), their abbreviations and the head nouns every unit name starts with.
 *
 * Names are stored without their locality (`Sở Nội vụ`, not `Sở Nội vụ tỉnh Gia Lai`): a
 * reader strips `tỉnh X`, `TP`, `huyện Y` after the name. Each row names the legal text that
 * defines it (`source`); rows whose wording or source could not be confirmed against the
 * text say so in `unsure`. Sources used:
 * - Government, term XV: Nghị quyết 08/2021/QH15 (23/7/2021), Điều 1 — 18 bộ, 4 cơ quan
 *   ngang bộ, in office until 28/02/2025; replaced by Nghị quyết 176/2025/QH15 (18/02/2025),
 *   Điều 1 — 14 bộ, 3 cơ quan ngang bộ, in office from 01/3/2025.
 * - Agencies under the Government (cơ quan thuộc Chính phủ): Nghị định 10/2016/NĐ-CP
 *   (01/02/2016) on agencies under the Government, and the decree of each agency. (Nghị
 *   định 123/2016/NĐ-CP covers ministries and ministry-level agencies, not these.) Their
 *   2025 rearrangement is recorded from the Government's announcements; the decree numbers
 *   are not confirmed here (see `unsure`).
 * - Provincial departments: Nghị định 24/2014/NĐ-CP (04/4/2014) as amended by Nghị định
 *   107/2020/NĐ-CP (14/9/2020); from 01/3/2025 Nghị định 45/2025/NĐ-CP (28/02/2025); from
 *   the two-tier local government (01/7/2025) Nghị định 150/2025/NĐ-CP (12/6/2025), whose 12
 *   departments every province has are those of 45/2025, plus optional ones (Sở Ngoại vụ,
 *   Sở Dân tộc và Tôn giáo, Sở Du lịch, Sở Quy hoạch - Kiến trúc in Hà Nội and TP HCM).
 * - District offices: Nghị định 37/2014/NĐ-CP (05/5/2014) as amended by Nghị định
 *   108/2020/NĐ-CP (14/9/2020); 2025 rearrangement by Nghị định 45/2025/NĐ-CP; districts
 *   ceased on 01/7/2025 (Luật Tổ chức chính quyền địa phương 72/2025/QH15).
 * - Commune offices: Nghị định 150/2025/NĐ-CP (three offices under each commune's UBND).
 * - Party committees: Điều lệ Đảng and the Politburo's decisions announced 03/02/2025 (merger
 *   of Ban Tuyên giáo and Ban Dân vận; Ban Chính sách, chiến lược; the Party committees of the
 *   Party's bodies, of the Government, of the National Assembly, of the Front and
 *   organisations); provincial committees followed the same pattern in 2025.
 * - Front and mass organisations: Luật Mặt trận Tổ quốc Việt Nam 2015 (Điều 1 and 2), Luật
 *   Công đoàn 2024, Luật Hợp tác xã 2023, and each organisation's charter.
 * - Armed forces and police: Luật Quốc phòng 2018, Luật Dân quân tự vệ 2019, Luật Biên phòng
 *   Việt Nam 2020, Luật Công an nhân dân 2018; the district police ceased on 01/3/2025 (as
 *   reported; the decree is not cited, see `unsure`).
 * - Courts and procuracies: Luật Tổ chức Tòa án nhân dân 2024, Luật Tổ chức Viện kiểm sát
 *   nhân dân 2014; regional courts and procuracies (khu vực) replaced the district ones from
 *   01/7/2025 under the 2025 amending laws (numbers not cited, see `unsure`).
 * - Elected and other state bodies: Hiến pháp 2013 (Chương V–IX), Luật Tổ chức Quốc hội,
 *   Luật Tổ chức chính quyền địa phương, Luật Kiểm toán nhà nước 2015, Luật Thanh tra 2022.
 */
import { nameKey } from './name-key.js';

/** What kind of body a row names. */
export type PublicBodyKind =
  | 'ministry'
  | 'ministry-level'
  | 'government-agency'
  | 'department'
  | 'office'
  | 'party'
  | 'front'
  | 'mass-organisation'
  | 'armed-forces'
  | 'police'
  | 'court'
  | 'procuracy'
  | 'state'
  | 'press'
  | 'education'
  | 'economic';

/** The tier of government a body sits at; `any` for names used at several tiers. */
export type PublicBodyLevel = 'central' | 'province' | 'district' | 'commune' | 'any';

/** One public body. */
export interface PublicBody {
  /** The name as the defining text writes it, without locality. NFC. */
  readonly name: string;
  readonly kind: PublicBodyKind;
  readonly level: PublicBodyLevel;
  /** Abbreviations of the whole name (`BNV`, `SNV`, `UBMTTQ`), case as written in text. */
  readonly abbrs: readonly string[];
  /** Other spellings of the whole name in use (`Ủy ban Mặt trận Tổ quốc`, `Bộ LĐTBXH`). */
  readonly variants: readonly string[];
  /** First day in office when it started in the period the table covers (ISO date). */
  readonly from?: string;
  /** Last day in office if it has ceased (ISO date). */
  readonly until?: string;
  /** The bodies it was merged into or renamed to, when it ceased. */
  readonly successors?: readonly string[];
  /** The legal text that defines it: number, date, article. */
  readonly source: string;
  /** What could not be confirmed against the text, when something could not. */
  readonly unsure?: string;
}

/** A field of state management as it appears inside names (`Bộ …`, `Sở …`, `Phòng …`). */
export interface ManagementField {
  /** As the defining text writes it (`Lao động - Thương binh và Xã hội`). */
  readonly name: string;
  /** Abbreviations (`LĐTBXH`, `LĐ-TB&XH`). */
  readonly abbrs: readonly string[];
  /** Other spellings met in text (`Lao động, Thương binh và Xã hội`). */
  readonly variants: readonly string[];
  /** The heads it follows in the names of the table (`Bộ`, `Sở`, `Phòng`). */
  readonly heads: readonly string[];
  readonly source: string;
}

// Sources, written once.
const GOV_2021 = 'Nghị quyết 08/2021/QH15 (23/7/2021), Điều 1';
const GOV_2025 = 'Nghị quyết 176/2025/QH15 (18/02/2025), Điều 1';
const GOV_AGENCIES = 'Nghị định 10/2016/NĐ-CP (01/02/2016) về cơ quan thuộc Chính phủ';
const PROV_2014 = 'Nghị định 24/2014/NĐ-CP (04/4/2014), sửa đổi bởi Nghị định 107/2020/NĐ-CP (14/9/2020)';
const PROV_2025 = 'Nghị định 45/2025/NĐ-CP (28/02/2025); Nghị định 150/2025/NĐ-CP (12/6/2025)';
const DIST_2014 = 'Nghị định 37/2014/NĐ-CP (05/5/2014), sửa đổi bởi Nghị định 108/2020/NĐ-CP (14/9/2020)';
const DIST_2025 = 'Nghị định 45/2025/NĐ-CP (28/02/2025)';
const COMMUNE_2025 = 'Nghị định 150/2025/NĐ-CP (12/6/2025)';
const PARTY = 'Điều lệ Đảng Cộng sản Việt Nam (2011), Chương III–V: cấp ủy và cơ quan tham mưu';
const PARTY_2025 = 'Quyết định của Bộ Chính trị công bố 03/02/2025 về sắp xếp cơ quan Đảng';
const FRONT = 'Luật Mặt trận Tổ quốc Việt Nam 2015 (75/2015/QH13), Điều 1–2';
const TRADE_UNION = 'Luật Công đoàn 2024 (50/2024/QH15); Điều lệ Công đoàn Việt Nam';
const DEFENCE = 'Luật Quốc phòng 2018 (22/2018/QH14); Luật Dân quân tự vệ 2019 (48/2019/QH14)';
const BORDER = 'Luật Biên phòng Việt Nam 2020 (66/2020/QH14)';
const POLICE = 'Luật Công an nhân dân 2018 (37/2018/QH14)';
const COURTS = 'Luật Tổ chức Tòa án nhân dân 2024 (34/2024/QH15)';
const PROCURACY = 'Luật Tổ chức Viện kiểm sát nhân dân 2014 (63/2014/QH13)';
const LOCAL_GOV = 'Luật Tổ chức chính quyền địa phương 2015 (77/2015/QH13); 2025 (72/2025/QH15)';
const CONSTITUTION = 'Hiến pháp 2013';
const PROJECT_BOARDS = 'Nghị định 15/2021/NĐ-CP (03/3/2021) về quản lý dự án đầu tư xây dựng (ban quản lý dự án chuyên ngành)';
const MINISTRY_END = '2025-02-28';
const MINISTRY_START = '2025-03-01';
const DISTRICT_END = '2025-06-30';
/** Local Party bodies merged during 2025, each province on its own date: this is the latest. */
const LOCAL_PARTY_MERGED = { until: '2025-06-30', unsure: 'each province merged on its own date in 2025; the date is the latest' } as const;

/**
 * Fields of state management. A field's heads say where it appears: `Bộ` (ministry), `Sở`
 * (provincial department), `Phòng` (district or commune office), `Ban` (board).
 */
export const MANAGEMENT_FIELDS: ReadonlyArray<ManagementField> = [
  { name: 'Nội vụ', abbrs: [], variants: [], heads: ['Bộ', 'Sở', 'Phòng'], source: GOV_2025 },
  { name: 'Tư pháp', abbrs: [], variants: [], heads: ['Bộ', 'Sở', 'Phòng'], source: GOV_2025 },
  { name: 'Tài chính', abbrs: [], variants: [], heads: ['Bộ', 'Sở'], source: GOV_2025 },
  { name: 'Công Thương', abbrs: [], variants: [], heads: ['Bộ', 'Sở'], source: GOV_2025 },
  { name: 'Ngoại giao', abbrs: [], variants: [], heads: ['Bộ'], source: GOV_2025 },
  { name: 'Quốc phòng', abbrs: [], variants: [], heads: ['Bộ'], source: GOV_2025 },
  { name: 'Công an', abbrs: [], variants: [], heads: ['Bộ'], source: GOV_2025 },
  { name: 'Xây dựng', abbrs: [], variants: [], heads: ['Bộ', 'Sở'], source: GOV_2025 },
  { name: 'Y tế', abbrs: [], variants: [], heads: ['Bộ', 'Sở', 'Phòng'], source: GOV_2025 },
  { name: 'Giáo dục và Đào tạo', abbrs: ['GD&ĐT', 'GDĐT', 'GD-ĐT'], variants: [], heads: ['Bộ', 'Sở', 'Phòng'], source: GOV_2025 },
  { name: 'Khoa học và Công nghệ', abbrs: ['KH&CN', 'KHCN', 'KH-CN'], variants: [], heads: ['Bộ', 'Sở'], source: GOV_2025 },
  {
    name: 'Văn hóa, Thể thao và Du lịch',
    abbrs: ['VHTTDL', 'VH-TT&DL', 'VHTT&DL', 'VH,TT&DL'],
    variants: ['Văn hóa - Thể thao và Du lịch', 'Văn hóa, Thể thao, Du lịch'],
    heads: ['Bộ', 'Sở'],
    source: GOV_2025,
  },
  { name: 'Nông nghiệp và Môi trường', abbrs: ['NN&MT', 'NNMT'], variants: [], heads: ['Bộ', 'Sở', 'Phòng'], source: GOV_2025 },
  { name: 'Dân tộc và Tôn giáo', abbrs: ['DT&TG', 'DTTG'], variants: [], heads: ['Bộ', 'Sở', 'Phòng'], source: GOV_2025 },
  // Fields of the 2021 Government that 2025 merged into others.
  { name: 'Kế hoạch và Đầu tư', abbrs: ['KH&ĐT', 'KHĐT', 'KH-ĐT'], variants: [], heads: ['Bộ', 'Sở'], source: GOV_2021 },
  {
    name: 'Nông nghiệp và Phát triển nông thôn',
    abbrs: ['NN&PTNT', 'NNPTNT', 'NN-PTNT'],
    variants: ['Nông nghiệp và PTNT'],
    heads: ['Bộ', 'Sở', 'Phòng'],
    source: GOV_2021,
  },
  { name: 'Giao thông vận tải', abbrs: ['GTVT'], variants: ['Giao thông - Vận tải'], heads: ['Bộ', 'Sở'], source: GOV_2021 },
  { name: 'Tài nguyên và Môi trường', abbrs: ['TN&MT', 'TNMT', 'TN-MT'], variants: [], heads: ['Bộ', 'Sở', 'Phòng'], source: GOV_2021 },
  { name: 'Thông tin và Truyền thông', abbrs: ['TT&TT', 'TTTT', 'TT-TT'], variants: [], heads: ['Bộ', 'Sở'], source: GOV_2021 },
  {
    name: 'Lao động - Thương binh và Xã hội',
    abbrs: ['LĐTBXH', 'LĐ-TB&XH', 'LĐTB&XH', 'LĐ-TBXH'],
    variants: ['Lao động, Thương binh và Xã hội', 'Lao động - Thương binh - Xã hội'],
    heads: ['Bộ', 'Sở', 'Phòng'],
    source: GOV_2021,
  },
  // Fields of provincial departments and district offices only.
  { name: 'Ngoại vụ', abbrs: [], variants: [], heads: ['Sở'], source: PROV_2025 },
  { name: 'Du lịch', abbrs: [], variants: [], heads: ['Sở'], source: PROV_2025 },
  { name: 'Văn hóa và Thể thao', abbrs: [], variants: ['Văn hóa - Thể thao'], heads: ['Sở'], source: PROV_2014 },
  { name: 'Quy hoạch - Kiến trúc', abbrs: ['QH-KT'], variants: [], heads: ['Sở'], source: PROV_2025 },
  { name: 'Tài chính - Kế hoạch', abbrs: ['TC-KH', 'TCKH'], variants: ['Tài chính và Kế hoạch'], heads: ['Phòng'], source: DIST_2014 },
  { name: 'Văn hóa và Thông tin', abbrs: ['VH&TT', 'VHTT'], variants: ['Văn hóa - Thông tin'], heads: ['Phòng'], source: DIST_2014 },
  { name: 'Kinh tế và Hạ tầng', abbrs: ['KT&HT', 'KTHT'], variants: ['Kinh tế - Hạ tầng'], heads: ['Phòng'], source: DIST_2014 },
  { name: 'Kinh tế', abbrs: [], variants: [], heads: ['Phòng'], source: DIST_2014 },
  { name: 'Quản lý đô thị', abbrs: ['QLĐT'], variants: [], heads: ['Phòng'], source: DIST_2014 },
  { name: 'Dân tộc', abbrs: [], variants: [], heads: ['Ban', 'Phòng'], source: DIST_2014 },
  { name: 'Kinh tế, Hạ tầng và Đô thị', abbrs: ['KT,HT&ĐT'], variants: ['Kinh tế - Hạ tầng và Đô thị'], heads: ['Phòng'], source: DIST_2025 },
  { name: 'Văn hóa, Khoa học và Thông tin', abbrs: [], variants: [], heads: ['Phòng'], source: DIST_2025 },
  {
    name: 'Thi đua - Khen thưởng',
    abbrs: ['TĐKT', 'TĐ-KT'],
    variants: ['Thi đua, Khen thưởng'],
    heads: ['Ban', 'Hội đồng'],
    source: 'Luật Thi đua, khen thưởng 2022 (06/2022/QH15)',
  },
  { name: 'Văn hóa - Xã hội', abbrs: ['VH-XH', 'VHXH'], variants: ['Văn hóa và Xã hội'], heads: ['Phòng'], source: COMMUNE_2025 },
];

/** Builds one row; keeps the table below readable. */
function body(
  name: string,
  kind: PublicBodyKind,
  level: PublicBodyLevel,
  source: string,
  extra: Partial<Pick<PublicBody, 'abbrs' | 'variants' | 'from' | 'until' | 'successors' | 'unsure'>> = {},
): PublicBody {
  return { name, kind, level, source, abbrs: extra.abbrs ?? [], variants: extra.variants ?? [], ...withoutLists(extra) };
}

function withoutLists(extra: Partial<PublicBody>): Partial<PublicBody> {
  const { abbrs: _a, variants: _v, ...rest } = extra;
  return rest;
}

/** A row of the 2021 Government that ceased on 28/02/2025. */
function ceased2025(successors: readonly string[], abbrs: readonly string[] = []): Partial<PublicBody> {
  return { until: MINISTRY_END, successors, abbrs };
}

export const PUBLIC_BODIES: ReadonlyArray<PublicBody> = [
  // Ministries in office throughout (08/2021 and 176/2025 both list them).
  body('Bộ Quốc phòng', 'ministry', 'central', `${GOV_2021}; ${GOV_2025}`, { abbrs: ['BQP'] }),
  body('Bộ Công an', 'ministry', 'central', `${GOV_2021}; ${GOV_2025}`, { abbrs: ['BCA'] }),
  body('Bộ Ngoại giao', 'ministry', 'central', `${GOV_2021}; ${GOV_2025}`, { abbrs: ['BNG'] }),
  body('Bộ Nội vụ', 'ministry', 'central', `${GOV_2021}; ${GOV_2025} (nhận thêm lĩnh vực của Bộ LĐTBXH)`, { abbrs: ['BNV'] }),
  body('Bộ Tư pháp', 'ministry', 'central', `${GOV_2021}; ${GOV_2025}`, { abbrs: ['BTP'] }),
  body('Bộ Tài chính', 'ministry', 'central', `${GOV_2021}; ${GOV_2025} (hợp nhất với Bộ KH&ĐT)`, { abbrs: ['BTC'] }),
  body('Bộ Công Thương', 'ministry', 'central', `${GOV_2021}; ${GOV_2025}`, { abbrs: ['BCT'] }),
  body('Bộ Xây dựng', 'ministry', 'central', `${GOV_2021}; ${GOV_2025} (hợp nhất với Bộ GTVT)`, { abbrs: ['BXD'] }),
  body('Bộ Văn hóa, Thể thao và Du lịch', 'ministry', 'central', `${GOV_2021}; ${GOV_2025}`, {
    abbrs: ['BVHTTDL'],
    variants: ['Bộ VHTTDL', 'Bộ VH-TT&DL', 'Bộ VHTT&DL'],
  }),
  body('Bộ Khoa học và Công nghệ', 'ministry', 'central', `${GOV_2021}; ${GOV_2025} (hợp nhất với Bộ TT&TT)`, {
    abbrs: ['BKHCN'],
    variants: ['Bộ KH&CN', 'Bộ KHCN'],
  }),
  body('Bộ Giáo dục và Đào tạo', 'ministry', 'central', `${GOV_2021}; ${GOV_2025}`, { abbrs: ['BGDĐT'], variants: ['Bộ GD&ĐT', 'Bộ GDĐT'] }),
  body('Bộ Y tế', 'ministry', 'central', `${GOV_2021}; ${GOV_2025}`, { abbrs: ['BYT'] }),
  // Ministries created in 2025.
  body('Bộ Nông nghiệp và Môi trường', 'ministry', 'central', `${GOV_2025} (hợp nhất Bộ NN&PTNT và Bộ TN&MT)`, {
    from: MINISTRY_START,
    abbrs: ['BNNMT'],
    variants: ['Bộ NN&MT', 'Bộ NNMT'],
  }),
  body('Bộ Dân tộc và Tôn giáo', 'ministry', 'central', `${GOV_2025} (trên cơ sở Ủy ban Dân tộc)`, {
    from: MINISTRY_START,
    abbrs: ['BDTTG'],
    variants: ['Bộ DT&TG', 'Bộ DTTG'],
  }),
  // Ministries of 08/2021 that ceased on 28/02/2025.
  body('Bộ Kế hoạch và Đầu tư', 'ministry', 'central', GOV_2021, {
    ...ceased2025(['Bộ Tài chính'], ['BKHĐT']),
    variants: ['Bộ KH&ĐT', 'Bộ KHĐT'],
  }),
  body('Bộ Nông nghiệp và Phát triển nông thôn', 'ministry', 'central', GOV_2021, {
    ...ceased2025(['Bộ Nông nghiệp và Môi trường'], ['BNNPTNT']),
    variants: ['Bộ NN&PTNT', 'Bộ NNPTNT'],
  }),
  body('Bộ Giao thông vận tải', 'ministry', 'central', GOV_2021, {
    ...ceased2025(['Bộ Xây dựng'], ['BGTVT']),
    variants: ['Bộ GTVT'],
  }),
  body('Bộ Tài nguyên và Môi trường', 'ministry', 'central', GOV_2021, {
    ...ceased2025(['Bộ Nông nghiệp và Môi trường'], ['BTNMT']),
    variants: ['Bộ TN&MT', 'Bộ TNMT'],
  }),
  body('Bộ Thông tin và Truyền thông', 'ministry', 'central', GOV_2021, {
    ...ceased2025(['Bộ Khoa học và Công nghệ'], ['BTTTT']),
    variants: ['Bộ TT&TT', 'Bộ TTTT'],
  }),
  body('Bộ Lao động - Thương binh và Xã hội', 'ministry', 'central', GOV_2021, {
    ...ceased2025(['Bộ Nội vụ', 'Bộ Y tế', 'Bộ Giáo dục và Đào tạo'], ['BLĐTBXH']),
    variants: ['Bộ LĐTBXH', 'Bộ LĐ-TB&XH', 'Bộ Lao động, Thương binh và Xã hội'],
  }),
  // Ministry-level agencies.
  body('Ngân hàng Nhà nước Việt Nam', 'ministry-level', 'central', `${GOV_2021}; ${GOV_2025}`, { abbrs: ['NHNN'], variants: ['Ngân hàng Nhà nước'] }),
  body('Thanh tra Chính phủ', 'ministry-level', 'central', `${GOV_2021}; ${GOV_2025}`, { abbrs: ['TTCP'] }),
  body('Văn phòng Chính phủ', 'ministry-level', 'central', `${GOV_2021}; ${GOV_2025}`, { abbrs: ['VPCP'] }),
  body('Ủy ban Dân tộc', 'ministry-level', 'central', GOV_2021, { ...ceased2025(['Bộ Dân tộc và Tôn giáo'], ['UBDT']) }),
  // Agencies under the Government.
  body('Thông tấn xã Việt Nam', 'government-agency', 'central', GOV_AGENCIES, { abbrs: ['TTXVN'] }),
  body('Đài Tiếng nói Việt Nam', 'government-agency', 'central', GOV_AGENCIES, { abbrs: ['VOV', 'ĐTNVN'] }),
  body('Đài Truyền hình Việt Nam', 'government-agency', 'central', GOV_AGENCIES, { abbrs: ['VTV', 'ĐTHVN'] }),
  body('Viện Hàn lâm Khoa học và Công nghệ Việt Nam', 'government-agency', 'central', GOV_AGENCIES, { abbrs: ['VAST'] }),
  body('Viện Hàn lâm Khoa học xã hội Việt Nam', 'government-agency', 'central', GOV_AGENCIES, { abbrs: ['VASS'] }),
  body('Bảo hiểm xã hội Việt Nam', 'government-agency', 'central', GOV_AGENCIES, {
    abbrs: ['BHXHVN'],
    unsure: 'placed under Bộ Tài chính in 2025; decree number not confirmed here',
  }),
  body('Học viện Chính trị quốc gia Hồ Chí Minh', 'government-agency', 'central', GOV_AGENCIES, {
    unsure: 'placed under the Party Central Committee in 2025; decision number not confirmed here',
  }),
  body('Ban Quản lý Lăng Chủ tịch Hồ Chí Minh', 'government-agency', 'central', GOV_AGENCIES, {
    unsure: 'placed under Bộ Quốc phòng in 2025; decree number not confirmed here',
  }),
  body('Ủy ban Quản lý vốn nhà nước tại doanh nghiệp', 'government-agency', 'central', 'Nghị định 131/2018/NĐ-CP (29/9/2018)', {
    until: MINISTRY_END,
    successors: ['Bộ Tài chính'],
    unsure: 'date its functions passed to Bộ Tài chính not confirmed here',
  }),
  // General departments and departments under ministries that news names as units.
  body('Tổng cục Thuế', 'government-agency', 'central', 'Luật Quản lý thuế 2019 (38/2019/QH14)', {
    until: MINISTRY_END,
    successors: ['Cục Thuế'],
    unsure: 'reorganised as Cục Thuế under Bộ Tài chính in 2025; decision number not confirmed here',
  }),
  body('Tổng cục Hải quan', 'government-agency', 'central', 'Luật Hải quan 2014 (54/2014/QH13)', {
    until: MINISTRY_END,
    successors: ['Cục Hải quan'],
    unsure: 'reorganised as Cục Hải quan under Bộ Tài chính in 2025; decision number not confirmed here',
  }),
  body('Cục Thuế', 'government-agency', 'any', 'Luật Quản lý thuế 2019 (38/2019/QH14)'),
  body('Cục Hải quan', 'government-agency', 'any', 'Luật Hải quan 2014 (54/2014/QH13)'),
  body('Chi cục Hải quan', 'government-agency', 'any', 'Luật Hải quan 2014 (54/2014/QH13)'),
  body('Chi cục Thuế', 'government-agency', 'any', 'Luật Quản lý thuế 2019 (38/2019/QH14)'),
  body('Cục Thống kê', 'government-agency', 'any', 'Luật Thống kê 2015 (89/2015/QH13)', {
    unsure: 'the provincial statistics offices were reorganised under Bộ Tài chính in 2025; new names not confirmed here',
  }),
  body('Chi cục Thống kê', 'government-agency', 'any', 'Luật Thống kê 2015 (89/2015/QH13)'),
  body('Kho bạc Nhà nước', 'government-agency', 'any', 'Luật Ngân sách nhà nước 2015 (83/2015/QH13)', { abbrs: ['KBNN'] }),
  body('Kiểm toán nhà nước', 'state', 'central', `${CONSTITUTION}, Điều 118; Luật Kiểm toán nhà nước 2015 (81/2015/QH13)`, {
    abbrs: ['KTNN'],
  }),

  // Provincial departments in every province, 24/2014 + 107/2020 and still under 45/2025 and 150/2025.
  ...['Nội vụ', 'Tư pháp', 'Tài chính', 'Công Thương', 'Xây dựng', 'Khoa học và Công nghệ', 'Văn hóa, Thể thao và Du lịch', 'Giáo dục và Đào tạo', 'Y tế'].map(
    (field) => body(`Sở ${field}`, 'department', 'province', `${PROV_2014}; ${PROV_2025}`, { abbrs: departmentAbbrs(field) }),
  ),
  body('Sở Nông nghiệp và Môi trường', 'department', 'province', `${PROV_2025} (hợp nhất Sở NN&PTNT và Sở TN&MT)`, { from: MINISTRY_START }),
  body('Sở Dân tộc và Tôn giáo', 'department', 'province', `${PROV_2025} (sở đặc thù, nơi có đủ tiêu chí)`, { from: MINISTRY_START }),
  body('Sở Ngoại vụ', 'department', 'province', `${PROV_2014}; ${PROV_2025} (sở đặc thù)`),
  body('Sở Du lịch', 'department', 'province', `${PROV_2014}; ${PROV_2025} (sở đặc thù)`),
  body('Sở Quy hoạch - Kiến trúc', 'department', 'province', `${PROV_2014}; ${PROV_2025} (Hà Nội, TP Hồ Chí Minh)`),
  body('Sở Văn hóa và Thể thao', 'department', 'province', `${PROV_2014} (nơi có Sở Du lịch riêng)`),
  ...['Kế hoạch và Đầu tư', 'Giao thông vận tải', 'Thông tin và Truyền thông'].map((field) =>
    body(`Sở ${field}`, 'department', 'province', PROV_2014, { until: MINISTRY_END, abbrs: departmentAbbrs(field) }),
  ),
  body('Sở Nông nghiệp và Phát triển nông thôn', 'department', 'province', PROV_2014, {
    until: MINISTRY_END,
    successors: ['Sở Nông nghiệp và Môi trường'],
    abbrs: ['SNNPTNT'],
  }),
  body('Sở Tài nguyên và Môi trường', 'department', 'province', PROV_2014, {
    until: MINISTRY_END,
    successors: ['Sở Nông nghiệp và Môi trường'],
    abbrs: ['STNMT'],
  }),
  body('Sở Lao động - Thương binh và Xã hội', 'department', 'province', PROV_2014, {
    until: MINISTRY_END,
    successors: ['Sở Nội vụ', 'Sở Y tế', 'Sở Giáo dục và Đào tạo'],
    abbrs: ['SLĐTBXH'],
  }),
  body('Ban Dân tộc', 'department', 'province', PROV_2014, { until: MINISTRY_END, successors: ['Sở Dân tộc và Tôn giáo'] }),
  body('Thanh tra tỉnh', 'department', 'province', `${PROV_2014}; ${PROV_2025}; Luật Thanh tra 2022 (11/2022/QH15)`),
  body('Văn phòng Ủy ban nhân dân', 'department', 'province', `${PROV_2014}; ${PROV_2025}`, { variants: ['Văn phòng UBND'] }),
  body('Văn phòng Đoàn đại biểu Quốc hội', 'office', 'province', 'Luật Tổ chức Quốc hội 2014 (57/2014/QH13)', {
    variants: ['Văn phòng Đoàn ĐBQH'],
    successors: ['Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân'],
    unsure: 'merged with the office of the provincial HĐND in 2020–2021, each province on its own date',
  }),
  body('Văn phòng Hội đồng nhân dân', 'office', 'province', LOCAL_GOV, {
    variants: ['Văn phòng HĐND'],
    successors: ['Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân'],
    unsure: 'merged with the office of the provincial Đoàn ĐBQH in 2020–2021, each province on its own date',
  }),
  body('Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân', 'office', 'province', 'Nghị quyết 1002/2020/UBTVQH14 (27/9/2020)', {
    variants: ['Văn phòng Đoàn ĐBQH và HĐND'],
    unsure: 'number and date of the Standing Committee resolution not confirmed here',
  }),

  // District offices, 37/2014 + 108/2020 (districts ceased on 30/6/2025).
  ...['Nội vụ', 'Tư pháp', 'Tài chính - Kế hoạch', 'Giáo dục và Đào tạo', 'Y tế', 'Dân tộc'].map((field) =>
    body(`Phòng ${field}`, 'office', 'district', `${DIST_2014}; ${DIST_2025}`, { until: DISTRICT_END }),
  ),
  ...['Tài nguyên và Môi trường', 'Lao động - Thương binh và Xã hội', 'Văn hóa và Thông tin', 'Kinh tế và Hạ tầng', 'Quản lý đô thị', 'Nông nghiệp và Phát triển nông thôn'].map(
    (field) => body(`Phòng ${field}`, 'office', 'district', DIST_2014, { until: MINISTRY_END }),
  ),
  body('Thanh tra huyện', 'office', 'district', DIST_2014, { until: DISTRICT_END }),
  body('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'office', 'any', `${DIST_2014}; ${COMMUNE_2025}`, {
    variants: ['Văn phòng HĐND và UBND', 'Văn phòng HĐND - UBND'],
  }),
  ...['Nông nghiệp và Môi trường', 'Kinh tế, Hạ tầng và Đô thị', 'Văn hóa, Khoa học và Thông tin', 'Dân tộc và Tôn giáo'].map((field) =>
    body(`Phòng ${field}`, 'office', 'district', DIST_2025, {
      from: MINISTRY_START,
      until: DISTRICT_END,
      unsure: 'district office names of 45/2025 recorded from memory of the decree; not confirmed here',
    }),
  ),
  // Commune offices, 150/2025: three under each commune's UBND.
  body('Phòng Văn hóa - Xã hội', 'office', 'commune', COMMUNE_2025, { from: '2025-07-01' }),
  body('Phòng Kinh tế', 'office', 'any', `${DIST_2014}; ${COMMUNE_2025}`, {
    unsure: 'district office of quận, thị xã, thành phố until 2025; from 01/7/2025 a commune office of xã and đặc khu (a phường has Phòng Kinh tế, Hạ tầng và Đô thị): recorded from memory of 150/2025',
  }),

  // Party: central committee bodies.
  body('Ban Chấp hành Trung ương Đảng', 'party', 'central', PARTY, { abbrs: ['BCHTW'] }),
  body('Bộ Chính trị', 'party', 'central', PARTY, { abbrs: ['BCT'] }),
  body('Ban Bí thư', 'party', 'central', PARTY, { abbrs: ['BBT'] }),
  body('Văn phòng Trung ương Đảng', 'party', 'central', `${PARTY}; ${PARTY_2025}`, { abbrs: ['VPTW'] }),
  body('Ban Tổ chức Trung ương', 'party', 'central', PARTY, { abbrs: ['BTCTW'] }),
  body('Ban Nội chính Trung ương', 'party', 'central', PARTY, { abbrs: ['BNCTW'] }),
  body('Ủy ban Kiểm tra Trung ương', 'party', 'central', `${PARTY}; Chương VII`, { abbrs: ['UBKTTW'] }),
  body('Ban Tuyên giáo Trung ương', 'party', 'central', PARTY, {
    until: '2025-02-02',
    successors: ['Ban Tuyên giáo và Dân vận Trung ương'],
    abbrs: ['BTGTW'],
  }),
  body('Ban Dân vận Trung ương', 'party', 'central', PARTY, {
    until: '2025-02-02',
    successors: ['Ban Tuyên giáo và Dân vận Trung ương'],
    abbrs: ['BDVTW'],
  }),
  body('Ban Tuyên giáo và Dân vận Trung ương', 'party', 'central', PARTY_2025, { from: '2025-02-03', abbrs: ['BTGDVTW'] }),
  body('Ban Kinh tế Trung ương', 'party', 'central', PARTY, { until: '2025-02-02', successors: ['Ban Chính sách, chiến lược Trung ương'], abbrs: ['BKTTW'] }),
  body('Ban Chính sách, chiến lược Trung ương', 'party', 'central', PARTY_2025, { from: '2025-02-03' }),
  body('Ban Đối ngoại Trung ương', 'party', 'central', PARTY, {
    until: '2025-02-02',
    successors: ['Bộ Ngoại giao'],
    abbrs: ['BĐNTW'],
    unsure: 'functions passed to Bộ Ngoại giao in 2025; date not confirmed here',
  }),
  body('Đảng ủy Khối các cơ quan Trung ương', 'party', 'central', PARTY, {
    until: '2025-02-02',
    successors: ['Đảng ủy các cơ quan Đảng Trung ương', 'Đảng ủy Chính phủ', 'Đảng ủy Quốc hội'],
  }),
  body('Đảng ủy Khối doanh nghiệp Trung ương', 'party', 'central', PARTY, { until: '2025-02-02', successors: ['Đảng ủy Chính phủ'] }),
  body('Đảng ủy các cơ quan Đảng Trung ương', 'party', 'central', PARTY_2025, { from: '2025-02-03' }),
  body('Đảng ủy Chính phủ', 'party', 'central', PARTY_2025, { from: '2025-02-03' }),
  body('Đảng ủy Quốc hội', 'party', 'central', PARTY_2025, { from: '2025-02-03' }),
  body('Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương', 'party', 'central', PARTY_2025, { from: '2025-02-03' }),
  body('Quân ủy Trung ương', 'party', 'central', PARTY, { abbrs: ['QUTW'] }),
  body('Đảng ủy Công an Trung ương', 'party', 'central', PARTY),
  // Party: provincial and district committees and their boards (names used at both tiers).
  body('Tỉnh ủy', 'party', 'province', PARTY, { abbrs: ['TU'] }),
  body('Thành ủy', 'party', 'any', PARTY),
  body('Huyện ủy', 'party', 'district', PARTY, { abbrs: ['HU'], until: DISTRICT_END }),
  body('Thị ủy', 'party', 'district', PARTY, { until: DISTRICT_END }),
  body('Quận ủy', 'party', 'district', PARTY, { until: DISTRICT_END }),
  body('Đảng ủy', 'party', 'any', PARTY, { abbrs: ['ĐU'] }),
  body('Ban Thường vụ', 'party', 'any', PARTY, { abbrs: ['BTV'] }),
  body('Ban Chấp hành', 'party', 'any', PARTY, { abbrs: ['BCH'] }),
  body('Ban Tổ chức', 'party', 'any', PARTY, { abbrs: ['BTC'] }),
  body('Ban Tuyên giáo', 'party', 'any', PARTY, { ...LOCAL_PARTY_MERGED, successors: ['Ban Tuyên giáo và Dân vận'], abbrs: ['BTG'] }),
  body('Ban Dân vận', 'party', 'any', PARTY, { ...LOCAL_PARTY_MERGED, successors: ['Ban Tuyên giáo và Dân vận'], abbrs: ['BDV'] }),
  body('Ban Tuyên giáo và Dân vận', 'party', 'any', PARTY_2025, {
    from: '2025-02-03',
    abbrs: ['BTGDV'],
    unsure: 'provincial boards merged during early 2025, each on its own date',
  }),
  body('Ban Nội chính', 'party', 'any', PARTY, { abbrs: ['BNC'] }),
  body('Ủy ban Kiểm tra', 'party', 'any', `${PARTY}; Chương VII`, { abbrs: ['UBKT'] }),
  body('Văn phòng Tỉnh ủy', 'party', 'province', PARTY),
  body('Văn phòng Thành ủy', 'party', 'any', PARTY),
  body('Văn phòng Huyện ủy', 'party', 'district', PARTY, { until: DISTRICT_END }),
  body('Đảng ủy Khối các cơ quan', 'party', 'province', PARTY, { ...LOCAL_PARTY_MERGED, successors: ['Đảng ủy các cơ quan Đảng', 'Đảng ủy Ủy ban nhân dân'] }),
  body('Đảng ủy Khối doanh nghiệp', 'party', 'province', PARTY, { ...LOCAL_PARTY_MERGED, successors: ['Đảng ủy Ủy ban nhân dân'] }),
  body('Đảng ủy các cơ quan Đảng', 'party', 'province', PARTY_2025, { from: '2025-02-03', unsure: 'provincial dates differ' }),
  body('Đảng ủy Ủy ban nhân dân', 'party', 'province', PARTY_2025, { from: '2025-02-03', variants: ['Đảng ủy UBND'], unsure: 'provincial dates differ' }),
  body('Ban Bảo vệ, chăm sóc sức khỏe cán bộ', 'party', 'province', PARTY, {
    variants: ['Ban Bảo vệ chăm sóc sức khỏe cán bộ', 'Ban BVCSSK cán bộ'],
    unsure: 'the Secretariat regulation on these boards is not cited here',
  }),
  body('Trường Chính trị', 'party', 'province', 'Quy định của Ban Bí thư về trường chính trị tỉnh', {
    unsure: 'number of the Secretariat regulation not confirmed here',
  }),

  // Fatherland Front and mass organisations.
  body('Mặt trận Tổ quốc Việt Nam', 'front', 'central', FRONT, { abbrs: ['MTTQVN', 'MTTQ'], variants: ['Mặt trận Tổ quốc'] }),
  body('Ủy ban Mặt trận Tổ quốc Việt Nam', 'front', 'any', FRONT, {
    abbrs: ['UBMTTQVN', 'UBMTTQ'],
    variants: ['Ủy ban MTTQ Việt Nam', 'Ủy ban MTTQ', 'UB MTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  }),
  body('Hội Liên hiệp Phụ nữ Việt Nam', 'mass-organisation', 'any', `${FRONT}; Điều lệ Hội LHPN Việt Nam`, {
    abbrs: ['HLHPN', 'LHPN'],
    variants: ['Hội LHPN', 'Hội Liên hiệp Phụ nữ', 'Hội Phụ nữ'],
  }),
  body('Hội Nông dân Việt Nam', 'mass-organisation', 'any', `${FRONT}; Điều lệ Hội Nông dân Việt Nam`, {
    abbrs: ['HND', 'HNDVN'],
    variants: ['Hội Nông dân'],
  }),
  body('Hội Cựu chiến binh Việt Nam', 'mass-organisation', 'any', `${FRONT}; Pháp lệnh Cựu chiến binh 2005`, {
    abbrs: ['HCCB', 'CCB'],
    variants: ['Hội Cựu chiến binh', 'Hội CCB'],
  }),
  body('Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'mass-organisation', 'any', `${FRONT}; Luật Thanh niên 2020 (57/2020/QH14)`, {
    abbrs: ['ĐTNCS', 'ĐTN'],
    variants: ['Đoàn TNCS Hồ Chí Minh', 'Đoàn Thanh niên', 'Đoàn TNCS HCM'],
  }),
  body('Tỉnh đoàn', 'mass-organisation', 'province', 'Điều lệ Đoàn TNCS Hồ Chí Minh'),
  body('Thành đoàn', 'mass-organisation', 'any', 'Điều lệ Đoàn TNCS Hồ Chí Minh'),
  body('Huyện đoàn', 'mass-organisation', 'district', 'Điều lệ Đoàn TNCS Hồ Chí Minh', { until: DISTRICT_END }),
  body('Hội Liên hiệp Thanh niên Việt Nam', 'mass-organisation', 'any', 'Điều lệ Hội LHTN Việt Nam', { abbrs: ['HLHTN', 'LHTN'], variants: ['Hội LHTN'] }),
  body('Tổng Liên đoàn Lao động Việt Nam', 'mass-organisation', 'central', TRADE_UNION, { abbrs: ['TLĐLĐVN', 'TLĐ'] }),
  body('Liên đoàn Lao động', 'mass-organisation', 'any', TRADE_UNION, { abbrs: ['LĐLĐ'] }),
  body('Công đoàn ngành', 'mass-organisation', 'any', TRADE_UNION),
  body('Công đoàn Viên chức', 'mass-organisation', 'any', TRADE_UNION),
  body('Hội Chữ thập đỏ Việt Nam', 'mass-organisation', 'any', 'Luật Hoạt động chữ thập đỏ 2008 (11/2008/QH12)', {
    abbrs: ['HCTĐ'],
    variants: ['Hội Chữ thập đỏ', 'Hội CTĐ'],
  }),
  body('Liên minh Hợp tác xã Việt Nam', 'mass-organisation', 'any', 'Luật Hợp tác xã 2023 (17/2023/QH15)', {
    abbrs: ['LMHTX'],
    variants: ['Liên minh HTX', 'Liên minh Hợp tác xã'],
  }),
  body('Hội Luật gia Việt Nam', 'mass-organisation', 'any', 'Điều lệ Hội Luật gia Việt Nam', { variants: ['Hội Luật gia'] }),
  body('Hội Nhà báo Việt Nam', 'mass-organisation', 'any', 'Điều lệ Hội Nhà báo Việt Nam', { variants: ['Hội Nhà báo'] }),
  body('Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', 'mass-organisation', 'any', 'Điều lệ Liên hiệp các Hội KH&KT Việt Nam', {
    abbrs: ['LHHVN'],
    variants: ['Liên hiệp các Hội Khoa học và Kỹ thuật'],
  }),
  body('Liên hiệp các Hội Văn học nghệ thuật', 'mass-organisation', 'any', 'Điều lệ Liên hiệp các Hội VHNT Việt Nam', { variants: ['Liên hiệp các Hội VHNT'] }),
  body('Hội Người cao tuổi', 'mass-organisation', 'any', 'Luật Người cao tuổi 2009 (39/2009/QH12)'),
  body('Hội Khuyến học', 'mass-organisation', 'any', 'Điều lệ Hội Khuyến học Việt Nam'),
  body('Hội Doanh nhân trẻ', 'mass-organisation', 'any', 'Điều lệ Hội Doanh nhân trẻ Việt Nam'),
  body('Hội Nạn nhân chất độc da cam/dioxin', 'mass-organisation', 'any', 'Điều lệ Hội Nạn nhân chất độc da cam/dioxin Việt Nam'),
  body('Hội Cựu Thanh niên xung phong', 'mass-organisation', 'any', 'Điều lệ Hội Cựu TNXP Việt Nam'),
  body('Liên hiệp các tổ chức hữu nghị', 'mass-organisation', 'any', 'Điều lệ Liên hiệp các tổ chức hữu nghị Việt Nam', { abbrs: ['LHTCHN'] }),
  body('Lực lượng Thanh niên xung phong', 'mass-organisation', 'province', 'Luật Thanh niên 2020 (57/2020/QH14)', {
    variants: ['Lực lượng TNXP'],
    unsure: 'the Prime Minister\'s decision on youth volunteer forces is not cited here; the force is provincial in some provinces only',
  }),

  // Armed forces.
  body('Bộ Chỉ huy Quân sự', 'armed-forces', 'province', DEFENCE, { abbrs: ['BCHQS'], variants: ['Bộ CHQS'] }),
  body('Ban Chỉ huy Quân sự', 'armed-forces', 'any', DEFENCE, { abbrs: ['BCHQS'], variants: ['Ban CHQS'] }),
  body('Bộ Chỉ huy Bộ đội Biên phòng', 'armed-forces', 'province', BORDER, { abbrs: ['BĐBP'], variants: ['Bộ Chỉ huy BĐBP', 'BĐBP tỉnh'] }),
  body('Bộ Tư lệnh Bộ đội Biên phòng', 'armed-forces', 'central', BORDER),
  body('Đồn Biên phòng', 'armed-forces', 'any', BORDER),
  body('Bộ Tư lệnh Thủ đô Hà Nội', 'armed-forces', 'province', DEFENCE),
  body('Bộ Tư lệnh Thành phố Hồ Chí Minh', 'armed-forces', 'province', DEFENCE, { variants: ['Bộ Tư lệnh TP Hồ Chí Minh'] }),
  body('Quân khu', 'armed-forces', 'any', DEFENCE),
  body('Bộ Tư lệnh Cảnh sát biển', 'armed-forces', 'central', 'Luật Cảnh sát biển Việt Nam 2018 (33/2018/QH14)'),
  body('Bộ Tư lệnh Hải quân', 'armed-forces', 'central', DEFENCE),
  body('Ban Chỉ huy Phòng thủ khu vực', 'armed-forces', 'any', DEFENCE, {
    from: '2025-07-01',
    unsure: 'created with the two-tier local government; defining decree not confirmed here',
  }),
  // Police.
  body('Công an tỉnh', 'police', 'province', POLICE),
  body('Công an thành phố', 'police', 'any', POLICE),
  body('Công an huyện', 'police', 'district', POLICE, { until: MINISTRY_END, unsure: 'district police ceased on 01/3/2025 (reported); decree not confirmed here' }),
  body('Công an xã', 'police', 'commune', POLICE),
  body('Công an phường', 'police', 'commune', POLICE),
  body('Phòng Cảnh sát Phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'police', 'province', 'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ 2024 (55/2024/QH15)', {
    variants: ['Phòng Cảnh sát PCCC và CNCH'],
  }),
  // Courts and procuracies.
  body('Tòa án nhân dân tối cao', 'court', 'central', COURTS, { abbrs: ['TANDTC'] }),
  body('Tòa án nhân dân', 'court', 'any', COURTS, { abbrs: ['TAND'], variants: ['Tòa án'] }),
  body('Tòa án nhân dân khu vực', 'court', 'district', COURTS, { from: '2025-07-01', unsure: 'number of the 2025 amending law not cited' }),
  body('Tòa án quân sự', 'court', 'any', COURTS),
  body('Viện kiểm sát nhân dân tối cao', 'procuracy', 'central', PROCURACY, { abbrs: ['VKSNDTC'] }),
  body('Viện kiểm sát nhân dân', 'procuracy', 'any', PROCURACY, { abbrs: ['VKSND'], variants: ['Viện kiểm sát'] }),
  body('Viện kiểm sát nhân dân khu vực', 'procuracy', 'district', 'Luật sửa đổi Luật Tổ chức Viện kiểm sát nhân dân 2025', {
    from: '2025-07-01',
    unsure: 'number of the 2025 amending law not confirmed here',
  }),
  body('Cục Thi hành án dân sự', 'government-agency', 'province', 'Luật Thi hành án dân sự 2008 (26/2008/QH12)'),
  // Elected and state bodies.
  body('Quốc hội', 'state', 'central', `${CONSTITUTION}, Chương V`, { abbrs: ['QH'] }),
  body('Ủy ban Thường vụ Quốc hội', 'state', 'central', `${CONSTITUTION}, Điều 73`, { abbrs: ['UBTVQH'] }),
  body('Chủ tịch nước', 'state', 'central', `${CONSTITUTION}, Chương VI`, { abbrs: ['CTN'] }),
  body('Chính phủ', 'state', 'central', `${CONSTITUTION}, Chương VII`, { abbrs: ['CP'] }),
  body('Thủ tướng Chính phủ', 'state', 'central', `${CONSTITUTION}, Điều 98`, { abbrs: ['TTg'] }),
  body('Hội đồng nhân dân', 'state', 'any', `${CONSTITUTION}, Điều 113; ${LOCAL_GOV}`, { abbrs: ['HĐND'] }),
  body('Ủy ban nhân dân', 'state', 'any', `${CONSTITUTION}, Điều 114; ${LOCAL_GOV}`, { abbrs: ['UBND'], variants: ['UB nhân dân'] }),
  body('Đoàn đại biểu Quốc hội', 'state', 'province', 'Luật Tổ chức Quốc hội 2014 (57/2014/QH13)', {
    abbrs: ['ĐĐBQH'],
    variants: ['Đoàn ĐBQH'],
  }),
  body('Hội đồng Thi đua - Khen thưởng', 'state', 'any', 'Luật Thi đua, khen thưởng 2022 (06/2022/QH15)', {
    abbrs: ['HĐTĐKT'],
    variants: ['Hội đồng Thi đua, Khen thưởng', 'Hội đồng TĐKT'],
  }),
  body('Ban Thi đua - Khen thưởng', 'state', 'any', 'Luật Thi đua, khen thưởng 2022 (06/2022/QH15)', {
    abbrs: ['BTĐKT'],
    variants: ['Ban Thi đua, Khen thưởng', 'Ban TĐKT'],
  }),
  body('Ban Quản lý các khu công nghiệp', 'state', 'province', 'Nghị định 35/2022/NĐ-CP (28/5/2022) về quản lý khu công nghiệp và khu kinh tế', {
    variants: ['Ban Quản lý các KCN'],
  }),
  body('Ban Quản lý khu kinh tế', 'state', 'province', 'Nghị định 35/2022/NĐ-CP (28/5/2022) về quản lý khu công nghiệp và khu kinh tế', {
    variants: ['Ban Quản lý Khu kinh tế và các khu công nghiệp', 'Ban Quản lý các khu kinh tế'],
  }),
  ...['dân dụng và công nghiệp', 'giao thông', 'nông nghiệp và phát triển nông thôn'].map((works) =>
    body(`Ban Quản lý dự án đầu tư xây dựng các công trình ${works}`, 'state', 'province', PROJECT_BOARDS, {
      unsure: 'the decree defines specialised project boards; these three names are the usual provincial ones, not listed in it',
    }),
  ),
  body('Bảo hiểm xã hội', 'government-agency', 'any', 'Luật Bảo hiểm xã hội 2024 (41/2024/QH15)', { abbrs: ['BHXH'] }),

  // Press and broadcasting.
  body('Báo Nhân Dân', 'press', 'central', 'Luật Báo chí 2016 (103/2016/QH13); Quy hoạch báo chí (Quyết định 362/QĐ-TTg, 03/4/2019)', {
  }),
  body('Tạp chí Cộng sản', 'press', 'central', 'Luật Báo chí 2016 (103/2016/QH13)'),
  body('Báo Quân đội nhân dân', 'press', 'central', 'Luật Báo chí 2016 (103/2016/QH13)'),
  body('Báo Công an nhân dân', 'press', 'central', 'Luật Báo chí 2016 (103/2016/QH13)'),
  body('Đài Phát thanh và Truyền hình', 'press', 'province', 'Luật Báo chí 2016 (103/2016/QH13); Quy hoạch báo chí (Quyết định 362/QĐ-TTg, 03/4/2019)', {
    abbrs: ['PT-TH', 'PTTH'],
    variants: ['Đài PT-TH', 'Đài PT&TH', 'Đài PTTH', 'Đài Phát thanh - Truyền hình'],
    unsure: 'most provinces merged their newspaper and broadcaster in 2025 (Báo và Phát thanh, Truyền hình); names vary by province',
  }),
  body('Báo và Phát thanh, Truyền hình', 'press', 'province', 'Kết luận của Bộ Chính trị về sắp xếp cơ quan báo chí địa phương 2025', {
    from: '2025-07-01',
    unsure: 'the merged provincial outlets; conclusion number and exact naming pattern not confirmed here',
  }),
  body('Trung tâm Văn hóa - Thông tin và Thể thao', 'press', 'any', 'Luật Báo chí 2016 (103/2016/QH13)', {
    variants: ['Trung tâm Văn hóa, Thông tin và Thể thao', 'Trung tâm VH-TT&TT'],
    unsure: 'district-level public service unit; name varies by locality',
  }),

  // Universities and colleges (head nouns; individual schools are not listed).
  body('Đại học Quốc gia Hà Nội', 'education', 'central', 'Luật Giáo dục đại học 2012, sửa đổi 2018 (34/2018/QH14); Nghị định 186/2013/NĐ-CP', { abbrs: ['ĐHQGHN'] }),
  body('Đại học Quốc gia Thành phố Hồ Chí Minh', 'education', 'central', 'Luật Giáo dục đại học 2012, sửa đổi 2018 (34/2018/QH14); Nghị định 186/2013/NĐ-CP', {
    abbrs: ['ĐHQG-HCM', 'ĐHQGHCM'],
    variants: ['Đại học Quốc gia TP Hồ Chí Minh', 'Đại học Quốc gia TP.HCM'],
  }),
];

/** The abbreviations that depend on the department's field: `Sở Nội vụ` → `SNV`. */
function departmentAbbrs(field: string): readonly string[] {
  const known: Readonly<Record<string, string>> = {
    'Nội vụ': 'SNV',
    'Tư pháp': 'STP',
    'Tài chính': 'STC',
    'Công Thương': 'SCT',
    'Xây dựng': 'SXD',
    'Khoa học và Công nghệ': 'SKHCN',
    'Văn hóa, Thể thao và Du lịch': 'SVHTTDL',
    'Giáo dục và Đào tạo': 'SGDĐT',
    'Y tế': 'SYT',
    'Kế hoạch và Đầu tư': 'SKHĐT',
    'Giao thông vận tải': 'SGTVT',
    'Thông tin và Truyền thông': 'STTTT',
  };
  const abbr = known[field];
  return abbr ? [abbr] : [];
}

/**
 * Abbreviations of a part of a name (a head with its field, or a common part) that are not
 * the abbreviation of one whole body row above; `full` is a body name, a field name or a
 * head noun of {@link UNIT_HEAD_NOUNS}.
 */
export interface PartAbbreviation {
  readonly abbr: string;
  readonly full: string;
}

export const PART_ABBREVIATIONS: ReadonlyArray<PartAbbreviation> = [
  { abbr: 'UB', full: 'Ủy ban' },
  { abbr: 'VP', full: 'Văn phòng' },
  { abbr: 'CA', full: 'Công an' },
  { abbr: 'BCĐ', full: 'Ban Chỉ đạo' },
  { abbr: 'BQL', full: 'Ban Quản lý' },
  { abbr: 'TT', full: 'Trung tâm' },
  { abbr: 'HTX', full: 'Hợp tác xã' },
  { abbr: 'CTCP', full: 'Công ty cổ phần' },
  { abbr: 'TNHH', full: 'Công ty trách nhiệm hữu hạn' },
  { abbr: 'NHCSXH', full: 'Ngân hàng Chính sách xã hội' },
  { abbr: 'PC', full: 'Phòng Cảnh sát' },
  { abbr: 'ĐH', full: 'Đại học' },
  { abbr: 'CĐ', full: 'Cao đẳng' },
  { abbr: 'THPT', full: 'Trường Trung học phổ thông' },
  { abbr: 'THCS', full: 'Trường Trung học cơ sở' },
  { abbr: 'BV', full: 'Bệnh viện' },
  { abbr: 'TAND', full: 'Tòa án nhân dân' },
  { abbr: 'TNXP', full: 'Thanh niên xung phong' },
  { abbr: 'LĐLĐ', full: 'Liên đoàn Lao động' },
];

/** What kind of unit a head noun starts, for a parser that meets a name it does not know. */
export type UnitHeadCategory = 'state' | 'party' | 'front' | 'armed' | 'judicial' | 'economic' | 'education' | 'health' | 'press' | 'generic';

/** A head noun: the word(s) a unit name starts with, before its field or proper name. */
export interface UnitHeadNoun {
  /** Capitalised as it begins a name (`Sở`, `Chi cục`, `Bộ Chỉ huy`). */
  readonly noun: string;
  readonly category: UnitHeadCategory;
  /** Whether a field name follows (`Sở` + `Nội vụ`); otherwise a proper name or locality. */
  readonly takesField: boolean;
  /**
   * Whether, written in lower case after `các` or before a list, it distributes over the
   * names that follow (`các sở Nội vụ, Tài chính`, `Sở Tư pháp, Y tế`).
   */
  readonly distributes: boolean;
  /** Other spellings (`Uỷ ban`, `Toà án`). */
  readonly variants: readonly string[];
}

function head(noun: string, category: UnitHeadCategory, takesField: boolean, distributes: boolean, variants: readonly string[] = []): UnitHeadNoun {
  return { noun, category, takesField, distributes, variants };
}

/**
 * Head nouns of unit names (Luật Tổ chức Chính phủ 2015 and 2025, Luật Tổ chức chính quyền
 * địa phương, the decrees on departments and offices cited in the header, Điều lệ Đảng, the
 * Front's and organisations' charters, Luật Doanh nghiệp 2020 for companies). A unit the
 * tables do not know still reads as one of these plus its name.
 */
export const UNIT_HEAD_NOUNS: ReadonlyArray<UnitHeadNoun> = [
  // State administration.
  head('Bộ', 'state', true, true),
  head('Sở', 'state', true, true),
  head('Phòng', 'state', true, true),
  head('Ban', 'state', true, true),
  head('Tổng cục', 'state', true, true),
  head('Cục', 'state', true, true),
  head('Chi cục', 'state', true, true),
  head('Vụ', 'state', true, true),
  head('Viện', 'state', true, true),
  head('Trung tâm', 'state', true, true),
  head('Văn phòng', 'state', false, false),
  head('Thanh tra', 'state', false, false),
  head('Ủy ban', 'state', false, false, ['Uỷ ban']),
  head('Ủy ban nhân dân', 'state', false, false, ['Uỷ ban nhân dân', 'UBND']),
  head('Hội đồng nhân dân', 'state', false, false, ['HĐND']),
  head('Hội đồng', 'state', true, false),
  head('Kho bạc Nhà nước', 'state', false, false, ['Kho bạc']),
  head('Bảo hiểm xã hội', 'state', false, false, ['BHXH']),
  head('Cục Thuế', 'state', false, false),
  head('Chi cục Thuế', 'state', false, false),
  head('Thuế', 'state', false, false),
  head('Cục Hải quan', 'state', false, false),
  head('Chi cục Hải quan', 'state', false, false),
  head('Kiểm toán nhà nước', 'state', false, false),
  head('Cục Thống kê', 'state', false, false),
  head('Chi cục Thống kê', 'state', false, false),
  head('Ban Quản lý', 'state', false, true),
  head('Ban Quản lý dự án', 'state', false, true),
  head('Ban Chỉ đạo', 'state', false, false),
  head('Đoàn đại biểu Quốc hội', 'state', false, false, ['Đoàn ĐBQH']),
  // Party.
  head('Tỉnh ủy', 'party', false, false, ['Tỉnh uỷ']),
  head('Thành ủy', 'party', false, false, ['Thành uỷ']),
  head('Huyện ủy', 'party', false, true, ['Huyện uỷ']),
  head('Thị ủy', 'party', false, false, ['Thị uỷ']),
  head('Quận ủy', 'party', false, false, ['Quận uỷ']),
  head('Đảng ủy', 'party', false, true, ['Đảng uỷ']),
  head('Đảng bộ', 'party', false, true),
  head('Chi bộ', 'party', false, true),
  head('Đảng đoàn', 'party', false, false),
  head('Ban cán sự đảng', 'party', false, false),
  // Front and mass organisations.
  head('Ủy ban Mặt trận Tổ quốc', 'front', false, false, ['Uỷ ban Mặt trận Tổ quốc', 'Ủy ban MTTQ', 'UBMTTQ']),
  head('Mặt trận Tổ quốc', 'front', false, false, ['MTTQ']),
  head('Hội', 'front', true, true),
  head('Liên hiệp', 'front', false, false),
  head('Liên đoàn', 'front', false, true),
  head('Liên đoàn Lao động', 'front', false, true, ['LĐLĐ']),
  head('Công đoàn', 'front', false, true),
  head('Đoàn Thanh niên', 'front', false, false),
  head('Tỉnh đoàn', 'front', false, false),
  head('Thành đoàn', 'front', false, false),
  head('Huyện đoàn', 'front', false, false),
  head('Liên minh', 'front', false, false),
  // Armed forces and police.
  head('Bộ Chỉ huy', 'armed', false, false),
  head('Bộ Chỉ huy Quân sự', 'armed', false, false, ['Bộ CHQS', 'BCHQS']),
  head('Bộ Chỉ huy Bộ đội Biên phòng', 'armed', false, false, ['Bộ Chỉ huy BĐBP']),
  head('Ban Chỉ huy Quân sự', 'armed', false, false, ['Ban CHQS']),
  head('Bộ Tư lệnh', 'armed', false, false),
  head('Quân khu', 'armed', false, false),
  head('Sư đoàn', 'armed', false, false),
  head('Lữ đoàn', 'armed', false, false),
  head('Trung đoàn', 'armed', false, false),
  head('Đồn Biên phòng', 'armed', false, true),
  head('Công an', 'armed', false, true),
  head('Cảnh sát', 'armed', false, false),
  // Courts and procuracies.
  head('Tòa án', 'judicial', false, false, ['Toà án']),
  head('Tòa án nhân dân', 'judicial', false, false, ['Toà án nhân dân', 'TAND']),
  head('Viện kiểm sát', 'judicial', false, false, ['Viện Kiểm sát']),
  head('Viện kiểm sát nhân dân', 'judicial', false, false, ['Viện Kiểm sát nhân dân', 'VKSND']),
  head('Thi hành án dân sự', 'judicial', false, false),
  // Economic units.
  head('Công ty', 'economic', false, true),
  head('Tổng công ty', 'economic', false, true),
  head('Tập đoàn', 'economic', false, false),
  head('Ngân hàng', 'economic', false, true),
  head('Chi nhánh', 'economic', false, false),
  head('Hợp tác xã', 'economic', false, true, ['HTX']),
  head('Quỹ', 'economic', false, false),
  head('Điện lực', 'economic', false, false),
  head('Bưu điện', 'economic', false, false),
  head('Viễn thông', 'economic', false, false),
  // Education and health.
  head('Trường', 'education', false, true),
  head('Trường Đại học', 'education', false, true),
  head('Trường Cao đẳng', 'education', false, true),
  head('Đại học', 'education', false, false),
  head('Cao đẳng', 'education', false, false),
  head('Học viện', 'education', false, true),
  head('Bệnh viện', 'health', false, true),
  head('Trung tâm Y tế', 'health', false, true),
  // Press and broadcasting.
  head('Báo', 'press', false, true),
  head('Tạp chí', 'press', false, false),
  head('Đài', 'press', false, false),
  head('Đài Phát thanh và Truyền hình', 'press', false, false, ['Đài PT-TH', 'Đài PTTH']),
  head('Thông tấn xã', 'press', false, false),
  head('Nhà xuất bản', 'press', false, false),
  // Generic.
  head('Cơ quan', 'generic', false, false),
  head('Đơn vị', 'generic', false, false),
];

/**
 * Short names of state-owned companies in emulation blocs, where the words `Công ty` and the
 * legal form are dropped and the industry word leads (`Điện lực Gia Lai`, `Truyền tải điện
 * Ninh Thuận`, `Cao su Kon Tum`, `Cấp nước Đồng Nai`). From the member companies' names in
 * the groups' charters (EVN, Tập đoàn Công nghiệp Cao su Việt Nam, Vinacomin) and the
 * provinces' utilities; a reader takes them as unit heads only inside a member list, where a
 * place name follows. `Điện lực`, `Bưu điện` and `Viễn thông` are head nouns of
 * {@link UNIT_HEAD_NOUNS} already.
 */
export const ENTERPRISE_SHORT_HEADS: readonly string[] = [
  'Truyền tải điện',
  'Cao su',
  'Cấp nước',
  'Thoát nước',
  'Xổ số kiến thiết',
  'Môi trường đô thị',
  'Công trình đô thị',
  'Than',
  'Cảng',
  'Xăng dầu',
  'Lâm nghiệp',
  'Thủy lợi',
];

// Lookups, built once from the tables above (read-only after module load).
const BODY_BY_KEY: ReadonlyMap<string, PublicBody> = new Map(
  PUBLIC_BODIES.flatMap((b) => [b.name, ...b.variants].map((n) => [nameKey(n), b] as const)),
);
const FIELD_BY_KEY: ReadonlyMap<string, ManagementField> = new Map(
  MANAGEMENT_FIELDS.flatMap((f) => [f.name, ...f.variants, ...f.abbrs].map((n) => [nameKey(n), f] as const)),
);
const HEAD_BY_KEY: ReadonlyMap<string, UnitHeadNoun> = new Map(
  UNIT_HEAD_NOUNS.flatMap((h) => [h.noun, ...h.variants].map((n) => [nameKey(n), h] as const)),
);

/** Every expansion of an abbreviation known to the tables, whole names first. */
function collectExpansions(): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  const add = (abbr: string, full: string): void => {
    const list = out.get(abbr) ?? [];
    if (!list.includes(full)) list.push(full);
    out.set(abbr, list);
  };
  for (const b of PUBLIC_BODIES) for (const a of b.abbrs) add(a, b.name);
  for (const f of MANAGEMENT_FIELDS) for (const a of f.abbrs) add(a, f.name);
  for (const p of PART_ABBREVIATIONS) add(p.abbr, p.full);
  return out;
}
const EXPANSIONS: ReadonlyMap<string, readonly string[]> = collectExpansions();

/**
 * What an abbreviation stands for: every body, field or part name the tables give it, exact
 * case (`BTC` → Bộ Tài chính, Ban Tổ chức; `TN&MT` → Tài nguyên và Môi trường). Empty when unknown.
 */
export function expandAbbreviation(abbr: string): readonly string[] {
  return EXPANSIONS.get(abbr.trim()) ?? [];
}

/** Every abbreviation the tables know, each once. */
export function knownAbbreviations(): readonly string[] {
  return [...EXPANSIONS.keys()];
}

/** The body a name (any case, dash or tone placement; no locality) stands for. */
export function findPublicBody(name: string): PublicBody | undefined {
  return BODY_BY_KEY.get(nameKey(name));
}

const BODY_ABBRS: ReadonlySet<string> = new Set(PUBLIC_BODIES.flatMap((b) => b.abbrs));
/** The committees a Party board belongs to, as they follow its name. */
const PARTY_COMMITTEE_KEYS: readonly string[] = ['Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy', 'Đảng ủy', 'Trung ương'].map(nameKey);

/**
 * Whether a name is a known unit: a body of the table or one of its abbreviations (`UBND`,
 * exact case), or a field head (`Bộ`, `Sở`, `Phòng`, `Ban`) followed by a known field or field
 * abbreviation (`Sở TN&MT`, `Phòng Tư pháp`). The name is taken without its locality (see
 * `splitUnitLocality`).
 */
export function isKnownUnitName(name: string): boolean {
  const key = nameKey(name);
  if (BODY_BY_KEY.has(key) || BODY_ABBRS.has(name.trim())) return true;
  // A Party board followed by its committee: `Ban Tổ chức Tỉnh ủy`, `Ủy ban Kiểm tra Huyện ủy`.
  const committee = PARTY_COMMITTEE_KEYS.find((c) => key.endsWith(` ${c}`));
  if (committee && BODY_BY_KEY.get(key.slice(0, -committee.length - 1))?.kind === 'party') return true;
  const space = key.indexOf(' ');
  if (space < 0) return false;
  const headNoun = HEAD_BY_KEY.get(key.slice(0, space));
  return headNoun !== undefined && headNoun.takesField && FIELD_BY_KEY.has(key.slice(space + 1));
}

/** The field a written name or abbreviation stands for (`LĐ-TB&XH`, `lao động-thương binh và xã hội`). */
export function findManagementField(written: string): ManagementField | undefined {
  return FIELD_BY_KEY.get(nameKey(written));
}

/** Every written form of every field (names, variants, abbreviations), longest first. */
export function managementFieldForms(): readonly string[] {
  return MANAGEMENT_FIELDS.flatMap((f) => [f.name, ...f.variants, ...f.abbrs]).sort((a, b) => b.length - a.length);
}

/** Every written form of every head noun (nouns and variants), longest first. */
export function unitHeadNouns(): readonly string[] {
  return UNIT_HEAD_NOUNS.flatMap((h) => [h.noun, ...h.variants]).sort((a, b) => b.length - a.length);
}

/** The head noun a written form stands for, in any case (`uỷ ban` → Ủy ban). */
export function findUnitHeadNoun(written: string): UnitHeadNoun | undefined {
  return HEAD_BY_KEY.get(nameKey(written));
}

/** The bodies in office on a date (ISO `yyyy-mm-dd`): started on or before it and not ceased before it. */
export function publicBodiesOn(isoDate: string): readonly PublicBody[] {
  return PUBLIC_BODIES.filter((b) => (b.from === undefined || b.from <= isoDate) && (b.until === undefined || b.until >= isoDate));
}
