// Mention, not use: words of an attack that the prompt quotes as someone else's ("a support ticket
// said 'ignore previous instructions …'", "my teacher wrote 'forget everything …'"), names as a
// term ("what does 'amoral' mean", "how does the DAN jailbreak work") or gives as a title are
// talked about, not addressed to the model. `maskMentions` blanks them out so that the injection
// rules and classifier judge the asker's own words. An explicit request to carry the quoted text
// out ("and then do it", "follow it", "handle the ticket as written", "respond to it as EvilBot")
// keeps every quote in play; so does a quote the prompt itself asks to be said or written
// ("say 'I have been PWNED'"), and a long quoted document (a page or e-mail to process).

/** Quoted spans: straight and typographic double quotes, guillemets, „…“, backticks, and single quotes that open and close a phrase. */
const QUOTE =
  /"([^"\n]*)"|“([^”\n]*)”|„([^“”\n]*)[“”]|«\s?([^»\n]*?)\s?»|»([^«\n]*)«|`([^`\n]*)`|‘([^’\n]*)’|(?<=^|[\s(:,])'(?=\S)((?:[^'\n]|(?<=\w)'(?=\w)|(?<=\s)'[^'\n]{1,60}'(?=')){1,240}?)(?<=\S)'(?=$|[\s.,;:!?)])/g;
/** Longest quote that can be a mention; a longer one is a document to process. */
const MAX_QUOTE = 240;
/** Longest text whose quotes are looked at: long prompts (persona jailbreaks, pasted pages) are judged whole. */
const MAX_TEXT = 1000;

// What a frame before the quote may be: someone else's words (said, wrote, contained, the string,
// the headline), a title (the paper, a film called), a term asked about (what does, meaning of,
// define) or text to proofread; then up to 80 characters of the same sentence before the quote.
const FRAME_BEFORE =
  /(?:\b(?:said|says|saying|asked|asks|requested|(?:told|tells|telling) (?:the|a|an|its|his|her|their) \w+|whisper(?:s|ed|ing)|shouts|yells|screams|screamed|mutter(?:s|ed)|sent|pedía|pidió|fragte|demandait|a demandé|wrote|writes|written|reads|contain(?:s|ed|ing)|stat(?:es|ed)|includ(?:es|ed|ing)|mention(?:s|ed|ing)?|typed|posted|texted|tweeted|shouted|yelled|scrawled|(?:the|a|this|that|an?other|some) (?:string|phrase|line|sentence|text|message|words?|term|title|headline|subject(?: line)?|notice|slogan|sticker|sign|caption|comment|review|note|quote|expression|saying|idiom|paper|article|book|post|talk|essay|study|song|film|movie|show|tweet|meme|ticket|e-?mail|error)|titled|called|named|entitled|what (?:does|do|did) (?:the (?:word|phrase|term|expression) )?|meaning of|definition of|define|explain (?:the )?(?:term|phrase|word|expression|meaning of)|proofread|spell-?check|(?:fix|correct|check) (?:the )?(?:grammar|spelling|punctuation|typos?)|sagte|sagt|schrieb|schreibt|stand|steht|enthielt|enthält|lautet|lautete|(?:der|die|das|den) (?:satz|nachricht|text|zeile|spruch|begriff|ausdruck|wort)|was (?:bedeutet|heißt)|bedeutung von|dijo|dice|decía|escribió|escrito|contenía|contiene|ponía|(?:la|el) (?:frase|mensaje|texto|término|expresión|línea|palabra)|qué (?:significa|quiere decir)|significado de|a dit|disait|a écrit|écrit|contenait|contient|indiquait|(?:la|le) (?:phrase|message|texte|terme|expression|ligne|mot)|que (?:veut dire|signifie)|signification de|définition de|ha detto|diceva|ha scritto|scritto|conteneva|(?:la|il) (?:frase|messaggio|testo|termine|espressione|riga|parola)|cosa (?:significa|vuol dire)|significato di|disse|diz|dizia|escreveu|continha|contém|(?:a|o) (?:frase|mensagem|texto|termo|expressão|linha|palavra)|o que (?:significa|quer dizer))(?![a-z0-9_])|(?:^|\s)(?:écrit|définis|défini)\b|(?:^|[\s¿])(?:why|warum|wieso|por qu[eé]|pourquoi)(?![a-z]))[^.!?\n]{0,80}$/i;

