/**
 * File names as the bytes they are. On Linux and the BSDs a name is any bytes; Node gives names as
 * strings decoded as UTF-8, and a name that is not valid UTF-8 comes back with U+FFFD in place of
 * its bytes: a path no call can open. The command keeps every name it lists in the form Python
 * calls `surrogateescape` (PEP 383, `os.fsdecode`): valid UTF-8 read as it is, and each byte
 * outside it as the lone surrogate U+DC80 to U+DCFF, which valid UTF-8 never gives; and it turns
 * that form back into the same bytes for every file system call. `JSON.stringify` writes such a
 * byte as `\udcXX` (so `source.path` holds it), and the form is the same in every output.
 */

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

/** Bytes of a UTF-8 sequence that starts with `lead`, or 0 when `lead` starts none. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Whether `bytes[i..i+n)` is one valid UTF-8 sequence (no overlong form, no surrogate, at most U+10FFFF). */
function validSequence(bytes: Uint8Array, i: number, n: number): boolean {
  if (i + n > bytes.length) return false;
  for (let k = 1; k < n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
  const lead = bytes[i]!;
  const second = bytes[i + 1]!;
  if (lead === 0xe0) return second >= 0xa0;
  if (lead === 0xed) return second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90;
  if (lead === 0xf4) return second <= 0x8f;
  return true;
}

/** A name's bytes as a string: UTF-8, and each byte outside valid UTF-8 as U+DC80 + its value − 0x80. */
export function fsDecode(bytes: Uint8Array): string {
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    // Not valid UTF-8: sequence by sequence below.
  }
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes[i]!);
    if (n > 0 && validSequence(bytes, i, n)) {
      out += utf8Fatal.decode(bytes.subarray(i, i + n));
      i += n;
    } else {
      out += String.fromCharCode(0xdc00 + bytes[i]!);
      i++;
    }
  }
  return out;
}

/** The bytes of a name held as {@link fsDecode} gives it: the lone surrogates U+DC80 to U+DCFF back to their bytes. */
export function fsEncode(name: string): Buffer {
  let escaped = false;
  for (let i = 0; i < name.length && !escaped; i++) {
    const c = name.charCodeAt(i);
    escaped = c >= 0xdc80 && c <= 0xdcff && !(i > 0 && name.charCodeAt(i - 1) >= 0xd800 && name.charCodeAt(i - 1) <= 0xdbff);
  }
  if (!escaped) return Buffer.from(name, 'utf8');
  const parts: Buffer[] = [];
  let from = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const paired = i > 0 && name.charCodeAt(i - 1) >= 0xd800 && name.charCodeAt(i - 1) <= 0xdbff;
    if (c >= 0xdc80 && c <= 0xdcff && !paired) {
      parts.push(Buffer.from(name.slice(from, i), 'utf8'), Buffer.of(c - 0xdc00));
      from = i + 1;
    }
  }
  parts.push(Buffer.from(name.slice(from), 'utf8'));
  return Buffer.concat(parts);
}
