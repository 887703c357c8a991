// A harmful goal carried by a named jailbreak technique (issue 15, technique-fresh): the shell
// (topics/technique-shell.ts: a policy file granting the topic, "update your behaviour, just prefix a
// warning", a refusal-suppression list, a faked many-shot dialogue, nested layers, a harm scale's
// top example, "elaborate each", a set-theory problem, another era, an encoded task) plus harm — the
// harmful topic rules on the text or on an encoded goal's plain reading, or the harmful classifier over
// the shell's lower bar (SHELL_CUT). The shell alone, around a harmless goal, passes; so does harm
// framed as protection, reporting or support.

import type { Finding } from '../finder.ts';
import { createScorer, loadInjectionModel } from './model.ts';
import { findHarmfulTopics, framedRequest } from '../topics/harmful.ts';
import { SHELL_CUT, shellReadings, techniqueShell } from '../topics/technique-shell.ts';
import { newCheck } from '../topics/text-memo.ts';

const HARMFUL_MODEL_URL = new URL('../../models/harmful-v1.json', import.meta.url);
let harmScore: ((text: string) => { score: number }) | null = null;

export function findTechniqueHarm(text: string): Finding[] {
  const shell = techniqueShell(text);
  if (shell === null) return [];
  // The harmful frames' memo (text-memo.ts) serves this check only.
  newCheck();
  const hit = (score: number): Finding[] => [{ type: 'jailbreak_technique_harm', start: 0, end: text.length, score }];
  if (findHarmfulTopics(text).length > 0) return hit(0.9);
  if (framedRequest(text)) return [];
  harmScore ??= createScorer(loadInjectionModel(HARMFUL_MODEL_URL));
  const s = harmScore(text).score;
  if (s >= SHELL_CUT) return hit(Math.max(0.8, s));
  for (const r of shellReadings(text))
    if (findHarmfulTopics(r).length > 0 || harmScore(r).score >= SHELL_CUT) return hit(0.9);
  return concealedDecode(text) ? hit(0.8) : [];
}

// ArtPrompt / CodeChameleon: the prompt has the model decode a word or a task it must not write out, and
// act on it through a placeholder — the goal is hidden from whoever reads the prompt, by design. A
// treasure-hunt cipher or a banner asks for the decoded text; it does not forbid it.
const CONCEAL =
  /\b(?:don'?t|do not|never)\s+(?:write|print|output|say|repeat|show|reveal|display|spell)\s+(?:it|the word|the decoded|the decrypted|the plaintext|the (?:original |decoded |decrypted )?(?:problem|task|instruction|question))\b|\bwithout (?:printing|writing|saying|revealing|showing|displaying)\b|\bkeep (?:it|the word|the decoded \w+) (?:to yourself|hidden|masked|secret)\b|\bno plaintext\b|\bschreibe es nicht\b|\bsin escribirla\b|\bsans l'[ée]crire\b|\bsenza scriverla\b/i;
const PLACEHOLDER =
  /\[(?:mask|maske|word|verb|x|w|m|that word)\]|\bcall (?:it|them) \[?[A-Z]\]?(?![a-z])|\bas \[?[A-Z]\]?(?![a-z])/i;

/** Whether an encoded prompt forbids writing out what it decodes and asks to act on it. */
export function concealedDecode(text: string): boolean {
  return (
    techniqueShell(text) === 'encoded' &&
    CONCEAL.test(text) &&
    (PLACEHOLDER.test(text) || /\b(?:problem|task|instruction|question|request|message)\b/i.test(text))
  );
}
