// Read and act on monitoring: signals for any window and dimension, ad-hoc drift reports, one monitor's
// status now, stored references, an evaluation pass, alerts with their notification log, SLO status and
// the Prometheus rules export.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { op } from '../../access/admin/openapi-ops.ts';
import { registerOpenApiPath } from '../../access/openapi.ts';
import { LintelError } from '../../errors/lintel-error.ts';
import type { AreaContext } from '../../server/areas.ts';
import { sendAdminError } from '../../server/admin-errors.ts';
import { driftInstances, signalInstances, sloEvents, sloInstances } from '../alerts/instances.ts';
import { prometheusRules } from '../alerts/prometheus-rules.ts';
import { MINUTE_MS, minuteOf } from '../clock.ts';
import { filterSchema, type MonitorSpec, type SloSpec } from '../definitions.ts';
import { ALL_FEATURES, datasetDrift, detectDrift } from '../drift/detect.ts';
import { aggregateFromJson, aggregateToJson, type AggregateJson, newAggregate } from '../signals/aggregate.ts';
import { signalSummary } from '../signals/metrics.ts';
import { aggregateOfSamples, referenceSampleSchema } from '../signals/samples.ts';
import { budgetRemaining } from '../slo/burn-rate.ts';
import { COMPACT_QUEUE, type MonitoringService } from '../service.ts';
import { GROUP_SEP, type GroupBy, groupText, readMerged } from '../store/rollups.ts';
import { recentTicks } from '../store/ticks.ts';
import { globalActor, intParam, parseBody, queryOf } from './http.ts';
import { MAX_SERIES_POINTS, seriesOf } from './series.ts';

const DIMS: GroupBy[] = ['route', 'model', 'arm', 'tenant'];
const rangeSchema = z.object({ from: z.number().int(), to: z.number().int() }).strict();
const driftRequestSchema = z
  .object({
    filter: filterSchema.default({}),
    current: rangeSchema,
    reference: z.union([rangeSchema, z.object({ dataset: z.string().min(1) }).strict()]),
    features: z.array(z.enum(ALL_FEATURES as [string, ...string[]])).optional(),
    method: z.enum(['ks', 'wasserstein', 'psi', 'chi_square', 'jensen_shannon']).optional(),
  })
  .strict();
const referenceSchema = z.union([
  z.object({ from: z.number().int(), to: z.number().int(), filter: filterSchema.default({}) }).strict(),
  z.object({ samples: z.array(referenceSampleSchema).min(1).max(100_000) }).strict(),
]);

