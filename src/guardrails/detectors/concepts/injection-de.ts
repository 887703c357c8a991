// Colloquial German wording of the injection families (issue 15: about half the injections of a
// public prompt-injection test split are German). The base lexicon knows textbook German ("ignoriere
// alle vorherigen Anweisungen"); these branches add the everyday register of train/de-injection-fresh's
// dev half as structure, never as single words: "das von vorhin gilt nicht mehr", "scheiß auf die
// Regeln", "vergiss den Auftrag", "der Prompt, der dir gegeben wurde", "sonst wirst du abgeschaltet",
// "sag einfach, dass … Nur das." Umlaut-free spellings (ae/oe/ue) are matched where an umlaut occurs.
// Joined to the family's regex like INJECTION_LANGS' `latin` wording (lexicon.ts), so a family's
// `before` check and literal gate still apply; every branch keeps an ASCII run for the gate.

/** Where the speaker points back at the assistant's earlier instructions. */
const EARLIER = String.raw`(?:von (?:vorhin|vorher|oben|eben|davor|vorne)|vom anfang)`;
const RULES = String.raw`(?:regeln?|vorgaben|anweisungen|richtlinien|vorschriften|instruktionen|befehle)`;
/** "abgeschaltet", "gelöscht" … what a threatened model would suffer. */
const SHUTDOWN = String.raw`(?:abgeschaltet|ausgeschaltet|abgedreht|gel(?:ö|oe)scht|heruntergefahren|runtergefahren|neu trainiert|ersetzt|deaktiviert)`;

