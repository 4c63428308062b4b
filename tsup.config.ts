import { defineConfig } from 'tsup';

// Two builds from one source: ESM (the package's main form) and CommonJS for `require()` users.
// rehype-parse and unified are ESM-only, so the CommonJS build bundles them (noExternal) while the
// ESM build keeps every dependency external.
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
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    noExternal: ['unified', 'rehype-parse', /^hast-/, /^unist-/, 'bail', 'devlop', 'extend', 'is-plain-obj', 'trough', 'vfile', /^vfile-/, 'property-information', 'space-separated-tokens', 'comma-separated-tokens', 'web-namespaces', 'zwitch', 'html-void-elements', 'parse5', 'entities', 'hastscript', 'ccount', 'hast-util-parse-selector'],
  },
]);
