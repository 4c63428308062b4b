/**
 * Words of Vietnamese page chrome: the lines around an article that are not the article.
 * Matched case-insensitively against whole lines (after white-space folding), accents kept.
 */

/** Lines that are navigation, tools or footers wherever they appear. */
export const CHROME_LINES: readonly string[] = [
  'liên kết website',
  'liên kết web',
  'chia sẻ bài viết',
  'chia sẻ',
  'bình luận',
  'ý kiến bạn đọc',
  'gửi bình luận',
  'in bài viết',
  'in trang',
  'gửi email',
  'gửi bài viết',
  'lưu bài viết',
  'bản in',
  'xem chi tiết tại đây',
  'xem chi tiết',
  'xem tiếp',
  'xem thêm',
  'đọc tiếp',
  'quay lại',
  'trở về',
  'về đầu trang',
  'lên đầu trang',
  'tin đã đưa',
  'tin khác',
  'các tin khác',
  'tin liên quan',
  'bài viết liên quan',
  'tin cùng chuyên mục',
  'tin mới',
  'tin mới nhất',
  'tin đang được cập nhật',
  'nội dung đang được cập nhật',
  'đang cập nhật',
  'tin nổi bật:',
  'tin nổi bật',
  'tin xem nhiều',
  'skip ribbon commands',
  'skip to main content',
  'xem với cỡ chữ',
  'xem với cỡ chữaa',
  'cỡ chữ',
  'từ khóa',
  'từ khoá',
  'tags',
  'thống kê truy cập',
  'lượt truy cập',
  'đang truy cập',
  'đang online',
  'số lượt đang online',
  'số lượt truy cập',
  'thống kê',
  'lượt truy cập',
  'hôm nay',
  'hôm qua',
  'trang chủ',
  'sơ đồ trang',
  'liên hệ',
  'đăng nhập',
  'tìm kiếm',
];

/** Line openings that mark chrome (`Nguồn: ...`, `Tags: ...`, `Lượt xem: 120`). */
export const CHROME_PREFIXES: readonly string[] = [
  'nguồn:',
  'nguồn ',
  'tags:',
  'từ khóa:',
  'từ khoá:',
  'lượt xem',
  'số lượt xem',
  'tổng số lượt',
  'bản quyền',
  'copyright',
  '©',
  'địa chỉ:',
  'điện thoại:',
  'email:',
  'fax:',
  'giấy phép',
  'chịu trách nhiệm',
  'cổng thông tin điện tử',
  'trang thông tin điện tử',
  'ghi rõ nguồn',
];

/**
 * Titles of pages that are not news articles though they share the article template:
 * introductions, functions, organisation charts, schedules. Such a page yields an empty record.
 */
export const NON_ARTICLE_TITLES: readonly string[] = [
  'giới thiệu',
  'giới thiệu chung',
  'tổng quan',
  'lịch sử hình thành',
  'lịch sử hình thành và phát triển',
  'điều kiện tự nhiên',
  'vị trí địa lý',
  'chức năng nhiệm vụ',
  'chức năng, nhiệm vụ',
  'chức năng, nhiệm vụ, quyền hạn',
  'chức năng nhiệm vụ quyền hạn',
  'cơ cấu tổ chức',
  'sơ đồ tổ chức',
  'bộ máy tổ chức',
  'lãnh đạo',
  'ban lãnh đạo',
  'lịch làm việc',
  'lịch công tác',
  'lịch công tác tuần',
  'lịch làm việc tuần',
  'liên hệ',
  'thông tin liên hệ',
  'danh bạ',
  'danh bạ điện thoại',
  'sơ đồ cổng',
  'sơ đồ trang',
  'hỏi đáp',
];

/**
 * Section names that are not sections: SharePoint's top folder is called `Root`, and some
 * templates print it where a section name would stand.
 */
export const NON_CATEGORIES: readonly string[] = ['root', 'home', 'trang chủ', 'tin tức', 'chi tiết tin', 'chi tiết'];

/** Words that introduce or close a photo caption: `(Ảnh: Hữu Thắng)`, `Ảnh: VT`, `Ảnh minh họa`. */
export const CAPTION_MARKERS: readonly string[] = ['ảnh:', 'ảnh :', 'ảnh minh họa', 'ảnh minh hoạ', 'nguồn ảnh', 'photo:'];

/** Openings of a site name line in a text copy: `Cổng thông tin điện tử Sở Nội vụ`. */
export const SITE_NAME_PREFIXES: readonly string[] = [
  'cổng thông tin',
  'trang thông tin',
  'trang tin',
  'báo điện tử',
  'tạp chí',
  'website',
];
