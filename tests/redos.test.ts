/**
 * Linear time: every regular expression in src/ is listed and checked with recheck
 * (https://makenowjust-labs.github.io/recheck/), which must call it `safe` (no super-linear
 * backtracking on any input).
 *
 * Two sources, so that none escapes:
 * - regex literals, found with the TypeScript compiler API over src/**\/*.ts;
 * - regexes built with `new RegExp(...)` / `RegExp(...)` (from the data tables in vi/), captured by
 *   swapping `globalThis.RegExp` for a recording Proxy while every module under src/ is imported
 *   afresh, then running the pipeline once over a text and an HTML fixture (for any regex built
 *   lazily on first use). The real RegExp is restored afterwards.
 *
 * The list is printed (file:line, flags, source) so a reviewer sees what was checked.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, type Diagnostics } from 'recheck';
import iconv from 'iconv-lite';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');

/**
 * Modules not imported for the capture: `cli/index.ts` runs the command as soon as it loads.
 * A test below checks with the compiler API that they build no regex at run time, so the literal
 * scan covers them completely.
 */
const NOT_IMPORTED = new Set(['cli/index.ts']);

/**
 * Regexes recheck cannot decide (status `unknown`: syntax its checkers do not support), each with
 * the reason it is linear. Keep this tiny: a vulnerable verdict is fixed in the source, never listed here.
 * Keyed by `flags + ':' + source`.
 */
const KNOWN_LINEAR: ReadonlyMap<string, string> = new Map<string, string>([]);

/**
 * No clock decides a verdict: every time limit of recheck is off (`null`; a negative
 * `recallTimeout` skips the recall run on the real engine), so the checkers stop on their step
 * budgets alone (characters read by recheck's VM: `attackLimit`, `incubationLimit`, and the NFA and
 * pattern sizes that choose the checker), and the fuzzer starts from a fixed seed. The same
 * regexes then get the same verdicts on a fast machine and on a loaded one: with recheck's default
 * 10 s limit a busy machine turned a big alternation into `timeout`.
 */
const NO_CLOCK = {
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  recallTimeout: -1,
  randomSeed: 0,
} as const;

interface FoundRegex {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
  readonly kind: 'literal' | 'constructed';
}

function listSourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listSourceFiles(p));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const files = listSourceFiles(SRC);
const rel = (p: string): string => relative(SRC, p).split('\\').join('/');

