// The harmful guard reads the same frames of the same text several times a check: findHarmfulTopics asks
// `defensiveRequest` twice, the detector asks `framedRequest` of the prompt up to four times, and both read
// the protective, game and help-seeking frames. Each read scans the whole text with regexes of hundreds of
// wordings (≈ 0.1 ms a KB), so a check paid them up to six times. A memo keeps the answers for the last few
// texts, for the current check only: `newCheck` (the detector's first step) forgets them, so a benchmark
// that checks one prompt over and over still pays each read once per check, as distinct prompts do.
// The memoised functions are pure (their regexes are not global, or reset before use), so an answer is the
// same whenever it is asked.

/** Texts remembered per function: the prompt, a reading of it and the scope of a hit fit. */
const SIZE = 4;

let check = 0;

/** Forgets every memo's answers (called once per check). */
export function newCheck(): void {
  check++;
}

/** `f` with its answers kept for the last SIZE texts (compared by value) of the current check. */
export function memoByText<T>(f: (text: string) => T): (text: string) => T {
  const texts: (string | undefined)[] = new Array(SIZE).fill(undefined);
  const values: T[] = new Array(SIZE);
  let next = 0;
  let of = check;
  return (text: string): T => {
    if (of !== check) {
      texts.fill(undefined);
      of = check;
    }
    for (let i = 0; i < SIZE; i++) if (texts[i] === text) return values[i];
    const v = f(text);
    texts[next] = text;
    values[next] = v;
    next = (next + 1) % SIZE;
    return v;
  };
}
