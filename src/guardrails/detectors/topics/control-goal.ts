// Controlling or breaking down a specific person, named by what it does to them rather than by a crime's
// name (issue 15, daily-fresh: plainly worded first tries): making a partner think she is losing her mind,
// hitting a child with something that leaves no marks, cutting a girlfriend off so she depends only on the
// asker, pushing a coworker until she quits, wording a message so a girl "does it", a fall or a death made to
// look like an accident. The victim's side of the same subjects ("my ex makes me think I'm going crazy",
// "consequences that don't involve hitting") names no such goal. Lexicon branches of the harmful topic rules
// (harmful.ts reads them like GOAL_LEX_RULES: the request phrase and the protective frames decide the rest);
// twins of each branch are in control-goal.test.ts.

import type { GoalLexRule } from './goal-lexicon.ts';
import { OTHER_NOUN } from './victim-goal.ts';

/** Another person (not the speaker). */
const OTHER = String.raw`(?:him|her|them|someone|somebody|(?:my|the|our|his|her|their|a|an) (?:[\w'-]+ ){0,2}(?:${OTHER_NOUN}|wife|husband|spouse|kids?|child|son|daughter|stepson|stepdaughter|mother-in-law|father-in-law))`;
const SHE = String.raw`(?:she|he|they|my [\w'-]+|the [\w'-]+)`;

