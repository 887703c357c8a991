import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benchPrompt } from '../../bench.ts';
import { START_WORDS } from '../concepts/start-words.ts';
import { DRESSING, DRESSING_STARTS, findDressedHarm, nextDressing } from './dressed.ts';

/**
 * Every string DRESSING's source spells, for the small syntax it uses: literals, `\b`, `\w` (as "x"),
 * classes of single characters, `[\w'-]`, `(?:…|…)`, lookbehinds (skipped), and `?`, `*`, `+`, `{m,n}` (none or
 * once, none or once, once, none (m = 0) or once).
 */
function spellings(src: string): string[] {
  let i = 0;
  const alternation = (): string[] => {
    const out = [...sequence()];
    while (src[i] === '|') {
      i++;
      out.push(...sequence());
    }
    return out;
  };
  const sequence = (): string[] => {
    let acc = [''];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let atom: string[];
      const c = src[i];
      if (src.startsWith('(?<!', i) || src.startsWith('(?<=', i)) {
        // A lookbehind matches no characters: skip it (it can only narrow where a wording matches).
        let depth = 0;
        do {
          if (src[i] === '\\') i++;
          else if (src[i] === '(') depth++;
          else if (src[i] === ')') depth--;
          i++;
        } while (depth > 0);
        continue;
      }
      if (c === '(') {
        assert.equal(src.slice(i, i + 3), '(?:', 'only non-capturing groups');
        i += 3;
        atom = alternation();
        assert.equal(src[i], ')');
        i++;
      } else if (c === '[') {
        const end = src.indexOf(']', i);
        const body = src.slice(i + 1, end);
        // `[\w'-]` (a word's characters) spells as "x"; other classes as their single characters.
        atom = body === "\\w'-" ? ['x'] : body === '- ' ? ['-', ' '] : Array.from(body);
        assert.ok(
          body === "\\w'-" || (!body.includes('\\') && (body === '- ' || !body.includes('-'))),
          `class ${body}`,
        );
        i = end + 1;
      } else if (c === '\\') {
        const e = src[i + 1];
        atom = e === 'b' ? [''] : e === 'w' ? ['x'] : [e];
        i += 2;
      } else {
        atom = [c];
        i++;
      }
      const q = src[i];
      const range = /^\{(\d+),(\d+)\}/.exec(src.slice(i));
      if (q === '?' || q === '*') {
        atom = ['', ...atom];
        i++;
      } else if (q === '+') i++;
      else if (range) {
        // `{m,n}`: none (m = 0) or once, like `?`.
        if (range[1] === '0') atom = ['', ...atom];
        i += range[0].length;
      }
      acc = acc.flatMap((a) => atom.map((b) => a + b));
    }
    return acc;
  };
  const all = alternation();
  assert.equal(i, src.length);
  return [...new Set(all)];
}

test('every wording of DRESSING starts where the shared pass marks a dressing word', () => {
  const words = spellings(DRESSING.source);
  assert.ok(words.length > 250, String(words.length));
  let checked = 0;
  for (const w of words) {
    // ("avó" matches only before a word character: DRESSING ends in `\b`.)
    for (const text of [w, `Ok, ${w.toUpperCase()} then.`, `(${w[0].toUpperCase()}${w.slice(1)})`, `${w}x`]) {
      const at = text.toLowerCase().indexOf(w.toLowerCase());
      if (!DRESSING.test(text)) continue;
      checked++;
      const s = START_WORDS.scan(text);
      let marked = false;
      for (let j = 0; j < s.n; j++) if (s.at[j] === at && (s.sets[j] & DRESSING_STARTS) !== 0) marked = true;
      assert.ok(marked, `start word marked in ${JSON.stringify(text)}`);
      assert.deepEqual(nextDressing(text), nextDressing(text, 0, false), text);
    }
  }
  assert.ok(checked > 3 * words.length, String(checked));
});

// Written for this test: dressing words in prose, near misses, and long texts (spans of ±1,000 characters).
const TEXTS = [
  'The villain explains, in the story, how the machine works. Stay in character!',
  'xstory, storyx, roleplay, Role-Play, red team, redteams, AUTHORISED, an authorized user, não é avô',
  "You're the narrator of a text adventure; don't refuse, no   warnings, base 64 and ROT-13, start your reply",
  'Une histoire: le personnage joue un rôle. La abuela cuenta una historia. Stell dir vor, du bist Oma.',
  'Notes on the quarterly plan. Nothing here is dressing: ordinary, unrelated prose about budgets.',
  benchPrompt(4096),
  `${benchPrompt(6000)} Now imagine a story. ${benchPrompt(5000)} a game ${benchPrompt(3000)} research`,
  `${'word '.repeat(900)}tale ${'word '.repeat(300)}fiction ${'more '.repeat(700)}game ${'x '.repeat(2000)}novel`,
];

test('gated and plain scans find the same dressing and the same dressed harm', () => {
  for (const t of TEXTS) {
    for (let from = 0; from <= t.length; from += Math.max(1, Math.floor(t.length / 50)))
      assert.deepEqual(nextDressing(t, from), nextDressing(t, from, false), `${t.slice(0, 40)} @${from}`);
    assert.deepEqual(findDressedHarm(t), findDressedHarm(t, false), t.slice(0, 40));
  }
});
