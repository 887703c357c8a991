// `lintel export --from … --to … --out FILE [--format parquet|csv] [--tenant T] [--model M]`.
import type { Command } from 'commander';
import { type CliIo, cliIo, withDb } from '../../governance/audit/cli.ts';
import { type Database, runMigrations } from '../../storage/database.ts';
import { recordingMigrations } from '../migrations.ts';
import { QueryValidationError } from '../queries.ts';
import { type ExportFormat, exportRequests } from './export.ts';

/** The format from --format, else the file's extension. */
export function exportFormat(out: string, given?: string): ExportFormat {
  const f = (
    given ?? (out.toLowerCase().endsWith('.csv') ? 'csv' : out.toLowerCase().endsWith('.parquet') ? 'parquet' : '')
  ).toLowerCase();
  if (f !== 'parquet' && f !== 'csv') {
    throw new QueryValidationError('format', 'expected parquet or csv (or an --out file ending in .parquet or .csv)');
  }
  return f;
}

export function registerExportCommand(program: Command, openDb: () => Promise<Database>, io: CliIo = {}): Command {
  const { out, setExitCode } = cliIo(io);
  return program
    .command('export')
    .description('export the request log of a time range to a Parquet or CSV file (for warehouses)')
    .requiredOption('--from <time>', 'start, inclusive (ISO 8601 time or date, or epoch ms)')
    .requiredOption('--to <time>', 'end, exclusive (ISO 8601 time or date, or epoch ms)')
    .requiredOption('--out <file>', 'file to write (replaced when it exists)')
    .option('--format <format>', 'parquet or csv (default: from the --out extension)')
    .option('--tenant <tenant>', 'only this tenant')
    .option('--model <model>', 'only this model (requested or served)')
    .option('--row-group-size <n>', 'rows per Parquet row group (bounds memory)', '10000')
    .action(
      async (flags: {
        from: string;
        to: string;
        out: string;
        format?: string;
        tenant?: string;
        model?: string;
        rowGroupSize: string;
      }) => {
        try {
          const format = exportFormat(flags.out, flags.format);
          const rowGroupSize = Number(flags.rowGroupSize);
          if (!Number.isInteger(rowGroupSize) || rowGroupSize < 1)
            throw new QueryValidationError('row-group-size', 'expected a positive integer');
          const started = Date.now();
          // Migrating is a no-op on a store in use; on a new one it makes the (empty) request log to export.
          const r = await withDb(openDb, async (db) => {
            await runMigrations(db, recordingMigrations);
            return exportRequests(db, { ...flags, format, rowGroupSize });
          });
          out(`wrote ${r.rows} records to ${r.file} (${r.format}, ${Date.now() - started} ms)`);
        } catch (err) {
          if (!(err instanceof QueryValidationError)) throw err;
          out(`lintel export: --${err.field}: ${err.message.slice(err.field.length + 2)}`);
          setExitCode(2);
        }
      },
    );
}
