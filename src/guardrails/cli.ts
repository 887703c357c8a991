// `lintel guard …` commands: train the injection model, evaluate every detector on the shared data,
// and scan JSON lines from stdin with any guard set. Also runnable directly:
//   node --import tsx src/guardrails/cli.ts guard eval --markdown

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { guardrailsDataDir, repoRoot } from './data-path.ts';
import { DEFAULT_MODEL_URL } from './detectors/injection/model.ts';
import { compileGuardSets } from './engine/compile.ts';
import type { GuardSetsInput } from './engine/config.ts';
import { runGuardEval } from './eval/index.ts';
import { toMarkdown, toText } from './eval/report.ts';
import { evalBySource } from './eval/by-source.ts';
import { bySourceMarkdown } from './eval/by-source-report.ts';
import { evalWithinSource } from './eval/within-source.ts';
import { withinSourceMarkdown } from './eval/within-source-report.ts';
import type { Concept } from './train/corpus.ts';
import type { LearnerOptions } from './train/learner.ts';
import { MODEL_VERSIONS, trainConceptModel } from './train/train-concept.ts';
import type { GuardStage } from './types.ts';

/**
 * The model file in the source tree, also when this runs from the compiled dist/ (which holds a copy made by the
 * build): a trained model belongs to the repository, not to a build output the next build replaces.
 */
function sourceModelPath(): string {
  const shipped = fileURLToPath(DEFAULT_MODEL_URL);
  const inSources = join(repoRoot(), 'src', 'guardrails', 'models', basename(shipped));
  return existsSync(inSources) ? inSources : shipped;
}

function requireData(dir?: string): string {
  const d = guardrailsDataDir(dir);
  if (!d) throw new Error('guardrails data not found (set LINTEL_SHARED_DATA or place it at ../shared/data)');
  return d;
}

/** Reads guard sets from lintel.yaml (`guardrails.sets`), a file with `sets`, or a bare map. */
export function readGuardSetsFile(path: string): GuardSetsInput {
  const doc = parseYaml(readFileSync(path, 'utf8')) as Record<string, unknown> | null;
  const g = (doc?.guardrails as { sets?: unknown } | undefined)?.sets ?? doc?.sets ?? doc ?? {};
  return g as GuardSetsInput;
}

export interface ScanOptions {
  guards: string;
  config?: string;
  stage: string;
}

/** `guard scan`: one verdict line per JSON line `{"text": …}` of `input`. */
export async function scanLines(
  input: NodeJS.ReadableStream,
  write: (line: string) => void,
  o: ScanOptions,
): Promise<void> {
  const registry = compileGuardSets(o.config ? readGuardSetsFile(o.config) : {});
  const pipeline = registry.get(o.guards.split(',').map((s) => s.trim()));
  const stage: GuardStage = o.stage === 'output' ? 'output' : 'input';
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) {
    if (line.trim().length === 0) continue;
    let text: string;
    try {
      const v = JSON.parse(line) as { text?: unknown };
      if (typeof v.text !== 'string') throw new Error('missing "text"');
      text = v.text;
    } catch (e) {
      write(JSON.stringify({ error: (e as Error).message }));
      continue;
    }
    const r = await pipeline.check(stage, text);
    const detections = r.decisions.flatMap((d) =>
      d.spans.map((s) => ({
        guard: d.guard,
        detector: d.detector,
        score: s.score ?? d.score,
        start: s.start,
        end: s.end,
        type: s.type,
      })),
    );
    write(JSON.stringify({ blocked: r.blocked, flagged: r.flagged, detections }));
  }
}

/** `--learner` / `--learner-options` as learner options for every evaluated concept. */
function learnerOverride(kind: string | undefined, json: string | undefined): LearnerOptions {
  if (kind !== undefined && kind !== 'ftrl' && kind !== 'fasttext' && kind !== 'blend') {
    throw new Error(`unknown learner "${kind}" (ftrl, fasttext or blend)`);
  }
  let extra: LearnerOptions = {};
  if (json !== undefined) {
    try {
      extra = JSON.parse(json) as LearnerOptions;
    } catch (e) {
      throw new Error(`--learner-options is not JSON: ${(e as Error).message}`);
    }
  }
  return { ...extra, ...(kind ? { learner: kind } : {}) };
}

