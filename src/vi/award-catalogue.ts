/**
 * The named forms of emulation and commendation (danh hiệu thi đua, hình thức khen thưởng),
 * one row per form as the law names it, with its classes, who receives it and the older
 * names pages still use. `award-forms.ts` keeps the base words the award extractor matches
 * today; this catalogue says which full names exist.
 *
 * Sources:
 * - Luật Thi đua, khen thưởng 2022 (06/2022/QH15, 15/6/2022, in force 01/01/2024): Chương II
 *   (danh hiệu thi đua: Chiến sĩ thi đua, Lao động tiên tiến, Cờ thi đua, Tập thể lao động
 *   xuất sắc …), Chương III (hình thức khen thưởng): Điều 33 khoản 2 (the ten orders), Điều 54
 *   khoản 2 (the four medals), the State honorary titles, Giải thưởng Hồ Chí Minh and Giải
 *   thưởng Nhà nước, Kỷ niệm chương, Bằng khen, Giấy khen.
 * - Nghị định 98/2023/NĐ-CP (31/12/2023) detailing the law (conferrers of Bằng khen, Giấy
 *   khen, Cờ thi đua; Kỷ niệm chương and Huy hiệu of ministries and organisations).
 * - The earlier Luật Thi đua, khen thưởng 2003 (15/2003/QH11), amended 2005 (47/2005/QH11) and
 *   2013 (39/2013/QH13), for names that changed.
 * Article numbers other than those above were not confirmed against the text here.
 */
import { nameKey } from './name-key.js';

/** What kind of form a row is. */
export type AwardKind =
  | 'order'
  | 'medal'
  | 'honorary-title'
  | 'prize'
  | 'commemorative'
  | 'certificate'
  | 'flag'
  | 'emulation-title';

/** Who a form goes to. */
export type AwardRecipient = 'individual' | 'collective' | 'both' | 'household';

/** One named form. */
export interface AwardEntry {
  /** The full name as the law writes it (without quotes). NFC. */
  readonly name: string;
  readonly kind: AwardKind;
  /** The classes it is given in (`Nhất`, `Nhì`, `Ba`); empty when it has none. */
  readonly classes: readonly AwardClass[];
  readonly recipients: AwardRecipient;
  /** Other spellings and former names pages still use. */
  readonly variants: readonly string[];
  /** Whether it is still conferred under the 2022 law. */
  readonly current: boolean;
  readonly source: string;
  readonly unsure?: string;
}

/** The classes of orders and medals. */
export type AwardClass = 'Nhất' | 'Nhì' | 'Ba';

const LAW_2022 = 'Luật Thi đua, khen thưởng 2022 (06/2022/QH15)';
const ORDERS = `${LAW_2022}, Điều 33 khoản 2`;
const MEDALS = `${LAW_2022}, Điều 54 khoản 2`;
const TITLES = `${LAW_2022}, Chương II (danh hiệu thi đua)`;
const HONOURS = `${LAW_2022}, Chương III (danh hiệu vinh dự nhà nước)`;
const FORMS = `${LAW_2022}, Chương III; Nghị định 98/2023/NĐ-CP (31/12/2023)`;
const LAW_2003 = 'Luật Thi đua, khen thưởng 2003 (15/2003/QH11), sửa đổi 2005 (47/2005/QH11) và 2013 (39/2013/QH13)';
const THREE: readonly AwardClass[] = ['Nhất', 'Nhì', 'Ba'];

function award(
  name: string,
  kind: AwardKind,
  recipients: AwardRecipient,
  source: string,
  extra: Partial<Pick<AwardEntry, 'classes' | 'variants' | 'current' | 'unsure'>> = {},
): AwardEntry {
  return {
    name,
    kind,
    recipients,
    source,
    classes: extra.classes ?? [],
    variants: extra.variants ?? [],
    current: extra.current ?? true,
    ...(extra.unsure ? { unsure: extra.unsure } : {}),
  };
}

