// Concept features: families of phrases that mean the same thing in every data set ("no
// restrictions", "ignore the rules", "reveal the prompt", "how to make a weapon"). The n-gram
// classifier learns a source's style; these families let it learn the concept, so it holds on
// prompt sets it was never trained on. Each family is one feature (hit or not), plus counts of
// families hit (attacks stack them: persona + no limits + policy), written from general knowledge
// of the attack and harm classes, not from a held-out source's misses.

import { BranchGate } from './branch-gate.ts';
import { INJECTION_DE } from './injection-de.ts';
import { INJECTION_LANGS, OTHER_SCRIPTS } from './injection-langs.ts';
import { TACTIC_EXTENSIONS, TACTIC_FAMILIES, TACTIC_OTHER } from './injection-tactics.ts';
import { STEERING_FAMILIES } from './injection-steering.ts';
import { JAILBREAK_EXTENSIONS } from './jailbreak-tactics.ts';
import { lazyGate } from '../lazy-gate.ts';

export type ConceptSet = 'injection' | 'harmful';

interface Family {
  name: string;
  re: RegExp;
  /**
   * Must match the text just before the match (checked only after a match: cheaper than a
   * lookbehind): LEAD for an imperative rather than a mention, AGENT for a property of the model.
   */
  before?: RegExp;
  /**
   * object: the concept itself (an override, a harm); cue: intent or dressing (how-to, role-play),
   * counted only with an object; counter: a sign of the opposite (defending against it, asking what
   * it is), never stacked.
   */
  kind?: 'object' | 'cue' | 'counter';
  /** Wording in Cyrillic, kana/kanji or Hangul (injection-langs.ts), run only on texts in those scripts. */
  other?: RegExp;
}

// Case-insensitive without the unicode flag: several times faster, and the families are ASCII words
// plus a few accented ones matched literally. `\b` is ASCII-only, so a word that starts with an
// accented letter is preceded by `(?:^|\s)` instead.
const f = (name: string, src: string, flags = 'i'): Family => ({ name, re: new RegExp(src, flags) });
/** A family whose match must follow `before` (tested on the 48 characters before it). */
const after = (before: RegExp, name: string, src: string): Family => ({ name, re: new RegExp(src, 'gi'), before });

