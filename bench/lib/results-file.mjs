// bench/RESULTS.md is written by five scripts, each owning one section of it: run.mjs "speed", scrapinghub.mjs "scrapinghub",
// cli.mjs "cli", adversarial.mjs "adversarial", package.mjs "package". A section is the text between the lines
// `<!-- section:NAME -->` and `<!-- /section:NAME -->`; a script replaces its own and leaves the
// rest of the file as it was, so running one script alone does not wipe the others' results.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const RESULTS_FILE = fileURLToPath(new URL('../RESULTS.md', import.meta.url));

/** The order of the sections in the file: a section written for the first time goes in its place. */
export const SECTION_ORDER = ['speed', 'scrapinghub', 'cli', 'adversarial', 'package'];

const open = (name) => `<!-- section:${name} -->`;
const close = (name) => `<!-- /section:${name} -->`;

/** Where the section starts and ends in `text` (offsets of its markers' lines), or null when absent. */
function locate(text, name) {
  const start = text.indexOf(open(name));
  if (start < 0) return null;
  const end = text.indexOf(close(name), start);
  if (end < 0) throw new Error(`${close(name)} is missing: fix the file by hand rather than lose what follows ${open(name)}`);
  return { start, end: end + close(name).length };
}

/** Replaces the section `name` of `file` with `markdown`, or adds it in its place when absent. */
export function writeSection(name, markdown, file = RESULTS_FILE) {
  const block = `${open(name)}\n${markdown.trim()}\n${close(name)}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  let out;
  const here = locate(text, name);
  if (here) {
    out = text.slice(0, here.start) + block + text.slice(here.end);
  } else {
    // Before the first section that comes later in SECTION_ORDER, else at the end.
    const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(name) + 1)
      .map((n) => text.indexOf(open(n)))
      .filter((i) => i >= 0);
    const at = SECTION_ORDER.includes(name) && later.length > 0 ? Math.min(...later) : text.length;
    const before = text.slice(0, at).replace(/\n*$/, '');
    const after = text.slice(at);
    out = `${before}${before ? '\n\n' : ''}${block}${after ? `\n\n${after}` : ''}`;
  }
  if (!out.endsWith('\n')) out += '\n';
  // A temporary file and a rename: an interrupted write never leaves half a file.
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, out);
  renameSync(temp, file);
}
