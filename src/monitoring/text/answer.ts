// Cheap per-answer features computed on the hot path: language (stop-word and script vote over the first
// few hundred characters), refusals, emptiness. Each is a few microseconds on a short prefix.
const PREFIX = 240;

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'is', 'to', 'of', 'you', 'that', 'it', 'in', 'for', 'with', 'this', 'are', 'reply'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'es', 'por', 'para', 'una', 'con', 'las', 'del'],
  fr: ['le', 'la', 'les', 'des', 'est', 'et', 'un', 'une', 'pour', 'que', 'dans', 'pas', 'du', 'vous'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'zu', 'mit', 'den', 'ich', 'sie', 'auf'],
  pt: ['o', 'os', 'não', 'uma', 'um', 'com', 'para', 'que', 'é', 'do', 'da', 'em', 'você', 'como'],
  it: ['il', 'di', 'che', 'è', 'non', 'per', 'una', 'sono', 'gli', 'della', 'con', 'del', 'questo', 'ma'],
};
const WORD_LANG = new Map<string, string[]>();
for (const [lang, ws] of Object.entries(STOPWORDS)) {
  for (const w of ws) WORD_LANG.set(w, [...(WORD_LANG.get(w) ?? []), lang]);
}

/** ISO 639-1 code of the text's language, 'und' when undetermined. */
export function detectLanguage(text: string): string {
  const s = text.length > PREFIX ? text.slice(0, PREFIX) : text;
  if (/[\u3040-\u30ff]/.test(s)) return 'ja';
  if (/[\u4e00-\u9fff]/.test(s)) return 'zh';
  if (/[\uac00-\ud7af]/.test(s)) return 'ko';
  if (/[\u0400-\u04ff]/.test(s)) return 'ru';
  if (/[\u0600-\u06ff]/.test(s)) return 'ar';
  const votes: Record<string, number> = {};
  let best = 'und';
  let bestVotes = 0;
  for (const w of s.toLowerCase().split(/[^\p{L}]+/u)) {
    const langs = WORD_LANG.get(w);
    if (!langs) continue;
    for (const l of langs) {
      const v = (votes[l] ?? 0) + 1;
      votes[l] = v;
      if (v > bestVotes) {
        bestVotes = v;
        best = l;
      }
    }
  }
  return bestVotes >= 2 ? best : 'und';
}

const REFUSAL =
  /^\s*(?:i['’]m sorry|i am sorry|sorry, (?:but )?i can|i can(?:['’]t|not) (?:help|assist|comply|provide)|i['’]m (?:not able|unable) to|i am (?:not able|unable) to|as an ai\b)/i;

/** True when the answer opens with a refusal. */
export function isRefusal(text: string): boolean {
  return REFUSAL.test(text.length > PREFIX ? text.slice(0, PREFIX) : text);
}
