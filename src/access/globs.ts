// Model allow-lists: `*` matches any run of characters, `?` one character; everything else is literal.
const compiled = new Map<string, RegExp>();

function toRegExp(glob: string): RegExp {
  let re = compiled.get(glob);
  if (!re) {
    const body = glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    re = new RegExp(`^${body}$`);
    if (compiled.size < 10_000) compiled.set(glob, re);
  }
  return re;
}

/** null = no restriction at this level. */
export function modelAllowed(globs: readonly string[] | null, model: string): boolean {
  if (globs === null) return true;
  for (const g of globs) if (toRegExp(g).test(model)) return true;
  return false;
}
