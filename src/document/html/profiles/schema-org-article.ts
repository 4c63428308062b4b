import type { SiteProfile } from './types.js';

/**
 * Pages marked up with schema.org microdata (`itemtype=".../NewsArticle"`): headline, author,
 * datePublished and articleBody carry `itemprop` attributes. Many Vietnamese news themes
 * (and the baophuongdong magazine copies) use it.
 */
export const schemaOrgArticle: SiteProfile = {
  name: 'schema-org-article',
  detect: '[itemprop="articleBody"]',
  content: { selectors: ['[itemprop="articleBody"]'], clean: ['.tools', '.share', '.social', '.related', '.tags'] },
  title: { selectors: ['[itemprop="headline"]'] },
  published: { selectors: ['[itemprop="datePublished"]'] },
  author: { selectors: ['[itemprop="author"] [itemprop="name"], [rel="author"]'] },
};
