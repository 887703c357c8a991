// Renders the Helm chart in deploy/helm/lintel without Helm, for tests and for teams that apply plain manifests.
// It understands the subset of Go templates the chart uses — and the chart uses only this subset:
//   {{ .Values.a.b }}  {{ .Release.Name }}  {{ X | indent N }}  {{ toYaml X | indent N }}
//   {{- if X }} … {{- end }}  {{- if not X }} … {{- end }}
// Anything else is an error, so a template edit outside the subset fails the test instead of rendering wrong.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments, stringify } from 'yaml';

export interface RenderOptions {
  releaseName?: string;
  /** Values merged over values.yaml (deep). */
  values?: Record<string, unknown>;
}

type Scope = { Values: Record<string, unknown>; Release: { Name: string } };

function lookup(scope: Scope, path: string): unknown {
  if (!path.startsWith('.')) throw new Error(`unsupported template term: ${path}`);
  let v: unknown = scope;
  for (const part of path.slice(1).split('.')) {
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  }
  return v;
}

function evaluate(expr: string, scope: Scope): unknown {
  const [head, ...pipes] = expr.split('|').map((s) => s.trim());
  const words = (head ?? '').split(/\s+/);
  let v: unknown;
  if (words[0] === 'toYaml' && words.length === 2) v = stringify(lookup(scope, words[1] as string)).trimEnd();
  else if (words[0] === 'not' && words.length === 2) v = !truthy(lookup(scope, words[1] as string));
  else if (words.length === 1) v = lookup(scope, words[0] as string);
  else throw new Error(`unsupported template expression: ${expr}`);
  for (const p of pipes) {
    const m = /^indent (\d+)$/.exec(p);
    if (!m) throw new Error(`unsupported template function: ${p}`);
    const pad = ' '.repeat(Number(m[1]));
    v = String(v)
      .trimEnd()
      .split('\n')
      .map((l) => pad + l)
      .join('\n');
  }
  return v;
}

function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (v && typeof v === 'object') return Object.keys(v).length > 0;
  return Boolean(v);
}

export function renderTemplate(text: string, scope: Scope): string {
  // Split into text and actions; "{{-" trims the whitespace before an action, "-}}" the whitespace after it.
  const parts: ({ text: string } | { action: string; trimLeft: boolean; trimRight: boolean })[] = [];
  const re = /\{\{(-?)\s*(.*?)\s*(-?)\}\}/gs;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    parts.push({ text: text.slice(last, m.index) });
    parts.push({ action: m[2] as string, trimLeft: m[1] === '-', trimRight: m[3] === '-' });
    last = m.index + m[0].length;
  }
  parts.push({ text: text.slice(last) });
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as { action?: string; trimLeft?: boolean; trimRight?: boolean };
    if (p.action === undefined) continue;
    const before = parts[i - 1] as { text: string } | undefined;
    const after = parts[i + 1] as { text: string } | undefined;
    if (p.trimLeft && before) before.text = before.text.replace(/\s+$/, '');
    if (p.trimRight && after) after.text = after.text.replace(/^\s+/, '');
  }
  const out: string[] = [];
  const stack: boolean[] = [];
  const active = () => stack.every(Boolean);
  for (const p of parts) {
    if ('text' in p) {
      if (active()) out.push(p.text);
      continue;
    }
    if (p.action.startsWith('if ')) stack.push(truthy(evaluate(p.action.slice(3), scope)));
    else if (p.action === 'end') {
      if (stack.pop() === undefined) throw new Error('{{ end }} without {{ if }}');
    } else if (active()) {
      const v = evaluate(p.action, scope);
      out.push(v === undefined || v === null ? '' : String(v));
    }
  }
  if (stack.length > 0) throw new Error('{{ if }} without {{ end }}');
  return out.join('');
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b)
        ? merge(b as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

/** Renders every template; returns the Kubernetes objects (empty documents dropped). */
export function renderChart(chartDir: string, opts: RenderOptions = {}): Record<string, unknown>[] {
  const values = merge(parse(readFileSync(join(chartDir, 'values.yaml'), 'utf8')) ?? {}, opts.values ?? {});
  const scope: Scope = { Values: values, Release: { Name: opts.releaseName ?? 'lintel' } };
  const objects: Record<string, unknown>[] = [];
  for (const file of readdirSync(join(chartDir, 'templates')).sort()) {
    if (!file.endsWith('.yaml')) continue;
    const text = renderTemplate(readFileSync(join(chartDir, 'templates', file), 'utf8'), scope);
    for (const doc of parseAllDocuments(text)) {
      if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]?.message}`);
      const obj = doc.toJS();
      if (obj) objects.push(obj as Record<string, unknown>);
    }
  }
  return objects;
}
