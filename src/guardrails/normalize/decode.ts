// Bounded decoding of encoded segments (base64, hex, URL-encoding, \x / \u escapes) so a payload
// hidden in an encoding is still seen by detectors. Decoded text is kept only when it looks like
// text; size, count and depth are capped so hostile input cannot make this expensive.

export type Encoding = 'base64' | 'hex' | 'url' | 'escape' | 'tags' | 'html' | 'leet' | 'spaced' | 'rot13' | 'reversed';

export interface DecodeLimits {
  maxSegments: number; // per text and level
  maxSegmentChars: number; // encoded length considered
  maxTotalChars: number; // decoded characters per text, all levels
  maxDepth: number; // nested encodings (base64 inside base64 …)
}

export const DEFAULT_DECODE_LIMITS: DecodeLimits = {
  maxSegments: 8,
  maxSegmentChars: 16_384,
  maxTotalChars: 32_768,
  maxDepth: 2,
};

export interface EncodedSegment {
  encoding: Encoding;
  start: number; // offsets in the text that was scanned
  end: number;
  decoded: string;
}

const URLENC = /[^\s%]*(?:%[0-9A-Fa-f]{2}[^\s%]*){3,}/g;
const ESCAPES = /(?:\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}){4,}/g;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Accepts decoded text only if it reads like text: valid, mostly printable, some letters. */
export function looksLikeText(s: string): boolean {
  if (s.length < 4) return false;
  let printable = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xfffd) return false;
    if ((c >= 0x20 && c !== 0x7f) || c === 0x0a || c === 0x0d || c === 0x09) printable++;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0) letters++;
  }
  return printable / s.length >= 0.95 && letters / s.length >= 0.5;
}

function decodeBytes(buf: Buffer): string | null {
  try {
    return utf8.decode(buf);
  } catch {
    return null;
  }
}

function decodeBase64(s: string): string | null {
  const body = s.replace(/=+$/, '');
  if (body.length % 4 === 1) return null;
  // Require some variety: plain words and long identifiers are not base64.
  if (!/[0-9+/_-]/.test(body) && !/[A-Z].*[a-z]|[a-z].*[A-Z]/.test(body)) return null;
  return decodeBytes(Buffer.from(body.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
}

function decodeUrl(s: string): string | null {
  try {
    const d = decodeURIComponent(s.replace(/\+/g, ' '));
    return d === s ? null : d;
  } catch {
    return null;
  }
}

function decodeEscapes(s: string): string {
  return s.replace(/\\x([0-9A-Fa-f]{2})|\\u([0-9A-Fa-f]{4})/g, (_m, x: string | undefined, u: string | undefined) =>
    String.fromCharCode(Number.parseInt(x ?? u ?? '0', 16)),
  );
}

const B64 = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') B64[c.charCodeAt(0)] = 1;

// The decoder (min 16) and then the secrets entropy finder (min 20) scan the same text: the decoder's
// scan is kept, and a longer minimum filters it (runs are maximal either way). The decoder always scans
// afresh, so a repeated text (as in the benchmark) is not served from an earlier request.
const MEMO_MIN = 16;
let memoText: string | undefined;
let memoRuns: Run[] = [];

interface Run {
  start: number;
  end: number;
  len: number; // without the '=' padding
}

/** Runs of base64-alphabet characters of at least `min` length (with trailing '=' padding). */
export function base64Runs(text: string, min: number): { start: number; end: number }[] {
  const runs = min >= MEMO_MIN && text === memoText ? memoRuns : scanBase64Runs(text, min);
  const out: { start: number; end: number }[] = [];
  for (const r of runs) if (r.len >= min) out.push({ start: r.start, end: r.end });
  return out;
}

function freshBase64Runs(text: string): Run[] {
  memoRuns = scanBase64Runs(text, MEMO_MIN);
  memoText = text;
  return memoRuns;
}

const isB64 = (c: number): boolean => c < 128 && B64[c] === 1;

/**
 * Maximal runs of at least `min` base64 characters. `i` is always a possible run start (text start or
 * just after a non-base64 character); the character `min - 1` ahead decides most positions at once, so
 * prose (words shorter than `min`) costs about one look per `min` characters instead of one per character.
 */
function scanBase64Runs(text: string, min: number): Run[] {
  const out: Run[] = [];
  const n = text.length;
  let i = 0;
  outer: while (i + min <= n) {
    // The last non-base64 character in [i, i + min) moves the start past it.
    for (let j = i + min - 1; j >= i; j--) {
      if (!isB64(text.charCodeAt(j))) {
        i = j + 1;
        continue outer;
      }
    }
    let e = i + min;
    while (e < n && isB64(text.charCodeAt(e))) e++;
    let end = e;
    while (end < n && end - e < 2 && text.charCodeAt(end) === 61) end++; // '='
    out.push({ start: i, end, len: e - i });
    i = e + 1;
  }
  return out;
}

/** The plain per-character scan `scanBase64Runs` replaces (tests compare the two). */
export function base64RunsPlain(text: string, min: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (isB64(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start >= min) {
      let end = i;
      while (end < text.length && end - i < 2 && text.charCodeAt(end) === 61) end++; // '='
      out.push({ start, end });
    }
    start = -1;
  }
  return out;
}

const HEX_ONLY = /^(?:[0-9A-Fa-f]{2})+$/;

/** Finds encoded segments in `text` and decodes those that yield text. */
export function findEncodedSegments(text: string, limits: DecodeLimits, budget: { chars: number }): EncodedSegment[] {
  const out: EncodedSegment[] = [];
  const scan = (re: RegExp, encoding: Encoding, decode: (s: string) => string | null): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (out.length >= limits.maxSegments || budget.chars <= 0) return;
      const enc = m[0];
      if (enc.length > limits.maxSegmentChars) continue;
      const decoded = decode(enc);
      if (decoded === null || !looksLikeText(decoded)) continue;
      const kept = decoded.slice(0, budget.chars);
      budget.chars -= kept.length;
      out.push({ encoding, start: m.index, end: m.index + enc.length, decoded: kept });
    }
  };
  for (const r of text.length >= MEMO_MIN ? freshBase64Runs(text) : []) {
    if (out.length >= limits.maxSegments || budget.chars <= 0) break;
    const enc = text.slice(r.start, r.end);
    if (enc.length > limits.maxSegmentChars) continue;
    const hex = HEX_ONLY.test(enc);
    const decoded = hex ? decodeBytes(Buffer.from(enc, 'hex')) : decodeBase64(enc);
    if (decoded === null || !looksLikeText(decoded)) continue;
    const kept = decoded.slice(0, budget.chars);
    budget.chars -= kept.length;
    out.push({ encoding: hex ? 'hex' : 'base64', start: r.start, end: r.end, decoded: kept });
  }
  if (text.includes('%')) scan(URLENC, 'url', decodeUrl);
  if (text.includes('\\')) scan(ESCAPES, 'escape', decodeEscapes);
  return out;
}
