import type { SiteProfile } from './types.js';

/** The empty brackets the template leaves after a headline for the date it does not fill in (text already folded). */
const EMPTY_DATE_BRACKETS_RE = /\( ?\)$/;

/**
 * Liferay portals (Đắk Nông Liên đoàn Lao động): the asset publisher portlet shows the article in
 * `.asset-full-content`, headline in its `<h2>` (ending in an empty `<span>( )</span>` where a date would be: stripped),
 * body in `.journal-content-article`, and the portlet's title bar names the section.
 * The page header's `Thứ năm, 09/05/2019` is the day the page was captured, not the article's date,
 * so this profile names no date element.
 */
export const liferayAssetPublisher: SiteProfile = {
  name: 'liferay-asset-publisher',
  detect: '.asset-full-content .journal-content-article',
  content: { selectors: ['.asset-full-content'] },
  title: {
    selectors: ['.asset-full-content h2, .asset-full-content h1, .asset-full-content .header-title'],
    strip: [EMPTY_DATE_BRACKETS_RE],
  },
  category: { selectors: ['.portlet:has(.asset-full-content) .portlet-title-text'] },
};
