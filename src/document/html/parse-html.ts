/**
 * The one HTML parse of a page. cheerio with its htmlparser2 back end does it: it is several times
 * faster than a spec-compliant parse5 tree build on these pages (see `npm run bench`), it decodes the
 * legacy entities written without `;` (`&nbsp`, `&copy`), and it gives the site profiles CSS selectors
 * over the same tree the block builder walks.
 */
import { load, type CheerioAPI } from 'cheerio';

export function parseHtml(html: string): CheerioAPI {
  return load(html, { xml: { xmlMode: false, decodeEntities: true } }, true);
}
