#!/usr/bin/env node
// `lintel` command line: serve, config check, simulate, quickstart (and later stages' commands).
import { Command } from 'commander';
import { registerAccessCommands } from '../access/cli.ts';
import { loadConfigFile } from '../config/load.ts';
import { registerAuditCommands } from '../governance/audit/index.ts';
import { registerGovernanceCommands } from '../governance/cli.ts';
import { registerGuardCommands } from '../guardrails/cli.ts';
import { registerJobCommands } from '../jobs/cli.ts';
import { registerLifecycleCommands } from '../lifecycle/cli.ts';
import { registerMonitorCommands } from '../monitoring/cli.ts';
import { registerExportCommand } from '../recording/export/cli.ts';
import { registerRetrievalCommands } from '../retrieval/cli.ts';
import { registerSimulateCommand } from '../simulator/cli.ts';
import { registerBenchCommand } from './bench-command.ts';
import { openStoreFor, registerConfigCommands, registerConfigHistoryCommands } from './config-check.ts';
import { registerQuickstartCommand } from './quickstart.ts';
import { registerServeCommand } from './serve.ts';

const program = new Command();
program
  .name('lintel')
  .description('Lintel — the production layer for AI: gateway, access, guardrails, observability, governance.')
  .version('0.1.0');

registerServeCommand(program);
registerAccessCommands(program);
registerConfigCommands(program);
registerConfigHistoryCommands(program);
registerSimulateCommand(program);
registerGuardCommands(program);
registerBenchCommand(program);
registerQuickstartCommand(program);
registerLifecycleCommands(program);
registerMonitorCommands(program);
registerRetrievalCommands(program);
// Governance commands read the store named by LINTEL_CONFIG (or LINTEL_DATABASE_URL / LINTEL_DATA_DIR).
const openDb = () => openStoreFor(process.env.LINTEL_CONFIG);
registerAuditCommands(program, openDb, {
  // The configured sink file holds the external anchors `audit verify` checks against.
  anchorFiles: () => {
    const file = process.env.LINTEL_CONFIG;
    const sink = file ? loadConfigFile(file).config.audit.sink_file : undefined;
    return sink ? [sink] : [];
  },
});
registerGovernanceCommands(program, openDb);
registerExportCommand(program, openDb);
registerJobCommands(program, openDb);

await program.parseAsync(process.argv);
