// Loads lintel.yaml: ${ENV} interpolation, YAML parse, schema validation with errors that name the key.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { configSchema, type LintelConfig } from './schema.ts';

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(source: string, problems: string[]) {
    super(`invalid config ${source}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export interface LoadedConfig {
  config: LintelConfig;
  /** SHA-256 of the text after interpolation (first 16 hex chars): the config version. */
  version: string;
  source: string;
  /** The file's text as written (before interpolation), for config history. */
  text: string;
}

/** Replaces ${NAME} and ${NAME:-default}; an unset variable without default is an error naming it. */
export function interpolateEnv(text: string, env: NodeJS.ProcessEnv, problems: string[]): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, (_m, name: string, def: string | undefined) => {
    const v = env[name];
    if (v !== undefined && v !== '') return v;
    if (def !== undefined) return def;
    problems.push(`environment variable ${name} is not set (referenced as \${${name}})`);
    return '';
  });
}

function formatPath(path: PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

export function formatIssues(issues: z.core.$ZodIssue[]): string[] {
  return issues.map((i) => {
    const path = formatPath(i.path);
    if (i.code === 'unrecognized_keys') return `${path}: unknown key(s) ${i.keys.map((k) => `"${k}"`).join(', ')}`;
    return `${path}: ${i.message}`;
  });
}

export function parseConfigText(text: string, source = '<inline>', env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const problems: string[] = [];
  const interpolated = interpolateEnv(text, env, problems);
  if (problems.length) throw new ConfigError(source, problems);
  let raw: unknown;
  try {
    raw = parseYaml(interpolated) ?? {};
  } catch (err) {
    throw new ConfigError(source, [`YAML syntax: ${(err as Error).message.split('\n')[0]}`]);
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) throw new ConfigError(source, formatIssues(result.error.issues));
  const version = createHash('sha256').update(interpolated).digest('hex').slice(0, 16);
  return { config: result.data, version, source, text };
}

export function loadConfigFile(path: string, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(path, [`cannot read file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`]);
  }
  return parseConfigText(text, path, env);
}
