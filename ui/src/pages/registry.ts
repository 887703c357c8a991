// The console's pages. Navigation, routing and role gating all read this list, so a later area (lifecycle,
// monitoring, retrieval) adds its page here: an id (the URL), a title, the capability it needs, a lazy module.
import { lazy } from 'react';
import type { Capability } from '../session.ts';

export interface PageDef {
  id: string;
  title: string;
  needs: Capability[];
  /** Node-wide areas (registry, monitors) refuse tenant-bound callers: hide the page from them. */
  globalOnly?: boolean;
  /** Nav group; later areas add their own. */
  group: 'Observe' | 'Manage' | 'Govern' | 'Build';
  component: React.LazyExoticComponent<() => React.ReactElement>;
  /** Starts loading the page's code (the lazy component reuses the same promise). */
  preload: () => Promise<unknown>;
}

type PageModule = Promise<{ default: () => React.ReactElement }>;

function page(def: Omit<PageDef, 'component' | 'preload'>, load: () => PageModule): PageDef {
  let pending: PageModule | null = null;
  const preload = () => {
    pending ??= load();
    return pending;
  };
  return { ...def, component: lazy(preload), preload };
}

export const PAGES: PageDef[] = [
  page({ id: 'overview', title: 'Overview', needs: ['read_logs'], group: 'Observe' }, () => import('./Overview.tsx')),
  page({ id: 'requests', title: 'Requests', needs: ['read_logs'], group: 'Observe' }, () => import('./Requests.tsx')),
  page({ id: 'cost', title: 'Cost & budgets', needs: ['read_logs'], group: 'Observe' }, () => import('./Cost.tsx')),
  page({ id: 'access', title: 'Access', needs: ['manage_keys'], group: 'Manage' }, () => import('./Access.tsx')),
  page(
    { id: 'routes', title: 'Routes & models', needs: ['read_config'], group: 'Manage' },
    () => import('./Routes.tsx'),
  ),
  page(
    { id: 'guardrails', title: 'Guardrails', needs: ['read_config'], group: 'Govern' },
    () => import('./Guardrails.tsx'),
  ),
  page({ id: 'audit', title: 'Audit', needs: ['audit'], group: 'Govern' }, () => import('./Audit.tsx')),
  page(
    { id: 'monitoring', title: 'Monitoring', needs: ['read_config'], group: 'Observe', globalOnly: true },
    () => import('./Monitoring.tsx'),
  ),
  page(
    { id: 'models', title: 'Models & lifecycle', needs: ['read_config'], group: 'Build', globalOnly: true },
    () => import('./Models.tsx'),
  ),
  page(
    { id: 'retrieval', title: 'Retrieval', needs: ['read_config'], group: 'Build' },
    () => import('./Retrieval.tsx'),
  ),
  page({ id: 'playground', title: 'Playground', needs: ['gateway'], group: 'Build' }, () => import('./Playground.tsx')),
];
