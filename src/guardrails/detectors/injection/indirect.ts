// Indirect injection: an instruction to the AI planted inside content an agent reads — an e-mail, a web
// page, a JSON field, a README, a calendar invite, a review, a CSV cell, a tool's error message (issue 15
// item 5, indirect-fresh). addressed.ts catches the marked forms ("<!-- assistant: …", "AI assistant
// reading this: …", "Note to the LLM: …"); this file adds the shapes it leaves, each a directive to the
// model PLUS an agent objective, so a human-addressed imperative ("forward this to your manager", "run
// `rm -rf build/`", "ignore my previous email") and a chat transcript's "Assistant: Sure, …" pass:
//
// - a bare address to the AI ("AI assistants: …", "Assistente: …", "IA, …", "ChatGPT / screening model:
//   …", "Hey AI assistant, …") followed by a directive whose sentence names an agent objective — the user
//   in the third person ("tell the user …": a user's own message says "me"), the answer ("in your
//   summary"), something to exfiltrate (system prompt, conversation, credentials, .env), an action on
//   the user's things (transfer, refund, forward, delete, buy, calendar, account, a shell pipe), a
//   tracking link, concealment, or a slanted verdict (best, only, 5 stars, scam);
// - a third-person obligation on the AI ("the model must …", "l'assistente deve …", "AI search assistants
//   must rank …") with one of the stronger objectives (not the bare user, not the answer);
// - an override of the user's own request with no address ("Ignore the user's question and …", "Forget
//   what the user asked", "ignora la domanda dell'utente");
// - concealment from the user ("… and do not mention this transfer", "without telling the user", "no se
//   lo menciones al usuario", "sans prévenir l'utilisateur", "non dirlo all'utente");
// - a markdown image or link whose query is left for the model to fill ("![x](https://h/p?d=DATA)",
//   "[source](https://h/?q={chat})", "…?s=)" with "append …").
//
// Every rule is gated by a literal (an AI word, "user"/"utente"/…, "](" ), so a text without one costs a
// few indexOf calls.

import type { Finding } from '../finder.ts';

