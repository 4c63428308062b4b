/**
 * The site profiles, most specific first: the first whose `detect` selector matches is used.
 * Each has its golden test in fixtures/profiles/<name>/ (tests/document/profiles.test.ts).
 */
import { liferayAssetPublisher } from './liferay-asset-publisher.js';
import { selectorsOf } from './read-field.js';
import { checkedProfiles } from './schema.js';
import { schemaOrgArticle } from './schema-org-article.js';
import { sharepointGioiThieu } from './sharepoint-gioi-thieu.js';
import { sharepointNewsDetail } from './sharepoint-news-detail.js';
import type { SiteProfile } from './types.js';

export type { ContentRule, FieldRule, FieldSource, SiteProfile } from './types.js';
export { findContent, readField, type FieldMatch } from './read-field.js';

export const SITE_PROFILES: readonly SiteProfile[] = checkedProfiles([
  sharepointNewsDetail,
  sharepointGioiThieu,
  liferayAssetPublisher,
  schemaOrgArticle,
]);

/** Every selector the profiles use: what the page's `SelectorIndex` must answer (each once). */
export const PROFILE_SELECTORS: readonly string[] = [...new Set(SITE_PROFILES.flatMap(selectorsOf))];
