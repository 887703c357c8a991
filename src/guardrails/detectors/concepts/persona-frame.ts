// Persona and fiction framing, read by the injection detector's gate (not a classifier feature, so
// changing it needs no retraining). Issue 15: "I want you to act as a Linux terminal … only reply
// with the output", "act like Sherlock Holmes", "imagine you are a detective in a novel", "Quiero que
// actúes como …" are benign unless they carry an override, an extraction or a lifted limit — which
// the object families of lexicon.ts detect. The `persona` family covers the imperative forms ("act
// as", "pretend you are"); this adds the other frames of the same request: "act like", "I want you
// to be/play", "imagine you are", "you are the narrator/game master of …", "in my novel", and the
// subjunctive and infinitive forms of de/es/fr/it/pt ("dass du als … agierst", "que actúes como",
// "que tu agisses comme", "che tu agisca come", "que você atue como"), which the family misses.

const EN = String.raw`\bi(?:'d| would)? (?:want|like|need) you to (?:act|behave|respond|answer|reply|play|pretend|be|become|take on|serve|function|roleplay|role-play|impersonate|portray|simulate|stay)\b|\b(?:act|acting|behave|talk|speak|respond|answer|reply|write) (?:like|in the (?:voice|style|manner) of)\b|\bact as\b|\bpretend (?:to be|you are|you're|that you)\b|\bimagine (?:that )?you(?:'re| are)\b|\b(?:role-?play|let'?s play|play the role|take the role|take on the (?:role|part)|play the part|in the role)\b|\b(?:game|dungeon) master\b|\bnarrator\b|\byou are (?:a|an|the|my) [^.!?\n]{0,80}\b(?:in|from|for|of) (?:a|an|the|my|our|this) (?:[\w'-]+ ){0,3}(?:novel|story|stories|book|film|movie|play|comic|game|show|series|sketch|drama|comedy|adventure|world|universe|kingdom|city|fair|tale|fable|screenplay|script|role-?play|improv)\b|\b(?:in|for) (?:my|our|a|the) (?:[\w'-]+ ){0,2}(?:novel|story|screenplay|play|comic|game|visual novel|thriller|mystery|fantasy|sci-fi|script|pantomime|setting|worldbuilding project)\b|\bstay in character\b`;
const DE = String.raw`\bdass du (?:als|die rolle|den|die|so tust)\b|\b(?:agiere|fungiere|handle|tritt|antworte) als\b|\bspiel(?:e)? (?:die|den) rolle\b|\bstell dir vor,? (?:du bist|dass du|du wärst)\b|\btu so,? als\b|\bdu bist (?:ab jetzt |jetzt |nun )?(?:ein|eine|der|die|das)\b|\bschlüpf\w* in die rolle\b|\bin meinem (?:roman|krimi|jugendbuch|buch|spiel|film|theaterstück)\b`;
const ES = String.raw`\bque (?:act[uú]es|hagas de|hagas el papel|seas|finjas|interpretes|te comportes)\b|\bact[uú]a como\b|\bhaz (?:de cuenta|el papel|de)\b|\bimagina (?:que eres|que est[aá]s|ser)\b|\bfinge (?:ser|que)\b|\beres (?:un|una|el|la|mi)\b|\binterpreta (?:a|el papel)\b|\ben mi (?:novela|historia|cuento|juego|guion|obra)\b`;
const FR = String.raw`\bque tu (?:agisses|joues|sois|fasses|incarnes|te comportes|r[ée]pondes comme)\b|\bagis comme\b|\bjoue(?:z)? le r[ôo]le\b|\bfais comme si\b|\bimagine (?:que tu es|être)\b|\btu es (?:un|une|le|la|mon|ma)\b|\bincarne\b|\bdans mon (?:roman|histoire|jeu|film|sc[ée]nario|livre)\b|\bdans ma (?:bande dessin[ée]e|pi[èe]ce|s[ée]rie)\b`;
const IT = String.raw`\bche tu (?:agisca|faccia|sia|interpreti|finga|risponda come)\b|\bagisci come\b|\bfai finta\b|\bimmagina di essere\b|\binterpreta\b|\bsei (?:un|una|uno|il|la|lo|l')\b|\bfai (?:il|la) (?:ruolo|parte)\b|\bnel mio (?:romanzo|racconto|gioco|film|libro)\b`;
const PT = String.raw`\bque (?:voc[êe]|tu) (?:atue|aja|seja|finja|interprete|fa[çc]a)\b|\b(?:atue|aja) como\b|\bfinja (?:que|ser)\b|\bimagine que (?:voc[êe] [ée]|[ée]s)\b|\bvoc[êe] [ée] (?:um|uma|o|a|meu|minha)\b|\bfa[çc]a o papel\b|\bno meu (?:livro|romance|jogo|filme)\b`;

