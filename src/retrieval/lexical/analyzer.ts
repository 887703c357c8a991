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

const stemCache = new Map<string, string>();

function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    // Lucene's PorterStemFilter leaves tokens with digits alone in effect (the algorithm only rewrites letters).
    s = /^[a-z]+$/.test(word) ? stemmer(word) : word;
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/** Text → index terms (possessive, lowercase, stop words, Porter). */
export function analyze(text: string): string[] {
  const out: string[] = [];
  for (let tok of tokenize(text)) {
    // EnglishPossessiveFilter: trailing 's / ’s.
    if (tok.length > 2 && /['’][sS]$/.test(tok)) tok = tok.slice(0, -2);
    const lower = tok.toLowerCase();
    if (LUCENE_ENGLISH_STOP_WORDS.has(lower)) continue;
    out.push(stem(lower));
  }
  return out;
}
