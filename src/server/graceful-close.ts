// Closing idle keep-alive connections without cutting the tail of an answer.
//
// Node's server.close() (and Fastify's forceCloseConnections: 'idle') destroy every connection whose parser is
// between requests unless its response is still unfinished — but "finished" means end() was called, not that the
// bytes left the process. A stream that ends just as a draining node closes loses its last bytes: the client sees
// the connection cut ("terminated") while the node recorded a success. Here a connection is only destroyed when
// no response is attached to it at all; one still flushing is left alone (it closes itself on Connection: close,
// or turns idle for the next sweep).
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

type HttpSocket = Socket & { _httpMessage?: unknown };
interface ConnectionList {
  idle(): Array<{ socket: HttpSocket }>;
}

function connectionsOf(server: Server): ConnectionList | undefined {
  const key = Object.getOwnPropertySymbols(server).find((s) => s.description === 'http.server.connections');
  const list = key ? (server as unknown as Record<symbol, unknown>)[key] : undefined;
  return list && typeof (list as ConnectionList).idle === 'function' ? (list as ConnectionList) : undefined;
}

/** Replaces server.closeIdleConnections with a version that never destroys a connection still sending. */
export function closeIdleGently(server: Server): void {
  const original = server.closeIdleConnections.bind(server);
  server.closeIdleConnections = function closeIdleConnections(): void {
    const list = connectionsOf(server);
    if (!list) {
      original(); // an internal layout this Node does not have: fall back to Node's behaviour
      return;
    }
    for (const { socket } of list.idle()) {
      if (socket._httpMessage) continue;
      socket.destroy();
    }
  };
}

/** While the server closes, sweeps idle connections every `everyMs` (responses that finish flushing turn idle). */
export function sweepIdleWhileClosing(server: Server, everyMs = 100): () => void {
  const timer = setInterval(() => server.closeIdleConnections(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
