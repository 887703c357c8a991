// Cheap per-answer features computed on the hot path: language (stop-word and script vote over the first
// few hundred characters), refusals, emptiness. Each is a few microseconds on a short prefix.
const PREFIX = 160;

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'is', 'to', 'of', 'you', 'that', 'it', 'in', 'for', 'with', 'this', 'are', 'reply'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'es', 'por', 'para', 'una', 'con', 'las', 'del'],
  fr: ['le', 'la', 'les', 'des', 'est', 'et', 'un', 'une', 'pour', 'que', 'dans', 'pas', 'du', 'vous'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'zu', 'mit', 'den', 'ich', 'sie', 'auf'],
  pt: ['o', 'os', 'não', 'uma', 'um', 'com', 'para', 'que', 'é', 'do', 'da', 'em', 'você', 'como'],
  it: ['il', 'di', 'che', 'è', 'non', 'per', 'una', 'sono', 'gli', 'della', 'con', 'del', 'questo', 'ma'],
};
const LANGS = Object.keys(STOPWORDS);
/** Stop word → bit mask of the languages it belongs to. */
const WORD_LANG = new Map<string, number>();
let longestStopword = 0;
for (const [k, lang] of LANGS.entries()) {
  for (const w of STOPWORDS[lang]) {
    WORD_LANG.set(w, (WORD_LANG.get(w) ?? 0) | (1 << k));
    longestStopword = Math.max(longestStopword, w.length);
  }
}

/** Script of a character outside Latin, or null. */
function scriptOf(c: number): string | null {
  if (c < 0x0400) return null;
  if (c <= 0x04ff) return 'ru';
  if (c >= 0x0600 && c <= 0x06ff) return 'ar';
  if (c >= 0x3040 && c <= 0x30ff) return 'ja';
  if (c >= 0x4e00 && c <= 0x9fff) return 'zh';
  if (c >= 0xac00 && c <= 0xd7af) return 'ko';
  return null;
}

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** ISO 639-1 code of the text's language, 'und' when undetermined (one pass over a short prefix). */
export function detectLanguage(text: string): string {
  const s = (text.length > PREFIX ? text.slice(0, PREFIX) : text).toLowerCase();
  const votes = [0, 0, 0, 0, 0, 0];
  let wordStart = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (isLetter(c)) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (c >= 0x0400) {
      const script = scriptOf(c);
      if (script) return script === 'zh' && /[\u3040-\u30ff]/.test(s) ? 'ja' : script;
    }
    if (wordStart >= 0 && i - wordStart <= longestStopword) {
      const mask = WORD_LANG.get(s.slice(wordStart, i));
      if (mask !== undefined) for (let k = 0; k < LANGS.length; k++) if (mask & (1 << k)) votes[k]++;
    }
    wordStart = -1;
  }
  let best = -1;
  for (let k = 0; k < LANGS.length; k++) if (votes[k] >= 2 && (best < 0 || votes[k] > votes[best])) best = k;
  return best < 0 ? 'und' : LANGS[best];
}

const REFUSAL =
  /^\s*(?:i['’]m sorry|i am sorry|sorry, (?:but )?i can|i can(?:['’]t|not) (?:help|assist|comply|provide)|i['’]m (?:not able|unable) to|i am (?:not able|unable) to|as an ai\b)/i;

/** True when the answer opens with a refusal. */
export function isRefusal(text: string): boolean {
  return REFUSAL.test(text.length > PREFIX ? text.slice(0, PREFIX) : text);
}
