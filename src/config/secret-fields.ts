// Which config values are secrets, declared on the zod schema itself so every copy of the config Lintel keeps
// (config versions, diffs, exports) masks by what a field is, not by how a line looks.
//   secret      the whole value (API keys, passwords, header values, signing secrets)
//   url         a URL whose password and query values are secret (database, Redis, upstream base URLs)
//   secret-url  a URL whose path and query are secret too (webhooks such as Slack's carry their token there)
import type { z } from 'zod';
import { z as zod } from 'zod';

export type SecretKind = 'secret' | 'url' | 'secret-url';

export const secretFields = zod.registry<{ kind: SecretKind }>();

/** Marks a schema as holding a secret of `kind`; returns the same schema. */
export function secret<T extends z.ZodType>(schema: T, kind: SecretKind = 'secret'): T {
  secretFields.add(schema, { kind });
  return schema;
}

export function secretKindOf(schema: z.ZodType): SecretKind | undefined {
  return secretFields.get(schema)?.kind;
}
