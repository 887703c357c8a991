/** Path of the compiled CLI when dist/ is up to date with the sources, else null. */
export function freshDistMain(root: string): string | null;
