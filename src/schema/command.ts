/**
 * The lines the `vn-news-parser` command writes: a record with the input's path, or an error line.
 * Their schemas live beside the library's so that one JSON Schema file per line kind can be
 * published (`dist/schema/*.json`) and a consumer can check every line of a batch.
 */
import * as z from 'zod/mini';
import { recordShape, sourceFields, type ArticleRecord, type RecordSource } from './record.js';

/** A record line of the command: the library's record, whose `source` also names the input. */
export interface CommandRecord extends ArticleRecord {
  source: RecordSource & {
    /** The input's path as listed on the command line or found in a folder; `-` for standard input. */
    path: string;
  };
}

/** An error line of the command: the input that could not become a record, and why. */
export interface ErrorLine {
  source: {
    /** The input's path as listed on the command line or found in a folder; `-` for standard input. */
    path: string;
  };
  error: {
    /**
     * `EMPTY_INPUT`, `NOT_TEXT`, `INPUT_TOO_LARGE`, `INVALID_RECORD` (the library's codes),
     * `READ_FAILED` (the file could not be read) or `INTERNAL_ERROR` (a bug: please report it).
     */
    code: string;
    /** What went wrong, for a person. */
    message: string;
  };
}

const inputPath = z.string().check(
  z.minLength(1),
  z.describe('The input\'s path as listed on the command line or found in a folder; `-` for standard input'),
);

const commandSource = z.object({ ...sourceFields, path: inputPath }).check(z.describe("Where the record came from, with the input's path"));

const commandRecordObject = z
  .object(recordShape(commandSource))
  .check(z.describe('A record line of the vn-news-parser command: the article record with the input\'s path'));

const errorLineObject = z
  .object({
    source: z.object({ path: inputPath }).check(z.describe('The input that failed')),
    error: z
      .object({
        code: z.string().check(
          z.minLength(1),
          z.describe(
            'EMPTY_INPUT, NOT_TEXT, INPUT_TOO_LARGE, INVALID_RECORD (the library\'s codes), READ_FAILED (the file could not be read) or INTERNAL_ERROR (a bug)',
          ),
        ),
        message: z.string().check(z.describe('What went wrong, for a person')),
      })
      .check(z.describe('Why the input could not become a record')),
  })
  .check(z.describe('An error line of the vn-news-parser command: an input that could not become a record'));

export const CommandRecordSchema: z.ZodMiniType<CommandRecord> = commandRecordObject;
export const ErrorLineSchema: z.ZodMiniType<ErrorLine> = errorLineObject;
