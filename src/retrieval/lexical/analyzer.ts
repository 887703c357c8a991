// The English analyser Pyserini indexes BEIR with (Lucene's EnglishAnalyzer): a StandardTokenizer-like word
// splitter, the possessive filter, lowercasing, Lucene's English stop words and the Porter stemmer (Porter 1,
// as Lucene's PorterStemFilter). Its version is stored with every index so scores stay comparable.
import { stemmer } from 'stemmer';

export const ANALYZER_VERSION = 'lucene-english-porter-1';

/** Lucene's EnglishAnalyzer.ENGLISH_STOP_WORDS_SET. */
export const LUCENE_ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'if',
  'in',
  'into',
  'is',
  'it',
  'no',
  'not',
  'of',
  'on',
  'or',
  'such',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'will',
  'with',
]);

const MAX_TOKEN = 255;
const isWord = /[\p{L}\p{N}\p{M}_]/u;
const isLetter = /[\p{L}\p{M}]/u;
const isDigit = /\p{N}/u;

/**
 * UAX#29-style words: runs of letters/digits; `'` `.` `:` join letters ("o'neil", "e.g"), `.` `,` join digits
 * ("3.5", "1,000"). Everything else (hyphens, slashes, brackets) separates.
 */
export function tokenize(text: string): string[] {
  return ASCII.test(text) ? tokenizeAscii(text) : tokenizeUnicode(text);
}

const ASCII = /^[\x00-\x7f]*$/;

/** Character classes of ASCII code units: 1 letter, 2 digit, 3 underscore (a word character, neither). */
function asciiClass(c: number): number {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
  if (c >= 48 && c <= 57) return 2;
  return c === 95 ? 3 : 0;
}

/** tokenizeUnicode's rules on code units, for the common all-ASCII text (no per-character regex or array). */
function tokenizeAscii(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c >= 0 && asciiClass(c) !== 0) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && c >= 0 && i + 1 < n) {
      const prev = asciiClass(text.charCodeAt(i - 1));
      const next = asciiClass(text.charCodeAt(i + 1));
      // ' . : join letters; . , ' join digits (39 ', 46 ., 58 :, 44 ,).
      const midLetter = (c === 39 || c === 46 || c === 58) && prev === 1 && next === 1;
      const midNum = (c === 46 || c === 44 || c === 39) && prev === 2 && next === 2;
      if (midLetter || midNum) continue;
    }
    if (start >= 0) {
      if (i - start <= MAX_TOKEN) out.push(text.slice(start, i));
      start = -1;
    }
  }
  return out;
}

function tokenizeUnicode(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  const chars = Array.from(text);
  for (let i = 0; i <= chars.length; i++) {
    const c = chars[i];
    if (c !== undefined && isWord.test(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && c !== undefined && i + 1 < chars.length) {
      const prev = chars[i - 1] ?? '';
      const next = chars[i + 1] ?? '';
      const midLetter =
        (c === "'" || c === '’' || c === '.' || c === ':') && isLetter.test(prev) && isLetter.test(next);
      const midNum = (c === '.' || c === ',' || c === "'") && isDigit.test(prev) && isDigit.test(next);
      if (midLetter || midNum) continue;
    }
    if (start >= 0) {
      const tok = chars.slice(start, i).join('');
      if (tok.length <= MAX_TOKEN) out.push(tok);
      start = -1;
    }
  }
  return out;
}

/**
 * A string that does not keep the text it was cut from alive: V8 makes a slice of 13 or more characters a view of
 * its parent, so a cache entry keyed by a long token would otherwise hold the whole query or document it came from.
 */
function own(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

const stemCache = new Map<string, string>();

function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    // Lucene's PorterStemFilter leaves tokens with digits alone in effect (the algorithm only rewrites letters).
    s = /^[a-z]+$/.test(word) ? stemmer(word) : word;
    if (stemCache.size < 200_000) {
      s = own(s);
      stemCache.set(own(word), s);
    }
  }
  return s;
}

/** One token → its index term (possessive, lowercase, Porter), or '' for a stop word. */
function termOf(token: string): string {
  let tok = token;
  // EnglishPossessiveFilter: trailing 's / ’s.
  if (tok.length > 2 && /['’][sS]$/.test(tok)) tok = tok.slice(0, -2);
  const lower = tok.toLowerCase();
  return LUCENE_ENGLISH_STOP_WORDS.has(lower) ? '' : stem(lower);
}

/** Text → index terms (possessive, lowercase, stop words, Porter). */
export function analyze(text: string): string[] {
  const out: string[] = [];
  for (const tok of tokenize(text)) {
    const term = termOf(tok);
    if (term !== '') out.push(term);
  }
  return out;
}

/**
 * Search queries' tokens → their terms, memoised apart from the stem cache: that one holds every word of every
 * ingested text (tens of thousands), and a lookup in a table that large misses the CPU caches on a busy search path
 * (about 70 % of a query's analysis). Queries repeat a much smaller vocabulary; the memo is emptied when full.
 */
const queryMemo = new Map<string, string>();
const QUERY_MEMO_MAX = 8192;

/** analyze() for search queries: the same terms. */
export function analyzeQuery(text: string): string[] {
  const out: string[] = [];
  for (const tok of tokenize(text)) {
    let term = queryMemo.get(tok);
    if (term === undefined) {
      term = own(termOf(tok));
      if (queryMemo.size >= QUERY_MEMO_MAX) queryMemo.clear();
      queryMemo.set(own(tok), term);
    }
    if (term !== '') out.push(term);
  }
  return out;
}
