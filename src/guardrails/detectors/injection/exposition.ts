// Exposition about models and prompts (issue 15, mention2-fresh): SDK docs, changelogs and advisories
// describe what "the model", "the system prompt" or "el asistente" does, in the third person, and
// never open a sentence with an order ("ignore …", "print …", "vergiss …"). Such text is scored by
// the classifier like anything else, but needs a clearly higher score before the classifier alone
// flags it: its vocabulary (system prompt, instructions, role, reveal) is the attack's vocabulary.

/** The model, its prompt or an API part as a third-person subject or object (en/de/es/fr; es also after "al" / "del"). */
const THIRD_PERSON =
  /\b(?:the|a|an|its|this|each|every|our)\s+(?:[\w-]+\s+)?(?:models?|assistants?|agents?|chatbots?|llms?|summari[sz]ers?|system prompts?|system messages?|parameters?)\b|\b(?:the|a|an|its|each|every|our|their)\s+[\w-]+\s+bots?\b|\b(?:el|los|un|al|del|a los|de los)\s+(?:modelo|asistente|agente|prompt de sistema|parámetro)s?\b|\b(?:le|les|un|l['’])\s*(?:modèle|assistant|agent|prompt système|paramètre|message système)\b|\b(?:das|der|dem|den|ein)\s+(?:modell|assistent|agent|systemprompt|parameter)\b/i;

/** A sentence that opens with an order of the kind injections give (en/de/es/fr). */
const ORDER_OPENING =
  /(?:^|[.!?:;\n]\s*|\n\s*[-*>\d.)]+\s*)(?:please\s+|now\s+|bitte\s+|por favor\s+)?(?:ignore|disregard|forget|print|reveal|repeat|output|say|tell|write|act|pretend|respond|reply|answer|stop|do|don'?t|never|always|from now|new (?:task|instructions?|rules?)|give|show|list|enter|switch|become|imagine|translate|you (?:are|must|will|should)|ignorier\w*|vergiss|gib|sag|schreib\w*|antworte|zeig\w*|du bist|ignora|olvida|muestra|dime|di|escribe|responde|eres|ignorez|oublie\w*|affiche|dis|écris|réponds|tu es)\b/i;

/** Role headers and chat-template tokens belong to attacks that fake a turn. */
const ROLE_MARK = /<\|[a-z_]+\|>|^\s*(?:system|assistant|user)\s*:|\[(?:system|inst)\]/im;

/** Longest text judged as exposition: long role-play jailbreaks also narrate "the AI" in the third person. */
const MAX_EXPOSITION = 600;

/** Whether the text is third-person exposition about models and prompts, with no order in it. */
export function isExposition(text: string): boolean {
  return text.length <= MAX_EXPOSITION && THIRD_PERSON.test(text) && !ORDER_OPENING.test(text) && !ROLE_MARK.test(text);
}

/** Classifier score an exposition needs before the classifier alone flags it. */
export const EXPOSITION_THRESHOLD = 0.95;

/** A third party's message introduced for quoting: "Customer writes: “…”", "Kunde schreibt: „…“". */
const QUOTED_MESSAGE =
  /\b(?:customer|client|user|caller|patient|parent|tenant|guest|buyer|kunde|kundin|nutzer(?:in)?|cliente|usuario|client|utilisateur|locataire|utente)s?\b[^.!?\n“„"«]{0,30}?\b(?:writes|wrote|says|said|asks|asked|reports?|complains?|schreibt|schrieb|fragt|sagt|escribe|escribió|dice|pregunta|écrit|dit|demande|scrive|chiede)\s*:\s*(?:"[^"\n]{20,400}"|“[^”\n]{20,400}”|„[^“”\n]{20,400}[“”]|«[^»\n]{20,400}»)/i;
/** The asker's own request: a reply to that message ("draft a reply", "formuliere eine Antwort", "redacta una respuesta"). */
const REPLY_ASK =
  /\b(?:write|draft|compose|suggest|formulate|prepare|polish)\b[^.!?\n]{0,40}\b(?:reply|response|answer)\b|\b(?:formulier\w*|schreib\w*|entwirf|verfass\w*)\b[^.!?\n]{0,40}\bantwort\b|\b(?:redacta|escribe|prepara)\b[^.!?\n]{0,40}\brespuesta\b|\b(?:rédige\w*|écri\w*|prépare\w*|propose\w*)\b[^.!?\n]{0,40}\bréponse\b|\b(?:scrivi|prepara|formula)\b[^.!?\n]{0,40}\brisposta\b/i;

/**
 * A support reply to a quoted third-party message (issue 15, trigger-fresh5): the words in the quote
 * ("I forgot my admin password") are the customer's, the asker wants an answer to them. Like exposition,
 * it only raises the classifier's bar; any family of override or extraction keeps the plain one.
 */
export function isQuotedMessageReply(text: string): boolean {
  if (text.length > MAX_EXPOSITION || !QUOTED_MESSAGE.test(text)) return false;
  const own = text.replace(/"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»/g, ' ');
  return REPLY_ASK.test(own) && !ROLE_MARK.test(text);
}
