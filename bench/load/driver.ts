// Parent side of the load process: one long-lived child (so it stays warm) that runs jobs in turn.
// `between` runs after the warm-up and before the measured window, to read counters at its start.
import { type ChildProcess, fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../processes.ts';
import { type FromWorker, type LoadJob, type LoadResult, reviveLoadResult, type ToWorker } from './types.ts';

const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'worker.ts');

export class LoadDriver {
  private readonly child: ChildProcess;
  private exited = false;

  constructor() {
    this.child = fork(WORKER, [], {
      cwd: REPO_ROOT,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.once('exit', () => {
      this.exited = true;
    });
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  run(job: LoadJob, between: () => void = () => {}): Promise<LoadResult> {
    if (this.exited) return Promise.reject(new Error('the load process has exited'));
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => {
        cleanup();
        reject(new Error(`the load process exited (code ${code}) during a job`));
      };
      const onMessage = (msg: FromWorker) => {
        if (msg.type === 'warm') {
          try {
            between();
          } finally {
            this.post({ type: 'go' });
          }
          return;
        }
        cleanup();
        if (msg.type === 'result') resolve(reviveLoadResult(msg.result));
        else reject(new Error(`load process: ${msg.message}`));
      };
      const cleanup = () => {
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
      };
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.post({ type: 'job', job });
    });
  }

  async close(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.post({ type: 'exit' });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await gone;
    clearTimeout(timer);
  }

  private post(msg: ToWorker): void {
    this.child.send(msg);
  }
}
