// docs/errors.md, rendered from the error registry so the reference cannot drift from the code.
// `node --import tsx src/errors/doc.ts` rewrites the file; codes.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES, type ErrorCode } from './codes.ts';
import { errorBody, errorFrame } from './format.ts';
import { LintelError } from './lintel-error.ts';

export const ERRORS_DOC = fileURLToPath(new URL('../../docs/errors.md', import.meta.url));

const cell = (s: string) => s.replaceAll('|', '\\|');

export function renderErrorsDoc(): string {
  const example = new LintelError(
    'model_not_found',
    'The model "gpt-9" does not exist or is not routed by this gateway.',
    {
      param: 'model',
    },
  );
  const rows = (Object.keys(ERROR_CODES) as ErrorCode[])
    .sort((a, b) => ERROR_CODES[a].status - ERROR_CODES[b].status || a.localeCompare(b))
    .map((code) => {
      const s = ERROR_CODES[code];
      return `| \`${code}\` | ${s.status} | \`${s.openaiType}\` | \`${s.anthropicType}\` | ${cell(s.message)} |`;
    });
  return `<!-- Generated from src/errors/codes.ts by \`node --import tsx src/errors/doc.ts\`; do not edit by hand. -->
# Errors

Every error a client can see from Lintel has a code in one registry (\`src/errors/codes.ts\`). The code fixes the
HTTP status and the \`error.type\` each API's clients understand, so the official OpenAI and Anthropic SDKs raise
their usual exception classes (\`RateLimitError\`, \`PermissionDeniedError\`, …). The message below is the default;
most errors say more (which field, which limit, when to retry).

## Shapes
On OpenAI routes (\`/v1/chat/completions\`, \`/v1/embeddings\`, \`/v1/responses\`, \`/v1/models\`, admin routes):

\`\`\`json
${errorBody('openai', example)}
\`\`\`

On Anthropic routes (\`/v1/messages\`, \`/v1/messages/count_tokens\`):

\`\`\`json
${errorBody('anthropic', example)}
\`\`\`

A stream that fails after it started ends with one error event in its client's format and no \`[DONE]\`:

\`\`\`text
${errorFrame('openai', example).trimEnd()}
\`\`\`

\`\`\`text
${errorFrame('anthropic', example).trimEnd()}
\`\`\`

Every answer, errors included, carries \`x-request-id\`; its record (\`GET /admin/requests/<id>\`, the console's Requests page) explains it.
Rate-limit and budget refusals carry \`retry-after\` when waiting helps. Upstream errors that are the client's fault
(a 400 from the provider) are passed through with the provider's message; the others become \`upstream_*\` codes.

## Codes
| code | HTTP | OpenAI \`error.type\` | Anthropic \`error.type\` | meaning |
|---|---:|---|---|---|
${rows.join('\n')}
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(ERRORS_DOC, renderErrorsDoc());
  console.log(`wrote ${ERRORS_DOC}`);
}
