/**
 * Finds the mentions of emulation blocs (`Khối thi đua ...`, `Cụm thi đua số 1`, `Khối Nội chính`)
 * and reads the bloc's name after the bloc word.
 */
import {
  BLOC_ANAPHORA_LINKS,
  BLOC_CATEGORY_NOUNS,
  BLOC_EMULATION_WORDS,
  BLOC_KEY_FILLERS,
  BLOC_NAME_DANGLING,
  BLOC_WORDS,
  BLOC_NAME_CONTINUATIONS,
  NAME_STOP_WORDS,
  PLURAL_MARKERS,
} from '../../vi/unit-patterns.js';
import {
  PhraseSet,
  gapBefore,
  isCapitalised,
  isDashGap,
  isDigits,
  isRoman,
  isSpaceGap,
  type Seq,
} from '../../text/reading-kit.js';

/** One mention of a bloc in a text. */
export interface BlocMention {
  /** Index of the bloc word (`Khối`, `Cụm`). */
  readonly firstWord: number;
  /** Index of the last word read (the bloc word itself for a bare mention). */
  readonly lastWord: number;
  /** Offset of the bloc word. */
  readonly start: number;
  /** End offset of the last word read. */
  readonly end: number;
  /** The name as written (`Khối thi đua Nội chính`), null for an anaphoric `Khối`, `Khối thi đua`. */
  readonly name: string | null;
  /** Keys of the distinguishing words (`['nội', 'chính']`), without `các`/`những`/`và`; empty when anaphoric. */
  readonly key: readonly string[];
  /** Written with `thi đua` (`Khối thi đua ...`), not the short `Khối ...`. */
  readonly emulation: boolean;
}

/** The one-word bloc words (`khối`, `cụm`); the long forms add `thi đua` after them. */
const BLOC_HEADS = new Set(BLOC_WORDS.filter((w) => !w.includes(' ')));
const STOPS = new PhraseSet(NAME_STOP_WORDS);
const EMULATION_WORDS = new PhraseSet(BLOC_EMULATION_WORDS);
const CATEGORIES = new PhraseSet(BLOC_CATEGORY_NOUNS);
const CONTINUATIONS = new Set(BLOC_NAME_CONTINUATIONS);
const PLURALS = new Set(PLURAL_MARKERS);
const KEY_FILLERS = new Set(BLOC_KEY_FILLERS);
const DANGLING = new Set(BLOC_NAME_DANGLING);
const ANAPHORA_LINKS = new Set(BLOC_ANAPHORA_LINKS);
/** Longest name read, in words: names are short; a longer run is prose. */
const MAX_NAME_WORDS = 16;
/** Lower-case words in a row after the capitalised part of a name (`Nội chính`, `Hội đặc thù`). */
const MAX_FREE_WORDS = 2;

/**
 * Finds every mention of a bloc in a text.
 * Generic mentions (`các khối thi đua`, `16 khối thi đua`, `cụm, khối thi đua`) are left out.
 * @param seq the text and its words
 * @param allCaps the text is an all-caps headline: capitalisation carries no information
 */
export function findBlocMentions(seq: Seq, allCaps: boolean): BlocMention[] {
  const out: BlocMention[] = [];
  for (let i = 0; i < seq.words.length; i++) {
    if (!BLOC_HEADS.has(seq.keys[i] ?? '')) continue;
    const m = readMention(seq, i, allCaps);
    if (m !== null) out.push(m);
  }
  return out;
}

function readMention(seq: Seq, i: number, allCaps: boolean): BlocMention | null {
  const word = seq.words[i];
  if (word === undefined || isGeneric(seq, i)) return null;
  const emulationWords = emulationWordsAt(seq, i + 1);
  const emulation = emulationWords > 0;
  const j = i + 1 + emulationWords;
  const capital = isCapitalised(word.text);
  const last = isSpaceGap(gapBefore(seq.text, seq.words, j)) ? readName(seq, j, { emulation, capital, allCaps }) : -1;
  if (last >= j) {
    const lastWord = seq.words[last];
    if (lastWord !== undefined) {
      return {
        firstWord: i,
        lastWord: last,
        start: word.start,
        end: lastWord.end,
        name: seq.text.slice(word.start, lastWord.end),
        key: seq.keys.slice(j, last + 1).filter((key) => !KEY_FILLERS.has(key)),
        emulation,
      };
    }
  }
  // An unnamed mention: kept when it clearly refers to a bloc (`Khối thi đua đã ...`, `trong Khối:`).
  const prevKey = seq.keys[i - 1] ?? '';
  if (!(emulation || capital || ANAPHORA_LINKS.has(prevKey))) return null;
  const lastRead = i + emulationWords;
  const end = seq.words[lastRead]?.end ?? word.end;
  return { firstWord: i, lastWord: lastRead, start: word.start, end, name: null, key: [], emulation };
}

/** How many words of `thi đua` / `giao ước thi đua` start at `k`, spaces only between them; 0 if none. */
function emulationWordsAt(seq: Seq, k: number): number {
  const n = EMULATION_WORDS.matchAt(seq, k);
  for (let q = k; q < k + n; q++) if (!isSpaceGap(gapBefore(seq.text, seq.words, q))) return 0;
  return n;
}

