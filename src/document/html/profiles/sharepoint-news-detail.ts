import type { SiteProfile } from './types.js';

/**
 * SharePoint 2010 portals of Vietnamese provincial agencies with the "LacVietBio" news web part
 * (Đắk Nông: dakrlap, krongno, stp, thanhtra and others). The article sits in `#tableforprint`,
 * headed by `p.Title`; a header row above carries the section (`.FolderTitle`) and the date (`.Time`),
 * in forms like `thứ hai, 05 08 2019 10:53`, `30/07/2019` and `(05.08.2019 16:32)`.
 * Below it, "TIN ĐÃ ĐƯA" lists other articles with their own dates: outside the content root.
 */
export const sharepointNewsDetail: SiteProfile = {
  name: 'sharepoint-news-detail',
  detect: '#tableforprint p.Title',
  content: { selectors: ['#tableforprint'], clean: ['.lv_description_mode1:empty'] },
  title: { selectors: ['#tableforprint p.Title'] },
  category: { selectors: ['.ms-news-header .FolderTitle'] },
  published: { selectors: ['.ms-news-header .Time'] },
};
