// Writes SSE frames on schedule: everything in one write when unpaced; otherwise frames are due at
// ttft + k / tokensPerSecond from the first chunk, and each timer flushes every frame already due, so
// pacing stays accurate even above the timer resolution.

import type { Exchange } from './exchange.ts';
import type { Frame } from './plan.ts';

export interface Pace {
  ttftMs: number;
  tokensPerSecond: number;
}

/** `reset` closes the socket after the last frame instead of ending the response (reset-mid-stream). */
export type StreamEnd = 'end' | 'reset';

export function playFrames(ex: Exchange, frames: Frame[], pace: Pace, end: StreamEnd): void {
  const ttft = pace.ttftMs > 0 ? pace.ttftMs : 0;
  const interval = pace.tokensPerSecond > 0 ? 1000 / pace.tokensPerSecond : 0;
  if (ttft === 0 && interval === 0) {
    let all = '';
    for (const f of frames) all += f.data;
    write(ex, all, true, end);
    return;
  }
  const due = new Float64Array(frames.length);
  let ticks = 0;
  let t = 0;
  for (let i = 0; i < frames.length; i++) {
    if (frames[i].tick) t = ttft + interval * ticks++;
    due[i] = t;
  }
  const start = performance.now();
  let next = 0;
  const pump = (): void => {
    const elapsed = performance.now() - start;
    let out = '';
    // Half a millisecond of slack: timers fire late, never early by more than rounding.
    while (next < frames.length && due[next] <= elapsed + 0.5) out += frames[next++].data;
    const last = next === frames.length;
    if (out || last) write(ex, out, last, end);
    if (!last) ex.after(due[next] - elapsed, pump);
  };
  pump();
}

function write(ex: Exchange, data: string, last: boolean, end: StreamEnd): void {
  if (ex.closed) return;
  if (!last) ex.res.write(data);
  else if (end === 'end') ex.res.end(data);
  else ex.res.write(data, () => ex.destroy(false));
}
