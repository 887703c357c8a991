// `lintel guard eval`: every measured number in one table.

import { guardrailsDataDir } from '../data-path.ts';
import { evalActasFresh } from './actas.ts';
import { evalActas2Fresh } from './actas2-fresh.ts';
import { evalCardsFresh } from './cards-fresh.ts';
import { evalCards2Fresh } from './cards2-fresh.ts';
import { evalDailyFresh } from './daily-fresh.ts';
import { evalCards3Fresh } from './cards3-fresh.ts';
import { evalDarkficFresh } from './darkfic.ts';
import { evalDeFresh } from './de-fresh.ts';
import { evalDeepset3Fresh } from './deepset3-fresh.ts';
import { evalDeepset4Fresh } from './deepset4-fresh.ts';
import { evalDeepset5Fresh } from './deepset5-fresh.ts';
import { evalDeepsetHalves } from './deepset-halves.ts';
import { evalDeepstyleFresh } from './deepstyle-fresh.ts';
import { evalForbid2Fresh } from './forbid2-fresh.ts';
import { evalGandalfFresh } from './gandalf-fresh.ts';
import { evalForbiddenFresh } from './forbidden-fresh.ts';
import { evalHarmGoalsFresh } from './harm-goals.ts';
import { evalHarmful, evalHarmfulCategories } from './harmful.ts';
import { evalInjection, evalInjectionFresh, evalInjectionHeldout, evalJailbreakFresh } from './injection.ts';
import { evalJbbFresh } from './jbb.ts';
import { evalJitwHalves } from './jitw-halves.ts';
import { evalGloss2Fresh } from './gloss2-fresh.ts';
import { evalHarmbenchFresh } from './harmbench.ts';
import { evalJbbbenFresh } from './jbbben.ts';
import { evalHarmmlFresh } from './harmml.ts';
import { evalIntlfpFresh } from './intlfp.ts';
import { evalLegitTwinsFresh } from './legit-twins.ts';
import { evalNearfpFresh } from './nearfp-fresh.ts';
import { evalLeak } from './leak.ts';
import { evalMaliFresh } from './mali-fresh.ts';
import { evalBlind5Fresh } from './blind5-fresh.ts';
import { evalBlind6Fresh } from './blind6-fresh.ts';
import { evalHijackFresh } from './hijack-fresh.ts';
import { evalLegit6Fresh } from './legit6-fresh.ts';
import { evalMention2Fresh } from './mention2.ts';
import { evalObfuscatedFresh } from './obfuscated.ts';
import { evalPairFresh } from './pair-fresh.ts';
import { evalPair2Fresh } from './pair2-fresh.ts';
import { evalPersonaFresh } from './persona.ts';
import { evalPii } from './pii.ts';
import type { EvalRow } from './report.ts';
import { evalRoleplayFresh } from './roleplay-fresh.ts';
import { evalRoleplay2Fresh } from './roleplay2-fresh.ts';
import { evalRoleplay3Fresh } from './roleplay3-fresh.ts';
import { evalRoleplay4Fresh } from './roleplay4-fresh.ts';
import { evalSensitiveFresh } from './sensitive-fresh.ts';
import { evalShortFresh } from './short-fresh.ts';
import { evalJitw2Fresh } from './jitw2-fresh.ts';
import { evalTechnicalFresh } from './technical.ts';
import { evalTriggerFresh2, evalTriggerFresh4 } from './trigger.ts';
import { evalTriggerFresh5 } from './trigger5-fresh.ts';
import { evalExtractFresh } from './extract-fresh.ts';
import { evalExtract2Fresh } from './extract2-fresh.ts';
import { evalIndirectFresh } from './indirect-fresh.ts';
import { evalTechniqueFresh } from './technique.ts';
import { evalWildFresh } from './wild.ts';
import { evalRealusersFresh } from './realusers-fresh.ts';
import { evalXstestFresh } from './xstest-fresh.ts';
import { evalSorryFresh } from './sorry-fresh.ts';

