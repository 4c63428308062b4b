/** Types of properties.mjs (plain JavaScript, shared with scripts/fuzz.mjs). */
import type fc from 'fast-check';

export interface Library {
  parseArticle(input: string | Uint8Array, options?: object | null): unknown;
  readonly ArticleRecordSchema: { safeParse(value: unknown): { success: boolean; error?: { message: string } } };
  readonly VnNewsParseError: abstract new (...args: never[]) => Error & { code: string };
}
export type Options = Record<string, unknown>;
export interface Checks {
  readonly tags?: boolean;
  readonly marks?: boolean;
}
export interface PropertyDefinition {
  readonly arb: fc.Arbitrary<[string | Uint8Array, Options]>;
  readonly checks: Checks;
}

export const WORDS: readonly string[];
export const PUNCT: readonly string[];
export const HOSTILE_CHARS: readonly string[];
export const SAFE_ENTITIES: readonly string[];
export const MARKUP: readonly string[];
export const ENCODINGS: readonly string[];
export const SCRIPT_MARK: string;
export const STYLE_MARK: string;
export const COMMENT_MARK: string;
export const optionsArb: fc.Arbitrary<Options>;
export const stringArb: fc.Arbitrary<string>;
export const bytesArb: fc.Arbitrary<Uint8Array>;
export const htmlTreeArb: fc.Arbitrary<string>;
export function corpusMutationArb(pageCount: number): fc.Arbitrary<{ page: number; start: number; length: number; mutations: unknown[] }>;
export function applyMutations(pages: readonly Uint8Array[], plan: { page: number; start: number; length: number; mutations: unknown[] }): Uint8Array;
export function tagCheckApplies(input: string | Uint8Array): boolean;
export function plainTextProblems(record: unknown, checks: { tags: boolean; marks: boolean }): string[];
export function checkCase(lib: Library, input: string | Uint8Array, options: Options, checks?: Checks): string;
export function describeInput(input: string | Uint8Array): string;
export function propertyDefinitions(pages: readonly Uint8Array[]): Record<string, PropertyDefinition>;
export const SEEDS: Readonly<Record<string, number>>;
export function propertyRuns(env?: Record<string, string | undefined>): number;
export const CORPUS_FOLDERS: readonly string[];
export const CORPUS_FILE_RE: RegExp;
