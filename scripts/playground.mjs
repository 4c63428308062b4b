#!/usr/bin/env node
/**
 * The playground page: `node scripts/playground.mjs build` bundles it into playground/dist (a folder
 * any static host can serve); `node scripts/playground.mjs serve [--port N]` builds it and serves it
 * on this machine with esbuild's own static server, printing the address; `screenshot [FILE]`
 * writes the README's picture (docs/playground.png).
 *
 * The library is bundled for the browser as it is (no polyfills): the page is also the check that
 * the package runs in a browser.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'playground');
export const outDir = join(source, 'dist');

/** The one-click samples: real structures kept in fixtures/ (each fixture's README names its case). */
export const SAMPLES = [
  { from: 'fixtures/seed-ninhthuan-khoi-mttq-2021.txt', label: 'Seed article (plain text)' },
  { from: 'fixtures/playground/tcvn3-era-page.html', file: 'tcvn3-era-page.html', label: 'TCVN3 page (.VnTime fonts)' },
  { from: 'fixtures/golden/windows-1258-legacy-page/input.html', file: 'windows-1258-legacy-page.html', label: 'windows-1258 page' },
  { from: 'fixtures/golden/sharepoint-news-detail-cluster-members/input.html', file: 'portal-cluster-members.html', label: 'Portal page with a cluster' },
];

export async function build({ quiet = false, plugins = [] } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'samples'), { recursive: true });
  const result = await esbuild.build({
    entryPoints: { main: join(source, 'src/main.ts'), worker: join(source, 'src/worker.ts') },
    outdir: outDir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome109', 'firefox115', 'safari16'],
    minify: true,
    legalComments: 'linked',
    metafile: true,
    plugins,
    logLevel: quiet ? 'error' : 'warning',
  });
  for (const file of ['index.html', 'style.css']) copyFileSync(join(source, file), join(outDir, file));
  const index = SAMPLES.map((s) => {
    const file = s.file ?? basename(s.from);
    copyFileSync(join(root, s.from), join(outDir, 'samples', file));
    return { file, label: s.label };
  });
  writeFileSync(join(outDir, 'samples', 'index.json'), JSON.stringify(index, null, 2) + '\n');
  const sizes = Object.entries(result.metafile.outputs)
    .filter(([name]) => name.endsWith('.js'))
    .map(([name, o]) => `${basename(name)} ${(o.bytes / 1024).toFixed(0)} KB`);
  if (!quiet) console.log(`playground built in ${outDir} (${sizes.join(', ')})`);
  return outDir;
}

async function serve(port) {
  await build();
  const ctx = await esbuild.context({});
  const served = await ctx.serve({ servedir: outDir, host: '127.0.0.1', port });
  const host = served.hosts?.[0] ?? served.host ?? '127.0.0.1';
  console.log(`playground at http://${host}:${served.port}/ (Ctrl-C to stop)`);
}

/**
 * A picture of the page with the seed parsed, for the README: the built page served on this
 * machine, the seed sample clicked, the card, marks and entity list captured by headless Chromium.
 */
export async function screenshot(out, build_ = build) {
  const { chromium } = await import('playwright-core');
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!executablePath) throw new Error('no Chromium found (install Debian\'s chromium or set CHROMIUM_PATH)');
  await build_({ quiet: true });
  const ctx = await esbuild.context({});
  const served = await ctx.serve({ servedir: outDir, host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1500 }, deviceScaleFactor: 1 });
    await page.goto(`http://127.0.0.1:${served.port}/`);
    await page.click('#samples button:first-child');
    await page.waitForFunction(() => document.querySelector('#progress')?.textContent?.startsWith('Parsed'));
    await page.hover('#body mark.m-document.mark-start');
    await page.screenshot({ path: out, fullPage: false });
    console.log(`screenshot written to ${out}`);
  } finally {
    await browser.close();
    await ctx.dispose();
  }
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const [command = 'build', ...rest] = process.argv.slice(2);
  const portAt = rest.indexOf('--port');
  const port = portAt >= 0 ? Number(rest[portAt + 1]) : Number(process.env.PORT ?? 8080);
  if (command === 'build') await build();
  else if (command === 'serve') await serve(port);
  else if (command === 'screenshot') await screenshot(rest[0] ?? join(root, 'docs', 'playground.png'));
  else {
    console.error('usage: node scripts/playground.mjs build | serve [--port N] | screenshot [FILE.png]');
    process.exit(2);
  }
}
