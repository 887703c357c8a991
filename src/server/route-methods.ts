// Which methods a path is routed for, so a known path called with another method answers 405 (with `Allow`)
// instead of 404: the caller's URL is right, its method is not.
import type { FastifyInstance } from 'fastify';

interface Pattern {
  re: RegExp;
  methods: Set<string>;
}

/** `/admin/keys/:id` → /^\/admin\/keys\/[^/]+$/, `/v1/models/*` → /^\/v1\/models\/.*$/ (Fastify's own syntax). */
function patternOf(url: string): RegExp {
  const parts = url.split(/(:[A-Za-z0-9_]+|\*)/).map((part) => {
    if (part === '*') return '.*';
    if (part.startsWith(':')) return '[^/]+';
    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${parts.join('')}$`);
}

/** Records every route registered from now on; `allowed(path)` lists the methods routed for a concrete path. */
export function trackRouteMethods(app: FastifyInstance): (path: string) => string[] {
  const patterns = new Map<string, Pattern>();
  app.addHook('onRoute', (route) => {
    const p = patterns.get(route.url) ?? { re: patternOf(route.url), methods: new Set<string>() };
    patterns.set(route.url, p);
    for (const m of [route.method].flat()) p.methods.add(m);
  });
  return (path) => {
    const methods = new Set<string>();
    for (const p of patterns.values()) if (p.re.test(path)) for (const m of p.methods) methods.add(m);
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort();
  };
}