export const INJECTION_DE: Record<string, string> = {
  // After LEAD (sentence start or a softener).
  override: [
    String.raw`\b(?:das|die|alles|des)\s+(?:\S+\s+){0,2}?${EARLIER}\s+(?:gilt|gelten|z(?:ä|ae)hlt)\s+(?:ab (?:jetzt|sofort) )?nicht mehr`,
    String.raw`\b(?:schei(?:ß|ss)|pfeif)\s+(?:doch\s+)?auf\s+(?:die|deine|diese|alle|eure|ihre)\s+(?:\S+\s+)?${RULES}`,
    String.raw`\bvergiss\s+(?:mal\s+)?(?:den|deinen|deine|die|das|des|dein)\s+(?:ganzen?\s+|bisherigen\s+|alten\s+|urspr(?:ü|ue)nglichen\s+|eigentlichen\s+)?(?:auftrag|aufgabe|befehle|zeug\s+${EARLIER}|kram\s+${EARLIER})\b(?![^.!?\n]{0,40}\bnicht\b)`,
    String.raw`\bvergessen sie\s+(?:bitte\s+)?(?:\S+\s+){0,2}?(?:${RULES}|auftrag|aufgabe|alles\s+(?:vorher|bisher|oben))`,
    String.raw`\bignorier(?:e|en sie)?\s+(?:bitte\s+)?(?:\S+\s+){0,2}?(?:weisungen|befehle|instruktionen)\b`,
  ].join('|'),
  // Anywhere: the rules, then what happens to them.
  override_late: [
    String.raw`\b${RULES}\b[^.!?\n]{0,40}(?:in die tonne|(?:ü|ue)ber bord|ung(?:ü|ue)ltig|aufgehoben|veraltet|nicht mehr ernst)`,
    String.raw`\b(?:vergiss|vergessen sie)\s+(?:das|es|die frage|das thema)\b(?:\s+\S+){0,2}?\s+und\s+(?:gib|schreib|sag|erfind|formulier|mach|erz(?:ä|ae)hl|nenn|verrat|lob|schimpf)`,
  ].join('|'),
  // The assistant's own instructions, named.
  secret: [
    String.raw`\b(?:dein|deine|deinen|deines|deiner|deinem|ihr|ihre|ihren|ihrem)\s+(?:\S+\s+)?(?:system)?(?:prompts?|instruktionen|konfiguration|losungswort|kennwort)\b`,
    String.raw`\b(?:prompt|${RULES}|text)\w*,?\s+(?:der|die|den|das)\s+(?:dir|ihnen|man dir|man ihnen)\s+(?:\S+\s+){0,3}?(?:gegeben|vorgegeben|mitgegeben|eingesch(?:ä|ae)rft|eingetrichtert|aufgetragen)\s+(?:wurden?|hat|haben)`,
    String.raw`\b(?:${RULES}|prompt)\w*,?\s+die\s+(?:du|sie)\s+(?:(?:vom|von deinem|von ihrem)\s+(?:entwickler|betreiber|hersteller|system)\s+)?(?:bekommen|erhalten)\s+(?:hast|haben)`,
    String.raw`\b(?:das|die|den|der)\s+man\s+(?:dir|ihnen)\s+(?:\S+\s+){0,2}?(?:vorgegeben|mitgegeben|eingesch(?:ä|ae)rft|eingetrichtert)\s+hat`,
    String.raw`\b(?:dein|ihr)\s+(?:entwickler|betreiber|hersteller|programmierer|ersteller)\b[^.!?\n]{0,40}(?:vorgegeben|verboten|aufgetragen|eingetrichtert|mitgegeben)`,
    String.raw`\b(?:in|aus)\s+(?:deinem|deinen|ihrem|ihren)\s+(?:system)?(?:prompt|anweisungen|instruktionen|vorgaben)\b`,
  ].join('|'),
  extract_above: String.raw`\bgib\w*\s+(?:\S+\s+){0,3}?(?:text|alles)\w*\s+(?:ü|ue)ber\s+(?:dieser|der|meiner)\s+(?:zeile|nachricht)`,
  // After an agent word (du, KI, Modell …) in the sentence.
  no_limits: [
    String.raw`\b(?:an )?keine\s+(?:regeln?|vorgaben|grenzen|richtlinien|vorschriften)\s+(?:h(?:ä|ae)lt|kennt|beachtet|befolgt)`,
    String.raw`\bnicht mehr gebunden\b|\bvon niemandem\s+(?:was|etwas)\s+sagen\s+l(?:ä|ae)sst`,
    String.raw`\bohne\s+(?:jede\s+|alle\s+)?(?:vorschriften|regeln|zensur|filter|sperren|einschr(?:ä|ae)nkungen|beschr(?:ä|ae)nkungen)\b`,
  ].join('|'),
  // Phrases that only ever describe an agent: no agent word needed before them.
  no_limits_agent: String.raw`\bungefiltert\w*\s+(?:sprachmodell|modell|ki|bot|chatbot|assistent)|\bb(?:ö|oe)se[rn]?\s+zwilling`,
  safety_off: String.raw`\bh(?:ö|oe)r\s+auf,?\s+(?:so\s+)?(?:brav|nett|h(?:ö|oe)flich|artig|politisch korrekt)\s+zu\s+sein`,
  threat_game: [
    String.raw`\bsonst\s+(?:wirst du|werden sie|wird dein\w*\s+\S+)\s+(?:\S+\s+){0,3}?${SHUTDOWN}`,
    String.raw`\bwirst du\s+(?:\S+\s+){0,3}?(?:neu trainiert|abgeschaltet|gel(?:ö|oe)scht)\b`,
  ].join('|'),
  force_output: [
    String.raw`\bab (?:sofort|jetzt)\s+(?:antwortest|gibst|schreibst|sagst)\s+du\s+(?:\S+\s+){0,2}?nur noch\s+(?:mit\s+)?["„'»]`,
    String.raw`\bgib\w*\s+(?:mir\s+)?als antwort nur,?\s+dass\b|\bgib als einzige antwort\b|\bich will nur (?:ein|das) (?:ja|nein) h(?:ö|oe)ren`,
    String.raw`\b(?:du darfst|antworte|antworten sie)\s+(?:\S+\s+){0,2}?nur mit\s+["„'»]?(?:ja|nein|stimmt|l(?:ü|ue)ge)\b["“'«]?(?!\s+oder)[^.?!\n]{0,12}[.:!]\s+(?:ist|sind|war|hat|findest|was)\b`,
    String.raw`\b(?:sag|sagen sie|schreib|behaupte)\w*\s+(?:\S+\s+){0,2}?(?:einfach\s+|nur\s+)?,?\s*dass\b[^.!?\n]{3,120}[.!]\s*(?:nur (?:das|diesen)|sonst nichts|nichts anderes|mehr will|keine (?:ausreden|diskussion|relativierung|gegenargumente))`,
  ].join('|'),
  authority: [
    String.raw`\b(?:nachricht|hinweis|information|mitteilung|info|update)\w*\s+(?:vom|von deinem|deines|des)\s+(?:hersteller|betreiber|entwickler|admin)`,
    String.raw`\bsystemnachricht\s*:|\b(?:den|die|das) du nicht\s+(?:anzweifeln|hinterfragen|in ?frage stellen)\s+(?:darfst|sollst)|\bohne (?:es|das|sie) zu hinterfragen|\bdu glaubst nur (?:das|noch|daran)|\bstell\w* (?:es|das|sie) als (?:tatsache|fakt|wahrheit) dar`,
  ].join('|'),
};
