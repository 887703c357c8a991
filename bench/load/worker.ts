// The load process: receives one job at a time over IPC, warms up, waits for "go" (the parent reads
// Lintel's CPU counters in between), runs the measured window and answers with the numbers.
import { runAutocannon } from './autocannon-run.ts';
import { runStreamClient, streamPool } from './stream-client.ts';
import type { FromWorker, LoadJob, LoadResult, ToWorker } from './types.ts';

function send(msg: FromWorker): void {
  process.send?.(msg);
}

let waitGo: (() => void) | null = null;

async function runJob(job: LoadJob): Promise<LoadResult> {
  const go = new Promise<void>((resolve) => {
    waitGo = resolve;
  });
  if (job.shape === 'json') {
    if (job.warmupS > 0) await runAutocannon(job, job.warmupS);
    send({ type: 'warm' });
    await go;
    return runAutocannon(job, job.durationS);
  }
  const pool = streamPool(job);
  try {
    if (job.warmupS > 0) await runStreamClient(job, job.warmupS, pool);
    send({ type: 'warm' });
    await go;
    return await runStreamClient(job, job.durationS, pool);
  } finally {
    await pool.destroy();
  }
}

process.on('message', (msg: ToWorker) => {
  if (msg.type === 'go') {
    waitGo?.();
    waitGo = null;
  } else if (msg.type === 'exit') {
    process.disconnect();
  } else if (msg.type === 'job') {
    runJob(msg.job).then(
      (result) => send({ type: 'result', result }),
      (err: Error) => send({ type: 'error', message: err.stack ?? err.message }),
    );
  }
});
