// A local OpenAI-compatible judge for the online-evaluation tests: it rates the answer after "Answer to
// grade:" (the evaluation judge scorer's prompt) 5 when it has 30+ words and 1 otherwise. Also: waiting until
// the online-evaluation jobs queued so far are done.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ONLINE_EVAL_QUEUE } from '../online-eval/runner.ts';
import type { MonitoringNode } from './node.ts';

export interface Judge {
  url: string;
  calls(): number;
  close(): Promise<void>;
}

export async function startJudge(): Promise<Judge> {
  let calls = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      calls++;
      const prompt = JSON.parse(body).messages.at(-1).content as string;
      const answer = prompt.split('Answer to grade:\n')[1] ?? '';
      const score = answer.split(/\s+/).filter(Boolean).length >= 30 ? 5 : 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: 'judge-1',
          object: 'chat.completion',
          created: 0,
          model: 'judge-model',
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: JSON.stringify({ score, reason: `${score}/5` }) },
              finish_reason: 'stop',
            },
          ],
          usage: { prompt_tokens: 50, completion_tokens: 10, total_tokens: 60 },
        }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls: () => calls,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** The provider block and judge route to add to a test config (`providers:` entries, then a route). */
export const judgeProvider = (url: string) => `  judge:\n    kind: openai-compatible\n    base_url: ${url}/v1\n`;
export const judgeRoute = '  - model: judge-route\n    targets: [{ provider: judge, model: judge-model }]\n';

/** An online evaluation judging every answer of `route`, and a monitor on its mean score per arm. */
export function armJudgeDefinitions(route: string, forMinutes = 0) {
  return {
    onlineEval: {
      route,
      sampling_rate: 1,
      max_judge_calls_per_hour: 10_000,
      scorers: [
        { type: 'judge', name: 'helpfulness', judge_route: 'judge-route', criteria: 'Complete, detailed answers.' },
      ],
    },
    monitor: {
      kind: 'signal',
      metric: 'score.helpfulness.mean',
      op: '<',
      threshold: 0.6,
      window_minutes: 3,
      min_requests: 10,
      for_minutes: forMinutes,
      group_by: ['arm'],
      filter: { route },
    },
  };
}

export async function onlineEvalsDone(n: MonitoringNode): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    const queued = await n.svc.ctx.jobs.list({ queue: ONLINE_EVAL_QUEUE, state: 'queued', limit: 1 });
    const active = await n.svc.ctx.jobs.list({ queue: ONLINE_EVAL_QUEUE, state: 'active', limit: 1 });
    if (queued.length === 0 && active.length === 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('online evaluation jobs did not finish');
}
