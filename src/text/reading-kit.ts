/**
 * The reading kit of the entity and field extractors: words and their keys, phrase sets,
 * spans, and the regular-expression helpers, from one place.
 */
export * from './regex.js';
export * from './spans.js';
export * from './words.js';
