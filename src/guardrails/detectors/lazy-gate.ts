// Literal gates (topics/literal-gate.ts, concepts/branch-gate.ts) read hundreds of rule regexes and build an
// automaton: ~0.8 s of CPU. Built on first use instead of at import, a process that never scans (a CLI command,
// most test files) does not pay it; a server builds them at start (`warmGates`, from the guard registry's
// warm-up) so its first request does not either.

const pending = new Set<() => unknown>();

/** `make()` on the first call, the same value after; registered for `warmGates` until then. */
export function lazyGate<T>(make: () => T): () => T {
  let value: T | undefined;
  const get = (): T => {
    if (value === undefined) {
      value = make();
      pending.delete(get);
    }
    return value;
  };
  pending.add(get);
  return get;
}

/** Builds every gate not built yet (of the modules loaded so far). */
export function warmGates(): void {
  for (const get of [...pending]) get();
}
