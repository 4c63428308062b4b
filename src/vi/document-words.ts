/**
 * Words for telling a document reference from a common noun. Plain data; the reader is
 * `src/entities/documents/`. Source: the document types of Decree 30/2020/NĐ-CP (Article 7)
 * whose names are also everyday nouns in Vietnamese prose (`theo quy định của pháp luật`,
 * `dưới sự hướng dẫn của cán bộ`).
 */

/** Types that, written in lower case, are everyday nouns rather than a cited document. Lower case. */
export const TYPES_ALSO_COMMON_NOUNS: readonly string[] = ['quy định', 'hướng dẫn', 'kế hoạch', 'chương trình', 'thông báo'];
