// Starts a deployment on a registry route (`registry: MODEL@ALIAS` in lintel.yaml): the alias's version is the
// baseline, the chosen version the candidate. Canary / A/B send a share of traffic to the candidate; shadow copies
// a sample of requests to it after the client's answer; progressive steps through weights, each judged by the
// rollout analysis (the gate criteria below) before it advances. Fields that do not apply to the strategy are
// not sent (the API's schema is strict).
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api.ts';
import { ActionForm, compact, Field, list, optNum, SelectField, text } from '../../components/forms.tsx';
import { useInvalidate } from '../../invalidate.ts';
import { useParams } from '../../route.ts';
import type { Deployment, RoutesStatus } from '../../types.ts';
import { VersionSelect } from './registry.tsx';

const STRATEGIES = [
  ['canary', 'canary (a share of traffic)'],
  ['ab', 'A/B (a share of traffic)'],
  ['shadow', 'shadow (copies, no client sees them)'],
  ['progressive', 'progressive (steps with analysis)'],
] as const;
const pct = (v: number | undefined) => (v === undefined ? undefined : v / 100);

function readAnalysis(f: FormData) {
  const feedback = text(f, 'quality_feedback');
  return {
    ...compact({
      min_requests: optNum(f, 'min_requests'),
      max_error_rate_increase: pct(optNum(f, 'max_error_rate_increase')),
      max_p95_latency_ratio: optNum(f, 'max_p95_latency_ratio'),
      max_cost_ratio: optNum(f, 'max_cost_ratio'),
    }),
    ...(feedback
      ? {
          quality: compact({
            feedback,
            source: text(f, 'quality_source'),
            max_drop: optNum(f, 'quality_max_drop'),
            min_samples: optNum(f, 'quality_min_samples'),
          }),
        }
      : {}),
  };
}

/** The API body for the strategy chosen. */
function readDeployment(f: FormData): Record<string, unknown> {
  const strategy = String(f.get('strategy'));
  const body: Record<string, unknown> = {
    route: text(f, 'route'),
    candidate: Number(f.get('candidate')),
    strategy,
    sticky: String(f.get('sticky')),
    analysis: readAnalysis(f),
  };
  if (strategy === 'canary' || strategy === 'ab') body.weight = pct(optNum(f, 'weight'));
  if (strategy === 'shadow') {
    body.sample_rate = pct(optNum(f, 'sample_rate'));
    body.scorers = list(f, 'scorers').map((type) => ({ type }));
  }
  if (strategy === 'progressive') {
    body.steps = list(f, 'steps').map((s) => Number(s) / 100);
    const bake = optNum(f, 'bake_s');
    if (bake !== undefined) body.bake_ms = bake * 1000;
  }
  return compact(body);
}

function StrategyFields({ strategy }: { strategy: string }) {
  if (strategy === 'shadow') {
    return (
      <>
        <Field
          label="Shadow sample (% of requests)"
          name="sample_rate"
          type="number"
          min="0"
          max="100"
          step="any"
          defaultValue="100"
        />
        <Field label="Shadow scorers (comma-separated types, e.g. json_valid)" name="scorers" />
      </>
    );
  }
  if (strategy === 'progressive') {
    return (
      <>
        <Field label="Steps (% to the candidate, ending at 100)" name="steps" defaultValue="10, 50, 100" required />
        <Field label="Bake time per step (s)" name="bake_s" type="number" min="0" defaultValue="60" />
      </>
    );
  }
  return (
    <Field
      label="Traffic to the candidate (%)"
      name="weight"
      type="number"
      min="0"
      max="100"
      step="any"
      defaultValue="10"
      required
    />
  );
}

function GateFields() {
  return (
    <fieldset className="wide form-grid">
      <legend>Gate criteria (rollout analysis; empty = the API's defaults)</legend>
      <Field label="Minimum requests per arm" name="min_requests" type="number" min="1" placeholder="50" />
      <Field
        label="Max error-rate increase (percentage points)"
        name="max_error_rate_increase"
        type="number"
        min="0"
        max="100"
        step="any"
        placeholder="2"
      />
      <Field
        label="Max p95 latency ratio"
        name="max_p95_latency_ratio"
        type="number"
        min="0"
        step="any"
        placeholder="1.5"
      />
      <Field label="Max cost ratio" name="max_cost_ratio" type="number" min="0" step="any" placeholder="1.5" />
      <Field label="Quality: feedback name (optional)" name="quality_feedback" />
      <Field label="Quality: feedback source (empty = any)" name="quality_source" />
      <Field
        label="Quality: max drop of the mean"
        name="quality_max_drop"
        type="number"
        min="0"
        step="any"
        placeholder="0.05"
      />
      <Field
        label="Quality: minimum samples per arm"
        name="quality_min_samples"
        type="number"
        min="1"
        placeholder="20"
      />
    </fieldset>
  );
}

export function CreateDeployment({ model, versions, routes }: { model: string; versions: number[]; routes: string[] }) {
  const inv = useInvalidate();
  const [, set] = useParams();
  const [strategy, setStrategy] = useState('canary');
  const known = useQuery({ queryKey: ['routes'], queryFn: () => api<RoutesStatus>('/admin/console/routes') });
  const m = useMutation({
    mutationFn: (body: Record<string, unknown>) => api<Deployment>('/admin/deployments', { method: 'POST', body }),
    onSuccess: (d) => {
      inv('deployments', 'model');
      set({ dep: d.id });
    },
  });
  return (
    <ActionForm
      label="Start a deployment"
      title={`Start a deployment of ${model}`}
      submit="Start deployment"
      m={m}
      errorTitle="Deployment not started"
      onSubmit={(f) => m.mutate(readDeployment(f))}
    >
      <Field
        label="Route (a registry route of this model)"
        name="route"
        list="deployment-routes"
        defaultValue={routes[0] ?? model}
        required
      />
      <datalist id="deployment-routes">
        {(known.data?.data ?? []).map((r) => (
          <option key={r.model} value={r.model} />
        ))}
      </datalist>
      <SelectField
        label="Strategy"
        name="strategy"
        value={strategy}
        onChange={(e) => setStrategy(e.target.value)}
        options={STRATEGIES}
      />
      <VersionSelect versions={versions} name="candidate" label="Candidate version" />
      <StrategyFields strategy={strategy} />
      <SelectField
        label="Sticky arm"
        name="sticky"
        defaultValue="none"
        options={[
          ['none', 'none (each request drawn)'],
          ['key', 'same API key'],
          ['end_user', 'same end user'],
        ]}
      />
      <GateFields />
    </ActionForm>
  );
}