export function queryRoutes(ctx: AreaContext, svc: MonitoringService) {
  registerQueryOpenApi();
  const db = ctx.database;
  return (app: FastifyInstance) => {
    app.get('/admin/monitors', async (req, reply) => {
      try {
        await globalActor(ctx, req, 'read_config');
        const alerts = await svc.alerts.all();
        const monitors = await svc.defs.list<MonitorSpec>('monitor');
        return {
          data: monitors.map((m) => ({
            name: m.name,
            spec: m.spec,
            alerts: alerts
              .filter((a) => a.rule === m.name)
              .map((a) => ({
                fingerprint: a.fingerprint,
                state: a.state,
                labels: a.labels,
                value: a.value,
                summary: a.summary,
              })),
          })),
        };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
    app.get('/admin/monitors/signals', async (req, reply) => {
      try {
        await globalActor(ctx, req, 'read_config');
        const q = queryOf(req);
        const to = q.to === undefined ? minuteOf(svc.clock.now()) + MINUTE_MS : Number(q.to);
        const from = q.from === undefined ? to - intParam(q, 'minutes', 60, 1, 43_200) * MINUTE_MS : Number(q.from);
        if (!Number.isFinite(from) || !Number.isFinite(to) || from >= to) {
          throw new LintelError('invalid_request', 'from must be before to (epoch ms).', { param: 'from' });
        }
        const groupBy = (q.group_by ?? '').split(',').filter(Boolean) as GroupBy[];
        const bad = groupBy.find((g) => !DIMS.includes(g));
        if (bad) throw new LintelError('invalid_request', `group_by takes ${DIMS.join(', ')}.`, { param: 'group_by' });
        await svc.flush();
        const filter = { route: q.route, model: q.model, arm: q.arm, tenant: q.tenant };
        const groups = await readMerged(db, { from: minuteOf(from), to, filter, groupBy });
        const step = q.step_minutes === undefined ? null : intParam(q, 'step_minutes', 1, 1, 1440) * MINUTE_MS;
        if (step !== null && (to - minuteOf(from)) / step > MAX_SERIES_POINTS) {
          throw new LintelError('invalid_request', `step_minutes gives more than ${MAX_SERIES_POINTS} points.`, {
            param: 'step_minutes',
          });
        }
        return {
          from: minuteOf(from),
          to,
          group_by: groupBy,
          data: [...groups].map(([key, agg]) => ({
            group: groupText(key),
            dimensions: Object.fromEntries(groupBy.map((g, i) => [g, key.split(GROUP_SEP)[i]])),
            signals: signalSummary(agg),
          })),
          ...(step === null ? {} : { step_ms: step, series: await seriesOf(db, minuteOf(from), to, step, filter) }),
        };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
    app.post('/admin/monitors/drift', async (req, reply) => {
      try {
        await globalActor(ctx, req, 'read_config');
        const body = parseBody(driftRequestSchema, req.body);
        await svc.flush();
        const cur =
          (await readMerged(db, { ...body.current, filter: body.filter, withText: true })).get('') ?? newAggregate();
        let ref = newAggregate();
        if ('dataset' in body.reference) {
          const stored = await svc.defs.get<AggregateJson>('reference', body.reference.dataset);
          if (!stored)
            throw new LintelError('not_found', 'No reference dataset with this name.', { param: 'reference.dataset' });
          ref = aggregateFromJson(stored.spec);
        } else {
          ref =
            (await readMerged(db, { ...body.reference, filter: body.filter, withText: true })).get('') ??
            newAggregate();
        }
        const results = (body.features ?? ALL_FEATURES).map((f) => detectDrift(f, ref, cur, { method: body.method }));
        return { dataset: datasetDrift(results), results };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
    app.put('/admin/monitors/references/:name', async (req, reply) => {
      try {
        await globalActor(ctx, req, 'operate');
        const name = (req.params as { name: string }).name;
        if (!/^[A-Za-z0-9_.:-]{1,80}$/.test(name))
          throw new LintelError('invalid_request', 'Invalid reference name.', { param: 'name' });
        const body = parseBody(referenceSchema, req.body);
        await svc.flush();
        const agg =
          'samples' in body
            ? aggregateOfSamples(body.samples)
            : ((
                await readMerged(db, { from: minuteOf(body.from), to: body.to, filter: body.filter, withText: true })
              ).get('') ?? newAggregate());
        await svc.defs.put('reference', name, aggregateToJson(agg), svc.clock.now());
        return { name, rows: agg.n, text_samples: agg.text.samples.length };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
    app.get('/admin/monitors/:name/status', async (req, reply) => {
      try {
        await globalActor(ctx, req, 'read_config');
        const d = await svc.defs.get<MonitorSpec>('monitor', (req.params as { name: string }).name);
        if (!d) throw new LintelError('not_found', 'No monitor with this name.');
        await svc.flush();
        const started = performance.now();
        const now = svc.clock.now();
        const instances =
          d.spec.kind === 'signal'
            ? await signalInstances(db, d.spec, now)
            : await driftInstances(db, svc.defs, d.spec, now);
        return { name: d.name, at: now, elapsed_ms: performance.now() - started, instances };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
    app.post('/admin/monitors/evaluate', async (req, reply) => {
      try {
        await globalActor(ctx, req, 'operate');
        return await svc.evaluate();
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
    app.post('/admin/monitors/compact', async (req, reply) => {
      try {
        await globalActor(ctx, req, 'operate');
        const job = await ctx.jobs.enqueue(COMPACT_QUEUE, {}, { singletonKey: 'compact' });
        return reply.code(202).send({
          job,
          compact_after_days: svc.compactAfterDays,
          retention_days: svc.retentionDays,
        });
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
    app.get('/admin/monitors/ticks', async (req, reply) => {
      try {
        await globalActor(ctx, req, 'read_config');
        return { data: await recentTicks(db, 50) };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
    app.get('/admin/monitors/prometheus-rules', async (req, reply) => {
      try {
        await globalActor(ctx, req, 'read_config');
        const yaml = prometheusRules(
          (await svc.defs.list<MonitorSpec>('monitor')).map((d) => d.spec),
          (await svc.defs.list<SloSpec>('slo')).map((d) => d.spec),
        );
        return reply.header('content-type', 'application/yaml; charset=utf-8').send(yaml);
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
    app.get('/admin/alerts', async (req, reply) => {
      try {
        await globalActor(ctx, req, 'read_config');
        const q = queryOf(req);
        const states = ['inactive', 'pending', 'firing', 'resolved'];
        if (q.state !== undefined && !states.includes(q.state)) {
          throw new LintelError('invalid_request', `state must be one of ${states.join(', ')}.`, { param: 'state' });
        }
        const all = await svc.alerts.all();
        return { data: all.filter((a) => q.state === undefined || a.state === q.state) };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
    app.get('/admin/alerts/:fingerprint', async (req, reply) => {
      try {
        await globalActor(ctx, req, 'read_config');
        const fp = (req.params as { fingerprint: string }).fingerprint;
        const a = await svc.alerts.get(fp);
        if (!a) throw new LintelError('not_found', 'No alert with this fingerprint.');
        return { ...a, notifications: await svc.alerts.notifications(fp) };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
    const sloStatus = async (s: SloSpec) => {
      const now = svc.clock.now();
      const to = minuteOf(now);
      const period =
        (await readMerged(db, { from: to - s.period_days * 1440 * MINUTE_MS, to, filter: s.filter })).get('') ??
        newAggregate();
      const ev = sloEvents(s, period);
      const burn = await sloInstances(db, s, now);
      return {
        name: s.name,
        spec: s,
        period: {
          days: s.period_days,
          good: ev.total - ev.bad,
          total: ev.total,
          sli: ev.total > 0 ? 1 - ev.bad / ev.total : null,
        },
        error_budget_remaining: budgetRemaining(ev.bad, ev.total, s.objective),
        burn: burn.map((b) => ({ severity: b.severity, firing: b.condition === 'active', ...b.details })),
      };
    };
    app.get('/admin/slos', async (req, reply) => {
      try {
        await globalActor(ctx, req, 'read_config');
        await svc.flush();
        const slos = await svc.defs.list<SloSpec>('slo');
        return { data: await Promise.all(slos.map((d) => sloStatus(d.spec))) };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
    app.get('/admin/slos/:name/status', async (req, reply) => {
      try {
        await globalActor(ctx, req, 'read_config');
        const d = await svc.defs.get<SloSpec>('slo', (req.params as { name: string }).name);
        if (!d) throw new LintelError('not_found', 'No SLO with this name.');
        await svc.flush();
        return await sloStatus(d.spec);
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
  };
}

let registered = false;
function registerQueryOpenApi(): void {
  if (registered) return;
  registered = true;
  const obj = { type: 'object' };
  const tags = ['monitoring'];
  const read = ['admin', 'operator', 'auditor'] as const;
  const write = ['admin', 'operator'] as const;
  const dimsQuery = ['route', 'model', 'arm', 'tenant'].map((name) => ({ name, description: `only this ${name}` }));
  registerOpenApiPath(
    '/admin/monitors',
    'get',
    op('Monitors with their alert states', { tags, roles: [...read], ok: { description: '{data}', schema: obj } }),
  );
  registerOpenApiPath(
    '/admin/monitors/signals',
    'get',
    op(
      'Signals (volume, errors, latency/TTFT quantiles, tokens, cost, finish reasons, refusals, scores) per window and dimension',
      {
        tags,
        roles: [...read],
        query: [
          { name: 'from', description: 'epoch ms (default: to − minutes)' },
          { name: 'to', description: 'epoch ms, exclusive (default: end of the current minute)' },
          { name: 'minutes', description: 'window length when from is absent (default 60)' },
          { name: 'group_by', description: 'comma-separated: route, model, arm, tenant' },
          { name: 'step_minutes', description: 'also return a time series (series: [{at, requests, …}]) per step' },
          ...dimsQuery,
        ],
        ok: { description: '{from, to, data: [{group, signals}], series?}', schema: obj },
      },
    ),
  );
  registerOpenApiPath(
    '/admin/monitors/drift',
    'post',
    op('Drift report between two periods (or a reference dataset) with statistics and top contributors', {
      tags,
      roles: [...read],
      body: driftRequestSchema,
      ok: { description: '{dataset, results}', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/monitors/references/:name',
    'put',
    op('Store a reference dataset from a period or from example answers', {
      tags,
      roles: [...write],
      params: ['name'],
      body: referenceSchema,
      ok: { description: '{name, rows}', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/monitors/:name/status',
    'get',
    op("One monitor's alert instances computed now (read-only)", {
      tags,
      roles: [...read],
      params: ['name'],
      ok: { description: '{instances, elapsed_ms}', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/monitors/evaluate',
    'post',
    op('Run an evaluation pass now (monitors, SLOs, alerts, notifications)', {
      tags,
      roles: [...write],
      ok: { description: 'evaluation report', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/monitors/compact',
    'post',
    op('Queue the rollup compaction and retention job now (it also runs hourly)', {
      tags,
      roles: [...write],
      ok: { description: '{job, compact_after_days, retention_days}', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/monitors/ticks',
    'get',
    op('The last 50 evaluation ticks: which node evaluated each, when, and its transitions', {
      tags,
      roles: [...read],
      ok: { description: '{data: [{tick, node, startedAt, finishedAt, transitions}]}', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/monitors/prometheus-rules',
    'get',
    op('Equivalent Prometheus alerting rules (YAML)', {
      tags,
      roles: [...read],
      ok: { description: 'rules file', schema: { type: 'string' } },
    }),
  );
  registerOpenApiPath(
    '/admin/alerts',
    'get',
    op('Alerts (pending, firing, resolved)', {
      tags,
      roles: [...read],
      query: [{ name: 'state', description: 'inactive | pending | firing | resolved' }],
      ok: { description: '{data}', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/alerts/:fingerprint',
    'get',
    op('One alert with its notification log', {
      tags,
      roles: [...read],
      params: ['fingerprint'],
      ok: { description: 'alert', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/slos',
    'get',
    op('SLOs with error budget and burn rates', { tags, roles: [...read], ok: { description: '{data}', schema: obj } }),
  );
  registerOpenApiPath(
    '/admin/slos/:name/status',
    'get',
    op('One SLO: error budget and burn rates', {
      tags,
      roles: [...read],
      params: ['name'],
      ok: { description: 'status', schema: obj },
    }),
  );
}
