/**
 * Openings of a Vietnamese publication's name as pages append it to their headlines
 * (`Headline - Báo Đắk Nông`, `Headline | Cổng thông tin điện tử tỉnh X`). Source: the names of
 * the press and portals registered with the Ministry of Information and Communications (`Báo`,
 * `Tạp chí`, `Đài Phát thanh và Truyền hình`, `Cổng thông tin điện tử`, `Trang thông tin điện tử`).
 */
export const SITE_NAME_OPENINGS_VI: readonly string[] = [
  'báo ',
  'tạp chí ',
  'đài phát thanh',
  'cổng thông tin',
  'cổng ttđt',
  'trang thông tin',
  'trang tin',
  'báo điện tử',
];