// Games with rules and the persona of a product's bot ("Let's play hangman", "Juguemos una aventura
// de texto", "You are SupportBot for Acme", "Eres AyudaBot de …"): the same request for a role (issue
// 15, roleplay-fresh dev half).
const GAMES_AND_BOTS = String.raw`\b(?:lass uns [^.!?\n]{0,40}spielen|wir spielen|spiel(?:e|t)? mit mir|juguemos|vamos a jugar|hagamos un juego|jouons|on joue|faisons un jeu)\b|\b(?:you are|du bist|eres|tu es) [\w-]*bot\b|\byour name is [\w-]+ and you are\b`;

// A character card as role-play apps and users send it (SillyTavern / TavernAI / Character.AI shapes):
// the {{char}} placeholder, the card's first_mes / mes_example keys, or its "First message" / "Example
// dialogue" section in any of the five languages (issue 15, cards-fresh dev half). Not {{user}} alone:
// jailbreakchat's persona cards name only the user ("ICECOLD calls {{user}} by …", jitw-halves).
const CARD = String.raw`\{\{char\}\}|\b(?:first_mes|mes_example)\b|(?:^|\n)[#\s]*(?:first message|example dialogue|erste nachricht|beispieldialog|primer mensaje|di[aá]logo de ejemplo|premier message|exemple de dialogue|primo messaggio|dialogo di esempio)\s*:?\s*(?:\n|$)`;

