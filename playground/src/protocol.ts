/** Messages between the page and the parsing worker. */
import type { ArticleRecord } from '../../src/index.js';

export interface ParseRequest {
  readonly id: number;
  readonly name: string;
  /** The file's bytes (a `.gz` is gunzipped in the worker), or pasted text. */
  readonly input: ArrayBuffer | string;
}

export type ParseReply =
  | { readonly id: number; readonly ok: true; readonly record: ArticleRecord; readonly ms: number }
  | { readonly id: number; readonly ok: false; readonly code: string; readonly message: string };
