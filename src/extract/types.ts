/**
 * The body shapes, for the field extractors that build the body (`body.ts`). They live in
 * `../context.ts`, which field and entity extractors share as peers; this module only passes
 * them on until `body.ts` imports them from there.
 */
export type { BodyParagraph, BodyView } from '../context.js';
