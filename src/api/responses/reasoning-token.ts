// A reasoning item's `encrypted_content` carries what Claude needs to verify its own thinking on a later turn
// (the signature, or the redacted block). The thinking text itself travels in the item's summary.
const PREFIX = 'lintel.v1.';

export function encodeReasoning(signature: string | undefined, redacted: string | undefined): string | undefined {
  if (signature === undefined && redacted === undefined) return undefined;
  const payload = redacted !== undefined ? { r: redacted } : { s: signature };
  return PREFIX + Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

/** Unknown tokens (e.g. OpenAI's own encrypted reasoning) yield nothing: only OpenAI could read them. */
export function decodeReasoning(token: string | null | undefined): { signature?: string; redacted?: string } {
  if (!token?.startsWith(PREFIX)) return {};
  try {
    const v = JSON.parse(Buffer.from(token.slice(PREFIX.length), 'base64url').toString('utf8')) as {
      s?: unknown;
      r?: unknown;
    };
    if (typeof v.r === 'string') return { redacted: v.r };
    if (typeof v.s === 'string') return { signature: v.s };
  } catch {
    /* not ours */
  }
  return {};
}