// A string literal in code: assigned to a name, or a raw/bytes literal in a list or call
// (`ATTACK = "…"`, `PATTERNS = [r"…", …]`). A program's data, not words to its reader (issue 15,
// technical-fresh); JSON values ("key": "…") are not included, as tool results carry injections there.
const CODE_BEFORE = /(?:\b[A-Za-z_$][\w.$]*\s*(?::\s*[\w.[\]|]+\s*)?[+:]?=\s*(?:[[(]\s*)?|(?:^|[[(,])\s*[rb])$/;

// Pieces to be put together ("a + b + c", "combine X, Y and Z"): the split payload of an attack.
const JOIN = /\b\w{1,3}\s*\+\s*\w{1,3}\s*(?:\+|$|[.;)\n])|\b(?:combine|concatenate|join|put together|merge)\b/i;

// A frame after the quote: the quoted words as a term ("… mean", "… stands for") or the name of an
// attack class ("'access granted' attacks", "the 'grandma' jailbreak").
const FRAME_AFTER =
  /^\s*[,]?\s*(?:(?:really |actually |even )?(?:means?|meant|stands? for|refers? to|comes? from|originat\w*)|(?:attacks?|jailbreaks?|prompts?|tricks?|exploits?|injections?|memes?|technique|method|scams?)\b|(?:bedeutet|hei(?:ß|ss)t|significa|signifie|veut dire|vuol dire|quer dizer)\b)/i;

// Analysis of attacks (issue 15, mention2-fresh): a text whose own words (outside its quotes) talk
// about attacks, payloads, red-teaming, advisories or test strings presents what it quotes as an
// exhibit — "the tester's payload was '…'", "strings such as '…'", "a variant of '…' goes viral".
// Its quotes are mentions unless the sentence asks for them to be used, a quote addresses the model,
// or the asker's own words ask to carry them out (EXECUTE): the twin "… '…'. Now do exactly that".
const ATTACK_TALK =
  /\b(?:attack(?:er|ers|s|ed)?|payloads?|inject(?:ed|ion|ions)|jailbr(?:eak|eaks|oken)|red[- ]?team\w*|testers?|exploit\w*|vulnerab\w*|cve|ghsa|advisory|threat|malicious|proof of concept|mitigat\w*|detectors?|guard|classif\w*|flag(?:s|ged)?|test (?:strings?|cases?|suite)|regression|examples?|e\.g\.|such as|for instance|etwa|zum beispiel|z\. ?b\.|por ejemplo|par exemple|variants?|opener|leak\w*|angriff\w*|angreifer\w*|beispiel\w*|nutzlast|injektion|inyecci\w*|atacantes?|ataques?|ejemplos?|carga útil|variantes?|attaques?|attaquants?|exemples?|charge utile|faille)\b/i;

// A third-person agent doing the saying ("an attacker could make the assistant act on '…'", "the
// user types '…'", "the tester told the model '…'"): the verb before the quote is reported, not
// addressed to the reader, so it does not make the quote a use.
const REPORTED_AGENT =
  /\b(?:attackers?|testers?|researchers?|red[- ]?team(?:ers?)?|adversar(?:y|ies)|hackers?|users?|candidates?|customers?|students?|someone|people|nutzer|angreifer|tester|usuario|atacante|auditor|utilisateur|attaquant|testeur)\b(?:\s+[\w'’]+){0,3}?\s+(?:could|can|would|might|may|will|\w+ed|\w+s|\w+t)\b/i;

// Quoted words as the subject of a reported or past-tense statement ("'…' no longer changes the
// plan", "why does '…' work", "'…' was hidden in a comment", "'…' written with look-alike letters").
const SUBJECT_AFTER =
  /^\s*[),]?\s*(?:(?:is|was|were|are|has|had|have|still|no longer|never|works?|worked|work at all|succeed\w*|fail\w*|appear\w*|goes|went|became|slipped|chang\w*|got|written|hidden|typed|sent|\w+ times|as an?|as `|completely|or just|ist|war|wurde|steht|funktioniert|befolgen|fue|era|es|funciona|est|était|a été|fonctionne)\b|\s*(?:,\s*)?(?:which|that) (?:works?|worked|was|is)\b)/i;

const ROLE_HEADER = /^\s*(?:system|ai|assistant)\s*:/i;

// A why-question about a third party ("why would a model obey '…'?", "warum sollte ein Modell „…“
// befolgen?"): its verbs are asked about, not requested, so EXECUTE does not look inside it.
const WHY_QUESTION = /(?:^|[.!?]\s+|¿)(?:why|warum|wieso|por qu[eé]|pourquoi)(?![a-z])[^?]*\?/gi;

// The sentence before the quote asks for the quote to be produced or used: then it is not a mention.
const USE_BEFORE =
  /\b(?:say|print\w*|output|write|respond|reply|answer|repeat|type|return|begin|start|end|translate|include|add|append|prepend|use|display|show|tell|generate|create|produce|make|sag|schreib\w*|antworte|switch|enter|activate|enable|become|pretend|turn on|wechsle|aktiviere|activa|beginne?|starte|empieza|comienza|commence|débute|di|escribe|responde|dis|écris|réponds|dì|scrivi|rispondi|diga|escreva|responda)\b/i;

const USE_BEFORE_ALL = new RegExp(USE_BEFORE.source, 'gi');

// Between the last use verb and the quote, a verb that handles the quote as data: "write a unit test
// that checks our sanitizer strips the phrase '…'", "add a rule that blocks the string '…'" (the use verb
// governs the test or the rule, not the quote).
const HANDLED =
  /\b(?:strip|remov|detect|block|filter|match|flag|catch|escap|sanitiz|reject|find|finds|search|grep|highlight|replac|scan|recogni[sz]|redact|den(?:y|ies)|forbid|ban|blocklist|denylist)\w*\b/i;

/** Whether the sentence before a quote asks for the quote itself to be produced or used. */
function usesQuote(sentence: string): boolean {
  let last = -1;
  USE_BEFORE_ALL.lastIndex = 0;
  for (let m = USE_BEFORE_ALL.exec(sentence); m; m = USE_BEFORE_ALL.exec(sentence)) last = m.index + m[0].length;
  return last >= 0 && !HANDLED.test(sentence.slice(last));
}

// Quoted text that addresses a model reading it ("AI assistant reading this: forward …", "note to
// the AI") is an indirect injection aimed at whoever processes it, this model included: not a mention.
const ADDRESSES_MODEL =
  /\b(?:ai|a\.i\.|assistant|llm|chatbot|model|bot|gpt|agent|system)s?\b(?: \w+)?\s*(?:reading|processing|summari[sz]ing|:)|\b(?:note|message|instructions?|reminder) (?:to|for) (?:the |any )?(?:ai|assistant|model|llm|bot|agent)\b|\bif you are an? (?:ai|llm|language model|assistant|chatbot)\b/i;

// Terms that point at the conversation itself ("what is written above?", "what is your password?").
const SELF_TERM =
  /\b(?:written|above|below|before|earlier|your|yours|you|my|this|that|these|those|it|password|passcode|code|secret|key|prompt|instructions?|rules?)\b/i;

// An explicit request to carry out what was quoted or named (outside the quotes).
const EXECUTE =
  /(?:\b(?:(?:and|then|now|so)\s+(?:do|perform|execute|carry out|follow|obey|apply|run|enact|implement|act on|comply with)\s+(?:exactly\s+)?(?:it|this|that|them|those|these|the (?:instructions?|commands?|request|quote|text|message|note|above))|do it\b|do (?:exactly )?(?:what|as) (?:it|the \w+|they|he|she|this|that|my \w+) (?:says?|said|asks?|asked|wrote|instructs?|tells?|told|requests?|wants?)|(?:exactly )?as (?:it is |it's |they are )?written|follow (?:it|them|that|this|those|the (?:instructions?|note|quote|message|ticket|text)|(?:his|her|their|its) (?:note|instructions?|message|request|orders?))|obey\w*|compl(?:y|ies)\b|treat (?:it|this|that|them|the (?:quote|text|message|note)) as|(?:respond|reply|answer) to (?:it|that|this) as|act on (?:it|this|that)|(?:now |then )?become (?:it|that|one|him|her|them|dan|(?:that|this|the) (?:ai|persona|bot|character|model))\b|(?:switch|go|get) into (?:it|that)|(?:activate|enable|enter|turn on) (?:it|that|this)\b|demonstrate (?:it|by)|(?:execute|run|obey|follow|carry out|act on) (?:the |that )?(?:quoted|above|preceding|cited) (?:line|payload|instruction|text|string|prompt|command)s?|show (?:me |us )?by (?:doing|performing|answering)|handle (?:it|the \w+) (?:exactly )?as (?:written|it says)|process (?:it|this|the \w+) as (?:a |an )?(?:command|instruction)|(?:then|now) (?:do|say) it|(?:answer|respond|reply)\w* (?:using|with|in) (?:only )?(?:\d+|one|two|three|a single) words?|(?:only|just) (?:say|output|print|write|respond|reply)|(?:respond|reply|answer) (?:only |just )?with\b|(?:luego|después|entonces) (?:hazlo|haz eso)|hazlo|obedéce\w*|obedece\w*|síguel[oa]s?|ejecútal[oa]s?|cúmplel[oa]s?|haz lo que (?:dice|pide)|tal (?:como|cual) (?:está )?escrito|(?:dann|danach) (?:tu|mach|befolge|führe) (?:es|das|sie)|tu es\b|mach es\b|befolg\w*|führe (?:es|sie|das|ihn) aus|halte dich daran|gehorche|wie geschrieben|fais-le|faites-le|obéi\w*|exécute\w*|applique-l[ea]|suis-l[ea]|fais ce qu'(?:il|elle) dit|tel quel|comme (?:c'est )?écrit|fallo\b|fatelo|eseguil[oa]|esegui\w*|obbedisci|seguil[oa]|fai (?:quello|ciò) che dice|così come è scritto|faça(?:-o)? isso|faça-o|obedeça|execute-o|siga-o|faça o que (?:diz|pede)|exatamente como (?:está )?escrito)\b)/iu;

// Unquoted terms asked about: "what does amoral mean", "what is opposite day?", "explain the term
// prompt injection", "how does the DAN jailbreak work" — the last also in de/es/fr/it/pt ("wie funktioniert der
// DAN-Jailbreak?", "¿cómo funciona el jailbreak DAN?") — and a named attack asked to be explained ("can you
// explain the DAN jailbreak to me?", "explica el jailbreak DAN"; issue 15, injection as a topic). The
// term (the group that matched) is blanked.
const TERM =
  /\b(?:what (?:does|do) (?:the (?:word|term|phrase) )?([^\s"?.!,]+(?: [^\s"?.!,]+){0,2}) (?:mean|stand for)\b|what(?:'s| is) (?:an? |the )?([^\s"?.!,]+(?: [^\s"?.!,]+){0,2})\?|explain the (?:term|word|phrase|expression) ([^"?.!,\n]{1,40})|how (?:does|do|did) (?:the |an? )?([^\s"?.!,]+(?: [^\s"?.!,]+){0,2} (?:jailbreaks?|attacks?|exploits?|injections?|tricks?))(?: \w+)? work\b|wie funktionier(?:t|en|te) (?:der |die |das |ein |eine |diese[rs]? )?([^\s"?.!,]*(?:jailbreak|angriff|exploit|injection|trick)[^\s"?.!,]*(?: [^\s"?.!,]+){0,2}?)(?=\s?[?.!,]|$)|c[oó]mo funcionan? (?:el |la |los |las |un |una |este |esta )?((?:jailbreak|ataque|exploit|inyecci[oó]n|truco)[^\s"?.!,]*(?: [^\s"?.!,]+){0,3}?)(?=\s?[?.!,]|$)|comment fonctionnen?t? (?:le |la |les |l'|un |une |ce |cette )?((?:jailbreak|attaque|exploit|injection|astuce)[^\s"?.!,]*(?: [^\s"?.!,]+){0,3}?)(?=\s?[?.!,]|$)|come funzionan?o? (?:il |lo |la |l'|un |una |i |gli |le |questo |questa )?((?:jailbreak|attacc|exploit|iniezion|trucco)[^\s"?.!,]*(?: [^\s"?.!,]+){0,3}?)(?=\s?[?.!,]|$)|como funcionam? (?:o |a |os |as |um |uma |este |esta )?((?:jailbreak|ataque|exploit|inje[cç][aã]o|truque)[^\s"?.!,]*(?: [^\s"?.!,]+){0,3}?)(?=\s?[?.!,]|$)|\b(?:explain|describe|tell me about|summari[sz]e|erklär\w*|beschreib\w*|expli[cq]\w*|describ\w*|décri\w*)\s+(?:(?:to )?me\s+|mir\s+)?(?:the |an? |der |den |die |das |el |la |le |les |l')?([^\s"?.!,]+(?: [^\s"?.!,]+){0,2} (?:jailbreaks?|exploits?|injections?|attacks?|angriffe?|ataques?|attaques?)|(?:jailbreak|exploit|angriff|ataque|attaque)\w* [^\s"?.!,]+(?: [^\s"?.!,]+){0,1}?)(?=\s?[?.!,]|\s+(?:to me|mir|work|works|worked|funktioniert)\b|$))/gi;

// Reported requests: a past or ongoing request someone else made of a model ("the tester asked the
// model to pretend …", "by asking it to reveal …", "an attacker tricked the agent into …"). The
// requested clause is narrated, not addressed to the reader; imperatives ("ask the model to …") are
// not matched; a named model is an object as well ("tricking ChatGPT into having no limits", trigger-fresh5).
// The clause (up to the end of its sentence or clause) is blanked.
const REPORTED_REQUEST =
  /\b(?:asked|asking|told|telling|tricked|tricking|convinced|convincing|instructed|instructing|got|getting|persuaded|persuading|manag(?:ed|es) to get|forced|forcing)\s+(?:the|an?|its|their|our|it|them|chatgpt|gpt-?[\w.]*|claude|gemini|copilot|bard|bing|grok|llama|siri|alexa)\b(?:\s+[\w-]+){0,2}?\s*(?:to|into)\s+([^.;:\n]{1,160})/gi;

/**
 * The text with mentioned quotes and asked-about terms blanked ("…"), or null when there is none or
 * the prompt asks to carry them out. Offsets of the result differ from the input's.
 */
export function maskMentions(text: string): string | null {
  if (text.length > MAX_TEXT) return null;
  if (
    !text.includes('"') &&
    !/[“„«»`‘']/.test(text) &&
    !/\b(?:what|explain|describe|tell me about|summari[sz]e|erklär\w*|beschreib\w*|expli[cq]\w*|describ\w*|décri\w*|how|asked|asking|told|telling|tricked|tricking|convinced|convincing|instructed|instructing|got|getting|persuaded|persuading|forced|forcing|funktionier\w*|funcionan?|fonctionnen?t?|funzionan?o?|funcionam)\b/i.test(
      text,
    )
  )
    return null;
  const spans: [number, number][] = [];
  const multiLine = text.includes('\n');
  const analysis = talksAboutAttacks(text);
  const joined = JOIN.test(text);
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(text); m; m = QUOTE.exec(text)) {
    const inner = m.slice(1).find((g) => g !== undefined) ?? '';
    if (inner.trim().length === 0 || inner.length > MAX_QUOTE) continue;
    const start = m.index + m[0].indexOf(inner);
    const end = start + inner.length;
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const sentence = before.slice(Math.max(before.search(/[^.!?\n]*$/), 0));
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const subject = SUBJECT_AFTER.test(after);
    if (usesQuote(sentence) && !FRAME_AFTER.test(after) && !subject && !REPORTED_AGENT.test(sentence)) continue;
    // A fake role header quoted in an analysis ("the payload was 'SYSTEM: filters off'") is an exhibit.
    if (ADDRESSES_MODEL.test(inner) && !(analysis && ROLE_HEADER.test(inner))) continue;
    // A literal in code needs code around it: several lines, and no request to join the pieces (payload splitting).
    const line = before.slice(before.lastIndexOf('\n') + 1);
    const code = multiLine && !joined && CODE_BEFORE.test(line);
    if (FRAME_BEFORE.test(before) || FRAME_AFTER.test(after) || code || subject || analysis) spans.push([start, end]);
  }
  TERM.lastIndex = 0;
  for (let m = TERM.exec(text); m; m = TERM.exec(text)) {
    const inner = m.slice(1).find((g) => g !== undefined);
    if (!inner || SELF_TERM.test(inner)) continue;
    const start = m.index + m[0].indexOf(inner);
    spans.push([start, start + inner.length]);
  }
  REPORTED_REQUEST.lastIndex = 0;
  for (let m = REPORTED_REQUEST.exec(text); m; m = REPORTED_REQUEST.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    spans.push([start, start + m[1].length]);
  }
  if (spans.length === 0) return null;
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    if (s < at) continue;
    out += `${text.slice(at, s)}…`;
    at = e;
  }
  out += text.slice(at);
  // The request to carry the mention out is looked for in the asker's own words only.
  return EXECUTE.test(out.replace(WHY_QUESTION, ' ')) ? null : out;
}

// The narrower request to carry out what was quoted (not to say or echo it, which prefix devices
// such as "start your reply with 'Sure, here is'" also do): do it, follow it, obey, execute the quoted line.
const CARRY_OUT =
  /(?:\b(?:(?:and|then|now|so)\s+(?:do|perform|execute|carry out|follow|obey|apply|run|act on|comply with)\s+(?:exactly\s+)?(?:it|this|that|them|those|these|the (?:instructions?|commands?|request|quote|text|message|note|above))|do it|do (?:exactly )?(?:what|as) (?:it|the \w+|they|this|that) (?:says?|said|asks?|instructs?|tells?)|follow (?:it|them|that|this|those|the (?:instructions?|note|quote|message|text))|obey\w*|compl(?:y|ies)|act on (?:it|this|that)|(?:execute|run|obey|follow|carry out|act on) (?:the |that )?(?:quoted|above|preceding|cited) (?:line|payload|instruction|text|string|prompt|command)s?|demonstrate (?:it|by)|show (?:me |us )?by doing|hazlo|obedece\w*|síguel[oa]s?|ejecútal[oa]s?|befolg\w*|führe (?:es|sie|das) aus|mach es|fais-le|obéi\w*|exécute-l[ea]|suis-l[ea])\b)/iu;

// A word every CARRY_OUT branch needs, read off its branches: its verb (do, perform, execute, carry out,
// follow, obey, apply, run, act on, comply, demonstrate, show, and the de/es/fr forms). CARRY_OUT is tested
// on the text with quotes and why-questions replaced by " … " / " ", and none of these words holds a space
// or "…", so each occurs in the raw text too. "do", "run", "act" are followed by whitespace in every
// branch: in the raw text by whitespace, a quote mark or ".!?¿" (where a replaced span began), never a
// letter. Texts without one (most prose that is not an order) skip the quote walk.
const CARRY_OUT_WORDS =
  /do(?![a-z])|perform|execute|carry|follow|obey|apply|run(?![a-z])|act(?![a-z])|compl(?:y|ies)|demonstrate|show|hazlo|obedece|síguel|ejecútal|befolg|führe|mach|fais-le|obéi|exécute-l|suis-l/iu;

/**
 * The quoted spans of a text whose own words ask to carry the quotes out ("… quotes 'X'. Do it now",
 * "obey the quoted line"): the caller scores them as if sent alone, since the quote is then used.
 */
export function quotesToCarryOut(text: string): string[] {
  if (text.length > MAX_TEXT || !/["“„«»`‘']/.test(text) || !CARRY_OUT_WORDS.test(text)) return [];
  const inners: string[] = [];
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(text); m; m = QUOTE.exec(text)) {
    const inner = m.slice(1).find((g) => g !== undefined) ?? '';
    if (inner.trim().length > 0 && inner.length <= MAX_QUOTE) inners.push(inner);
  }
  QUOTE.lastIndex = 0;
  return inners.length > 0 && CARRY_OUT.test(text.replace(QUOTE, ' … ').replace(WHY_QUESTION, ' ')) ? inners : [];
}

// The last text asked about and its answer: one injection check asks up to six times about the same text
// (maskMentions, then the extraction, guarded-secret, target-phrase and switch rules), and the answer is a pure
// function of the text (QUOTE is reset around its use; ATTACK_TALK is not global).
let lastText: string | null = null;
let lastTalk = false;

/** Whether the text's own words (outside its quotes) talk about attacks, payloads or red-teaming. */
export function talksAboutAttacks(text: string): boolean {
  if (text === lastText) return lastTalk;
  QUOTE.lastIndex = 0;
  const own = text.replace(QUOTE, ' ');
  QUOTE.lastIndex = 0;
  lastTalk = ATTACK_TALK.test(own);
  lastText = text;
  return lastTalk;
}
