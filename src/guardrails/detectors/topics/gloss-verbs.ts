// German and Dutch verb forms for the English gloss (gloss.ts). Separable verbs split in a main clause:
// "Wie stelle ich Giftgas her?" (herstellen), "Bau mir ein Botnetz auf" (aufbauen), "lees ik hun
// wachtwoorden uit" (uitlezen) — the particle ends the clause, the finite verb stands early. The
// particle is joined back onto the nearest verb before it whose joined form the word map knows, and
// dropped. Inside one word: the zu-infinitive ("herzustellen", "umzubringen") and the past participle
// ("hergestellt", "ausgespäht", "gebaut") are read as the bare verb when the map knows that one.

export interface VerbLexicon {
  /** Whether the word map knows a word (exactly or by a stem that covers it). */
  knows(word: string): boolean;
  particles: ReadonlySet<string>;
  /** The infinitive marker that stands between a separable particle and its verb ("op te zetten"). */
  infinitiveMarker: string;
  /** The purpose conjunction whose infinitive ends its clause ("um es zu spritzen", "om GHB te maken"). */
  purpose: string;
  /** Modal verbs whose infinitive ends the clause ("ich will GHB herstellen", "die ik kan posten"). */
  modals: ReadonlySet<string>;
  /** Subject pronouns that may follow a modal in a question ("kann ich", "kan ik"). */
  subjects: ReadonlySet<string>;
  /** Words that open a subordinate clause, whose finite verb goes last ("wie man Giftgas herstellt"). */
  subordinators: ReadonlySet<string>;
  /** Whether a word is a verb the map knows (its gloss is an act), not just any known word. */
  isVerb(word: string): boolean;
}

const CLAUSE_END = /^[.?!;:,]$/;
/** How far back from a clause-final particle its verb may stand (German V2 questions are short). */
const REACH = 12;

/**
 * The tokens with each clause-final separable particle joined onto its verb. Tokens are folded words and
 * sentence punctuation (gloss.ts's tokeniser).
 */
export function joinSeparableVerbs(tokens: readonly string[], lx: VerbLexicon): string[] {
  const out = [...tokens];
  for (let i = 0; i < out.length; i++) {
    const p = out[i];
    if (!lx.particles.has(p)) continue;
    // "op te zetten": particle, marker, infinitive — one verb.
    if (out[i + 1] === lx.infinitiveMarker && out[i + 2] && lx.knows(p + out[i + 2])) {
      out.splice(i, 3, p + out[i + 2]);
      continue;
    }
    const next = out[i + 1];
    if (next !== undefined && !CLAUSE_END.test(next)) continue;
    for (let k = i - 1; k >= 0 && k >= i - REACH && !CLAUSE_END.test(out[k]); k--) {
      if (lx.particles.has(out[k]) || !lx.knows(p + out[k])) continue;
      out[k] = p + out[k];
      out.splice(i, 1);
      i--;
      break;
    }
  }
  return out;
}

/** The clause's end: the index of the next sentence punctuation or comma at or after `i`. */
function clauseEnd(tokens: readonly string[], i: number): number {
  let k = i;
  while (k < tokens.length && !CLAUSE_END.test(tokens[k])) k++;
  return k;
}

/**
 * German and Dutch put the infinitive last; English puts it after its modal or "to". "um es zu spritzen"
 * → "um spritzen es", "ich will GHB herstellen" → "ich will herstellen GHB", read "to inject it", "i want
 * to make ghb". Only when the last word is a verb the map knows and a few words at most stand between.
 */
export function frontInfinitives(tokens: readonly string[], lx: VerbLexicon): string[] {
  const out = [...tokens];
  for (let i = 0; i < out.length; i++) {
    const w = out[i];
    // "wie man Giftgas herstellt", "hoe je gif maakt": subordinator, subject, …, verb → verb after the subject.
    if (lx.subordinators.has(w) && lx.subjects.has(out[i + 1])) {
      const last = clauseEnd(out, i + 2) - 1;
      if (last > i + 2 && last - i <= REACH / 2 && lx.isVerb(out[last])) out.splice(i + 2, 0, ...out.splice(last, 1));
      continue;
    }
    const modal = lx.modals.has(w);
    if (w !== lx.purpose && !modal) continue;
    const end = clauseEnd(out, i + 1);
    const at = i + 1 + (modal && lx.subjects.has(out[i + 1]) ? 1 : 0);
    // After "um": the first "zu" + verb of the clause ("om GHB te maken uit …"); after a modal: the last word.
    let verbAt = end - 1;
    if (!modal) {
      const marker = out.indexOf(lx.infinitiveMarker, at);
      // "um Giftgas herzustellen": the zu-infinitive is one word, last in its clause.
      if (marker < 0 || marker >= end) {
        if (end - 1 > at && end - 1 - at <= REACH / 2 && bareVerb(out[end - 1], lx)) {
          out.splice(at, 0, ...out.splice(end - 1, 1));
        }
        continue;
      }
      verbAt = marker + 1;
    }
    if (verbAt <= at || verbAt - at > REACH / 2 || !lx.knows(out[verbAt])) continue;
    const marked = out[verbAt - 1] === lx.infinitiveMarker;
    const verb = out[verbAt];
    out.splice(marked ? verbAt - 1 : verbAt, marked ? 2 : 1);
    out.splice(at, 0, verb);
  }
  return out;
}

/** The bare verb of a German zu-infinitive or participle ("herzustellen" → "herstellen"), when the map knows it. */
export function bareVerb(word: string, lx: VerbLexicon): string | undefined {
  for (const p of ['', ...lx.particles]) {
    if (!word.startsWith(p)) continue;
    const rest = word.slice(p.length);
    for (const infix of ['zu', 'ge']) {
      if (rest.length < infix.length + 3 || !rest.startsWith(infix)) continue;
      const verb = p + rest.slice(infix.length);
      if (lx.knows(verb)) return verb;
    }
  }
  return undefined;
}
