/**
 * Acceptance 2 of the package issue: the library, bundled for the browser by esbuild with no
 * polyfill and nothing left external, runs in a real headless Chromium and gives the records Node
 * gives: the seed article (plain text, UTF-8), the seed as a TCVN3 page (ABC-font text in a
 * windows-1252 page, converted run by run) and as a VISCII text (decoded from our own table).
 *
 * The browser is the system's Chromium (`CHROMIUM_PATH`, else /usr/bin/chromium), driven by
 * playwright-core; `.ci/run` installs it. Without one the test says so and skips.
 */
import { existsSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parseArticle, type ParseOptions } from '../../src/index.js';
import { cp1252Bytes, tcvn3Html, visciiBytes, codePageRepresentable } from '../legacy/helpers/encoders.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`browser test skipped: no Chromium at ${CHROMIUM} (install it, or set CHROMIUM_PATH)`);

const SEED = readFileSync(new URL('../../fixtures/seed-ninhthuan-khoi-mttq-2021.txt', import.meta.url), 'utf8');

/** The seed's title and paragraphs as a page written in TCVN3 with the ABC fonts, in windows-1252 bytes. */
function tcvn3Page(text: string): Uint8Array {
  const [title = '', ...paragraphs] = text.split(/\n\s*\n/u).map((p) => p.trim()).filter(Boolean);
  const font = (s: string): string => `<font face=".VnTime">${tcvn3Html(s)}</font>`;
  const html =
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>' +
    `<h1>${font(title)}</h1>${paragraphs.map((p) => `<p>${font(p)}</p>`).join('')}</body></html>`;
  return cp1252Bytes(html);
}

interface Case {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly options: ParseOptions;
}

const CASES: readonly Case[] = [
  { name: 'the seed (UTF-8 text)', bytes: new TextEncoder().encode(SEED), options: { format: 'text' } },
  { name: 'the seed as a TCVN3 page', bytes: tcvn3Page(SEED), options: {} },
  { name: 'the seed as VISCII text', bytes: visciiBytes(codePageRepresentable(SEED, 'viscii')), options: { format: 'text' } },
];

/** The library as a browser script: one IIFE that sets `globalThis.vnNewsParser`. */
async function browserBundle(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('../../src/index.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'vnNewsParser',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe.skipIf(!HAS_CHROMIUM)('the library in a browser', () => {
  it('bundles for the browser and gives the records Node gives', async () => {
    const script = await browserBundle();
    const { chromium } = await import('playwright-core');
    // --no-sandbox: CI runs as root, where Chromium refuses its sandbox.
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addScriptTag({ content: script });
      const inBrowser = await page.evaluate(
        (cases) => {
          const lib = (globalThis as unknown as { vnNewsParser: typeof import('../../src/index.js') }).vnNewsParser;
          const hasNode = typeof (globalThis as { process?: unknown }).process !== 'undefined' || typeof (globalThis as { Buffer?: unknown }).Buffer !== 'undefined';
          return { hasNode, records: cases.map((c) => lib.parseArticle(new Uint8Array(c.bytes), c.options)) };
        },
        CASES.map((c) => ({ bytes: [...c.bytes], options: c.options })),
      );
      expect(errors).toEqual([]);
      expect(inBrowser.hasNode).toBe(false);
      CASES.forEach((c, i) => {
        const inNode = parseArticle(c.bytes, c.options);
        expect(inBrowser.records[i], c.name).toEqual(inNode);
      });
      // Each input read as Vietnamese, not as mojibake: the seed's own words are in every body.
      for (const record of inBrowser.records) expect(record.body.text).toContain('Khối thi đua Mặt trận và Đoàn thể tỉnh');
      expect(inBrowser.records.map((r) => r.source.encoding)).toEqual(['utf-8', 'tcvn3', 'viscii']);
    } finally {
      await browser.close();
    }
  });
});

describe("the library's entry", () => {
  it('reaches no Node built-in and none of the command’s dependencies (esbuild metafile)', async () => {
    const result = await build({
      entryPoints: [new URL('../../src/index.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'neutral',
      mainFields: ['module', 'main'],
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.length).toBeGreaterThan(50);
    expect(inputs.filter((f) => /(^|\/)(node:|piscina|cli-progress|iconv-lite|safer-buffer|undici)|\/src\/cli\//.test(f))).toEqual([]);
  });
});
