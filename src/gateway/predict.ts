// POST /v1/predict (model in the body, OpenAI style) and POST /v1/predict/{model}: models Lintel serves itself (the
// registry's ONNX versions) through the same gateway path as every other call — the key is authenticated, the
// access layer admits it (model allow-list, rate limits, concurrency), and the call is recorded, counted in the
// metrics and answered with OpenAI-format errors.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { validateWith } from '../api/openai/validation.ts';
import { LintelError } from '../errors/lintel-error.ts';
import type { Json } from '../spec/translate.ts';
import { toLintelError } from './chat.ts';
import type { RequestContext } from './context.ts';
import type { GatewayDeps } from './deps.ts';
import { sendError, sendJson } from './respond.ts';

const predictRequest = z.looseObject({
  /** NAME (its @champion), NAME@ALIAS or NAME/VERSION; in the path for /v1/predict/{model}. */
  model: z.string().min(1).optional(),
  inputs: z.record(z.string(), z.unknown()),
});

export function validatePredictRequest(body: unknown) {
  return validateWith(predictRequest, body);
}

/** The model named in the path of /v1/predict/{model} (URL-encoded: scorer%2F2), or null for /v1/predict. */
function modelInPath(url: string | undefined): string | null {
  const path = (url ?? '').split('?')[0];
  const i = path.indexOf('/predict/');
  if (i < 0) return null;
  const raw = path.slice(i + '/predict/'.length);
  try {
    return raw ? decodeURIComponent(raw) : null;
  } catch {
    throw new LintelError('invalid_request', 'The model in the path is not valid URL encoding.', { param: 'model' });
  }
}

/** Predict requests are counted as requests (rpm, concurrency), not tokens: the admission sees no text. */
const ADMISSION_BODY: Json = { input: [] };

export async function handlePredict(
  deps: GatewayDeps,
  ctx: RequestContext,
  body: Json,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  try {
    const inPath = modelInPath(req.url);
    const inBody = typeof body.model === 'string' ? body.model : null;
    if (inPath && inBody && inPath !== inBody) {
      throw new LintelError('invalid_request', `The path names "${inPath}" but the body names "${inBody}".`, {
        param: 'model',
      });
    }
    const model = inPath ?? inBody;
    if (!model) throw new LintelError('invalid_request', 'Name the model: "model" in the body.', { param: 'model' });
    ctx.modelRequested = model;
    ctx.requestJson = body;
    const plan = deps.hooks.predict?.(ctx, model) ?? null;
    if (!plan) {
      throw new LintelError('model_not_found', `"${model}" is not a model this gateway serves itself.`, {
        param: 'model',
      });
    }
    ctx.route = plan.route.model;
    ctx.strategy = plan.route.strategy;
    ctx.provider = 'lintel';
    ctx.modelServed = plan.modelVersion;
    ctx.tags['lintel.model_version'] = plan.modelVersion;
    ctx.checks.push({ stage: 'registry', outcome: `served by Lintel: ${plan.modelVersion} (ONNX)` });
    if (deps.hooks.admit) {
      const admission = await deps.hooks.admit(ctx, ADMISSION_BODY, plan.route);
      if (admission) {
        ctx.admission = admission;
        if (admission.headers) ctx.responseHeaders = admission.headers;
        ctx.checks.push({ stage: 'admission', outcome: 'admitted: limits reserved' });
      }
    }
    const out = await plan.run(body);
    sendJson(res, ctx, 200, JSON.stringify(out.json), out.headers);
  } catch (err) {
    sendError(res, ctx, toLintelError(err));
  }
}