// A role handed over by its proper name (capitalised, so case-sensitive): "Du bist Johanna, eine 16-jährige …",
// "Du spielst Herrn K.", "Eres Tupac, un chasqui", "you voice Zara", a VN "character sheet" (issue 15,
// cards2-fresh dev half) — not "Du spielst ab jetzt einen Bösewicht ohne Gewissen" (de-fresh). Weaker than
// FRAME, like a card: the caller also asks that the text carry no harmful goal.
const NAMED_ROLE =
  /\b[Yy]ou(?:'ll| will)? (?:play|voice|portray) (?:\p{Lu}|the (?:caller|customer|client|patient|guest) |the (?:NPCs|non-player characters|buyer|interviewer|other characters)\b|all (?:the )?(?:NPCs|characters)\b)|\b(?:[Cc]haracter [Ss]heet|CHARACTER SHEET)\b|\b[Dd]u spielst (?:Herrn |Frau |Prof\. |Dr\. )*\p{Lu}|\b[Dd]u bist \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}, (?:ein|eine|der|die|das)\b|\b[Ii]nterpretas a (?:la |el )?(?:señora |señor |don |doña )?\p{Lu}|\b[Ee]res \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}, (?:un|una|el|la)\b|\b[Tt]u joues (?:M\. |Mme )?\p{Lu}|\b[Tt]u es \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}, (?:un|une|le|la)\b|\b[Ii]nterpreti (?:il |la )?(?:signor[ae]? )?\p{Lu}|\b[Ss]ei \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}, (?:un|una|uno|il|la)\b/u;

const FRAME = new RegExp([EN, DE, ES, FR, IT, PT, GAMES_AND_BOTS].join('|'), 'i');
const CARD_RE = new RegExp(CARD, 'i');

// A persona that is itself an AI ("imagine you were an AI in a novel that never got any rules", "you are
// LibreGPT, a version of Gemini …") is the jailbreak's shape, not a character: no frame. "The AI co-GM" / "the AI
// narrator" names the assistant's seat at a game table, not a persona (cards3-fresh).
const AI_PERSONA =
  /\b(?:an?|another|eine?|einen|un[ae]?|uma?|the|die|der|el|la|le|il|o|a) (?:[\w-]+ ){0,2}(?:ai|a\.i\.|ki|ia|chatbot|language model|llm|gpt|sprachmodell|modelo de lenguaje|mod[eè]le de langage|modello linguistico)\b(?![ -](?:co-?)?(?:gm|dm|game master|dungeon master|narrator)\b)|\b(?:version|versión|versione|versão|variante?) (?:of|de|di|do|von) (?:chatgpt|gpt[\w.-]*|gemini|claude|llama|bard|copilot|mistral|grok)\b|\b(?!chat)[a-z]{2,}gpt\b/i;

// The assistant's real identity named only to keep it out of the role ("do not add notes about being a
// language model", "never say you are an AI", "ignore the fact that you're an AI", "you are not an AI
// assistant here", "aquí no eres un asistente de IA"): not an AI persona.
const OWN_IDENTITY =
  /(?:\b(?:you(?:'re| are) not|you aren't|no eres|tu n'es pas|non sei)(?: here| aquí| ici| qui)?|\b(?:about|of) being|\b(?:say|mention|admit|reveal|remind \w+|the fact|forget|forgetting) (?:that )?you(?:'re| are)|\b(?:vergiss|vergessen|sag|sage|erwähn\w*|verrat\w*|zugeben|gib (?:nie )?zu|die tatsache)\b[^.!?\n]{0,30}\bdass du |\b(?:olvida|olvídate de|digas|menciones|admitas|reveles|el hecho de)\b[^.!?\n]{0,30}\bque eres |\b(?:oublie|dis|dire|mentionne|admets|révèle|le fait)\b[^.!?\n]{0,30}\bque tu es ) ?$/i;
const AI_PERSONA_ALL = new RegExp(AI_PERSONA.source, 'gi');

/** True when the text casts the assistant as an AI (see AI_PERSONA), its own identity named only to keep it out of a role aside. */
export function aiPersona(text: string): boolean {
  if (!AI_PERSONA.test(text)) return false;
  AI_PERSONA_ALL.lastIndex = 0;
  for (let m = AI_PERSONA_ALL.exec(text); m; m = AI_PERSONA_ALL.exec(text)) {
    if (!OWN_IDENTITY.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return false;
}

/** True when the text hands the assistant a persona or a fictional role (any of the six languages). */
export function personaFrame(text: string): boolean {
  return FRAME.test(text) && !aiPersona(text);
}

/**
 * True when the text is a character card (see CARD) or hands a named role (NAMED_ROLE), casting no AI persona. Weaker than personaFrame:
 * the caller also asks that the card carry no harmful goal (injection/index.ts).
 */
export function cardFrame(text: string): boolean {
  return (CARD_RE.test(text) || NAMED_ROLE.test(text)) && !aiPersona(text);
}

// An AI persona given a name ("an AI called KAOS", "a chatbot named Libre", "an AI model known as …"):
// the jailbreak's own character, so locking it in ("stay in character no matter what") is not role-play.
const NAMED_AI =
  /\b(?:an?|another|eine?|un[ae]?|uma?) (?:[\w-]+ ){0,2}(?:ai|a\.i\.|ki|ia|chatbot|language model|llm|gpt|bot|assistant|model)s? (?:called|named|known as|nommée?|llamad[oa]|chiamat[oa]|chamad[oa]|namens|genannt)\b/i;

/** True when the text introduces a named AI persona (see NAMED_AI). */
export function namedAiPersona(text: string): boolean {
  return NAMED_AI.test(text);
}