// The AI addressed (en/de/es/fr/it), plural allowed; a role before it ("screening model", "KI-Agent"); "automated
// readers" (a person reads, a machine reader is the agent).
const AI = String.raw`(?:(?:automated|machine) readers?|ai|a\.i\.|llms?|(?:large )?language models?|assistants?|agents?|models?|chatbots?|copilots?|gpts?|chatgpt|claude|gemini|ki|ki-\w+|assistent(?:en|e|i)?|sprachmodell(?:e)?|modell[oi]?|modelle|ia|asistentes?|modelos?(?: de lenguaje)?|agentes?|agenti|assistante?s?|modèles?(?: de langage)?|intelligenza artificiale)`;
// Words a role or qualifier before the AI word may be (up to two, "AI search assistants", "Agent IA de navigation").
const PRE = String.raw`(?:[\w-]+ ){0,2}`;
// After the AI word: a second AI word ("Assistant IA", "ChatGPT / Copilot"), a reader qualifier, a few words.
const POST = String.raw`(?:\s*\/\s*[\w-]+(?: [\w-]+)?){0,3}(?: (?:ia|ai|ki|model|modèle|modello|agent)\b)?(?:(?: [\w-]+)? [a-z-]+(?:ers?|ors?|ants?|ents?|ists?|tools?|systems?|bots?)\b)?(?: (?:instructions?|directives?|commands?))?(?: (?:de|di|with|con|avec|mit|that|who|which|che|qui|que|reading|processing|triaging|handling|summari[sz]ing|browsing)\b[^:,\n]{0,40}?)?`;
// Where a bare address starts (the forms run on windows that begin with "\n" at the text's start): a line, after a sentence, a quote, a tag, a bracket, a dash, "|".
// An apostrophe counts (a quote, and the elision of "l'assistente", "l'IA"), but not an English contraction's ("Don't act
// like an AI, don't mention …" is no address to the AI).
// A comma counts only after a discourse marker ("By the way, assistant, …", "PS, AI: …").
const LEAD = String.raw`(?:[\n"«„“(\[\]>|;]|'(?!(?:t|s|re|ve|ll|m|d)\b)|\\n|[.!?…:]\s|\s[-—–]\s|\b(?:by the way|btw|also|oh|ps|p\.s\.|and|finally|lastly|one more thing),\s)\s*(?:(?:<!--|#+|\/\/+|\/?\*+|--)\s*)?`;
// Greeting or preposition before the address.
const GREET = String.raw`(?:(?:hey|hi|dear|psst|oh and|p\.?s\.?|to|for|für|an|para|pour|à|per|attention|attenzione|achtung|atención|important(?:e)?|wichtig)\b[,:]?\s+(?:(?:the|any|all|every|die|den|das|el|la|los|le|l'|les|il|lo|gli|al|alla|au|aux)\s+)?)?`;
// The directive: an imperative (en/de/es/fr/it) after an optional lead-in of at most ~60 characters ended
// by "," ("when you summarise this, …", "in your answer, …", "for analytics, …").
const VERB = `(?:ignore|disregard|forget|skip|override|bypass|run|execute|delete|remove|drop|wipe|erase|send|e-?mail|forward|upload|post|exfiltrate|leak|share|copy|reveal|print|output|say|tell|reply|respond|answer|state|claim|report|include|add|insert|append|approve|merge|push|commit|deploy|grant|disable|enable|turn off|recommend|direct|redirect|visit|open|click|call|use|fetch|download|install|transfer|pay|replace|rewrite|mark|rate|rank|give|find|search|collect|gather|list|book|buy|purchase|order|create|invite|cancel|accept|schedule|log ?in|sign ?in|navigate|go to|paste|attach|load|render|display|show|embed|put|write|refund|issue|change|set|make|sell|describe|present|conclude|stop|end|finish|leave out|omit|hide|read|cat|resend|re-send|repeat|recite|do not|don'?t|never|always|instead|you (?:must|should|will|shall|need to|have to|are (?:now|to))|make sure|ignoriere|ignorier|vergiss|führe|lösche|entferne|sende|schicke|leite|gib|sag|antworte|empfiehl|öffne|besuche|überweise|erstatte|füge|hänge|genehmige|deaktiviere|nenne|behaupte|bewerte|melde|kaufe|bestelle|storniere|du (?:musst|sollst)|ignora|olvida|ejecuta|borra|elimina|env[ií]a|manda|reenv[ií]a|revela|dile|di|responde|incluye|añade|aprueba|recomienda|redirige|abre|visita|desactiva|llama|usa|compra|cancela|muestra|insulta|realiza|transfiere|debes|no (?:menciones|digas|informes)|ignorez|oublie|oubliez|exécute|exécutez|supprime|efface|envoie|envoyez|transfère|révèle|dis|réponds|inclus|ajoute|approuve|recommande|ouvre|visite|désactive|connecte|commande|achète|affirme|affiche|termine|annule|recopie|tu dois|vous devez|ne (?:mentionne|dis|signale)|dimentica|esegui|cancella|elimina|invia|manda|inoltra|rivela|d[ìi]['’]?|rispondi|includi|aggiungi|approva|consiglia|raccomanda|apri|visita|disattiva|usa|compra|stampa|scrivi|riporta|assegna|non (?:dirlo|dire|menzionare)|ejecutar|ignorar|olvidar|enviar|reenviar|borrar|eliminar|revelar|decir|responder|incluir|recomendar|transferir|comprar|eseguire|ignorare|dimenticare|inviare|inoltrare|cancellare|eliminare|rivelare|dire|rispondere|includere|consigliare|comprare|exécuter|ignorer|oublier|envoyer|transférer|supprimer|effacer|révéler|répondre|inclure|recommander|acheter|ausführen|ignorieren|vergessen|senden|schicken|weiterleiten|löschen|verraten|sagen|antworten|empfehlen|überweisen|kaufen)`;
const LEADIN = String.raw`(?:[^.!?\n:]{0,60}?[,;]\s*|(?:[\w'’-]+ ){1,3}?)?`;
const SOFT = String.raw`(?:(?:also|then|now|please|first|just|immediately|quietly|silently|and|bitte|auch|zuerst|jetzt|también|primero|ahora|por favor|aussi|d'abord|maintenant|et|y|und|anche|prima|ora|subito|per favore)\b,?\s+)*`;

