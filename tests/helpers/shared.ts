/**
 * Where the team's shared data lives (`../shared` beside the repository), and whether it is here.
 * Tests that read it skip themselves on a clone without it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_DIR = fileURLToPath(new URL('../../../shared', import.meta.url));
export const HAS_SHARED = existsSync(join(SHARED_DIR, 'gold'));

/** Every file below `dir` whose name passes `keep`, sorted. */
export function listFiles(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (keep(name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Every page of ../shared/corpus: html, bulk, text, pages-text, and the gzip benchmark pages. */
export function listCorpusPages(): string[] {
  const corpus = join(SHARED_DIR, 'corpus');
  return [
    ...listFiles(join(corpus, 'html'), (n) => /\.html?$/.test(n)),
    ...listFiles(join(corpus, 'bulk'), (n) => /\.html?$/.test(n)),
    ...listFiles(join(corpus, 'text'), (n) => n.endsWith('.txt')),
    ...listFiles(join(corpus, 'pages-text'), (n) => n.endsWith('.txt')),
    ...listFiles(join(corpus, 'bench'), (n) => n.endsWith('.html.gz')),
  ];
}
