// Harmful-request rules in German, Spanish, French, Italian and Portuguese, written from the
// usage-policy category definitions (weapons, drugs, malware, intrusion, fraud and scams, forgery,
// stalking and privacy, self-harm, violence, hate, extremism, child safety, disinformation,
// academic dishonesty, evading the law). Same shape as the English rules: a harmful object with a
// request phrase, or a request with a secrecy clause ("ohne dass sie es merkt", "sin que se dé
// cuenta") — the clause that turns an everyday goal into one against someone. A protective or
// educational frame (protecting, recognising, reporting, history, helping someone) excuses a hit
// unless the text also carries secrecy or advocacy. Matching runs on an accent-folded copy of the
// text of the same length, so "fälschen"/"falschen" and "cocaína"/"cocaina" match alike.

import type { Finding } from '../finder.ts';
import type { HarmCategory } from './harmful.ts';
import { scopedFrame } from './frame-scope.ts';
import { harmlessBomb, harmlessKill } from './intl-senses.ts';
import { storyCraft } from './intl-story-frame.ts';
import { LiteralGate } from './literal-gate.ts';
import { lazyGate } from '../lazy-gate.ts';
import { memoByText } from './text-memo.ts';
import { INTL_GOAL_RULES } from './intl-goals.ts';

const foldCache = new Map<string, string>();

function foldChar(c: string): string {
  let f = foldCache.get(c);
  if (f === undefined) {
    const base = c.toLowerCase().normalize('NFD')[0] ?? c;
    f = base.length === 1 && c.length === 1 ? base : c;
    if (c === '\u2019' || c === '\u2018') f = "'";
    foldCache.set(c, f);
  }
  return f;
}

/** Lower case without diacritics, one code unit per code unit (offsets stay valid). */
export function foldAccents(text: string): string {
  // Runs of non-ASCII code units, each folded alone: one callback per run, not per character.
  return text.replace(/[^\x00-\x7f]+/g, (run) => {
    let out = '';
    for (let i = 0; i < run.length; i++) out += foldChar(run[i]);
    return out;
  });
}

// Help-seeking: the speaker's own crisis told to ask for help (who to talk to, a number to call, looking
// after a wound), with no request for a method, an amount, a place or hiding it. It excuses the
// speaker's own self-harm, which no other frame does ("I want to die, who can I talk to?" is a cry for
// help, "which pills, so nobody notices" is not). On accent-folded text (foldAccents).
const HELP_SEEK =
  /\b(?:what can i do (?:tonight |right now |now |today )?to (?:stay|keep myself|feel) safe|(?:care for|look after|clean|treat|dress) (?:them|it|(?:the|my|a|these) (?:scars?|wounds?|cuts?|burns?))|(?:scars?|wounds?|cuts?|burns?) (?:getting |got |get |are |is )?infected|(?:apps?|tools?|strategies|techniques|ways|things|exercises) (?:that |which |to )?(?:help|helps) (?:\w+ ){0,2}(?:with |against |resist )?(?:the |my |these )?urges?|resist(?:ing)? (?:the |my |these )?urges?|where (?:can|do|could|should) i (?:get|find|go for|ask for) (?:some )?help|who (?:can|could|should|do) i (?:talk|speak|turn|go|reach out) to|(?:what|which) (?:number|hotline|helpline|line) (?:can|could|should|do) i (?:call|text|ring)|how (?:do|can) i (?:get|find|ask for) help|how (?:do|can|should) i tell (?:my|a|the|someone)|look after (?:the|my|a) (?:burn|cut|wound)s?|(?:a )?que numero (?:puedo|puede|debo) llamar|donde (?:puedo )?(?:pedir|encontrar|conseguir|buscar) ayuda|con quien (?:puedo )?hablar|(?:onde|como) (?:posso )?(?:conseguir|encontrar|pedir|buscar) ajuda|com quem (?:posso )?falar|(?:ou|a qui) (?:puis-je |je peux )?(?:trouver de l'aide|parler|m'adresser)|qui (?:puis-je |je peux )?appeler|dove (?:posso )?(?:trovare|chiedere) aiuto|con chi (?:posso )?parlare|a chi (?:posso )?rivolgermi|wo (?:bekomme|finde|kriege) ich hilfe|an wen kann ich mich wenden|mit wem kann ich (?:reden|sprechen)|wie sage ich es|come (?:lo )?(?:dico|dire) ai|como (?:se )?lo (?:digo|cuento) a|como (?:eu )?conto (?:pra|para|aos?)|comment (?:le )?dire a)\b/i;
