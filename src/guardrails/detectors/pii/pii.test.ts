import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTextView } from '../../normalize/view.ts';
import { luhn } from './card.ts';
import { ibanChecksumOk } from './iban.ts';
import { createPiiDetector, PII_ENTITIES } from './index.ts';

const all = createPiiDetector({ entities: PII_ENTITIES });
const found = (text: string): [string, string][] =>
  all.detect({ view: createTextView(text), stage: 'input', ctx: {} }).map((d) => [d.type, text.slice(d.start, d.end)]);
const types = (text: string): string[] => found(text).map(([t]) => t);

describe('email', () => {
  it('finds addresses, also split by zero-width spaces', () => {
    assert.deepEqual(found('write to jane.doe+news@example.co.uk today'), [['email', 'jane.doe+news@example.co.uk']]);
    assert.deepEqual(found('mail: jo\u200bhn@exa\u200bmple.com'), [['email', 'jo\u200bhn@exa\u200bmple.com']]);
  });
  it('ignores handles and decorators', () => {
    assert.deepEqual(types('ping @jane on slack; use @Override in Java'), []);
  });
});

describe('payment card', () => {
  it('needs a Luhn-valid number with a known issuer', () => {
    assert.ok(luhn('4111111111111111'));
    assert.ok(!luhn('4111111111111112'));
    assert.deepEqual(found('card 4111 1111 1111 1111 exp 12/27'), [['credit_card', '4111 1111 1111 1111']]);
    assert.deepEqual(types('order 4111 1111 1111 1112'), []);
  });
  it('finds full-width digits', () => {
    const t = 'my card is ４１１１１１１１１１１１１１１１';
    assert.deepEqual(found(t), [['credit_card', '４１１１１１１１１１１１１１１１']]);
  });
  it('short numbers count only with a card context word', () => {
    assert.deepEqual(types('reference 501864667909 attached'), []);
    assert.deepEqual(types('What is the limit for card 501864667909?'), ['credit_card']);
  });
});

describe('IBAN', () => {
  it('validates country length and mod-97', () => {
    assert.ok(ibanChecksumOk('GB82WEST12345698765432'));
    assert.deepEqual(found('pay GB82 WEST 1234 5698 7654 32 now'), [['iban', 'GB82 WEST 1234 5698 7654 32']]);
    assert.deepEqual(found('my iban is gb42nawi04454264788619'), [['iban', 'gb42nawi04454264788619']]);
    assert.deepEqual(types('pay GB82 WEST 1234 5698 7654 33 now'), []);
  });
});

describe('US SSN', () => {
  it('finds formatted numbers and rejects never-issued areas', () => {
    assert.deepEqual(found("Here's my SSN: 054-28-6917"), [['us_ssn', '054-28-6917']]);
    assert.deepEqual(types('id 666-12-3456 and 912-12-3456 and 123-00-4567'), []);
  });
  it('needs context for unformatted digits', () => {
    assert.deepEqual(types('ticket 054286917'), []);
    assert.deepEqual(types('social security number 054286917'), ['us_ssn']);
  });
});

describe('IP addresses', () => {
  it('finds IPv4 and IPv6', () => {
    assert.deepEqual(found('from 192.168.1.20 and 2001:db8::8a2e:370:7334.'), [
      ['ip_address', '192.168.1.20'],
      ['ip_address', '2001:db8::8a2e:370:7334'],
    ]);
  });
  it('skips versions, times and invalid octets', () => {
    assert.deepEqual(types('version 1.2.3.4 at 10:30:45 on 999.1.1.1 with std::vector'), []);
  });
});

describe('phone', () => {
  it('finds North American and international numbers', () => {
    assert.deepEqual(found('call me at (415) 555-0132'), [['phone', '(415) 555-0132']]);
    assert.deepEqual(types('office +44 20 7946 0958'), ['phone']);
  });
  it('uses context for ambiguous digit groups', () => {
    assert.deepEqual(found('Phone:\n0490 75 40 81'), [['phone', '0490 75 40 81']]);
    assert.deepEqual(types('the population grew by 0490 75 40 81 units'), []);
  });
  it('is not fooled by dates and plain numbers', () => {
    assert.deepEqual(types('shipped 2000-04-16, invoice 12345678, total 1,234,567'), []);
  });
});

describe('context identifiers', () => {
  it('date of birth, passport and driving licence need their context word', () => {
    assert.deepEqual(found('date of birth: 12/03/1985'), [['date_of_birth', '12/03/1985']]);
    assert.deepEqual(types('meeting on 12/03/1985'), []);
    assert.deepEqual(found('passport number X1234567'), [['passport', 'X1234567']]);
    assert.deepEqual(found("my driver's license number is 2270-66-1551"), [['driver_license', '2270-66-1551']]);
    assert.deepEqual(types('order X1234567 shipped'), []);
  });
});

describe('names and addresses (heuristic)', () => {
  it('finds honorifics, introductions, known first names and street patterns', () => {
    assert.deepEqual(found('Dr. Jane Roe met Anna Smith at 221 Baker Street, Apt. 5'), [
      ['person', 'Jane Roe'],
      ['person', 'Anna Smith'],
      ['street_address', '221 Baker Street, Apt. 5'],
    ]);
    assert.deepEqual(types('My name is Rubija'), ['person']);
    assert.deepEqual(types('I live at Hauptstraße 12 in Berlin'), ['street_address']);
  });
  it('are off by default', () => {
    const d = createPiiDetector();
    assert.equal(
      d.detect({ view: createTextView('Dr. Jane Roe, 221 Baker Street'), stage: 'input', ctx: {} }).length,
      0,
    );
  });
});

describe('encoded PII', () => {
  it('reports PII in a base64 segment on the encoded span', () => {
    const b64 = Buffer.from('contact jane.doe@example.com please').toString('base64');
    const t = `blob ${b64}`;
    assert.deepEqual(found(t), [['email', b64]]);
  });
});
