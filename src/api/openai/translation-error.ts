// Thrown when a request cannot be expressed in the neutral spec or in the target dialect
// (n > 1 toward Anthropic, audio input, server tools, ...). The caller maps it to HTTP 400 with `param`.
export class TranslationError extends Error {
  override readonly name = 'TranslationError';
  /** OpenAI-style dotted path of the offending field, e.g. `n` or `messages[2].content[0]`. */
  readonly param: string;

  constructor(param: string, message: string) {
    super(message);
    this.param = param;
  }
}
