/**
 * What the class and id of an element say about its content. Templates of every CMS name their
 * boxes in English or Vietnamese without diacritics (`box-comment`, `tinlienquan`, `article-body`):
 * these names are the strongest cue a page gives that a box is, or is not, the article.
 */

/**
 * Boxes that are never the article's text, whatever else their name says: reader comments,
 * related-article lists, share and social bars, breadcrumbs, pagination, advertising. Matched
 * inside a name with its separators removed (`tin-lien-quan`, `commentsContainer`, `box_binhluan`).
 * `commentary` is an article genre, not a comment box.
 */
const BOX_NAME_RE =
  /comment(?!ary)|disqus|repl(?:y|ies)|respond|related|lienquan|tinkhac|cungchuyenmuc|binhluan|ykienbandoc|share(?!point)|sharing|social|sociable|breadcrumb|pagination|paging|newsletter|subscribe|sponsor|advert|outbrain|taboola|recommend|readmore|readnext|upnext|morestories|xemthem|docthem|bottomnews|othernews/;

/** Names of page chrome that an article container may also carry: they weaken a candidate, no more. */
const CHROME_TOKEN_RE =
  /(?:^|[\s._#-])(?:footer|foot|menu|nav|navigation|sidebar|side|widget|banner|ads?|other|othertitle|header|masthead|toolbar|ribbon|login|search|tag|tags|popup|modal|counter|thongke|weblink|lienket|extra|community|rss|promo)(?=$|[\s._#-])/;

/** Names of the article itself. */
const ARTICLE_TOKEN_RE =
  /(?:^|[\s._#-])(?:article|content|body|detail|details|chitiet|noidung|news-detail|post|entry|story|main|text|journal)(?=$|[\s._#-])/;

const SEPARATORS_RE = /[_-]+/g;
const SPACE_RE = /\s+/;

/** The lower-cased id and class of an element, as one string. */
export function nameOf(attribs: Readonly<Record<string, string>>): string {
  const id = attribs['id'];
  const cls = attribs['class'];
  if (id === undefined && cls === undefined) return '';
  return `${id ?? ''} ${cls ?? ''}`.toLowerCase();
}

/** Words of a class or id that name the article itself (`post`, `article-body`, `noidung`). */
const ARTICLE_WORDS: ReadonlySet<string> = new Set([
  'article', 'content', 'body', 'detail', 'details', 'chitiet', 'noidung', 'post', 'entry', 'story', 'text', 'main',
]);

/**
 * Whether a (lower-cased) name marks a box that is never article text. The article's own container
 * often carries a box word as a modifier (`post comments-enabled`, `article-area tag-social-media`,
 * `entry-content noloaddisqus`): a name that also has a class naming the article, without a box word
 * in it, is not a box. `related-content` and `comment-body` are boxes: their box word is in the same class.
 */
export function isBoilerplateBoxName(name: string): boolean {
  if (name === '') return false;
  let box = false;
  for (const token of name.split(SPACE_RE)) {
    if (token === '') continue;
    if (BOX_NAME_RE.test(token.replace(SEPARATORS_RE, ''))) box = true;
    else if (token.split(SEPARATORS_RE).some((word) => ARTICLE_WORDS.has(word))) return false;
  }
  return box;
}

/** How a container's name weighs its score: chrome names lower it, article names raise it. */
export function nameWeight(name: string): number {
  if (name.trim() === '') return 1;
  let weight = 1;
  if (CHROME_TOKEN_RE.test(name)) weight *= 0.3;
  if (ARTICLE_TOKEN_RE.test(name)) weight *= 1.5;
  return weight;
}

/** A word of a class or id that names the page's footer (`footer`, `site-footer`, `footer-content`, `footer_c`). */
const FOOTER_WORD_RE = /(?:^|[\s_-])footer(?=$|[\s_-])/;

/**
 * Whether an element is the page's footer: a `<footer>` outside an article, or a box named so.
 * Its text (the publisher's address, licence and editor) is never the article, in either reading
 * of the page: a page whose article is empty has no content rather than its footer for one.
 */
export function isFooter(tag: string, name: string, inArticle: boolean): boolean {
  return (tag === 'footer' && !inArticle) || FOOTER_WORD_RE.test(name);
}

/**
 * Whether a block's path (`html body div.footer div.footer-text div`, see `BlockHints.path`) runs
 * through the page's footer, as {@link isFooter} tells it of an element.
 */
export function isInFooter(path: string): boolean {
  if (!path.includes('footer')) return false;
  let inArticle = false;
  for (const segment of path.split(' ')) {
    const cut = segment.search(/[.#]/);
    const tag = cut < 0 ? segment : segment.slice(0, cut);
    const name = cut < 0 ? '' : segment.slice(cut + 1).replace(/[.#]/g, ' ');
    if (isFooter(tag, name, inArticle)) return true;
    if (tag === 'article') inArticle = true;
  }
  return false;
}