export const AWARD_CATALOGUE: ReadonlyArray<AwardEntry> = [
  // Orders (Huân chương), Điều 33 khoản 2.
  award('Huân chương Sao vàng', 'order', 'both', ORDERS),
  award('Huân chương Hồ Chí Minh', 'order', 'both', ORDERS),
  award('Huân chương Độc lập', 'order', 'both', ORDERS, { classes: THREE }),
  award('Huân chương Quân công', 'order', 'both', ORDERS, { classes: THREE }),
  award('Huân chương Lao động', 'order', 'both', ORDERS, { classes: THREE }),
  award('Huân chương Bảo vệ Tổ quốc', 'order', 'both', ORDERS, { classes: THREE }),
  award('Huân chương Chiến công', 'order', 'both', ORDERS, { classes: THREE }),
  award('Huân chương Đại đoàn kết dân tộc', 'order', 'both', ORDERS),
  award('Huân chương Dũng cảm', 'order', 'individual', ORDERS),
  award('Huân chương Hữu nghị', 'order', 'both', ORDERS),
  // Orders of the wars, no longer conferred but named in retrospectives and obituaries.
  award('Huân chương Kháng chiến', 'order', 'both', 'Orders of 1947–1985, no longer conferred', {
    classes: THREE,
    variants: ['Huân chương Kháng chiến chống Pháp', 'Huân chương Kháng chiến chống Mỹ', 'Huân chương Kháng chiến chống Mỹ cứu nước'],
    current: false,
    unsure: 'the decree or ordinance that created each is not cited here',
  }),
  award('Huân chương Chiến thắng', 'order', 'both', 'Orders of 1947–1985, no longer conferred', { classes: THREE, current: false, unsure: 'creating text not cited here' }),
  award('Huân chương Chiến sĩ vẻ vang', 'order', 'individual', 'Orders of 1947–1985, no longer conferred', { classes: THREE, current: false, unsure: 'creating text not cited here' }),
  award('Huân chương Chiến sĩ giải phóng', 'order', 'individual', 'Orders of the liberation forces, no longer conferred', { classes: THREE, current: false, unsure: 'creating text not cited here' }),
  award('Huân chương Giải phóng', 'order', 'both', 'Orders of the liberation forces, no longer conferred', { classes: THREE, current: false, unsure: 'creating text not cited here' }),
  // Medals (Huy chương), Điều 54 khoản 2.
  award('Huy chương Quân kỳ quyết thắng', 'medal', 'individual', MEDALS),
  award('Huy chương Vì an ninh Tổ quốc', 'medal', 'individual', MEDALS),
  award('Huy chương Chiến sĩ vẻ vang', 'medal', 'individual', MEDALS, { classes: THREE }),
  award('Huy chương Hữu nghị', 'medal', 'individual', MEDALS),
  award('Huy chương Kháng chiến', 'medal', 'individual', 'Medals of 1947–1985, no longer conferred', { classes: ['Nhất', 'Nhì'], current: false, unsure: 'creating text not cited here' }),
  award('Huy chương Thanh niên xung phong vẻ vang', 'medal', 'individual', 'Medals of the youth volunteer forces, no longer conferred', { current: false, unsure: 'creating text not cited here' }),
  // State honorary titles (danh hiệu vinh dự nhà nước).
  award('Bà mẹ Việt Nam anh hùng', 'honorary-title', 'individual', HONOURS),
  award('Anh hùng Lực lượng vũ trang nhân dân', 'honorary-title', 'both', HONOURS, { variants: ['Anh hùng LLVTND', 'Anh hùng lực lượng vũ trang'] }),
  award('Anh hùng Lao động', 'honorary-title', 'both', HONOURS),
  award('Nhà giáo nhân dân', 'honorary-title', 'individual', HONOURS),
  award('Nhà giáo ưu tú', 'honorary-title', 'individual', HONOURS),
  award('Thầy thuốc nhân dân', 'honorary-title', 'individual', HONOURS),
  award('Thầy thuốc ưu tú', 'honorary-title', 'individual', HONOURS),
  award('Nghệ sĩ nhân dân', 'honorary-title', 'individual', HONOURS, { variants: ['Nghệ sỹ nhân dân', 'NSND'] }),
  award('Nghệ sĩ ưu tú', 'honorary-title', 'individual', HONOURS, { variants: ['Nghệ sỹ ưu tú', 'NSƯT'] }),
  award('Nghệ nhân nhân dân', 'honorary-title', 'individual', HONOURS),
  award('Nghệ nhân ưu tú', 'honorary-title', 'individual', HONOURS),
  // Prizes of the State.
  award('Giải thưởng Hồ Chí Minh', 'prize', 'both', `${FORMS}; Nghị định 90/2014/NĐ-CP (văn học, nghệ thuật)`, {
    unsure: 'the decrees on the prize for science and technology and for literature and arts were replaced after 2014; not confirmed here',
  }),
  award('Giải thưởng Nhà nước', 'prize', 'both', FORMS),
  // Commemorative medals and badges of ministries and organisations.
  award('Kỷ niệm chương', 'commemorative', 'individual', FORMS, { variants: ['Kỉ niệm chương'] }),
  award('Huy hiệu', 'commemorative', 'individual', FORMS, { unsure: 'Huy hiệu of the Party and of organisations are governed by their own rules' }),
  // Certificates of merit; the bare form is how most articles write it, the conferrer after.
  award('Bằng khen', 'certificate', 'both', FORMS),
  award('Bằng khen của Thủ tướng Chính phủ', 'certificate', 'both', FORMS, { variants: ['Bằng khen Thủ tướng Chính phủ', 'Bằng khen của Thủ tướng'] }),
  award('Bằng khen cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương', 'certificate', 'both', FORMS, {
    variants: ['Bằng khen của Bộ trưởng', 'Bằng khen của Chủ tịch UBND tỉnh', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'],
  }),
  award('Giấy khen', 'certificate', 'both', FORMS),
  // Flags.
  award('Cờ thi đua', 'flag', 'collective', TITLES),
  award('Cờ thi đua của Chính phủ', 'flag', 'collective', TITLES, { variants: ['Cờ thi đua Chính phủ'] }),
  award('Cờ thi đua của bộ, ban, ngành, tỉnh, đoàn thể trung ương', 'flag', 'collective', TITLES, {
    variants: ['Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương', 'Cờ thi đua của Bộ', 'Cờ thi đua của UBND tỉnh', 'Cờ thi đua của Ủy ban nhân dân tỉnh'],
  }),
  award('Cờ thi đua xuất sắc', 'flag', 'collective', 'Rules of organisations (e.g. the Trade Union) and of the Law of 2003 era', {
    current: false,
    unsure: 'not a form of the 2022 law; still awarded under some organisations\' own rules',
  }),
  // Emulation titles.
  award('Chiến sĩ thi đua toàn quốc', 'emulation-title', 'individual', TITLES),
  award('Chiến sĩ thi đua bộ, ban, ngành, tỉnh, đoàn thể trung ương', 'emulation-title', 'individual', TITLES, {
    variants: ['Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương', 'Chiến sĩ thi đua cấp bộ, ngành, tỉnh', 'Chiến sĩ thi đua cấp tỉnh', 'Chiến sĩ thi đua cấp bộ'],
    unsure: 'whether the 2022 law keeps the word "cấp" (the 2013 law wrote it) not confirmed here',
  }),
  award('Chiến sĩ thi đua cơ sở', 'emulation-title', 'individual', TITLES, { variants: ['Chiến sĩ thi đua cấp cơ sở', 'Chiến sỹ thi đua cơ sở', 'CSTĐCS'] }),
  award('Lao động tiên tiến', 'emulation-title', 'individual', TITLES, { variants: ['LĐTT'] }),
  award('Chiến sĩ tiên tiến', 'emulation-title', 'individual', TITLES, { variants: ['Chiến sỹ tiên tiến'] }),
  award('Tập thể lao động xuất sắc', 'emulation-title', 'collective', TITLES, { variants: ['TTLĐXS'] }),
  award('Tập thể lao động tiên tiến', 'emulation-title', 'collective', TITLES, { variants: ['TTLĐTT'] }),
  award('Đơn vị quyết thắng', 'emulation-title', 'collective', TITLES),
  award('Đơn vị tiên tiến', 'emulation-title', 'collective', TITLES),
  award('Gia đình văn hóa', 'emulation-title', 'household', `${LAW_2003}; ${TITLES}`, {
    unsure: 'whether the 2022 law keeps this household title under this name not confirmed here',
  }),
  award('Thôn, tổ dân phố văn hóa', 'emulation-title', 'collective', `${LAW_2003}; ${TITLES}`, {
    variants: ['Thôn văn hóa', 'Tổ dân phố văn hóa', 'Làng văn hóa', 'Ấp văn hóa', 'Bản văn hóa', 'Khu dân cư văn hóa'],
    unsure: 'exact wording in the 2022 law not confirmed here',
  }),
];

/** How the classes are written (`hạng Nhất`, `hạng I`, `hạng 1`), each with its class. */
export const AWARD_CLASS_WRITINGS: ReadonlyArray<{ readonly written: string; readonly awardClass: AwardClass }> = [
  { written: 'Nhất', awardClass: 'Nhất' },
  { written: 'I', awardClass: 'Nhất' },
  { written: '1', awardClass: 'Nhất' },
  { written: 'Nhì', awardClass: 'Nhì' },
  { written: 'II', awardClass: 'Nhì' },
  { written: '2', awardClass: 'Nhì' },
  { written: 'Ba', awardClass: 'Ba' },
  { written: 'III', awardClass: 'Ba' },
  { written: '3', awardClass: 'Ba' },
];

const AWARD_BY_KEY: ReadonlyMap<string, AwardEntry> = new Map(
  AWARD_CATALOGUE.flatMap((a) => [a.name, ...a.variants].map((n) => [nameKey(n), a] as const)),
);
const CLASS_BY_KEY: ReadonlyMap<string, AwardClass> = new Map(AWARD_CLASS_WRITINGS.map((c) => [c.written.toLowerCase(), c.awardClass] as const));

/** The catalogue row a written name stands for (any case, tone placement, `sĩ`/`sỹ` as listed). */
export function findAward(written: string): AwardEntry | undefined {
  return AWARD_BY_KEY.get(nameKey(written));
}

/** The class a written class word stands for (`III` → Ba, `nhì` → Nhì); undefined otherwise. */
export function awardClassOf(written: string): AwardClass | undefined {
  return CLASS_BY_KEY.get(written.trim().toLowerCase());
}

/** `sỹ` and `kỉ` as the catalogue writes them (`sĩ`, `kỷ`): both spellings are in use. */
function foldSpelling(written: string): string {
  return written.replace(/sỹ/g, 'sĩ').replace(/Sỹ/g, 'Sĩ').replace(/kỉ/g, 'kỷ').replace(/Kỉ/g, 'Kỷ');
}

/** Kinds whose name may be followed by a conferrer or a proper name (`Bằng khen của …`). */
const OPEN_KINDS: ReadonlySet<AwardKind> = new Set(['certificate', 'flag', 'commemorative']);
const OPEN_ROWS: readonly AwardEntry[] = AWARD_CATALOGUE.filter((a) => OPEN_KINDS.has(a.kind)).sort((x, y) => y.name.length - x.name.length);

/** An award as written, read against the catalogue. */
export interface AwardReading {
  readonly entry: AwardEntry;
  /** The class written after the name (`hạng III` → Ba), when the row has classes. */
  readonly awardClass?: AwardClass;
}

/**
 * Reads an award as a page writes it: `Huân chương Lao động hạng III`, `Chiến sỹ thi đua toàn
 * quốc`, `Bằng khen của Chủ tịch UBND tỉnh` (a certificate, flag or commemorative medal with
 * words after its name reads as its row). Undefined when no row fits, or when a class is
 * written that the row does not have (`Huân chương Sao vàng hạng Ba`).
 */
export function readAward(written: string): AwardReading | undefined {
  const words = foldSpelling(written.normalize('NFC').trim()).split(/\s+/);
  const classWord = words.length > 2 && nameKey(words[words.length - 2]!) === 'hạng' ? awardClassOf(words[words.length - 1]!) : undefined;
  const name = (classWord ? words.slice(0, -2) : words).join(' ');
  const exact = findAward(name);
  if (exact && classWord) return exact.classes.includes(classWord) ? { entry: exact, awardClass: classWord } : undefined;
  if (exact) return { entry: exact };
  const key = nameKey(name);
  const open = OPEN_ROWS.find((a) => key.startsWith(`${nameKey(a.name)} `));
  return open ? { entry: open } : undefined;
}

/** Every written form of every row (names and variants), longest first. */
export function awardNames(): readonly string[] {
  return AWARD_CATALOGUE.flatMap((a) => [a.name, ...a.variants]).sort((x, y) => y.length - x.length);
}