/** Regex literals and the `new RegExp(...)`/`RegExp(...)` call sites of one file. */
function scanFile(path: string): { literals: FoundRegex[]; constructorSites: string[] } {
  const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const literals: FoundRegex[] = [];
  const constructorSites: string[] = [];
  const lineOf = (node: ts.Node): number => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = (node as ts.RegularExpressionLiteral).text;
      const slash = text.lastIndexOf('/');
      literals.push({ where: `${rel(path)}:${lineOf(node)}`, source: text.slice(1, slash), flags: text.slice(slash + 1), kind: 'literal' });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && /^(?:globalThis\.)?RegExp$/.test(node.expression.getText(sf))) {
      constructorSites.push(`${rel(path)}:${lineOf(node)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { literals, constructorSites };
}

const scans = files.map((f) => ({ file: rel(f), ...scanFile(f) }));
const literals = scans.flatMap((s) => s.literals);
const constructorSites = scans.flatMap((s) => s.constructorSites);

/** Regexes built at run time, captured by the Proxy, with the src/ location that built them. */
const constructed: FoundRegex[] = [];

beforeAll(async () => {
  const RealRegExp = globalThis.RegExp;
  const record = (args: unknown[]): void => {
    const [pattern, flags] = args as [string | RegExp, string | undefined];
    const source = pattern instanceof RealRegExp ? pattern.source : String(pattern);
    const f = flags ?? (pattern instanceof RealRegExp ? pattern.flags : '');
    // The first stack frame inside src/ names the module that built it; regexes of dependencies are not ours.
    const frame = (new Error().stack ?? '').split('\n').find((l) => l.includes(SRC) && !l.includes('node_modules'));
    if (!frame) return;
    const m = /\/src\/(.+?\.ts):(\d+):\d+/.exec(frame.split('\\').join('/'));
    constructed.push({ where: m ? `${m[1]}:${m[2]}` : frame.trim(), source, flags: f, kind: 'constructed' });
  };
  const Recording: RegExpConstructor = new Proxy(RealRegExp, {
    construct(target, args, newTarget): object {
      record(args);
      return Reflect.construct(target, args, newTarget === Recording ? target : newTarget);
    },
    apply(target, thisArg, args) {
      record(args);
      return Reflect.apply(target, thisArg, args);
    },
  });
  globalThis.RegExp = Recording;
  try {
    vi.resetModules();
    for (const f of files) {
      if (NOT_IMPORTED.has(rel(f))) continue;
      await import(/* @vite-ignore */ f);
    }
    // Anything built lazily, on first use: run the whole pipeline over every golden input (text,
    // HTML, legacy code pages) and over the seed article in the legacy code pages and encodings.
    const { safeParseArticle: parseArticle } = (await import(/* @vite-ignore */ join(SRC, 'index.ts'))) as typeof import('../src/index.js');
    const goldenRoot = join(ROOT, 'fixtures/golden');
    for (const name of readdirSync(goldenRoot).sort()) {
      const dir = join(goldenRoot, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'));
      if (!input) continue;
      const optionsPath = join(dir, 'options.json');
      const options = readdirSync(dir).includes('options.json') ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as object) : {};
      for (const htmlParser of ['htmlparser2', 'parse5'] as const) parseArticle(readFileSync(join(dir, input)), { ...options, htmlParser });
    }
    const seed = readFileSync(join(ROOT, 'fixtures/seed-ninhthuan-khoi-mttq-2021.txt'), 'utf8');
    for (const encoding of ['windows-1258', 'viscii', 'tcvn', 'utf-16le', 'windows-1252']) {
      const bytes = new Uint8Array(iconv.encode(seed, encoding));
      parseArticle(bytes);
      parseArticle(bytes, { encoding });
    }
    parseArticle(seed, { format: 'html' });
  } finally {
    globalThis.RegExp = RealRegExp;
    vi.resetModules();
  }
}, 120_000);

afterAll(() => {
  expect(globalThis.RegExp).toBe(RegExp);
});

/**
 * recheck's verdict, with no clock in it (see {@link NO_CLOCK}). First its automaton checker
 * (automata theory: exact, no false positives, no randomness), with its size limits raised so that
 * it takes the big alternations generated from the word tables (all of them take about 5 s). It
 * does not support look-behind assertions; for those (a handful) the fuzzer decides, from its fixed
 * seed and within its step budgets, so that its verdict too is the same on every run. Asynchronous
 * (recheck's agent process), so that the test worker answers vitest while the checks run: a
 * synchronous minute of checking on a busy machine failed the run ("Timeout calling onTaskUpdate").
 */
async function verdict(source: string, flags: string): Promise<Diagnostics> {
  const exact = await check(source, flags, { ...NO_CLOCK, checker: 'automaton', maxNFASize: 1_000_000, maxPatternSize: 100_000 });
  if (exact.status !== 'unknown') return exact;
  return check(source, flags, { ...NO_CLOCK, checker: 'fuzz' });
}

/** Every distinct regex (same source and flags checked once), in file order. */
function distinct(all: readonly FoundRegex[]): FoundRegex[] {
  const seen = new Map<string, FoundRegex>();
  for (const r of all) if (!seen.has(`${r.flags}:${r.source}`)) seen.set(`${r.flags}:${r.source}`, r);
  return [...seen.values()];
}

describe('regular expressions in src/', () => {
  it('finds the literals and the constructed ones', () => {
    expect(literals.length).toBeGreaterThan(100);
    // Each `new RegExp(...)` site in the source was seen building at least one regex.
    const capturedSites = new Set(constructed.map((r) => r.where));
    const missed = constructorSites.filter((site) => !capturedSites.has(site));
    expect(missed).toEqual([]);
  });

  it('builds no regex at run time in the modules it does not import', () => {
    expect(scans.filter((s) => NOT_IMPORTED.has(s.file)).flatMap((s) => s.constructorSites)).toEqual([]);
  });

  it('calls every one safe (linear time)', async () => {
    const all = distinct([...literals, ...constructed]);
    if (process.env['REDOS_DUMP']) writeFileSync(process.env['REDOS_DUMP'], JSON.stringify(all, null, 1));
    const lines: string[] = [];
    const failures: string[] = [];
    const unknown: string[] = [];
    for (const r of all) {
      const key = `${r.flags}:${r.source}`;
      const d = await verdict(r.source, r.flags);
      const shown = r.source.length > 160 ? `${r.source.slice(0, 160)}… (${r.source.length} chars)` : r.source;
      const how = d.status === 'unknown' ? d.error.kind : (d.checker ?? '');
      lines.push(`${d.status.padEnd(10)} ${how.padEnd(9)} ${r.kind.padEnd(11)} ${r.where}  /${shown}/${r.flags}`);
      if (d.status === 'vulnerable') {
        failures.push(`${r.where} /${r.source}/${r.flags}: ${d.complexity.summary}, attack ${d.attack.pattern}`);
      } else if (d.status === 'unknown') {
        if (KNOWN_LINEAR.has(key)) continue;
        unknown.push(`${r.where} /${r.source}/${r.flags}: ${d.error.kind}`);
      }
    }
    console.log(
      `${all.length} distinct regular expressions in src/ ` +
        `(${literals.length} literals, ${constructed.length} constructions at ${constructorSites.length} call sites):\n${lines.join('\n')}`,
    );
    expect(failures).toEqual([]);
    expect(unknown).toEqual([]);
  }, 900_000);

  it('keeps the allow-list to regexes that still exist', () => {
    const keys = new Set([...literals, ...constructed].map((r) => `${r.flags}:${r.source}`));
    expect([...KNOWN_LINEAR.keys()].filter((k) => !keys.has(k))).toEqual([]);
  });
});
