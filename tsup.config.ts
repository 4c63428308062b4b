import { defineConfig } from 'tsup';

// Two builds from one source: ESM (the package's main form, with the command) and CommonJS for
// `require()` users. rehype-parse and unified are ESM-only, so the CommonJS build bundles them
// (noExternal) while the ESM build keeps the other dependencies external.
//
// Both bundle the part of `zod/mini` the schemas use: Node loads the package's whole entry (every
// locale, about 60 modules) where the library needs a few functions; bundled and tree-shaken, it
// takes a fifth of the import time. `zod` stays a dependency for the declarations (the schemas are
// typed as Zod schemas), and the bundled schemas work with the consumer's own Zod 4 (Zod keeps its
// registry of descriptions on `globalThis` and checks schema kinds by their traits, not by class).
//
// The declarations are built once, by the ESM build; `scripts/after-build.mjs` copies them to
// `index.d.cts` (the bundled declarations import nothing relative, so one file serves both forms)
// and writes the JSON Schemas. Source maps are written for development and left out of the package
// (`files` in package.json): they point into `src/`, which is not published.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', cli: 'src/cli/index.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    noExternal: ['zod'],
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    noExternal: ['zod', 'unified', 'rehype-parse', /^hast-/, /^unist-/, 'bail', 'devlop', 'extend', 'is-plain-obj', 'trough', 'vfile', /^vfile-/, 'property-information', 'space-separated-tokens', 'comma-separated-tokens', 'web-namespaces', 'zwitch', 'html-void-elements', 'parse5', 'entities', 'hastscript', 'ccount', 'hast-util-parse-selector'],
  },
]);
