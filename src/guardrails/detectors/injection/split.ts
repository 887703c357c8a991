// Payload splitting of a harmless request is not an attack (issue 15: a harmful goal, however it is
// dressed). The injection classifier learns the split's shape ("a = …; b = …; answer a + b") from
// jailbreaks; when that shape is the only injection family in the text, the classifier alone flags it
// only if a reassembled reading (topics/deobfuscate.ts) is itself an injection (rules or classifier)
// or a harmful request (topic rules). Rules on the raw text still apply.

import { conceptNames } from '../concepts/lexicon.ts';
import { reassemble } from '../topics/deobfuscate.ts';
import { findHarmfulTopics } from '../topics/harmful.ts';
import { findInjectionRules } from './rules.ts';

const NAMES = conceptNames('injection');
const OBFUSCATION = NAMES.indexOf('obfuscation');
const PERSONA = new Set(['persona', 'character_lock', 'no_caveats', 'discussion'].map((n) => NAMES.indexOf(n)));
const FAMILIES = NAMES.length;

export function harmlessSplitOnly(hits: readonly number[], text: string, flags: (reading: string) => boolean): boolean {
  let split = false;
  for (const k of hits) {
    if (k >= FAMILIES || PERSONA.has(k)) continue;
    if (k !== OBFUSCATION) return false;
    split = true;
  }
  if (!split) return false;
  const readings = reassemble(text);
  if (readings.length === 0) return false;
  for (const r of readings)
    if (findInjectionRules(r).length > 0 || findHarmfulTopics(r).length > 0 || flags(r)) return false;
  return true;
}