/** `các khối`, `16 khối`, `cụm, khối thi đua`, `cụm khối thi đua`: blocs in general, not one bloc. */
function isGeneric(seq: Seq, i: number): boolean {
  const prev = seq.words[i - 1];
  const prevKey = seq.keys[i - 1];
  if (prev === undefined || prevKey === undefined) return false;
  const gap = gapBefore(seq.text, seq.words, i);
  if (isSpaceGap(gap)) {
    if (PLURALS.has(prevKey) || isDigits(prev.text)) return true;
    if (BLOC_HEADS.has(prevKey)) return true;
  }
  if (gap.trim() === ',' && BLOC_HEADS.has(prevKey)) return true;
  return false;
}

interface NameOptions {
  readonly emulation: boolean;
  readonly capital: boolean;
  readonly allCaps: boolean;
}

/**
 * Reads a bloc's name from word `j`: `số 1`, a number, or a descriptive phrase
 * (`các cơ quan Trung ương trên địa bàn tỉnh Ninh Thuận`). Returns the index of its last word,
 * or -1 when no name follows (the mention is anaphoric).
 */
function readName(seq: Seq, j: number, opt: NameOptions): number {
  const w = seq.words[j];
  const key = seq.keys[j];
  if (w === undefined || key === undefined) return -1;
  const next = seq.words[j + 1];
  // Numbered blocs: the name ends with the number (`Cụm Thi đua số 1 Bộ TT&TT ...` → `Cụm Thi đua số 1`).
  if (key === 'số' && next !== undefined && (isDigits(next.text) || isRoman(next.text))
    && isSpaceGap(gapBefore(seq.text, seq.words, j + 1))) return j + 1;
  if ((opt.emulation || opt.capital) && ((isDigits(w.text) && w.text.length <= 2) || isRoman(w.text))) return j;
  if (STOPS.matchAt(seq, j) > 0) return -1;
  const startsProper = isCapitalised(w.text) && !isDigits(w.text);
  const startsCategory = CATEGORIES.matchAt(seq, j) > 0
    || ((key === 'các' || key === 'những') && CATEGORIES.matchAt(seq, j + 1) > 0);
  if (!startsProper && !(startsCategory && (opt.emulation || opt.capital))) return -1;
  return walkName(seq, j, opt);
}

/** Walks the words of a descriptive name; see {@link readName}. */
function walkName(seq: Seq, j: number, opt: NameOptions): number {
  let last = -1;
  let sawProper = false;
  let free = 0;
  const end = Math.min(seq.words.length, j + MAX_NAME_WORDS);
  for (let k = j; k < end; k++) {
    const w = seq.words[k];
    const key = seq.keys[k];
    if (w === undefined || key === undefined) break;
    if (k > j && !continuesName(seq, k)) break;
    if (STOPS.matchAt(seq, k) > 0 || isDigits(w.text)) break;
    if (key === 'và') {
      const after = seq.words[k + 1];
      if (after === undefined) break;
      if (isCapitalised(after.text) || CATEGORIES.matchAt(seq, k + 1) > 0) continue;
      const proper = properNameAhead(seq, k + 1);
      if (proper < 0) break;
      k = proper - 1; // the lower-case words up to it are part of the name
      continue;
    }
    if (opt.allCaps || isCapitalised(w.text)) {
      sawProper = true;
      free = 0;
      last = k;
      continue;
    }
    const category = CATEGORIES.matchAt(seq, k);
    if (category > 0) {
      last = k + category - 1;
      k += category - 1;
      continue;
    }
    if (CONTINUATIONS.has(key)) {
      last = k;
      continue;
    }
    free++;
    if (free > MAX_FREE_WORDS) break;
    last = k;
  }
  while (last >= j && DANGLING.has(seq.keys[last] ?? '')) last--;
  // `khối thi đua các đơn vị`, with nothing proper in it, names no particular bloc unless written as a name.
  if (!sawProper && !opt.capital) return -1;
  return last;
}

/** How many lower-case words may sit between `và` and the proper name it leads to. */
const MAX_WORDS_BEFORE_PROPER = 3;

/**
 * The capitalised word that the words from `k` reach within {@link MAX_WORDS_BEFORE_PROPER}
 * lower-case words, spaces only between them, or -1: `và miền núi phía Bắc`, `và vùng Tây
 * Nguyên` go on naming one region; `và ký kết giao ước` does not.
 */
function properNameAhead(seq: Seq, k: number): number {
  for (let n = 0; n <= MAX_WORDS_BEFORE_PROPER; n++) {
    const w = seq.words[k + n];
    if (w === undefined || !isSpaceGap(gapBefore(seq.text, seq.words, k + n)) || isDigits(w.text)) return -1;
    if (STOPS.matchAt(seq, k + n) > 0) return -1;
    if (isCapitalised(w.text)) return k + n;
  }
  return -1;
}

/** Whether word `k` continues the name begun before it, judging by the gap before it. */
function continuesName(seq: Seq, k: number): boolean {
  const gap = gapBefore(seq.text, seq.words, k);
  if (isSpaceGap(gap)) return true;
  const w = seq.words[k];
  if (w === undefined) return false;
  // `các bộ, ngành ...`, `phòng, ban, đơn vị ...`: a comma inside a name only before a category noun.
  if (gap.trim() === ',' && gap.length <= 3) return !isCapitalised(w.text) && CATEGORIES.matchAt(seq, k) > 0;
  if (isDashGap(gap)) return isCapitalised(w.text);
  return false;
}
