// PII redaction before indexing, with the guardrail detectors' finders: every span becomes "[TYPE]", so the
// index, embeddings and anything RAG injects never hold the original value.
import { findCards } from '../../guardrails/detectors/pii/card.ts';
import { findDatesOfBirth, findDriverLicences, findPassports } from '../../guardrails/detectors/pii/contextual.ts';
import { findEmails } from '../../guardrails/detectors/pii/email.ts';
import { findIbans } from '../../guardrails/detectors/pii/iban.ts';
import { findIps } from '../../guardrails/detectors/pii/ip.ts';
import { findPhones } from '../../guardrails/detectors/pii/phone.ts';
import { findSsns } from '../../guardrails/detectors/pii/ssn.ts';
import { mergeSpans, type RedactSpan } from '../../guardrails/redact/apply.ts';

const FINDERS = [
  findIbans,
  findCards,
  findSsns,
  findEmails,
  findIps,
  findDriverLicences,
  findPassports,
  findDatesOfBirth,
  findPhones,
];

export function redactPii(text: string): { text: string; redactions: Record<string, number> } {
  const spans: RedactSpan[] = FINDERS.flatMap((f) => f(text))
    .filter((s) => s.score >= 0.5)
    .map((s) => ({ start: s.start, end: s.end, type: s.type, reversible: false }));
  const counts: Record<string, number> = {};
  if (spans.length === 0) return { text, redactions: counts };
  let out = '';
  let pos = 0;
  for (const s of mergeSpans(spans)) {
    out += `${text.slice(pos, s.start)}[${s.type.toUpperCase()}]`;
    counts[s.type] = (counts[s.type] ?? 0) + 1;
    pos = s.end;
  }
  return { text: out + text.slice(pos), redactions: counts };
}
