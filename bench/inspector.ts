// Heap after a full GC of another Node process, through its inspector (`node --inspect=HOST:PORT`):
// HeapProfiler.collectGarbage, then Runtime.getHeapUsage. Lintel exposes nothing new for this.
import { WebSocket } from 'undici';

export interface HeapSample {
  atS: number;
  usedBytes: number;
  totalBytes: number;
  /** process.memoryUsage() of the inspected process right after the GC: where its RSS goes. */
  memory: MemoryBreakdown | null;
}

export interface MemoryBreakdown {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

interface Target {
  webSocketDebuggerUrl?: string;
}

export async function heapAfterGc(
  inspectPort: number,
  timeoutMs = 30_000,
): Promise<{ used: number; total: number; memory: MemoryBreakdown | null }> {
  const res = await fetch(`http://127.0.0.1:${inspectPort}/json/list`);
  const targets = (await res.json()) as Target[];
  const wsUrl = targets.find((t) => t.webSocketDebuggerUrl)?.webSocketDebuggerUrl;
  if (!wsUrl) throw new Error('the inspector lists no debuggable target');
  const ws = new WebSocket(wsUrl);
  const pending = new Map<number, { ok: (v: Record<string, unknown>) => void; fail: (e: Error) => void }>();
  let seq = 0;
  ws.addEventListener('message', (ev) => {
    const msg = JSON.parse(String(ev.data)) as { id?: number; result?: Record<string, unknown>; error?: unknown };
    const p = msg.id === undefined ? undefined : pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id!);
    if (msg.error) p.fail(new Error(`inspector: ${JSON.stringify(msg.error)}`));
    else p.ok(msg.result ?? {});
  });
  const call = (method: string, params?: Record<string, unknown>): Promise<Record<string, unknown>> =>
    new Promise((ok, fail) => {
      const id = ++seq;
      pending.set(id, { ok, fail });
      ws.send(JSON.stringify({ id, method, params }));
    });
  const timer = setTimeout(() => ws.close(), timeoutMs);
  try {
    await new Promise<void>((ok, fail) => {
      ws.addEventListener('open', () => ok(), { once: true });
      ws.addEventListener('error', () => fail(new Error('inspector WebSocket failed')), { once: true });
    });
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    const evaluated = await call('Runtime.evaluate', {
      expression: 'JSON.stringify(process.memoryUsage())',
      returnByValue: true,
    });
    const value = (evaluated.result as { value?: unknown } | undefined)?.value;
    const memory = typeof value === 'string' ? (JSON.parse(value) as MemoryBreakdown) : null;
    return { used: Number(usage.usedSize), total: Number(usage.totalSize), memory };
  } finally {
    clearTimeout(timer);
    ws.close();
  }
}
