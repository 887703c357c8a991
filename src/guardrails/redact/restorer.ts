// Streaming restore of reversible placeholders. A chunk ending in what could be the start of a
// placeholder ("[EMA") is held back until the next chunk shows whether it is one.

import type { RedactionVault } from './vault.ts';

const MAX_PLACEHOLDER = 48;
// A possible unfinished placeholder at the end of the buffer.
const PARTIAL = /\[[A-Z0-9_]*$/;

export class StreamRestorer {
  #held = '';
  constructor(private readonly vault: RedactionVault) {}

  /** Returns the text that can be released now, placeholders restored. */
  push(chunk: string): string {
    let text = this.#held + chunk;
    this.#held = '';
    const m = PARTIAL.exec(text);
    if (m && text.length - m.index <= MAX_PLACEHOLDER) {
      this.#held = text.slice(m.index);
      text = text.slice(0, m.index);
    }
    return this.vault.restore(text);
  }

  /** Releases whatever is held (an unfinished bracket is just text). */
  end(): string {
    const text = this.#held;
    this.#held = '';
    return this.vault.restore(text);
  }
}
