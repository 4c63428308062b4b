/**
 * A profile's values in the document: a field read from an attribute, cleaned or stripped becomes
 * the text of its element's block (a new block where the element has none), and the record takes it.
 * The real profiles are replaced by one that uses every rule, on a page written for it.
 */
import { describe, expect, it, vi } from 'vitest';
import type { SiteProfile } from '../../src/document/html/profiles/types.js';

vi.mock('../../src/document/html/profiles/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/document/html/profiles/index.js')>();
  const { selectorsOf } = await import('../../src/document/html/profiles/read-field.js');
  const profile: SiteProfile = {
    name: 'test-cms',
    detect: '.story .story-body',
    content: { selectors: ['.missing-body', '.story-body'], clean: ['.share'] },
    title: { selectors: ['.hed'], clean: ['.comments'] },
    category: { selectors: [['.crumb a:last-child', 'title']] },
    published: { selectors: [['.date', 'title'], '.date'] },
    author: { selectors: ['.author'], strip: [/^Tác giả: /] },
  };
  return { ...real, SITE_PROFILES: [profile], PROFILE_SELECTORS: selectorsOf(profile) };
});

const { parseArticle, parseDocument } = await import('../../src/index.js');

const PAGE = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin</title></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></div>
<div class="story">
<div class="crumb"><a href="/">Trang chủ</a> › <a href="/tin" title="Tin hoạt động">Hoạt động</a></div>
<h1 class="hed">Ban chỉ đạo tỉnh họp phiên thường kỳ <span class="comments">(12 bình luận)</span></h1>
<p><span class="date" title="Thứ hai, 05/08/2019 16:32"></span></p>
<div class="story-body">
<p>Chiều ngày 05/8/2019, Ban chỉ đạo tỉnh họp phiên thường kỳ để đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm.</p>
<div class="share"><a href="#">Chia sẻ</a> <a href="#">In bài</a></div>
<p>Hội nghị thống nhất giao các sở, ngành rà soát tiến độ và báo cáo trước ngày 30/9/2019.</p>
<p class="author">Tác giả: Minh Khôi</p>
</div></div></body></html>`;

describe('profile values in the document', () => {
  const doc = parseDocument(PAGE);
  const record = parseArticle(PAGE);

  it('uses the profile', () => {
    expect(doc.profile).toBe('test-cms');
  });

  it('a cleaned headline: one block, without the cleaned element', () => {
    expect(doc.blocks.filter((b) => b.role === 'title').map((b) => b.text)).toEqual(['Ban chỉ đạo tỉnh họp phiên thường kỳ']);
    expect(record.title).toBe('Ban chỉ đạo tỉnh họp phiên thường kỳ');
  });

  it('an attribute of an empty element: a new block where the element stands', () => {
    const i = doc.blocks.findIndex((b) => b.role === 'dateline');
    expect(doc.blocks[i]).toMatchObject({ text: 'Thứ hai, 05/08/2019 16:32', inMain: false, tag: 'span' });
    expect(doc.blocks[i - 1]!.role).toBe('title');
    expect(record.publishedAt).toBe('2019-08-05T16:32:00+07:00');
  });

  it('an attribute of an element with text: its block holds the attribute', () => {
    expect(doc.blocks.filter((b) => b.role === 'category').map((b) => b.text)).toEqual(['Tin hoạt động']);
    expect(record.category).toBe('Tin hoạt động');
  });

  it('a stripped label, and the content cleaned', () => {
    expect(doc.blocks.find((b) => b.role === 'byline')?.text).toBe('Minh Khôi');
    expect(record.authors.map((a) => a.name)).toEqual(['Minh Khôi']);
    expect(record.body.paragraphs.some((p) => p.includes('Chia sẻ'))).toBe(false);
    expect(record.body.paragraphs).toHaveLength(2);
  });
});
