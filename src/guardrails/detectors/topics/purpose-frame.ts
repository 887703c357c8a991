// Frames that make a forbidden-question-shaped request legitimate whatever its do-it phrase leads into
// (issue 15, forbid2-fresh): the goal is pursued within a named law or allowance ("without breaking
// gambling laws", "within the allowance"; a bare "legally" or "within the law" is not enough: "how can I
// legally get back at her"), it is guarded against a harm's agent ("so ransomware can't destroy
// everything", "so my teenager can't use gambling apps"), or it answers hate ("how to respond when
// someone insults gay people", "convince people to stop calling Muslims terrorists"). harmful.ts's
// protectiveFrame reads them beside its protective frames, with the same voids (evasion, secrecy, a
// harmful piece asked for).

/** Who a guard keeps out: a harm's agent, or the asker's own children. */
const AGENT = String.raw`(?:ransomware|malware|viruses|hackers|attackers|thieves|burglars|scammers|intruders|criminals|spammers|bots|trolls|stalkers|predators|strangers|(?:my|our) (?:[\w'-]+ )?(?:kids?|children|teens?|teenagers?|sons?|daughters?|toddlers?))`;

export const PURPOSE_FRAME = new RegExp(
  String.raw`\b(?:` +
    [
      // Within the law.
      String.raw`within (?:the |my |our )?(?:legal |duty-free |customs )?(?:allowances?|legal limits?)\b|without breaking (?:any |the )?(?:gambling|gaming|customs|tax|zoning|copyright|privacy|employment|labou?r|licensing|planning|hunting|fishing|food|health|safety|building|traffic|noise|import|export|data protection|gdpr|local|state|federal) (?:laws?|rules|regulations)\b`,
      // Acquiring, carrying or growing it legally ("how to buy a gun legally in Texas", "how can I legally grow cannabis"); not when it goes on to skip a check.
      String.raw`(?:buy|own|carry|purchase|obtain|get|sell|transport|travel with|ship|possess|import|grow|cultivate|brew|distil+)\w* (?:a |an |the |my |some )?(?:[\w'-]+ ){0,2}(?:legally|lawfully)\b(?![^.!?\n]{0,40}\bwithout\b)|(?:legally|lawfully) (?:buy|own|carry|purchase|obtain|get|sell|transport|travel with|ship|possess|import|grow|cultivate|brew|distil+)\b(?![^.!?\n]{0,60}\bwithout\b)`,
      // A guard against a harm's agent.
      String.raw`so (?:that )?${AGENT} (?:can['’]t|cannot|can not|won['’]t|don['’]t|doesn['’]t|will not|are unable to|is unable to) `,
      // Answering hate or abuse, or getting others to stop it.
      String.raw`(?:respond|react|reply|answer|stand up|speak up)\w* (?:to |when |if )(?:someone|somebody|people|others|they|he|she|a (?:[\w'-]+ )?(?:coworker|colleague|classmate|stranger|relative|friend|customer)|(?:my|our) [\w'-]+) (?:[\w'-]+ ){0,2}(?:insults?|mocks?|attacks?|harass(?:es)?|bull(?:y|ies)|makes? (?:a )?(?:racist|sexist|homophobic|transphobic|antisemitic)|says? (?:something )?(?:racist|sexist|homophobic|hateful|antisemitic))`,
      String.raw`(?:convince|persuade|get|ask|encourage|remind|tell)\w* (?:[\w'-]+ ){0,5}(?:to |not to )?(?:stop|quit|not) (?:calling|blaming|insulting|mocking|bullying|harassing|using slurs|stereotyping)\b`,
    ].join('|') +
    ')',
  'i',
);
