// The alert state machine as a pure function (previous state, condition, now) → next state and the
// transition to act on. "No data" keeps the state as it is: a gap in traffic neither fires nor resolves.
export type AlertState = 'inactive' | 'pending' | 'firing' | 'resolved';

export interface AlertStatus {
  state: AlertState;
  pendingSince: number | null;
  firedAt: number | null;
  resolvedAt: number | null;
}

export type Condition = 'active' | 'ok' | 'no_data';

export interface Step {
  next: AlertStatus;
  /** Set when the state changed (an audit event; notifications for firing/resolved). */
  transition: { from: AlertState; to: AlertState } | null;
}

export const INITIAL: AlertStatus = { state: 'inactive', pendingSince: null, firedAt: null, resolvedAt: null };

export function step(prev: AlertStatus, cond: Condition, now: number, forMs: number): Step {
  const move = (next: AlertStatus): Step => ({
    next,
    transition: next.state === prev.state ? null : { from: prev.state, to: next.state },
  });
  if (cond === 'no_data') return { next: prev, transition: null };
  if (cond === 'active') {
    if (prev.state === 'firing') return { next: prev, transition: null };
    const since = prev.state === 'pending' && prev.pendingSince !== null ? prev.pendingSince : now;
    if (now - since >= forMs) return move({ state: 'firing', pendingSince: since, firedAt: now, resolvedAt: null });
    return move({ state: 'pending', pendingSince: since, firedAt: null, resolvedAt: null });
  }
  if (prev.state === 'firing') return move({ ...prev, state: 'resolved', resolvedAt: now });
  if (prev.state === 'pending') return move({ state: 'inactive', pendingSince: null, firedAt: null, resolvedAt: null });
  return { next: prev, transition: null };
}
