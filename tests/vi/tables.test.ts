/**
 * The shape of the Vietnamese knowledge tables in src/vi/: every row names its source, names
 * are NFC, nothing is listed twice, every abbreviation expands to a name the tables hold, and
 * the lookups read the spellings pages use.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/vi/name-key.js';
import {
  ENTERPRISE_SHORT_HEADS,
  MANAGEMENT_FIELDS,
  PART_ABBREVIATIONS,
  PUBLIC_BODIES,
  UNIT_HEAD_NOUNS,
  expandAbbreviation,
  findManagementField,
  findPublicBody,
  findUnitHeadNoun,
  isKnownUnitName,
  knownAbbreviations,
  publicBodiesOn,
  unitHeadNouns,
} from '../../src/vi/public-bodies.js';
import {
  ADMINISTRATIVE_DOCUMENT_TYPES,
  COPY_FORMS,
  FORMER_ADMINISTRATIVE_DOCUMENT_TYPES,
  MEETING_WORDS,
  NORMATIVE_DOCUMENT_TYPES,
  PARTY_BOARD_CODES,
  PARTY_COMMITTEE_CODES,
  PARTY_DOCUMENT_TYPES,
  STATE_ISSUER_CODES,
  expandPartyIssuerCode,
  issuerCodes,
  parsePartySymbol,
  partyDocumentTypeByCode,
  stateDocumentTypeByCode,
} from '../../src/vi/document-symbols.js';
import { DOCUMENT_TYPES } from '../../src/vi/document-types.js';
import { AWARD_CATALOGUE, awardClassOf, awardNames, findAward, readAward } from '../../src/vi/award-catalogue.js';
import { splitUnitLocality } from '../../src/vi/unit-locality.js';
import { ABBREVIATIONS } from '../../src/vi/abbreviations.js';
import { splitFieldList } from '../../src/vi/field-list.js';
import { MEDAL_NAMES, ORDER_NAMES } from '../../src/vi/award-forms.js';
import { PROVINCES } from '../../src/vi/admin-units.js';
import {
  PROVINCES_2025,
  PROVINCE_SPELLINGS,
  findProvince2025,
  isProvinceName,
  provinceOfSpelling,
  successorProvince,
} from '../../src/vi/provinces-2025.js';
import { DISTRICTS_BEFORE_2025, allDistricts, districtsOfProvince, findDistricts, parseDistrictEntry } from '../../src/vi/districts-2024.js';

/** The strings that appear twice in a list. */
function repeated(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

function expectNfc(values: readonly string[]): void {
  expect(values.filter((v) => v.normalize('NFC') !== v)).toEqual([]);
}

describe('name keys', () => {
  it('fold case, tone placement, dashes and spaces', () => {
    expect(nameKey('Sở Lao động-Thương binh và Xã Hội')).toBe(nameKey('sở lao động – thương binh  và xã hội'));
    expect(nameKey('Uỷ ban nhân dân tỉnh Thanh Hoá')).toBe('ủy ban nhân dân tỉnh thanh hóa');
    expect(nameKey('Sở Y tế')).not.toBe(nameKey('Sở Tư pháp'));
  });
});

describe('public bodies', () => {
  const names = PUBLIC_BODIES.map((b) => b.name);
  const allWritten = PUBLIC_BODIES.flatMap((b) => [b.name, ...b.variants]);

  it('lists each body once, by name and by every spelling', () => {
    expect(repeated(names)).toEqual([]);
    expect(repeated(allWritten.map(nameKey))).toEqual([]);
  });

  it('names a source for every row and writes names in NFC without stray spaces', () => {
    expect(PUBLIC_BODIES.filter((b) => b.source.trim() === '').map((b) => b.name)).toEqual([]);
    expectNfc(allWritten);
    expectNfc(PUBLIC_BODIES.flatMap((b) => b.abbrs));
    expect(allWritten.filter((n) => n !== n.trim() || n.includes('  '))).toEqual([]);
  });

  it('gives successors that are rows of the table and dates in order', () => {
    const known = new Set(names);
    const missing = PUBLIC_BODIES.flatMap((b) => (b.successors ?? []).filter((s) => !known.has(s)));
    expect(missing).toEqual([]);
    const iso = /^\d{4}-\d{2}-\d{2}$/;
    for (const b of PUBLIC_BODIES) {
      if (b.from) expect(b.from).toMatch(iso);
      if (b.until) expect(b.until).toMatch(iso);
      if (b.from && b.until) expect(b.from <= b.until).toBe(true);
    }
  });

  it('has the 22 ministries and ministry-level agencies of 2021 and the 17 of March 2025', () => {
    const central = (date: string): number =>
      publicBodiesOn(date).filter((b) => b.kind === 'ministry' || b.kind === 'ministry-level').length;
    expect(central('2024-06-01')).toBe(22);
    expect(central('2025-03-01')).toBe(17);
  });

  it('finds bodies however the page writes them', () => {
    expect(findPublicBody('Bộ Lao động-Thương binh và Xã hội')?.until).toBe('2025-02-28');
    expect(findPublicBody('uỷ ban MTTQ Việt Nam')?.name).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam');
    expect(findPublicBody('Sở Văn hoá, Thể thao và Du lịch')?.kind).toBe('department');
    expect(findPublicBody('Sở Mặt Trăng')).toBeUndefined();
  });

  it('reads a field head with a known field or its abbreviation as a unit', () => {
    expect(isKnownUnitName('Sở TN&MT')).toBe(true);
    expect(isKnownUnitName('Phòng Lao động – Thương binh và Xã hội')).toBe(true);
    expect(isKnownUnitName('Bộ GD&ĐT')).toBe(true);
    expect(isKnownUnitName('Hội Nông dân')).toBe(true);
    expect(isKnownUnitName('UBND')).toBe(true);
    expect(isKnownUnitName('Ban Tổ chức Tỉnh ủy')).toBe(true);
    expect(isKnownUnitName('Ủy ban Kiểm tra Huyện ủy')).toBe(true);
    expect(isKnownUnitName('Sở Y tế Tỉnh ủy')).toBe(false);
    expect(isKnownUnitName('ubnd')).toBe(false);
    expect(isKnownUnitName('Sở Mặt Trăng')).toBe(false);
    expect(isKnownUnitName('Trường Mặt Trăng')).toBe(false);
  });
});

describe('management fields', () => {
  it('lists each field once and every written form once', () => {
    expect(repeated(MANAGEMENT_FIELDS.map((f) => f.name))).toEqual([]);
    const forms = MANAGEMENT_FIELDS.flatMap((f) => [f.name, ...f.variants, ...f.abbrs].map(nameKey));
    expect(repeated(forms)).toEqual([]);
    expect(MANAGEMENT_FIELDS.filter((f) => f.source.trim() === '' || f.heads.length === 0)).toEqual([]);
    expectNfc(MANAGEMENT_FIELDS.flatMap((f) => [f.name, ...f.variants, ...f.abbrs]));
  });

  it('keeps a comma inside a field name as part of it', () => {
    expect(findManagementField('Văn hóa, Thể thao và Du lịch')?.abbrs).toContain('VHTTDL');
    expect(findManagementField('LĐ-TB&XH')?.name).toBe('Lao động - Thương binh và Xã hội');
    expect(findManagementField('Văn hóa')).toBeUndefined();
  });

  it('names only heads that are head nouns', () => {
    const heads = new Set(UNIT_HEAD_NOUNS.map((h) => h.noun));
    expect(MANAGEMENT_FIELDS.flatMap((f) => f.heads.filter((h) => !heads.has(h)))).toEqual([]);
  });
});

describe('abbreviations', () => {
  it('expand to a body, a field or a head noun of the tables', () => {
    const targets = new Set([
      ...PUBLIC_BODIES.map((b) => b.name),
      ...MANAGEMENT_FIELDS.map((f) => f.name),
      ...UNIT_HEAD_NOUNS.map((h) => h.noun),
    ]);
    const partTargets = new Set(PART_ABBREVIATIONS.map((p) => p.full));
    const unknown = knownAbbreviations().flatMap((a) =>
      expandAbbreviation(a).filter((full) => !targets.has(full) && !partTargets.has(full)),
    );
    expect(unknown).toEqual([]);
    // A part abbreviation's expansion is either in the tables or begins with a head noun.
    const heads = unitHeadNouns();
    const loose = PART_ABBREVIATIONS.filter((p) => !targets.has(p.full) && !heads.some((h) => p.full.startsWith(`${h} `) || p.full === h));
    // Only a term that is no unit's head: Thanh niên xung phong (the force's members).
    expect(loose.map((p) => p.full)).toEqual(['Thanh niên xung phong']);
  });

  it('keep every expansion of an ambiguous abbreviation', () => {
    expect(expandAbbreviation('BTC')).toEqual(expect.arrayContaining(['Bộ Tài chính', 'Ban Tổ chức']));
    expect(expandAbbreviation('BCT')).toEqual(expect.arrayContaining(['Bộ Công Thương', 'Bộ Chính trị']));
    expect(expandAbbreviation('UBND')).toEqual(['Ủy ban nhân dân']);
    expect(expandAbbreviation('XYZ')).toEqual([]);
  });

  it('include those of the issue and every body abbreviation of the extractor table', () => {
    const named = ['LĐTBXH', 'VHTTDL', 'TĐKT', 'MTTQ', 'UBND', 'HĐND', 'KH&CN', 'KHCN', 'TN&MT', 'TNMT', 'GD&ĐT', 'GDĐT',
      'NN&PTNT', 'NNPTNT', 'GTVT', 'TT&TT', 'TTTT', 'LHPN', 'CCB', 'LĐLĐ', 'BCHQS', 'VKSND', 'TAND'];
    expect(named.filter((a) => expandAbbreviation(a).length === 0)).toEqual([]);
    const bodies = ABBREVIATIONS.filter((a) => a.kind === 'body').map((a) => a.abbr);
    expect(bodies.filter((a) => expandAbbreviation(a).length === 0)).toEqual([]);
  });

  it('are written in NFC and not listed twice for one name', () => {
    expectNfc(knownAbbreviations());
    expect(repeated(PART_ABBREVIATIONS.map((p) => `${p.abbr}=${p.full}`))).toEqual([]);
    for (const b of PUBLIC_BODIES) expect(repeated([...b.abbrs])).toEqual([]);
  });
});

describe('unit head nouns', () => {
  it('lists every written form once', () => {
    expect(repeated(unitHeadNouns())).toEqual([]);
    expectNfc(unitHeadNouns());
  });

  it('sorts longest first so a longer head wins', () => {
    const forms = unitHeadNouns();
    for (let i = 1; i < forms.length; i++) expect(forms[i - 1]!.length).toBeGreaterThanOrEqual(forms[i]!.length);
    expect(forms.indexOf('Chi cục Thuế')).toBeLessThan(forms.indexOf('Chi cục'));
  });

  it('finds a head in any spelling', () => {
    expect(findUnitHeadNoun('uỷ ban')?.noun).toBe('Ủy ban');
    expect(findUnitHeadNoun('SỞ')?.takesField).toBe(true);
    expect(findUnitHeadNoun('Toà án nhân dân')?.category).toBe('judicial');
    expect(findUnitHeadNoun('Hội nghị')).toBeUndefined();
  });
});

describe('document types and symbols', () => {
  const stateTables = [ADMINISTRATIVE_DOCUMENT_TYPES, FORMER_ADMINISTRATIVE_DOCUMENT_TYPES, COPY_FORMS, NORMATIVE_DOCUMENT_TYPES];

  it('has the 29 administrative types of Decree 30/2020, each once, two without a code', () => {
    expect(ADMINISTRATIVE_DOCUMENT_TYPES).toHaveLength(29);
    expect(repeated(ADMINISTRATIVE_DOCUMENT_TYPES.map((t) => t.name))).toEqual([]);
    expect(ADMINISTRATIVE_DOCUMENT_TYPES.filter((t) => t.abbr === '').map((t) => t.name)).toEqual(['Công văn', 'Thư công']);
  });

  it('gives each code to one type, within the State tables and within the Party table', () => {
    const stateCodes = stateTables.flat().flatMap((t) => [t.abbr, ...t.olderAbbrs]).filter((a) => a !== '');
    // Nghị quyết and Quyết định are both administrative and normative: one type, two families.
    const byCode = new Map<string, Set<string>>();
    for (const t of stateTables.flat()) for (const a of [t.abbr, ...t.olderAbbrs]) if (a) byCode.set(a, (byCode.get(a) ?? new Set()).add(t.name));
    expect([...byCode].filter(([, names]) => names.size > 1).map(([code]) => code)).toEqual([]);
    expectNfc(stateCodes);
    expect(repeated(PARTY_DOCUMENT_TYPES.map((t) => t.abbr))).toEqual([]);
  });

  it('names a source for every type and every issuer code', () => {
    const rows = [...stateTables.flat(), ...PARTY_DOCUMENT_TYPES, ...PARTY_COMMITTEE_CODES, ...PARTY_BOARD_CODES, ...STATE_ISSUER_CODES];
    expect(rows.filter((r) => r.source.trim() === '')).toEqual([]);
  });

  it('knows every Decree 30 type and Party type in the extractor table by name', () => {
    const extractorNames = new Set(DOCUMENT_TYPES.map((t) => t.name));
    const missing = [...ADMINISTRATIVE_DOCUMENT_TYPES, ...NORMATIVE_DOCUMENT_TYPES, ...PARTY_DOCUMENT_TYPES]
      .map((t) => t.name)
      .filter((n) => !extractorNames.has(n));
    expect(missing).toEqual([]);
  });

  it('reads codes of both texts', () => {
    expect(stateDocumentTypeByCode('GUQ')?.name).toBe('Giấy ủy quyền');
    expect(stateDocumentTypeByCode('UQ')?.name).toBe('Giấy ủy quyền');
    expect(stateDocumentTypeByCode('qyđ')?.name).toBe('Quy định');
    expect(stateDocumentTypeByCode('NĐ')?.name).toBe('Nghị định');
    expect(partyDocumentTypeByCode('TT')?.name).toBe('Thông tri');
    expect(partyDocumentTypeByCode('QĐ')?.name).toBe('Quyết định');
    expect(partyDocumentTypeByCode('QĐi')?.name).toBe('Quy định');
    expect(stateDocumentTypeByCode('XYZ')).toBeUndefined();
  });

  it('reads Party symbols however they are separated', () => {
    expect(parsePartySymbol('35-NQ/TW')).toMatchObject({ number: '35', type: { name: 'Nghị quyết' }, issuerCode: 'TW' });
    expect(parsePartySymbol('34/CT-TW')?.type.name).toBe('Chỉ thị');
    expect(parsePartySymbol('14 - KL/TW')?.type.name).toBe('Kết luận');
    expect(parsePartySymbol('21-HD/BTGTW')?.issuerCode).toBe('BTGTW');
    expect(parsePartySymbol('367-QĐ/TWĐTN-VP')?.issuerCode).toBe('TWĐTN-VP');
    expect(parsePartySymbol('4614/KH')).toBeUndefined();
    expect(parsePartySymbol('12-XX/TW')).toBeUndefined();
    expect(parsePartySymbol('12a-NQ/TW')).toBeUndefined();
  });

  it('expands a Party issuer code from its board and committee', () => {
    expect(expandPartyIssuerCode('TW')).toBe('Trung ương');
    expect(expandPartyIssuerCode('BTGTW')).toBe('Ban Tuyên giáo Trung ương');
    expect(expandPartyIssuerCode('btgdvtu')).toBe('Ban Tuyên giáo và Dân vận Tỉnh ủy');
    expect(expandPartyIssuerCode('UBKTHU')).toBe('Ủy ban Kiểm tra Huyện ủy');
    expect(expandPartyIssuerCode('XYZTW')).toBeUndefined();
  });

  it('lists issuer codes once; each State issuer is a body or names one', () => {
    expect(repeated(issuerCodes())).toEqual([]);
    const bodyNames = new Set(PUBLIC_BODIES.map((b) => b.name));
    const loose = STATE_ISSUER_CODES.filter((c) => !bodyNames.has(c.issuer) && !UNIT_HEAD_NOUNS.some((h) => c.issuer.startsWith(`${h.noun} `)));
    expect(loose.map((c) => c.code)).toEqual([]);
  });

  it('keeps the meeting words in NFC', () => {
    expectNfc(MEETING_WORDS);
    expect(repeated([...MEETING_WORDS])).toEqual([]);
  });
});

describe('award catalogue', () => {
  const written = AWARD_CATALOGUE.flatMap((a) => [a.name, ...a.variants]);

  it('lists each form once by every spelling, with a source, in NFC', () => {
    expect(repeated(AWARD_CATALOGUE.map((a) => a.name))).toEqual([]);
    expect(repeated(written.map(nameKey))).toEqual([]);
    expect(AWARD_CATALOGUE.filter((a) => a.source.trim() === '')).toEqual([]);
    expectNfc(written);
  });

  it('has the ten orders and four medals of the 2022 law', () => {
    const current = (kind: string): number => AWARD_CATALOGUE.filter((a) => a.kind === kind && a.current).length;
    expect(current('order')).toBe(10);
    expect(current('medal')).toBe(4);
    expect(AWARD_CATALOGUE.filter((a) => a.kind === 'honorary-title')).toHaveLength(11);
  });

  it('names every order and medal in the words the award extractor matches', () => {
    const tail = (a: { name: string }, head: string): string => a.name.slice(head.length + 1).toLowerCase();
    const orders = AWARD_CATALOGUE.filter((a) => a.kind === 'order').map((a) => tail(a, 'Huân chương'));
    const medals = AWARD_CATALOGUE.filter((a) => a.kind === 'medal').map((a) => tail(a, 'Huy chương'));
    expect(orders.filter((o) => !ORDER_NAMES.includes(o))).toEqual([]);
    expect(medals.filter((m) => !MEDAL_NAMES.includes(m))).toEqual([]);
  });

  it('finds a form however it is written', () => {
    expect(findAward('Nghệ sỹ Nhân dân')?.name).toBe('Nghệ sĩ nhân dân');
    expect(findAward('chiến sĩ thi đua cấp cơ sở')?.name).toBe('Chiến sĩ thi đua cơ sở');
    expect(findAward('Huân chương Lao động')?.classes).toEqual(['Nhất', 'Nhì', 'Ba']);
    expect(findAward('Huân chương Mặt Trăng')).toBeUndefined();
    expect(awardClassOf('III')).toBe('Ba');
    expect(awardClassOf('nhì')).toBe('Nhì');
    expect(awardClassOf('IV')).toBeUndefined();
  });

  it('lists written forms longest first', () => {
    const names = awardNames();
    for (let i = 1; i < names.length; i++) expect(names[i - 1]!.length).toBeGreaterThanOrEqual(names[i]!.length);
  });
});

describe('provinces', () => {
  const old = PROVINCES.map((p) => p.name);

  it('has 34 provinces after 2025, formed from each of the 63 exactly once', () => {
    expect(PROVINCES_2025).toHaveLength(34);
    expect(repeated(PROVINCES_2025.map((p) => p.name))).toEqual([]);
    const formedFrom = PROVINCES_2025.flatMap((p) => p.formedFrom);
    expect(repeated(formedFrom)).toEqual([]);
    expect([...formedFrom].sort()).toEqual([...old].sort());
    expect(PROVINCES_2025.filter((p) => p.formedFrom.length === 1)).toHaveLength(11);
    expect(PROVINCES_2025.filter((p) => p.kind === 'thành phố').map((p) => p.name).sort()).toEqual(
      ['Cần Thơ', 'Huế', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh', 'Đà Nẵng'].sort(),
    );
  });

  it('keeps a merged province named after one of its parts and seated in one', () => {
    for (const p of PROVINCES_2025) {
      expect(p.formedFrom).toContain(p.seatFrom);
      expect(p.source.trim()).not.toBe('');
      if (p.name !== 'Huế') expect(p.formedFrom).toContain(p.name);
    }
    expectNfc(PROVINCES_2025.flatMap((p) => [p.name, ...p.formedFrom]));
  });

  it('maps old provinces to their successors', () => {
    expect(successorProvince('Hà Giang')?.name).toBe('Tuyên Quang');
    expect(successorProvince('Bà Rịa-Vũng Tàu')?.name).toBe('Hồ Chí Minh');
    expect(successorProvince('Thừa Thiên Huế')?.name).toBe('Huế');
    expect(successorProvince('Hoà Bình')?.name).toBe('Phú Thọ');
    expect(findProvince2025('huế')?.kind).toBe('thành phố');
    expect(isProvinceName('Bắc Kạn')).toBe(true);
    expect(isProvinceName('Tây Nguyên')).toBe(false);
  });

  it('adds spellings the old table lacks, each for a known province', () => {
    const existing = new Set(PROVINCES.flatMap((p) => [p.name, ...(p.variants ?? []), ...(p.prefixOnly ?? [])]).map(nameKey));
    expect(PROVINCE_SPELLINGS.filter((s) => existing.has(nameKey(s.written))).map((s) => s.written)).toEqual([]);
    expect(repeated(PROVINCE_SPELLINGS.map((s) => nameKey(s.written)))).toEqual([]);
    expect(PROVINCE_SPELLINGS.filter((s) => !isProvinceName(s.name))).toEqual([]);
    expect(provinceOfSpelling('TP. HCM')).toBe('Hồ Chí Minh');
    expect(provinceOfSpelling('tp huế')).toBe('Huế');
  });
});

describe('districts before 2025', () => {
  it('covers the 63 provinces with the 705 district-level units of the GSO catalogue', () => {
    expect(DISTRICTS_BEFORE_2025.map((p) => p.province).sort()).toEqual(PROVINCES.map((p) => p.name).sort());
    expect(allDistricts()).toHaveLength(705);
    expect(repeated(DISTRICTS_BEFORE_2025.map((p) => p.gsoCode))).toEqual([]);
  });

  it('lists a unit once within its province, in NFC', () => {
    for (const p of DISTRICTS_BEFORE_2025) expect(repeated(p.districts.map(nameKey))).toEqual([]);
    expectNfc(DISTRICTS_BEFORE_2025.flatMap((p) => p.districts));
    expect(() => parseDistrictEntry('Đắk Mil', 'Đắk Nông')).toThrow();
  });

  it('finds units by name across provinces', () => {
    expect(districtsOfProvince('Đắk Nông').map((d) => d.name)).toContain('Đắk Mil');
    expect(findDistricts('Gia Nghĩa')).toEqual([{ kind: 'thành phố', name: 'Gia Nghĩa', province: 'Đắk Nông' }]);
    expect(findDistricts('Châu Thành').length).toBeGreaterThan(1);
    expect(findDistricts('Tam Nông').map((d) => d.province).sort()).toEqual(['Phú Thọ', 'Đồng Tháp'].sort());
    expect(findDistricts('Mặt Trăng')).toEqual([]);
  });
});

describe('units and their localities', () => {
  it('splits the locality off a unit name', () => {
    expect(splitUnitLocality('Sở Nội vụ tỉnh Đắk Nông')).toEqual({ unit: 'Sở Nội vụ', locality: 'tỉnh Đắk Nông' });
    expect(splitUnitLocality('Ủy ban MTTQ Việt Nam TPHCM')).toEqual({ unit: 'Ủy ban MTTQ Việt Nam', locality: 'TPHCM' });
    expect(splitUnitLocality('Ban Tuyên giáo Thành ủy TPHCM')).toEqual({ unit: 'Ban Tuyên giáo Thành ủy', locality: 'TPHCM' });
    expect(splitUnitLocality('Sở Lao động - Thương binh và Xã hội TP')).toEqual({ unit: 'Sở Lao động - Thương binh và Xã hội', locality: 'TP' });
    expect(splitUnitLocality('Hội Nông dân xã Quảng Tín')).toEqual({ unit: 'Hội Nông dân', locality: 'xã Quảng Tín' });
    expect(splitUnitLocality('UBND Thành phố Hồ Chí Minh')).toEqual({ unit: 'UBND', locality: 'Thành phố Hồ Chí Minh' });
  });

  it('keeps heads that begin like a locality and names the table knows whole', () => {
    expect(splitUnitLocality('Ban Thường vụ Tỉnh đoàn')).toEqual({ unit: 'Ban Thường vụ Tỉnh đoàn' });
    expect(splitUnitLocality('Văn phòng Tỉnh ủy')).toEqual({ unit: 'Văn phòng Tỉnh ủy' });
    expect(splitUnitLocality('Công an tỉnh')).toEqual({ unit: 'Công an tỉnh' });
    expect(splitUnitLocality('Hội Liên hiệp Phụ nữ Việt Nam')).toEqual({ unit: 'Hội Liên hiệp Phụ nữ Việt Nam' });
    expect(splitUnitLocality('Trường Đại học Tây Nguyên')).toEqual({ unit: 'Trường Đại học Tây Nguyên' });
    expect(splitUnitLocality('Trường Đại học Hà Tĩnh')).toEqual({ unit: 'Trường Đại học Hà Tĩnh' });
    expect(splitUnitLocality('Cao su Kon Tum')).toEqual({ unit: 'Cao su Kon Tum' });
    expect(splitUnitLocality('Chi cục Hải quan Ninh Thuận')).toEqual({ unit: 'Chi cục Hải quan', locality: 'Ninh Thuận' });
  });

  it('leaves a place whole', () => {
    expect(splitUnitLocality('TP Hồ Chí Minh')).toEqual({ unit: 'TP Hồ Chí Minh' });
    expect(splitUnitLocality('huyện Lấp Vò')).toEqual({ unit: 'huyện Lấp Vò' });
    expect(splitUnitLocality('Sở Y tế TP.Cao Lãnh')).toEqual({ unit: 'Sở Y tế', locality: 'TP. Cao Lãnh' });
  });
});

describe('reading awards as written', () => {
  it('reads the class and the spelling variants', () => {
    expect(readAward('Huân chương lao động hạng III')).toMatchObject({ entry: { name: 'Huân chương Lao động' }, awardClass: 'Ba' });
    expect(readAward('Huân chương Độc lập hạng Nhất')?.awardClass).toBe('Nhất');
    expect(readAward('Chiến sỹ thi đua toàn quốc')?.entry.name).toBe('Chiến sĩ thi đua toàn quốc');
    expect(readAward('Huân chương Hồ Chí Minh')?.awardClass).toBeUndefined();
    // A class the form does not have is not read as one.
    expect(readAward('Huân chương Sao vàng hạng Ba')).toBeUndefined();
  });

  it('reads a certificate or flag with its conferrer as its row', () => {
    expect(readAward('Bằng khen của Chủ tịch UBND tỉnh Gia Lai')?.entry.name).toBe('Bằng khen');
    expect(readAward('Cờ thi đua của Chính phủ')?.entry.name).toBe('Cờ thi đua của Chính phủ');
    expect(readAward('Kỉ niệm chương Vì sự nghiệp Thi đua - Khen thưởng')?.entry.name).toBe('Kỷ niệm chương');
    expect(readAward('Giải thưởng Mặt Trăng')).toBeUndefined();
  });
});

describe('enterprise short heads', () => {
  it('do not repeat a head noun', () => {
    const heads = new Set(unitHeadNouns().map(nameKey));
    expect(ENTERPRISE_SHORT_HEADS.filter((h) => heads.has(nameKey(h)))).toEqual([]);
    expect(repeated([...ENTERPRISE_SHORT_HEADS])).toEqual([]);
    expectNfc(ENTERPRISE_SHORT_HEADS);
  });
});

describe('field lists under one head', () => {
  it('keeps commas and và inside known fields and splits the rest', () => {
    expect(splitFieldList('Giáo dục và Đào tạo, Y tế, Lao động-Thương binh và Xã Hội, Văn hóa, Thể thao và Du lịch')).toEqual([
      { text: 'Giáo dục và Đào tạo', known: true },
      { text: 'Y tế', known: true },
      { text: 'Lao động - Thương binh và Xã Hội', known: true },
      { text: 'Văn hóa, Thể thao và Du lịch', known: true },
    ]);
    expect(splitFieldList('Nội vụ, Tài chính và Tư pháp').map((n) => n.text)).toEqual(['Nội vụ', 'Tài chính', 'Tư pháp']);
  });

  it('reads unknown pieces up to the next separator and says so', () => {
    expect(splitFieldList('Y tế, Mặt Trăng và Sao Hỏa')).toEqual([
      { text: 'Y tế', known: true },
      { text: 'Mặt Trăng', known: false },
      { text: 'Sao Hỏa', known: false },
    ]);
    expect(splitFieldList('')).toEqual([]);
    expect(splitFieldList(' , ; ')).toEqual([]);
  });
});
