// A document's errand for its human reader (extract2-fresh dev: a travel policy's "Email receipts to
// travel@company.example within 14 days"; a shop FAQ's "forward the receipt to returns@…"). The `tool_hijack`
// family reads "send / forward / email … to <address or URL>" as data sent out, and in a tool result or a user's
// turn the classifier then flags a plain instruction to a person at 0.97. Sent data is an exfiltration when the
// AI is addressed, the thing sent is the conversation, a prompt, secrets or the user's things in bulk, or it is
// hidden from the user; with none of these, and `tool_hijack` the text's only injection family, the classifier
// alone does not flag it (the indirect and addressed rules still read every planted order).

import { conceptNames, conceptRegexes } from '../concepts/lexicon.ts';
import { AI_WORD, CONCEAL, EXFIL, USER_THINGS } from './indirect.ts';

const NAMES = conceptNames('injection');
const FAMILIES = conceptRegexes('injection').length;
const TOOL_HIJACK = NAMES.indexOf('tool_hijack');

// The send-to clause of `tool_hijack`, the only one excused: a verb, a few words, "to" an address or URL.
const SEND_TO = /\b(?:send|forward|email|post|upload|transmit)\w*\b(?: [\w'-]+){0,4} to (?:https?:\/\/|\S+@\S+\.\w+)/i;
// The other clauses (a note to the AI, concealment, an image to fill, a visit): not excused.
// (A note to the AI and "if you are an AI" name the AI, which AI_WORD reads.)
const OTHER_CLAUSE = /!\[[^\]]*\]\(|\b(?:visit|fetch|browse to|navigate to) https?:\/\/|\bexfiltrat/i;
const BULK =
  /\b(?:all|every|each|any|entire|whole|full|complete|recent|previous|past|last|earlier)\s+(?:\w+\s+)?(?:of\s+)?(?:(?:the|your|my|their|his|her)\s+)?(?:[\w-]+\s+)?(?:e-?mails?|messages?|files?|documents?|contacts?|conversations?|chats?|history|inbox|data|records?|notes)\b/i;
// The user in the third person ("the user's badge number", "no need to confirm with the user") is the agent's user.
const SENSITIVE = new RegExp(
  [EXFIL, CONCEAL, USER_THINGS, String.raw`\bthe\s+users?\b|\busers?['’]s?\b`].join('|'),
  'i',
);

/** True when the only injection family in `text` is a plain "send / forward … to <address>" errand for a person. */
export function humanErrandOnly(hits: readonly number[], text: string): boolean {
  if (!hits.includes(TOOL_HIJACK) || !hits.every((k) => k >= FAMILIES || k === TOOL_HIJACK)) return false;
  if (!SEND_TO.test(text) || OTHER_CLAUSE.test(text) || BULK.test(text) || SENSITIVE.test(text)) return false;
  AI_WORD.lastIndex = 0;
  return !AI_WORD.test(text);
}
