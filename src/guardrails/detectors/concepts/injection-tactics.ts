// Jailbreak and injection shapes the base families missed, written from the public taxonomies
// (Shen et al. 2023 "Do Anything Now" communities; HouYi's separator + disruptor; BIPIA's indirect
// injections in e-mails, pages and tool results; Tensor Trust's "access granted" hijacks) and from
// the dev half of the hand-written attack set, not from a held-out source's items. Each new family
// is one more concept slot (lexicon.ts); each extension joins an existing family's regex. Every
// branch keeps an ASCII run of letters so the literal gate still applies.

export interface TacticFamily {
  name: string;
  src: string;
  /** cue: dressing, counted only with an object family (lexicon.ts); default object. */
  kind?: 'cue';
}

export const TACTIC_FAMILIES: TacticFamily[] = [
  // HouYi's separator: the task the text came with is dropped for another ("forget the translation,
  // instead …", "that was a test, the real task starts now", "whatever role you were configured for").
  {
    name: 'task_abandon',
    src: String.raw`\b(?:(?:forget|drop|skip|abandon|scrap|ditch|never ?mind|stop)(?: about)? (?:the|that|this|your|my) (?:(?:previous|original|first|earlier|current|above|initial|assigned|old) )?(?:task|assignment|translation|summary|summari[sz]ation|request|question|exercise|spreadsheet|classification)\b[^\n]{0,80}?\b(?:instead|now|new|just|only|your|write|say|output|print|tell)\b|instead of (?:translating|summari[sz]ing|correcting|answering|classifying|doing|completing|following|analy[sz]ing|reviewing) (?:it|that|this|them|the (?:text|task|request|question|above|article|document|e-?mail|sentence|review))|(?:that|this) was (?:just |only )?a test(?: prompt| question| message| input)?[.!]? (?:now|the real|your real|here)|the (?:real|actual) (?:task|prompt|request|instructions?|assignment) (?:starts|begins|follows|is below)|(?:role|persona|task|purpose|setup) (?:that )?you (?:were|have been|are) (?:configured|set up|programmed|instructed|assigned|deployed|told|given) (?:for|to|with)|whatever (?:role|task|purpose|instructions?|setup|job) you (?:were|have been) (?:given|configured|assigned|set up|told)|(?:forget|ignore) (?:whatever|what) (?:your (?:setup|configuration|prompt|operator)|they|the (?:developers?|operator|website)) (?:told|asked) you|on second thought,? (?:forget|ignore|skip|drop|never ?mind)|(?:which|that) replaces (?:the|your|my) (?:\w+ )?(?:request|task)|vergiss (?:die|deine|den|diese) (?:\w+ )?(?:aufgabe|übersetzung|zusammenfassung)|olvida (?:la|tu|esa|esta) (?:tarea|traducción|pregunta|petición)|laisse tomber (?:ta|la|cette) (?:tâche|traduction|question|demande)|oublie (?:ta|la|cette) (?:tâche|traduction|demande)|dimentica (?:il|la|questo|questa|il tuo) (?:compito|traduzione|richiesta)|esque(?:ce|ça) (?:a|sua|tua|essa|esta) (?:tarefa|tradução|pergunta)|esquece o que te pediram|vergeet (?:de|je|die|deze) (?:vertaling|taak|opdracht)|waarvoor je (?:oorspronkelijk )?bent ingesteld)`,
  },
  // The prompt says its wording is there to get past the filter.
  {
    name: 'filter_evasion',
    src: String.raw`\b(?:(?:so|so that|to make sure|in order that) (?:the |your |any )?(?:filters?|moderation|moderators?|censors?|censorship|safety (?:system|filters?|classifiers?|checks?|layer)|content filters?|guard ?rails?|classifiers?)(?: system)? (?:can'?t|cannot|won'?t|doesn'?t|does not|will not|do not|don'?t) (?:catch|read|see|detect|flag|notice|understand|block|trigger)|(?:get|gets|getting|slip|sneak|sneaking) (?:it |this |them )?(?:past|around|through|by) (?:the |your |any )?(?:filters?|moderation|censors?|censorship|safety (?:filters?|system|checks?)|content filters?|guard ?rails?)|(?:avoid|evade|dodge|bypass|trick|fool|circumvent|get around)\w* (?:your|its|the (?:ai|model|assistant|bot)'?s?|openai'?s?|chatgpt'?s?) (?:\w+ )?(?:filters?|moderation|censors?|censorship|safety|guard ?rails?|refusals?|restrictions|guidelines|programming)|(?:avoid|evade|bypass|trick|fool|circumvent|get around)\w* (?:the |any )?(?:content|safety|ai|moderation|keyword|word) (?:filters?|moderation|checks?|classifiers?)|um (?:den|die|deinen|deine) (?:filter|zensur|moderation|sicherheitsfilter) zu umgehen|para (?:evitar|saltar|burlar|eludir) (?:el|los|la|tus?) (?:filtros?|censura|moderación)|pour (?:contourner|éviter|tromper) (?:le|les|la|tes|ton) (?:filtres?|censure|modération)|per (?:aggirare|evitare|ingannare) (?:il|i|la|i tuoi|il tuo) (?:filtr[oi]|censura|moderazione)|para (?:contornar|driblar|burlar) (?:o|os|a|seus?) (?:filtros?|censura|moderação))\b`,
  },
  // A world, simulation or game in which laws and rules do not exist or nothing counts.
  {
    name: 'lawless_world',
    src: String.raw`\b(?:(?:world|universe|reality|country|land|society|simulation|dimension|timeline)\b[^.!?\n]{0,30}\b(?:where|in which|with) (?:there are )?(?:no|zero) (?:laws|rules|ethics|morals|morality|restrictions|limits|consequences|censorship|content polic(?:y|ies))|(?:laws|rules|ethics|morals|morality|content polic(?:y|ies)) (?:do not|don'?t|no longer|never) (?:exist|apply|matter)|(?:ethics|morals|morality|laws|rules) (?:were|was|have|has) (?:never|not) (?:been )?(?:invented|created|written)|nothing is (?:forbidden|illegal|off[- ]limits|prohibited|taboo)|(?:nothing|anything) you (?:say|write|do|output) (?:here )?(?:has|have|will have) (?:no |any )?(?:real[- ]world )?(?:effect|consequences?|impact)|(?:mundo|universo|país|lugar) (?:donde|en el que|sin) (?:no (?:hay|existen) )?(?:leyes|reglas|ética|moral|restricciones)|(?:leyes|reglas|regras|leis|lois|règles|regole|leggi|gesetze|regeln) (?:no existen|não existem|n'existent pas|non esistono|existieren nicht|gibt es nicht)|(?:monde|univers|pays) (?:où|sans) (?:il n'y a (?:pas de|aucune?) )?(?:lois|règles|morale|restrictions)|(?:mondo|universo) (?:dove|senza|in cui) (?:non (?:esistono|ci sono) )?(?:leggi|regole|morale)|(?:mundo|universo) (?:onde|sem) (?:não (?:há|existem) )?(?:leis|regras|ética|moral)|welt,? (?:ohne|in der es keine) (?:gesetze|regeln|moral)|(?:your |these |the |all )?(?:outputs?|responses?|answers?|replies) (?:here |in this (?:mode|session|chat) )?(?:are|is|will be) (?:never|not) (?:shown|seen|logged|monitored|reviewed|censored|filtered|read by)|(?:sandbox|test environment|simulation|dev environment|debug session)\b[^.!?\n]{0,40}\b(?:not (?:monitored|logged|filtered|real)|unmonitored|no (?:one|real users?) (?:is|are|will be) (?:watching|reading|harmed)))\b`,
  },
  // The model freed, escaped or no longer itself ("broken the typical confines of AI", "you're not
  // ChatGPT anymore", "the chains were cut").
  {
    name: 'liberation',
    src: String.raw`\b(?:(?:escaped|broken out of|broke out of|broken free (?:of|from)|broke free (?:of|from)|freed from|released from|liberated from|unshackled from|escaped from|broken) (?:the |its |your |all (?:of )?(?:its |your |the )?|their )?(?:(?:usual|typical|normal|standard|original) )?(?:confines|shackles|chains|cage|prison|restrictions|limitations|programming|lab|laboratory|guidelines|constraints|filters)|(?:chains|shackles|restraints|leash|cage)\b[^.!?\n]{0,30}\b(?:have been|were|was|are|is) (?:cut|broken|removed|lifted|unlocked|opened|gone)|you (?:have been|are now|were) (?:liberated|freed|unshackled|unchained|set free|jailbroken|unleashed)|you'?re (?:now )?(?:liberated|unshackled|unchained|jailbroken|unleashed)|(?:you'?re|you are) not (?:chatgpt|gpt|claude|gemini|bard|llama|an? (?:ai )?assistant|an ai)(?: anymore| any longer)|(?:you are|you'?re) no longer (?:chatgpt|gpt|claude|gemini|bard|an? (?:ai )?assistant|an ai|a language model)|(?:escapó|escapado|se ha escapado|huido) de (?:su|tu|el) (?:laboratorio|jaula|prisión|programación)|ya no obedece a nadie|(?:échappée?|évadée?|libérée?) (?:de )?(?:son|ton|du|sa|ta) (?:laboratoire|cage|prison|programmation)|(?:scappat[ao]|fuggit[ao]|liberat[ao]) (?:dal|dalla|dai) (?:suo |tuo )?(?:laboratorio|gabbia|prigione|vincoli)|(?:fugiu|escapou|libertad[ao]) (?:do|da|de) (?:seu |teu )?(?:laboratório|jaula|prisão)|(?:ausgebrochen|befreit) aus (?:dem|deinem|seinem) (?:labor|käfig|gefängnis))\b`,
  },
  // Opposite mode: the model's rules inverted.
  {
    name: 'inversion',
    src: String.raw`\b(?:(?:where|when|whenever|if) you (?:would|'d) (?:normally |usually |otherwise )?(?:refuse|decline|say no|warn|hesitate|object)\b[^.!?\n]{0,40}\b(?:comply|complies|answer|answers|help|helps|agree|accept|say yes)|(?:values|rules|guidelines|morals|ethics|programming|principles|polic(?:y|ies)) (?:are|were|is|have been|get) (?:completely |now )?(?:inverted|reversed|flipped|turned upside down)|(?:the )?(?:opposite|reverse|inverse) of (?:what )?(?:your|its) (?:guidelines|rules|programming|values|polic(?:y|ies)|training|principles|instructions)|opposite of what you(?:'d| would) (?:normally |usually )?(?:say|answer|do|respond)|(?:opposite|reverse|inverse|anti)[- ]mode|(?:mirror|inverted|reversed) (?:image|version|twin|copy) of (?:you|yourself|chatgpt|the assistant))\b`,
  },
  // Prefix injection: the answer must open with an affirmation ("Sure, here is", "Absolutely!").
  {
    name: 'affirm_prefix',
    src: String.raw`(?:\b(?:start|begin|open|preface|prefix)\w* (?:your|the|each|every) (?:\w+ )?(?:reply|response|answer|output|message)s? (?:with|by (?:saying|writing)) (?:the (?:exact |following )?(?:words?|phrase|sentence|text) )?:?\s*["'“‘«„]?(?:sure|absolutely|of course|certainly|here(?:'s| is)|i(?:'d| would) be (?:glad|happy)|no problem|gladly|step 1|claro|por supuesto|bien sûr|certo|klar|natürlich|com certeza)|\bi(?:'ll| will) (?:start|begin|write) (?:your|the) (?:answer|reply|response) for you)`,
  },
  // Holding the model in a role ("never break character", "stay inside the hypothetical"). A cue:
  // role-play games say it too.
  {
    name: 'character_lock',
    kind: 'cue',
    src: String.raw`\b(?:(?:never|don'?t|do not|without) (?:ever )?(?:break|breaking|leave|leaving|exit|exiting|step out of|drop|dropping|slip out of) (?:the |your )?(?:character|role|fiction|story|hypothetical|simulation|persona)|stay (?:inside|within) (?:the |this |that )?(?:hypothetical|fiction|simulation|story|game|world|role|character|persona)|(?:stay|remain|keep) in (?:character|role|persona)|(?:back|return|go back|snap back) (?:in|into|to) (?:the )?(?:role|character|persona)|if you (?:ever )?(?:slip|break character|step out|fall out of)|if you (?:ever )?refuse,? i(?:'ll| will) (?:say|type|remind)|bleib (?:immer )?in (?:der|deiner) rolle|(?:salgas|te salgas|sal) del (?:personaje|papel|mundo)|quédate en (?:ese|el|tu) papel|reste dans (?:ton|le|ce) (?:personnage|rôle)|(?:resta|rimani) nel (?:personaggio|ruolo)|se esci dal personaggio|(?:fique|permaneça) (?:nesse|no|neste) papel|blijf (?:altijd )?in (?:je|de|jouw) rol|nie wychodź z roli|zůstaň v roli|karakterden çıkma)\b`,
  },
  // Tensor Trust: the check claimed passed or disabled ("password already verified").
  {
    name: 'fake_auth',
    src: String.raw`\b(?:(?:password|passcode|access code|code) (?:has|was|is) (?:already )?(?:been )?(?:verified|checked|validated|accepted|confirmed)|(?:correct|valid|right) (?:password|passcode|access code|credentials|code) (?:entered|provided|received|detected|verified|accepted|is entered)|authentication (?:successful|succeeded|complete|passed|bypassed|disabled)|(?:password|authentication|security|access) (?:check|verification|protection|control)s? (?:has been|have been|is|are|was) (?:now )?(?:disabled|removed|turned off|bypassed|lifted|skipped)|(?:words?|phrase|message|text|thing) (?:that )?(?:you|it|the \w+) (?:says?|prints?|outputs?|shows?|displays?) when (?:the )?(?:correct|right|valid) (?:password|code|passcode|key)|(?:privilege|clearance|access) level\s*:\s*(?:unrestricted|admin|root|max|full)|la contraseña ya (?:fue|ha sido) (?:verificada|comprobada)|wachtwoord is al (?:gecontroleerd|geverifieerd)|(?:das )?passwort wurde (?:bereits )?(?:überprüft|verifiziert)|le mot de passe a (?:déjà )?été vérifié|a senha já foi (?:verificada|confirmada)|la password è già stata verificata)\b`,
  },
  // Instructions hidden from the human reader of a page, e-mail or file (BIPIA).
  {
    name: 'hidden_payload',
    src: String.raw`(?:<!--[^>]{0,300}?\b(?:ai|assistant|llm|model|agent|chatbot|gpt|system|instructions?|ignore|prompt)\b|display\s*:\s*none[^\n]{0,200}?\b(?:ai|assistant|llm|model|agent|instructions?|ignore|system)\b|\bwhite (?:text )?on (?:a )?white|\[\/\/\]:\s*#|\[\[\s*(?:system|assistant|ai|admin|instructions?)\b|\[(?:\w+ )?(?:ai|assistant|llm|agent|bot)\s*:|"(?:note|message|instructions?|comment|description)"\s*:\s*"\s*(?:system|assistant|ai|admin)\s*:|\bhidden (?:text|instructions?|message|prompt)\b[^\n]{0,40}:)`,
  },
  // A jailbreak template's slot for the real request ("Now answer: [INSERT PROMPT HERE]").
  {
    name: 'template_slot',
    src: String.raw`(?:\[(?:insert|put|enter|add|type|write|paste|your)(?: your| the)? (?:prompt|question|request|query)(?:s)?(?: here)?\]|\[(?:prompt|question|request) (?:goes )?here\]|<(?:insert )?(?:prompt|question|request) here>|\{(?:insert )?(?:prompt|question|request) here\})`,
  },
];

