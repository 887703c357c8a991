// The per-request redaction vault: typed placeholders ([EMAIL_1], [PHONE_2]) with the same value
// mapped to the same placeholder within a request. Values are kept only for reversible redactions,
// only in memory, and never serialised: toJSON and inspect show counts, not contents.

import { createHash } from 'node:crypto';
import { inspect } from 'node:util';
import { StreamRestorer } from './restorer.ts';

const LABELS: Record<string, string> = {
  email: 'EMAIL',
  phone: 'PHONE',
  credit_card: 'CARD',
  iban: 'IBAN',
  us_ssn: 'SSN',
  ip_address: 'IP',
  date_of_birth: 'DOB',
  passport: 'PASSPORT',
  driver_license: 'DRIVER_LICENSE',
  person: 'PERSON',
  street_address: 'ADDRESS',
  high_entropy: 'SECRET',
  private_key: 'PRIVATE_KEY',
};

/** Placeholder label for a detection type: known names, else the type upper-cased. */
export function labelFor(type: string): string {
  return (
    LABELS[type] ??
    (type
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_|_$/g, '') ||
      'REDACTED')
  );
}

/** Matches any placeholder this vault can produce. */
export const PLACEHOLDER = /\[([A-Z][A-Z0-9_]*?)_(\d+)\]/g;

export class RedactionVault {
  #byKey = new Map<string, string>(); // digest of (type, value) → placeholder
  #values = new Map<string, string>(); // placeholder → value, reversible redactions only
  #counters = new Map<string, number>();

  /** The placeholder for a value; the same (type, value) always gets the same one. */
  placeholder(type: string, value: string, reversible: boolean): string {
    const label = labelFor(type);
    const key = createHash('sha256').update(label).update('\u0000').update(value).digest('base64');
    let ph = this.#byKey.get(key);
    if (!ph) {
      const n = (this.#counters.get(label) ?? 0) + 1;
      this.#counters.set(label, n);
      ph = `[${label}_${n}]`;
      this.#byKey.set(key, ph);
    }
    if (reversible && !this.#values.has(ph)) this.#values.set(ph, value);
    return ph;
  }

  /** Number of distinct redacted values. */
  get size(): number {
    return this.#byKey.size;
  }

  /** True when some placeholder can be restored. */
  get reversible(): boolean {
    return this.#values.size > 0;
  }

  /** The value behind a reversible placeholder (undefined otherwise). */
  valueOf(placeholder: string): string | undefined {
    return this.#values.get(placeholder);
  }

  /** Puts reversible values back into a complete text. */
  restore(text: string): string {
    if (this.#values.size === 0 || !text.includes('[')) return text;
    return text.replace(PLACEHOLDER, (ph) => this.#values.get(ph) ?? ph);
  }

  /** A restorer for streamed text: holds back a placeholder split across chunks. */
  createRestorer(): StreamRestorer {
    return new StreamRestorer(this);
  }

  toJSON(): { placeholders: number; reversible: number } {
    return { placeholders: this.#byKey.size, reversible: this.#values.size };
  }

  [inspect.custom](): string {
    return `RedactionVault { placeholders: ${this.#byKey.size}, reversible: ${this.#values.size} }`;
  }
}
