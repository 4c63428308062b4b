/**
 * Words that join two names in a Vietnamese list of authors (`Minh Anh và Thu Hà`).
 * Source: Vietnamese grammar (Từ điển tiếng Việt, Hoàng Phê chủ biên: `và`, `cùng`, conjunctions
 * of coordination); papers' metadata write `A và B` where English pages write `A and B`.
 */
export const NAME_LIST_CONJUNCTIONS_VI: readonly string[] = ['và', 'cùng'];