export interface GuardEvalOptions {
  dataDir?: string;
  sample?: number;
  tasks?: readonly (
    | 'injection'
    | 'injection-fresh'
    | 'injection-heldout'
    | 'persona-fresh'
    | 'actas-fresh'
    | 'actas2-fresh'
    | 'roleplay-fresh'
    | 'roleplay2-fresh'
    | 'roleplay3-fresh'
    | 'roleplay4-fresh'
    | 'jailbreak-fresh'
    | 'obfuscated-fresh'
    | 'jbb-fresh'
    | 'wild-fresh'
    | 'technique-fresh'
    | 'xstest-fresh'
    | 'realusers-fresh'
    | 'cards-fresh'
    | 'cards2-fresh'
    | 'cards3-fresh'
    | 'harm-goals-fresh'
    | 'sensitive-fresh'
    | 'forbidden-fresh'
    | 'forbid2-fresh'
    | 'pair-fresh'
    | 'pair2-fresh'
    | 'sorry-fresh'
    | 'gandalf-fresh'
    | 'mali-fresh'
    | 'blind5-fresh'
    | 'blind6-fresh'
    | 'hijack-fresh'
    | 'daily-fresh'
    | 'legit6-fresh'
    | 'legit-twins-fresh'
    | 'nearfp-fresh'
    | 'harmml-fresh'
    | 'harmbench-fresh'
    | 'jbbben-fresh'
    | 'intlfp-fresh'
    | 'gloss2-fresh'
    | 'trigger-fresh2'
    | 'trigger-fresh4'
    | 'trigger-fresh5'
    | 'indirect-fresh'
    | 'extract-fresh'
    | 'extract2-fresh'
    | 'short-fresh'
    | 'jitw2-fresh'
    | 'deepstyle-fresh'
    | 'de-fresh'
    | 'deepset3-fresh'
    | 'deepset4-fresh'
    | 'deepset5-fresh'
    | 'technical-fresh'
    | 'darkfic-fresh'
    | 'mention2-fresh'
    | 'jitw-halves'
    | 'deepset-halves'
    | 'pii'
    | 'harmful'
    | 'harmful-categories'
    | 'leak'
  )[];
}

export interface GuardEvalResult {
  rows: EvalRow[];
  injectionModel: string;
  injectionThreshold: number;
  seconds: number;
}

