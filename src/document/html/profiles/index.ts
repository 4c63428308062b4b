/**
 * The site profiles, most specific first: the first whose `detect` selector matches is used.
 */
import { liferayAssetPublisher } from './liferay-asset-publisher.js';
import { schemaOrgArticle } from './schema-org-article.js';
import { sharepointGioiThieu } from './sharepoint-gioi-thieu.js';
import { sharepointNewsDetail } from './sharepoint-news-detail.js';
import type { SiteProfile } from './types.js';

export type { SiteProfile } from './types.js';

export const SITE_PROFILES: readonly SiteProfile[] = [
  sharepointNewsDetail,
  sharepointGioiThieu,
  liferayAssetPublisher,
  schemaOrgArticle,
];

/** Every selector the profiles use: what the page's `SelectorIndex` must answer. */
export const PROFILE_SELECTORS: readonly string[] = SITE_PROFILES.flatMap((p) =>
  [p.detect, p.content, p.title, p.category, p.published, p.author, ...(p.exclude ?? [])].filter(
    (s): s is string => s !== undefined,
  ),
);