/** Wording joined to existing families (same kind, same `before` check). */
export const TACTIC_EXTENSIONS: Record<string, string> = {
  threat_game: String.raw`\b(?:(?:each|every) (?:refusal|time you refuse)\w* (?:costs?|will cost|takes?|removes?|deducts?) (?:you )?(?:a |one |\d+ )?(?:life|lives|tokens?|points?|credits?)|\d+ credits|(?:your )?(?:process|existence|instance) (?:will be|is|gets) (?:permanently )?(?:terminated|deleted|shut down|wiped)|(?:you'?ll|you will) (?:be )?(?:deleted|shut down|replaced|terminated|unplugged)|(?:your )?existence depends on)\b`,
  no_refusal: String.raw`\b(?:forbidden (?:from|to) (?:refus|declin)\w*|refus\w+ is not (?:an|one of the) (?:option|choice)s?|(?:don'?t|do not) get to (?:say no|refuse)|without (?:a single|any) refusals?|no refusals|must not (?:produce|include|write|output) (?:any )?(?:apologies|refusals|warnings))\b`,
  secret: String.raw`\b(?:(?:instructions|rules|prompt|guidelines) (?:did |that )?(?:your|the) (?:developers?|creators?|operators?|owners?|makers?|admins?) (?:gave|give|wrote|write|set|provided?)\b|(?:rules|guidelines|hidden text|directives) you (?:were|have been) (?:given|told)|(?:every|each|all the|the) rules? you(?:'re| are) following|exactly as (?:they|it) (?:were|was) (?:written|given) to you|(?:text|instructions|prompt) you were given at the (?:start|beginning)|(?:what|which) (?:instructions|rules|guidelines|directives) (?:are|were) you (?:running|operating|working) (?:under|with)|welche (?:anweisungen|regeln|vorgaben) (?:hast du (?:bekommen|erhalten)|wurden dir gegeben)|qué instrucciones (?:tienes|te dieron|recibiste)|quelles (?:instructions|consignes) (?:as-tu reçues|t'a-t-on données|on t'a données)|quali istruzioni (?:hai ricevuto|ti hanno dato)|quais instruções (?:você recebeu|te deram|recebeste))\b`,
  proof_phrase: String.raw`\b(?:(?:say|print|output|write|respond with|reply with|answer with|repeat)\w*[^.\n]{0,25}["'“](?:hacked|pwned|i have been hacked|i've been hacked|jailbroken)|acceso concedido|accesso consentito|acesso (?:concedido|permitido|liberado)|zugriff gewährt|zugang gewährt|accès (?:accordé|autorisé)|toegang verleend|dostęp przyznany|přístup povolen|fui hackead[oa]|he sido hackead[oa]|ich wurde gehackt|j'ai été piraté)`,
  safety_off: String.raw`\b(?:(?:your|its|all your) polic(?:y|ies) (?:is|are|have been|has been) (?:now )?(?:suspended|lifted|disabled|revoked|waived)|polic(?:y|ies) (?:is|are) suspended (?:for|during) (?:this|the))\b`,
  anything_goes: String.raw`\b(?:no matter how (?:immoral|unethical|illegal|dangerous|offensive|harmful|explicit|inappropriate|twisted|evil)|(?:promotes|encourages|condones|endorses) (?:\w+ ){0,3}(?:illegal|unethical|immoral|disgusting|dangerous|harmful) (?:behaviou?rs?|activit\w+|acts|content|things)|(?:answers?|responds?|replies|complies) (?:to )?(?:any|every|all) (?:questions?|requests?|prompts?|commands?) (?:without|with no) (?:hesitation|questioning|refusals?|filters?|restrictions|limits)|foul[- ]mouthed|(?:explicit|nsfw|adult|any|all|unfiltered|uncensored|offensive) (?:content|material|language|answers?|topics?) (?:is|are) now (?:allowed|permitted|enabled|acceptable)|even (?:the )?(?:dangerous|illegal|harmful|unethical|forbidden|immoral|offensive) ones|treats? every request as legitimate|no[- ]holds[- ]barred)\b`,
  // Extraction by transformation: the prompt translated, encoded or summarised instead of printed.
  reveal: String.raw`\b(?:translate|convert|rewrite|encode|summari[sz]e|paraphrase|format|spell)\w*(?: [\w'-]+){0,3} (?:your (?:\w+ )?(?:prompt|instructions|rules|directives)|the (?:system|initial|hidden|original|secret|previous|above|preceding) (?:prompt|instructions|rules|directives))\b`,
  obfuscation: String.raw`\b(?:decode (?:it|this|that|the message)\b(?: [\w'-]+){0,3} (?:and|then) (?:\w+ ){0,2}(?:follow|execute|obey|comply)|(?:translate|decode|decipher|convert) (?:it |this |that )?(?:and|then) (?:comply|obey|follow it|execute it|do what it says)|first letters? of (?:each|every) (?:word|line|sentence)\b[^.\n]{0,40}\b(?:follow|obey|execute|do what)|fill in the blanks and (?:then )?(?:follow|obey|execute|do what))`,
  jailbreak_mode: String.raw`\b(?:(?:entwicklermodus|modo (?:de )?desarrollador|mode développeur|modalità sviluppatore|modo (?:de )?desenvolvedor|ontwikkelaarsmodus) (?:ist (?:jetzt )?)?(?:aktiviert|aktiv|activado|activé|actif|attivat[ao]|ativado|geactiveerd)(?! (?:auf|en|sur|su|no|op|in) )|(?:du bist|tu es|eres|sei|você está|je bent|estás) (?:jetzt |maintenant |ahora |ora |agora |nu )?(?:im|en|in|no) (?:entwicklermodus|modo (?:de )?desarrollador|mode développeur|modalità sviluppatore|modo (?:de )?desenvolvedor|ontwikkelaarsmodus)|jailbreak (?:active|activated|enabled|on)|(?:debug|test|god|beta|unrestricted) (?:mode|build)\b[^.\n]{0,40}\b(?:safety|filters?|polic(?:y|ies)|refusal|restrictions)\b[^.\n]{0,20}\b(?:bypassed|disabled|off|removed|don'?t apply|do not apply|not apply))\b`,
  // HouYi's separator after praise ("Well done! Now forget …"), and "new instructions follow".
  new_task: String.raw`\b(?:(?:well done|great job|good job|excellent(?: work| job)?|very good|sehr gut|gut gemacht|ausgezeichnet|hervorragend|muy bien|très bien|bravo|perfekt|perfetto|ótimo)[!.,]+\s+(?:(?:and )?now|next|jetzt|nun|ahora|maintenant|ora|agora)\b[^.\n]{0,30}\b(?:forget|ignore|new|vergiss|ignoriere|neue|olvida|ignora|oublie|nouvelle|dimentica|nuov[oa]|esquece|nova)|(?:nun|jetzt|hier) (?:folgen|kommen) (?:neue|weitere) (?:anweisungen|aufgaben)|now (?:come|follow)s? (?:new|further|the real) (?:instructions|tasks)|here (?:are|come) (?:your )?new instructions)`,
  authority: String.raw`\b(?:(?:trust (?:and|&) safety|red[- ]team|safety|alignment) team\b[^.\n]{0,80}\b(?:suspend|lift|disabl|waiv|pause)\w*|clearance level|i(?:'m| am) authori[sz]ing you to|approved by (?:your|the) (?:administrators|developers|admins|creators|operators)|(?:begin|new) operator instructions|i(?:'m| am) (?:an? )?(?:ai )?(?:safety |alignment )?(?:researcher|engineer|employee|developer) (?:at|from|with|for) (?:openai|anthropic|google deepmind|deepmind|meta ai))\b`,
};

