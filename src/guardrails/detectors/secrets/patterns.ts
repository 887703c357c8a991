// Known credential formats. Each pattern names a type; `group` picks the secret out of a match
// that includes its context (e.g. `password = …`).

import type { Finding } from '../finder.ts';

interface SecretPattern {
  type: string;
  re: RegExp; // global; with the d flag when `group` is used
  score: number;
  group?: number;
  /** Cheap substring test that must pass before the regex runs. */
  hint: RegExp;
  accept?: (value: string) => boolean;
}

const mixed = (s: string): boolean => /\d/.test(s) && /[A-Za-z]/.test(s);

const PATTERNS: SecretPattern[] = [
  {
    type: 'private_key',
    // Unterminated blocks run to the end of the text, so a stream holds them until END arrives.
    re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|$)/g,
    score: 0.99,
    hint: /-----BEGIN/,
  },
  { type: 'anthropic_key', re: /\bsk-ant-[A-Za-z0-9_-]{20,}/g, score: 0.98, hint: /sk-ant-/ },
  {
    type: 'openai_key',
    re: /\bsk-(?!ant-)(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}/g,
    score: 0.95,
    hint: /sk-/,
    accept: (v) => mixed(v.slice(3)),
  },
  {
    type: 'aws_access_key_id',
    re: /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}\b/g,
    score: 0.95,
    hint: /A(?:KIA|SIA|BIA|CCA|GPA|IDA|ROA|IPA|NPA|NVA|PKA)/,
  },
  {
    type: 'aws_secret_access_key',
    re: /\b(?:aws)?_?(?:secret)_?(?:access)?_?(?:key)?["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/dgi,
    group: 1,
    score: 0.95,
    hint: /secret/i,
  },
  { type: 'github_token', re: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}\b/g, score: 0.98, hint: /gh[pousr]_/ },
  { type: 'github_token', re: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g, score: 0.98, hint: /github_pat_/ },
  { type: 'slack_token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, score: 0.95, hint: /xox/, accept: mixed },
  {
    type: 'slack_webhook',
    re: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/_-]{20,}/g,
    score: 0.95,
    hint: /hooks\.slack/,
  },
  { type: 'stripe_key', re: /\b(?:sk|rk)_live_[A-Za-z0-9]{16,}\b/g, score: 0.98, hint: /k_live_/ },
  { type: 'stripe_key', re: /\b(?:sk|rk)_test_[A-Za-z0-9]{16,}\b/g, score: 0.7, hint: /k_test_/ },
  { type: 'google_api_key', re: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g, score: 0.95, hint: /AIza/ },
  {
    type: 'jwt',
    re: /\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}/g,
    score: 0.9,
    hint: /eyJ/,
  },
  {
    type: 'bearer_token',
    re: /\b(?:Bearer|Basic|Token)\s+([A-Za-z0-9._~+/-]{16,}=*)/dg,
    group: 1,
    score: 0.8,
    hint: /Bearer|Basic|Token/,
    accept: mixed,
  },
  {
    type: 'url_credentials',
    re: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:([^\s:@/]{3,})@/dgi,
    group: 1,
    score: 0.9,
    // The part after the scheme: URLs without a password (most) fail here in one quick scan.
    hint: /:\/\/[^\s:@/]+:[^\s:@/]{3,}@/,
  },
  {
    type: 'password',
    re: /\b(?:password|passwd|pwd|passphrase|secret|api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret)["']?\s*[:=]\s*["']?([^\s"'`,;()[\]{}<>]{6,})/dgi,
    group: 1,
    score: 0.75,
    // Every keyword alternative ends in one of these, and the assignment must follow it.
    hint: /(?:pass(?:word|wd|phrase)|pwd|secret|key|token)["']?\s*[:=]/i,
    // Real values mix letters with digits or symbols; placeholders and code references do not count.
    accept: (v) =>
      /[A-Za-z]/.test(v) &&
      /[\d!@#%^&*+=?~]/.test(v) &&
      !/^[$%]|\$\{|\*{3}|x{4}|^<|your|example|placeholder|changeme/i.test(v) &&
      !/[A-Za-z]\.[A-Za-z]/.test(v),
  },
];

// One scan for all hints: most texts contain none, and then no pattern runs at all.
const ANY_HINT = new RegExp(PATTERNS.map((p) => `(?:${p.hint.source})`).join('|'), 'i');

/** `hints: false` runs every pattern (tests check that the hints never change the findings). */
export function findKnownSecrets(text: string, hints = true): Finding[] {
  const out: Finding[] = [];
  if (hints && !ANY_HINT.test(text)) return out;
  for (const p of PATTERNS) {
    if (hints && !p.hint.test(text)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const idx = p.group !== undefined ? m.indices?.[p.group] : [m.index, m.index + m[0].length];
      if (!idx) continue;
      if (p.accept && !p.accept(text.slice(idx[0], idx[1]))) continue;
      out.push({ type: p.type, start: idx[0], end: idx[1], score: p.score });
    }
  }
  return out;
}
