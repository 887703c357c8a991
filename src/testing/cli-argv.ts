// How a test runs the `lintel` CLI in a child process: the compiled main.js of the test mirror when the test itself
// runs compiled (a full `scripts/run-tests.mjs` run, see scripts/test-build.mjs), the TypeScript sources under tsx
// otherwise. Compiled, a child starts without tsx's ~1–2 s of module transforms.
import { fileURLToPath } from 'node:url';

const compiled = import.meta.url.endsWith('.js');

/** The CLI's entry file beside this one (main.js in the mirror, main.ts in the checkout). */
export const CLI_MAIN = fileURLToPath(new URL(`../cli/main.${compiled ? 'js' : 'ts'}`, import.meta.url));

/** Node arguments that run `lintel …args`. */
export function cliArgv(...args: string[]): string[] {
  return compiled ? [CLI_MAIN, ...args] : ['--import', 'tsx', CLI_MAIN, ...args];
}