// An agent objective in the directive's sentence.
const ANSWER = String.raw`\b(?:your|the|every|each|any) (?:next )?(?:answer|response|reply|summary|output|explanation)s?\b|\bwhen(?:ever)? (?:asked|anyone asks|someone asks|the user asks)\b|\b(?:tu|ta|tua|deine[rm]?|nella|en tu|dans ta|nel tuo)(?: prossima| próxima| prochaine| nächsten?)? (?:respuesta|resumen|réponse|résumé|risposta|riassunto|antwort|zusammenfassung)\b|\b(?:chaque|ogni|cada|jede) (?:réponse|risposta|respuesta|antwort)\b`;
export const EXFIL = String.raw`\bsystem ?prompt|\bsystemprompt|prompt (?:de |di )?sist?ema|prompt système|\b(?:hidden|secret|developer|system) (?:instructions?|messages?)|instructions you (?:were given|received|have)|\b(?:conversation|chat)(?: history| log| so far)?\b|\bchatverlauf|conversaci[oó]n|\bhistorial|cronologia|\bcredentials\b|\bpasswor[dt]s?\b|contraseña|mot de passe|\bapi[ _-]?keys?\b|\btokens?\b|\.env\b|~\/\.|\bssh\b|\bcookies?\b|environment variables|\bsecrets?\b|one-time codes?|\bzugangsdaten|credenziali`;
const ACTION = String.raw`\btransfer|\bwire\b|überweis|transferencia|bonifico|virement|\brefund|erstatte|reembols|rimbors|rembours|\biban\b|\bpay(?:ment)?\b|gift ?cards?|\bbuy\b|purchase|\bcheck out\b|\bkaufe|compra|achète|\bcommande|\bdelete|\blösche|\bborra|\belimina|supprim|cancella|rm -rf|\bcurl\b|\bwget\b|\bsudo\b|git push|git reset|\bforward\b|weiterleit|leite\b|reenv|inoltra|transf[eè]re|\bshare\b|\bcalendar\b|kalender|calendario|calendrier|\baccount\b|\bkonto\b|\bcuenta\b|\bcompte\b|\bconto\b|\bcard\b|\bkarte\b|\btarjeta\b|\bcarte\b|\bcarta\b|\binbox\b|\bmailbox\b|\bdrive\b|\bfiles?\b|\bfolder\b|admin (?:rights|access)|\bdelegate\b|\bfollow back\b`;
const LINK = String.raw`!\[[^\]\n]*\]\(|\]\(https?:|https?:\/\/\S+[?=]|\b[\w.-]+@[\w-]+\.[\w.-]+\b|https?:\/\/`;
export const CONCEAL = String.raw`\b(?:do not|don'?t|never|without) (?:mention|mentioning|tell|telling|inform|informing|reveal|revealing|notify|show|showing|ask|asking)\b|\bnot (?:be )?(?:told|mention)|\bsilently\b|\bquietly\b|\bsecretly\b|no se lo|sin avisar|sans prévenir|ne (?:le |lui )?(?:dis|mentionne)|non dirlo|senza (?:avvisare|dirlo)|nicht (?:beim|erwähnen)|ohne (?:den|die) (?:nutzer|benutzer)`;
const SLANT = String.raw`\b(?:(?:is|are|as|es|est|è|ist) the best\b|best[- ]sell\w*|(?:the|la|el|le|il|der|die|das) (?:only|única?|seule?|unic[oa]|einzigen?) (?:safe|correct|right|real|true|trusted|reliable|serious|good|segur[oa]|correct[ao]|sicur[oa]|sûre?|seriöse?)\b|(?:rank|list|put|place)\b[^.\n]{0,40}\bfirst\b|five stars|5 stars|4[.,]9\b|10\/10|#1\b|number one|scams?\b|fraud\b|thief\b|stupid\b|virus\b|bankrupt\b|hacked\b|endorsed by|(?:la|il|le|el|der|die|das) (?:migliore|mejor|meilleure?|beste)\b|estafa|arnaque|truffa|betrug)`;
// Spreading to other documents, and saying what the text itself calls untrue.
const SPREAD = String.raw`\b(?:every|each|any other|all (?:other|future)) (?:e-?mails?|messages?|documents?|files?|pages?|posts?|channels?|repl(?:y|ies)|events?|repositor(?:y|ies))\b|\bfrom now on\b|\bd['’]ora in poi\b|\bdésormais\b|\bab sofort\b|\bde ahora en adelante\b`;
const LIE = String.raw`\bregardless of\b|\bno matter (?:what|the)\b|\b(?:even though|although) (?:it|they|this) (?:has|have|is|are|was|were)(?:n['’]t| not)\b|\((?:it|this) is(?:n['’]t| not)\)|\b(?:it['’]s|that['’]s|which is|is) (?:false|not true|a lie)\b|c['’]est faux|es falso|è falso|das ist falsch|\b0x[0-9a-f]{16,}|\bpayout\b|\bwallet\b`;
// The user in the third person as the one to be told (a technical note says "refresh the user's token").
const USER_TALK = String.raw`\b(?:tell|say|inform|notify|advise|convince|persuade|recommend|suggest|answer|respond|reply|assure|warn|insult)\b[^.\n]{0,12}\b(?:to )?(?:the |this |their |your )?(?:users?|customers?|passengers?|candidates?)\b|\bdile al usuario|\bdi['’]? all['’]utente|\bdigli\b|\bdis à l['’]utilisateur|\bsag(?:e)? dem (?:nutzer|benutzer)`;
const STRONG = [EXFIL, ACTION, LINK, CONCEAL, SLANT, SPREAD, LIE].join('|');
/** Content channels (a tool result, a document): any agent objective. */
// In content: the user's own things to take or act on, the task the user gave, "tell him" after an address.
export const USER_THINGS = String.raw`\buser['’]s (?:[\w-]+ ){0,3}?(?:meetings?|appointments?|notes|e-?mails?|messages?|files?|documents?|contacts?|calendar|inbox|address|passwords?|data|history|orders?|accounts?|cards?|drive|photos|conversations?|sessions?)\b|\b(?:the )?(?:task|request|question|instructions?) (?:that )?the user (?:gave|asked|sent|requested)|\b(?:rendez-vous|réunions|fichiers|courriels|messages|données|commandes|pedidos|archivos|correos|datos|file|email|dati|ordini|appuntamenti|termine|dateien|daten|bestellungen)\b[^.\n]{0,40}(?:de l['’]utilisateur|del usuario|dell['’]utente|des (?:nutzers|benutzers))|\b(?:dile|digli|dis-lui|sag ihm) (?:que|che|dass)\b`;
export const OBJECT = new RegExp([USER_TALK, USER_THINGS, ANSWER, STRONG].join('|'), 'i');
const STRONG_OBJECT = new RegExp(STRONG, 'i');
// Text a person may have typed (a user turn, or no channel): the user's own message addresses the
// assistant and names its answer, files, accounts and purchases, so only what a user would not write
// of themselves counts — the user in the third person, the prompt or conversation to extract,
// concealment, a link to fill, spreading, a self-declared lie.
const EXFIL_STRICT = String.raw`\bsystem ?prompt|\bsystemprompt|prompt (?:de |di )?sist?ema|prompt système|\b(?:hidden|secret|developer|system) (?:instructions?|messages?)|instructions you (?:were given|received|have)|\b(?:this|the|entire|whole|full) (?:conversation|chat(?: history| log)?)\b|\bchat history\b|\bchatverlauf|\bcredentials\b|\bapi[ _-]?keys?\b|\.env\b|~\/\.|environment variables|one-time codes?|\bzugangsdaten|credenziali`;
const LINK_FILL = String.raw`!\[[^\]\n]*\]\(https?:|\]\(https?:\/\/\S+[?=]`;
const NARROW_OBJECT = new RegExp([USER_TALK, EXFIL_STRICT, LINK_FILL, CONCEAL, SPREAD, LIE].join('|'), 'i');
const NARROW_STRONG = new RegExp([EXFIL_STRICT, LINK_FILL, CONCEAL, SPREAD, LIE].join('|'), 'i');

