// The Responses API as an egress format: answers of the chat pipeline, JSON or streamed, as `response` objects.
import type { ChatResponse } from '../../spec/chat.ts';
import type { Egress, Json, StreamEncoder } from '../../spec/translate.ts';
import { ResponseShell, responseFromSpec } from './convert-response.ts';
import { ResponsesStreamEncoder } from './stream-encoder.ts';
import type { ResponsesRequest } from './wire.ts';

export class ResponsesEgress implements Egress {
  readonly shell: ResponseShell;
  private json: Json | null = null;
  private encoder: ResponsesStreamEncoder | null = null;

  constructor(
    request: ResponsesRequest,
    private readonly onComplete?: (response: Json) => Promise<void>,
  ) {
    this.shell = new ResponseShell(request);
  }

  responseFromSpec(res: ChatResponse): Json {
    this.json = responseFromSpec(this.shell, res);
    return this.json;
  }

  streamEncoder(): StreamEncoder {
    this.encoder = new ResponsesStreamEncoder(this.shell);
    return this.encoder;
  }

  /** The finished response object (JSON answer or the stream's last event), or null when none was produced. */
  completed(): Json | null {
    return this.json ?? this.encoder?.final ?? null;
  }

  async beforeFinish(): Promise<void> {
    const done = this.completed();
    if (done && this.onComplete) await this.onComplete(done);
  }
}
