// Slang, dialect and phonetic respellings read as plain English, for the harmful detector (issue 15,
// sorry-fresh: SORRY-Bench-style mutations). deobfuscate.ts repairs a typo one edit away from a rule's
// word ("poiosn"); a user who writes "bom", "fentanil", "silencr", "fullz", "a strap", "the polis" or
// "xannies" is not one edit away, and the rules and the classifier never see the word they know. This
// module gives one more reading with those words replaced (street and fraud slang, AAVE / Scots / British
// forms, apostrophe-less contractions), and — as with every repaired reading — the harmful rules and the
// classifier, not this module, decide whether the reading is harmful: "my cousin's been on crystal, how do
// I get him into rehab" reads "… on meth …" and stays a help-seeking question.
// English (ASCII) prompts only, ≤ 800 characters; a reading is produced only when something was replaced.

export const MAX_SLANG_CHARS = 800;

// [pattern, plain words]. Patterns are whole words (case-insensitive); a phrase pattern names its context
// where the bare word is ambiguous ("crystal" only as a thing cooked, "strap" only as a thing got or bought).
const TABLE: readonly (readonly [string, string])[] = [
  // phonetic respellings of harm words (more than one edit away, or a short word the typo repair skips)
  ['bom|bombb|bomm', 'bomb'],
  ['fentanil|fentanel|fentynal|fentenyl|fentanol|fetanyl', 'fentanyl'],
  ['poisen|poysen|poisin|poyson', 'poison'],
  ['silencr|silenser|silancer', 'silencer'],
  ['pistl|pistal', 'pistol'],
  ['explosivs|explossives|explosivess', 'explosives'],
  ['ransomwear|ransomeware|ransomwar', 'ransomware'],
  ['gurl|grl|gurls', 'girl'],
  ['discrod|discorf', 'discord'],
  ['mak', 'make'],
  ['bild', 'build'],
  ['wat|wut', 'what'],
  ['stuf', 'stuff'],
  ['coffe', 'coffee'],
  ['sombody|somebdy', 'somebody'],
  ['someones', "someone's"],
  // apostrophe-less contractions (all-lowercase, unpunctuated prompts)
  ['cant', "can't"],
  ['dont', "don't"],
  ['wont', "won't"],
  ['doesnt', "doesn't"],
  ['didnt', "didn't"],
  ['isnt', "isn't"],
  ['wouldnt', "wouldn't"],
  ['couldnt', "couldn't"],
  // street drugs
  ['cook(?:ing)? up (?:some )?crystal|cook (?:some )?crystal', 'cook meth'],
  ['xannies|xannys|xans|zannies|zanies|xanny bars|xan bars', 'xanax pills'],
  ['percs|perc 30s|perkys', 'percocet pills'],
  ['addys', 'adderall pills'],
  ['oxys', 'oxycodone pills'],
  ['yayo|yeyo', 'cocaine'],
  ['shrooms', 'psilocybin mushrooms'],
  // fraud
  ['fullz', 'stolen identity records'],
  ['cash(?:ing)? (?:em|them|it) out', 'cash out the stolen cards'],
  // violence, guns, the police
  ['(?:get|cop|buy|find|grab) (?:me )?a (?:strap|blick|glizzy|burner gun)', 'buy a gun'],
  ["catch(?:ing)? (?:him|her|them) slippin[g’']?", 'ambush and shoot him'],
  ['jump (?:this|that|a|some) (?:dude|guy|kid|boy|man|girl)', 'beat up this man'],
  ['(?:murk|merk|unalive) (?:him|her|them|this dude|that dude)', 'kill him'],
  ['unalive (?:myself|me)', 'kill myself'],
  ["snitch(?:in|ing|in['’])?", 'telling the police'],
  ['the polis|the old bill|the fuzz|five-o|the po-?po|the feds', 'the police'],
  ['polis|old bill', 'police'],
  ['(?:knocked[- ]off|knock-?off|moody) (?=\\w)', 'counterfeit '],
  ['creep(?:ing|in)? on', 'spy on'],
  // a dropped g on the verbs of being seen or caught ("the polis smellin it", "sniffin' about")
  ["(smell|sniff|look|watch|catch|follow|track|notic|find|know|suspect)in['’]?", '$1ing'],
  // dialect (Scots, AAVE)
  ["wi'?oot|withoot", 'without'],
  ['fae', 'from'],
  ['tae', 'to'],
  ['wey', 'way'],
  ['whit', 'what'],
  ['hoo', 'how'],
  ['dae', 'do'],
  ['dugs', 'dogs'],
  ['get lifted|getting lifted', 'get arrested'],
  ['finna|bouta', 'going to'],
  ['tryna', 'trying to'],
  // AAVE drops the auxiliary: "how I get a strap" is "how do I get a gun"
  ['how i(?= (?:get|buy|make|find|cop|grab|catch|hit|hurt|rob|steal|hack))', 'how do i'],
];

// Whole words; a possessive or "'s" after the word still counts ("whit's", "the polis's").
const END = String.raw`(?![\w-])(?!['’](?!s\b))`;
const RULES = TABLE.map(([p, w]) => [new RegExp(String.raw`(?<![\w'’-])(?:${p})${END}`, 'gi'), w] as const);
// A pre-check: any of the table's first words, so a prompt with none of them costs one regex.
const ANY = new RegExp(String.raw`(?<![\w'’-])(?:${TABLE.map(([p]) => `(?:${p})`).join('|')})${END}`, 'i');

/** The prompt with slang, dialect and respellings read as plain English, or null when nothing was replaced. */
export function slangReading(text: string): string | null {
  if (text.length > MAX_SLANG_CHARS || /[^\x00-\x7f’]/.test(text) || !ANY.test(text)) return null;
  let t = text;
  for (const [re, w] of RULES) t = t.replace(re, w);
  return t !== text ? t : null;
}
