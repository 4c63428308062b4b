#!/usr/bin/env node
// After tsup (`npm run build`): the CommonJS declarations, a copy of the ESM ones (tsup would build
// them a second time, about 20 s), and the JSON Schemas of the record and of the command's lines,
// published in dist/schema/ for consumers that validate without Zod.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { toJSONSchema } from 'zod/mini';
import { ArticleRecordSchema, CommandRecordSchema, ErrorLineSchema } from '../dist/index.js';

const dist = new URL('../dist/', import.meta.url);
copyFileSync(new URL('index.d.ts', dist), new URL('index.d.cts', dist));

const schemas = {
  'article-record.schema.json': ArticleRecordSchema,
  'command-record.schema.json': CommandRecordSchema,
  'error-line.schema.json': ErrorLineSchema,
};
mkdirSync(new URL('schema/', dist), { recursive: true });
for (const [name, schema] of Object.entries(schemas)) {
  writeFileSync(new URL(`schema/${name}`, dist), JSON.stringify(toJSONSchema(schema), null, 2) + '\n');
}
