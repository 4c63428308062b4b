/**
 * Headings that open a box of other articles or of reader comments under a news article, as
 * printed on the pages. A box so headed is never the article's text, whatever its markup.
 *
 * Source: the headings of the related-news and comment boxes of Vietnamese news templates
 * (VnExpress, Tuổi Trẻ, Thanh Niên, Dân trí, Người Lao Động, Báo Chính phủ, provincial portals on
 * SharePoint and Liferay: "Tin liên quan", "Tin cùng chuyên mục", "Tin bài nhiều người quan tâm",
 * "Xem thêm", "Đọc thêm", "Ý kiến bạn đọc", "Bình luận"), and the same boxes of English, German,
 * French, Spanish, Portuguese, Italian, Dutch and Scandinavian news templates, whose pages
 * Vietnamese portals also republish. Written lower case, without the count or colon a page may add
 * (`Bình luận (12)`, `Tin liên quan:`).
 */

/** Headings of lists of other articles. */
export const RELATED_BOX_HEADINGS: readonly string[] = [
  // Vietnamese
  'tin liên quan', 'bài liên quan', 'tin bài liên quan', 'bài viết liên quan', 'các tin liên quan',
  'tin cùng chuyên mục', 'bài cùng chuyên mục', 'tin cùng chuyên mục khác', 'cùng chuyên mục',
  'tin bài nhiều người quan tâm', 'tin nhiều người quan tâm', 'bài nhiều người quan tâm', 'nhiều người quan tâm',
  'tin khác', 'các tin khác', 'tin bài khác', 'các bài khác', 'bài viết khác', 'tin đã đưa', 'các tin đã đưa',
  'tin mới', 'tin mới nhất', 'tin mới hơn', 'tin cũ hơn', 'các tin mới', 'các tin mới hơn', 'các tin cũ hơn', 'tin nổi bật', 'tin đọc nhiều', 'đọc nhiều', 'xem nhiều',
  'tin xem nhiều', 'đọc nhiều nhất', 'xem nhiều nhất', 'xem thêm', 'đọc thêm', 'có thể bạn quan tâm',
  'bạn có thể quan tâm', 'có thể bạn chưa đọc', 'tin tức liên quan', 'tiêu điểm', 'tin tiêu điểm',
  // English
  'related', 'related articles', 'related stories', 'related news', 'related posts', 'related content',
  'related coverage', 'related topics', 'read more', 'read next', 'read these next', 'up next', 'more stories',
  'more news', 'more from', 'you may also like', 'you might also like', 'recommended', 'recommended for you',
  'most popular', 'most read', 'trending', 'more on this story', 'also read', 'see also',
  // German, Dutch, Scandinavian
  'mehr zum thema', 'lesen sie auch', 'lest auch', 'auch interessant', 'das könnte sie auch interessieren',
  'weitere artikel', 'meistgelesen', 'lees ook', 'gerelateerd', 'mer om', 'les også', 'läs också', 'læs også',
  // French, Spanish, Portuguese, Italian
  'à lire aussi', 'lire aussi', 'sur le même sujet', 'articles liés', 'noticias relacionadas', 'te puede interesar',
  'más noticias', 'lee también', 'leia também', 'veja também', 'você pode gostar', 'notícias relacionadas',
  'leggi anche', 'articoli correlati',
];

/** Headings of reader comments. */
export const COMMENT_BOX_HEADINGS: readonly string[] = [
  // Vietnamese
  'bình luận', 'ý kiến bạn đọc', 'ý kiến', 'ý kiến của bạn', 'gửi ý kiến', 'gửi bình luận', 'viết bình luận',
  'bình luận của bạn', 'ý kiến phản hồi', 'phản hồi', 'gửi phản hồi', 'bạn đọc bình luận', 'thảo luận',
  // Other languages
  'comments', 'comment', 'reader comments', 'leave a comment', 'leave a reply', 'join the conversation',
  'kommentare', 'kommentar', 'leserkommentare', 'commentaires', 'comentarios', 'comentários', 'commenti',
  'reacties', 'kommentarer',
];

/**
 * Labels of a page's tool buttons, which act on the page instead of leading to its content: print,
 * mail, share, feedback, back to the top (`In bài viết`, `Gửi Email`, `Gửi phản hồi` in the
 * SharePoint portals' print bars).
 */
export const TOOL_BUTTON_LABELS: readonly string[] = [
  'in', 'in bài', 'in bài viết', 'in trang', 'bản in', 'gửi email', 'gửi phản hồi', 'gửi ý kiến', 'gửi bài viết',
  'chia sẻ', 'quay lại', 'trở về', 'về đầu trang', 'lên đầu trang',
  'print', 'share', 'email', 'back', 'top',
];

/**
 * Labels of template buttons drawn as pictures (`<img alt="Xem tiếp" src=".../xemtiep.gif">` under
 * the SharePoint portals' lists, print and share icons): such a picture is not one of the article's.
 */
export const BUTTON_IMAGE_LABELS: readonly string[] = [
  'xem tiếp', 'xem thêm', 'chi tiết', 'xem chi tiết', 'đọc tiếp', 'gửi bài', 'trang chủ', 'tải về',
  'read more', 'more', 'next', 'previous', 'rss', 'download',
  ...TOOL_BUTTON_LABELS,
];
