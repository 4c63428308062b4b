/**
 * The byline people: every block marked as byline, read by {@link readBylineBlock}; when the page
 * shows no byline, the names its metadata gives (JSON-LD, `<meta name=author>`, microdata,
 * `rel=author` links; the most reliable source that names a person).
 */
import { isVietnameseDocument } from '../document/html/metadata/language.js';
import type { ArticleDocument } from '../document/types.js';
import type { Author } from '../schema/record.js';
import { authorNames, withoutBylinePrefix } from './author-names.js';
import { parseByline, readBylineBlock } from './byline.js';

function fromBylines(doc: ArticleDocument): Author[] {
  const authors: Author[] = [];
  for (const block of doc.blocks) {
    if (block.role !== 'byline') continue;
    for (const author of readBylineBlock(block.text)) {
      if (!authors.some((a) => a.name === author.name)) authors.push(author);
    }
  }
  return authors;
}

/**
 * Names from the metadata. A Vietnamese page's values are read as its bylines are (`L.ANH - M.KHANG`,
 * a unit after a comma), and a value that is no byline there (a CMS login such as `quocbao`) is skipped.
 */
function fromMeta(doc: ArticleDocument, vietnamese: boolean): Author[] {
  let publication: string | undefined;
  for (const source of doc.meta.authorSources) {
    if (vietnamese) {
      const authors = source.flatMap((value) => parseByline(value) ?? []);
      if (authors.length > 0) return authors.filter((a, i) => authors.findIndex((b) => b.name === a.name) === i);
      continue;
    }
    const names = authorNames(source, doc.meta.publishers);
    if (names.people.length > 0) return names.people.map((name) => ({ name, unit: null }));
    publication ??= names.publication[0];
  }
  // No one named: the publication signs the article itself (`ORF.at`, `Associated Press`).
  return publication ? [{ name: publication, unit: null }] : [];
}

export function extractAuthors(doc: ArticleDocument): Author[] {
  const vietnamese = isVietnameseDocument(doc);
  const visible = fromBylines(doc);
  if (visible.length === 0) return fromMeta(doc, vietnamese);
  // Other languages open a byline with a word (`By`, `Von`, `Par`) that is not part of the name.
  return vietnamese ? visible : visible.map((a) => ({ ...a, name: withoutBylinePrefix(a.name) || a.name }));
}
