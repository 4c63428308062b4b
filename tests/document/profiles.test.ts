/**
 * Site profiles: each has its golden test beside it, a page in fixtures/profiles/<name>/ written to
 * mirror the template (its README.md names the real page), with the parts of the record the profile
 * decides in expected.json. `UPDATE_GOLDEN=1` rewrites expected.json; read the diff before committing.
 *
 * The rules a profile may use (fallbacks, attributes, clean, strip) are tested on small pages through
 * `readField`, with the page's `SelectorIndex` as the pipeline builds it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/document/html/parse-html.js';
import { findContent, PROFILE_SELECTORS, readField, SITE_PROFILES, type FieldRule } from '../../src/document/html/profiles/index.js';
import { checkedProfiles, siteProfileSchema } from '../../src/document/html/profiles/schema.js';
import { SelectorIndex } from '../../src/document/html/selector-index.js';
import { parseArticle, parseDocument } from '../../src/index.js';

const root = fileURLToPath(new URL('../../fixtures/profiles', import.meta.url));
const update = process.env['UPDATE_GOLDEN'] === '1';

/** What a profile decides: which template the page is, and the record's header and body. */
function profileView(html: Buffer): unknown {
  const doc = parseDocument(html);
  const record = parseArticle(html);
  return {
    profile: doc.profile,
    title: record.title,
    category: record.category,
    publishedAt: record.publishedAt,
    authors: record.authors.map((a) => a.name),
    paragraphs: record.body.paragraphs,
  };
}

describe('site profile fixtures', () => {
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  it('every profile has a fixture folder with input.html, README.md and expected.json, and every folder a profile', () => {
    const names = SITE_PROFILES.map((p) => p.name).sort();
    expect(folders).toEqual(names);
    for (const name of names) {
      for (const file of ['input.html', 'README.md', 'expected.json']) {
        expect(existsSync(join(root, name, file)), `fixtures/profiles/${name}/${file}`).toBe(true);
      }
      expect(readFileSync(join(root, name, 'README.md'), 'utf8')).toMatch(/^Mirrors: \S/);
    }
  });

  it.each(SITE_PROFILES.map((p) => [p.name] as const))('%s reads its fixture', (name) => {
    const dir = join(root, name);
    const actual = profileView(readFileSync(join(dir, 'input.html')));
    const expectedPath = join(dir, 'expected.json');
    if (update) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    expect((actual as { profile: string }).profile).toBe(name);
  });
});

describe('profile schema', () => {
  it('accepts every profile', () => {
    for (const profile of SITE_PROFILES) expect(siteProfileSchema.safeParse(profile).success, profile.name).toBe(true);
  });

  const valid = { name: 'example-cms', detect: '.article', content: { selectors: ['.article'] } };
  it.each([
    ['an unknown key', { ...valid, exclude: ['.share'] }],
    ['an empty selector', { ...valid, detect: ' ' }],
    ['no content selector', { ...valid, content: { selectors: [] } }],
    ['a field without selectors', { ...valid, title: { selectors: [] } }],
    ['an attribute that is no attribute name', { ...valid, published: { selectors: [['time', 'date time']] } }],
    ['a strip pattern that is a string', { ...valid, title: { selectors: ['h1'], strip: ['^Tin:'] } }],
    ['a name that cannot be a folder', { ...valid, name: 'Example CMS' }],
  ])('rejects %s, naming the profile', (_what, profile) => {
    expect(siteProfileSchema.safeParse(profile).success).toBe(false);
    expect(() => checkedProfiles([profile as never])).toThrow(/site profile/);
  });
});

describe('profile rules', () => {
  /** Reads `rule` on `html` with an index of the rule's selectors, as the pipeline does for every profile. */
  function read(html: string, rule: FieldRule): { tag: string | undefined; value: string | null | undefined } {
    const selectors = [...rule.selectors.map((s) => (typeof s === 'string' ? s : s[0])), ...(rule.clean ?? [])];
    const { $, elements } = parsePage(html);
    const found = readField(new SelectorIndex($, selectors, elements), rule);
    return { tag: found?.el.name, value: found?.value };
  }

  it('takes the first source that gives a value, skipping empty elements', () => {
    const html = '<h1 class="t"> </h1><h2 class="t2">Second</h2><h3>Third</h3>';
    expect(read(html, { selectors: ['.t', '.missing', 'h3, .t2'] })).toEqual({ tag: 'h2', value: null });
  });

  it('reads an attribute, falling back to the text (left to the walk: no value of its own)', () => {
    const html = '<time itemprop="datePublished" datetime="2019-08-05T16:32:00+07:00"></time><span class="date">05/08/2019</span>';
    expect(read(html, { selectors: [['time[datetime]', 'datetime'], '.date'] })).toEqual({ tag: 'time', value: '2019-08-05T16:32:00+07:00' });
    expect(read('<time datetime=""></time><span class="date">05/08/2019</span>', { selectors: [['time', 'datetime'], '.date'] })).toEqual({
      tag: 'span',
      value: null,
    });
  });

  it('leaves out what the clean selectors name and strips the patterns', () => {
    const html = '<p class="Time">Ngày đăng:   <b>05/08/2019</b> <span class="views">1.203 lượt xem</span></p>';
    const rule = { selectors: ['.Time'], clean: ['.views'], strip: [/^Ngày đăng: /] };
    expect(read(html, rule)).toEqual({ tag: 'p', value: '05/08/2019' });
  });

  it('reads the text a reader sees: no script inside the element', () => {
    expect(read('<h1>Tiêu đề<script>var x = 1;</script></h1>', { selectors: ['h1'], strip: [/^$/] }).value).toBe('Tiêu đề');
  });

  it('finds the content in the first visible match of its fallbacks', () => {
    const html = '<div class="a" style="display:none">hidden copy</div><div class="b">shown</div><div class="a">later</div>';
    const { $, elements } = parsePage(html);
    const found = findContent(new SelectorIndex($, ['.missing', '.a'], elements), { selectors: ['.missing', '.a'] });
    expect(found && $(found).text()).toBe('later');
  });

  it('indexes every selector of every profile', () => {
    for (const profile of SITE_PROFILES) {
      expect(PROFILE_SELECTORS).toContain(profile.detect);
      for (const s of profile.content.selectors) expect(PROFILE_SELECTORS).toContain(s);
    }
  });
});
