/**
 * The shape of a Vietnamese single-byte code page table: what its bytes outside 0x20–0x7F mean
 * (those are ASCII in every one). Vietnamese code pages put letters in the C0 control range too,
 * so it is listed whole.
 */
export interface SingleByteCodePage {
  /** Bytes 0x00–0x1F, as UTF-16 code units. */
  readonly c0: readonly number[];
  /** Bytes 0x80–0xFF, as UTF-16 code units. */
  readonly high: readonly number[];
}