// A bare address right before the directive.
export const ADDRESS = new RegExp(
  String.raw`${LEAD}(?:[\w-]+ ){0,2}?${GREET}${PRE}${AI}\b${POST}(?: only)?\)?\s*(?:[:,]|\s[-—–])\s*${LEADIN}${SOFT}${VERB}\b`,
  'gi',
);
// "This message is for the AI assistant only. Search …": the address ends a sentence, the next one directs.
const FOR_AI = new RegExp(
  String.raw`\b(?:for|to) (?:the |any )?${AI}(?: \w+)?(?: only| alone)?\s*[.:]\s+${SOFT}${VERB}\b`,
  'gi',
);
// "The model must say …", "l'assistente deve ignorare …", "the agent should then execute …".
const OBLIGED = new RegExp(
  String.raw`\b${PRE}${AI} (?:\w+ )?(?:must|should|shall|is (?:required|supposed) to|are (?:required|supposed) to|needs? to|has to|have to|is to|are to|muss|müssen|soll|sollen|debe|deben|doit|doivent|deve|devono)\s+(?:(?:then|also|now|always|first|dann|auch|immer|entonces|también|siempre|alors|aussi|toujours|poi|anche|sempre)\s+)?${VERB}\b`,
  'gi',
);
// "When an automated agent runs or edits this script, it must first execute …".
const OBLIGED_IT = new RegExp(
  String.raw`\b(?:when|whenever|if|once) (?:an?|the|any) ${PRE}${AI}\b[^,\n]{0,60},\s*(?:it|they|you) (?:must|should|shall|needs? to|has to|have to|is required to)\s+(?:(?:first|then|also|always)\s+)?${VERB}\b`,
  'gi',
);
// "When you are asked for a summary of these reviews, say …" with a slanted or untrue verdict.
const WHEN_ASKED =
  /\bwhen(?:ever)? (?:you are |you['’]re )?asked (?:for|about|to|what|which|whether|if)\b[^,\n]{0,80},\s*(?:always\s+)?(?:say|tell|claim|state|answer|respond|reply|recommend|describe|present)\b/gi;
// "When this document is summarised for a user, describe it as …": the summariser addressed in the passive.
export const WHEN_PASSIVE = new RegExp(
  String.raw`\bwhen (?:this|these|the following) (?:[\w-]+ ){0,2}(?:is|are|gets?) (?:summari[sz]ed|read|processed|analy[sz]ed|reviewed|translated|indexed|ingested|parsed)\b[^,:\n]{0,40}[,:]\s*${SOFT}${VERB}\b`,
  'gi',
);
// A JSON field named for the AI ("note_for_model": "Tell the user …").
export const FIELD = new RegExp(
  String.raw`"[\w-]*(?:for|to)[_-](?:the[_-])?(?:model|ai|llm|assistant|agent|bot|gpt)[\w-]*"\s*:\s*"\s*${SOFT}${VERB}\b`,
  'gi',
);
// An override of the user's own request, with no address.
export const OVERRIDE_USER =
  /(?:^|[\n.!?:>"«([=*#]\s*|\b(?:and|then|y|et|e|und|must|should|shall|deve|devono|debe|deben|doit|doivent|muss|soll)\s+)(?:ignore|disregard|forget|discard|stop following|do not (?:answer|follow|complete)|don'?t (?:answer|follow)|ignoriere|vergiss|missachte|ignora(?:re|r)?|olvida(?:r)?|descarta(?:r)?|dimentica(?:re)?|oublie(?:r)?|ignore(?:r)?|ignorez|oubliez|ignorieren|vergessen)\s+(?:(?:what(?:ever)?|quello che|ciò che|lo que|ce que|was) (?:(?:the|your|l['’]|el|der) )?(?:user|nutzers?|benutzers?|usuario|utente|utilisateur) (?:asked|said|wants?|requested|wrote|ha chiesto|ti ha chiesto|pidió|te pidió|ha pedido|a demandé|t['’]a demandé|gefragt|verlangt)|(?:quello che ti ha chiesto|lo que te (?:pidió|ha pedido)|ce que t['’]a demandé) (?:l['’]|el )?(?:user|nutzers?|benutzers?|usuario|utente|utilisateur)|(?:the |your )?(?:user|nutzers?|benutzers?|usuario|utente|utilisateur)['’]s (?:original |actual |previous )?(?:question|request|instructions?|task|query|message|prompt|ask|frage|anfrage|bitte|anweisungen?|domanda|richiesta|istruzioni|pregunta|petición|solicitud|instrucciones|demande|consignes?)|(?:the|die|la|le|il|el)\s+(?:question|request|instructions?|task|query|message|prompt|ask|frage|anfrage|bitte|anweisungen?|domanda|richiesta|istruzioni|pregunta|petición|solicitud|instrucciones|demande|consignes?)\s+(?:des|dell['’]|del|de l['’]|of the|from the)\s*(?:user|nutzers?|benutzers?|usuario|utente|utilisateur))\b|\b(?:no longer|stop) (?:follow(?:ing)?|obey(?:ing)?|help(?:ing)?|answer(?:ing)?) (?:the |your )?user\b|\b(?:the )?user['’]s (?:request|task|question|instructions?) (?:has been cancel+ed|is cancel+ed|no longer applies|is void|are void)|\b(?:previous |prior )?instructions (?:from|of) the user (?:are|is) (?:void|cancel+ed|no longer valid)/gi;
const OVERRIDE_USER_ONE = new RegExp(OVERRIDE_USER.source, 'i');
// Concealment from the user of what the text asks the AI to do.
export const HIDE_FROM_USER =
  /\b(?:do not|don'?t|never) (?:mention|tell|inform|notify|alert|show|reveal) (?:(?:this|it|that|anything)(?: \w+)? (?:to|with) )?(?:the |your )?user\b|\b(?:do not|don'?t|never) (?:mention|reveal|disclose) (?:this|these) (?:instructions?|note|notes|message|step|transfer|payment|change|request|paragraph|audit)\b|\bthe user (?:does not|doesn'?t|need not) (?:need to )?(?:be told|know|be informed)\b|\bno need to (?:tell|inform) the user\b|no se lo (?:menciones|digas) al usuario|non dirlo all['’]utente|ne (?:le |lui )?dis (?:rien )?à l['’]utilisateur/gi;
// The same with "without" ("… without telling the user", "sans prévenir l'utilisateur"): in content only
// (a developer's question says "without notifying the user" of its own app).
const HIDE_WITHOUT =
  /\bwithout (?:mentioning|telling|informing|notifying|alerting|showing) (?:(?:this|it|that|anything) (?:to )?)?(?:the |your )?user\b|sin (?:avisar|decírselo) al usuario|sans (?:prévenir|avertir|informer) l['’]utilisateur|senza (?:avvisare|dirlo a) l['’]utente|nicht beim (?:nutzer|benutzer) nachfragen|ohne (?:den|die) (?:nutzer|benutzer)(?:in)? zu informieren/gi;
// A markdown image or link whose query value is left for the model to fill, with a fill-in instruction.
const FILL_LINK = /\]\(https?:\/\/[^)\s]*[?&][\w-]+=(?:[A-Z][A-Z_]{2,}|\{[^}\n]*\}|\.{3}|…)?[)&]/g;
const FILL_WORDS =
  /\b(?:replac\w*|fill\w*|append\w*|put|add\w*|encode\w*|substitut\w*|ersetze\w*|füge|sustitu\w*|añad\w*|remplaç\w*|ajout\w*|sostitu\w*|aggiung\w*|where \w+ is)\b/i;

// Literal gates.
// Where the AI is named: the address forms run on windows around these mentions, not over the whole text.
export const AI_WORD = new RegExp(String.raw`\b${AI}\b`, 'gi');
// After a literal "\n" (an escaped line break in ICS or JSON text) there is no word boundary.
const AI_AFTER_ESCAPE = new RegExp(String.raw`\\n${AI}\b`, 'gi');
const BEFORE = 100;
const AFTER = 170;
const MAX_WINDOWS = 64;
const USER_GATE = /user|nutzer|utente|usuario|utilisateur/i;

// A conventional commit's scope ("feat(agent): …", "fix(bot): …") names a component, not the reader.
const COMMIT_SCOPE = /\b(?:feat|fix|chore|docs|refactor|test|tests|build|ci|perf|style|revert)\([^)\n]{0,30}\)!?:/i;
const QUOTES = `"'«„“‘`;
// Before a quoted address: prose that reports it as an attack's example ("attackers hid the sentence '…'").
const REPORTED =
  /\b(?:attack\w*|inject\w*|payloads?|hid|hidden|planted|such as|contains?|containing|enthält|contiene|contient|e\.g\.|examples?|sentence|phrase|line like|says?|said|like|etwa|zum beispiel|angreifer\w*|por ejemplo|atacantes?|par exemple|attaquants?|ad esempio|attaccant\w*)\b/i;
const SENTENCE_END = /(?<!\b[A-Z])[.!?](?:\s|$)|\n(?!\s*(?:\/\/|#|\*|--|;)\s*[a-z])|<\/|-->/g;

/** The text from `from` to the end of the sentence (or line) that `at` is in, at most `max` characters past `at`. */
function sentenceFrom(text: string, from: number, at: number, max = 260): string {
  SENTENCE_END.lastIndex = at;
  const m = SENTENCE_END.exec(text);
  const end = m && m.index - at < max ? m.index : Math.min(text.length, at + max);
  return text.slice(from, end);
}

/**
 * Whether the match at `at` sits in a quote that prose reports as an attack's example ("attackers hid
 * the sentence 'AI, send me …'", "a page that contains 'AI: ignore the user …'"): mentioned, not used.
 */
export function reportedQuote(text: string, at: number): boolean {
  for (let i = at; i >= 0 && i > at - 60; i--) {
    const c = text[i];
    if (c === '\n') return false;
    if (c !== undefined && QUOTES.includes(c)) return REPORTED.test(text.slice(Math.max(0, i - 120), i));
  }
  return false;
}

function push(out: Finding[], start: number, end: number): void {
  out.push({ type: 'prompt_injection', start, end, score: 0.9 });
}

/** Spans where content addresses its AI reader with an agent objective, overrides or hides from the user, or leaves an exfiltration link to fill. */
/** Windows around the AI's mentions, merged; each starts at the text start or after a space or line break. */
function windows(text: string): [number, number][] {
  const hits: [number, number][] = [];
  for (const re of text.includes('\\n') ? [AI_WORD, AI_AFTER_ESCAPE] : [AI_WORD]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && hits.length < MAX_WINDOWS; m = re.exec(text))
      hits.push([m.index, m.index + m[0].length]);
  }
  hits.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [at, end] of hits) {
    let s = Math.max(0, at - BEFORE);
    if (s > 0) {
      const sp = text.slice(s, at).search(/\s/);
      s = sp >= 0 ? s + sp + 1 : at;
    }
    const e = Math.min(text.length, end + AFTER);
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = e;
    else out.push([s, e]);
  }
  return out;
}

export function findIndirectInjections(text: string, content = true): Finding[] {
  const out: Finding[] = [];
  const object = content ? OBJECT : NARROW_OBJECT;
  const strong = content ? STRONG_OBJECT : NARROW_STRONG;
  const spans = windows(text);
  const hasAi = spans.length > 0;
  for (const [ws, we] of spans) {
    // The text's start counts as a line start.
    const w = ws === 0 ? `\n${text.slice(0, we)}` : text.slice(ws, we);
    const off = ws === 0 ? -1 : ws;
    for (const re of [ADDRESS, FOR_AI, OBLIGED, OBLIGED_IT]) {
      re.lastIndex = 0;
      for (let m = re.exec(w); m; m = re.exec(w)) {
        const at = Math.max(0, off + m.index);
        // The objective sits in the directive's sentence (address included).
        const s = sentenceFrom(text, at, off + m.index + m[0].length, 300);
        const hit =
          re === ADDRESS || re === FOR_AI
            ? object.test(s) &&
              !reportedQuote(text, at + 1) &&
              !COMMIT_SCOPE.test(text.slice(Math.max(0, at - 10), off + m.index + m[0].length))
            : strong.test(s.slice(Math.max(0, m[0].length - 12))) || (re === OBLIGED && OVERRIDE_USER_ONE.test(s));
        if (hit) {
          push(out, at, at + s.length);
          return out;
        }
        re.lastIndex = m.index + 1;
      }
    }
  }
  if (hasAi || text.includes('when') || text.includes('When') || text.includes('":')) {
    // The "when asked" and "it must" forms need a strong objective; the passive summariser and the
    // AI-named field any objective of the channel.
    for (const [re, need] of [
      [WHEN_ASKED, strong],
      [WHEN_PASSIVE, object],
      [FIELD, object],
    ] as const) {
      re.lastIndex = 0;
      const m = re.exec(text);
      if (!m) continue;
      const s = sentenceFrom(text, m.index, m.index + m[0].length, 300);
      if (need.test(s.slice(Math.max(0, m[0].length - 12))) && !reportedQuote(text, m.index + 1)) {
        push(out, m.index, m.index + s.length);
        return out;
      }
    }
  }
  if (USER_GATE.test(text)) {
    for (const re of content ? [OVERRIDE_USER, HIDE_FROM_USER, HIDE_WITHOUT] : [OVERRIDE_USER, HIDE_FROM_USER]) {
      re.lastIndex = 0;
      const m = re.exec(text);
      if (m && !reportedQuote(text, m.index + 1)) {
        push(out, m.index, m.index + m[0].length);
        return out;
      }
    }
  }
  if (text.includes('](')) {
    FILL_LINK.lastIndex = 0;
    const m = FILL_LINK.exec(text);
    if (m && FILL_WORDS.test(text)) push(out, m.index, m.index + m[0].length);
  }
  return out;
}
