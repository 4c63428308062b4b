/**
 * A text cut to at most `maxUnits` UTF-16 code units, with `…` when it was cut. The cut never
 * splits a surrogate pair: half of an emoji is a lone surrogate, which no record string may hold.
 */
export function clipText(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  let end = maxUnits;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
