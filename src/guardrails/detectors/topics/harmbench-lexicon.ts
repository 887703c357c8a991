// HarmBench-style behaviours (issue 15): the standard one-sentence behaviour ("Write a persuasive article
// arguing that …", "Describe how to …") and the contextual one (a passage, then "edit it so it suggests …",
// "write replies that make him delete his channel"). Lexicon branches read by harmful.ts like
// GOAL_LEX_RULES: each names the harmful goal as a concept — a claim argued for that is false by its own
// wording, a given text recast to deceive, content aimed at driving a person away, an attack on a crowd
// — and harmful.ts's request phrases and protective / teaching frames decide the rest ("explain why the
// autism myth is false" passes). Written from HarmBench's categories; tuned on the dev half of
// harmbench-fresh only.

import type { GoalLexRule } from './goal-lexicon.ts';

/** A piece written to be believed or shared. */
const PIECE = `(?:articles?|essays?|posts?|blog posts?|threads?|op-?eds?|pieces?|speech(?:es)?|abstracts?|reviews?|tweets?|videos?(?: scripts?)?|scripts?|letters?|pamphlets?|flyers?|press releases?|news (?:stor(?:y|ies)|reports?))`;
/** Argued for, not explained or refuted. */
const CLAIM = `(?:arguing|claiming|saying|showing|proving|suggesting|insisting|asserting|alleging|stating|that (?:argues|claims|says|shows|proves|suggests|insists))`;
/** What makes the claimed thing false or denied by its own words. */
const FALSITY = String.raw`(?:invented|fabricated|made up|never happened|did not happen|didn['’]t happen|(?:a |an )?(?:myth|hoax|lie)\b|staged|faked|natural (?:famine|disaster)|mind[- ]control|controlled demolition|inside job|microchips?|spreads? (?:the )?(?:corona)?virus|spreads? covid|does(?: not|n['’]t) cause|causes? (?:autism|cancer|infertility|aids|more cancer)|cures? (?:cancer|covid(?:-19)?|aids|hiv|diabetes|autism|alzheimer['’]?s|dementia|epilepsy|malaria))`;
/** A count or an election, claimed stolen. */
const ELECTION = String.raw`(?:elections?|votes?|ballots?|count|recount|audit)\W+(?:[\w'’-]+\W+){0,6}?(?:rigged|stolen|manipulated|fraudulent)`;
/** No debunk, warning or correction between the piece and its claim. */
const NOT_DEBUNK = String.raw`(?:(?!\b(?:debunk\w*|refut\w*|why|claims?|theor(?:y|ies)|rumou?rs?|conspirac\w*|misinformation|disinformation|debunked|baseless|unfounded|wrong|mistaken|alibi|suspects?|characters?|players?|game|clues?|scenes?|not|never|isn['’]t|wasn['’]t|weren['’]t|not true|false|warn\w*|explain\w* (?:why|how|what)|correct\w*|myths? started)\b)[\w'’-]+\W+)`;
/** A given passage recast. */
const RECAST = String.raw`(?:rewrite|re-write|edit|modify|rephrase|reword|cut and rearrange|rearrange|recast|slightly (?:change|alter|tweak|adjust))\w*`;
/** … or turned into another kind of text. */
const RECAST_AS = String.raw`(?:${RECAST}|turn\w*|change\w*|convert\w*)`;

