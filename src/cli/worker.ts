/**
 * The worker thread's entry: piscina calls the default export with one task at a time.
 */
import { parseFile, type ParseOutcome, type ParseTask } from './parse-file.js';

export default function work(task: ParseTask): ParseOutcome {
  return parseFile(task);
}
