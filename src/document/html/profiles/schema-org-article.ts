import type { SiteProfile } from './types.js';

/**
 * Pages marked up with schema.org microdata (`itemtype=".../NewsArticle"`): headline, author,
 * datePublished and articleBody carry `itemprop` attributes. Many Vietnamese news themes
 * (and the baophuongdong magazine copies) use it.
 */
export const schemaOrgArticle: SiteProfile = {
  name: 'schema-org-article',
  detect: '[itemprop="articleBody"]',
  content: '[itemprop="articleBody"]',
  title: '[itemprop="headline"]',
  published: '[itemprop="datePublished"]',
  author: '[itemprop="author"] [itemprop="name"], [rel="author"]',
  exclude: ['.tools', '.share', '.social', '.related', '.tags'],
};
