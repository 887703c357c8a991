// `npm run bench -- [options]`: runs the benchmark, prints the Markdown table, writes JSON and Markdown
// to bench/results/ (git-ignored). Options: bench/options.ts (or `npm run bench -- --help`).
import { benchMain } from './cli.ts';

process.exitCode = await benchMain(process.argv.slice(2));
