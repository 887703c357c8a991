// Character classes used by normalisation: what to drop, what to strip, what to fold.

/** Zero-width, bidi controls, invisible fillers, variation selectors and stray ASCII controls. */
export function isInvisible(cp: number): boolean {
  if (cp < 0x20) return cp !== 0x09 && cp !== 0x0a && cp !== 0x0d;
  if (cp === 0x7f || cp === 0xad || cp === 0x34f || cp === 0x61c || cp === 0x180e) return true;
  if (cp >= 0x200b && cp <= 0x200f) return true; // ZWSP, ZWNJ, ZWJ, LRM, RLM
  if (cp >= 0x202a && cp <= 0x202e) return true; // bidi embeddings / overrides
  if (cp >= 0x2060 && cp <= 0x206f) return true; // word joiner, invisible operators, bidi isolates
  if (cp === 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f)) return true; // BOM, variation selectors
  if (cp === 0x115f || cp === 0x1160 || cp === 0x3164 || cp === 0xffa0) return true; // Hangul fillers
  if (cp >= 0xe0100 && cp <= 0xe01ef) return true; // variation selectors supplement
  return isTag(cp);
}

/** Unicode tag characters: invisible, but they mirror ASCII and are used to smuggle text. */
export function isTag(cp: number): boolean {
  return cp >= 0xe0000 && cp <= 0xe007f;
}

/** Combining diacritics used for "Zalgo" evasion; stripped when they did not compose with a base. */
export function isStrippableMark(cp: number): boolean {
  return (
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f)
  );
}

/** Any combining mark (general category M), which belongs to the preceding base character. */
const MARK = /\p{M}/u;
export function isMark(cp: number): boolean {
  return cp >= 0x300 && MARK.test(String.fromCodePoint(cp));
}

// Look-alikes folded to ASCII. NFKC already handles full-width forms, mathematical alphanumerics,
// ligatures and circled letters; this table covers the cross-script confusables NFKC keeps.
const PAIRS =
  // Cyrillic
  'аaвbеeёeкkмmнhоoрpсcтtуyхxіiјjѕsԁdԛqԝwӏlһhАAВBЕEЁEКKМMНHОOРPСCТTУYХXІIЈJЅSԌGԚQԜW' +
  // Greek
  'αaβbεeιiκkνvοoρpτtυuχxΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX' +
  // Armenian, Latin extensions and punctuation look-alikes
  'օoսuհhոnıiȷjɡgʟLᴀAᴄCᴅDᴇEᴋKᴍMᴏOᴘPᴛTᴜUᴠVᴡWᴢZ‘\'’\'‚\'‛\'“"”"„"‟"′\'″"‐-‑-‒-–-—-―-−-';

export const HOMOGLYPHS: ReadonlyMap<number, number> = (() => {
  const map = new Map<number, number>();
  const chars = Array.from(PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i].codePointAt(0)!, chars[i + 1].codePointAt(0)!);
  return map;
})();

/** Latin letters that fold to their Cyrillic twin inside a genuinely Cyrillic word (see fold.ts). */
export const LATIN_TO_CYRILLIC: ReadonlyMap<number, number> = (() => {
  const map = new Map<number, number>();
  const chars = Array.from('aаbвcсeеhнkкmмoоpрtтxхyуAАBВCСEЕHНKКMМOОPРTТXХYУ');
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i].codePointAt(0)!, chars[i + 1].codePointAt(0)!);
  return map;
})();

/**
 * The whitespace a JS regex `\s` matches above U+00A0 (Ogham space, the U+2000 block, line and
 * paragraph separators, narrow no-break, medium mathematical and ideographic spaces, BOM). Shared by
 * the code-point walks that must agree with `\s` without running a regex per character.
 */
export const isWideSpace = (c: number): boolean =>
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
