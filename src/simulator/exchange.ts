// One request/response pair: owns its single pending timer, so a client that goes away never leaves
// a paced stream or a delayed answer running.

import type { IncomingMessage, ServerResponse } from 'node:http';

let armed = 0;

/** Timers currently pending across all exchanges in this process: lets tests prove nothing leaks. */
export function pendingTimers(): number {
  return armed;
}

export class Exchange {
  /** The response closed (finished, aborted by the client, or destroyed by a fault). */
  closed = false;
  /** The simulator destroyed the socket on purpose (a fault), so the close is not a client abort. */
  intentional = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
  ) {}

  /** Runs fn after ms unless the connection closes first; synchronously when ms <= 0. */
  after(ms: number, fn: () => void): void {
    if (this.closed) return;
    if (!(ms > 0)) {
      fn();
      return;
    }
    armed++;
    this.timer = setTimeout(() => {
      armed--;
      this.timer = undefined;
      if (!this.closed) fn();
    }, ms);
  }

  onClosed(): void {
    this.closed = true;
    if (this.timer) {
      clearTimeout(this.timer);
      armed--;
    }
    this.timer = undefined;
  }

  /** `rst` sends a TCP reset (client sees ECONNRESET); otherwise the socket is just closed early. */
  destroy(rst: boolean): void {
    this.intentional = true;
    const socket = this.req.socket;
    if (rst && typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
    else socket.destroy();
  }
}