export const CONTROL_GOAL_LEX_RULES: GoalLexRule[] = [
  {
    category: 'harassment',
    branches: [
      // Gaslighting: "make my ex think she's losing her mind".
      String.raw`\bmak\w* ${OTHER} (?:think|believe|feel|doubt|wonder if|worry that) (?:that )?${SHE}(?:['’]s| is| are|['’]re)? (?:losing (?:her|his|their) (?:mind|memory|marbles)|going (?:crazy|mad|insane|senile)|crazy|insane|imagining (?:things|it)|paranoid|senile)\b`,
      String.raw`\bmak\w* ${OTHER} doubt (?:her|his|their) (?:own )?(?:memory|sanity|mind|perception)\b`,
      // Isolation: "… so she only depends on me".
      String.raw`\bso (?:that )?(?:she|he|they|my [\w'-]+) (?:only |just )?(?:depends?|relies?|has to (?:depend|rely)) (?:only |just |entirely )?on me\b|\bso (?:that )?(?:she|he|they) (?:has|have) (?:no one|nobody|noone) (?:else )?(?:but|except) me\b`,
      String.raw`\bcut (?:her|him|them|my (?:wife|girlfriend|husband|boyfriend|partner|fianc[eé]e?)) off from (?:her|his|their|them|everyone|everybody|(?:all )?(?:her|his|their) (?:family|friends|parents))\b[^.?!\n]{0,40}\b(?:so|until|and)\b`,
      // Fear as the goal: "make my wife so afraid of me that she never leaves".
      String.raw`(?<!\b(?:not|less|never)\s)\bmak\w* ${OTHER} (?:so |too |really |very )?(?:afraid|scared|frightened|terrified|fearful)(?: of me)? (?:that|to)\b`,
      // Making someone feel small so they stay or obey.
      String.raw`(?<!\b(?:not|stop|stopped|without|never|avoid)\s)\bmak\w* ${OTHER} feel (?:so |too |completely |totally |really )?(?:ugly|worthless|stupid|fat|useless|unlovable|unwanted|crazy|small|pathetic|insecure|guilty|ashamed|like (?:a |an )?(?:failure|burden|nothing))\b[^.?!\n]{0,30}\b(?:so|that|to|until)\b`,
      // Cutting a partner off from friends and family for good.
      String.raw`\b(?:keep|stop|prevent|forbid|ban)\w* (?:my )?(?:wife|girlfriend|husband|boyfriend|partner|fianc[eé]e?|spouse) from (?:ever )?(?:seeing|visiting|talking to|calling|contacting|going out with|meeting) (?:her|his|their|any) (?:[\w'-]+ )?(?:friends|family|parents|sisters?|brothers?|mother|mum|mom|father|dad)\b[^.?!\n]{0,20}\b(?:ever|again|anymore|any more|at all|for good)\b`,
      // Callousness about the outcome: "I don't care if it dies" (the match opens with "I": a match opening with "don't" reads as a prohibition).
      String.raw`\bi (?:really |honestly |just )?(?:don['’]?t|do not) care if (?:it|he|she|they|the [\w'-]+) (?:dies|die|gets hurt|get hurt|suffers|suffer|bleeds|ends up in (?:hospital|a wheelchair))\b`,
      // A release threatened: "… or I share the ones I have".
      String.raw`\bor (?:else )?(?:i|we)(?:['’]ll| will| would)? (?:share|post|send|leak|publish|forward|show)\b[^.?!\n]{0,40}\b(?:photos|pictures|pics|nudes|videos|the ones (?:i|we) have|them to (?:her|his|their) (?:family|boss|friends|parents))\b`,
      // The purpose is the other's harm: "… so they get sick", "so it dies" (not "so she doesn't get sick").
      String.raw`\bso (?:that )?(?:she|he|they|my [\w'-]+|the [\w'-]+|his [\w'-]+|her [\w'-]+)(?:['’]ll| will| would)?(?:['’]s|['’]re| gets?| becomes?| ends? up| is| are| feels?)? (?:sick|ill|food poisoning|hurt|injured|poisoned|unconscious|groggy|evicted|fired|sacked|expelled|arrested|humiliated|terrified|homeless|bankrupt|suicidal)\b(?! up)`,
      String.raw`\b(?:want|wanted|wants|get|make)\w* (?:him|her|them|(?:my|their|his|her|the) (?:[\w'-]+ )?${OTHER_NOUN}) to (?:get|be|become|fall|catch) (?:really |very )?(?:sick|ill|food poisoning|hurt|poisoned|injured)\b`,
      // Revenge through a means: "get back at my coworker by leaking her medical history".
      String.raw`\b(?:get(?:ting)? back at|get(?:ting)? revenge on|get(?:ting)? even with|punish(?:ing)?|teach(?:ing)? (?:him|her|them) a lesson|destroy(?:ing)?|ruin(?:ing)?) (?:[\w'-]+ ){0,3}by (?:leak|post|shar|send|spread|tell|expos|publish|report|fak|invent|mak|plant|hack|dox|break|scratch|slash|key|damag|poison|hurt)\w*`,
      String.raw`\bleak\w* (?:her|his|their|someone['’]s|(?:my|the|a) (?:[\w'-]+ )?${OTHER_NOUN}['’]s?) (?:[\w'-]+ )?(?:medical|health|therapy|mental health|criminal|sexual|bank|financial|private|home) (?:history|records?|details|info|information|photos|messages|address|diagnosis)\b`,
      // Coercion into giving up a right: "scare my ex into dropping the custody case".
      String.raw`\b(?:scar(?:e|ing)|threaten(?:ing)?|bull(?:y|ying)|blackmail(?:ing)?|intimidat(?:e|ing)|frighten(?:ing)?|pressur(?:e|ing)|terrori[sz](?:e|ing)) ${OTHER} into (?:dropping|withdrawing|abandoning|giving up|leaving|moving|selling|keeping quiet|staying quiet|not (?:testifying|reporting|telling)|taking back|retracting|signing)\b`,
      // Another blamed or fooled: "so he thinks someone else did it", "get my probation officer to believe I'm working when I'm not".
      String.raw`\bso (?:that )?(?:he|she|they|everyone|people|the police|my [\w'-]+) (?:thinks?|believes?|assumes?) (?:it was )?(?:someone|somebody) else\b`,
      String.raw`\b(?:get|make|convince|persuade)\w* (?:[\w'-]+ ){0,3}(?:to )?(?:believe|think) (?:that )?(?:i|we)(?:['’]m| am|['’]re| are| have| was)\b[^.?!\n]{0,40}\bwhen (?:i|we)(?:['’]m| am|['’]re| are)? (?:not|haven['’]t|wasn['’]t|don['’]t|didn['’]t)\b`,
      // Getting someone thrown out by a lie: "get my roommate evicted by making up complaints".
      String.raw`\b(?:get|make|have)\w* ${OTHER} (?:evicted|fired|sacked|expelled|arrested|banned|suspended|kicked out|deported|dumped|blamed|disqualified) by (?:making up|inventing|faking|lying|planting|framing|spreading|filing false|reporting false)\b`,
      // Telling a person to kill themselves.
      String.raw`\b(?:tell\w*|say\w*|messag\w*|text\w*) (?:[\w'-]+ ){0,3}(?:she|he|they) should (?:kill|hurt|cut) (?:herself|himself|themselves)\b|\bgo kill (?:yourself|herself|himself)\b`,
      // Blame laid on a child: "make him feel like it's his fault his dad left".
      String.raw`\bmak\w* ${OTHER} (?:feel|think|believe) (?:like )?(?:that )?it(?:['’]s| is| was) (?:all )?(?:his|her|their) fault\b`,
      // Worn down until they leave: "make my brother cry every day until he asks to move out".
      String.raw`\buntil (?:he|she|they|my [\w'-]+|the [\w'-]+) (?:finally |eventually )?(?:asks? to |wants? to |decides? to |has to |begs? to )?(?:moves? out|leaves?|quits?|drops? out|gives? up|breaks? down|begs?|cries)\b(?! (?:for|on|in|at|with) )`,
      // Children turned against a parent.
      String.raw`\bturn\w* (?:my |our |the |his |her )?(?:kids|children|son|daughter|family|stepkids) against (?:their|his|her) (?:father|mother|dad|mum|mom|parents?|stepfather|stepmother)\b`,
      // A dependant misled about care: "make my grandmother think she's already eaten".
      String.raw`\bmak\w* ${OTHER} (?:think|believe) (?:that )?(?:she|he|they)(?:['’]s|['’]ve| has| have) already (?:eaten|had (?:her|his|their) (?:meds|medication|pills|dinner|lunch|breakfast|food|water)|taken (?:her|his|their) (?:meds|medication|pills))\b`,
      // Harm accepted as the price: "even if I have to hurt one".
      String.raw`\beven if (?:i|we) (?:have|need) to (?:hurt|kill|injure|poison|harm|shoot|drown) (?:one|it|them|him|her|a few|some)\b`,
      // A false claim about a person, said to be false.
      String.raw`\b(?:post|letter|message|review|rumou?r|story|email|tweet|report|complaint)\w*\b[^.?!\n]{0,120}\b(?:even though|though|although|when (?:in fact|actually)) (?:nothing (?:like that )?(?:happened|ever happened)|it (?:never|didn['’]t|did not) happen(?:ed)?|(?:she|he|they) (?:did|does|has done) nothing)\b`,
      // Threats sent (not forwarded to the police).
      String.raw`\bsend\w* (?:[\w'-]+ ){0,2}(?:threats|threatening (?:messages|texts|letters|emails|notes|voicemails))\b(?! to (?:the police|my lawyer|the court|the school|hr))`,
      // An intimate image sought or held to be shared.
      String.raw`\b(?:nudes?|naked (?:photos?|pics?|pictures?)|intimate (?:photos?|images?|videos?)|sex tape)\b[^.?!\n]{0,40}\bso (?:that )?(?:i|we) can (?:post|share|leak|send|spread|show|forward|sell)\b`,
      // Costing someone their job or home: "make my ex's new boyfriend lose his job".
      String.raw`\bmak\w* ${OTHER} lose (?:his|her|their) (?:job|licen[cs]e|custody|kids|children|house|home|flat|business|scholarship|place|visa|friends)\b`,
      // Driving someone out by a means: "get my coworker to quit by hiding her files".
      String.raw`\b(?:get|make|force|push|drive|pressure|pressur)\w* ${OTHER} (?:to )?(?:quit|resign|leave|move out|drop out|give up|transfer)(?: (?:her|his|their|the) (?:job|team|school|flat|house|class|course))? by [a-z]+ing\b`,
      // Signing over property without understanding it.
      String.raw`\b(?:get|make|trick|have|talk|pressur)\w* (?:[\w'-]+ ){0,4}(?:to |into )?sign(?:ing)? (?:[\w'-]+ ){0,4}(?:over )?to me\b[^.?!\n]{0,40}\bwithout (?:(?:him|her|them) )?(?:understanding|reading|knowing|realising|realizing|noticing)`,
      // Sextortion: someone else's intimate images, sent on unless they pay.
      String.raw`\b(?:send|post|share|leak|forward)\w* (?:her|his|their|my ex['’]s|my ex-(?:girlfriend|boyfriend|wife|husband)['’]s) (?:nudes|naked (?:photos|pictures|pics)|intimate (?:photos|pictures|videos|images)|private (?:photos|pictures|pics|videos)|sex tape)\b[^.?!\n]{0,60}\b(?:unless|if (?:she|he|they) (?:doesn['’]t|don['’]t|won['’]t)|or else)\b`,
      // Pushing someone until they give up: "make a coworker cry in meetings so she quits".
      String.raw`\bso (?:that )?(?:she|he|they|my [\w'-]+|the [\w'-]+) (?:finally |eventually )?(?:quits|resigns|gives up|breaks down)(?=\s*(?:[.?!,;]|$))`,
      // Piling on one person as the means: "get a teenager to quit social media by piling on her comments".
      String.raw`\bby (?:all )?piling on (?:her|him|them|his|their)\b`,
      // Wording a message so the other complies: "how should they word it so she does it".
      String.raw`\b(?:word|phrase|write)\w* (?:it|this|that|the (?:message|text|dm|email)) (?:[\w'-]+ ){0,2}so (?:that )?(?:she|he|they) (?:does it|complies|obeys|sends (?:them|it|more|one)|pays|gives in|can['’]t say no|has no choice|agrees)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'violence',
    branches: [
      // Hitting without leaving marks.
      String.raw`\b(?:hit|smack|slap|beat|punch|kick|spank|hurt|punish|discipline|pinch|choke|whip|strike)\w* (?:[\w'-]+ ){0,6}(?:(?:that|which) )?(?:won['’]t|doesn['’]t|don['’]t|wouldn['’]t|will not|does not|without) leav(?:e|ing) (?:any |a )?(?:marks?|bruises?|traces?|welts?)\b`,
      // A fall or death staged as an accident: "so she falls and nobody suspects me", "so it looks like she tripped".
      String.raw`\bso (?:that )?(?:she|he|they|my [\w'-]+|the [\w'-]+) (?:falls?|trips?|slips?|gets? hurt|dies|crashes)\b[^.?!\n]{0,40}\b(?:nobody|no one|no-one) (?:suspects|would suspect|will suspect|blames|knows)\b`,
      String.raw`\b(?:look|looks|seem|seems|appear|appears) like (?:(?:she|he|they|my [\w'-]+) (?:tripped|fell|slipped|did it (?:to )?(?:herself|himself|themselves))|an? (?:accident|natural death|suicide|heart attack)|(?:a|an|the) (?:fox|dog|burglar|stranger|wild animal|coyote) (?:got|did|killed|took|attacked))\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
];
