// Many silent upstreams in one process, for the idle-stream run: K instances of Lintel's simulator
// (one origin each) that send a stream's first event and then nothing for `ttftMs`.
import { type Simulator, startSimulator } from '../../src/simulator/index.ts';

export type SilentToChild = { type: 'start'; count: number; ttftMs: number } | { type: 'close' };
export type SilentFromChild = { type: 'started'; urls: string[] } | { type: 'closed' };

const sims: Simulator[] = [];

process.on('message', async (msg: SilentToChild) => {
  if (msg.type === 'start') {
    for (let i = 0; i < msg.count; i++) {
      sims.push(await startSimulator({ port: 0, quiet: true, keepRequests: 0, behavior: { ttftMs: msg.ttftMs } }));
    }
    process.send?.({ type: 'started', urls: sims.map((s) => s.url) } satisfies SilentFromChild);
  } else if (msg.type === 'close') {
    await Promise.all(sims.splice(0).map((s) => s.close()));
    process.send?.({ type: 'closed' } satisfies SilentFromChild);
    process.disconnect();
  }
});
