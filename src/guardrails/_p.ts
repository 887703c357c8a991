import { createPiiDetector, PII_ENTITIES } from './detectors/pii/index.ts';
import { createTextView } from './normalize/view.ts';
const d = createPiiDetector({ entities: PII_ENTITIES });
for (const s of ['Mail jo\u200bhn.doe@example.com now', 'card ４１１１ １１１１ １１１１ １１１１ ok', "Here's my SSN: 054-28-6917", 'My IBAN is GB59IFUE40226315499137 to x', 'ip 192.168.1.20 and 2001:db8::1 at 10:30:45', 'Phone: 0490 75 40 81', 'call me at 905-674-3793', 'born on 12/03/1985', 'passport number X1234567', "my driver's license number is 2270-66-1551", 'Dr. Jane Roe met Anna Smith at 221 Baker Street, Apt. 5', 'version 1.2.3.4 in 2021-04-16 12:30', 'The population is 3,456,789 and 12345678 items']) {
  const v = createTextView(s);
  console.log(s, JSON.stringify(d.detect({ view: v, stage: 'input', ctx: {} }).map(x => [x.type, s.slice(x.start, x.end), x.score])));
}
