// `lintel bench [options]`: the benchmark harness of bench/ (simulator, Lintel and load in separate
// processes). Options are those of `npm run bench -- …`; `lintel bench --help` lists them.
import type { Command } from 'commander';

export function registerBenchCommand(program: Command): void {
  program
    .command('bench')
    .summary('benchmark Lintel against the simulator (requests/s, latency, TTFT, CPU per request, RSS)')
    .description(
      'Starts the upstream simulator and Lintel as their own processes, drives load from a third process at\n' +
        '1, 32 and 256 connections (JSON and streaming), and reports requests/s, p50/p90/p99, time to first\n' +
        "token, Lintel's CPU ms per request, peak RSS and the overhead against calling the simulator directly.\n" +
        'Results go to bench/results/. Run `lintel bench --help` for the options.',
    )
    .helpOption(false)
    .allowUnknownOption(true)
    .allowExcessArguments(true)
    .argument('[options...]', 'bench options, e.g. --quick --only json --connections 1,32')
    .action(async (args: string[]) => {
      // Loaded on use: the bench's modules stay out of every other command's start-up.
      const { benchMain } = await import('../../bench/cli.ts');
      process.exitCode = await benchMain(args, 'lintel bench');
    });
}
