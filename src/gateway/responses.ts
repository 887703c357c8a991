// POST /v1/responses: the Responses API answered by the chat pipeline. The request (with the stored conversation
// of previous_response_id) becomes an OpenAI chat body, so keys, limits, budgets, guardrails, cache, routing,
// recording and cost apply exactly as for /v1/chat/completions; the answer is encoded as a `response` object or
// its typed event stream, and stored (per tenant) before its last bytes go out when `store` is not false.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ResponsesEgress } from '../api/responses/codec.ts';
import { inputItems, responsesRequestToSpec } from '../api/responses/convert-request.ts';
import { newId } from '../api/responses/convert-response.ts';
import type { ResponsesItem, ResponsesRequest } from '../api/responses/wire.ts';
import { openaiRequestFromSpec } from '../api/openai/convert-request.ts';
import { LintelError } from '../errors/lintel-error.ts';
import type { Json } from '../spec/translate.ts';
import { handleChat, toLintelError } from './chat.ts';
import type { RequestContext } from './context.ts';
import type { GatewayDeps } from './deps.ts';
import { sendError } from './respond.ts';

/** Stored responses of master-key calls (no tenant) share this tenant name. */
export const NO_TENANT = '_global';

export function storeTenant(ctx: RequestContext): string {
  return ctx.principal.tenant ?? NO_TENANT;
}

export async function handleResponses(
  deps: GatewayDeps,
  ctx: RequestContext,
  input: Json,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const body = input as unknown as ResponsesRequest;
  const tenant = storeTenant(ctx);
  const store = deps.responses;
  let history: ResponsesItem[] = [];
  if (body.previous_response_id) {
    const found = store ? await store.conversation(tenant, body.previous_response_id) : null;
    if (!found) {
      const msg = `Previous response with id '${body.previous_response_id}' not found.`;
      return sendError(res, ctx, new LintelError('invalid_request', msg, { param: 'previous_response_id' }));
    }
    history = found;
  }
  let chat: Json;
  try {
    chat = openaiRequestFromSpec(responsesRequestToSpec(body, history));
  } catch (err) {
    return sendError(res, ctx, toLintelError(err));
  }
  const items = inputItems(body.input).map(withId);
  const save =
    store && body.store !== false
      ? (response: Json) =>
          store.save(tenant, { input: items, response }).catch((err: Error) => {
            ctx.notes.push(`response not stored: ${err.message}`); // the answer still goes out
          })
      : undefined;
  await handleChat(deps, ctx, chat, req, res, new ResponsesEgress(body, save));
}

/** Stored input items carry ids, as OpenAI's input_items list shows them. */
function withId(item: ResponsesItem): ResponsesItem {
  if (item.id) return item;
  const kind = item.type ?? 'message';
  const prefix = kind === 'function_call' ? 'fc' : kind === 'reasoning' ? 'rs' : 'msg';
  return kind === 'message' ? { type: 'message', id: newId(prefix), ...item } : { id: newId(prefix), ...item };
}
