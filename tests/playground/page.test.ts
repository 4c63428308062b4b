/**
 * The built playground page in a real headless Chromium: files dropped on it are parsed in its
 * worker, the record's entities are marked in the text, the downloaded JSON is the record that
 * parseArticle gives in Node for the same bytes, and no request leaves the page's own origin.
 *
 * Needs Chromium (Debian's `chromium`, which .ci/run installs; CHROMIUM_PATH names another);
 * skipped when there is none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle, type ArticleRecord, type CommandRecord } from '../../src/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const chromiumPath = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
const seedName = 'seed-ninhthuan-khoi-mttq-2021.txt';
const seedBytes = readFileSync(join(root, 'fixtures', seedName));
const tcvn3Name = 'tcvn3-era-page.html';
const tcvn3Bytes = readFileSync(join(root, 'fixtures/playground', tcvn3Name));

// These run inside the page, where the DOM exists; the project's own types are Node's.
declare const document: {
  querySelector(selector: string): { textContent: string | null } | null;
  activeElement: { classList: { contains(name: string): boolean } } | null;
};
declare class DataTransfer {
  readonly items: { add(file: File): void };
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain' };

/** A static server for the built folder, on this machine only. */
function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = join(dir, path || 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Drops files on the page's drop zone as a person would: a `drop` event carrying them. */
async function dropFiles(page: Page, files: readonly { name: string; bytes: Buffer }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
    return dt;
  }, files.map((f) => ({ name: f.name, b64: f.bytes.toString('base64') })));
  await page.dispatchEvent('#drop', 'drop', { dataTransfer });
}

async function downloadedJson(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

describe.skipIf(!chromiumPath)('the playground page in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let origin: string;
  const requests: string[] = [];

  beforeAll(async () => {
    // A path held in a variable: the script is plain JavaScript without declarations.
    const script = '../../scripts/playground.mjs';
    const { build } = (await import(script)) as { build: (o: { quiet: boolean }) => Promise<string> };
    const dir = await build({ quiet: true });
    server = await serve(dir);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/`);
    await page.waitForSelector('#samples button');
    expect(errors).toEqual([]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('parses the dropped seed: title, the six member units and the plan marked, the JSON as in Node', async () => {
    const expected: ArticleRecord = parseArticle(seedBytes);
    await dropFiles(page, [{ name: seedName, bytes: seedBytes }]);
    await page.waitForFunction(() => document.querySelector('#progress')?.textContent?.startsWith('Parsed'));
    expect(await page.textContent('#card-title')).toBe(expected.title);

    const members = await page.$$eval('#body mark.m-member.mark-start', (els) => els.map((e) => e.textContent));
    expect(members).toHaveLength(6);
    expect(new Set(members)).toEqual(new Set(expected.blocs[0]!.members));
    const documents = await page.$$eval('#body mark.m-document.mark-start', (els) => els.map((e) => e.textContent ?? ''));
    expect(documents.some((d) => d.startsWith('Kế hoạch số 4614/KH-UBND'))).toBe(true);

    const json = JSON.parse(await downloadedJson(page, '#download-json')) as unknown;
    expect(json).toEqual(JSON.parse(JSON.stringify(expected)));
  }, 120_000);

  it('shows an entity\'s fields on focus, and the list scrolls to its mark', async () => {
    await page.focus('#body mark.m-document.mark-start');
    await page.waitForSelector('#tip:not([hidden])');
    expect(await page.textContent('#tip')).toContain('4614');
    await page.click('#entity-list button.m-member');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('m-member'))).toBe(true);
  }, 60_000);

  it('reads a dropped TCVN3 page as the library does in Node', async () => {
    const expected: ArticleRecord = parseArticle(tcvn3Bytes);
    expect(expected.source.encoding).toBe('tcvn3');
    await dropFiles(page, [{ name: tcvn3Name, bytes: tcvn3Bytes }]);
    await page.waitForFunction((name) => document.querySelector('#progress')?.textContent?.startsWith(`Parsed ${name} `), tcvn3Name);
    expect(await page.textContent('#card-title')).toBe(expected.title ?? '(no headline found)');
    expect(await page.textContent('#card-fields')).toContain('tcvn3');
    const members = await page.$$eval('#body mark.m-member.mark-start', (els) => els.map((e) => e.textContent));
    expect(new Set(members)).toEqual(new Set(expected.blocs.flatMap((b) => b.members)));
    const json = JSON.parse(await downloadedJson(page, '#download-json')) as unknown;
    expect(json).toEqual(JSON.parse(JSON.stringify(expected)));
  }, 120_000);

  it('parses several files: a row each and JSON Lines with one record per file', async () => {
    await dropFiles(page, [{ name: seedName, bytes: seedBytes }, { name: tcvn3Name, bytes: tcvn3Bytes }]);
    await page.waitForFunction(() => document.querySelector('#progress')?.textContent?.startsWith('Parsed 2 files'));
    expect(await page.$$eval('#batch-rows tr', (rows) => rows.length)).toBe(2);
    const lines = (await downloadedJson(page, '#download-jsonl')).trim().split('\n').map((l) => JSON.parse(l) as CommandRecord);
    expect(lines.map((l) => l.source.path)).toEqual([seedName, tcvn3Name]);
    expect(lines[0]!.title).toBe(parseArticle(seedBytes).title);
  }, 120_000);

  it('sends no request outside its own origin', () => {
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:')).toBe(true);
  });
});
