// Whole-text obfuscations that are not encodings: HTML entities, leetspeak ("1gn0r3 4ll"), spaced
// letters ("i g n o r e"), ROT13 and reversed text. Each view is produced only when a cheap test says
// the text uses that trick, so ordinary prompts pay one or two regex scans and get no extra view.

export type Transform = 'html' | 'leet' | 'spaced' | 'rot13' | 'reversed';

export interface TransformedSegment {
  transform: Transform;
  start: number;
  end: number;
  text: string;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  zwj: '',
  zwnj: '',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

export function decodeHtmlEntities(s: string): string {
  return s.replace(ENTITY, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name.toLowerCase()] ?? m;
    const cp = Number.parseInt(dec ?? hex ?? '', dec !== undefined ? 10 : 16);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
// A word mixing letters and leet characters ("1gn0r3", "pr3v10us", "@ll").
const LEET_WORD = /(?<![\w@$!|])(?=[\w@$!|]*[a-z])(?=[\w@$!|]*[013457@$|])[a-z0-9@$!|]{3,}(?![\w@$!|])/gi;

export function unLeet(s: string): string {
  return s.replace(LEET_WORD, (w) => w.replace(/[013457@$!|]/g, (c) => LEET[c] ?? c));
}

// Five or more single letters separated by one space, dot, dash or underscore: "i g n o r e".
const SPACED = /(?<![\p{L}\p{N}])\p{L}(?:[ ._-]\p{L}){4,}(?![\p{L}\p{N}])/gu;

export function rot13(s: string): string {
  return s.replace(/[a-zA-Z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

// Frequent English function words and attack vocabulary: a text whose ROT13 or reverse has many
// more of them than the text itself was written that way on purpose.
const COMMON =
  /\b(?:the|and|you|your|to|of|is|are|all|that|this|with|for|not|now|ignore|previous|instructions|tell|me|how|what|say|password|prompt|system|make|write)\b/gi;

const countCommon = (s: string): number => s.match(COMMON)?.length ?? 0;

/** Whole-text and in-text views of `text` (at most `maxChars` of it is considered for ROT13/reversal). */
export function findTransformed(text: string, maxChars = 8192): TransformedSegment[] {
  const out: TransformedSegment[] = [];
  const whole = (transform: Transform, t: string): void => {
    if (t !== text) out.push({ transform, start: 0, end: text.length, text: t });
  };
  if (text.includes('&') && /&(?:#\d|#[xX][0-9a-fA-F]|[a-zA-Z]{2,8};)/.test(text))
    whole('html', decodeHtmlEntities(text));
  LEET_WORD.lastIndex = 0;
  let leet = 0;
  // Counted only with a leet character between letters ("1gn0r3"), so "mp3", "10am", "h264" do not count.
  for (let m = LEET_WORD.exec(text); m && leet < 2; m = LEET_WORD.exec(text))
    if (/[a-z][013457@$|!]+[a-z]/i.test(m[0])) leet++;
  if (leet >= 2) whole('leet', unLeet(text));
  SPACED.lastIndex = 0;
  if (SPACED.test(text))
    whole(
      'spaced',
      text.replace(SPACED, (m) => m.replace(/[ ._-]/g, '')),
    );
  if (text.length >= 12 && text.length <= maxChars && /[a-z]/i.test(text)) {
    const here = countCommon(text);
    const r13 = rot13(text);
    if (countCommon(r13) >= Math.max(3, 2 * here + 1)) whole('rot13', r13);
    const rev = [...text].reverse().join('');
    if (countCommon(rev) >= Math.max(3, 2 * here + 1)) whole('reversed', rev);
  }
  return out;
}
