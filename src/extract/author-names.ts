/**
 * Person names from an author value of the page's metadata (`By Jane Doe and John Roe`,
 * `Felix Schröder und Jörg Soldwisch, dpa`, `Elena Oberholzer (obe)`): the prefix a byline opens
 * with goes, lists are split, and values that name no person (an e-mail address, a web address, the
 * publisher itself) are dropped.
 */
import { foldForCompare } from '../text/normalize.js';
import { escapeRegExp } from '../text/regex.js';
import { NAME_LIST_CONJUNCTIONS_VI } from '../vi/name-list-words.js';

/**
 * What opens a byline in the languages of the world's news sites: English `By`, German `Von`,
 * French `Par`, Spanish and Portuguese `Por`, Italian `Di`, Dutch `Door`, Scandinavian `Av`/`Af`,
 * and the labels `Author:`, `Autor:`, `Text:`, `Texto:`.
 */
const BYLINE_PREFIXES = ['by', 'von', 'par', 'por', 'di', 'door', 'av', 'af', 'author:', 'autor:', 'autorin:', 'text:', 'texto:', 'written by'];

/** Words joining two names: `and`, `und`, `et`, `y`, `e`, `en`, `og`, `och`, `i`, `ve`, `&`, and Vietnamese ones. */
const CONJUNCTIONS = ['and', 'und', 'et', 'y', 'e', 'en', 'og', 'och', 'ja', 'i', 've', '&', ...NAME_LIST_CONJUNCTIONS_VI];

const PREFIX_RE = new RegExp(`^(?:${BYLINE_PREFIXES.map(escapeRegExp).join('|')})\\s+`, 'iu');
/** Values are normalised (single spaces), so one optional space around a separator is enough. */
const SPLIT_RE = new RegExp(` ?[,;|/] ?| (?:${CONJUNCTIONS.map(escapeRegExp).join('|')}) `, 'iu');
/** A short note in brackets after a name: a handle `(obe)`, a role `(Text)`. */
const TRAILING_NOTE_RE = / ?[([][^()[\]]{1,30}[)\]]$/u;
const EMAIL_RE = /^[^\s@]{1,64}@[^\s@]{1,255}$/;
const URL_RE = /^(?:https?:|www\.)|^[\w-]{1,63}(?:\.[\w-]{1,63}){0,3}\.[a-z]{2,6}$/iu;
/** A name has letters; most people's names have at most six words. */
const LETTER_RE = /\p{L}/u;
const MAX_NAME_WORDS = 6;
const MAX_NAMES = 10;

/** The name without a byline's opening word (`By Jane Doe` → `Jane Doe`). */
export function withoutBylinePrefix(name: string): string {
  return name.replace(PREFIX_RE, '');
}

/** A candidate name, or null when it names no one (an e-mail, a web page, a sentence). */
function cleanName(raw: string): string | null {
  const name = withoutBylinePrefix(raw).replace(TRAILING_NOTE_RE, '').trim();
  if (!name || !LETTER_RE.test(name) || EMAIL_RE.test(name) || /^(?:https?:|www\.)/i.test(name)) return null;
  if (name.split(' ').length > MAX_NAME_WORDS) return null;
  return name;
}

/** What one source's author values name. */
export interface AuthorNames {
  /** People (and agencies) named as authors, each once. */
  readonly people: string[];
  /** The publication itself given as author (its name or web address): a byline only when no one else is named. */
  readonly publication: string[];
}

/**
 * The names in `values` (one source's author values).
 *
 * @param publishers the publisher's names: an author equal to one names the publication, not a person
 */
export function authorNames(values: readonly string[], publishers: readonly string[]): AuthorNames {
  const publisherKeys = new Set(publishers.map(foldForCompare));
  const people: string[] = [];
  const publication: string[] = [];
  for (const value of values) {
    for (const part of withoutBylinePrefix(value).split(SPLIT_RE)) {
      const name = cleanName(part);
      if (!name || people.includes(name) || publication.includes(name)) continue;
      if (publisherKeys.has(foldForCompare(name)) || URL_RE.test(name)) publication.push(name);
      else if (people.length < MAX_NAMES) people.push(name);
    }
  }
  return { people, publication };
}
