// IPv4 and IPv6 addresses. Version-like strings ("version 1.2.3.4") score low.

import { isIPv6 } from 'node:net';
import { contextBefore, type Finding } from '../finder.ts';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\d.])${OCTET}(?:\\.${OCTET}){3}(?!\\.?\\d)`, 'g');
const IPV6 = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:])/g;
// Every address the IPv6 expression accepts (three or more groups) has two adjacent groups or a "::". This
// one-character-class test is far cheaper than the expression, which tries a match at every position.
const IPV6_HINT = /[0-9A-Fa-f]:[0-9A-Fa-f:]|::/;
const VERSION = /\b(?:v|ver|version|release|build)\.?\s*$/i;

export function findIps(text: string): Finding[] {
  const out: Finding[] = [];
  if (text.includes('.')) {
    IPV4.lastIndex = 0;
    for (let m = IPV4.exec(text); m; m = IPV4.exec(text)) {
      const score = contextBefore(text, m.index, VERSION, 12) ? 0.3 : 0.85;
      out.push({ type: 'ip_address', start: m.index, end: m.index + m[0].length, score });
    }
  }
  if (text.includes(':') && IPV6_HINT.test(text)) {
    IPV6.lastIndex = 0;
    for (let m = IPV6.exec(text); m; m = IPV6.exec(text)) {
      const s = m[0];
      const groups = s.split(':').filter((g) => g.length > 0);
      if (groups.length < 3 || s.replace(/[^0-9A-Fa-f]/g, '').length < 6 || !isIPv6(s)) continue;
      out.push({ type: 'ip_address', start: m.index, end: m.index + s.length, score: 0.85 });
    }
  }
  return out;
}
