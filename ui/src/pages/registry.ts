// The console's pages. Navigation, routing and role gating all read this list, so a later area (lifecycle,
// monitoring, retrieval) adds its page here: an id (the URL), a title, the capability it needs, a lazy module.
import { lazy } from 'react';
import type { Capability } from '../session.ts';

export interface PageDef {
  id: string;
  title: string;
  needs: Capability[];
  /** Nav group; later areas add their own. */
  group: 'Observe' | 'Manage' | 'Govern' | 'Build';
  component: React.LazyExoticComponent<() => React.ReactElement>;
}

export const PAGES: PageDef[] = [
  {
    id: 'overview',
    title: 'Overview',
    needs: ['read_logs'],
    group: 'Observe',
    component: lazy(() => import('./Overview.tsx')),
  },
  {
    id: 'requests',
    title: 'Requests',
    needs: ['read_logs'],
    group: 'Observe',
    component: lazy(() => import('./Requests.tsx')),
  },
  {
    id: 'cost',
    title: 'Cost & budgets',
    needs: ['read_logs'],
    group: 'Observe',
    component: lazy(() => import('./Cost.tsx')),
  },
  {
    id: 'access',
    title: 'Access',
    needs: ['manage_keys'],
    group: 'Manage',
    component: lazy(() => import('./Access.tsx')),
  },
  {
    id: 'routes',
    title: 'Routes & models',
    needs: ['read_config'],
    group: 'Manage',
    component: lazy(() => import('./Routes.tsx')),
  },
  {
    id: 'guardrails',
    title: 'Guardrails',
    needs: ['read_config'],
    group: 'Govern',
    component: lazy(() => import('./Guardrails.tsx')),
  },
  { id: 'audit', title: 'Audit', needs: ['audit'], group: 'Govern', component: lazy(() => import('./Audit.tsx')) },
  {
    id: 'playground',
    title: 'Playground',
    needs: ['gateway'],
    group: 'Build',
    component: lazy(() => import('./Playground.tsx')),
  },
];
