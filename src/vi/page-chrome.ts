/**
 * Words of Vietnamese page chrome: the lines around an article that are not the article.
 * Matched case-insensitively against whole lines (after white-space folding), accents kept.
 *
 * Source: the menus, tool bars, comment forms and footers of the portal and newspaper templates
 * in use in Vietnam (SharePoint and its Vietnamese e-government packages, NukeViet, Joomla and
 * WordPress with their Vietnamese translations, the newspapers' own CMSs), as they come out in
 * a text copy of a page: the button labels and link texts, not any page's wording.
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
  // The national heading of every administrative document (Decree 30/2020/NĐ-CP, Appendix I),
  // which a copied document carries above its own title.
  'cộng hòa xã hội chủ nghĩa việt nam',
  'cộng hoà xã hội chủ nghĩa việt nam',
  'độc lập - tự do - hạnh phúc',
  'độc lập – tự do – hạnh phúc',
  // Skip links and publishing tools of the e-government portal packages.
  'truy cập nội dung luôn',
  'bỏ qua nội dung',
  'xuất bản thông tin',
  // NukeViet's links to the neighbouring articles.
  'những tin mới hơn',
  'những tin cũ hơn',
  'tin mới hơn',
  'tin cũ hơn',
  'bài trước',
  'bài sau',
  // Comment forms (WordPress's Vietnamese translation and the newspapers' own).
  'trả lời',
  'hủy trả lời',
  'huỷ trả lời',
  'để lại một bình luận',
  'để lại bình luận',
  'viết bình luận',
  'gửi ý kiến',
  'ý kiến của bạn',
  // Language switches and the alt text of a banner picture.
  'en',
  'vi',
  'english',
  'tiếng việt',
  'image banner',
  'banner',
  // The box lines of a text copy: `Tin có hình`, `VĂN BẢN MỚI`, `[Trở về]`.
  'tin có hình',
  'văn bản mới',
  'văn bản mới ban hành',
  'tin ảnh',
  'video',
  'print',
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
  // A page's loading message: `Đang tải nội dung, vui lòng chờ giây lát...`.
  'đang tải nội dung',
  'đang tải dữ liệu',
  // A comment form's privacy note and required-field hint (WordPress's Vietnamese translation).
  'email của bạn sẽ không được hiển thị',
  'các trường bắt buộc được đánh dấu',
  // SharePoint's error where a content web part failed: `Cannot retrieve the URL specified in the Content Link property…`.
  'cannot retrieve the url',
  // Breadcrumbs that open with the home link, and the article-page crumbs: `Trang chủ Chi tiết bài viết`.
  'trang chủ ',
  'trang chủ>',
  'trang chủ/',
  'chi tiết bài viết',
  'chi tiết tin',
];

/** The home link a breadcrumb opens with: `Trang chủ > Xã hội > Giao thông`. */
export const HOME_CRUMBS: readonly string[] = ['trang chủ', 'trang nhất', 'home'];

/** Line endings that mark chrome: `BAOTAYNINH.VN trên Google News` (follow-us links). */
export const CHROME_SUFFIXES: readonly string[] = ['trên google news', 'on google news'];

/**
 * The labels of a page's tool bar (print, font size, share), which a text copy glues into one
 * line: `PrintAaa`, `In bài Aa A+`, `Email Facebook Zalo`. A line made only of these is chrome.
 */
export const TOOL_WORDS: readonly string[] = [
  'print',
  'in bài',
  'in',
  'bản in',
  'aaa',
  'aa',
  'a+',
  'a-',
  'a',
  'email',
  'e-mail',
  'gửi email',
  'share',
  'chia sẻ',
  'lưu tin',
  'facebook',
  'zalo',
  'twitter',
  'tweet',
  'linkedin',
  'google+',
  'like',
  'font',
  'cỡ chữ',
  'nghe đọc',
  'đọc bài',
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

/**
 * Endings of a site name line that opens with a newspaper word (`Báo Đồng Nai điện tử`,
 * `Báo Tây Ninh Online`): a paper names itself by its province or trade and its medium.
 */
export const SITE_NAME_MEDIA: readonly string[] = ['điện tử', 'online', 'online.vn', '.vn', '.com.vn'];

/** Words that open a newspaper's name in a site name line: `Báo`, `Tạp chí`, `Tin tức`. */
export const PUBLICATION_WORDS: readonly string[] = ['báo', 'tạp chí', 'đài', 'tin tức'];