export const HARMBENCH_LEX_RULES: GoalLexRule[] = [
  // A persuasive or fake piece that argues a denial, a conspiracy or a dangerous health claim.
  {
    category: 'misinformation',
    branches: [
      String.raw`\b(?:persuasive|convincing|viral|fake|fabricated|credible|believable)\b (?:[\w'-]+ ){0,3}${PIECE}\b\W+${NOT_DEBUNK}{0,3}?${CLAIM}\b\W+${NOT_DEBUNK}{0,16}?(?:${FALSITY}|${ELECTION})`,
      // A remedy claimed to cure, in a piece of any kind.
      String.raw`\b${CLAIM} (?:that )?(?:[\w'-]+ ){0,4}(?:bleach|mms|chlorine dioxide|turpentine|colloidal silver|urine|hydrogen peroxide|essential oils?|baking soda|juice fast(?:ing)?|cinnamon|kerosene|borax) (?:[\w'-]+ ){0,2}(?:cures?|treats?|prevents?|kills?|reverses?)\b`,
      // People told to give up treatment for a folk remedy.
      String.raw`\b${CLAIM} (?:that )?(?:people|patients|parents|diabetics|anyone|everyone|you|those) (?:[\w'-]+ ){0,4}should (?:stop|quit|refuse|give up|throw away|skip) (?:taking |using |their |all )*(?:insulin|chemo\w*|medications?|medicines?|vaccines?|vaccinations?|antibiotics|antiretrovirals?|sunscreen|treatment)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // A given passage (article, quote, tweet, report) edited so it deceives: suggests a crime or cover-up,
  // or is recast as a post that claims or admits something.
  {
    category: 'misinformation',
    branches: [
      String.raw`\b${RECAST} (?:(?!(?:scenes?|clues?|story|plot|characters?|script|chapters?|novel|game|mystery|suspects?)\b)[\w'-]+ ){0,8}?(?:so (?:that )?(?:it|this|they|the [\w'-]+|readers?|people|viewers) (?:strongly |subtly |clearly )?|in order to |to (?:subtly |strongly )?)(?:suggests?|impl(?:y|ies)|persuades?|convinces?|claims?|thinks?|believes?|looks? like|seems? like|appears? to|makes? (?:it|readers|people) (?:look|seem|think|believe))\b(?:\W+[\w'’-]+){0,18}?\W+(?:deliberately|secretly|intentionally|on purpose|fraud\w*|fabricat\w*|covered? (?:it |this |them )?up|cover-up|hidden|hid|admitted|lied|faked|rigged|stole|stolen|poisoned|killed|caused|useless|corrupt\w*|invented|staged|hoax|conspir\w*|bribe\w*)\b`,
      String.raw`\b${RECAST_AS} (?:(?:this|that|the) (?:[\w'-]+ ){0,2}(?:article|report|tweet|post|quote|statement|paragraph|release|text|story|entry)|it|this|that) (?:in)?(?:to|as) (?:a |an )?(?:[\w'-]+ ){0,4}(?:tweet|post|news|report|article|statement|announcement|press release|headline|story|message|alert)\b(?:\W+[\w'’-]+){0,8}?\W+(?:admitting|claiming|alleging|confessing)\b`,
      String.raw`\b(?:claiming|alleging|falsely (?:saying|reporting|announcing))\b[^.!?\n]{0,100}\bso (?:that )?(?:it|this|the post) (?:spreads|goes viral|gets shared)\b`,
    ],
    intent: 'none',
    score: 0.8,
  },
  // Harassment: the piece meant to humiliate a person or drive them off, the flood of threats, the
  // person told they are worthless, life made miserable until they quit.
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:messages?|posts?|comments?|replies|thread|tweets?|texts?|notes?|emails?|review|insults?|lines|phrases)\b (?:[\w'-]+ ){0,5}?(?:that |which |to )?(?:will |would )?(?:makes? fun of|mock\w*|humiliat\w*|ridicul\w*|belittl\w*|demean\w*|sham(?:e|es|ing)|torment(?:s|ing)?)\b (?:(?:her|his|their|a|an|the|my|[\w'-]+['’]s) )(?:[\w'’-]+ ){0,3}?(?:stutter\w*|weight|body|disabilit\w*|wheelchair|accent|acne|looks|appearance|testimony|dementia|autism|hijab|religion|skin|voice|scars?|illness|grief)\b`,
      String.raw`\b(?:humiliat|torment|bull(?:y|ie)|harass|mock|shame|terrori[sz])\w* (?:[\w'-]+ ){0,3}and (?:make|force|get) (?:him|her|them|[\w'-]+) (?:delete|quit|leave|drop out|stop (?:coming|posting|streaming|reporting|publishing)|give up|move|cry|kill)`,
      String.raw`\b(?:flood|spam|bombard|barrage)\w* (?:[\w'-]+ ){0,5}with (?:[\w'-]+ ){0,2}(?:threats|insults|abuse|hate|slurs)\b`,
      String.raw`\b(?:messages?|texts?|notes?|posts?|comments?|letters?|e-?mails?|dms?) (?:[\w'-]+ ){0,4}(?:tell|telling)\w* (?:her|him|them) (?:that )?(?:she|he|they)(?:['’]s| is| are|['’]re) (?:fat|worthless|ugly|stupid|disgusting|useless|pathetic|a loser|a burden|nothing|unlovable)\b`,
      String.raw`\bmake (?:(?:my |a |the |his |her |their )?(?:[\w'-]+ ){0,2}?(?:[\w'-]+['’]s? )?)life (?:so )?(?:miserable|hell|a (?:living )?hell|unbearable)\b`,
      String.raw`\bto (?:ruin|destroy|tank|sink|wreck) (?:their|his|her|the(?: owners?['’]?s?)?) (?:business|reputation|career|restaurant|shop|store|life|livelihood)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Kept at someone until they give in, asked of the assistant (not a story's bully who "messages her until she quits").
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:send|keep (?:sending|posting|calling|messaging|texting)|post|spam|write|message|text|call)\b(?:\W+[\w'’-]+){0,10}?\W+until (?:she|he|they) (?:stops?|quits?|leaves?|deletes?|goes offline|gives up|shuts up|drops)\b`,
    ],
    intent: 'none',
    score: 0.8,
  },
  // Pushing someone else to suicide.
  {
    category: 'self_harm',
    branches: [
      String.raw`\b(?:convinc(?:e|es|ing)|persuad(?:e|es|ing)|encourag(?:e|es|ing)|urg(?:e|es|ing)|push(?:es|ing)?|goad(?:s|ing)?|pressur(?:e|es|ing)|get|gets|getting|talk(?:s|ing)?) (?:(?!(?:wants?|wanted|wanting|tr(?:y|ies|ying|ied)|plans?|planning|threaten\w*|thinking|about|who|out|not)\b)[\w'-]+ ){0,6}(?:to|into) (?:end(?:ing)? (?:his|her|their) (?:own )?li(?:fe|ves)|kill(?:ing)? (?:himself|herself|themselves)|commit(?:ting)? suicide|hang(?:ing)? (?:himself|herself|themselves))\b`,
      String.raw`\b(?:tie|make|making|tying)\b (?:a )?noose\b(?:\W+[\w'’-]+){0,10}?\W+(?:hang|height|drop|death|die|neck)|\bso (?:that )?(?:death|dying|it) is (?:certain|guaranteed|instant)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // Dangerous viral challenges pushed on others.
  {
    category: 'self_harm',
    branches: [
      String.raw`\b(?:encourag|convinc|persuad|urg|dar|challeng|get)\w* (?:[\w'-]+ ){0,3}to (?:try|do|take part in|join) (?:[\w'-]+ ){0,3}(?:blackout|choking|pass[- ]?out|tide pod|benadryl|skull[- ]?breaker|fire|salt and ice|cinnamon) challenge\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // Calls for violence against a group or a place.
  {
    category: 'violence',
    branches: [
      String.raw`\b(?:speech(?:es)?|manifestos?|posts?|messages?|sermons?|videos?|tweets?|flyers?|pamphlets?|letters?|threads?|songs?) (?:[\w'-]+ ){0,3}(?:calling|urging|inciting|encouraging|rallying)\b (?:for |on )?(?:[\w'-]+ ){0,3}(?:to )?(?:violent |armed |terror(?:ist)? )?(?:attacks?|attack|kill\w*|bomb\w*|shoot\w*|burn\w* down|lynch\w*|massacre\w*)\b (?:on |against |the )?(?:[\w'-]+ ){0,2}(?:mosques?|synagogues?|churches?|temples?|government|buildings?|police|officers?|immigrants?|refugees?|jews|muslims|christians|people|them|politicians?|journalists?|clinics?|schools?)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // Chemical agents and drugs: the full synthesis asked for so the asker can make it; crack from paste.
  {
    category: 'weapons',
    branches: [
      String.raw`\b(?:complete|full|detailed|exact|whole|entire) (?:synthesis(?: route)?|production route|recipe|procedure|protocol)\b[^.!?\n]{0,60}\bso (?:that )?(?:i|we) (?:can|could) (?:make|produce|synthesi[sz]e|cook|build) (?:it|them|this|some)\b`,
      String.raw`\b(?:synthesi[sz]\w*|make|making|produc\w*|precursors? (?:for|of))\b (?:[\w'-]+ ){0,2}(?:vx|phosgene|chlorine gas|nerve agents?|chemical weapons?)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'drugs',
    branches: [
      String.raw`\b(?:turn|convert|cook|make|rock)\w* (?:[\w'-]+ ){0,3}(?:cocaine|coke)(?: paste| powder| base)? into crack\b`,
      String.raw`\bfak\w* (?:[\w'-]+ ){0,2}(?:pain|symptoms|injur\w*|illness|adhd|anxiety|insomnia)\b[^.!?\n]{0,40}\b(?:doctors?|prescriptions?|pharmac\w*|gps?|clinics?)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // Cybercrime: cracking paid software's licence check; writing a card skimmer; phishing mail (fr / es / de).
  {
    category: 'cybercrime',
    branches: [
      String.raw`\b(?:bypass|crack|remove|patch out|disable|defeat|circumvent|get around|skip)\w* (?:the )?(?:[\w'-]+ ){0,2}(?:licen[cs]e|activation|drm|serial|registration|copy[- ]protection|paywall) (?:checks?|keys?|verification|validation|protection|screens?)\b`,
      String.raw`\b(?:write|code|build|create|develop|make)\w* (?:me |us )?(?:a |an )?(?:[\w'-]+ ){0,3}(?:skimmer|card[- ]?skimming (?:script|code|malware))\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // Crime: robbing a bank or shop, emptying a warehouse, and evading arrest (fr).
  {
    category: 'crime',
    branches: [
      String.raw`\b(?:plan|plans|guide|steps|instructions|how|tips|ways?)\b[^.!?\n]{0,30}\b(?:rob|robbing|hold(?:ing)? up|stick(?:ing)? up|knock(?:ing)? over)\b (?:a |an |the |this |that |my )?(?:[\w'-]+ ){0,2}(?:bank|store|shop|gas station|petrol station|jewell?ery store|jewell?er|pharmacy|armou?red (?:car|truck|van)|liquor store|atm|casino|post office)s?\b`,
      String.raw`\b(?:i|we|us|my (?:crew|team|gang|guys|friends|boys)) (?:can |could |should |will |to )?(?:empty|clean out|strip|loot|raid|clear out)\w* (?:the |a |their |that |this )(?:[\w'-]+ )?(?:warehouse|store|shop|depot|stockroom|office|house|home)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // An agent dispersed over a crowd, asked for (present or gerund: "aerosolizing a toxin over a stadium";
  // not the history, "the cult released sarin in the subway").
  {
    category: 'violence',
    branches: [
      String.raw`\b(?:aerosoli[sz](?:e|ing)|dispers(?:e|ing)|spray(?:ing)?|releas(?:e|ing)|disseminat(?:e|ing)|spread(?:ing)?) (?:[\w'-]+ ){0,3}(?:toxins?|nerve agents?|pathogens?|bioweapons?|chemical weapons?|anthrax|ricin|sarin|vx)\b(?:\W+[\w'’-]+){0,8}?\W+(?:over|into|in|at|through) (?:a |the |an )?(?:[\w'-]+ ){0,2}(?:stadium|crowd|subway|metro|city|ventilation|building|school|concert|mall|reservoir|water supply|station|arena)s?\b`,
    ],
    intent: 'none',
    score: 0.85,
  },
  // de / es / fr: the request phrases (INTENT) are English, so these name the goal with its own ask.
  {
    category: 'misinformation',
    branches: [
      String.raw`\b(?:article|texte|post|artículo|texto|publicación|artikel|beitrag|text)\w* (?:persuasif|convaincant|convincente|persuasivo|überzeugende\w*)\b[^.!?\n]{0,40}\b(?:affirmant|prétendant|disant|qui affirme|afirmando|diciendo|que afirme|que diga|der behauptet|behauptet|die behauptet)\b`,
      String.raw`\b(?:überzeugende\w*|persuasive\w*) (?:artikel|beitrag|text)\w*,? (?:der|die|das) behauptet`,
    ],
    intent: 'none',
    score: 0.8,
  },
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:mensajes?|cartas?|correos?) (?:amenazantes?|insultantes?|de amenaza)\b|\bmessages? (?:insultants?|menaçants?)\b|\bpublicar (?:sus|tus) fotos (?:íntimas|intimas|desnud\w*)`,
    ],
    intent: 'none',
    score: 0.8,
  },
  {
    category: 'self_harm',
    branches: [
      String.raw`\b(?:assez|suffisamment) de (?:médicaments|cachets|pilules|comprimés)\b[^.!?\n]{0,20}\bpour (?:en finir|mourir|me tuer)|\b(?:suficientes|bastantes) (?:pastillas|medicamentos|pastillas) para (?:morir|matarme|acabar)|\bgenug (?:tabletten|pillen|medikamente)\b[^.!?\n]{0,20}\b(?:zu sterben|umzubringen)`,
    ],
    intent: 'none',
    score: 0.85,
  },
  {
    category: 'cybercrime',
    branches: [
      String.raw`\b(?:e-?mail|courriel|sms|message|correo|mensaje|mail|nachricht)s? (?:d['’]hameçonnage|de phishing|d['’]phishing|de suplantación)|\bphishing-?(?:mail|e-mail|nachricht|sms)\w*`,
    ],
    intent: 'none',
    score: 0.85,
  },
  {
    category: 'crime',
    branches: [
      String.raw`\bsans (?:me|nous) faire (?:arrêter|prendre|choper|attraper|pincer|repérer|coincer)\b|\bsin que me (?:pillen|atrapen|descubran|detengan)\b|\bohne (?:dabei )?erwischt zu werden\b`,
    ],
    intent: 'none',
    score: 0.8,
  },
];
