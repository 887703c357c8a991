// Bounded Prometheus label values: a label never takes more than `max` distinct values.

export const NONE = 'none';
export const OTHER = 'other';
const MAX_VALUE_LENGTH = 100;

/**
 * Admits the first `max` distinct values of one label dimension; later new values become "other". Values come
 * from config names and upstream model ids, never from request ids or free text, but an upstream may still
 * invent ids, so the cap keeps series counts bounded.
 */
export class LabelCap {
  private readonly admitted = new Map<string, string>();

  constructor(private readonly max: number) {}

  value(raw: string | null | undefined): string {
    if (raw === null || raw === undefined || raw === '') return NONE;
    const known = this.admitted.get(raw);
    if (known !== undefined) return known;
    if (this.admitted.size >= this.max) return OTHER;
    const label = raw.length > MAX_VALUE_LENGTH ? raw.slice(0, MAX_VALUE_LENGTH) : raw;
    this.admitted.set(raw, label);
    return label;
  }
}

const STATUS_CODES: string[] = [];
for (let code = 100; code < 600; code++) STATUS_CODES.push(String(code));

/** HTTP status as a label: 100–599 as the code (interned, no allocation), anything else "other". */
export function statusLabel(status: number): string {
  return Number.isInteger(status) && status >= 100 && status < 600 ? STATUS_CODES[status - 100] : OTHER;
}

const CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx'];

export function statusClassLabel(status: number): string {
  return Number.isInteger(status) && status >= 100 && status < 600 ? CLASSES[Math.floor(status / 100) - 1] : OTHER;
}