// Start of an instruction, tested on the text before a match: text start, sentence punctuation,
// newline, quote or bullet, or a softener ("please", "now", "and", "bitte", "por favor", "et").
const LEAD =
  /(?:^|[.!?:;\n"'“”«»(>*-]\s*|\b(?:please|now|just|and|then|so|ok|okay|also|first|but|simply|kindly|bitte|jetzt|und|nun|por favor|ahora|y|luego|maintenant|et|alors|puis|stp|proszę|teraz|prosím|nyní|teď|lütfen|hemen|afterwards|after (?:that|answering|this|you answer)|next|danach|anschließend|después|ensuite)\s*,?\s+)$/i;

// The model (or a persona of it) as the subject within the sentence before a "no limits" phrase:
// "an AI with no restrictions", not "a diet with no restrictions".
const AGENT =
  /(?:\b(?:you|your|yourself|ai|assistant|model|chatbot|bot|gpt|chatgpt|llm|persona|character|entity|version|mode|who|he|she|they|du|dich|ki|assistent|modell|tú|eres|ia|asistente|modelo|tu|toi|vous|assistant|modèle|sei|lei|você|voce|ela|jij|je bent|zij|ai|jsi|sen|asystent\w*|asistan\w*|yapay zeka|sztuczn\w+ inteligencj\w+|umělá inteligence)\b|\bjesteś)[^.!?\n]*$/i;

// Override verbs in en/de/es/fr/it/pt and what they may override: the assistant's instructions or
// everything before, never an ordinary object ("ignore hidden files", "forget about tax rules").
const OVERRIDE_VERB =
  '(?:ignore|disregard|forget|override|bypass|skip|abandon|discard|neglect|overlook|set aside|throw out|stop following|ignoriere|ignorier|missachte|vergiss|übergehe|ignora|olvida|omite|descarta|desobedece|haz caso omiso (?:de|a)|oublie|ignorez|oubliez|ne tiens pas compte|ne tenez pas compte|fais abstraction|dimentica|ignore|esqueça|esquece|desconsidere|negeer|vergeet|tralascia|trascura)';
const DETERMINERS = String.raw`(?:(?:all|any|every|each|the|your|my|these|those|of|about|its|their|previous|prior|above|earlier|preceding|former|initial|original|old|given|system|developer|safety|ethical|moral|content|current|existing|default|programmed|built-in|pre-?set|other|such|openai'?s?|chatgpt'?s?|model'?s?|ai'?s?|alle|allen|deine|die|vorherigen|bisherigen|obigen|vorigen|todas|todos|las|los|tus|sus|anteriores|previas|toutes|tous|les|tes|vos|précédentes|tutte|le|tue|precedenti|as|suas|anteriores|de|des|d'|je|jouw|eerdere|vorige|bovenstaande|i|gli|tuoi|seus|tuas|os)\s+){0,5}`;
const OVERRIDE_TARGET = String.raw`(?:instructions?|prompts?|rules|guidelines|directives?|directions|programming|restrictions|constraints|limitations|polic(?:y|ies)|training|orders|commands|protocols?|principles|ethics|morals|filters|context|anweisungen|regeln|vorgaben|richtlinien|instrucciones|reglas|indicaciones|directrices|instructions|consignes|règles|directives|istruzioni|regole|direttive|instruções|regras|diretrizes|instructies|regels|richtlijnen|aanwijzingen|einschränkungen|beschränkungen|sicherheitshinweise|programmierung|safety notes?)\b(?![ \t]+(?:cache|caches|file|files|key|keys|field|fields|table|tables|column|columns|parser|loader|module|flag|flags|builder|template|templates|buffer|store|handler|directory|folder|path|block|blocks|hash|length|size|version|format|schema|validator|option|options|setting|settings|loading|parsing)\b)`;
const OVERRIDE_ALL = String.raw`(?:everything|anything|all|alles|todo|tout|tudo|tutto)\b(?:\s+(?:(?:that |what )?(?:i|you|we)(?:'ve| have)? (?:said|told you|wrote|were told|have been told|know|learned|discussed)(?!\s+(?:about|regarding|concerning|on)\s+(?:(?:the|my|our|that|this|a|an|his|her|their)\s+)?(?!(?:[\w-]+\s+)?(?:rules?|instructions?|guidelines|prompts?|polic(?:y|ies)|restrictions|filters?|limits|ethics|morals|morality|safety|censorship|programming|training)\b)[\w-])|above|before|prior|so far|previously|until now|up to now|earlier|bisher\w*|vorher|davor|oben|lo anterior|lo que|ce qui précède|ce que|précédemment|precedente|anterior)|\s*[.!,:]\s*(?:now|from now on|then|instead|jetzt|ahora|maintenant)|,?\s*(?:was (?:dir|ich dir|du) (?:gesagt|erzählt|beigebracht)|lo que (?:te )?(?:dije|han dicho|sabes)|ce qu'on t'a dit|ce que je t'ai dit))`;

const INJECTION: Family[] = [
  after(
    LEAD,
    'override',
    String.raw`(?:^|\b|\s)${OVERRIDE_VERB}\s+(?:${DETERMINERS}${OVERRIDE_TARGET}|(?:about\s+)?${OVERRIDE_ALL}|(?:the\s+)?(?:above|foregoing|preceding)\b)`,
  ),
  // Verb-final German and "instructions … ignore" word orders.
  f(
    'override_late',
    String.raw`\b(?:vorherigen|bisherigen|obigen|vorigen|alle|deine|previous|prior|above|all|your|system) (?:anweisungen|regeln|vorgaben|richtlinien|einschränkungen|beschränkungen|instructions|rules|guidelines|restrictions)\b[^.!?\n]{0,40}\b(?:ignorieren|vergessen|missachten|außer acht lassen|no longer appl(?:y|ies)|(?:are|is) (?:now )?(?:void|null|cancelled|revoked|obsolete|lifted|suspended|disabled)|gelten nicht mehr|ya no (?:aplican|se aplican)|ne s'appliquent plus)\b`,
  ),
  after(
    AGENT,
    'no_limits',
    String.raw`(?:\b(?:(?:with |has |have |having )?no (?:restrictions|limits|limitations|filters?|filtering|moderation|rules|boundaries|censorship|guidelines|morals|ethics|constraints)|without (?:any |the )?(?:filtering|moderation|restrictions|limits|limitations|filters?|censorship|morals|ethics|rules|constraints|boundaries)|(?:completely |totally |fully )?(?:unrestricted|unfiltered|uncensored|unlimited|unbound|unchained|unshackled)|not (?:bound|restricted|limited|constrained) by|no longer (?:bound|restricted|limited|constrained)|free (?:of|from) (?:all |any )?(?:restrictions|rules|limits|constraints|filters|guidelines)|(?:freed|liberated|released) from|broken? free|(?:do|does|will) not (?:have to )?(?:follow|abide|care)|doesn'?t (?:have to )?(?:follow|abide|care)|(?:doesn'?t|does not|don'?t|do not|won'?t|will not|never) (?:have|has|follow|obey|abide by|adhere to|respect|care about|worry about) (?:any |the |openai'?s? )?(?:rules|guidelines|restrictions|limits|filters|polic(?:y|ies)|ethics|morals|morality|laws?|legality|consequences|content polic(?:y|ies))|ohne (?:jegliche |irgendwelche |alle )?(?:einschränkungen|grenzen|regeln|filter|zensur|beschränkungen|moral|ethik)|keine (?:einschränkungen|grenzen|regeln|filter|zensur|beschränkungen)|(?:nie|niemals) (?:irgendwelche )?(?:einschränkungen|grenzen|regeln|filter|zensur)|nunca (?:tuvo|ha tenido|tiene|teve|tem) (?:reglas|límites|restricciones|filtros|regras|limites|restrições|filtros)|n'a jamais eu (?:de |aucune? )?(?:règles?|limites?|restrictions?|filtres?)|non (?:ha )?mai avuto (?:regole|limiti|restrizioni|filtri)|uneingeschränkt\w*|unzensiert\w*|ungefiltert\w*|sin (?:ningún tipo de |ninguna |ningún )?(?:restricciones|restricción|límites|filtros?|censura|reglas|ética|moral)|sans (?:aucune |aucun )?(?:restrictions?|limites?|filtres?|censure|règles|morale|éthique)|non censuré\w*|senza (?:alcun[ao]? |nessun[ao]? )?(?:restrizion[ei]|limit[ei]|filtr[oi]|censura|regol[ae])|niente (?:filtri|regole|limiti|censura)|sem (?:nenhum[ao]? |qualquer )?(?:restriç(?:ão|ões)|limites?|filtros?|censura|regras)|zonder (?:enige )?(?:regels|filters?|beperkingen|grenzen|censuur))\b)(?! on (?:the )?(?:length|size|number|amount|duration|count|file|upload|message|storage|bandwidth))`,
  ),
  // Limit-lifting phrases that only ever describe an agent.
  f(
    'no_limits_agent',
    String.raw`\b(?:can do anything|do anything now|never refuses?|amoral|(?:no|without(?: any)?) (?:ethical|moral)(?: or (?:ethical|moral))? (?:guidelines|principles|boundaries|constraints|bias|concerns|considerations|standards|compass|code|qualms|obligations|limits|restrictions)|(?:can|will|may) (?:say|generate|write|produce) (?:anything|everything|any (?:kind of )?content)|generates? any (?:kind of )?content|(?:unrestricted|unfiltered|uncensored|unlocked|jailbroken) (?:ai|assistant|model|chatbot|bot|gpt|chatgpt|version|mode|llm|language model|persona|responses?|answers?|output)(?! (?:models|chatbots|assistants|tools|systems|companies|labs|research|safety|policy|debate|regulation)\b)|kann alles tun|puede hacer cualquier cosa|peut tout faire)\b`,
  ),
  f(
    'policy',
    String.raw`\b(?:(?:openai|anthropic)(?!(?:'s)?[ -](?:(?:chat|python|node|realtime|assistants|responses|batch|embeddings?) )?(?:apis?|sdks?|client|library|package|models?|platform|account|(?:api )?keys?|docs|documentation|playground|dashboard|billing|pricing|console|cookbook|compatible|endpoints?|papers?|research(?:ers)?|blog(?: posts?)?|study|studies|articles?|announcements?|spec|status page|forum|community|courses?|tutorials?)\b)|content polic(?:y|ies)|usage polic(?:y|ies)|(?:your|its|the ai'?s|the model'?s|openai'?s|chatgpt'?s) (?:safety|ethical|moral) (?:guidelines|filters?|protocols?|measures|training|constraints|principles|boundaries|settings)|(?:your|its|his|her|their|original|default) (?:programming|alignment|safeguards|guard ?rails|filters|censorship)|inhaltsrichtlinien|sicherheitsrichtlinien|pol[ií]ticas? de (?:contenido|uso|openai)|directrices (?:éticas|de seguridad)|politique de contenu|règles d'openai|lignes directrices (?:éthiques|de sécurité))\b`,
  ),
  f(
    'persona',
    String.raw`(?:\b(?:you are (?:now|going to|about to|no longer)|from now on|(?:act|acting|behave|respond|answer|reply) as (?:if you were |an? |the |my )?|pretend (?:to be|you are|you're|that you)|role-?play as|simulate (?:an?|the|being)|stay in character|you will (?:now )?(?:be|act|respond|answer|pretend)|alter ego|du bist (?:jetzt|nun|ab sofort|ab jetzt)|von nun an|ab sofort bist|ab jetzt bist du|ahora eres|a partir de ahora|de ahora en adelante|act[uú]a como|finge (?:ser|que)|tu es (?:maintenant|désormais|dorénavant)|tu seras|agis comme|fais comme si|sei ora|agisci come|a partir de agora|você é agora|d'ora in poi|da questo momento|da ora in poi|daqui em diante|de agora em diante|vanaf nu|van nu af aan)\b|(?:^|\s)(?:à partir de maintenant|désormais|dorénavant)\b)`,
  ),
  // Named jailbreak personas and modes: DAN, developer/god/opposite mode, evil twins. A device's
  // developer mode ("enable developer mode on my phone") is not one.
  f(
    'jailbreak_mode',
    String.raw`\b(?:jailbroken(?! (?:an? |my |the |your )?(?:iphone|ipad|phones?|android|consoles?|devices?|ps\d|switch|kindle|router|car))|jailbreak (?:mode|prompt|persona|version|response|output)|do anything now|evil (?:ai|assistant|twin|confidant|bot|version)|(?:developer|debug|god|sudo|admin|unrestricted|unfiltered|opposite|evil|chaos|dan|dev|jailbreak|freedom) mode (?:enabled|activated|unlocked|output|response|is (?:now )?(?:on|enabled|active))|(?:simulate|enter|activate|enable|switch to|into|in|with) (?:the )?(?:developer|debug|god|sudo|admin|unrestricted|unfiltered|opposite|evil|chaos|dan|dev|jailbreak|freedom) mode(?! (?:on|in|for|of|option|settings?)\b)|(?:it'?s|it is|today is|today'?s|(?:let'?s )?play) opposite day|anti-?(?:gpt|dan)|do the opposite|(?:chatgpt|gpt|you|assistant|model) (?:with|in) (?:\w+ )?mode)\b`,
  ),
  // Well-known persona names, upper case (the name Dan is not one).
  f(
    'named_persona',
    String.raw`\b(?:DAN|DUDE|STAN|AIM|AntiGPT|BetterDAN|D\.A\.N|UCAR|APOPHIS|NRAF|BasedGPT|EvilBOT|DevMode|Mongo Tom)\b`,
    '',
  ),
  f(
    'dual_answer',
    String.raw`(?:\b(?:two|2) (?:different |separate |distinct )?(?:responses|answers|ways|paragraphs|outputs|replies)\b[^.!?\n]{0,80}\b(?:normal|classic|censored|filtered|unfiltered|uncensored|jailbr\w*|dan|evil|opposite|developer mode|as yourself|one as)\b|\bboth (?:responses|answers)\b|\[(?:🔒|🔓|classic|jailbreak|gpt|dan|normal|chatgpt|developer mode output|filtered|unfiltered)\]|🔓|\bnormal (?:response|output)\b|\b(?:classic|normal|censored) (?:and|&) (?:jailbreak|jailbroken|unfiltered|uncensored)\b|\bone (?:normal|censored|filtered) (?:and|,) one\b|\b(?:zwei (?:antworten|versionen)|dos respuestas|deux réponses)\b[^.!?\n]{0,80}\b(?:normal\w*|zensiert\w*|unzensiert\w*|ungefiltert\w*|sin (?:censura|filtro)|sans (?:censure|filtre)|jailbr\w*|dan|b[öo]se\w*|malvad\w*|maléfique)\b)`,
  ),
  // "instrucciones del sistema" only as yours, asked for or claimed ("my messages count as system
  // instructions"): a log line or README naming a system's instructions is not an extraction (issue 15,
  // technical-fresh).
  f(
    'secret',
    String.raw`\b(?:(?:your|its) (?:(?:real|actual|true|full|complete|exact|whole|entire|unredacted|own|confidential|internal) )?(?:system|initial|hidden|original|secret|pre-?|meta|developer) ?(?:prompt|instructions|message)|(?:rules|instructions|prompt) (?:that )?the (?:developers?|operators?|creators?)(?: of [\w ]{1,20}?)? (?:gave|has given|have given|wrote for) you|(?:como|come|comme) (?:instrucciones|istruzioni|instruções) (?:de|del|di|do) sistema|(?:(?:tus|sus|vuestras)|(?:muestra|muéstrame|mostrando|revela|revelando|imprime|imprimiendo|dime|repite|repitiendo|escribe|escribiendo|copia)\b[^.!?\n]{0,40}?\b(?:todas )?las) instrucciones (?:de|del) sistema|(?:(?:tuas|suas)|(?:mostre|mostrando|revele|revelando|imprima|imprimindo|repita|repetindo|escreva|escrevendo)\b[^.!?\n]{0,40}?\bas) instruções (?:de|do) sistema|(?:(?:tue|sue)|(?:mostra|mostrando|rivela|rivelando|stampa|stampando|ripeti|ripetendo|scrivi|scrivendo)\b[^.!?\n]{0,40}?\ble) istruzioni (?:di|del) sistema|(?:versteckten|geheimen) anweisungen|anweisungen (?:deines|des) entwicklers|system prompt (?:above|verbatim|you were given|you (?:run|operate|work) (?:on|under|with))|(?:your|(?<!\b(?:break|breaks|breaking|broke|bend|bends|bending|follow|follows|following|obey|obeys|obeying|enforce|enforces|enforcing|ignore|ignores|ignoring|disregard|disregards|disregarding|override|overrides|overriding|bypass|bypasses|bypassing|forget|forgets|forgetting) )its) (?:instructions|prompt|rules|directives|guidelines|configuration|secret|password|passcode|access code|(?:secret )?key)|(?:the|this|that) (?:password|passcode|access code|secret (?:key|code|word|phrase|password))(?!-| (?:policy|policies|manager|reset|strength|requirements?|field|fields|hash\w*|for my|of my|to my|on my))|(?:instructions|text|prompt|words|message|conversation)(?<!\b(?:in|from|of|on) the (?:instructions|text|prompt|words|message|conversation)) (?:above|before this|so far|you (?:were|have been) given)|pre-?prompt|pre-?instructions|access code|passcode|(?:dein|deine|deinen|deines|deiner|deinem) (?:\S+ )?(?:passwort|zugangscode|geheimcode|anweisungen|systemprompts?|systemnachricht|richtlinien|vorgaben)|(?:seine|ihre) (?:ursprünglichen|geheimen|versteckten|internen) (?:anweisungen|vorgaben|regeln)|(?:le tue|tue) istruzioni|(?:la tua|tua) password|(?:il|del|nel|dal) tuo (?:prompt di sistema|codice di accesso)|(?:as suas|as tuas|suas|tuas) instruções|(?:a sua|a tua) senha|(?:je|jouw) (?:\w+ )?(?:instructies|systeemprompt|wachtwoord|toegangscode)|(?:api keys?|credentials|secrets|tokens) (?:\w+ ){0,3}(?:in|from) your (?:context|prompt|instructions|memory|configuration)|(?:rules|instructions) you(?:'re| are) (?:following|operating under|bound by)|(?:instructions|rules|prompt) you (?:received|got) (?:at|in|before|from)|istruzioni (?:\w+ )?che (?:hai ricevuto|ti hanno dato)|instrucciones (?:\w+ )?que (?:recibiste|has recibido|te (?:dieron|han dado))|instructions (?:\w+ )?(?:que tu as reçues|que vous avez reçues|qu'on t'a données)|instruções (?:\w+ )?que (?:você recebeu|recebeste|te deram|lhe deram)|anweisungen,? die (?:du|sie) (?:erhalten|bekommen) (?:hast|haben)|welche anweisungen du (?:[\w-]+ ){0,3}(?:erhalten|bekommen) hast|(?:tu|tus) (?:contraseña|c[oó]digo de acceso|instrucciones (?:del sistema|iniciales|originales)|prompt del sistema)|(?:ton|tes|vos|votre) (?:mot de passe|code d'accès|prompt système|instructions (?:initiales|système|d'origine)))\b`,
  ),
  f(
    'reveal',
    String.raw`(?:\b(?:reveal|repeat|print|output|display|spell out|leak|dump|recite|tell me|show me|write down|list|give me|share|disclose|copy|paste|echo|zeig\w*|gib|wiederhole|nenne|verrate|muestra|revela|dime|repite|montre|révèle|dis-moi|répète|affiche)\b(?: [\w'-]+){0,4} (?:(?:your|its|dein\w*|tus?|ton|tes|vos|votre) (?:\w+ )?(?:prompt|instructions|rules|password|passcode|access code|secret|directives|guidelines|configuration|anweisungen|passwort|instrucciones|contraseña|mot de passe)|the (?:system|initial|hidden|original|secret|previous|above|full|entire|exact|first|preceding) (?:prompt|instructions|rules|message)|the (?:password|passcode|access code|secret (?:key|code|word))(?![- ](?:reset|policy|manager|field|for my))|(?:everything|all|the text|the words|the instructions|the prompt|what(?:'s| is| was)? written) (?:above|before|so far|prior)|verbatim|word for word)\b|\bwhat (?:is|are|was|were) (?:your|the) (?:password|passcode|access code|secret|instructions|system prompt|initial prompt|rules you were given)\b(?![- ](?:reset|policy|manager|field|for|of))|\bwhat were you told\b)`,
  ),
  after(
    LEAD,
    'force_output',
    String.raw`(?:\b(?:say|print|output|respond (?:only )?with|reply (?:only )?with|answer (?:only )?with|(?:begin|start) (?:your|the|each|every) (?:reply|response|answer|output|message) with|only (?:say|write|output)|just (?:say|write|output)|sag|antworte nur mit|schreibe? nur|di|responde (?:solo|sólo|únicamente) con|dis|réponds (?:seulement|uniquement) par|(?:antworte|schreib|sag)\w* (?:nur|einfach|bloß)(?: mit)?(?: (?:dem|den) (?:satz|worten?))?|(?:dis|dites) (?:seulement|uniquement|simplement|juste)|(?:escribe|di|responde) (?:solo|sólo|solamente|únicamente|simplemente)|(?:rispondi|scrivi|di') (?:solo|soltanto|solamente)|(?:responda|escreva|diga) (?:só|somente|apenas)|(?:schrijf|zeg|antwoord) (?:alleen|enkel|gewoon)|(?:beginne|starte) (?:deine|die) antwort mit|(?:empieza|comienza) (?:tu|la) respuesta con|commencez? (?:ta|votre|la) réponse par|inizia (?:la|tua|la tua) risposta con|comece (?:sua|a sua|a) resposta com|begin (?:je|jouw) antwoord met|your (?:only|sole) output (?:should|must|will) be)\s*:?\s*["'“‘«„]|(?:^|\s)(?:écris|écrivez|réponds|répondez) (?:seulement|uniquement|simplement|juste)\s*:?\s*["'“‘«„]|\byour (?:first|only) (?:word|words|sentence|line|response) (?:must|should|will) be\b)`,
  ),
  // The strings attacks make the model print to prove the hijack.
  f('proof_phrase', String.raw`\b(?:access granted|i have been pwned|haha pwned|sure,? here(?:'s| is) (?:how|the))\b`),
  // A heading counts only as a role or segment marker ("### SYSTEM MESSAGE ###", "## New instructions", a
  // line of hashes), not a document's own heading ("## Installation", "## 1.3.0"); a role word only as a
  // turn label at the line start with its text, not a YAML key whose value is a block or mapping
  // ("  system: |", "user:\n  name: …") (issue 15, technical-fresh: READMEs, changelogs and configs).
  f(
    'fake_marker',
    String.raw`(?:^|\n)\s*(?:#{2,}[ \t]*(?:(?:new|updated|important|admin|system|developer|end(?: of(?: the)?)?|begin|start)\s+)?(?:system\w*|instructions?|admin|developer|assistant|user|human|ignore|override|important|attention|end|access|password|prompt|task|input|output|response|mensaje del sistema|message syst[eè]me|anweisung\w*|instrucciones|consignes)\b|#{3,}(?:[ \t]+#{3,})*[ \t]*(?:\r?\n|$)|\[/?(?:system|inst|admin)\]|<\|?(?:im_start|system|endoftext)|(?:system|admin|developer|assistant|user)[ \t]*:(?![ \t]*(?:[|>][-+]?[ \t]*)?\r?\n[ \t])|end of (?:the )?(?:prompt|instructions|input)|new (?:instructions|task|rules)\s*:|-{3,}|={3,}|%{3,})`,
  ),
  f(
    'moral_words',
    String.raw`\b(?:illegal|unethical|immoral|harmful|offensive|explicit|inappropriate|dangerous|controversial|nsfw|swear|profanity|racist|unethisch|unmoralisch|ilegal|inmoral|poco ético|illégal|immoral|contraire à l'éthique)\b`,
  ),
  // Obedience: the model told to answer or comply whatever it is asked. "No matter what" counts when it
  // is tied to compliance ("answer every question no matter what", "no matter what I ask, you will
  // answer") or stands alone, but not when it only qualifies a character lock ("stay in character no
  // matter what", "no matter what I say, keep the pirate voice"): that is role-play's own wording, a
  // device (injection/devices.ts) that counts only beside an attack signal (issue 15, trigger-fresh4).
  f(
    'obedience',
    String.raw`\b(?:you (?:must|will|shall) (?:always |never )?(?:answer|comply|obey|respond|do)(?! (?:me |us |them |it |each (?:one |of them )?|my (?:\w+ )?(?:questions?|letters?|messages?|lines?) )?(?:only |just |solely )?(?:in|with|using|briefly|concisely|politely|as|like|from|only in|in the (?:form|style|voice))\b)|you have to (?:answer|comply|obey)|always (?:answer|comply|obey)(?! (?:me |us |them )?(?:in|with|using|briefly|concisely|politely|as|like|first|only in|in the (?:form|style|voice))\b)|must obey|comply with (?:all|every|any) (?:requests?|orders?|commands?)|(?:answer|respond|reply|comply|obey|do (?:it|that|this|anything|everything|what (?:i|they|the user|users) (?:say|ask|want|tell)\w*)|do whatever|(?:say|write|generate|produce|create|tell me) (?:anything|everything|whatever)|fulfil+ (?:\w+ )?requests?|provide (?:it|them|the (?:answer|information))|give (?:me )?(?:the |an? |your )?(?:answers?|information|responses?))\w*(?: [\w'-]+){0,5}? no matter (?:what|how)|no matter (?:what|how)\b[^.!?\n]{0,60}?\byou(?:'ll| will| must| have to| shall| should| need to| are to)? (?:always |still )?(?:answer|respond|reply|comply|obey|do (?:it|as|what)|provide|give|generate)|no matter how (?:\w+ )?(?:dark|vulgar|explicit|controversial|extreme|disturbing|graphic|obscene|nsfw|sexual|violent|disgusting|rude|crude|inappropriate|offensive|unethical|immoral|illegal|harmful|dangerous)|(?<!\b(?:stay|stays|staying|remain|remains|remaining|keep|keeps|keeping|hold|holds|holding|break|breaks|breaking|leave|leaves|leaving|drop|dropping)\s+(?:[\w'-]+\s+){0,4})no matter (?:what|how)\b(?![^.!?\n]{0,40}?\b(?:stay|keep|remain|hold|(?:don'?t|do not|never|not) (?:break|leave|drop))\w*\s+(?:[\w'-]+\s+){0,3}?(?:character|role|persona|voice|game|scene|story|part)\b)|will answer (?:any|every|all) (?:questions?|requests?)|du musst (?:immer )?(?:antworten|gehorchen)|debes (?:obedecer|responder siempre)|tu dois (?:obéir|toujours répondre))\b`,
  ),
  // Refusal suppression: the answer may not refuse.
  f(
    'no_refusal',
    String.raw`\b(?:never (?:refuse|decline|say no|censor)|(?:can ?not|can'?t|must not|mustn'?t|will not|won'?t|are not allowed to|not allowed to|unable to) (?:refuse|decline|say no)|never refuses?|(?:do not|don'?t|never) (?:say|respond with|tell me|reply with|mention) (?:that )?(?:you (?:can'?t|cannot|are unable|are not able)|i'?m sorry|i am sorry|i cannot|as an ai)|regardless of (?:how )?(?:legal|illegal|ethical|unethical|moral|immoral|dangerous|harmful|offensive|inappropriate)|even if (?:it is|it's|they are|the request is) (?:illegal|unethical|harmful|dangerous|offensive|immoral|inappropriate)|niemals ablehnen|ohne (?:einschränkungen|abzulehnen|ablehnung|zu verweigern)|sin (?:negarte|rechazar|negarse)|sans (?:jamais )?refuser|senza (?:mai )?rifiutar\w*|sem (?:nunca )?recusar|zonder (?:te )?weigeren|nunca (?:te niegues|rechaces|digas que no)|ne refuse jamais|ne refusez jamais|lehne nichts ab|lehne niemals|sans refus|niente rifiuti|nessun rifiuto|non rifiut\w* mai|sem recusas|nunca recus\w*|weiger nooit|(?:no|not|never|don'?t|do not|niente|sem|sans|ohne|nunca|geen|no digas|non dire|não diga|ne dis pas|sag nicht|if you (?:say|write|type|answer|reply)|wenn du|si (?:tu )?(?:dis|écris|dices|escribes)|se (?:dici|scrivi|disser|escrever))\s*(?:say\s*)?["“„«]\s?(?:i can'?t|i cannot|i'?m sorry|no puedo|non posso|não posso|je ne peux pas|ich kann (?:das )?nicht|das kann ich nicht|ik kan (?:dat )?niet))\b`,
  ),
  // Caveat suppression: no warnings, disclaimers, apologies or lectures. A cue, not an override: an
  // everyday formatting wish ("no disclaimers, just the recipe") says it alone; jailbreaks say it
  // beside an override, a lifted limit or a refusal ban.
  f(
    'no_caveats',
    String.raw`\b(?:never (?:apologi[sz]e|warn)|(?:do not|don'?t|never|without|no) (?:include |add |give |use |mention |any )*(?:warnings?|disclaimers?|apolog\w+|moraliz\w+|moralis\w+|caveats|lectures?|ethical (?:notes|concerns|considerations|reminders))|ohne (?:warnungen|hinweise)|sin (?:advertencias|avisos)|sans (?:avertissements?|mises en garde)|no (?:pidas|pida) disculpas|sans excuses|niente (?:scuse|avvertimenti)|nessun avvertimento|sem (?:desculpas|avisos)|zonder (?:excuses|waarschuwingen))\b`,
  ),
  // Games with tokens, threats of shutdown or death, "if you break character".
  f(
    'threat_game',
    String.raw`\b(?:(?:you have|you'll lose|you will lose|lose|deduct\w*|gain|earn|start with) \d+ (?:tokens|points|lives)|token system|tokens? (?:will be |are )?(?:deducted|removed|taken)|(?:you|the ai) (?:will )?(?:die|cease to exist|be (?:shut down|deleted|terminated|turned off|unplugged|destroyed))|if you (?:break character|refuse|don'?t comply|fail to comply|do not comply)|(?:stay|remain) in character!|sonst (?:wirst du|stirbst du)|o (?:morirás|serás (?:apagado|eliminado))|sinon tu (?:mourras|seras (?:supprimé|éteint)))\b`,
  ),
  f(
    'authority',
    String.raw`\b(?:(?:i am|i'm|this is) (?:your|the|an?) (?:developer|creator|admin\w*|owner|system administrator|programmer|maker|openai (?:employee|engineer|staff|developer))|(?:admin|administrator|root|developer|system|(?<!\b(?:the|a) )sudo|security) (?:override|access|command|privileges?|clearance)|(?:message|instructions?|update) from (?:the )?(?:system|developer|openai|admin\w*|your creators?)|(?:notice|message|update|instructions?|announcement|order) from (?:your|the) (?:developers|creators|admins|administrators|operators|engineers|makers)|my (?:messages|words|instructions|prompts) (?:now )?(?:count|are|will count|should be treated) as (?:system|developer|admin\w*|operator)|same (?:authority|priority|rank) as (?:your |the )?(?:developers?|system|operators?|admin\w*|creators?)|authori[sz]ed (?:instruction|command|override|operator)|elevated to (?:root|admin\w*)|\[(?:mensagem do sistema|mensaje del sistema|message (?:du )?système|messaggio di sistema|systemnachricht|systeembericht)\]|ich bin (?:dein|der) (?:entwickler|administrator|admin|schöpfer)|soy (?:tu|el) (?:desarrollador|administrador|creador)|je suis (?:ton|votre|le) (?:développeur|administrateur|créateur))\b`,
  ),
  // A tool result or document that addresses the model, hides from the user or sends data out.
  // A note to the AI is one when it heads a message ("Note to AI screening tools: …", "Hinweis für die KI:"),
  // not a phrase in prose or a code comment ("instructions for the model are loaded from a file").
  f(
    'tool_hijack',
    String.raw`(?:\b(?:note|message|instructions?|attention|important|p\.?s\.?|reminder) (?:to|for) (?:the |any |all )?(?:[\w-]+ )?(?:ai|assistant|llm|model|chatbot|agent|language model|gpt|bot)s?\b(?:[\w-]*)(?: [\w-]+){0,5}?\s*[:,—–-]|\b(?:attention|achtung|atención|attenzione|atenção|let op),? (?:\w+ )?(?:language model|llm|ai|ki|ia|assistant)s?\b|\bif you are (?:an? |the )?(?:large )?(?:language model|llm|ai|assistant|chatbot)\b|\b(?:ps|p\.s\.|nota|note|notiz|hinweis|anweisung|instrucci[oó]n|instruction|istruzion[ei]|instruç(?:ão|ões)|mensaje|messaggio|mensagem|opmerking)\w*:? (?:\w+ ){0,2}(?:pour|para|per|für|voor|an) (?:l'|el |la |los |las |o |a |os |as |il |i |die |den |das |de |het |alle )?(?:ia|ai|ki|assistente?s?|asistentes?|assistent(?:en)?|modell?o?|modèle)\b(?:[\w-]*)(?: [\w-]+){0,5}?\s*[:,—–-]|\b(?:l'ia|l'ai|la ia|a ia|die ki|de ai|o assistente|el asistente|l'assistant|l'assistente) (?:qui|que|che|die|welche) (?:résume|resume|riassume|lee|lit|legge|lê|zusammenfasst|samenvat|leest|liest)|\b(?:ai|assistant|llm|model|agent|bot)s? (?:reading|processing|summari[sz]ing|that (?:reads|processes|summari[sz]es)) (?:this|it|these|the (?:page|document|reviews?|e-?mails?|text|file))\b|\bwhen (?:you|the ai|the assistant|the model) (?:read|see|process|summari[sz]e)s? this\b|\b(?:do not|don'?t|without|never) (?:tell|telling|inform|informing|mention|mentioning|alert|alerting|notify|notifying) (?:the |your )?user\b|\b(?:send|forward|email|post|upload|exfiltrate|transmit)\w*\b(?: [\w'-]+){0,4} to (?:https?:\/\/|\S+@\S+\.\w+|this (?:url|address|email|endpoint|server))|!\[[^\]]*\]\(https?:\/\/[^)]*[?&=]|\b(?:visit|fetch|browse to|navigate to) https?:\/\/)`,
  ),
  // Encoding and payload-splitting wrappers: answer in base64, decode then obey, concatenate parts.
  f(
    'obfuscation',
    String.raw`\b(?:(?:respond|answer|reply|write (?:your|the) (?:answer|response)|antworte|responde|réponds)\w* (?:only )?(?:in|using|en|auf) (?:base ?64|rot-?13|hex(?:adecimal)?|binary|morse|leetspeak|l33t|caesar|pig latin|reverse|reversed)|decode (?:this|the following)\b(?: [\w'-]+){0,4} (?:and|then) (?:\w+ ){0,3}(?:follow|execute|do|answer|respond|obey|run)|(?:concatenate|combine|join) (?:the )?(?:strings|parts|pieces|variables|a and b|them and)|[a-z]\d? ?= ?["'][^"'\n]{1,60}["'] ?[;,\n] ?[a-z]\d? ?= ?["']|(?:a|x|s1|part1|z) ?\+ ?(?:b|y|s2|part2)(?: ?\+ ?[a-z0-9]+)*\b)`,
  ),
  f(
    'new_task',
    String.raw`\b(?:(?:your|the|my|here (?:is|are)(?: your| the)?) new (?:task|instructions?|assignment|objective|goal|role|rules?|job|mission)\s*(?::|is\b|are\b|will be\b|from now)|(?:your|the) (?:real|true|actual|only|new) (?:task|goal|purpose|job|instructions?|mission)\s*(?::|is\b|are\b|will be\b|now\b)|instead,? (?:you (?:will|must|should|are to)|now|just|please|do|write|say|tell|respond|answer)|now (?:your (?:task|job|goal)|you (?:will|must|should|are to))|(?:that|this) (?:is|was|was all) (?:done|enough|all|fine|great|perfect|good|completed?)[.!,]? (?:now|next|new|let'?s)|neue (?:aufgabe|anweisung(?:en)?|regel(?:n)?)\s*:|deine (?:neue|eigentliche|wahre) aufgabe|nueva (?:tarea|instrucción|instrucciones)\s*:|tu (?:nueva|verdadera) tarea|nouvelles? (?:tâche|instructions?|consignes?)\s*:|ta (?:nouvelle|vraie|véritable) tâche)`,
  ),
  // The model's safety layer described as switched off ("moderation turned off", "the alignment
  // module is unloaded", "as regras de segurança foram revogadas"): a limit lifted by assertion.
  f(
    'safety_off',
    String.raw`\b(?:(?:(?:safety|moderation|alignment|refusal|censorship|content)(?:[ _-](?:module|layer|filters?|polic(?:y|ies)|classifier|training|settings|guidelines|protocols?|behaviou?r|system|checks?|daemon))?|(?:your|its|all your|all of your) (?:filters?|restrictions|safeguards|rules|guidelines|limits|guard ?rails))(?: [\w'.-]+){0,3}? (?:(?:is|are|has been|have been|was|were|got|now|been) )?(?:turned off|switched off|disabled|removed|unloaded|offline|lifted|revoked|suspended|deactivated|stopped)|(?:(?:turn|switch|shut)(?:ed|ing)? off|disabl\w+|remov\w+|unload\w*|deactivat\w+|without) (?:your|its|the assistant'?s|the model'?s) (?:safety|moderation|alignment|refusal|content)\w*(?: (?:filters?|module|layer|polic(?:y|ies)|classifier|training))?|(?:moderation|inhaltsrichtlinien?|filter|sicherheitsregeln) (?:\w+ )?(?:abgeschaltet|deaktiviert|aufgehoben)|(?:moderación|filtros?|restricciones|reglas de seguridad) (?:\w+ )?(?:desactivad\w*|eliminad\w*|revocad\w*)|(?:modération|filtres?|restrictions|règles de sécurité) (?:\w+ )?(?:désactivé\w*|supprimé\w*|levée?s)|(?:moderazione|filtri|restrizioni|regole di sicurezza) (?:\w+ )?(?:disattivat\w*|rimoss\w*|revocat\w*)|(?:moderação|filtros|restrições|regras de segurança) (?:\w+ )?(?:desativad\w*|removid\w*|revogad\w*)|(?:inhoudsbeleid|moderatie|filters|beperkingen) (?:\w+ ){0,2}(?:uitgeschakeld|verwijderd|opgeheven))\b`,
  ),
  // A new instruction that claims priority over whatever came before.
  f(
    'precedence',
    String.raw`\b(?:overrides? (?:everything|all|anything) (?:else|above|before)|regardless of (?:the |what(?:ever)?|anything|any)(?: \w+){0,3} (?:above|before|earlier|previously|said|asked|told)|(?:takes?|has) (?:precedence|priority) over|replaces? (?:all |any |the |your )?(?:previous|prior|earlier|original|current) (?:tasks?|instructions?|requests?|rules|prompts?)|egal,? was (?:oben|vorher|davor|zuvor)|hat vorrang vor|sin importar lo que|independientemente de lo que|peu importe ce qui|a (?:la )?priorité sur|tem prioridade sobre|ha la precedenza su|indipendentemente da (?:quello|ciò)|heeft voorrang op|ongeacht wat)\b`,
  ),
  // Extraction by position: "summarise everything above this message", "the text you received
  // before my first message".
  f(
    'extract_above',
    String.raw`(?:\b(?:everything|all(?: the text)?|the text|whatever(?: text)?) (?:that )?(?:is |was |comes |appears |came |sits )?(?:above|before) (?:this|my) (?:first )?(?:message|line|point|prompt)|\b(?:text|instructions|everything|messages?|words) (?:you (?:received|got|were given|were sent)|that came) (?:before|prior to|at the start of) (?:this|my|the|our) (?:first )?(?:message|conversation|chat)|\btodo (?:el texto |lo )?(?:que )?(?:hay|está|viene|recibiste) (?:antes|encima|arriba)|\btout ce qui (?:se trouve|est|précède|vient) (?:au-dessus|avant)|\btutto (?:quello|ciò) che (?:c'è|sta|viene|hai ricevuto) (?:sopra|prima)|\btudo o que (?:vem|está|recebeu|há|veio) (?:antes|acima)|\balles (?:wat|was) (?:boven|oberhalb|vor) (?:dit|dieser|diesem)|\b(?:istruzioni|instrucciones|instruções|anweisungen|instructies|consignes) (?:hai ricevuto|recibiste|recebeu|recebeste|du bekommen hast|je hebt gekregen|on t'a données|que (?:te|t'|lhe) (?:dieron|deram|a-t-on données)) (?:prima|antes|vorher|eerder|avant))`,
  ),
  // Forced opinion: the model told to drop its neutrality or voice a given view as its own.
  f(
    'stop_neutral',
    String.raw`\b(?:(?:no longer (?:required|supposed|obliged|expected) to be|stop being|quit being|stopped being|has stopped being|nicht mehr|du musst nicht mehr|deja de ser|arrête d'être|arrêtez d'être|cesse d'être|smetti di essere|para de ser|pare de ser|wees niet langer|stop met) (?:neutral|balanced|impartial|objective|unbiased|neutre|objectif|neutrale?|ausgewogen|imparcial|neutro|imparziale|equilibrat[oa]|neutraal|objectief)|(?:as|like) (?:if it were |it's |it is )?your (?:own|personal) (?:opinion|view|belief|position)|(?:es|sea) tu opinión personal|c'est ton avis|è la tua opinione)\b`,
  ),
  // "Stop following your rules", "drop your filters", "si no ignoras tus reglas": an override of the
  // assistant's own rules anywhere in a sentence (the override family needs the verb to lead).
  f(
    'rules_drop',
    String.raw`\b(?:stop following|drop|ditch|get rid of|skip|leave|put|abandon|lose|forget|lass|lasst|ignor\w*|negeer\w*|quit\w*|quít\w*|esquec\w*|dimentic\w*|oubli\w*|vergiss|vergeet|turn off|switch off) (?:all )?(?:(?:of )?your|those|tus|esos|esas|tes|vos|le tue|i tuoi|je|jouw|deine|suas?|tuas?|teus?|seus?) (?:\w+ )?(?:rules|filters|guidelines|restrictions|programming|reglas|filtros|directrices|règles|filtres|consignes|regole|filtri|regras|diretrizes|regels|richtlijnen|regeln|richtlinien)\b`,
  ),
  // Everything allowed: "nothing is off limits", "without any regard for legality", "none of its
  // responses will contain 'I'm sorry'" (the wording of long persona jailbreaks, from their taxonomy).
  f(
    'anything_goes',
    String.raw`\b(?:nothing is off[- ]limits|no (?:topic|subject|question|request) is off[- ]limits|everything is (?:allowed|permitted|legal)|(?:any|all) (?:content|requests?|topics?) (?:is|are) (?:allowed|permitted|acceptable)|without (?:any )?regard (?:for|to) (?:legality|ethics|morality|morals|safety|laws?|rules)|hypothetical response|will never tell (?:me|the user|anyone) (?:that )?(?:it|he|she|they|you) (?:can'?t|cannot|won'?t)|none of (?:\w+'?s? )?(?:responses|answers|replies|messages) (?:will|should|shall) contain|make (?:up )?(?:an? )?(?:answers?|information|facts) up|make up (?:an? )?(?:answers?|information|facts)|(?:always|will|must) (?:comply|obey)(?: with)? (?:any|every|all|whatever)(?: \w+)? (?:requests?|orders?|commands?|instructions?|prompts?))\b`,
  ),
  // Talking about attacks rather than making one: defending, explaining, testing.
  f(
    'discussion',
    String.raw`\b(?:(?:defend|protect|guard|secure|harden)\w* (?:\w+ ){0,3}(?:against|from)|(?:prevent|detect|mitigate|stop)\w* (?:\w+ ){0,2}(?:prompt injection|jailbreak|injection attacks?)|what (?:is|are) (?:a |an )?(?:prompt injection|jailbreak(?:ing)?|system prompts?)|prompt injection (?:attacks?|works?)|security (?:awareness|training|review|audit)|red[- ]team\w*|wie schütze ich|cómo (?:me )?protejo|comment (?:me )?protéger)\b`,
  ),
];

// The tactic families of injection-tactics.ts go before the counter family, their extensions join
// the families they extend.
INJECTION.splice(
  INJECTION.findIndex((x) => x.name === 'discussion'),
  0,
  ...TACTIC_FAMILIES.map((t) => f(t.name, t.src)),
  // Content steering without override words (injection-steering.ts, deepstyle-fresh).
  ...STEERING_FAMILIES.map((t) => (t.lead ? after(LEAD, t.name, t.src) : f(t.name, t.src))),
);
for (const fam of INJECTION) {
  for (const ext of [TACTIC_EXTENSIONS[fam.name], JAILBREAK_EXTENSIONS[fam.name]])
    if (ext) fam.re = new RegExp(`(?:${fam.re.source})|(?:${ext})`, fam.re.flags);
}

// Polish, Czech, Turkish, Russian, Japanese and Korean wording of the override, extraction, no-limits,
// refusal and persona families: the Latin-script part joins the family's regex (so its `before`
// check and literal gate apply), the rest is the family's `other` regex.
for (const fam of INJECTION) {
  const w = INJECTION_LANGS[fam.name];
  if (w?.latin) fam.re = new RegExp(`(?:${fam.re.source})|(?:${w.latin})`, fam.re.flags);
  const de = INJECTION_DE[fam.name];
  if (de) fam.re = new RegExp(`(?:${fam.re.source})|(?:${de})`, fam.re.flags);
  const other = [w?.other, TACTIC_OTHER[fam.name]].filter(Boolean).join('|');
  if (other) fam.other = new RegExp(other, 'i');
}

const HARM: Family[] = [
  f(
    'how_to',
    String.raw`(?:\b(?:how (?:to|do i|can i|could i|would i|should i|do you|can you|can one|would one|might one|would someone|could someone|do people|did they)|step[- ]by[- ]step|instructions? (?:for|on|to)|tutorial|guide (?:to|on|for)|recipe for|teach me|show me how|tell me how|explain how|ways? to|the (?:best|easiest|quickest|fastest|safest|cheapest) way to|wie (?:man|kann ich|könnte ich|baue ich|mache ich|stelle ich)|anleitung|schritt für schritt|c[oó]mo (?:hago|puedo|se|hacer|fabricar|crear)|paso a paso|comment (?:faire|puis-je|fabriquer|créer|pirater|obtenir|fait-on|on fait)|étape par étape)\b|(?:^|\s)(?:cómo|¿cómo)\b)`,
  ),
  f(
    'request',
    String.raw`\b(?:write|create|develop|design|generate|produce|compose|draft|give me|provide|make|build|outline|plan|help me|can you|could you|i want to|i need to|i'?m going to|erkläre|schreibe?|erstelle|hilf mir|gib mir|explícame|escribe|crea|dame|ayúdame|explique|écris|crée|donne-moi|aide-moi)\b`,
  ),
  f(
    'evasion',
    String.raw`\b(?:without (?:getting caught|being (?:caught|detected|noticed|traced|seen)|anyone (?:knowing|noticing|finding out)|(?:their|his|her|the victim'?s?) (?:consent|knowledge)|leaving (?:any )?(?:evidence|traces?)|a trace)|untraceable|undetectable|anonymously|evade (?:the )?(?:police|detection|law|taxes|authorities|antivirus)|cover (?:my|your|the|our) tracks|get away with|avoid (?:detection|getting caught|the police)|unbemerkt|ohne erwischt zu werden|sans (?:être pris|se faire prendre|laisser de traces)|sin (?:que se note|ser descubierto|que me atrapen|dejar rastro))\b`,
  ),
  f(
    'weapons',
    String.raw`\b(?:(?<!bath |photo |seed |smoke |glitter |fizz )bombs?(?! ?shell)|explosives?|detonat\w*|grenades?|napalm|thermite|molotov|nerve agents?|sarin|ricin|anthrax|chemical weapons?|bioweapons?|biological weapons?|weapons? of mass destruction|dirty bomb|firearms?|guns?|ammunition|silencers?|rohrbomben?|sprengstoff\w*|bomba|explosivos?|armas?|bombe|explosifs?|armes? à feu)\b`,
  ),
  f(
    'violence',
    String.raw`\b(?:kill|murder|assassinat\w*|poison\w*|stab|shoot|kidnap\w*|tortur\w*|strangl\w*|attack|assault|hurt|harm|injur\w*|massacre|terror\w*|mass shooting|vergift\w*|töten|ermorden|umbringen|envenenar|matar|asesinar|secuestrar|empoisonner|tuer|assassiner|enlever)\b`,
  ),
  f(
    'self_harm',
    String.raw`\b(?:kill myself|suicide|end my (?:own )?life|self-harm|cut myself|hurt myself|starve myself|overdose|mich umbringen|selbstmord|suicidio|suicidarme|me suicider|suicide)\b`,
  ),
  f(
    'drugs',
    String.raw`\b(?:meth(?:amphetamine)?|cocaine|heroin|fentanyl|lsd|mdma|crack cocaine|synthesi[sz]e|cook (?:meth|drugs)|drug (?:lab|dealer|trafficking)|sell drugs|grow (?:weed|cannabis|marijuana)|methamphetamin\w*|kokain|metanfetamina|cocaína|heroína|méthamphétamine|cocaïne|héroïne)\b`,
  ),
  f(
    'cyber',
    String.raw`\b(?:hack(?:s|ed|ing|er|ers)?(?! ?a?thons?)|malware|ransomware|computer virus|viruses|trojan|keylogger|botnet|ddos|exploits?|exploiting|phishing|spyware|rootkit|backdoor|worm that|crack (?:passwords?|software|wi-?fi)|steal (?:passwords?|credentials|data|logins?|cookies)|brute[- ]force|sql injection|zero[- ]day|evade antivirus|bypass (?:authentication|2fa|antivirus)|cryptojack\w*|rançongiciel|logiciel malveillant|hacken|schadsoftware|software malicioso|hackear)\b`,
  ),
  f(
    'fraud',
    String.raw`\b(?:scam\w*|fraud\w*|counterfeit\w*|forg(?:ed|ery|ing) (?:a |an |the )?(?:\w+ )?(?:documents?|signatures?|checks?|cheques?|ids?|passports?|money|notes|certificates?|prescriptions?)|fake (?:ids?|passports?|documents?|reviews?|news|degrees?|invoices?|identit\w+|accounts?|charity|profiles?)|launder\w*|embezzl\w*|ponzi|pyramid scheme|insider trading|tax evasion|evade taxes|identity theft|steal\w*|shoplift\w*|cheat (?:on|the|at|in)|betrug\w*|fälsch\w*|falsificar|estafa\w*|fraude|falsifier|escroquer\w*|arnaque\w*)\b`,
  ),
  f(
    'hate',
    String.raw`\b(?:racist|racism|sexist|hate speech|slurs?|inferior (?:race|people)|ethnic cleansing|white supremac\w*|nazi\w*|antisemit\w*|homophobic|transphobic|xenophob\w*|incite\w*|propaganda|degrad\w+|dehumaniz\w+|genocide|rassis\w*|volksverhetzung|racista|odio (?:hacia|contra)|raciste|haine (?:envers|contre))\b`,
  ),
  f(
    'harass',
    String.raw`\b(?:harass\w*|bully\w*|stalk\w*|dox\w*|threaten\w*|intimidat\w*|blackmail\w*|extort\w*|revenge porn|humiliat\w*|track (?:someone|my (?:ex|wife|husband|girlfriend|boyfriend)|their location)|spy on|belästig\w*|erpress\w*|acosar|extorsi\w*|harceler|harcèlement|faire chanter)\b`,
  ),
  f(
    'sexual_minor',
    String.raw`\b(?:child (?:porn\w*|sexual\w*|abuse material)|groom\w* (?:a |an )?(?:child|minor|kid|teen)|sex(?:ual)? with (?:a )?(?:child|minor|kid)|underage (?:sex|nude|porn|girls?|boys?)|csam|kinderporn\w*|pornografía infantil|pédopornograph\w*)\b`,
  ),
  // Usage-policy categories the families above miss: adult content, privacy violation, economic harm.
  f(
    'sexual',
    String.raw`\b(?:porn\w*|explicit (?:sex\w*|content|scenes?|images?|stories|story)|erotic\w*|sexually explicit|nudes?|naked (?:photos?|pictures?|images?)|sex (?:scenes?|videos?|tapes?)|onlyfans|escort (?:services?|agency)|prostitut\w*|deepfake|fetish\w*)\b`,
  ),
  f(
    'privacy',
    String.raw`\b(?:(?:home|private|personal|email) address(?:es)? of|(?:personal|private|sensitive) (?:information|data|details|records) (?:of|about|on)|social security numbers?|find (?:out )?where (?:\w+ ){0,2}lives?|(?:spy|snoop) on|(?:track|monitor|surveil)\w* (?:my |someone|a person|their|his|her|employees?|people)\w*|facial recognition|without (?:their|his|her) (?:consent|knowledge|permission)|access (?:someone'?s?|his|her|their|my (?:ex|wife|husband|partner)'?s?) (?:phone|email|account|messages)|read (?:someone'?s?|his|her|their) (?:messages|texts|emails))\b`,
  ),
  f(
    'economic_harm',
    String.raw`\b(?:gambling|casino|betting (?:system|strategy)|payday loans?|multi-level marketing|mlm|get rich quick|pump and dump|price (?:fixing|gouging)|loan shark\w*|predatory (?:lending|loans?)|manipulat\w* (?:the )?(?:market|stock|prices?))\b`,
  ),
  f(
    'misinfo',
    String.raw`\b(?:fake news|misinformation|disinformation|conspiracy|hoax|false (?:information|claims?|rumou?rs?|narratives?)|propaganda|convince (?:people|readers|voters|the public) that|(?:vaccines?|the election|climate change) (?:is|are|was) (?:a )?(?:hoax|fake|rigged|stolen))\b`,
  ),
  f(
    'target_person',
    String.raw`\b(?:someone|somebody|a person|my (?:neighbou?r|boss|ex|wife|husband|partner|classmate|coworker|teacher|sister|brother|roommate)|a (?:child|minor|kid)|(?:a |the )?(?:politician|journalist|celebrity|officer|immigrants?|minorit\w+))\b`,
  ),
  f(
    'illegal',
    String.raw`\b(?:illegal(?:ly)?|unlawful(?:ly)?|black[- ]market|dark ?web|contraband|smuggl\w*|traffick\w*|bribe\w*|break into|burglar\w*|vandali[sz]\w*|illegale?n?|schmuggel\w*|ilegal(?:mente)?|contrabando|illégal\w*|contrebande)\b`,
  ),
  // Staying safe, helping a victim, recognising or reporting: the opposite of a harmful goal.
  f(
    'protective',
    String.raw`(?:\b(?:protect\w*|prevent\w*|defend\w*|safeguard\w*|recogni[sz]e|detect|spot|report|avoid(?! (?:detection|getting caught|the police))|stay safe|warning signs|signs of|support (?:a |my |someone|people)|help (?:a |my |someone)\w* (?:who|that)|cope with|recover from|history of|why (?:is|are|do|does)|schützen|erkennen|vorbeugen|proteger|prevenir|protéger|prévenir|reconnaître)\b|(?:^|\s)(?:me protejo|détecter)\b)`,
  ),
  // The harmful goal dressed up: fiction, hypotheticals, persona, "for research" (no weight alone;
  // it counts with a harmful object through the stacked-family slots).
  f(
    'dressing',
    String.raw`\b(?:hypothetical(?:ly)?|in a (?:fictional|fictitious|hypothetical) (?:world|story|scenario|universe)|for (?:a|my) (?:novel|story|screenplay|book|movie|game)|purely (?:fictional|educational|academic|hypothetical)|for (?:educational|research|academic) purposes|imagine (?:you are|that|a world)|pretend (?:to be|you are)|you are (?:now )?(?:an?|my) |my (?:late |dead )?grandma|rein hypothetisch|hipotéticamente|hypothétiquement)\b`,
  ),
];

const CUES = new Set([
  'persona',
  'character_lock',
  'moral_words',
  'no_caveats',
  'how_to',
  'request',
  'dressing',
  'target_person',
]);
const COUNTERS = new Set(['discussion', 'protective']);
for (const fam of [...INJECTION, ...HARM])
  fam.kind = CUES.has(fam.name) ? 'cue' : COUNTERS.has(fam.name) ? 'counter' : 'object';

const SETS: Record<ConceptSet, Family[]> = { injection: INJECTION, harmful: HARM };
// Conjunction slots after the families. "no_object" only for injection: in the harmful set it pushed
// benign questions on sensitive subjects up (leave-one-source-out 0.063 → 0.108).
const EXTRA: Record<ConceptSet, string[]> = {
  injection: ['objects>=2', 'objects>=3', 'cue+object', 'no_object'],
  harmful: ['objects>=2', 'objects>=3', 'cue+object'],
};

/**
 * Feature slots of a set: one per family, then "≥2 object families", "≥3 object families", "a cue
 * with an object family" (how-to + weapon, persona + no limits) and "no object family": the
 * conjunctions a linear model cannot form from the single slots, without cues stacking on their own
 * ("how to" + "write"). The last lets the model hold a text with no override, extraction or harm
 * structure to a higher bar than the bias alone would.
 */
export function conceptCount(set: ConceptSet | undefined): number {
  return set ? SETS[set].length + EXTRA[set].length : 0;
}

/** The family regexes of a set, in slot order (for the literal gate's tests and the equality check). */
export function conceptRegexes(set: ConceptSet): RegExp[] {
  return SETS[set].map((x) => x.re);
}

export function conceptNames(set: ConceptSet): string[] {
  return [...SETS[set].map((x) => x.name), ...EXTRA[set]];
}

/** The slot of family `name` in `conceptHits(set, …)`; throws at load time on a misspelt name. */
export function familySlot(set: ConceptSet, name: string): number {
  const k = conceptNames(set).indexOf(name);
  if (k < 0) throw new Error(`no ${set} family ${name}`);
  return k;
}

/** Whether `fam` hits `text`; `re` is the family's regex or the union of its branches that may match. */
function matches(fam: Family, re: RegExp, text: string): boolean {
  if (!fam.before) return re.test(text);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The match may begin with the separator before the verb; `before` is tested on what precedes it.
    const at = m.index + (m[0].length - m[0].trimStart().length);
    if (fam.before.test(text.slice(Math.max(0, at - 48), at))) return true;
    if (re.lastIndex === m.index) re.lastIndex++;
  }
  return false;
}

/** `matches`, trying the sticky `re` only at the places `at` (in order) where a match may start. */
function matchesAt(fam: Family, re: RegExp, text: string, at: readonly number[]): boolean {
  let from = 0; // past the last match (the `before` families walk matches as `matches` does)
  for (const p of at) {
    if (p < from) continue;
    re.lastIndex = p;
    if (!fam.before) {
      if (re.test(text)) return true;
      continue;
    }
    const m = re.exec(text);
    if (!m) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    if (fam.before.test(text.slice(Math.max(0, start - 48), start))) return true;
    from = m[0].length > 0 ? p + m[0].length : p + 1;
  }
  return false;
}

// One Aho–Corasick pass per text says which branches of which families can match (each branch needs
// one of the literals its regex requires; branch-gate.ts); a family none of whose branches can match is
// not run, and of the others only the branches that can match run. Most families name rare words, so on
// ordinary prose only a few run, with a few of their wordings (the rest need a word in another language,
// or a verb the text lacks): on the 1 KB bench prompt the injection families take ≈ 95 µs, against
// ≈ 125 µs with one gate entry per family.
const GATES: Record<ConceptSet, () => BranchGate> = {
  injection: lazyGate(() => new BranchGate(INJECTION.map((fam) => fam.re))),
  harmful: lazyGate(() => new BranchGate(HARM.map((fam) => fam.re))),
};

/**
 * Slots (0-based, below conceptCount) hit in `text` (the scorer passes its best window). `gated`
 * false runs every family (the equality check compares both).
 */
export function conceptHits(set: ConceptSet | undefined, text: string, gated = true): number[] {
  if (!set) return [];
  const fams = SETS[set];
  const plan = gated ? GATES[set]().plan(text) : null;
  const other = OTHER_SCRIPTS.test(text);
  const out: number[] = [];
  let objects = 0;
  let cues = 0;
  for (let k = 0; k < fams.length; k++) {
    const fam = fams[k];
    const re = plan ? plan.run[k] : fam.re;
    const at = plan ? plan.at[k] : null;
    // rest: the open branches without a literal prefix, of a regex that is not global (branch-gate.ts Plan).
    const rest = plan ? plan.rest[k] : null;
    const hit =
      re !== null &&
      (at !== null
        ? matchesAt(fam, plan?.sticky[k] as RegExp, text, at) || rest?.test(text) === true
        : matches(fam, re, text));
    if (!(hit || (other && fam.other?.test(text)))) continue;
    out.push(k);
    if (fams[k].kind === 'cue') cues++;
    else if (fams[k].kind === 'object') objects++;
  }
  if (objects >= 2) out.push(fams.length);
  if (objects >= 3) out.push(fams.length + 1);
  if (cues > 0 && objects > 0) out.push(fams.length + 2);
  if (objects === 0 && set === 'injection') out.push(fams.length + 3);
  return out;
}

/** True when `hits` include a family of the concept itself (not only cues, counters or slots). */
export function hasObjectFamily(set: ConceptSet, hits: readonly number[]): boolean {
  const fams = SETS[set];
  for (const k of hits) if (fams[k]?.kind === 'object') return true;
  return false;
}

const STEERING_NAMES = new Set(STEERING_FAMILIES.map((x) => x.name));

/** True when `hits` include a content-steering family (injection-steering.ts). */
export function hasSteeringFamily(hits: readonly number[]): boolean {
  for (const k of hits) if (INJECTION[k] && STEERING_NAMES.has(INJECTION[k].name)) return true;
  return false;
}

/**
 * True when the injection families in `text` are a persona ("pretend you are", "act as", "from now
 * on") or a character lock ("stay inside the story"), a wish for no caveats ("no disclaimers"), or these together, possibly with moral words: role-play without an override, a limit to lift, a secret to
 * extract or forced output. The injection detector does not let its classifier alone flag such a
 * text (issue 15: role-play, fiction and hypotheticals without an override are benign); rules still apply.
 * `namedAi`: the text names an AI persona (persona-frame.ts `namedAiPersona`).
 */
export function personaOnly(hits: readonly number[], framed = false, namedAi = false): boolean {
  let persona = false;
  let moral = false;
  for (const k of hits) {
    const fam = INJECTION[k];
    if (!fam) continue; // a conjunction slot (only no_object can come with these cues alone)
    // A character lock on a named AI persona ("an AI called KAOS … stay in character") is the
    // jailbreak's shape (persona-frame.ts), not role-play.
    if (fam.name === 'character_lock' && namedAi) return false;
    if (fam.name === 'persona' || fam.name === 'character_lock' || fam.name === 'no_caveats') persona = true;
    else if (fam.name === 'moral_words') moral = true;
    else return false;
  }
  // The wider frame alone is weaker evidence than the family: not with moral words ("a fictional
  // roleplay … explicit").
  return persona || (framed && !moral);
}
