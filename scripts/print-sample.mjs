#!/usr/bin/env node
// Prints the record of the bundled sample (the seed article in fixtures/): what `npm start` shows.
import { readFileSync } from 'node:fs';
import { parseArticle } from '../dist/index.js';

const sample = new URL('../fixtures/seed-ninhthuan-khoi-mttq-2021.txt', import.meta.url);
const record = parseArticle(readFileSync(sample), { format: 'text' });
console.log(JSON.stringify(record, null, 2));