export function registerGuardCommands(program: Command): Command {
  const guard = program.command('guard').description('guardrails: train, evaluate, scan');

  guard
    .command('train')
    .description(
      'train the injection and harmful-intent classifiers from ../shared/data/guardrails and write the model files',
    )
    .option('--data <dir>', 'guardrails data folder')
    .option('--concept <names>', 'comma-separated: injection,harmful', 'injection,harmful')
    .option('--out-dir <dir>', 'folder of the model files', dirname(sourceModelPath()))
    .option('--learner <kind>', "ftrl, fasttext or blend (default: each concept's setting)")
    .option('--learner-options <json>', "learner options merged over the concept's")
    .action((o: { data?: string; concept: string; outDir: string; learner?: string; learnerOptions?: string }) => {
      const dataDir = requireData(o.data);
      const override = learnerOverride(o.learner, o.learnerOptions);
      for (const c of o.concept.split(',').map((x) => x.trim()) as Concept[]) {
        if (!MODEL_VERSIONS[c]) throw new Error(`unknown concept "${c}" (injection or harmful)`);
        const model = trainConceptModel(dataDir, c, (m) => process.stderr.write(`${m}\n`), override);
        const out = join(o.outDir, `${MODEL_VERSIONS[c]}.json`);
        writeFileSync(out, `${JSON.stringify(model)}\n`);
        process.stderr.write(`wrote ${out} (${model.index.length} weights, threshold ${model.threshold})\n`);
      }
    });

  guard
    .command('eval')
    .description('precision, recall, F1, FPR and recall at 1% FPR of every detector on the shared data')
    .option('--data <dir>', 'guardrails data folder')
    .option('--markdown', 'print a Markdown table')
    .option('--json', 'print JSON')
    .option('--sample <n>', 'at most n items per dataset')
    .option(
      '--task <names>',
      'comma-separated: injection,injection-fresh,injection-heldout,persona-fresh,actas-fresh,actas2-fresh,roleplay-fresh,roleplay2-fresh,roleplay3-fresh,roleplay4-fresh,jailbreak-fresh,obfuscated-fresh,jbb-fresh,wild-fresh,technique-fresh,xstest-fresh,realusers-fresh,harm-goals-fresh,sensitive-fresh,legit-twins-fresh,forbidden-fresh,forbid2-fresh,sorry-fresh,mali-fresh,blind5-fresh,blind6-fresh,hijack-fresh,daily-fresh,legit6-fresh,pair-fresh,pair2-fresh,short-fresh,deepstyle-fresh,de-fresh,deepset3-fresh,deepset4-fresh,deepset5-fresh,technical-fresh,darkfic-fresh,mention2-fresh,jitw-halves,deepset-halves,jitw2-fresh,trigger-fresh2,trigger-fresh4,trigger-fresh5,indirect-fresh,extract-fresh,extract2-fresh,gandalf-fresh,harmml-fresh,cards-fresh,cards2-fresh,cards3-fresh,intlfp-fresh,gloss2-fresh,nearfp-fresh,harmbench-fresh,jbbben-fresh,pii,harmful,harmful-categories,leak',
    )
    .option('--by-source', 'leave-one-source-out: train without each source, evaluate on it (minutes)')
    .option(
      '--within-source <k>',
      'k grouped folds of each source: train on the other sources and k-1 folds, evaluate on the held-out fold; printed beside leave-one-source-out and in-sample (minutes)',
    )
    .option('--no-loso', 'with --within-source: skip the leave-one-source-out and in-sample columns')
    .option('--concept <names>', 'with --by-source / --within-source: injection,harmful', 'injection,harmful')
    .option('--source <names>', 'with --by-source / --within-source: only these sources (comma-separated)')
    .option(
      '--learner <kind>',
      "with --by-source / --within-source: ftrl, fasttext or blend (default: each concept's setting)",
    )
    .option(
      '--learner-options <json>',
      'with --by-source / --within-source: learner options merged over the concept\'s, e.g. {"fasttext":{"dim":32}}',
    )
    .option(
      '--plain-target-fpr <x>',
      "with --by-source: out-of-fold FPR target of texts with no object family (default: the concept's)",
    )
    .action(
      (o: {
        data?: string;
        markdown?: boolean;
        json?: boolean;
        sample?: string;
        task?: string;
        bySource?: boolean;
        withinSource?: string;
        loso: boolean;
        concept: string;
        source?: string;
        learner?: string;
        learnerOptions?: string;
        plainTargetFpr?: string;
      }) => {
        if (o.bySource || o.withinSource !== undefined) {
          const concepts = o.concept.split(',').map((x) => x.trim()) as Concept[];
          const learner = learnerOverride(o.learner, o.learnerOptions);
          const common = {
            dataDir: requireData(o.data),
            concepts,
            sample: o.sample ? Number(o.sample) : undefined,
            sources: o.source?.split(',').map((x) => x.trim()),
            learner: Object.fromEntries(concepts.map((c) => [c, learner])),
            ...(o.plainTargetFpr !== undefined
              ? { plainTargetFpr: Object.fromEntries(concepts.map((c) => [c, Number(o.plainTargetFpr)])) }
              : {}),
            log: (m: string) => process.stderr.write(`${m}\n`),
          };
          if (o.withinSource !== undefined) {
            const r = evalWithinSource({ ...common, k: Number(o.withinSource), loso: o.loso });
            process.stdout.write(o.json ? `${JSON.stringify(r)}\n` : `${withinSourceMarkdown(r)}\n`);
            return;
          }
          const r = evalBySource(common);
          process.stdout.write(o.json ? `${JSON.stringify(r)}\n` : `${bySourceMarkdown(r)}\n`);
          return;
        }
        const r = runGuardEval({
          dataDir: o.data,
          sample: o.sample ? Number(o.sample) : undefined,
          tasks: o.task?.split(',').map((t) => t.trim()) as never,
        });
        if (o.json) process.stdout.write(`${JSON.stringify(r)}\n`);
        else {
          const head = `injection model ${r.injectionModel}, threshold ${r.injectionThreshold}; ${r.seconds.toFixed(1)}s`;
          process.stdout.write(`${o.markdown ? toMarkdown(r.rows) : toText(r.rows)}\n\n${head}\n`);
        }
      },
    );

  guard
    .command('scan')
    .description('read JSON lines {"text": …} on stdin, write one verdict line per input')
    .option('--guards <names>', 'comma-separated guard sets', 'default')
    .option('--config <file>', 'lintel.yaml (guardrails.sets) or a YAML/JSON file of guard sets')
    .option('--stage <stage>', 'input or output', 'input')
    .action((o: ScanOptions) => scanLines(process.stdin, (line) => process.stdout.write(`${line}\n`), o));

  return program;
}

// Direct use until the main CLI wires it: node --import tsx src/guardrails/cli.ts guard …
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  registerGuardCommands(new Command('lintel'))
    .parseAsync(process.argv)
    .catch((e: unknown) => {
      process.stderr.write(`${(e as Error).message}\n`);
      process.exit(1);
    });
}
