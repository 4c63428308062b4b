import type { SiteProfile } from './types.js';

/**
 * SharePoint portals whose article web part is laid out as an "introduction" box (Đắk Nông Sở Tài
 * chính): `.title-gt` holds the section, `.gtTitle` the headline (a coloured bold `<p>`) and the lead,
 * `.gthieu` the whole article. These pages show no article date.
 */
export const sharepointGioiThieu: SiteProfile = {
  name: 'sharepoint-gioi-thieu',
  detect: '.gthieu .gtTitle',
  content: { selectors: ['.gthieu'] },
  title: { selectors: ['.gtTitle p'] },
  category: { selectors: ['.title-gt'] },
};
