// The two series every request updates (lintel_requests_total and lintel_request_duration_seconds), updated in
// place. prom-client 15 validates and hashes the label object on every inc()/observe() — a child from labels()
// too, it only binds the object — and a histogram turns the bucket bound into a property key each time: ≈ 5 % of a
// search's event-loop CPU. Here a label set's two series objects are found once, through prom-client's own path,
// and later requests add to them directly, as prom-client's observe would (sum, count, the first bucket whose bound
// is ≥ the value; above every bound only sum and count). The cache is dropped when a metric's series table is
// replaced (reset()); series are never removed from these two metrics. metrics.test.ts compares the exposition
// with prom-client's own path.
import type { Counter, Histogram } from 'prom-client';

interface CounterSeries {
  labels: Record<string, string>;
  value: number;
}

interface HistogramSeries {
  labels: Record<string, string>;
  sum: number;
  count: number;
  bucketValues: Record<string, number>;
}

interface Cached {
  counter: CounterSeries;
  histogram: HistogramSeries;
}

/** prom-client's table of series by label hash (not typed: an implementation detail, checked by the tests). */
function seriesTable<T>(metric: object): Record<string, T> {
  return (metric as { hashMap: Record<string, T> }).hashMap;
}

function sameLabels(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(b);
  if (Object.keys(a).length !== keys.length) return false;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

export class RequestSeries {
  readonly #cache = new Map<string, Cached>();
  readonly #bounds: number[];
  readonly #boundKeys: string[];
  #counterTable: object | null = null;
  #histogramTable: object | null = null;

  constructor(
    private readonly counter: Counter<string>,
    private readonly histogram: Histogram<string>,
    buckets: readonly number[],
    private readonly maxCached = 2_000,
  ) {
    this.#bounds = [...buckets];
    this.#boundKeys = this.#bounds.map(String);
  }

  /** One request: +1 on lintel_requests_total, `seconds` into lintel_request_duration_seconds (label values capped). */
  add(
    endpoint: string,
    route: string,
    model: string,
    provider: string,
    statusClass: string,
    status: string,
    seconds: number,
  ): void {
    const counterTable = seriesTable<CounterSeries>(this.counter);
    const histogramTable = seriesTable<HistogramSeries>(this.histogram);
    if (counterTable !== this.#counterTable || histogramTable !== this.#histogramTable) {
      this.#cache.clear();
      this.#counterTable = counterTable;
      this.#histogramTable = histogramTable;
    }
    // The status class follows from the status, so the key holds the status only.
    const key = `${endpoint}\u0000${route}\u0000${model}\u0000${provider}\u0000${status}`;
    const hit = this.#cache.get(key);
    if (hit === undefined || !Number.isFinite(seconds)) {
      const histogramLabels = { endpoint, route, model, provider, status_class: statusClass };
      const counterLabels = { ...histogramLabels, status };
      this.counter.inc(counterLabels);
      this.histogram.observe(histogramLabels, seconds);
      if (this.#cache.size < this.maxCached) this.#remember(key, counterLabels, histogramLabels);
      return;
    }
    hit.counter.value += 1;
    const h = hit.histogram;
    h.sum += seconds;
    h.count += 1;
    const bounds = this.#bounds;
    for (let i = 0; i < bounds.length; i++) {
      if (seconds <= (bounds[i] as number)) {
        h.bucketValues[this.#boundKeys[i] as string] += 1;
        break;
      }
    }
  }

  #remember(key: string, counterLabels: Record<string, string>, histogramLabels: Record<string, string>): void {
    const counter = Object.values(seriesTable<CounterSeries>(this.counter)).find((s) =>
      sameLabels(s.labels, counterLabels),
    );
    const histogram = Object.values(seriesTable<HistogramSeries>(this.histogram)).find((s) =>
      sameLabels(s.labels, histogramLabels),
    );
    if (counter && histogram) this.#cache.set(key, { counter, histogram });
  }
}
