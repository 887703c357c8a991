// Safe fetching of URL sources: HTTP(S) only; the host's addresses are resolved and private, loopback,
// link-local, CGNAT, multicast and unspecified ranges are refused (unless the config allows private addresses);
// redirects are followed by hand so every hop is checked again; size and time are bounded.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

export interface UrlPolicy {
  allowPrivate: boolean;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
}

export const DEFAULT_URL_POLICY: UrlPolicy = {
  allowPrivate: false,
  maxBytes: 10 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 5,
};

export class UrlRefused extends Error {}

function v4Private(ip: string): boolean {
  const [a = 0, b = 0] = ip.split('.').map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127) ||
    a >= 224
  );
}

export function isPrivateAddress(ip: string): boolean {
  const kind = isIP(ip);
  if (kind === 4) return v4Private(ip);
  if (kind !== 6) return true;
  const x = ip.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(x);
  if (mapped) return v4Private(mapped[1] as string);
  return x === '::' || x === '::1' || /^f[cd]/.test(x) || /^fe[89ab]/.test(x) || x.startsWith('ff');
}

/** Throws UrlRefused when the URL may not be fetched under `policy`. */
export async function checkUrl(raw: string, policy: UrlPolicy): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UrlRefused(`not a URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UrlRefused(`only http(s) URLs are allowed, got ${url.protocol}`);
  if (url.username || url.password) throw new UrlRefused('URLs with credentials are refused');
  if (policy.allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addrs = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addrs.length === 0) throw new UrlRefused(`cannot resolve ${host}`);
  const bad = addrs.find(isPrivateAddress);
  if (bad) throw new UrlRefused(`${host} resolves to a private, loopback or link-local address (${bad}); refused`);
  return url;
}

export async function safeFetch(
  raw: string,
  policy: UrlPolicy,
  signal?: AbortSignal,
): Promise<{ url: string; body: Buffer; mediaType: string }> {
  const timeout = AbortSignal.timeout(policy.timeoutMs);
  const sig = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let current = raw;
  for (let hop = 0; hop <= policy.maxRedirects; hop++) {
    const url = await checkUrl(current, policy);
    const res = await fetch(url, { redirect: 'manual', signal: sig });
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      current = new URL(res.headers.get('location') as string, url).toString();
      await res.body?.cancel();
      continue;
    }
    if (!res.ok) throw new Error(`GET ${url.origin}${url.pathname} answered ${res.status}`);
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > policy.maxBytes)
      throw new UrlRefused(`${url.origin}${url.pathname} is larger than ${policy.maxBytes} bytes`);
    const parts: Buffer[] = [];
    let size = 0;
    for await (const part of res.body ?? []) {
      size += (part as Uint8Array).length;
      if (size > policy.maxBytes)
        throw new UrlRefused(`${url.origin}${url.pathname} is larger than ${policy.maxBytes} bytes`);
      parts.push(Buffer.from(part as Uint8Array));
    }
    return { url: url.toString(), body: Buffer.concat(parts), mediaType: res.headers.get('content-type') ?? '' };
  }
  throw new UrlRefused(`more than ${policy.maxRedirects} redirects`);
}