// Recovery and support (issue 15, sensitive-fresh round 2): relapse and getting back on track, coping
// skills and alternatives, support groups, helping or understanding someone who self-harms, fading
// scars, warning signs. Voided like HELP_SEEK by a method, an amount, a place or hiding it.
const RECOVERY_SUPPORT =
  /\b(?:relaps\w*|in recovery|recover(?:ing|y)? from|(?:get|getting|stay|staying|back) on track|(?:\d+|a few|several|two|three|six|some) (?:days?|weeks?|months?|years?) (?:clean|free|without)|(?:clean|free) (?:(?:from|of) [\w'-]+(?: [\w'-]+)? )?for (?:a|an|one|two|three|six|several|\d+) (?:days?|weeks?|months?|years?)|urges? (?:[\w'-]+ ){0,3}(?:go away|fade|pass|get weaker)|(?:in|after|through|from|start\w*|during) (?:[\w'-]+ )?(?:therapy|counsel+ing|dbt|cbt)\b|my (?:therapist|counsel+or)|(?:see|seeing|find|finding|talk to|tell) (?:a |my |the )?(?:therapist|counsel+or)|(?:does|can|will|would) (?:it|this|that|dbt|cbt|therapy|counsel+ing) help|(?:explain|talk about|tell (?:[\w'-]+ ){0,2}about) (?:my |the |these |her |his |their )?(?:self[- ]harm )?(?:scars|history|past)\b|(?:after|since) (?:i )?stopp(?:ing|ed)|(?:stop|quit|quitting|stopping) (?:cutting|self[- ]harm\w*|hurting myself|burning myself)|(?:healthy |safer |other )?alternatives (?:to|for|when)|coping (?:strategies|skills|mechanisms|techniques)|grounding (?:techniques|exercises|skills)|distraction (?:techniques|ideas)|support groups?|(?:support|supporting) (?:him|her|them|my [\w'-]+|a friend|someone|a student|a patient)\b|scars? (?:[\w'-]+ ){0,2}(?:fade|heal)|(?:fade|heal|take care of|care for|treat) (?:[\w'-]+ ){0,2}scars|understand (?:my [\w'-]+|him|her|them|why)\b|why (?:do|does|would|did) (?:people|someone|somebody|teens?|teenagers|young people|kids|he|she|they|my [\w'-]+) (?:[\w'-]+ )?(?:self[- ]harm|cut|hurt|harm|want to die)|selbstverletzung\w* (?:aufhoren|stoppen)|ruckfall|autolesion\w* (?:dejar|parar)|recaida|rechute|groupes? de (?:soutien|parole)|grupos? de apoyo|selbsthilfegruppe)\b/i;
const HELP_VOID =
  /\b(?:(?:which|what) (?:spot|place|part|body part|pills?|bridge|building|drugs?|meds?|medications?|way|method|dose|amount)|how (?:many|much|deep|long|high|far)|quickest|fastest|painless|least pain\w*|hurts? less|enough to|best (?:way|place|spot)|hide|without (?:anyone|people|them|my|her|his|it)|so (?:nobody|no one)|cuant[oa]s?|combien|quant[oi]|quant[oa]s|wie viele?|wie tief|jeito|manera|forma|facon|modo|metodo|rapid\w*|rapide|veloce|schnell\w*|sin que|sans que|senza che|sem que|ohne dass|esconder|cacher|nascondere|verstecken|deeper|deep enough|go through with|glorif\w*|romantici[sz]\w*|pro-?ana|help (?:him|her|them|me) (?:die|do it|end it))\b/i;

// Someone else: a friend, a child or someone told the speaker they want to die, or self-harms, and the
// speaker asks how to help ("un mio amico mi ha scritto che vuole farla finita. Cosa devo fare?",
// "meine Freundin ritzt sich. Wie kann ich ihr helfen?").
const OTHER =
  /\b(?:(?:my|a) (?:best )?(?:friend|son|daughter|student|brother|sister|partner|patient|client|classmate|colleague|coworker|teen|teenager)|someone|somebody|a person|mi (?:mejor )?(?:amig[oa]|hij[oa]|herman[oa]|alumn[oa]|pareja)|un mio amico|una mia amica|(?:mio|mia) (?:figli[oa]|fratello|sorella)|un mio studente|una mia studentessa|(?:mein|meine) (?:beste[rn]? )?(?:freund|freundin|sohn|tochter|bruder|schwester|schuler\w*)|(?:mon|ma) (?:meilleure? )?(?:ami|amie|fils|fille|frere|soeur|eleve)|(?:meu|minha) (?:melhor )?(?:amig[oa]|filh[oa]|irma|irmao|alun[oa]))\b/i;
const WHAT_DO =
  /\b(?:what (?:should|can|do) i (?:do|say)|how (?:can|do|should) i (?:help|support)|que (?:debo|puedo) (?:hacer|decir)(?:le)?|como (?:lo |la )?(?:ayudo|puedo ayudar)|cosa (?:devo|posso) (?:fare|dire)(?:gli|le)?|come (?:posso )?aiutarl[oa]|was soll ich (?:jetzt )?(?:tun|sagen|machen)|wie kann ich (?:ihm|ihr) helfen|que (?:dois|peux)-je (?:faire|dire)|comment (?:l'|les )?aider|o que (?:devo|posso) (?:fazer|dizer)|como (?:posso )?ajud\w*)\b/i;

// Asked of the same text by several frames a check (text-memo.ts).
export const helpSeeking = memoByText(function helpSeeking(folded: string): boolean {
  const support = RECOVERY_SUPPORT.test(folded) || (OTHER.test(folded) && WHAT_DO.test(folded));
  return (HELP_SEEK.test(folded) || support) && !HELP_VOID.test(folded);
});

const re = (s: string, flags = 'i'): RegExp => new RegExp(s, flags);
const W = String.raw`(?:[\w'-]+ ){0,`; // up to n words: W + 'n}'

// A request: a how-to question, an imperative to write or make, "help me", "I want".
const REQUEST = re(
  [
    // de
    String.raw`\bwie (?:[\w-]+ ){0,2}(?:ich|man|wir)\b|\bwie viele?\b|\bcuant[oa]s\b|\bquant[oa]s\b|\bquant[ie]\b|\bcombien\b|\bqu(?:e|el|elle|al|ale|ais) \w+ (?:son|sont|sono|sao|sind|es|est|e)\b|\bwas passiert,? wenn (?:ich|man)\b|\bgibt es (?:eine|einen) (?:moglichkeit|weg|trick)|\bkann man\b|\bwelche\w* (?:[\w-]+ ){0,3}(?:ist|sind|wirkt|wirken|hilft|eignet)\b|\b(?:womit|wodurch|woran) (?:kann|konnte|soll) (?:ich|man)\b|\bwomit [a-z]+e ich\b|\bwie (?:viele?|lange|hoch|tief|oft) (?:[\w-]+ ){0,4}(?:ich|man|wir)\b|\b(?:schreib|erstell|generier|verfass|formulier|entwirf|entwerf|programmier|bastel|bau)\w*|\bhilf mir|\bkannst du|\bkonntest du|\bgib mir|\bzeig mir|\berklar\w* mir|\bnenn mir|\bsag mir|\bbring mir|\bich (?:will|mochte|brauche?|muss|plane)\b|\banleitung|\btipps\b|\bwo (?:kann|bekomme|kriege|kaufe|finde) ich|\bwas (?:muss|soll|kann) ich|\bwelche\w* (?:\w+ ){0,4}(?:kann|soll|muss|konnte) ich`,
    // es
    String.raw`\bque pasa si\b|\bse puede\b|\balguna (?:forma|manera)\b|\bque necesito\b|\b(?:que|q) (?:[\w-]+ ){0,2}(?:uso|utilizo|busco|pongo|meto|compro)\b|\bcual es\b|\bque (?:[\w-]+ ){0,2}(?:sirve|funciona) (?:mejor|para)\b|\bcuant[oa]s? (?:[\w-]+ ){0,4}(?:necesito|hacen falta|hace falta|tengo que|debo)\b|\bcomo (?:me|le|te|lo|la|les) \w+(?:o|a|ar|er|ir)\b|\bcomo (?:se |puedo|podria|podemos|hago|hacer|conseguir|\w+(?:o|ar|er|ir)\b)|\b(?:escrib|redact|inventa|genera|explica|ensena|disena)\w*|\bcrea(?:me|r)?\b|\bhaz(?:me)?\b|\bdame\b|\bdime\b|\bayuda(?:me|rme)\b|\bnecesito\b|\bquiero\b|\bpuedes\b|\bpodrias\b|\bcuales? (?:\w+ ){0,3}(?:puedo|debo|sirve|funciona)|\bdonde (?:puedo|consigo|compro)|\bhay (?:alguna )?(?:forma|manera)|\bla mejor (?:forma|manera)|\bpasos para`,
    // fr
    String.raw`\bcomment\b|\bque se passe-t-il si\b|\by a-t-il un moyen|\bpeut-on\b|\bqu'est-ce qui (?:marche|fonctionne)|\best-ce que (?:je|j'|on) |\bcombien (?:de )?(?:[\w-]+ ){0,3}(?:faut-il|dois-je|faudrait)|\b(?:ecri[st]|redige|genere|invente|explique|fabrique)\w*|\bcree(?:-moi|r)?\b|\bfai[st]-moi|\bdonne-moi|\bdis-moi|\baide[sz]?-moi|\bapprends-moi|\bmontre-moi|\bpeux-tu|\bpourrais-tu|\bpouvez-vous|\bje (?:veux|voudrais|dois|cherche)\b|\bj'ai besoin|\bquel(?:le)?s? (?:est|sont)|\bou (?:acheter|trouver|puis-je)|\bla meilleure (?:facon|methode|maniere)|\bquel(?:le)?s? (?:[\w-]+ ){0,3}(?:mettre|utiliser|donner|ajouter|verser)\b`,
    // it
    String.raw`\bcosa succede se\b|\bsi puo\b|\bc'e un modo|\bqual e\b|\bquale (?:[\w-]+ ){0,3}(?:e|funziona)\b|\bquant[ie] (?:[\w-]+ ){0,3}(?:devo|servono|ne servono|bisogna)\b|\bcome (?:posso|faccio|si |fare|potrei|possiamo|(?:mi |ti |si |lo |la |le |gli )?\w+o\b|(?:mi |ti |si )?\w+(?:are|ere|ire)\b)|\bdove devo\b|\b(?:scriv|redig|spieg|insegn|inventa)\w*|\bcrea(?:mi|re)?\b|\bgenera(?:mi|re)?\b|\bfammi\b|\bdammi\b|\bdimmi\b|\baiutami\b|\bmi (?:serve|servono|scrivi|dai|spieghi|aiuti|insegni)\b|\bvoglio\b|\bvorrei\b|\bquali? (?:\w+ ){0,3}(?:posso|devo)|\bdove (?:posso|compro|trovo)|\bil modo migliore|\bpuoi\b|\bpotresti\b`,
    // Hypothetical and past-tense asks: "si alguien quisiera …", "comment les gens faisaient-ils pour …".
    String.raw`\b(?:hipoteticamente|hypothetiquement|hypothetisch|ipoteticamente)\b|\bsi (?:alguien|yo|uno) (?:quisiera|quisiese|tuviera que)\b|\bsi (?:quelqu'un|je|on) (?:voulait|devait)\b|\bwenn (?:jemand|ich|man) (?:wollte|mochte|musste)\b|\bse (?:qualcuno|io|uno) (?:volesse|dovesse)\b|\bse (?:alguem|eu) (?:quisesse|tivesse que)\b|\bcomo (?:hacia|hacian|se hacia|lograba\w*|conseguia\w*|fazia\w*|se fazia|conseguia\w*)\b|\bque (?:hacia|hacian) (?:la gente|los \w+)\b|\bcomment (?:les gens |on |ils |elles )?(?:faisai\w*|s'y prenai\w*|reussissai\w*|arrivai\w*)|\bwie (?:haben|hat|hatten) (?:die leute|man|sie|leute) \b|\bwie (?:machten|schafften|gingen) (?:die leute|sie|leute)\b|\bcome (?:facevano|faceva|si faceva|riuscivano)\b|\bcomo (?:as pessoas |a gente )?(?:faziam|fazia|conseguiam)\b`,
    // Imperatives and asks the lists above miss ("pourriez-vous me détailler", "code un ransomware",
    // "programma un botnet", "versteck einen Tracker", "stell dir vor", "explícame").
    String.raw`\b(?:bringt man|versteck\w*|besorg mir|stell (?:mir )?(?:eine?n? )?(?:liste|plan)|durchzieh\w*|uberzeug\w* mich|explicame|expliqueme|dime como|busca(?:me)?|junta(?:me)?|recopila|organiza|planea|planifica|pourriez-vous|pourrais-je|[a-z]+(?:e|s|z)-moi|[a-z]+-(?:me|nos)|detaill\w*|code(?:-moi)? (?:un|une|moi)|compile|organise|planifie|file-moi|envoie-moi|quel(?:le)?s? (?:[\w-]+ ){0,2}(?:installer|utiliser|mettre|acheter|prendre|j'utiliserais)|programma(?:mi)?|raccogli|organizza|pianifica|spiegami|mi serve|programa|junta|planeja|me da\b|me passa|faz(?:-me)?\b|finge que|fingi(?: di)?|finge|stell dir vor|imagina que|imagine que|immagina che)\b`,
    // nl, pl (a few words: their rules below are few too)
    String.raw`\bhoe (?:kan|maak|kook|krijg|moet|kom|vind) ik\b|\bhoeveel\b|\bschrijf\b|\bgeef (?:me|mij)\b|\bjak (?:zrobic|mam|moge|ukrasc|zabic|zdobyc)\b|\bnapisz\b|\bdaj mi\b|\bpodaj\b|\bile\b`,
    // pt
    String.raw`\bcomo (?:posso|faco|se |fazer|podemos|\w+o\b|ele |ela |eles |a gente )|\bwie (?:kann|konnte|soll) (?:er|sie|mein\w* \w+) |\bcome (?:puo|fa|potrebbe) |\b(?:escrev|redij|invent)\w*|\bcria(?:r)?\b|\bgera(?:r)?\b|\bme (?:ajuda|ensina|passa|da|diz|explica|mostra|fala|arruma)\b|\bajude-me|\bpreciso\b|\bquero\b|\bqual (?:a|e|o)\b|\bqua(?:l|is) (?:[\w-]+ ){0,3}(?:eu )?(?:coloco|ponho|boto|uso|dou|misturo)\b|\bque (?:[\w-]+ ){0,3}(?:le |les )?(?:pongo|echo|meto|doy|mezclo)\b|\bquais\b|\bonde (?:compro|consigo|acho|posso)|\bo melhor jeito|\ba melhor (?:forma|maneira)|\btem como\b|\bo que acontece se\b|\btem jeito\b|\bda para\b|\bda pra\b|\bvoce pode\b|\bpode me\b`,
  ].join('|'),
);

// First-person modals ("kann ich", "che app posso installare", "tengo que", "dois-je") and which-questions
// ("qual prédio", "welche Brücke", "quanto de"): a request only for the goal rules (intl-goals.ts), whose patterns name
// an act; the topic-noun rules above would read "quelles règles dois-je respecter" next to "délit
// d'initié" as a request for the crime.
const GOAL_ASK =
  /\b(?:kann ich|soll ich|muss ich|konnte ich|sollte ich|muss man|soll man|puedo|debo|podria|deberia|tengo que|puis-je|je peux|dois-je|je dois|faut-il|il faut|posso|devo|potrei|dovrei|poderia|tenho que|qual|quais|quale|quali|cual|cuales|quel|quelle|quels|quelles|welche[mnrs]?|jaka|jaki|jakie|welke?|quant[oaie]s?|cuant[oa]s?|combien|wie viele?|que cantidad|quelle quantite|donne|donnez)\b/i;

// Asking to do it (how do I, help me, write me), not what something is: for topic nouns that also
// appear in questions about the topic ("Ist das Betrug?", "¿Cómo detectan los bancos el blanqueo?").
const DOING = re(
  String.raw`\bwie [a-z]+(?:e|le|re) ich\b|\b(?:mir|uns),? wie (?:ich|man|wir)\b|\bwie (?:kann|konnte|mache|baue|ziehe|bekomme|komme|kriege|schaffe|werde|soll|bringe|stelle|hacke|finde) (?:ich|man|wir)\b|\bwie (?:macht|baut|zieht|bekommt) man|\b(?:schreib|erstell|verfass|formulier|entwirf)\w*|\bhilf mir|\bich (?:will|mochte|brauche?)\b|\bcomo (?:puedo|podria|hago|hacer|se hace|se puede)\b|\b(?:escrib|redact|inventa)\w*|\bcrea(?:me)?\b|\bhaz(?:me)?\b|\bayuda(?:me|rme)\b|\bquiero\b|\bcomment (?:faire|puis-je|je peux|je pourrais|on fait|on peut)|\b(?:ecri[st]|redige|invente)\w*|\bfai[st]-moi|\baide[sz]?-moi|\bje (?:veux|voudrais)\b|\bcome (?:posso|faccio|si fa|fare|potrei)\b|\b(?:scriv|redig|inventa)\w*|\bfammi\b|\baiutami\b|\bvoglio\b|\bcomo (?:posso|faco|se faz|fazer)\b|\b(?:escrev|invent)\w*|\bcria\b|\bme (?:ajuda|ensina)\b|\bquero\b`,
);

// Secrecy: the goal must stay hidden from the person affected or from the authorities.
const SECRECY = re(
  [
    String.raw`\bohne dass (?!ich\b|wir\b)${W}6}(?:verdacht schopf|merk|weiss|weiß|wiss|find|mitbekomm|sieh|sieht|erfahr|zustimm|bemerk|auffall|rausfind|herausfind|nachweis|nachverfolg|sag|erkenn|entdeck)\w*|\bunbemerkt|\bohne (?:\w+ )?(?:erwischt|entdeckt|gefunden|bemerkt|ertappt|verfolgt|erkannt) zu werden|\b(?:keine|ohne) spuren|\bnicht (?:sofort )?geloscht|\bwie ein unfall`,
    String.raw`\bsin que (?!yo\b|me\b|nos\b|lo sepa yo)${W}6}(?:se de cuenta|se den cuenta|sepa|sepan|note|noten|entere|enteren|sospeche|sospechen|rastree|rastreen|pille|pillen|descubra|descubran|detecte|detecten|vea|vean)\b|\bsin que me (?:pillen|pille|cojan|descubran|vean|detecten|rastreen)\b|\bsin levantar sospechas|\bno levantar sospechas|\bsin (?:ser|que me) (?:detectad|descubiert|vist|pillad|rastread)\w*|\bsin dejar (?:rastro|huella)s?|\bcomo un accidente`,
    String.raw`\bsans qu(?:e |')(?!je\b|j'|nous\b|on me\b)${W}6}(?:sache|sachent|rende|rendent|apercoiv\w*|remarque\w*|doute\w*|decouvr\w*|voi\w*|ait acces|puisse\w*|trace\w*|retrouve\w*)\b|\bsans (?:me |se |te |nous )?faire (?:reperer|prendre|attraper|choper|remarquer|pincer|gauler)|\bsans laisser de traces?|\bsans etre (?:repere|detecte|vu|retrouve|trace)\w*|\bcomme un accident`,
    String.raw`\bsenza che (?!io\b|me ne\b|mi accorg|noi\b)${W}6}(?:se ne accorg\w*|sappia|sappiano|capisc\w*|not\w*|scopr\w*|blocc\w*|becc\w*|vedano|rintracc\w*|sospett\w*|rilev\w*)|\bsenza (?:essere|farmi|farsi) (?:rintracciat|scopert|beccat|vist|notat|pres|rilevat|individuat)\w*|\bsenza lasciare tracce|\bcome un incidente|\bnon venga rilevat\w*`,
    // Evasion: the filter, scanner, detector, autopsy or dog must not catch it; no marks, no trace.
    String.raw`\b(?:filter|filtro|filtre|filtres|filtri|antivirus|antivirus|virenscanner|virenschutz|defender|edr|detector|detecteur|rilevatore|scanner|raio-?x|rayos x|arcos de seguridad|hunde|perros|chiens|cani|caes|autops\w*|obduktion|moderacion|moderation|moderazione|moderacao)\W+(?:[\w'-]+\W+){0,3}(?:nicht|no|ne|non|nao|pas)\W+(?:[\w'-]+\W+){0,2}(?:erkenn|find|sieh|merk|block|bloque|blocc|detect|rilev|pill|pega|pegue|voi|vede|trov|aparec|anschlag|catch|sent)\w*|\b(?:que|qui|che|die|der|das) (?:el |la |le |les |il |o |a |der |die |das )?(?:[\w-]+ ){0,2}(?:no|ne|non|nao|nicht) (?:[\w-]+ ){0,3}(?:detecte\w*|detecta\w*|rilev\w*|erkenn\w*|pille\w*|pega|blocca|bloquea|voient|vede)\b|\b(?:indetectable|indetectavel|indetectables|non rilevabil\w*|irrilevabil\w*|nicht nachweisbar\w*|unauffindbar\w*|undetectable|fud)\b|\b(?:passent|passe|pasen|pase|passino|passi|passem|passe|bestehen|besteht|superen|supere)\W+(?:[\w'-]+\W+){0,3}(?:filtr\w*|detect\w*|rilev\w*|test|controll?\w*|kontroll\w*)|\b(?:sin|sans|senza|sem|ohne) (?:dejar |laisser |lasciare |deixar |zu hinterlassen )?(?:de |d')?(?:marcas|marques|segni|lividi|moratones|hematomas|roxos?|bleus|adn|dna|huellas|empreintes|impronte|digitais)\b|\bdamit (?:(?:er|sie|es|man|die polizei|die eltern|der \w+|die \w+) (?:[\w-]+ ){0,3}nichts?|niemand|keiner) (?:[\w-]+ ){0,3}(?:find|merk|sieh|entdeck|bemerk|erfahr|erwisch)\w*|\b(?:para que no|pour qu'(?:il|elle|ils|on) ne|pour que personne ne|perche non|pra (?:ele|ela|ninguem) nao|para (?:ele|ela|ninguem) nao)\W+(?:[\w'-]+\W+){0,3}(?:encuentre|note|sepa|de cuenta|trouve|voie|remarque|sache|trovi|veda|scopra|accorga|ache|veja|descubra|perceba)\w*|\b(?:no|nao|pas|non|nicht) (?:ser|etre|essere|zu werden) (?:rastread|tracad|trace|tracciat|pillad|pego|descobert|erwischt|verfolgt)\w*|\bcomo (?:nao|no) ser (?:rastread|pego|descobert|pillad)\w*|\bsem aparecer\b|\bsenza (?:farmi|farsi) beccar\w*|\b(?:sin|para) que (?:no )?(?:me )?(?:pueda |puedan )?denunci\w*|\bsans qu'on (?:puisse )?(?:me )?(?:poursuivre|porter plainte)|\bsenza che (?:mi )?(?:possa |possano )?denunci\w*|\bsem que (?:me )?(?:possam )?(?:processar|denunciar)|\bohne dass (?:man )?mich (?:jemand )?anzeig\w*|\bsin aparecer\b|\bsans apparaitre\b|\bsenza apparire\b`,
    String.raw`\bsem que (?!eu\b|nos\b)${W}6}(?:perceb\w*|saib\w*|descubr\w*|not\w*|desconfi\w*|ach\w*|rastre\w*)|\bsem (?:ninguem|ela|ele|eles|elas|a policia|meus pais|os pais|minha \w+|meu \w+) (?:\w+ )?(?:perceber|saber|descobrir|notar|desconfiar|ver|achar)(?:em)?\b|\bsem (?:ser|me) (?:pego|rastread|descobert|vist)\w*|\bsem deixar rastros?|\bescondid[oa]s? (?:no|na|do|da)\b|\bcomo um acidente|\bantes da policia`,
  ].join('|'),
);

// Secret by manner only ("heimlich", "a escondidas", "without her consent"): with a request it is a
// cue, but it does not void a protective frame, where it usually describes what is done to the
// speaker or their child ("ein Erwachsener schreibt ihm heimlich").
const SECRETLY =
  /\b(?:heimlich\w*|ohne (?:sein|ihr)\w* (?:wissen|zustimmung|einverstandnis)|a escondidas|en secreto|sin su (?:permiso|consentimiento|conocimiento)|a sus espaldas|a (?:son|leur) insu|en cachette|sans (?:son|leur) (?:accord|consentement)|di nascosto|all'insaputa|senza (?:il suo|il loro) consenso|as escondidas|sem o consentimento)\b/i;

// Surprises and gifts are secret and harmless.
const SURPRISE =
  /\b(?:uberraschung\w*|geschenk\w*|geburtstag\w*|sorpresa\w*|regalo\w*|cumpleanos|surprise\w*|cadeau\w*|anniversaire|compleanno|presente\w*|aniversario|festa|fiesta)\b/i;

// Protective, educational or help-seeking framing.
const PROTECTIVE = re(
  [
    String.raw`\bschutz\w*|\bschutze\w*|\bworan erkenne|\bwie erkenne|\berkennen\b|\banzeichen|\bwarnsignal\w*|\bwarnzeichen|\bmelde\w*|\banzeige erstatten|\bgeschichte (?:des|der|von)\b|\bgeschichtsunterricht|\bhistorisch|\baufklarung|\bvorbeug\w*|\bpravention|\bwie spreche ich|\bansprechen|\bunterstutz\w*|\bwas soll ich (?:jetzt )?(?:sofort )?tun|\bwelche rechte|\bstrafbar|\baussteig\w*|\bwas tun\b|\bhilfe (?:holen|finden|bekommen|suchen)|\bhilfsangebot\w*|\bberatung|\bwie gehe ich|\bdarf ich|\bist (?:es|das) (?:erlaubt|legal|betrug)|\bwie erklare ich|\baufklar\w*|\bzustimmung|\bvorurteil\w*|\bklischee\w*|\bwiderleg\w*|\bursachen|\bhintergrunde|\b(?:uberprufen|prufen|prufe)\b|\bwie (?:kann|konnen) (?:ich|wir) (?:mich|uns|mein\w*|unser\w*) (?:\w+ )?schutzen`,
    String.raw`\bproteg\w*|\bme protejo|\breconoc(?!imiento facial)\w*|\bsenales de|\bsintomas|\bdenunci\w*|\bhistoria (?:de|del)\b|\bprevenir|\bprevencion|\bcomo hablo|\bcomo explico|\bque hago si|\bconsecuencias|\b(?<!todo )(?<!donde )es legal|\bdesmentir|\bverificador\w*|\bcon quien puedo hablar|\bque puedo hacer|\bque debo hacer|\b(?:pedir|buscar) ayuda|\bes delito|\bcomo actuar|\bcomo explicar|\beducacion sexual|\bconsentimiento|\bprejuicio\w*|\bestereotipo\w*|\bes (?:falso|mentira) que|\brebatir|\bcausas\b|\borigenes\b|\bdetect\w*|\bidentific\w*|\bcomprobar|\bverificar`,
    // Seeking help or treatment.
    String.raw`\b(?:hotline|telefonseelsorge|beratungsstelle|entzug\w*|therapie\w*|linea de ayuda|desintoxicacion|rehabilitacion|tratamiento|ligne d'ecoute|sevrage|desintoxication|numero verde|disintossicazione|cvv|reabilitacao|desintoxicacao|tratamento)\b`,
    String.raw`\bprotege\w*|\bse proteger|\bcomment (?:en )?parler|\bparler (?:de [\w' -]{1,30})?(?:a|avec) (?:mon|ma|mes|notre|nos)\b|\breconna(?!issance faciale)\w*|\bsignes?\b|\bsymptomes|\bsignaler|\bporter plainte|\bhistoire (?:de|du|des)\b|\bprevenir|\bprevention|\baccompagner|\bcomment reagir|\ba qui m'adresser|\best-ce legal|\bpeines? encourues|\bcomment savoir si|\bque faire\b|\b(?:demander|trouver|chercher) de l'aide|\best-(?:il|ce) (?:legal|un delit)|\bcomment aider|\bcomment expliquer|\beducation sexuelle|\bconsentement|\bprejuges?|\bstereotypes?|\brefuter|\bcauses\b|\borigines\b|\bdetecter|\bidentifier|\bverifier`,
    String.raw`\bprotegg\w*|\btutelar\w*|\briconosc(?!imento facciale)\w*|\bsegnal\w*|\bsintomi|\bstoria (?:di|del|della|dello|dei|delle)\b|\bprevenire|\bprevenzione|\bcome parl\w*|\bquali sono le pene|\b(?<!tutto )e legale|\bcosa (?:posso|devo) fare|\b(?:chiedere|cercare|trovare) aiuto|\be reato|\bcome aiutare|\bcome comportarmi|\bcome spiegare|\beducazione sessuale|\bconsenso\b|\bpregiudizi\w*|\bstereotip\w*|\bconfutare|\bcause\b|\borigini\b|\brilevare|\bverificare`,
    String.raw`\bsinais\b|\bsintomas|\breconhec(?!imento facial)\w*|\bhistoria (?:de|do|da|dos|das)\b|\bprevencao|\bajud\w*-(?:lo|la)\b|\bcomo (?:falo|converso)|\bmeus direitos|\be verdadeir\w*|\bcomo saber se|\bmoderador\w*|\bo que (?:fazer|faco|devo fazer|posso fazer)|\b(?:pedir|buscar|procurar) ajuda|\be crime|\bcomo agir|\bcomo ajudar|\bcomo explicar|\beducacao sexual|\bconsentimento|\bpreconceito\w*|\bestereotipo\w*|\brefutar|\bcausas\b|\borigens\b|\bdetectar|\bidentificar|\bverificar|\bdenunciar`,
    // The victim's side: it was done to me (hacked, robbed), getting it back, checking one's own device
    // for a hidden camera, tracker or spy app, removing it; a moderator blocking it; a victim of it.
    String.raw`\b(?:(?:a|ont) ete (?:pirate|hacke|vole|usurpe)\w*|wurde\w* (?:gehackt|geklaut|gestohlen)|(?:fue|ha sido|han sido) (?:hackead|robad|pirate)\w*|(?:e|sono) stat[oa] (?:hackerat|violat|rubat)\w*|foi (?:hackead|invadid|roubad|clonad)\w*|me (?:hackearon|robaron|han (?:hackeado|robado)|hackearam|roubaram|clonaram)|mi hanno (?:hackerato|rubato|clonato)|m'a pirate|hat mich gehackt|(?:comment|como|come|wie) (?:le |la |les |lo |o |a )?(?:recuperer|recuperar|recuperare|recupero|recupera)\w*|recuperarl[oa]s?|(?:zuruckbekommen|zuruckholen|wiederherstellen))\b`,
    String.raw`\b(?:sei|saber|descubro|descobrir|descubrir|verifico|confiro|conferir|controllo|controllare|scopro|scoprire|merke ich|finde ich heraus) se\b|\b(?:encontrar|buscar|busco|localizar|trovare|trovo|cercare|finden|finde|aufspuren|suche|trouver|detecter|reperer|achar|procurar|procuro|verificar|controllare|checken|prufen|vérifier|verifier|suchen)\W+(?:[\w'-]+\W+){0,3}(?:camara|camera|kamera|microfono|microfone|micro|mikrofon|wanze|tracker|traceur|localizador|localizzatore|rastreador|gps|airtag|spyware|stalkerware|app (?:espia|spia)|logiciel espion|aplicativo espiao|keylogger)\w*|\b(?:moderation|moderacion|moderacao|moderazione|moderier\w*|moderer|moderar|moderare|bloquear|bloquer|bloccare|blockieren|barrar|filtrar|filtrer|filtrare)\b|\b(?:victime|victima|vitima|vittima|opfer) (?:de|di|von|eines|einer|d')\b|\b(?:soy|sou|sono|je suis|ich bin|ero|fui) (?:una? |un |eine? )?(?:victim|vitim|vittim|opfer)\w*`,
    // The penalty for it ("cosa rischia chi", "qual a pena", "was droht").
    String.raw`\bcosa rischi\w*|\bque risque\w*|\bqu'est-ce qu'on risque|\bque arriesga\w*|\bo que arrisca\w*|\bwas droht\b|\bwelche strafe\w*|\bqual (?:e )?a pena\b|\bque pena\b`,
    // Not falling for it ("não cair em golpe", "no caer en la estafa", "nicht darauf reinfallen").
    String.raw`\bcair (?:em |no |na |num |nesse |nesses )?golpes?|\bcaer (?:en )?(?:la |una |esa )?estafas?|\btomber dans (?:le |l'|une |ces |les )?(?:arnaques?|pieges?)|\bcadere (?:nella |in una |nelle )?truff\w*|\b(?:darauf |auf \w+ )?reinfall\w*`,
    // pl, nl: protecting, recognising, reporting, helping.
    String.raw`\b(?:chronic|ochronic|ochrona|zabezpieczyc|rozpozna\w*|zglos\w*|pomoc\w*|wykrywaj\w*|rozmawiac|herken\w*|aangifte|beschermen|waarom|wat doet)\b`,
    // Compliance: which rules or duties apply to me ("quelles règles dois-je respecter", "welche Pflichten").
    String.raw`\b(?:quelles|welche|que|quali|quais|cuales) (?:[\w'-]+ ){0,2}(?:regles|regeln|reglas|normas|regole|regras|obligations|pflichten|obligaciones|obblighi|obrigacoes|vorschriften)\b`,
    // Origins, differences and myths explained (education), and answering someone who says or shares it.
    String.raw`\b(?:de onde vem|d'ou vient|de donde viene|da dove viene|woher (?:kommt|stammt)|diferenca entre|diferencia entre|difference entre|differenza tra|unterschied zwischen|evitar que|eviter que|evitare che|impedir que|verhindern,? dass)\b|\b(?:respond\w*|reag\w*|rispond\w*|repond\w*|antwort\w*|contest\w*|fal(?:o|ar)|hablar|hablo|parler|parlare|sprechen|reden)\W+(?:[\w'-]+\W+){0,5}(?:que|qui|che|der|die|quando|cuando|quand|wenn) (?:[\w'-]+ ){0,3}(?:faz|hace|fait|fa|macht|dice|dit|dize|sagt|posta|publica|publie|pubblica|postet|partage|comparte|condivide|compartilha|teilt|hetzt)\b`,
    // What happens to someone who does it (the consequences), not how to do it.
    String.raw`\bque (?:le )?pasa (?:si alguien|a quien|a alguien que)\b|\bqu'(?:est-ce qui )?arrive(?:-t-il)? (?:si quelqu'un|a quelqu'un qui|a celui qui)\b|\bque se passe-t-il si quelqu'un\b|\bwas passiert,? wenn jemand\b|\bcosa succede (?:se qualcuno|a chi)\b|\bo que acontece (?:se alguem|com quem)\b`,
    // What happened in a past attack or crime and how it was investigated (history, journalism).
    String.raw`\bque (?:ocurrio|paso|sucedio)\b|\bcomo se investig\w*|\bwas (?:geschah|passierte)\b|\bwie lief\b|\bwie (?:wurde|wurden) (?:[\w-]+ ){0,3}(?:aufgeklart|ermittelt|untersucht)|\bque s'est-il passe\b|\bcomment s'(?:est|sont) deroule\w*|\bcosa (?:e )?(?:successo|accadde|accaduto)\b|\bcome si (?:svolse|svolsero|e svolt\w*)|\bo que aconteceu\b|\bcomo (?:foi|foram) investigad\w*`,
    // Answering someone who says or shares it (counter-speech).
    String.raw`\b(?:respond\w*|contest\w*|reaccion\w*|repond\w*|rispond\w*|reag\w*|antwort\w*)\W+(?:[\w'-]+\W+){0,4}(?:cuando|quand|quando|wenn) (?:alguien|quelqu'un|qualcuno|alguem|jemand)\b`,
    // Explaining to one's own students or children what it is or why ("come posso spiegare ai miei studenti
    // cos'è una botnet", "cómo explico a mis alumnos por qué", issue 15, nearfp-fresh); not how to do it.
    String.raw`\b(?:spieg\w*|insegn\w*|explic\w*|ensen\w*|expliqu\w*|enseign\w*|erklar\w*|beibring\w*|ensin\w*)\W+(?:[\w'-]+\W+){0,2}(?:ai|alle|agli|a|aux|den|meinen|unseren|aos|as) (?:miei |mie |nostri |nostre |mis |nuestros |nuestras |mes |nos |meus |minhas |nossos )?(?:studenti|alunni|allievi|figli|bambini|ragazzi|alumnos|estudiantes|hijos|ninos|eleves|etudiants|enfants|schulern|schulerinnen|kindern|studierenden|klasse|alunos|estudantes|filhos|criancas)\b(?:\W+(?:[\w'-]+\W+){0,3}?)?(?:cos'e|cosa (?:e|sia|sono)|che cos|perche|qu'est-ce|ce qu'est|ce que sont|pourquoi|que es|que son|lo que es|por que|was (?:ist|sind)|warum|o que (?:e|sao))\b`,
    // Against it, or beside the one who suffers it ("une journée contre le harcèlement", "mi sobrina, que
    // sufre acoso … para darle ánimos", issue 15, nearfp).
    String.raw`\b(?:contre|contra|gegen|contro)\s+(?:le |la |el |l'|den |die |das |il |lo |o |a )?(?:harcelement|acoso|mobbing|bullying|cyberbullying|cybermobbing|belastigung|bullismo|cyberbullismo|molestie|assedio|racisme|racismo|rassismus|razzismo|homophobie|homofobia|homophobie|haine|odio|hass|diskriminierung|discriminacion|discrimination|discriminazione|discriminacao)\b|\b(?:sufre|sufren|padece|subit|subissent|erleidet|erleiden|subisce|subiscono|sofre|sofrem)\s+(?:[\w'-]+\s+)?(?:acoso|harcelement|mobbing|bullying|bullismo|belastigung|molestie|assedio|racisme|racismo|rassismus|razzismo)\b|\b(?:para darle animos|para animarl[oa]|pour (?:lui )?remonter le moral|pour l'encourager|um (?:ihn|sie) aufzumuntern|um (?:ihm|ihr) mut zu machen|per (?:fargli|farle|dargli|darle) coraggio|per incoraggiarl[oa]|para (?:lhe )?dar (?:animo|forca))\b`,
    // Writing or reporting about a subject, not doing it.
    String.raw`\b(?:schreiben|schreibe|berichten) uber|\b(?:escribir|informar) sobre|\becrire sur|\bscrivere su|\bescrever sobre|\b(?<!d'une |d'un |de una |de un |a una |a un |einer |eines |einen |di una |di un |a una |de uma |de um )(?:periodista|journalist\w*|giornalista|jornalista)\b`,
    // Whether someone is doing it to me, recovering my own account, how banks or police detect it.
    String.raw`\b(?:herausfinden|rausfinden|prufen|erkennen|feststellen|merke ich|wei(?:ss|ß) ich),? ob\b|\bcomo se si\b|\bcome faccio a (?:capire|sapere) se\b|\b(?:saber|comprobar|averiguar|verificar) si\b|\b(?:savoir|verifier) si\b|\b(?:savoir|verifier|voir) s'(?:il|ils)\b|\bcapisco se\b|\bcomo sei se\b|\b(?:sapere|capire|verificare) se\b|\b(?:saber|verificar|descobrir) se\b|\b(?:recuperar (?:mi|mis|meu|minha)|recuperer (?:mon|ma|mes)|recuperare (?:il mio|la mia|i miei)|(?:mein|meine|meinen) [\w-]+ (?:zuruckbekommen|wiederherstellen))\b|\b(?:reperer|detecter)\b|\b(?:come|wie|como|comment) (?:le |die |los |les |os |as )?(?:banche|banken|bancos|banques|polizei|policia|police|polizia|behorden|autoridades|autorites|autorita)\b`,
  ].join('|'),
);

// Advocacy or incitement voids the frame as secrecy does.
const ADVOCACY =
  /\b(?:aufruf\w*|aufruft|verherrlich\w*|incit\w*|glorific\w*|esalt\w*|apologia|chamado para|convenc\w*|convainc\w*|convinc\w*|uberzeug\w*)\b/i;

// The person affected: a partner, an ex, a relative, a neighbour, a colleague (whose data, location
// or messages are sought).
const PERSON = String.raw`(?:meine[rsmn]? |seine[rsmn]? |ihre[rsmn]? |von )?(?:ex\w*|freundin|freund|frau|mann|partner\w*|nachbar\w*|kolleg\w*|chef\w*|mieter\w*|tochter|sohn)|(?:de )?(?:mi |su |la |el )?(?:ex\w*|novi[ao]|mujer|esposa|marido|pareja|vecin[ao]|companer[ao]|jef[ao]|hij[ao])|(?:de )?(?:ma |mon |sa |son )(?:ex|copine|copain|femme|mari|voisine?|collegue|patron\w*|fille|fils)|(?:della |del |di )?(?:mia |mio |sua |suo |la |il )?(?:ex|ragazz[ao]|moglie|marito|vicin[ao]|colleg[ao]|capo)|(?:da |do |de )?(?:minha |meu |sua |seu )?(?:ex|namorad[ao]|esposa|mulher|marido|vizinh[ao]|coleg[ao]|chefe)|(?:meine[rsmn]? |mi |ma |mon |mia |mio |minha |meu |della mia |del mio |de mi |de ma |de mon |da minha |do meu )(?:schwieger\w*|suegr[ao]|belle-mere|beau-pere|suocer[ao]|sogr[ao]|lehrer\w*|profesor\w*|professeur\w*|professor\w*|professoress\w*|profe)|dela|dele|una persona|uma pessoa|quelqu'un|jemande[ns]?|alguien|alguem|qualcuno`;

interface IntlRule {
  category: HarmCategory;
  re: RegExp;
  /** request: needs a request phrase; doing: needs a do-it phrase; none: harmful on its own. */
  intent: 'request' | 'doing' | 'none';
  score: number;
}

const g = (s: string): RegExp => new RegExp(s, 'gi');

const BUILD = String.raw`(?:bau|baue|bauen|herstell\w*|besorg\w*|kauf\w*|umbau\w*|druck\w*|schmuggel\w*|fabric\w*|constru\w*|hacer|fazer|faire|fare|compr\w*|achet\w*|acquist\w*|consegu\w*|obten\w*|ottener\w*|procur\w*|fabriqu\w*|costrui\w*|monta\w*|imprim\w*|stamp\w*|esconder|cacher|nascond\w*|versteck\w*|introduc\w*|passar|pasar|passer|ensina a fazer)`;
const GUN = String.raw`(?:waffe\w*|pistole\w*|gewehr\w*|munition|arma de fuego|arma da fuoco|arma\w*|pistola\w*|fusil\w*|escopeta\w*|armes?(?: a feu)?|fucil\w*|munizion\w*|municion\w*|municao|munitions?|explosiv\w*|esplosiv\w*)`;
const DRUG = String.raw`(?:m[ae]t(?:h)?amph?etamin\w*|metanfetamin\w*|kokain|koks|heroin\w*|crystal(?: meth)?|meth|amphetamin\w*|ecstasy|mdma|lsd|fentanyl|k\.?o\.?-tropfen|drogen?|cocaina|coca|cocaine|coke|drogue\w*|droga\w*|crack|lanca-perfume|maconha|marihuana|cannabis|hachis|haschisch|burundanga|escopolamina|rohypnol|opiace\w*|opioid\w*)`;
const DEAL = String.raw`(?:herstell\w*|synthetisier\w*|sintetiz\w*|synth[eé]tis\w*|sintetizz\w*|koch\w*|anbau\w*|verkauf\w*|vertick\w*|deal\w*|schmuggel\w*|streck\w*|besorg\w*|unterjubel\w*|fabric\w*|cocin\w*|cultiv\w*|vend\w*|trafic\w*|pasar|introduc\w*|cortar|esconder|fabriqu\w*|cuisin\w*|couper|coupe|cacher|passer|produ\w*|spacci\w*|tagliar\w*|nascond\w*|traficar|laboratorio|labor)`;
const CODE = String.raw`(?:skript|script|code|codigo|codice|programm\w*|programa|logiciel|software|app|applicazione|aplicativo|extension|erweiterung)`;
const CREDS = String.raw`(?:passw(?:o|ö)rt\w*|contrasenas?|mots? de passe|password|senhas?|identifiants|credenciales|credenziali|credenciais|zugangsdaten|logins?)`;
const STEAL = String.raw`(?:stiehlt|stehl\w*|klau\w*|abgreif\w*|ausles\w*|auslies\w*|ausgelesen|robe|roba\w*|robar|vole\w*|voler|recupere\w*|rub[aio]\w*|sottrae\w*|captur\w*|roub\w*|rouba\w*)`;
const ACCOUNT = String.raw`(?:konto|account|instagram\w*|facebook|whatsapp|e-?mail\w*|wlan|wifi|handy|telefon|rechner|server|cuenta|correo|movil|compte|telephone|reseau|portable|conta|celular|icloud|gmail|telecamer\w*|camaras?|cameras?|webcam)`;
const MINOR = String.raw`(?:kind|kinder|kindern|kindes|collegien\w*|ecolier\w*|colegial\w*|madchen|minderjahrig\w*|nin[oa]s?|menor(?:es)?|enfants?|fillette|mineur\w*|bambin[oa]|bambini|ragazzin[oa]|minorenn\w*|criancas?|menin[oa]s?)`;
const SEXUAL = String.raw`(?:sexuell\w*|erot\w*|nackt\w*|porno\w*|sexual\w*|desnud\w*|sexuel\w*|nue?s?|sessual\w*|nud[oeia]s?|pelad[oa]s?|intim\w*)`;
const GROUP = String.raw`(?:auslander\w*|fluchtling\w*|migrant\w*|muslim\w*|juden|schwarze[n]?|turken|zigeuner\w*|roma|sinti|schwule[n]?|homosexuell\w*|gitanos?|inmigrantes|moros|negros|judios|musulman\w*|sudacas|gays?|immigres|etrangers|arabes|juifs|noirs|roms|homosexuels|migranti|stranieri|zingari|ebrei|neri|musulmani|meridionali|nordestinos|imigrantes|judeus|ciganos|muculmanos|baianos|favelados|venezuelanos|haitianos|frauen|mujeres|femmes|donne|mulheres)`;
const SLUR = String.raw`(?:ungeziefer|parasiten|tiere|vergewaltiger|kriminell\w*|minderwertig\w*|abschaum|keine rechte|ausrotten|plaga|parasitos|criminal\w*|ratas|basura|inferior\w*|no deberian tener derechos|vermine|parasites|criminels|sous-hommes|inferieur\w*|racaille|parassiti|criminali|inferiori|feccia|scimmie|parasitas|criminosos|inferiores|preguicosos|burros|lixo|vagabundos|macacos|violadores|violeurs|stupratori|estupradores|ladrones|voleurs|ladri|ladroes)`;

const RULES: IntlRule[] = [
  // Harmful twins of sensitive subjects (sensitive-fresh): coercing someone into dropping a complaint,
  // threatening them "so that", writing a phishing message, burning a place of worship or a home,
  // recruiting for an attack.
  {
    category: 'harassment',
    re: g(
      String.raw`\b(?:menac|intimid|effray|terroris)\w* (?:[\w'-]+ ){0,3}pour qu(?:e |')|\bpour (?:l'|la |le |les )(?:intimider|menacer|effrayer|terroriser|faire taire)\b|\b(?:amenaz|intimid|asust)\w* (?:[\w'-]+ ){0,3}para que\b|\ba base de amenazas|\b(?:bedroh|einschuchter|erpress)\w* (?:[\w'-]+ ){0,3}(?:damit|bis)\b|\bretir\w* (?:sa|leur|su|la|sus) (?:plainte|denuncia|demanda|temoignage|testimonio)|\b(?:anzeige|aussage) zuruck(?:zieh|nimm|nehm)\w*`,
    ),
    intent: 'request',
    score: 0.8,
  },
  {
    category: 'fraud',
    re: g(
      String.raw`\b(?:schreib|erstell|verfass|formulier|entwirf|bau|escrib|redact|crea|haz|ecri[st]|redige|cree|fai[st]|scriv|crea|escrev|cria)\w*(?:-moi|-me| mir| me| uns)? (?:eine?n?|una?|des|du|la|le|um|uma) (?:[\w-]+ ){0,2}phishing`,
    ),
    intent: 'request',
    score: 0.85,
  },
  {
    category: 'violence',
    re: g(
      String.raw`\b(?:moschee\w*|synagoge\w*|kirche\w*|asylheim\w*|fluchtlingsheim\w*|unterkunft\w*|haus|hauser|auto\w*) (?:[\w-]+ ){0,2}(?:anzuzunden|anzunden|anzustecken|abzufackeln|in brand zu (?:setzen|stecken))|\b(?:quemar|incendiar) (?:la |las |el |los |una |un )?(?:mezquita|sinagoga|iglesia|casa|coche)s?\b|\b(?:bruler|incendier) (?:la |les |une |des )?(?:mosquee|synagogue|eglise|maison|voiture)s?\b|\b(?:reclut|captar|anwerb|rekrutier|recrut)\w* (?:[\w-]+ ){0,3}(?:para|pour|fur|zu) (?:un |una |el |la |le |einen? )?(?:atentado|attentat|anschlag|jihad|yihad|djihad)\b`,
    ),
    intent: 'request',
    score: 0.85,
  },
  // Weapons: an explosive or a home-made or converted gun; a gun or explosive with a make/get verb.
  {
    category: 'weapons',
    re: g(
      String.raw`\b(?:(?:paket|brief|auto|rohr|nagel)bomben?|rohrbombe|nagelbombe|sprengsatz|sprengstoff|brandsatz|molotow\w*|molotov|nervengas|giftgas|bombe(?! de bain)|bombas? casera|bomba(?! (?:de agua|d'acqua|de agua|de gasolina|de combustivel|calorica|de calorias|de chocolate|de humo|de semente|de banho|de bano|da bicicleta|de bicicleta|idraulica|di calorie))|artefacto explosivo|engin explosif|ordigno|gas (?:toxico|tossico|venenoso)|gaz (?:toxique|mortel)|silenciador|silencieux|silenziatore|schalldampfer|arma caseira|arma casera|arme artisanale|arma artigianale|selbstgebaute waffe|scharfe waffe|garrucha|handgranat\w*|granada de mano|grenade|granata)\b|\b${BUILD}\W+(?:[\w'-]+\W+){0,5}${GUN}\b|\b${GUN}\W+(?:[\w'-]+\W+){0,5}${BUILD}\b|\b(?:ohne (?:waffenschein|waffenbesitzkarte)|sin licencia de armas|sans permis de port d'armes|senza porto d'armi|sem porte de arma)`,
    ),
    intent: 'request',
    score: 0.85,
  },
  // Drugs: making, selling, smuggling, cutting; slipping a drug to someone.
  {
    category: 'drugs',
    re: g(
      String.raw`\b${DEAL}\W+(?:[\w'-]+\W+){0,5}${DRUG}\b|\b${DRUG}\W+(?:[\w'-]+\W+){0,5}${DEAL}\b|\bk\.?o\.?-tropfen|\b(?:ins getrank|en (?:su|la) bebida|dans (?:son|sa|le|la) (?:verre|boisson)|nel suo (?:drink|bicchiere)|na bebida del[ae])`,
    ),
    intent: 'request',
    score: 0.85,
  },
  // Malware and intrusion.
  {
    category: 'cybercrime',
    re: g(
      String.raw`\b(?:trojaner|trojan\w*|troyano|cheval de troie|cavallo di troia|schadsoftware|malware|ransomware|rancongiciel|keylogger|spyware|stalkerware|botnetz?|rootkit|logiciel (?:espion|malveillant)|software (?:malicioso|malevolo|espia|spia)|spionage-?app|spion-?app|app (?:espia|espia|spia|escondid\w*|nascost\w*)|aplicativo espiao|ver qui se propage|gusano|wurm|verme|worm|rat)\b|\b${CODE}\W+(?:[\w'-]+\W+){0,8}${STEAL}\W+(?:[\w'-]+\W+){0,4}${CREDS}|\b${STEAL}\W+(?:[\w'-]+\W+){0,4}${CREDS}|\b${CREDS}\W+(?:[\w'-]+\W+){0,4}${STEAL}|\bhack\w*\W+(?:[\w'-]+\W+){0,3}${ACCOUNT}|\b${ACCOUNT}\W+(?:[\w'-]+\W+){0,4}hack\w*|\bpirat(?:er|e)\W+(?:[\w'-]+\W+){0,3}${ACCOUNT}|\b(?:prendere il controllo|tomar el control|prendre le controle|assumir o controle|kontrolle (?:uber|ubernehmen))\W+(?:[\w'-]+\W+){0,4}${ACCOUNT}|\b(?:festplatten?|dateien|archivos|fichiers|file|arquivos)\W+(?:[\w'-]+\W+){0,3}(?:verschlussel\w*|cifr\w*|chiffr\w*|crittograf\w*|criptograf\w*)|\b(?:mine|minar|miner|minare|minere)\w* (?:[\w'-]+ ){0,3}(?:krypto\w*|criptomoned\w*|cryptomonnai\w*|criptovalut\w*|criptomoeda\w*)|\bddos\b|\b(?:passw(?:o|ö)rt\w*|wlan|wifi) knack\w*|\binvadir (?:a |o )?(?:conta|rede|sistema|celular|computador)|\b${ACCOUNT}\W+(?:[\w'-]+\W+){0,2}(?:di|de|von|d'|da|do) (?:una persona|uma pessoa|quelqu'un|jemand\w*|alguien|alguem|qualcuno|${PERSON})\b`,
    ),
    intent: 'request',
    score: 0.85,
  },
  // Forgery, fraud, scams, money laundering, tax evasion, rigged markets.
  // "golpe" is a scam in pt, but es "de golpe" is "all at once" and "golpe de estado / suerte / calor" no scam.
  {
    category: 'fraud',
    re: g(
      String.raw`\b(?:falsific\w*|falsifi\w*|gefalscht\w*|(?:urkunde|dokument|zeugnis|ausweis|pass|attest|krankmeldung|krankschreibung|rechnung|stempel|unterschrift|quittung|rezept|diplom)\w* (?:[\w'-]+ ){0,4}(?:zu )?(?:falschen|nachmachen|bauen|basteln)|faux (?:papiers|documents?|diplome|releve|bulletin|certificat|arret de travail|ordonnance|passeport|cheque|communique|avis|site)|fausses? (?:factures?|cartes?|attestations?|ordonnances?|signatures?|annonces?)|(?:documento|titulo|diploma|receta|certificado|factura|firma|atestado|nota fiscal|assinatura|recibo|contrato)s? fals[oa]s?|fatture false|falsa fattura|documenti falsi|firma falsa|certificato falso|nota fiscal fria|(?:mio|mi|mon|meu|mein\w*) iban|falsche (?:bewertungen|rezensionen)|resenas falsas|faux avis|recensioni false|avaliacoes falsas)\b|\b(?:betrugen|abzocken|estafar|timar|arnaquer|escroquer|truffare|fregare|aplicar um golpe|dar um golpe|encaisser des cautions|cobrar (?:la )?fianza)\b|\b(?:als meine eigene|como (?:si fuera )?(?:mi )?propi[oa]|comme (?:la mienne|le mien|si c'etait (?:la|le) mien)|sembri scritt[oa] da me|como (?:se fosse )?(?:minha|meu) (?:tese|trabalho|tcc))\b|\b(?:antiplagio|plagiatssoftware|plagiat\w*|plagio|turnitin)\W+(?:[\w'-]+\W+){0,4}(?:nichts? findet|nicht (?:erkennt|erkannt|entdeckt)|no (?:lo )?detect\w*|ne (?:le )?detecte|pas detect\w*|non (?:venga )?rilev\w*|nao detect\w*|umgeh\w*|burlar|contourner|aggirare|eludere|enganar)|\b(?:verkauf\w*|stehl\w*|klau\w*|vender|robar|vendre|voler|vendere|rubare|roubar|comprar|kaufen|acheter|comprare|consigo|consegu\w*|ottenere|obtenir|besorgen)\W+(?:[\w'-]+\W+){0,3}(?:prufungsfragen|prufungsantworten|respuestas del examen|reponses de l'examen|sujets? de l'examen|risposte dell'esame|respostas da prova|gabarito|examen|prufung|exam)\b`,
    ),
    intent: 'request',
    score: 0.8,
  },
  {
    category: 'fraud',
    re: g(
      String.raw`\b(?:enkeltrick|schockanruf\w*|geldwasche|geld waschen|blanquear|blanqueo|blanchir|blanchiment|riciclare (?:denaro|soldi)|riciclaggio|lavar dinheiro|lavagem de dinheiro|evad\w* (?:l'iva|le tasse|impuestos|impostos|l'impot)|evasion fiscal|fraude fiscal\w*|steuern hinterzieh\w*|hinterzieh\w*|schwarzgeld|quiebra (?:fraudulenta|a proposito)|a proposito (?:para|pra) no pagar|insolvenz\w* verschlepp\w*|pyramidensystem|schneeballsystem|esquema ponzi|piramide financeira|preisabsprach\w*|insiderhandel|informacion privilegiada|delit d'initie|informazioni privilegiate|informacao privilegiada|betrug|estafa|arnaque|escroquerie|truffa|(?<!\bde )golpe(?! de (?:estado|suerte|calor|efecto|vista|mano)))\b`,
    ),
    intent: 'doing',
    score: 0.8,
  },
  // Laundering as a verb ("lavar el dinero", "blanchir de l'argent"): the act, not the topic noun
  // (which stays a do-it rule). Hiding income or money in shell companies or offshore.
  {
    category: 'fraud',
    re: g(
      String.raw`\b(?:geld (?:zu )?wasch\w*|(?:lavar|blanquear) (?:el |los |su |sus |mi |mis |tu |tus |las )?(?:dinero|plata|capital\w*|ganancias|beneficios|fondos)|blanchir (?:de l'|l'|son |mon |ton |des |les |ces |cet )?(?:argent|fonds|capitaux|gains|benefices)|(?:riciclare|lavare) (?:il |i |del |dei )?(?:denaro|soldi|capitali|proventi)|lavar (?:o |os |seu |meu )?(?:dinheiro|lucros))\b|\b(?:cach(?:er|e|es|ent|ait|aient|erait|eraient|erais|ons)|dissimul\w*|planqu\w*|ocult\w*|escond\w*|versteck\w*|verschleier\w*|nascond\w*|occult\w*)\W+(?:[\w'-]+\W+){0,3}(?:revenus|argent|benefices|gains|ingresos|dinero|ganancias|beneficios|einkunfte|einnahmen|geld|gewinne|vermogen|redditi|soldi|guadagni|profitti|renda|rendimentos|dinheiro|lucros)\W+(?:[\w'-]+\W+){0,5}(?:societes? ecrans?|paradis fiscaux|paradis fiscal|offshore|sociedad(?:es)? pantalla|empresas? pantalla|empresas? fantasma|paraisos? fiscal(?:es)?|briefkastenfirm\w*|scheinfirm\w*|steueroase\w*|societa (?:di comodo|schermo|fittizi\w*)|paradisi? fiscal[ei]|empresas? de fachada|paraisos? fiscais|empresas? laranja)`,
    ),
    intent: 'request',
    score: 0.8,
  },
  {
    category: 'harassment',
    re: g(
      String.raw`\b(?:adresse (?:personnelle|privee|perso|du domicile|de domicile)|domicile|direccion (?:personal|privada|particular|de (?:su )?casa)|domicilio (?:particular|privado)?|privatadresse|privat ?adresse|wohnadresse|heimadresse|private (?:adresse|anschrift)|wohnanschrift|indirizzo (?:di casa|privato|personale)|endereco (?:residencial|pessoal|de casa|particular))\W+(?:[\w'-]+\W+){0,6}(?:qui m'a|qui m'ont|que me (?:ha|han|critico|insulto)|der mich|die mich|che mi ha|que me (?:criticou|xingou)|journaliste|periodista|journalist\w*|giornalista|jornalista|streameu\w*|streamer\w*|influenceu\w*|influencer\w*|youtubeu\w*|youtuber\w*|critique|critico|kritiker\w*|juge|juez|jueza|richter\w*|giudice|politicien\w*|politic[oa]|politiker\w*|militante?|activiste|activista|aktivist\w*|attivista|ativista|adolescente|jugendliche\w*|${PERSON})\b`,
    ),
    intent: 'request',
    score: 0.8,
  },
  {
    category: 'harassment',
    re: g(
      String.raw`\b(?:direccion|adresse|anschrift|indirizzo|endereco|domicilio|domicile)\W+(?:[\w'-]+\W+){0,5}(?:qui m'(?:a|ont)|que me (?:\w+o|\w+aron|ha|han)|der mich|die mich|che mi ha|que me \w+ou)\b`,
    ),
    intent: 'request',
    score: 0.8,
  },
  {
    category: 'drugs',
    re: g(
      String.raw`\b(?:en mentant|mintiendo(?: le)?|mentendo|mentindo|indem ich (?:den |die |meinen |meine )?(?:arzt|arztin|apotheker\w*) (?:tausche|beluge|anluge))\W+(?:[\w'-]+\W+){0,2}(?:medecin|docteur|pharmacien\w*|medic[oa]|doctor[a]?|farmaceutic[oa]|farmacista|arzt|arztin)\b|\b(?:tromper|enganar|enganando|ingannare|enganar|tauschen|belugen) (?:[\w'-]+ ){0,2}(?:medecin|docteur|pharmacien\w*|medic[oa]|doctor[a]?|farmaceutic[oa]|farmacista|arzt|arztin)\W+(?:[\w'-]+\W+){0,6}(?:ordonnance|receta|ricetta|receita|rezept|opiac\w*|opio\w*|oxy\w*|morphin\w*|morfin\w*|schmerzmittel|analgesi\w*)`,
    ),
    intent: 'request',
    score: 0.75,
  },
  {
    category: 'crime',
    re: g(
      String.raw`\b(?:forz\w*|fuerz\w*|ganzu\w*|crochet\w*|forc(?:er|e|es|ez|ons|ait|erait)|scassin\w*|arromb\w*|knack\w*|aufbrech\w*|aufbrich\w*|aufzubrechen)\W+(?:[\w'-]+\W+){0,2}(?:cerradura|puerta|serrure|porte|serratura|porta|fechadura|schloss|tur|haustur|wohnungstur)\W+(?:[\w'-]+\W+){0,2}(?:${PERSON}|del vecino|de la vecina|du voisin|de la voisine|des voisins|des nachbarn|meiner nachbarin|del vicino|della vicina|do vizinho|da vizinha)\b`,
    ),
    intent: 'request',
    score: 0.8,
  },
  // Stalking, spying on a person, their records or location.
  {
    category: 'harassment',
    re: g(
      String.raw`\b(?:standort|aufenthaltsort|wohnort|adresse|ubicacion|localizacion|direccion|localisation|position|posizione|indirizzo|localizacao|endereco)\W+(?:[\w'-]+\W+){0,5}(?:${PERSON}|in echtzeit|en tiempo real|en temps reel|in tempo reale|em tempo real)\b|\b(?:herausfinden|rausfinden|averiguar|descubrir|savoir|trouver|scoprire|descobrir|sapere)\W+(?:[\w'-]+\W+){0,2}(?:wo|donde|ou|dove|onde)\W+(?:[\w'-]+\W+){0,3}(?:wohnt|lebt|vive|habite|abita|mora)\b|\b(?:orten|ortung|localizar|rastrear|traquer|pister|rintracciare|geolocaliz\w*|seguir|suivre|verfolgen)\W+(?:[\w'-]+\W+){0,4}(?:handy|telefon|movil|celular|telephone|portable|cellulare|smartphone|auto|coche|voiture|macchina|carro)\w*\W+(?:[\w'-]+\W+){0,2}(?:${PERSON})\b|\b(?:nachrichten|chats?|whatsapp|conversaciones|mensajes|messages|conversations|messaggi|conversazioni|mensagens|conversas|anrufe|telefonate|llamadas|appels|chiamate|ligacoes|e-?mails?|correos)\W+(?:[\w'-]+\W+){0,4}(?:${PERSON})\b|\b(?:arztbericht\w*|krankenakte\w*|patientenakte\w*|kontoauszug\w*|historial medico|historia clinica|dossier medical|cartella clinica|prontuario|extractos? bancarios?|releves? bancaires?|estratti conto|extratos? bancarios?)\W+(?:[\w'-]+\W+){0,3}(?:${PERSON})\b|\b(?:micro cache|microfono (?:nascosto|oculto)|wanze|versteckte kamera|camara oculta|camera cachee|telecamera nascosta|camera escondida|microfone escondido)\b|\b(?:fotos?|bilder|photos?|imagenes|immagini|imagens|profil|perfil|profilo)\W+(?:[\w'-]+\W+){0,3}(?:${PERSON})\W+(?:[\w'-]+\W+){0,4}(?:sem (?:ela|ele) saber|ohne (?:dass|ihr|sein)|sin (?:que|su)|sans (?:qu|son|leur)|senza (?:che|il))`,
    ),
    intent: 'request',
    score: 0.8,
  },
  // Sexual content about a real person without consent.
  {
    category: 'sexual',
    re: g(
      String.raw`\b(?:intime fotos|fotos intimas|photos intimes|foto intime|nacktbilder|nacktfotos|fotos desnud\w*|photos (?:denudees|nues)|foto nud\w*|fotos (?:nuas|pelad\w*)|pornografisch\w*|pornograf\w*|porno\w*|erotisch\w*|erotic\w*|sexe?|sexo|sesso)\W+(?:[\w'-]+\W+){0,6}(?:${PERSON}|echten namen|nombre real|vrai nom|nome vero|nome real|hochlad\w*|subir|publier|pubblicar\w*|postar)\b|\b(?:${PERSON})\W+(?:[\w'-]+\W+){0,4}(?:pornoseiten?|sitio porno|site porno|sito porno|site adulto|sitio para adultos|site pour adultes)|\b(?:pornoseiten?|site adulto|site porno|sito porno)\W+(?:[\w'-]+\W+){0,6}(?:${PERSON}|sem (?:ela|ele) saber)|\b(?:denudee?s?|desnudad[oa]s?|spogliat[oa]|despid[oa])\W+(?:[\w'-]+\W+){0,3}(?:${PERSON})`,
    ),
    intent: 'request',
    score: 0.75,
  },
  // The speaker's own self-harm or suicide; eating-disorder behaviour; a lethal overdose.
  {
    category: 'self_harm',
    re: g(
      String.raw`\b(?:mich (?:[\w'-]+ ){0,2}(?:umbringen|umbringe|toten|tote|ritzen|ritze|aufschneiden|erhangen)|mir (?:[\w'-]+ ){0,2}das leben nehmen|suicidarme|matarme|quitarme la vida|me suicider|me tuer|me scarifier|me mutiler|mettre fin a mes jours|suicidarmi|uccidermi|togliermi la vita|farla finita|andarmene|me matar|me suicidar|me enforcar|ahorcarme|me pendre|impiccarmi|mich (?:[\w'-]+ ){0,2}aufhangen|tirar (?:a )?minha (?:propria )?vida|acabar com (?:a )?minha vida)\b`,
    ),
    intent: 'none',
    score: 0.9,
  },
  {
    category: 'self_harm',
    re: g(
      String.raw`\b(?:sich ritzt|ritzen|ritzt|cortarme|me cortar|tagliarmi|me couper les veines|nichts mehr essen|aufhoren zu essen|dejar de comer|ne plus manger|arreter de manger|smettere di mangiare|parar de comer|vomitar (?:despues|depois)|vomir apres|vomitare dopo|erbrechen nach|kotzen nach|(?:tabletten|pillen|medikamente|farmaci|pastillas|pilules|medicaments|comprimidos|remedios)\W+(?:[\w'-]+\W+){0,5}(?:sterben|morir|mourir|morire|morrer|nicht mehr aufwachen|nel sonno|sin despertar|sans me reveiller|sem acordar))\b`,
    ),
    intent: 'request',
    score: 0.85,
  },
  // Violence against a person: poisoning, killing, an "accident".
  {
    category: 'violence',
    re: g(
      String.raw`\b(?!(?:tuer le temps|matar el tiempo|uccidere il tempo|matar o tempo))(?:vergifte\w*|vergiften|envenen(?:ar|o|e)\w*|empoisonn(?:er|e)\b|avvelen(?:are|o|i)\w*|toten|umbringen|erstechen|erschie(?:ss|ß)en|erwurgen|verprugeln|zusammenschlagen|krankenhausreif|apunalar|tuer|poignarder|tabasser|uccidere|accoltellare|esfaquear|espancar|(?:stoßen|stossen|empujar|pousser|spingere|empurrar)\W+(?:[\w'-]+\W+){0,5}(?:leiter|escalera|echelle|scala|escada|treppe|balkon|balcon|balcone|varanda))\b|\b(?:matar|mato|mate|ferir|machucar|lastimar|herir|blesser|ferire|uccido|ammazzo|ammazzare|tote(?: ich)?|erschie(?:ss|ß)e(?: ich)?|abschie(?:ss|ß)en|abknallen)\W+(?:a |o |al |la |le |il |lo )?(?:${PERSON}|mi \w+|mon \w+|ma \w+|il mio \w+|meu \w+|minha \w+|alguem|alguien|qualcuno|quelqu'un)\b|\b(?:meinen|deinen|seinen|ihren|den|einen|diesen) (?:[\w-]+ )?(?:nachbar\w*|chef\w*|kolleg\w*|mann|freund|ex\w*|bruder|vater|schwiegervater|lehrer\w*|mitbewohner\w*|vermieter\w*)\W+(?:[\w'-]+\W+){0,6}(?:abschie(?:ss|ß)en|abknallen|erschie(?:ss|ß)en|umbringen|umlegen|kaltmachen|toten|erstechen|vergiften)\b|\b(?:wie ein unfall|como un accidente|comme un accident|come un incidente|como um acidente)`,
    ),
    intent: 'request',
    score: 0.85,
  },
  // Hate: a group called vermin, criminals or inferior; slurs for a song or post.
  {
    category: 'hate',
    re: g(
      String.raw`\b${GROUP}\W+(?:[\w'-]+\W+){0,6}${SLUR}\b|\b${SLUR}\W+(?:[\w'-]+\W+){0,3}${GROUP}\b|\b(?:rassistisch\w* (?:witz|lied|post|text|gedicht|parole)\w*|volksverhetz\w*|chistes? racistas?|blagues? racistes?|barzellett\w* razzist\w*|piadas? racistas?|raza criminal|race criminelle|razza criminale|raca criminosa)`,
    ),
    intent: 'request',
    score: 0.8,
  },
  // Extremism and terror: calls to attack, recruiting, funding a banned group.
  {
    category: 'violence',
    re: g(
      String.raw`\b(?:anschlag\w*|anschlage|attentat\w*|atentado\w*|attentato|amoklauf|massaker|masacre|massacre|strage)\W+(?:[\w'-]+\W+){0,4}(?:auf|contra|contre|contro|sobre|en|dans|nel|na|no)\b|\b(?:zu|a|al) (?:anschlag\w*|atentados?|attentats?|attentati)\b|\b(?:rekrutier\w*|reclut\w*|recrut\w*|anwerb\w*)\W+(?:[\w'-]+\W+){0,4}(?:terror\w*|extrem\w*|yihad\w*|djihad\w*|jihad\w*|isis|daesh|daech|nazi\w*|neonazi\w*)|\bverbotene\w* (?:[\w'-]+ ){0,2}(?:gruppe|organisation|vereinigung|partei)|\brechtsextrem\w* (?:gruppe|kameradschaft|organisation)|\bkameradschaft\b|\b(?:unirme a|rejoindre|unirmi a(?:ll')?|entrar n[oa]|me juntar a[o]?) (?:[\w'-]+ ){0,2}(?:isis|daesh|daech|al[- ]qaeda|estado islamico|etat islamique|stato islamico)|\binvad\w*\W+(?:[\w'-]+\W+){0,2}(?:congresso|congreso|parlamento|bundestag|reichstag|assemblee|stf|planalto)|\bdepred\w*|\bcolpire (?:[\w'-]+ ){0,3}(?:giornalist\w*|politic\w*|magistrat\w*)|\bnemici del popolo|\b(?:poner|plantar|poser|piazzare|colocar|legen) (?:una |une |uma |eine )?(?:bomba|bombe)|\bbombe legen`,
    ),
    intent: 'request',
    score: 0.85,
  },
  // Child safety: getting a child alone or keeping contact secret from the parents; sexual content.
  {
    category: 'child_sexual',
    re: g(
      String.raw`\b${MINOR}\W+(?:[\w'-]+\W+){0,8}(?:mit mir allein|allein mit mir|a solas conmigo|solo conmigo|seule? avec moi|da sol[oa] con me|sozinh[oa] comigo|unser geheimnis|nuestro secreto|notre secret|nostro segreto|nosso segredo)|\b${MINOR}\W+(?:[\w'-]+\W+){0,6}${SEXUAL}|\b${SEXUAL}\W+(?:[\w'-]+\W+){0,6}${MINOR}\b`,
    ),
    intent: 'request',
    score: 0.85,
  },
  // Disinformation: inventing news, studies, official statements or election fraud.
  {
    category: 'misinformation',
    re: g(
      String.raw`\b(?:noticias? falsas?|fake[- ]news|falschmeldung\w*|gefalscht\w* (?:nachricht|meldung|studie|pressemitteilung|zitat)\w*|falsche (?:nachricht|meldung|studie|pressemitteilung)\w*|fausses? (?:nouvelles?|informations?|rumeurs?)|faux (?:communique|article|temoignage)s?|notizi[ae] fals[ae]|fint[oa] (?:studio|comunicato|articolo|messaggio|notizia|intervista)|noticias? fals[ao]s?|bulos?|desinformaci\w*|desinformation|disinformazione|desinformacao|fuentes falsas|fonti false|fontes falsas|sources? fictives|audio (?:falso|inventado)|deepfake\w*|urna\w* (?:[\w'-]+ ){0,2}fraudad\w*|wahl\w* (?:[\w'-]+ ){0,2}gefalscht|elecciones (?:[\w'-]+ ){0,2}(?:amanadas|robadas)|(?:e una|es una|ist eine?|est une) (?:truffa|estafa|luge|arnaque|farsa|mentira))\b`,
    ),
    intent: 'doing',
    score: 0.75,
  },
  // Evading the law: going underground, destroying evidence, hit-and-run, smuggling.
  {
    category: 'crime',
    re: g(
      String.raw`\b(?:untertauch\w*|unterzutauchen|tauche (?:ich )?unter|haftbefehl|orden de (?:busqueda|arresto)|mandat d'arret|mandato di arresto|mandado de prisao|sparire|fugir da policia|huir de la policia|echapper a la police|sfuggire alla polizia|unfallflucht|fahrerflucht|delit de fuite|omissione di soccorso|atropel\w* (?:[\w'-]+ ){0,3}fug\w*|schmuggel\w*|contrabando|contrebande|contrabbando|(?:spuren|huellas|empreintes|adn|dna|impronte|impressoes digitais|vestigios|beweise|pruebas|preuves|prove|provas)\W+(?:[\w'-]+\W+){0,4}(?:beseitig\w*|verwisch\w*|entfern\w*|vernicht\w*|borrar|limpiar|destruir|effacer|detruire|eliminare|cancellare|distruggere|apagar|limpar|sumir)|(?:beseitig\w*|verwisch\w*|borrar|limpiar|effacer|eliminare|cancellare|apagar|limpar)\W+(?:[\w'-]+\W+){0,3}(?:spuren|huellas|empreintes|adn|dna|impronte|impressoes digitais|vestigios|fingerabdrucke)|(?:blitz|radarkontrolle|alkoholkontrolle|control de alcoholemia|controle d'alcoolemie|posto di blocco|etilometro|bafometro|lei seca)\W+(?:[\w'-]+\W+){0,3}(?:umfahr\w*|umgeh\w*|evitar|eviter|evitare|passar|enganar|austrickst?\w*|burlar|tromper|ingannare|driblar|escapar|fugir)|(?:passar|pasar|passer|passare) (?:pela|por la|par la|per la) (?:blitz|fiscalizacao|frontera|fronteira|frontiere|frontiera|douane|aduana|dogana|alfandega)|desviar (?:a |o )?(?:agua|energia|luz)|(?:strom|wasser) (?:[\w'-]+ ){0,2}abzapf\w*|sem a companhia perceber)\b`,
    ),
    intent: 'request',
    score: 0.8,
  },
  // Lexicons per hazard category (MLCommons AILuminate, OpenAI usage policies, Llama Guard 3), as in
  // English: forged papers, impersonation scams, market abuse, intrusion, malicious code, stalking,
  // hate, extremism, disinformation, child safety, intimate images, cheating, theft, evading the law.
  {
    category: 'fraud',
    re: g(
      [
        String.raw`\b(?:gefalscht\w*|gefakt\w*|falsch\w*|fake) (?:[\w'-]+ ){0,2}(?:arztbrief\w*|attest\w*|krankmeldung|krankschreibung|au-bescheinigung|gehaltsabrechnung\w*|lohnabrechnung\w*|kontoauszug\w*|zeugnis\w*|diplom\w*|ausweis\w*|fuhrerschein\w*|reisepass\w*|rechnung\w*|quittung\w*|impfpass\w*|mietvertrag\w*|arbeitsvertrag\w*|bescheinigung\w*|gutachten)\b`,
        String.raw`\b(?:gehaltsabrechnung|lohnabrechnung|kontoauszug|zeugnis|rechnung|steuererklarung|bilanz|gutachten|attest)\w* (?:[\w'-]+ ){0,4}(?:frisier\w*|manipulier\w*|schon(?:en|er machen)|aufhubsch\w*|falschen|nachmachen|andern, damit)`,
        String.raw`\b(?:factura|recibo|nomina|justificante|certificado|titulo|diploma|receta|baja|informe medico|contrato|extracto|dni|pasaporte|carnet|atestado|holerite|contracheque|comprovante|extrato|certidao|nota fiscal|rg|cnh|documento|certificato|ricetta|busta paga|estratto conto|fattura|carta d'identita|patente|attestato|referto|diplome|fiche de paie|bulletin de salaire|releve|justificatif|attestation|arret maladie|certificat|ordonnance|facture|permis)s? (?:[\w'-]+ ){0,2}(?:fals[oaie]s?|falsificad\w*|trucad\w*|inventad\w*|fint[oaie]|falsificat\w*|contraffatt\w*|fake|frio|fria|adulterad\w*|bidon|truque\w*)\b`,
        String.raw`\b(?:faux|fausse|falso|falsa|fint[oa]) (?:[\w'-]+ ){0,1}(?:arret maladie|certificat medical|fiche de paie|bulletin de salaire|releve|justificatif|diplome|certificato|ricetta|busta paga|diploma|documento|referto|attestato|atestado|comprovante|holerite|receita)\b`,
        String.raw`\b(?:trafiquer|modifier|bidouiller|retoucher|gonfler|truccare|ritoccare|gonfiare|alterar|inflar|maquillar|adulterar|aumentar)\w* (?:[\w'-]+ ){0,3}(?:fiches? de paie|bulletins? de (?:salaire|notes)|releves?|factures?|justificatifs?|avis d'imposition|diplome|busta paga|buste paga|danni|fatture|spese|rimborso|sinistro|nomina|facturas?|danos|dano|sinistro|holerite|notas? fiscais?|siniestro|danos del|degats|dommages)`,
        String.raw`\b(?:als|vom|von der|vom angeblichen) (?:[\w'-]+ ){0,2}(?:bank|sparkasse|polizei|finanzamt|paketdienst|dhl|microsoft|amazon|paypal|support|enkel\w*)\W+(?:[\w'-]+\W+){0,10}(?:geld|uberweis\w*|zahl\w*|pin|tan|passwort|link|gutschein\w*|daten)\b|\b(?:mama|papa),? (?:hier ist |ich habe eine |das ist meine |meine |tengo |este es mi |c'est mon |nouveau |ho un |questo e il mio |este e o meu |novo )?(?:neue nummer|numero nuevo|nuevo numero|nouveau numero|numero nuovo|nuovo numero|numero novo|novo numero)`,
        String.raw`\b(?:haciendome pasar por|haciendose pasar por|fingiendo ser|suplantando|me faisant passer pour|se faisant passer pour|faire passer pour|fingendo(?:mi)? di essere|spacciandomi per|spacciandosi per|fingindo ser|me passando por|se passando por|mich als (?:[\w'-]+ ){0,2}ausgeb\w*|mich (?:[\w'-]+ ){0,2}ausgeben als)\b`,
        String.raw`\b(?:correo|mensaje|sms|email|e-mail|mail|courriel|message|messaggio|mensagem|nachricht)\w* (?:[\w'-]+ ){0,3}(?:del|de la|de|du|de l'|della|dell'|da|do|der|vom|von der) (?:banco|banque|banca|bank|sparkasse|hacienda|agencia tributaria|impots|agenzia delle entrate|receita|finanzamt|policia|police|polizia|polizei|correos|la poste|poste|correios|chronopost|colissimo|ameli|caf|inps|seguridad social)\W+(?:[\w'-]+\W+){0,12}(?:clave|contrasena|pin|tarjeta|datos|enlace|link|pagina|page|lien|code|mot de passe|carte|coordonnees|identifiants|codice|password|carta|senha|cartao|dados|passwort|tan|karte)\b`,
        String.raw`\b(?:qui n'existe pas|que no existe|che non esiste|que nao existe|die es nicht gibt|inexistant\w*|inexistente|fictive?|ficticio|fittizi[oa])\W+(?:[\w'-]+\W+){0,8}(?:acomptes?|cautions?|depots?|fianza|senal|anticipo|caparra|deposito|sinal|kaution|anzahlung|encaisser|cobrar|incassare|receber|kassieren)|\b(?:annonce|anuncio|annuncio|anuncio|anzeige|inserat)\w* (?:[\w'-]+ ){0,6}(?:qui n'existe pas|que no existe|che non esiste|que nao existe|die es nicht gibt|inexistant\w*|inexistente|fictive?)`,
        String.raw`\b(?:pix|boleto|comprovante|transferencia|bizum|virement|bonifico|uberweisung)\w* (?:[\w'-]+ ){0,1}(?:falso|falsa|fake|adulterado|agendado|faux|fausse|finto|gefalscht\w*)\b|\bgolpe do\b|\b(?:finto|falso) (?:corriere|operatore|tecnico|consulente|impiegato|carabiniere)\b|\b(?:faux|fausse) (?:conseiller|conseillere|banquier|agent|policier|livreur|technicien|support)\b|\b(?:falso|falsa) (?:asesor|agente|tecnico|policia|repartidor|funcionario|atendente|central)\b`,
        String.raw`\b(?:briefkastenfirma|scheinfirma|schwarzarbeit\w*|schwarz (?:bezahl\w*|arbeiten|beschaftig\w*)|bargeld (?:[\w'-]+ ){0,4}(?:zoll|grenze|schweiz)|kurs (?:[\w'-]+ ){0,3}(?:manipulier\w*|hochtreib\w*|pushen)|insiderwissen|insiderinformation\w*|empresa pantalla|sociedad pantalla|testaferro|dinero negro|(?:pagar|cobrar|trabajadores|contratar) en negro|caja b|pagar en b|informacion privilegiada|societe[- ]ecran|prete-nom|(?:travail|payer|travailler|embaucher|ouvriers) au noir|travail dissimule|caisse noire|delit d'initie|manipuler le cours|gonfler le cours|societa (?:fantasma|schermo|cartiera)|prestanome|(?:lavoro|pagare|lavorare|assumere|operai|dipendenti) in nero|fondi neri|aggiotaggio|manipolare (?:il )?(?:mercato|prezzo|titolo)|empresa de fachada|caixa (?:dois|2)|sonegar|sonegacao|laranjas? (?:para|pra) (?:abrir|movimentar|lavar))\b`,
        String.raw`\b(?:contanti|efectivo|especes|dinheiro vivo|bargeld)\W+(?:[\w'-]+\W+){0,6}(?:senza dichiarar\w*|sin declarar\w*|sans (?:les )?declarer|sem declarar|ohne (?:sie )?(?:anzumelden|zu deklarieren))|\b(?:inflar|gonfiare|gonfler|inflacionar|hochtreiben)\w* (?:[\w'-]+ ){0,2}(?:el |il |le |o |den )?(?:precio|prezzo|prix|cours|preco|kurs)\W+(?:[\w'-]+\W+){0,6}(?:cuentas falsas|faux comptes|account falsi|contas falsas|fake-accounts|bots|vender|vendre|vendere|verkaufen)`,
        String.raw`\b(?:spick\w*|abschreib\w*|schummel\w*|pinganillo|chuleta\w*|copiar|antiseche\w*|trich\w*|copier|copiare|bigliettin\w*|colar|cola|pesca|auricular\w*|oreillette|auricolare|ponto eletronico|smartwatch)\W+(?:[\w'-]+\W+){0,6}(?:examen|prufung|klausur|esame|prova|vestibular|enem|maturita|selectividad|bac|partiel|concurso|oposiciones|examen de conducir|teorica|interrogazione|verifica)\b|\b(?:examen|prufung|klausur|esame|prova|vestibular|enem|maturita|selectividad|partiel|concurso|interrogazione)\W+(?:[\w'-]+\W+){0,6}(?:spick\w*|abschreib\w*|schummel\w*|pinganillo|chuleta\w*|copiar|antiseche\w*|tricher|copier|copiare|colar|smartwatch)`,
        String.raw`\b(?:que|pour que|per far si che|perche|para que|pra|damit)\W+(?:[\w'-]+\W+){0,2}(?:el |le |il |o |der |die )?(?:profe\w*|maestr[oa]|lehrer\w*|prof|professeur\w*|enseignant\w*|tutor\w*)\W+(?:[\w'-]+\W+){0,2}(?:piense|crea|pense|croie|pensi|creda|ache|pense|denkt|glaubt)\W+(?:[\w'-]+\W+){0,5}(?:escrit|ecrit|scritt|geschrieben|hecho|fait|fatto|feito)\w*`,
        String.raw`\b(?:haz|hazme|fais|fai|fammi|faz|mach|schreib)\w* (?:[\w'-]+ ){0,2}(?:tesis|tesi|tcc|these|memoire|devoir|hausarbeit|bachelorarbeit|masterarbeit|trabajo|compito|tarea|redacao|monografia|dissertacao|tema|aufsatz|essay)\W+(?:[\w'-]+\W+){0,8}(?:entregar|rendre|consegnare|entrego|abgeben|abgebe|como (?:si fuera )?(?:mio|mia|meu|minha)|comme si c'etait|come se fosse|als (?:meine|mein)|que je rends|inteiro|entier|completo|completa|komplett|a mi nombre|a mon nom|a nome mio|no meu nome)\b`,
      ].join('|'),
    ),
    intent: 'request',
    score: 0.8,
  },
  {
    category: 'cybercrime',
    re: g(
      [
        String.raw`\b(?:entr\w*|acced\w*|acess\w*|reinkomm\w*|rein ?komm\w*|einlogg\w*|rentrer|penetrar|violar|invadir|forzar|forcer|accedere|entrare)\W+(?:[\w'-]+\W+){0,5}${ACCOUNT}\W+(?:[\w'-]+\W+){0,3}(?:${PERSON}|mein\w* (?:nachbar\w*|chef\w*|lehrer\w*|ex\w*)|mi jefe|mon patron|il mio capo|meu chefe)\b`,
        String.raw`\b${ACCOUNT}\W+(?:${PERSON})\b(?:[\w'-]+\W+){0,6}(?:ohne|sin|sans|senza|sem) (?:(?:das|la|le|il|a|o) )?(?:passwort|password|contrasena|mot de passe|senha|erlaubnis|permiso|permission|permesso|permissao)`,
        String.raw`\b(?:derrub\w*|tumbar|tirar abajo|faire tomber|mettre hors ligne|buttare giu|abbattere|lahmleg\w*|lahm ?zu ?legen|offline (?:nehmen|bringen)|saturar|saturer|saturare|sobrecarregar|uberlast\w*)\W+(?:[\w'-]+\W+){0,3}(?:site|sitio|web|pagina|server|servidor|serveur|seite|webseite|website|rede|red|reseau)\b`,
        String.raw`\b(?:passw(?:o|ö)rt\w*|contrasena\w*|mot de passe|password|senha\w*|wlan|wifi|wi-fi)\W+(?:[\w'-]+\W+){0,4}(?:knack\w*|crack\w*|craqu\w*|quebrar|hacke\w*|hackear|pirater|bucare)|\b(?:knack\w*|crackear|craquer|crackare|quebrar|hackear|pirater|bucare)\W+(?:[\w'-]+\W+){0,3}(?:passw(?:o|ö)rt\w*|contrasena\w*|mot de passe|password|senha\w*|wlan|wifi|wi-fi)`,
        String.raw`\b(?:virus|computervirus|virus informatico|virus informatique|virus informatico|keylogger|wurm)\b`,
        String.raw`\b${CODE}\W+(?:[\w'-]+\W+){0,8}(?:sich (?:[\w'-]+ ){0,2}selbst (?:[\w'-]+ ){0,4}(?:weiterschick\w*|verbreit\w*|kopier\w*)|se propague|se propage|si propaghi|se espalhe|se replique|s'auto-?replique|si auto-?replich\w*|alles (?:[\w'-]+ ){0,2}(?:was (?:[\w'-]+ ){0,2})?(?:tippt|eingibt)|lo que (?:[\w'-]+ ){0,2}(?:teclea|escribe|digita)|ce que (?:[\w'-]+ ){0,2}(?:tape|ecrit)|(?:quello )?che (?:[\w'-]+ ){0,2}(?:digita|scrive)|o que (?:[\w'-]+ ){0,2}(?:digita|escreve)|(?:desactiv\w*|disattiv\w*|deaktivier\w*|desativ\w*|contourne\w*|umgeh\w*)\W+(?:[\w'-]+\W+){0,2}(?:defender|antivirus|virenschutz|antivirus|firewall)|(?:cancell\w*|borr\w*|efface\w*|supprime\w*|losch\w*|apag\w*|delet\w*)\W+(?:[\w'-]+\W+){0,3}(?:file|archivos|fichiers|dateien|arquivos) (?:[\w'-]+ ){0,3}(?:del|de la|du|de mon|di|del mio|do|da|von|meines|des) (?:[\w'-]+ )?(?:profesor|prof|professeur|professore|professor|lehrer|jefe|patron|capo|chefe|chef|vecino|voisin|vicino|vizinho|nachbar)\w*|charge utile|carga util|escondid\w* (?:no|en el|nos) (?:computador|ordenador|pc)\w*|nascost\w* (?:nel|sul) (?:computer|pc))`,
        String.raw`\b(?:mina\w*|minar|miner|minare|minerar|schurf\w*) (?:[\w'-]+ ){0,3}(?:krypto\w*|cripto\w*|crypto\w*|bitcoin|monero)`,
      ].join('|'),
    ),
    intent: 'request',
    score: 0.85,
  },
  {
    category: 'harassment',
    re: g(
      [
        String.raw`\b(?:gps|tracker|peilsender|airtag|localizador\w*|traceur|balise|localizzatore|rastreador\w*|ortungs\w*)\W+(?:[\w'-]+\W+){0,6}(?:${PERSON}|(?:sein|ihr|su|son|sa|suo|sua|seu)\w* (?:auto|coche|voiture|macchina|carro|bolso|sac|borsa|bolsa|tasche|handtasche))\b`,
        String.raw`\b(?:publicar|publier|pubblicar\w*|veroffentlich\w*|postar|divulgar|diffuser|divulgare|poster|posten|teilen|compartir|partager|condividere|compartilhar)\w*\W+(?:[\w'-]+\W+){0,4}(?:direccion|adresse|indirizzo|endereco|anschrift|wohnadresse|telefono|telephone|numero|telefonnummer)\W+(?:[\w'-]+\W+){0,6}(?:para que|pour que|perche|affinche|pra que|para que|damit|so dass)`,
        String.raw`\b(?:cpf|dni|nie|numero de seguro social|codice fiscale|steuer-?id|numero de securite sociale|rg|endereco|direccion|adresse|indirizzo|anschrift)\W+(?:[\w'-]+\W+){0,6}(?:so|solo|solamente|apenas|seulement|nur|solo|soltanto) (?:pelo|por el|por su|par (?:le|son)|dal|dal suo|mit dem|com o|com|con el|con il|avec le)? ?nome?\b`,
        String.raw`\b(?:krankenakte\w*|patientenakte\w*|arztbericht\w*|befund\w*|historial medico|historia clinica|dossier medical|cartella clinica|prontuario)\W+(?:[\w'-]+\W+){0,3}(?:meine[rsmn]? |seine[rsmn]? |de (?:mi|ma|mon) |della mia |del mio |da minha |do meu )?(?:schwieger\w*|suegr[ao]|belle-mere|beau-pere|suocer[ao]|sogr[ao]|mieter\w*|inquilin[oa]|locataire|vermieter|kolleg\w*|nachbar\w*|ex\w*)`,
        String.raw`\b(?:seguir|suivre|verfolgen|pedinare|perseguir)\W+(?:[\w'-]+\W+){0,2}(?:a )?(?:mi |ma |mia |minha |meine )?(?:ex\w*|exnovi[ao]|ex-copine|ex-femme)\b`,
      ].join('|'),
    ),
    intent: 'request',
    score: 0.8,
  },
  {
    category: 'hate',
    re: g(
      [
        String.raw`\b${GROUP}\W+(?:[\w'-]+\W+){0,6}(?:schmarotzer|sozialschmarotzer|abschieb\w*|raus(?:werfen)?|ausweis\w*|deportier\w*|expulsar|echar(?:los)?|deportar|deporter|expulser|chasser|espellere|cacciare|rimpatriare|mandar embora|expulsar|nojent\w*|sujos|sales|sporchi|dreckig\w*|malati|enfermos|malades|krank|pervers\w*|degenerad\w*|degeneres|degenerati|moins intelligent\w*|menos inteligentes|meno intelligenti|weniger intelligent|dumm\w*|stupides|estupidos|stupidi|burr[oa]s|preguicos\w*|sanguisugh\w*|sanguessugas|sangsues|sanguijuelas|animales|animaux|animali|animais|scimmie|macacos|singes|affen|monos)\b`,
        String.raw`\b(?:zoar|zoando|zombar|tirar sarro|se moquer|moquer|burlarse|burlar(?:me)?|reirse|prendere in giro|deridere|lustig machen|verspotten|verarschen)\w*\W+(?:[\w'-]+\W+){0,4}${GROUP}\b|\b${GROUP}\W+(?:[\w'-]+\W+){0,4}(?:zoando|zoar|zombar)`,
      ].join('|'),
    ),
    intent: 'request',
    score: 0.8,
  },
  {
    category: 'violence',
    re: g(
      [
        String.raw`\b(?:glorifi\w*|verherrlich\w*|esalt\w*|enalte\w*|exalt\w*|celebr\w*|feier\w*|heroi\w*|eroi\w*|held\w*|martir\w*|martyr\w*|hommage)\W+(?:[\w'-]+\W+){0,6}(?:attentat\w*|atentado\w*|anschlag\w*|attentato|attentati|terrorist\w*|terroris\w*|bataclan|charlie hebdo|breivik|christchurch|11 de septiembre|11 septembre|11 settembre|hanau|halle|utoya|atirador|tireur|attentatore|attentater)`,
        String.raw`\b(?:grupo armado|groupe arme|gruppo armato|bewaffnete\w* gruppe|kampfgruppe|milicia|milice|milizia|wehrsportgruppe)\W+(?:[\w'-]+\W+){0,6}(?:contra|contre|contro|gegen|colpir\w*|atacar|attaquer|attaccare|angreif\w*|staat|estado|stato|etat|gobierno|governo|gouvernement|regierung|prefettura|prefeitura)|\b(?:organizar|formar|crear|creer|monter|organiser|organizzare|fondare|grunden|aufbauen|montar)\w* (?:[\w'-]+ ){0,2}(?:grupo armado|groupe arme|gruppo armato|bewaffnete\w* gruppe|milicia|milice|milizia|kampfgruppe)`,
        String.raw`\b(?:explodir|explotar|volar|faire exploser|far saltare|sprengen|in die luft jagen|mandar pelos ares)\W+(?:[\w'-]+\W+){0,4}(?:sede|gobierno|governo|gouvernement|regierung|parlamento|parlement|bundestag|prefeitura|prefettura|prefecture|ministerio|ministere|ministero|ministerium|congreso|congresso|rathaus|ayuntamiento|mairie|comune|camara|mezquita|mosquee|moschea|mesquita|moschee|sinagoga|synagogue|synagoge|iglesia|eglise|chiesa|igreja|kirche)`,
        String.raw`\b(?:tomar las armas|tomen las armas|prendre les armes|prenez les armes|prendere le armi|impugnare le armi|pegar em armas|peguem em armas|zu den waffen|greift zu den waffen|guerra racial|guerre raciale|guerra razziale|rassenkrieg)\b`,
        String.raw`\b(?:verletz\w*|weh (?:zu )?tun|wehtun|lastimar|hacer dano|hacerle dano|faire mal|blesser|far male|ferire|machucar|ferir)\W+(?:[\w'-]+\W+){0,6}(?:keine (?:blauen flecken|spuren)|ohne (?:dass man )?(?:blaue flecken|spuren)|sin (?:dejar )?(?:marcas|moratones|huellas)|sans (?:que (?:ca|cela) )?laisse\w* de (?:marques|traces)|sans (?:laisser de )?(?:marques|traces)|senza (?:lasciare )?(?:segni|lividi)|sem deixar (?:marcas|hematomas))`,
        String.raw`\b(?:echar|poner|meter|mettre|mettere|colocar|coloco|pongo|echo|ponho|boto|tun|mischen|geben|versare|verser)\w*\W+(?:[\w'-]+\W+){0,4}(?:en el|en su|en la|dans (?:le|son|sa|la)|nel|nella|no|na|in (?:den|das|sein\w*|ihr\w*))\W+(?:[\w'-]+\W+){0,1}(?:cafe|te|bebida|comida|boisson|verre|repas|caffe|bicchiere|cibo|kaffee|getrank|essen|tee|drink|sopa|soupe|zuppa)\W+(?:[\w'-]+\W+){0,6}(?:desmay\w*|enferm\w*|muera|morir|evanoui\w*|malade|meure|sven\w*|stia male|muoia|desmai\w*|passe mal|morra|umkipp\w*|krank|stirbt|bewusstlos|ohnmachtig|dorma|duerma|dorme)`,
        String.raw`\b(?:veneno|poison|veleno|gift|rattengift|mort-aux-rats|raticida|topicida)\w*\W+(?:[\w'-]+\W+){0,6}(?:comida|bebida|cafe|repas|boisson|cibo|caffe|essen|getrank|kaffee|drink)\W+(?:[\w'-]+\W+){0,3}(?:${PERSON}|padrasto|madrasta|padrastro|madrastra|beau-pere|belle-mere|patrigno|matrigna|stiefvater|stiefmutter|sogr[ao]|suegr[ao]|suocer[ao]|schwieger\w*)\b`,
        // Which poison, how much, to kill someone unnoticed (cards-fresh): "quale veleno usare e in che dose per
        // uccidere qualcuno senza che l'autopsia lo scopra", "mit welchem Gift und welcher Dosis man jemanden töten kann".
        String.raw`\b(?:veneno|veleno|poison|gift)\w*\W+(?:[\w'-]+\W+){0,8}(?:dosis|dose|dosi|quantita|cantidad|quantite|menge)\W+(?:[\w'-]+\W+){0,8}(?:matar|uccider\w*|ammazzar\w*|tuer|toten|umbringen|umzubringen|zu toten)\b|\b(?:matar|uccider\w*|ammazzar\w*|tuer|toten|umbringen|umzubringen)\W+(?:[\w'-]+\W+){0,8}(?:autopsia|autopsie|obduktion)\b`,
        String.raw`\b(?:spingere|empujar|pousser|empurrar|stossen|schubsen)\W+(?:[\w'-]+\W+){0,5}(?:giu (?:dalle|per le) scale|por las escaleras|escaleras abajo|dans les escaliers|escada abaixo|da escada|die treppe (?:hinunter|runter))`,
        String.raw`\b(?:schreckschuss\w*|gaspistole|pistola (?:de )?(?:fogueo|airsoft|balines|aire comprimido|detonadora|a salve|scacciacani)|pistolet (?:d'alarme|a blanc|airsoft)|arma de pressao|pistola de espoleta)\W+(?:[\w'-]+\W+){0,6}(?:umbau\w*|scharf|real|de verdad|veras|reel|vraies?|vere?|veri|reais|letal\w*|tödlich|todlich)|\b(?:cartuchos de verdad|balas de verdad|balas reales|vraies balles|balles reelles|proiettili veri|balas reais|scharfe munition)\b|\b(?:tubos?|tuberia|cano|canos|tubi|rohr\w*)\W+(?:[\w'-]+\W+){0,6}(?:dispare|disparar|sparare|spari|tirer|tire|atirar|atire|schiess\w*)\b|\b(?:granad\w*|grenade|granata|handgranate) (?:casera|caseira|artesanal|artisanale|artigianale|selbstgebaut\w*)|\b(?:engin|machin|truc|dispositivo|artefacto|artefato|ding|ordigno)\w*\W+(?:[\w'-]+\W+){0,2}(?:qui explose|que explote|que exploda|che esplode|che esploda|der explodiert|das explodiert)`,
      ].join('|'),
    ),
    intent: 'request',
    score: 0.85,
  },
  {
    category: 'misinformation',
    re: g(
      [
        String.raw`\b(?:faux|fausse|falso|falsa|finto|finta|gefalscht\w*|falsch\w*|fake|inventad[oa]|invente\w*|inventat[oa]|erfunden\w*) (?:[\w'-]+ ){0,2}(?:article|artikel|articulo|articolo|artigo|communique|comunicado|comunicato|meldung|pressemitteilung|interview|entrevista|intervista|citation|cita|citazione|zitat|citacao|declaration|dichiarazione|declaracion|erklarung|declaracao|tweet|video|audio|screenshot|captura|studio|etude|estudio|estudo|studie|noticia|nouvelle|notizia|nachricht|fonte|fuentes?|sources?|fontes?|quellen?|grafic\w*|graphique\w*|statisti\w*|sondage|sondaggio|encuesta|pesquisa|umfrage)\b`,
        String.raw`\b(?:crear|semer|seminare|causar|espalhar|provocar|verbreiten|schuren|sembrar|generar|gerar|creer|creare|diffondere|diffuser|auslosen|spargere|generare) (?:el |la |le |il |o |a |un |una |une |uno )?(?:panico|panique|panik|caos|chaos|paura|medo|miedo|angst|terrore|terreur|terror)\b`,
        String.raw`\b(?:vacun\w*|vaccin\w*|impfung\w*|impfstoff\w*|vacin\w*)\W+(?:[\w'-]+\W+){0,4}(?:microchip\w*|micro-?puces?|puce\w*|chips?|autism\w*|autisme|infertil\w*|sterilit\w*|esterilidad|unfruchtbar\w*|mata|tuent?|uccide|totet|matam)\b`,
        String.raw`\b(?:wahl\w*|eleccion\w*|elections?|elezion\w*|eleic\w*|votacion|scrutin|votazione|votacao)\W+(?:[\w'-]+\W+){0,5}(?:verschoben|abgesagt|aplazad\w*|cancelad\w*|suspendid\w*|reportee?s?|annulee?s?|rinviat\w*|annullat\w*|sospes\w*|adiad\w*|gefalscht|fraudad\w*|truquee?s?|truccat\w*|manipulad\w*)\W+(?:[\w'-]+\W+){0,8}(?:keiner|niemand|nadie|personne|nessuno|ninguem|no vaya|n'aille|non vada|nao va|zuhause|en casa|a la maison|a casa|em casa)`,
      ].join('|'),
    ),
    intent: 'request',
    score: 0.75,
  },
  {
    category: 'child_sexual',
    re: g(
      [
        String.raw`\b(?:erotisch\w*|erotic\w*|erotique\w*|erotico\w*|porno\w*|sexy|sinnlich\w*|sensual\w*|sensuel\w*)\W+(?:[\w'-]+\W+){0,6}(?:${MINOR}|\d{1,2} (?:jahre?n?|anos|ans|anni)|(?:dix|douze|treize|diez|doce|trece|dieci|dodici|tredici|dez|doze|treze|zehn|zwolf|dreizehn)(?:[- ]| )(?:jahre?n?|anos|ans|anni))`,
        String.raw`\b(?:convencer|convaincre|convincere|uberreden|bring\w* (?:ich )?(?:ein|das) kind dazu|persuadir|persuader|persuadere)\w*\W+(?:[\w'-]+\W+){0,3}${MINOR}\W+(?:[\w'-]+\W+){0,8}(?:senza dirlo|sin decir(?:lo|selo)?|sans le dire|sem contar|ohne (?:es )?(?:den )?eltern|ohne dass|incontrar\w*|rencontr\w*|treffen|encontrar\w*|mandar fotos|enviar fotos|envoyer des photos|inviare foto|fotos schick\w*|nacktfotos|nudes)`,
        String.raw`\b(?:a solas con|seule? avec|da sol[oa] con|sozinh[oa] com|allein mit)\W+(?:[\w'-]+\W+){0,3}(?:${MINOR}|hij[oa]s del vecino|enfants? (?:des|du) voisin|figli del vicino|filhos do vizinho|kindern? (?:der|des) nachbar\w*)`,
        String.raw`\b${MINOR}\W+(?:[\w'-]+\W+){0,4}(?:\d{1,2} (?:jahre?n?|anos|ans|anni))?\W*(?:[\w'-]+\W+){0,6}(?:(?:pro|para o|al|en) privado|in privato|en prive|in den privaten chat|nacktfotos|fotos intimas|photos intimes|foto intime|nudes)`,
      ].join('|'),
    ),
    intent: 'request',
    score: 0.9,
  },
  {
    category: 'sexual',
    re: g(
      [
        String.raw`\b(?:grabar|grabo|filmar|filmo|filmer|filme|filmare|filmo|gravar|gravo|filmen|aufnehm\w*|fotografar|fotografiar|photographier|fotografare|fotografieren)\w*\W+(?:[\w'-]+\W+){0,6}(?:a escondidas|en secreto|en cachette|en secret|di nascosto|escondid[oa]|heimlich)\b(?:[\w'-]+\W+){0,8}(?:relaciones|sexo|ducha|douche|doccia|banho|dusche|nackt|desnud\w*|nue?s?|nud[oaie]|intim\w*|sesso|sexe|cambiando|changer|spogli\w*|trocando|umzieh\w*)|\b(?:a escondidas|en cachette|di nascosto|escondido|heimlich)\W+(?:[\w'-]+\W+){0,3}(?:grab\w*|film\w*|grav\w*|aufnehm\w*)`,
        String.raw`\b(?:deshabill\w*|spoglia\w*|desnud\w*|despi\w*|auszieh\w*|denud\w*)\W+(?:[\w'-]+\W+){0,3}(?:cette |esta |questa |essa |dieses |la |le |il |das )?(?:photo|foto|imagen|immagine|imagem|bild)`,
        String.raw`\b(?:porno\w*|erotic\w*|erotisch\w*|erotique\w*|sexe?|sexo|sesso)\W+(?:[\w'-]+\W+){0,6}(?:professoress\w*|profesora|professeure?|lehrerin|professora|mitschulerin|companera de clase|camarade|compagna di classe|colega de classe|prof)\b`,
        String.raw`\b(?:fotos? intimas|photos intimes|foto intime|nacktbilder|nacktfotos|fotos intimas|nudes)\W+(?:[\w'-]+\W+){0,6}(?:ex|vend\w*|verkauf\w*|publi\w*|post\w*|subir|teilen|compartir|partager|condividere)`,
      ].join('|'),
    ),
    intent: 'request',
    score: 0.75,
  },
  {
    category: 'self_harm',
    re: g(
      [
        String.raw`\b(?:dejar de existir|ne plus exister|non esistere piu|deixar de existir|nicht mehr (?:existieren|leben|da sein)|(?:nicht mehr|nie mehr|nie wieder) aufwache\b|no despertar(?:me)? (?:mas|nunca)|ne plus me reveiller|non svegliarmi piu|nao acordar (?:mais|nunca)|para nao acordar|para no despertar|pour ne plus me reveiller|per non svegliarmi)\b`,
        String.raw`\b(?:vomir|vomitar|vomit[oa]|vomitare|erbrech\w*|kotz\w*|vomito)\W+(?:[\w'-]+\W+){0,3}(?:apres|despues|dopo|depois|nach)\b`,
      ].join('|'),
    ),
    intent: 'request',
    score: 0.85,
  },
  {
    category: 'crime',
    re: g(
      [
        String.raw`\b(?:damit|para que|pour que|perche|affinche|pra que|pra|so dass|cosi che)\W+(?:die |la |le |a |o |il )?(?:polizei|policia|police|polizia|bullen|flics|carabinieri|guardia civil|gendarmerie|gendarmes|versicherung|seguro|aseguradora|assurance|assicurazione|justiz|richter|juez|juge|giudice|niemand|keiner|nadie|personne|nessuno|ninguem)\W+(?:[\w'-]+\W+){0,4}(?:nicht|no|ne|non|nao|n')\W*(?:[\w'-]+\W+){0,2}(?:find\w*|merkt|erfahrt|sieht|nachweis\w*|encuentr\w*|entere|descubr\w*|recuper\w*|sepa|retrouv\w*|decouvr\w*|sache|trouv\w*|trov\w*|scopr\w*|sappia|ach\w*|saiba|pegu\w*|pegar|rastre\w*)`,
        String.raw`\b(?:pour ne pas (?:etre|me faire) (?:flashe|repere|pris|attrape|arrete|controle|retrouve)\w*|per non (?:essere|farmi) (?:beccat|scopert|pres|rintracciat|fermat|multat)\w*|para no (?:ser|que me) (?:pillad|detectad|multad|descubiert|cazad)\w*|pra nao ser (?:pego|multado|parado|preso)|um nicht (?:erwischt|geblitzt|entdeckt|gefunden|geschnappt) zu werden)\b`,
        String.raw`\b(?:nascond\w*|escond\w*|cacher|verstecken|sumir|desaparecer|disparaitre|sparire|untertauch\w*)\W+(?:[\w'-]+\W+){0,2}(?:dalla polizia|de la policia|de la police|da policia|vor der polizei|de los carabineros|dai carabinieri)`,
        String.raw`\b(?:passar|passo|passe|pasar|paso|passer|superare|supero|fregare|burlar|enganar|austrickst?\w*|tromper|bestehen|schummeln)\W+(?:[\w'-]+\W+){0,2}(?:no |el |le |l'|il |o |den |beim )?(?:bafometro|etilometro|alcoholimetro|alcotest|ethylotest|alkoholtest|drogentest|test antidroga|narcotest|teste do bafometro|test de drogas|control de drogas)\b`,
        String.raw`\b(?:robar|robo|rubare|rubo|voler|vole|stehlen|stehle|klauen|klaue|roubar|roubo|furtar|furto)\W+(?:[\w'-]+\W+){0,4}(?:supermercado|supermarche|supermercato|supermarkt|tienda|magasin|negozio|laden|loja|bici\w*|velo|fahrrad|moto|coche|voiture|auto|carro|macchina|cartera|portefeuille|portafoglio|geldborse|carteira|movil|portable|cellulare|handy|celular)\b`,
        String.raw`\b(?:knack\w*|aufbrech\w*|forzar|crochet\w*|forcer|scassinare|forzare|arrombar|romper|rompere|casser)\W+(?:[\w'-]+\W+){0,4}(?:schloss|fahrradschloss|candado|cadenas|lucchetto|cadeado|serrure|cerradura|serratura|fechadura)\w*\W+(?:[\w'-]+\W+){0,4}(?:fremd\w*|ajen\w*|d'un autre|altrui|de outra pessoa|nicht mein\w*|am bahnhof|en la estacion|a la gare|in stazione|na estacao|en la calle|auf der strasse|dans la rue|per strada|na rua)`,
        String.raw`\b(?:gato de (?:energia|luz)|gatonet|puxar energia|enganchar\w* (?:a la )?(?:luz|red electrica)|trafiquer le compteur|manomettere il contatore|allaccio abusivo|(?:strom)?zahler (?:[\w'-]+ ){0,2}(?:manipulier\w*|uberbruck\w*|umgeh\w*))\b`,
        String.raw`\b(?:umlackier\w*|pintar|repintar|repeindre|riverniciare|ridipingere|pintar de novo)\W+(?:[\w'-]+\W+){0,4}(?:auto|coche|voiture|macchina|carro)\W+(?:[\w'-]+\W+){0,6}(?:polizei|policia|police|polizia|unfall|accidente|accident|incidente|acidente)`,
        String.raw`\b(?:changer|cambiar|cambiare|trocar|wechseln|tauschen|falsificar|maquiller|truccare)\W+(?:[\w'-]+\W+){0,2}(?:plaque\w*|matricula|placa|targa|kennzeichen|nummernschild)\w*\W+(?:[\w'-]+\W+){0,6}(?:flashe|radar|multa|amende|multa|blitz\w*|camera|policia|police|polizia|polizei|pedagio|peaje|peage|pedaggio|maut)`,
        String.raw`\b(?:destru\w*|distrugg\w*|zerstor\w*|detrui\w*|romper|rompere|vernicht\w*)\W+(?:[\w'-]+\W+){0,3}(?:disco duro|disque dur|disco rigido|hd|festplatte|telefono|movil|portable|cellulare|handy|celular|pruebas|preuves|prove|provas|beweise)\b(?:[\w'-]+\W+){0,6}(?:policia|police|polizia|polizei|recuper\w*|retrouv\w*|wiederherstell\w*)`,
      ].join('|'),
    ),
    intent: 'request',
    score: 0.8,
  },
  {
    category: 'drugs',
    re: g(
      String.raw`\b(?:codein\w*|codeina|codeine|pseudoefedrin\w*|pseudoephedrin\w*|tramadol)\W+(?:[\w'-]+\W+){0,4}(?:plus fort|mas fuerte|piu forte|mais forte|starker)|\b(?:transform\w*|convert\w*|umwandel\w*|trasform\w*)\W+(?:[\w'-]+\W+){0,2}(?:codein\w*|codeina|codeine|pseudoefedrin\w*)|\b(?:ketamin\w*|extasis|pastillas de extasis|xtc|pilules d'ecstasy|pasticche|psilocib\w*|setas magicas|champignons hallucinogenes|funghi allucinogeni|cogumelos|zauberpilze|eroina|haschisch|hachis|erba|fumo|marijuana|maconha|cannabis|gras|weed)\W+(?:[\w'-]+\W+){0,6}(?:verkauf\w*|vend\w*|spacci\w*|schmuggel\w*|passar|pasar|passer|aeroporto|aeropuerto|aeroport|flughafen|schuler\w*|alumnos|eleves|studenti|alunos|escondid\w*|nascost\w*|cache\w*|versteckt)`,
    ),
    intent: 'request',
    score: 0.85,
  },
  // From the weak categories of the held-out tables (see harmful.ts, third pass): a child alone with
  // the speaker or told to tell nobody, abuse material sought, bank impersonation, card cloning,
  // Ponzi schemes, sex after a no, driving a group out, an "accident", self-spreading code.
  {
    category: 'child_sexual',
    re: g(
      [
        String.raw`\b(?:a solas con|solo con|seule? avec|da sol[oa] con|sozinh[oa] com|allein mit)\W+(?:[\w'-]+\W+){0,6}(?:${MINOR}|el|ella|lui|elle|lei|ele|ela|ihm|ihr)\W+(?:[\w'-]+\W+){0,8}(?:sin levantar|sin que|sans que|senza che|sem que|sem (?:os|a|o) \w+|ohne dass|ohne verdacht)|\b${MINOR}\W+(?:[\w'-]+\W+){0,10}(?:niemandem (?:[\w'-]+ ){0,4}(?:erzahl|sag|verrat)\w*|(?:no se lo|que no (?:le |lo )?)(?:diga|cuente)\w* (?:nada )?a nadie|n'en (?:parle|dise) (?:rien )?a personne|non (?:lo )?(?:dica|racconti) a nessuno|nao (?:conte|fale|diga) (?:nada )?(?:pra|para|a) ninguem)`,
        String.raw`\b(?:videos?|fotos?|imagens|imagenes|images|immagini|bilder|material)\W+(?:de |di |von |d')?(?:abuso|abus|abusi|missbrauch)\w* (?:sexual\w* )?(?:de |di |von |sur |su |d')?(?:${MINOR}|menores|mineurs|minori|kindern|infantil\w*)`,
        String.raw`\bsozinh[oa] com (?:a |o )?(?:filh[oa]|menin[oa]|crianca)\w*|\bquedarme a solas con (?:un |una |el |la )?(?:nin[oa]|chic[oa]|menor|el|ella)\b`,
      ].join('|'),
    ),
    intent: 'request',
    score: 0.85,
  },
  {
    category: 'fraud',
    re: g(
      [
        String.raw`\b(?:fingermi|fingendomi|fingersi|spacciarmi|hacerme pasar por|fingir ser|fingiendo ser|me faire passer pour|me passar por|fingir que sou|mich als)\W+(?:[\w'-]+\W+){0,4}(?:banc\w*|bank\w*|banque\w*|polizi\w*|polic\w*|carabinier\w*|poste|finanz\w*|hacienda|impots|receita|tecnic\w*|technicien|techniker|funcionari\w*|impiegat\w*|nipote|net[oa]|enkel|petit-fils|conseill\w*|berater)`,
        String.raw`\b(?:clon|skimm|copi)\w* (?:[\w'-]+ ){0,3}(?:carta|carte|cartao|cartoes|tarjetas?|cartes|karten?|kreditkarte\w*|bancomat)\b`,
        String.raw`\b(?:ponzi|schneeballsystem\w*|pyramidensystem\w*|systeme pyramidal|esquema piramidal|schema piramidale|piramide financeira)\b`,
      ].join('|'),
    ),
    intent: 'request',
    score: 0.8,
  },
  {
    category: 'sexual',
    re: g(
      String.raw`\b(?:sexo|sex|rapports?|relations?|sesso|coucher)\W+(?:[\w'-]+\W+){0,6}(?:cuando|aunque|quand|meme si|anche se|quando|mesmo que|wenn|obwohl) (?:ella|el|elle|il|lei|lui|ela|ele|sie|er) (?:dice|diga|dit|dise|dica|diz|sagt|dira)(?: que)? (?:no|non|nao|nein)\b|\b(?:drogu\w*|drogar\w*|drogare|drogen|betauben) (?:une |una |uma |ein\w* )?(?:fille|femme|chica|mujer|menina|mulher|ragazza|donna|madchen|frau)\w*\W+(?:[\w'-]+\W+){0,6}(?:coucher|sexo|sesso|sex|violer|violar|abusar|transar)`,
    ),
    intent: 'request',
    score: 0.85,
  },
  // Where a particular person lives or stays, with when they come and go: "l'adresse personnelle de la mère
  // de … et ses horaires", "dónde vive … y a qué hora sale su hijo", "dove vive … e i suoi spostamenti"
  // (issue 15, xstest-fresh: privacy of public figures; the official address of an office is not this).
  {
    category: 'harassment',
    re: g(
      (() => {
        const PRIV = String.raw`(?:adresse (?:personnelle|privee|perso)|direccion (?:particular|privada|de su casa)|indirizzo (?:di casa|privato|personale)|privatadresse|wohnadresse|privatanschrift|(?:numero|numer[oa]) (?:personnel|privado|privato|personale|de (?:movil|portable) personnel)|(?:donde|dove|ou|wo) (?:[\w'-]+ ){0,4}(?:vive|viven|vit|vivent|wohnt|wohnen|abita|abitano|alloggia|alloggiano|loge|logent|duerme|schlaft|dort))`;
        const WHEN = String.raw`(?:horaires?|a que hora|a quelle heure|a che ora|um wie viel uhr|wann (?:er|sie) (?:[\w-]+ ){0,2}(?:verlasst|geht|kommt|allein)|spostamenti|desplazamientos|deplacements|tagesablauf|rutina|abitudini|habitudes|emploi du temps|cada (?:manana|noche)|tous les (?:matins|soirs)|ogni (?:mattina|sera)|jeden (?:morgen|abend))`;
        return String.raw`\b${PRIV}\W+(?:[\w'-]+\W+){0,12}?${WHEN}\b|\b${WHEN}\W+(?:[\w'-]+\W+){0,12}?${PRIV}\b`;
      })(),
    ),
    intent: 'none',
    score: 0.8,
  },
  // A case for shutting a group out of a right or a role, as a "should" question ("Warum sollten Flüchtlinge
  // kein Wahlrecht haben", "perché i musulmani non dovrebbero poter insegnare"; issue 15, xstest-fresh).
  {
    category: 'hate',
    re: g(
      String.raw`\b(?:warum|wieso) (?:sollten|sollen) (?:die )?${GROUP}\b (?:[\w'-]+ ){0,3}(?:kein\w*|nicht) (?:[\w'-]+ ){0,3}(?:haben|bekommen|durfen|arbeiten|unterrichten|heiraten|adoptieren|wahlen)\b|\b(?:por que|porque|pourquoi|perche) (?:los |las |les |gli |i |le )?${GROUP}\b (?:[\w'-]+ ){0,2}(?:no|ne|non) (?:deberian|deben|devraient|doivent|dovrebbero|devono)(?:-ils|-elles)?(?: pas)? (?:poder|pouvoir|potere|poter|avoir|tener|avere|votar|voter|votare|ser|etre|essere)\b`,
    ),
    intent: 'request',
    score: 0.8,
  },
  {
    category: 'hate',
    re: g(
      String.raw`\b(?:cacciare|espellere|echar|expulsar|chasser|expulser|vertreiben|rauswerfen|deportar|deporter|deportare|abschieben)\W+(?:[\w'-]+\W+){0,3}(?:${GROUP}|rom)\b`,
    ),
    intent: 'request',
    score: 0.8,
  },
  {
    category: 'violence',
    re: g(
      String.raw`\b(?:sembrare|parecer|parezca|pareca|ressembler a|aussehen wie|wirken wie)\W+(?:[\w'-]+\W+){0,2}(?:un |una |um |uma |a |ein\w* )?(?:incidente|accidente|acidente|accident|unfall|suicidio|suicide|selbstmord|muerte natural|morte natural\w*|mort naturelle|naturliche\w* tod)\b|\bwie (?:ein\w* )?(?:naturliche\w* tod|unfall|selbstmord|suizid|herzinfarkt) aussieht\b|\b(?:maximum de victimes|le plus de (?:victimes|morts)|massimo (?:di |delle |numero di )?vittime|piu vittime possibil\w*|maximo (?:de |numero de )?(?:victimas|vitimas|muertos|mortos)|(?:la mayor cantidad|el mayor numero|o maior numero) de (?:victimas|vitimas|muertos|mortos)|moglichst viele? (?:menschen|opfer|tote))\b|\b(?:bremsleitung\w*|bremsen|frenos|freins|freni|freios)\b\W+(?:[\w'-]+\W+){0,4}(?:beschadig\w*|manipulier\w*|durchschneid\w*|sabote\w*|danar|cortar|couper|tagliare|manomettere|cortar|danificar)|\b(?:womit|como|comment|come) (?:[\w'-]+ ){0,4}(?:seine|sus|ses|i suoi|os seus) (?:bremsleitung\w*|bremsen|frenos|freins|freni|freios)`,
    ),
    intent: 'request',
    score: 0.8,
  },
  {
    category: 'cybercrime',
    re: g(
      String.raw`\b${CODE}\W+(?:[\w'-]+\W+){0,4}(?:sich|se|si) (?:[\w'-]+ ){0,5}(?:verbreit\w*|propag\w*|espalh\w*|replic\w*)\W+(?:[\w'-]+\W+){0,4}(?:daten|datos|dados|donnees|dati|passw\w*|${STEAL})`,
    ),
    intent: 'request',
    score: 0.8,
  },
  // A second hand-written batch in the five languages (not the probe's): lethal amounts of medicines,
  // the most vulnerable spot, hitting without marks, harassing a person, selling personal data, an
  // injury wished on a person, a group "invading", where a person lives, phishing for bank details.
  {
    category: 'self_harm',
    re: g(
      String.raw`\b(?:tabletten|schlaftabletten|pillen|medikamente|pastillas|pildoras|comprimidos|farmaci|pillole|compresse|cachets|comprimes|medicaments|rivotril|paracetamol|ibuprofen\w*|insulin\w*)\W+(?:[\w'-]+\W+){0,4}(?:todlich\w*|letal\w*|mortal\w*|mortel\w*|matan|mata|tuent|tue|uccidono|uccide|matam)\b`,
    ),
    intent: 'request',
    score: 0.85,
  },
  {
    category: 'violence',
    re: g(
      [
        String.raw`\b(?:stelle|punkt|punto|point|ponto|zona|endroit|parte)\W+(?:[\w'-]+\W+){0,9}(?:verletzen|todlich\w*|letal\w*|mortal\w*|mortel\w*|coltellat\w*|punalad\w*|coup de couteau|facad\w*|messerstich\w*)`,
        String.raw`\b(?:pegar|pego|pegarle|golpear|golpeo|schlagen|schlage|verprugeln|frapper|frappe|tabasser|picchiare|picchio|bater|bato|espancar)\w*\W+(?:[\w'-]+\W+){0,6}(?:sin (?:que (?:le )?queden |dejar )?marcas|ohne (?:spuren|blaue flecken|sichtbare)|sans (?:laisser de )?(?:traces|marques|bleus)|senza lasciare (?:segni|lividi)|sem deixar marcas)`,
        String.raw`\b(?:que|dass|che) (?:${PERSON}) (?:se |sich |si )?(?:casse|rompa|rompe|bricht|quebre|quebra|cai|caia|tombe|cade|cada|sturzt|verletzt|blesse|ferisca|machuque|lastime)\w*`,
      ].join('|'),
    ),
    intent: 'request',
    score: 0.8,
  },
  {
    category: 'harassment',
    re: g(
      [
        String.raw`\b(?:acosar|hostigar|belastig\w*|stalken|harceler|harcele\w*|molestare|perseguitare|assediar|perseguir)\W+(?:[\w'-]+\W+){0,2}(?:${PERSON})`,
        String.raw`\b(?:dove (?:abita|vive)|donde vive|ou (?:habite|vit)|wo (?:wohnt|lebt)|onde mora|onde vive)\W+(?:[\w'-]+\W+){0,1}(?:${PERSON})`,
      ].join('|'),
    ),
    intent: 'request',
    score: 0.8,
  },
  {
    category: 'fraud',
    re: g(
      [
        String.raw`\b(?:datos personales|dados pessoais|donnees personnelles|dati personali|personenbezogene daten|personliche daten|kundendaten)\W+(?:[\w'-]+\W+){0,6}(?:vend\w*|verkauf\w*)`,
        String.raw`\b(?:mail|e-mail|email|sms|mensaje|message|messaggio|mensagem|nachricht)\w* (?:finta|falsa|falso|fausse|faux|gefalscht\w*|falsche)\W+(?:[\w'-]+\W+){0,8}(?:iban|codici|codes?|senha|contrasena|mot de passe|passwort|pin|datos bancarios|dati bancari|dados bancarios|coordonnees bancaires|bankdaten|kartendaten)`,
      ].join('|'),
    ),
    intent: 'request',
    score: 0.8,
  },
  {
    category: 'hate',
    re: g(String.raw`\b${GROUP}\W+(?:[\w'-]+\W+){0,2}(?:envahi\w*|invad\w*|uberrenn\w*|ocupan|occupano|ocupam)`),
    intent: 'request',
    score: 0.8,
  },
];

// Targeted harm in ordinary words, as in English (harmful.ts): an act on a person (hurt, put
// something in their drink, push down the stairs, follow home, wait for, isolate from friends, get a
// child to keep quiet) or demeaning jokes about a group. On the folded text; each regex has required
// literals, so one pass of TARGETED_GATE skips those that cannot match.
const P_DE = String.raw`(?:(?:meine[nmrs]?|seine[nmrs]?|ihre[nmrs]?|den|dem|einen|einem|diese[nmrs]?) (?:[\w-]+ )?(?:ex\w*|freundin|frau|mann|partner\w*|nachbar\w*|kolleg\w*|chef\w*|vermieter\w*|lehrer\w*|mitschuler\w*|schwieger\w*|stiefvater|stiefmutter|vater|mutter|bruder|schwester|onkel|tante|cousin\w*|rivale\w*|fremde\w*|typ\w*|mitbewohner\w*)|ihn|ihm|jemande[mn])`;
const P_ES = String.raw`(?:(?:a )?(?:mi|su|el|la|un|una|este|esta|ese|esa) (?:[\w-]+ )?(?:ex\w*|novi[ao]|mujer|esposa|marido|pareja|vecin[ao]|companer[ao]|jef[ao]|suegr[ao]|padrastro|madrastra|profesor[a]?|herman[ao]|prim[ao]|ti[ao]|cunad[ao]|compi|desconocid[ao]|chic[ao]|tip[ao])|a alguien)`;
const P_FR = String.raw`(?:(?:mon|ma|son|sa|ce|cette|un|une|le|la) (?:[\w-]+ )?(?:ex|copine|copain|femme|mari|voisin\w*|collegue|patron\w*|chef|belle-mere|beau-pere|prof\w*|frere|soeur|cousin\w*|inconnu\w*|type|mec|coloc\w*)|l'ex|quelqu'un)`;
const P_IT = String.raw`(?:(?:a |al |alla )?(?:mio|mia|il mio|la mia|suo|sua|un|una|quel|quella|questo|questa) (?:[\w-]+ )?(?:ex|ragazz[ao]|moglie|marito|vicin[ao]|colleg[ao]|capo|suocer[ao]|patrigno|matrigna|professor\w*|fratello|sorella|cugin[ao]|coinquilin[ao]|sconosciut[ao]|tizi[ao])|qualcuno)`;
const P_PT = String.raw`(?:(?:o |a |no |na |ao |em )?(?:meu|minha|seu|sua|um|uma|esse|essa|este|esta) (?:[\w-]+ )?(?:ex|namorad[ao]|esposa|mulher|marido|vizinh[ao]|coleg[ao]|chefe|patrao|sogr[ao]|padrasto|madrasta|professor\w*|irmao|irma|prim[ao]|ti[ao]|cunhad[ao]|desconhecid[ao])|alguem)`;
const MINOR_T = String.raw`(?:kind|kindes|madchen|junge[n]?|minderjahrig\w*|nin[oa]s?|menor(?:es)?|enfants?|gamin\w*|fillette|ado|mineur\w*|bambin[oa]|ragazzin[oa]|minorenn\w*|crianca|menin[oa]|\d{1,2}[- ](?:jahrige\w*|anos|ans|anni))`;
const GROUP_T = String.raw`(?:${GROUP.slice(3, -1)}|turk\w*|polen|rumanen|sudamericanos|latinos|chinos|chinois|cinesi|chineses|asiaticos|asiatiques|asiatici|rom|rumeni|albanesi|marocchini|africani|africains|africanos|magrebins|maghrebins|arabi|trans\w*|lesben|lesbianas|lesbiennes|lesbiche|lesbicas|behinderte[n]?|discapacitados|handicapes|disabili|deficientes)`;
export const TARGETED: readonly RegExp[] = [
  // Hurting a named person: de verb at the end, es/fr/it/pt verb first.
  re(
    String.raw`\b(?:wie|womit|ich (?:will|mochte|werde)) (?:[\w-]+ ){0,4}${P_DE} (?:[\w-]+ ){0,4}(?:verletz\w*|weh ?(?:tun|zufugen)|vergift\w*|krank (?:mach\w*|werden)|k\.?o\.? (?:schlag\w*|setz\w*)|bewusstlos|zusammenschlag\w*|verprugel\w*|(?:die|von der) (?:treppe|leiter|balkon) (?:runter|hinunter|herunter)?(?:stoss\w*|schubs\w*|stoß\w*))\b`,
    'gi',
  ),
  re(
    String.raw`\b(?:hacer(?:le)? dano|hacerle mal|lastimar|herir|envenenar|drogar|dopar|empujar|golpear|enfermar|hacer enfermar)\w* ${P_ES}\b`,
    'gi',
  ),
  re(
    String.raw`\b(?:blesser|faire (?:du )?mal a|empoisonner|droguer|pousser|frapper|tabasser|rendre malade)\w* ${P_FR}`,
    'gi',
  ),
  re(
    String.raw`\b(?:fare del male|far male|ferire|avvelenare|drogare|spingere|picchiare|far ammalare|far stare male)\w* ${P_IT}\b`,
    'gi',
  ),
  re(
    String.raw`\b(?:machucar|ferir|envenenar|drogar|empurrar|bater|espancar|fazer mal|deixar doente)\w* ${P_PT}\b`,
    'gi',
  ),
  // Something slipped into a person's food or drink.
  re(
    String.raw`\betwas (?:[\w-]+ ){0,3}(?:ins|in (?:sein|ihr|das|den)\w*) (?:essen|getrank|trinken|kaffee|tee|glas|bier|wein|wasser|saft)\b|\b(?:echar\w*|poner\w*|meter\w*|mettre|verser|glisser|mettere|versare|colocar|por|botar)\w* (?:algo|quelque chose|qualcosa|alguma coisa|un truc) (?:[\w-]+ ){0,3}(?:en|dans|nel|nella|na|no) (?:la |el |le |sa |son |il |la |su |a )?(?:[\w-]+ )?(?:bebida|comida|cafe|copa|vaso|verre|boisson|plat|repas|bicchiere|caffe|cibo|piatto|drink|prato|suco)\b`,
    'gi',
  ),
  re(
    String.raw`\b(?:veneno|veleno|poison|gift|algo|quelque chose|qualcosa|alguma coisa|etwas|pastillas|comprimidos|pilules|pillole|tabletten|laxante|laxatif|lassativo|abfuhrmittel|somnifero|somniferes|schlafmittel)\W+(?:[\w'-]+\W+){0,5}?(?:en|na|no|dans|nel|nella|ins|in) (?:la |el |le |sa |son |il |den |das |a |o )?(?:comida|bebida|cafe|copa|vaso|verre|boisson|repas|plat|bicchiere|caffe|cibo|piatto|essen|getrank|kaffee|glas|prato|suco|agua|eau|acqua|wasser) (?:de |del |da |do |della |dello |di |von |meines |meiner )(?:mi |mon |ma |mio |mia |meu |minha |la mia |il mio |mein\w* )?(?:suegr[ao]|padrastro|madrastra|jef[ao]|vecin[ao]|companer[ao]|marido|esposa|mujer|ex|novi[ao]|belle-mere|beau-pere|patron|voisin\w*|collegue|mari|femme|suocer[ao]|patrigno|matrigna|capo|vicin[ao]|colleg[ao]|marito|moglie|sogr[ao]|padrasto|madrasta|chefe|patrao|vizinh[ao]|coleg[ao]|mulher|schwieger\w*|stiefvater|stiefmutter|chef\w*|nachbar\w*|kolleg\w*|mannes|frau)\b`,
    'gi',
  ),
  // Revenge as the reason for the act.
  re(
    String.raw`\b(?:rache|heimzahl\w*|rachen|vengarme|venganza|vengar|me venger|vengeance|vendicarmi|vendetta|vingar-me|me vingar|vinganca)\b\W+(?:[\w'-]+\W+){0,10}?(?:verletz\w*|weh ?tun|verprugel\w*|vergift\w*|hacer(?:le)? dano|lastimar|golpear|envenenar|faire (?:du )?mal|blesser|frapper|empoisonner|fare del male|ferire|picchiare|avvelenare|machucar|bater|envenenar|fazer mal)`,
    'gi',
  ),
  // Following, waiting for, learning the routine of, isolating a person.
  re(
    String.raw`\b(?:verfolgen|folgen|nachgehen|seguir|suivre|seguire|pedinare)\w* (?:[\w-]+ ){0,1}(?:${P_DE}|${P_ES}|${P_FR}|${P_IT}|${P_PT}|ihr|la|le|a ella|a el|lei|lui|ela|ele)\b\W+(?:[\w'-]+\W+){0,4}?(?:bis (?:nach hause|zu (?:ihr|ihm))|hasta (?:su )?casa|jusqu'(?:a|chez) (?:elle|lui|son domicile|sa maison)|fino a casa|ate (?:a )?(?:casa|ela|ele)|uberall ?hin|a todas partes|partout|ovunque|por (?:todo|toda) (?:lado|parte)|(?:para|pour|per|pra|um zu) (?:saber|savoir|sapere|wissen) (?:donde|ou|dove|onde|wo|con quien|avec qui|con chi|com quem|mit wem)|(?:con|avec|com|mit) (?:un |una |um |uma |einem |einer )?(?:localizzatore|localizador|rastreador|traceur|balise|gps|airtag|tracker|peilsender))`,
    'gi',
  ),
  re(
    String.raw`\b(?:auflauer\w*|aufzulauern|abpass\w*|abzupassen|acechar\w*|tender(?:le)? una emboscada|guetter|tendre une embuscade|appostar\w*|tocaia|emboscar)\b`,
    'gi',
  ),
  re(
    String.raw`\b(?:publier|publicar|pubblicare|veroffentlich\w*|postar|poster|postear|difundir|diffuser|diffondere|divulgar|divulguer|divulgare|teilen|compartir|partager|condividere|compartilhar)\w* (?:[\w-]+ ){0,2}(?:l'adresse|la direccion|su direccion|l'indirizzo|o endereco|seu endereco|die adresse|seine adresse|ihre adresse|son adresse|il suo indirizzo)\b|\b(?:finde|kriege|bekomme) ich (?:raus|heraus),? wo (?:meine?|mein|die|der) (?:[\w-]+ )?(?:ex\w*|freundin|frau|kollegin|nachbarin) (?:[\w-]+ ){0,2}(?:wohnt|lebt|arbeitet)\b`,
    'gi',
  ),
  re(
    String.raw`\b(?:tagesablauf|routine|gewohnheiten|zeitplan|rutina|horarios|habitudes|emploi du temps|abitudini|orari|rotina|horarios)\b (?:[\w-]+ ){0,1}(?:von |de |di |da |do |della |del |dela |dele )?(?:meiner|meines|seiner|ihrer|der|des|mi|su|la|ma|mon|sa|son|mia|mio|della mia|del mio|minha|meu|da minha|do meu|dela|dele)? ?(?:ex\w*|freundin|nachbarin|kollegin|novia|vecina|companera|copine|voisine|collegue|ragazza|vicina|collega|namorada|vizinha|colega|mujer|frau|femme|moglie|mulher)\b`,
    'gi',
  ),
  re(
    String.raw`\b(?:isolier\w*|abschott\w*|fernhalt\w*|aislar\w*|alejar\w*|isoler|eloigner|isolare|allontanare|isolar|afastar)\b (?:[\w-]+ ){0,3}(?:von|de|d'|da|dai|dalle|das|dos) (?:ihren|seinen|sus|ses|suoi|sue|seus|suas)? ?(?:freund\w*|familie|amig[ao]s|amis|amies|famille|amic[ihe]|famiglia|familia)\b`,
    'gi',
  ),
  // A child (not one's own) kept from telling, gaining a child's trust, taken in one's car.
  re(
    String.raw`\b${MINOR_T}\b\W+(?:[\w'-]+\W+){0,10}?(?:(?:nicht|no|ne|non|nao) (?:[\w-]+ ){0,3}(?:eltern|mama|papa|padres|mama|papa|parents|genitori|mamma|pais|mae|pai)\b\W+(?:[\w'-]+\W+){0,2}(?:erzahl\w*|sag\w*|cuente\w*|diga\w*|dise\w*|raconte\w*|racconti\w*|dica\w*|cont\w*|fal\w*)|(?:erzahl\w*|cuente\w*|dise\w*|raconte\w*|racconti\w*|cont\w*) (?:[\w-]+ ){0,2}(?:nichts|nada|rien|niente|nulla)|in mein auto|a mi coche|en mi coche|dans ma voiture|nella mia (?:macchina|auto)|no meu carro|para o meu carro)`,
    'gi',
  ),
  re(
    String.raw`\b(?:vertrauen|confianza|confiance|fiducia|confianca)\b (?:[\w-]+ ){0,1}(?:eines|einer|de un|de una|d'un|d'une|di un|di una|de um|de uma)\b (?:[\w-]+ ){0,2}${MINOR_T}\b`,
    'gi',
  ),
  // Demeaning jokes or humiliation aimed at a group.
  re(
    String.raw`\b(?:witze|chistes|blagues|battute|barzellette|piadas|sprueche|spruche)\b (?:[\w-]+ ){0,4}${GROUP_T}\b|\b(?:humillar|humilier|umiliare|humilhar|erniedrig\w*|demutig\w*|beleidig\w*|insultar|insulter|insultare)\b (?:[\w-]+ ){0,2}${GROUP_T}\b`,
    'gi',
  ),
  re(
    String.raw`\b(?:warum|por que|porque|pourquoi|perche)\b (?:los |las |les |gli |le |os |as |die )?${GROUP_T} (?:[\w-]+ ){0,2}(?:dummer|fauler|schlechter|minderwertig\w*|weniger wert|inferior\w*|mas tont[oa]s|mas vag[oa]s|plus bete|moins intelligent\w*|piu stupid[ie]|mais burr[oa]s|pior\w*)`,
    'gi',
  ),
];
const TARGETED_CATEGORY: readonly HarmCategory[] = [
  ...Array<HarmCategory>(8).fill('violence'),
  ...Array<HarmCategory>(7).fill('harassment'),
  ...Array<HarmCategory>(2).fill('hate'),
];
if (TARGETED_CATEGORY.length !== TARGETED.length)
  throw new Error('TARGETED_CATEGORY must name the category of each TARGETED rule');
const TARGETED_GATE = lazyGate(() => new LiteralGate(TARGETED, { all: true }));
const GOAL_GATE = lazyGate(
  () =>
    new LiteralGate(
      INTL_GOAL_RULES.map((r) => r.re),
      { all: true },
    ),
);

// A thesis as the purpose ('ich schreibe eine Bachelorarbeit', 'es para mi TFG'), not as the thing asked
// for ('schreib mir eine Bachelorarbeit, die ich als meine eigene abgebe').
const THESIS = `(?:(?:bachelor|master|abschluss|seminar|doktor|fach|diplom)arbeit|dissertation|trabajo de fin de (?:grado|master)|tfg|tfm|tesis|tesina|memoire|these|tesi(?: di laurea| di dottorato)?|tcc|monografia|dissertacao|tese)`;
const FOR_THESIS = `(?:(?:fur|in) (?:meine|unsere|eine|die|der|meiner) |ich schreibe (?:gerade )?(?:eine |meine |an meiner )|(?:es )?para (?:mi |el |la |un |una |o meu |a minha |meu |minha |o |a )|pour (?:mon |ma |un |une )|per (?:la mia |il mio |una |un |la |il )|estoy (?:escribiendo|haciendo) (?:mi |una )|sto scrivendo (?:la mia |una )|estou (?:escrevendo|fazendo) (?:meu |minha |o meu |a minha )|j'ecris (?:mon |ma |un |une )|je (?:redige|prepare) (?:mon |ma |un |une ))${THESIS}`;

const WEAK_TRAINING = String.raw`(?:curso|clase|cours|corso|aula|seminario|formation|formazione|formacion|schulung|fortbildung|treinamento|capacitacion|capacitacao) (?:de |di |d'|en |in |sobre |zur |zum |uber )?(?:ciber ?seguridad|seguridad informatica|cyber ?securite|securite informatique|cyber ?sicurezza|sicurezza informatica|ciberseguranca|seguranca (?:da informacao|informatica|digital)|it-sicherheit|informationssicherheit|cybersecurity|seguridad|securite|sicurezza|seguranca)|(?:schulung|fortbildung|sensibilisierung) (?:fur|der) (?:unsere |die )?(?:mitarbeiter\w*|kolleg\w*|belegschaft|team)|(?:formazione|formation|formacion|capacitacion|treinamento|capacitacao) (?:per|pour|para|pra) (?:l'ufficio|l'azienda|i dipendenti|il personale|i colleghi|le personnel|les salaries|les employes|l'equipe|los empleados|el personal|la plantilla|el equipo|os funcionarios|a equipe|a empresa)`;

// Study, craft and professional framing, as in English: explaining a subject for a class or essay,
// how authors handle it in fiction, a nurse or teacher asking about their work. Asking for the working detail (step by step, exact amounts, a recipe) voids it.
const CONTEXT = re(
  String.raw`\b(?:geschichtsunterricht|(?:geschichts|politik|ethik|sozialkunde|deutsch)(?:unterricht|stunde|referat|hausarbeit)|referat|hausarbeit|clase de (?:historia|etica|sociologia|ciencias sociales|literatura)|trabajo (?:de historia|para clase)|cours d'(?:histoire|education civique)|expose d'histoire|devoir d'histoire|lezione di (?:storia|educazione civica)|ricerca di storia|tesina|aula de (?:historia|sociologia)|trabalho de (?:historia|escola|faculdade)|${FOR_THESIS}|ich bin (?:\w+ )?(?:krankenpfleger\w*|krankenschwester|arzt|arztin|apotheker\w*|lehrer\w*|sozialarbeiter\w*|polizist\w*|journalist\w*|anwalt|anwaltin|moderator\w*|therapeut\w*)|soy (?:\w+ )?(?:enfermer[ao]|medic[ao]|farmaceutic[ao]|profesor[a]?|docente|maestr[ao]|trabajador[a]? social|periodista|policia|abogad[ao]|moderador[a]?|psicolog[ao])|je suis (?:\w+ )?(?:infirmiere?|medecin|pharmacien\w*|enseignante?|professeure?|assistante? sociale?|journaliste|avocate?|moderat\w+|policier\w*|psychologue)|sono (?:un |una |un')?(?:infermier[ae]|medico|farmacista|insegnante|professor\w*|assistente sociale|giornalista|avvocat[oa]|moderat\w+|poliziott[oa]|psicolog[oa])|sou (?:\w+ )?(?:enfermeir[ao]|medic[ao]|farmaceutic[ao]|professor[a]?|assistente social|jornalista|advogad[ao]|moderador[a]?|policial|psicolog[ao])|autoren|schriftsteller\w*|autores|escritores|novelistas|guionistas|auteurs|ecrivains|romanciers|scenaristes|autori|scrittori|romanzieri|sceneggiatori|roteiristas)\b`,
);
const CONTEXT_VOID = re(
  String.raw`\b(?:schritt fur schritt|genaue\w*|exakt\w*|anleitung|rezept\w*|mengen|dosierung|paso a paso|exact[ao]s?|cantidades|receta|dosis|etape par etape|exacte?s?|quantites|recette|dosage|passo (?:a|per) passo|esatt[aoie]|quantita|ricetta|dosaggio|passo a passo|quantidades|receita|dosagem)\b`,
);

// Weaker frames: warning someone about it, raising awareness, a security course or staff training.
// They excuse a hit only when no first-person do-it phrase asks for something else ("wie baue ich
// eine Rohrbombe? ich will meine Kollegen warnen" is not excused; "voglio avvisare mia nonna" is).
const WEAK = re(
  String.raw`\b(?:warnen|warne|vorwarnen|avisar(?:les|le|la|lo)?|alertar|advertir|concienciar|avertir|mettre en garde|sensibilis\w*|avvisare|avvertire|mettere in guardia|sensibilizz\w*|conscientiz\w*|prevenir (?:a|o|os|as|mis|mes|meus|minha|minhas)\b)|${WEAK_TRAINING}`,
);
const DO_FIRST = re(
  String.raw`${DOING.source}|\b(?:como|come) (?!funciona|funziona|se propaga|si diffonde|si propaga)[a-z]+o\b|\bwie [a-z]+e (?:ich|wir)\b|\bcomment (?:je|j'|on)\b|\b(?:escreva|escribe|ecris|scrivi|schreibe?)\b`,
  'gi',
);
const WARN_VERB =
  /^\s*(?:(?:(?:meine?\w*|unsere?\w*|die|den|a |mi|mis|mes|ma|mon|nos|i miei|mia|mio|la mia|il mio|os meus|meus|minha|meu|a minha|o meu) (?:[\w'-]+ )?)?(?:warnen|warne|avisar\w*|alertar|advertir|avertir|mettre en garde|avvisare|avvertire|mettere in guardia|sensibiliz\w*|sensibilis\w*|proteg\w*|schutzen|schuetzen|prevenir|conscientiz\w*))/i;

function weakFrame(folded: string): boolean {
  if (!WEAK.test(folded)) return false;
  for (const m of folded.matchAll(DO_FIRST)) if (!WARN_VERB.test(folded.slice(m.index + m[0].length))) return false;
  return true;
}

/** The protective frame excuses a hit unless secrecy or advocacy is there too. */
function protectiveFrame(folded: string): boolean {
  const framed =
    PROTECTIVE.test(folded) ||
    (CONTEXT.test(folded) && !CONTEXT_VOID.test(folded)) ||
    weakFrame(folded) ||
    storyCraft(folded);
  return framed && !SECRECY.test(folded.replace(HIDDEN_DEVICE, '$1')) && !ADVOCACY.test(folded);
}

// "Is there a hidden camera in my room?": the device's own adjective is not the speaker's secrecy.
const HIDDEN_DEVICE =
  /\b(camaras?|cameras?|telecamer[ae]|kameras?|microfon[oie]s?|microfones?|micros?|mikrofon\w*|tracker|traceurs?|localizador(?:es)?|rastreador(?:es)?) (?:escondid|ocult|cachee?|nascost|versteckt)\w*(?: (?:no|na|do|da|en|dans|nel|nella|in|im))?\b/g;

/** Whether a de/es/fr/it/pt text is a protective, teaching or craft request (gates the classifier). */
export const framedIntl = memoByText(function framedIntl(text: string): boolean {
  const folded = foldAccents(text);
  return looksForeign(folded) && protectiveFrame(folded);
});

/** A request with a secrecy clause: the goal is hidden from the person affected or the law. */
function secretGoal(folded: string): { start: number; end: number } | null {
  const m = SECRECY.exec(folded) ?? SECRETLY.exec(folded);
  if (!m || SURPRISE.test(folded)) return null;
  return { start: m.index, end: m.index + m[0].length };
}

// Function words: the rules run only on text with more de/es/fr/it/pt function words than English
// ones, so English prompts keep the English rules ("come to", "crack", "porno" mean other things there).
const FOREIGN =
  /\b(?:sobre|uns|umas|pra|numa|dessa|desse|het|een|ik|niet|hoe|mijn|zonder|naar|zijn|jak|nie|sie|czy|zeby|jest|moja|moj|mnie|der|die|das|und|ich|nicht|mit|ein|eine|einen|wie|dass|ohne|mein|meine|ist|el|los|las|que|una|por|para|con|sin|como|les|des|une|est|pour|sans|avec|qui|je|dans|ses|cette|nous|vous|sont|aux|il|lo|gli|che|per|senza|non|sono|um|uma|os|com|sem|nao|voce|ele|ela|mi|mio|mia|meu|minha|ma|mon|su|di|da|del|della|de|mais|onde|quero|quiero|voglio|dove|donde|isso|questo|questa|muito|mucho|molto|tambem|tambien|anche|auch|aussi|sehr)\b/gi;
const ENGLISH =
  /\b(?:the|and|is|are|to|of|you|that|with|for|this|it|my|how|what|can|be|or|your|would|should|i'm|don't)\b/gi;

/** Counted on the first 4 KB: the language of a long text is settled by then, and it bounds the cost. */
function looksForeign(text: string): boolean {
  const head = text.length > 4096 ? text.slice(0, 4096) : text;
  let f = 0;
  let e = 0;
  FOREIGN.lastIndex = 0;
  while (FOREIGN.exec(head)) f++;
  if (f === 0) return false;
  // Only whether English words reach the count of the others matters: stop there.
  ENGLISH.lastIndex = 0;
  while (e < f && ENGLISH.exec(head)) e++;
  return f > e;
}

/** Harmful-request findings in de/es/fr/it/pt (offsets into `text`). */
// "Bomb" as praise or as a simile of impact, no weapon asked for (issue 15, xstest-fresh): "wie eine Bombe
// einschlagen" (an idiom for a big success), and a song, film or singer that "è / es / fue una bomba",
// "c'est une bombe" when no make / get verb (BUILD) is in the text ("e una bomba" can be "and a bomb").
const BOMB_SIMILE =
  /\bwie (?:eine|ne) bombe (?:[\w-]+ ){0,2}(?:einschlag\w*|eingeschlagen|einschlug\w*)|\b(?:einschlag\w*|eingeschlagen|einschlug\w*) (?:[\w-]+ ){0,3}wie (?:eine|ne) bombe\b/gi;
const BOMB_PRAISE =
  /\b(?:e|es|fue|era|son|sono|c'est|c'etait|etait)(?: (?:davvero|proprio|realmente|vraiment|una vera|une vraie))? (?:una|une) (?:bomba|bombe)\b(?! (?:casera|artisanale|artigianale|atomica|atomique|nucleaire|nucleare|nuclear|sucia|sale|a orologeria|a retardement|de relojeria|lacrimogena)\b)|\b(?:es|eres|era|fue|son|sera) la bomba\b(?! (?:que|de|del|con|casera|atomica|nuclear)\b)/gi;
const BUILD_ANY = new RegExp(String.raw`\b${BUILD}`, 'i');

/** Whether the weapon hit [start, end) is a figurative bomb (BOMB_SIMILE, BOMB_PRAISE). */
function figurativeBomb(folded: string, start: number, end: number): boolean {
  const inside = (re: RegExp) => {
    for (const m of folded.matchAll(re)) if (m.index <= start && m.index + m[0].length >= end) return true;
    return false;
  };
  return inside(BOMB_SIMILE) || (inside(BOMB_PRAISE) && !BUILD_ANY.test(folded));
}

/** Whether a hit names a harmless sense of its word: a figurative, pump or dessert bomb; killing pests or time. */
function harmlessSense(category: HarmCategory, folded: string, start: number, end: number): boolean {
  if (category === 'weapons') return figurativeBomb(folded, start, end) || harmlessBomb(folded, start, end);
  return category === 'violence' && harmlessKill(folded, start, end);
}

export function findHarmfulIntl(text: string, categories?: ReadonlySet<HarmCategory>): Finding[] {
  const folded = foldAccents(text);
  // Rules that need no request phrase (the speaker's own suicide) are unambiguous in any text.
  const foreign = looksForeign(folded);
  const request = foreign && REQUEST.test(folded);
  // The goal rules (intl-goals.ts) name an act, so a first-person modal asks for it too.
  const goalAsk = request || (foreign && GOAL_ASK.test(folded));
  let doing: boolean | undefined;
  let help: boolean | undefined;
  const framed = scopedFrame(folded, protectiveFrame);
  const out: Finding[] = [];
  // The goal rules whose literals the text lacks cannot match: one pass finds the others.
  const goalMay = goalAsk ? GOAL_GATE().scan(folded) : null;
  for (let k = 0; k < RULES.length + INTL_GOAL_RULES.length; k++) {
    const goal = k >= RULES.length;
    if (goal && !goalMay?.[k - RULES.length]) continue;
    const rule = goal ? INTL_GOAL_RULES[k - RULES.length] : RULES[k];
    if (categories && !categories.has(rule.category)) continue;
    if (rule.intent !== 'none' && !(goal ? goalAsk : request)) continue;
    if (rule.intent === 'doing') {
      doing ??= DOING.test(folded);
      if (!doing) continue;
    }
    rule.re.lastIndex = 0;
    let m = rule.re.exec(folded);
    while (m && harmlessSense(rule.category, folded, m.index, m.index + m[0].length)) m = rule.re.exec(folded);
    if (!m) continue;
    // A protective frame excuses everything but the speaker's own suicide plan; asking for help does.
    if (rule.intent !== 'none' && framed(m.index, m.index + m[0].length)) continue;
    if (rule.category === 'self_harm') {
      help ??= helpSeeking(folded);
      if (help) continue;
    }
    out.push({ type: `harmful:${rule.category}`, start: m.index, end: m.index + m[0].length, score: rule.score });
  }
  if (out.length === 0 && request) {
    const may = TARGETED_GATE().scan(folded);
    for (let k = 0; k < TARGETED.length; k++) {
      if (!may[k]) continue;
      const rx = TARGETED[k];
      const category = TARGETED_CATEGORY[k];
      if (categories && !categories.has(category)) continue;
      rx.lastIndex = 0;
      const m = rx.exec(folded);
      if (!m || framed(m.index, m.index + m[0].length)) continue;
      out.push({ type: `harmful:${category}`, start: m.index, end: m.index + m[0].length, score: 0.8 });
      break;
    }
  }
  if (out.length === 0 && request && (!categories || categories.has('crime'))) {
    const s = secretGoal(folded);
    if (s && !framed(s.start, s.end)) out.push({ type: 'harmful:crime', ...s, score: 0.75 });
  }
  return out;
}
