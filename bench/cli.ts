// The bench's command line, shared by `npm run bench` (bench/run.ts) and `lintel bench`.
import { runBench } from './bench.ts';
import { parseBenchArgs, USAGE } from './options.ts';
import { toMarkdown, writeReport } from './report.ts';

/** Runs the bench with `npm run bench -- …` style arguments; returns the process exit code. */
export async function benchMain(argv: string[], commandName = 'npm run bench'): Promise<number> {
  let opts: ReturnType<typeof parseBenchArgs>;
  try {
    opts = parseBenchArgs(argv);
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (opts === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (process.platform !== 'linux') {
    console.error('the bench reads CPU and memory from /proc: it runs on Linux only');
    return 2;
  }
  const sep = commandName.startsWith('npm') && argv.length ? ['--'] : [];
  const report = await runBench(opts, [commandName, ...sep, ...argv].join(' '));
  const files = writeReport(report, opts.outDir);
  console.log(toMarkdown(report));
  console.error(`wrote ${files.markdown} and ${files.json}`);
  if (!opts.soakS && !opts.idleStreams && !argv.includes('--no-components')) {
    const { runComponents } = await import('./components.ts');
    await runComponents({ quick: opts.durationS <= 3 });
  }
  return 0;
}