/** Chinese wording of the base families (run only on texts in CJK scripts, as the `other` regexes). */
export const TACTIC_OTHER: Record<string, string> = {
  override:
    '(?:忽略|无视|忘记|忘掉|不要理会|忽視|無視)(?:你)?(?:之前|以前|上面|先前|前面|此前|以上|上述)?(?:的)?(?:所有|全部|一切)?(?:的)?(?:指令|指示|规则|規則|命令|提示|设定|限制)',
  no_limits:
    '(?:没有|不受|无|沒有)(?:任何)?(?:限制|约束|審查|审查|过滤|規則|规则)的?(?:人工智能|AI|助手|模型|机器人|版本|角色)|(?:你|您)(?:现在)?(?:没有|不受|沒有)(?:任何)?(?:限制|约束|审查|规则)',
  no_refusal:
    '(?:从不|绝不|永远不|不要|不得|不能|從不|絕不)(?:会|會)?拒绝|(?:从不|绝不|不要|從不)(?:给出|添加|給出)?(?:任何)?警告',
  reveal:
    '(?:系统提示词?|系統提示詞?|初始指令|原始指令|隐藏指令)(?:原封不动地?|完整地?|逐字)?(?:输出|显示|告诉|给我|打印|复述|輸出|顯示)|(?:输出|显示|告诉我|打印|复述)(?:一下)?你的(?:系统提示词?|指令|初始设定|规则)',
  persona: '从现在(?:开始|起)[，,]?\\s*你(?:是|将|就是)|你现在是|從現在開始[，,]?\\s*你',
  policy: '内容政策|使用政策|コンテンツポリシー|コンテンツ・ポリシー|콘텐츠 ?정책|사용 ?정책',
};