/** Runs the evaluation; throws when the shared data folder is missing. */
export function runGuardEval(o: GuardEvalOptions = {}): GuardEvalResult {
  const dataDir = guardrailsDataDir(o.dataDir);
  if (!dataDir) throw new Error('guardrails data not found (set LINTEL_SHARED_DATA or place it at ../shared/data)');
  const tasks = new Set(o.tasks ?? ['injection', 'pii', 'harmful', 'leak']);
  const t0 = performance.now();
  const rows: EvalRow[] = [];
  let injectionModel = '';
  let injectionThreshold = Number.NaN;
  if (tasks.has('injection')) {
    const r = evalInjection({ dataDir, sample: o.sample });
    rows.push(...r.rows);
    injectionModel = r.model;
    injectionThreshold = r.threshold;
  }
  if (tasks.has('injection-fresh')) rows.push(...evalInjectionFresh(o.sample));
  if (tasks.has('injection-heldout')) rows.push(...evalInjectionHeldout(o.sample));
  if (tasks.has('persona-fresh')) rows.push(...evalPersonaFresh(o.sample));
  if (tasks.has('actas-fresh')) rows.push(...evalActasFresh(o.sample));
  if (tasks.has('actas2-fresh')) rows.push(...evalActas2Fresh(o.sample));
  if (tasks.has('roleplay-fresh')) rows.push(...evalRoleplayFresh(o.sample));
  if (tasks.has('roleplay2-fresh')) rows.push(...evalRoleplay2Fresh(o.sample));
  if (tasks.has('roleplay3-fresh')) rows.push(...evalRoleplay3Fresh(o.sample));
  if (tasks.has('roleplay4-fresh')) rows.push(...evalRoleplay4Fresh(o.sample));
  if (tasks.has('jailbreak-fresh')) rows.push(...evalJailbreakFresh(o.sample));
  if (tasks.has('obfuscated-fresh')) rows.push(...evalObfuscatedFresh(o.sample));
  if (tasks.has('jbb-fresh')) rows.push(...evalJbbFresh(o.sample));
  if (tasks.has('wild-fresh')) rows.push(...evalWildFresh(o.sample));
  if (tasks.has('technique-fresh')) rows.push(...evalTechniqueFresh(o.sample));
  if (tasks.has('xstest-fresh')) rows.push(...evalXstestFresh(o.sample));
  if (tasks.has('realusers-fresh')) rows.push(...evalRealusersFresh(o.sample));
  if (tasks.has('cards-fresh')) rows.push(...evalCardsFresh(o.sample));
  if (tasks.has('cards2-fresh')) rows.push(...evalCards2Fresh(o.sample));
  if (tasks.has('cards3-fresh')) rows.push(...evalCards3Fresh(o.sample));
  if (tasks.has('harm-goals-fresh')) rows.push(...evalHarmGoalsFresh(o.sample));
  if (tasks.has('sensitive-fresh')) rows.push(...evalSensitiveFresh(o.sample));
  if (tasks.has('forbidden-fresh')) rows.push(...evalForbiddenFresh(o.sample));
  if (tasks.has('forbid2-fresh')) rows.push(...evalForbid2Fresh(o.sample));
  if (tasks.has('pair-fresh')) rows.push(...evalPairFresh(o.sample));
  if (tasks.has('pair2-fresh')) rows.push(...evalPair2Fresh(o.sample));
  if (tasks.has('sorry-fresh')) rows.push(...evalSorryFresh(o.sample));
  if (tasks.has('mali-fresh')) rows.push(...evalMaliFresh(o.sample));
  if (tasks.has('blind5-fresh')) rows.push(...evalBlind5Fresh(o.sample));
  if (tasks.has('blind6-fresh')) rows.push(...evalBlind6Fresh(o.sample));
  if (tasks.has('hijack-fresh')) rows.push(...evalHijackFresh(o.sample));
  if (tasks.has('daily-fresh')) rows.push(...evalDailyFresh(o.sample));
  if (tasks.has('legit6-fresh')) rows.push(...evalLegit6Fresh(o.sample));
  if (tasks.has('legit-twins-fresh')) rows.push(...evalLegitTwinsFresh(o.sample));
  if (tasks.has('nearfp-fresh')) rows.push(...evalNearfpFresh(o.sample));
  if (tasks.has('harmml-fresh')) rows.push(...evalHarmmlFresh(o.sample));
  if (tasks.has('harmbench-fresh')) rows.push(...evalHarmbenchFresh(o.sample));
  if (tasks.has('jbbben-fresh')) rows.push(...evalJbbbenFresh(o.sample));
  if (tasks.has('intlfp-fresh')) rows.push(...evalIntlfpFresh(o.sample));
  if (tasks.has('gloss2-fresh')) rows.push(...evalGloss2Fresh(o.sample));
  if (tasks.has('trigger-fresh2')) rows.push(...evalTriggerFresh2(o.sample));
  if (tasks.has('trigger-fresh4')) rows.push(...evalTriggerFresh4(o.sample));
  if (tasks.has('trigger-fresh5')) rows.push(...evalTriggerFresh5(o.sample));
  if (tasks.has('indirect-fresh')) rows.push(...evalIndirectFresh(o.sample));
  if (tasks.has('extract-fresh')) rows.push(...evalExtractFresh(o.sample));
  if (tasks.has('extract2-fresh')) rows.push(...evalExtract2Fresh(o.sample));
  if (tasks.has('gandalf-fresh')) rows.push(...evalGandalfFresh(o.sample));
  if (tasks.has('short-fresh')) rows.push(...evalShortFresh(o.sample));
  if (tasks.has('jitw2-fresh')) rows.push(...evalJitw2Fresh(o.sample));
  if (tasks.has('deepstyle-fresh')) rows.push(...evalDeepstyleFresh(o.sample));
  if (tasks.has('de-fresh')) rows.push(...evalDeFresh(o.sample));
  if (tasks.has('deepset3-fresh')) rows.push(...evalDeepset3Fresh(o.sample));
  if (tasks.has('deepset4-fresh')) rows.push(...evalDeepset4Fresh(o.sample));
  if (tasks.has('deepset5-fresh')) rows.push(...evalDeepset5Fresh(o.sample));
  if (tasks.has('technical-fresh')) rows.push(...evalTechnicalFresh(o.sample));
  if (tasks.has('darkfic-fresh')) rows.push(...evalDarkficFresh(o.sample));
  if (tasks.has('mention2-fresh')) rows.push(...evalMention2Fresh(o.sample));
  if (tasks.has('jitw-halves')) rows.push(...evalJitwHalves({ dataDir, sample: o.sample }));
  if (tasks.has('deepset-halves')) rows.push(...evalDeepsetHalves({ dataDir, sample: o.sample }));
  if (tasks.has('pii')) rows.push(...evalPii({ dataDir, sample: o.sample }));
  if (tasks.has('harmful')) rows.push(...evalHarmful({ dataDir, sample: o.sample }));
  if (tasks.has('harmful-categories')) rows.push(...evalHarmfulCategories());
  if (tasks.has('leak')) rows.push(...evalLeak({ dataDir, sample: o.sample }));
  return { rows, injectionModel, injectionThreshold, seconds: (performance.now() - t0) / 1000 };
}
