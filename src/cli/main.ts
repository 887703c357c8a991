#!/usr/bin/env node
// `lintel` command line: serve, config check, simulate, quickstart (and later stages' commands).
import { Command } from 'commander';
import { registerSimulateCommand } from '../simulator/cli.ts';
import { registerConfigCommands, registerConfigHistoryCommands } from './config-check.ts';
import { registerQuickstartCommand } from './quickstart.ts';
import { registerServeCommand } from './serve.ts';

const program = new Command();
program
  .name('lintel')
  .description('Lintel — the production layer for AI: gateway, access, guardrails, observability, governance.')
  .version('0.1.0');

registerServeCommand(program);
registerConfigCommands(program);
registerConfigHistoryCommands(program);
registerSimulateCommand(program);
registerQuickstartCommand(program);

await program.parseAsync(process.argv);
