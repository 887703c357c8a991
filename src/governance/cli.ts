// `lintel governance …`: the evidence bundle for auditors.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Database } from '../storage/database.ts';
import { type CliIo, cliIo, withDb } from './audit/cli.ts';
import { exportEvidence } from './export.ts';

export function registerGovernanceCommands(program: Command, openDb: () => Promise<Database>, io: CliIo = {}): Command {
  const { out, setExitCode } = cliIo(io);
  const governance = program.command('governance').description('compliance evidence');

  governance
    .command('export')
    .description('write evidence.json and SUMMARY.md for a period (EU AI Act Art. 12/14/19, NIST AI RMF)')
    .requiredOption('--from <date>', 'start of the period (ISO date or time, or epoch ms)')
    .option('--to <date>', 'end of the period, inclusive (default: now)')
    .requiredOption('--out <dir>', 'directory to write the bundle to')
    .option('--public-key <file>', 'trusted audit public key (PEM) for the verification')
    .action(async (flags: { from: string; to?: string; out: string; publicKey?: string }) => {
      const result = await withDb(openDb, (db) =>
        exportEvidence(db, {
          from: flags.from,
          to: flags.to ?? Date.now(),
          outDir: flags.out,
          publicKeyPem: flags.publicKey ? readFileSync(flags.publicKey, 'utf8') : undefined,
        }),
      );
      const v = result.bundle.sections.audit.data.verification;
      out(`wrote ${result.files.join(', ')} (evidence.json sha256 ${result.sha256})`);
      out(v.ok ? 'audit log verified' : `audit log verification FAILED: ${v.problem}`);
      // The bundle is still written: a failed verification is itself evidence.
      if (!v.ok) setExitCode(1);
    });

  return governance;
}
