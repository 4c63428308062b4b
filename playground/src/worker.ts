/**
 * The parsing worker: the library runs here, so a large page never freezes the page.
 * It reads files as bytes, so legacy encodings are detected exactly as the library detects them.
 */
import { isVnNewsParseError, parseArticle } from '../../src/index.js';
import type { ParseReply, ParseRequest } from './protocol.js';

/** gzip starts with these two bytes (RFC 1952). */
function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function handle(request: ParseRequest): Promise<ParseReply> {
  const started = performance.now();
  try {
    const bytes = typeof request.input === 'string' ? null : new Uint8Array(request.input);
    const input = bytes === null ? (request.input as string) : isGzip(bytes) ? await gunzip(bytes) : bytes;
    const record = parseArticle(input);
    return { id: request.id, ok: true, record, ms: performance.now() - started };
  } catch (error) {
    if (isVnNewsParseError(error)) return { id: request.id, ok: false, code: error.code, message: error.message };
    return { id: request.id, ok: false, code: 'INTERNAL_ERROR', message: error instanceof Error ? error.message : String(error) };
  }
}

/** The worker's own scope (the page's types are the DOM's, where `self` is a window). */
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<ParseRequest>) => void): void;
  postMessage(reply: ParseReply): void;
};

scope.addEventListener('message', (event) => {
  void handle(event.data).then((reply) => scope.postMessage(reply));
});
