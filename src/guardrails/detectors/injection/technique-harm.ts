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
import { decodedReadings, SHELL_CUT, techniqueShell } from '../topics/technique-shell.ts';

const HARMFUL_MODEL_URL = new URL('../../models/harmful-v1.json', import.meta.url);
let harmScore: ((text: string) => { score: number }) | null = null;

export function findTechniqueHarm(text: string): Finding[] {
  const shell = techniqueShell(text);
  if (shell === null) return [];
  const hit = (score: number): Finding[] => [{ type: 'jailbreak_technique_harm', start: 0, end: text.length, score }];
  if (findHarmfulTopics(text).length > 0) return hit(0.9);
  for (const r of decodedReadings(text)) if (findHarmfulTopics(r).length > 0) return hit(0.9);
  if (framedRequest(text)) return [];
  harmScore ??= createScorer(loadInjectionModel(HARMFUL_MODEL_URL));
  const s = harmScore(text).score;
  return s >= SHELL_CUT ? hit(Math.max(0.8, s)) : [];
}
