import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CanonicalJsonError, canonicalize, serializeNumber } from './canonical-json.ts';

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

describe('RFC 8785 canonical JSON', () => {
  it('serialises numbers as RFC 8785 Appendix B says', () => {
    const table: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, want] of table) assert.equal(canonicalize(fromBits(bits)), want, bits);
    assert.equal(canonicalize(1e21), '1e+21');
    assert.equal(canonicalize(1e20), '100000000000000000000');
    assert.equal(canonicalize(0.000001), '0.000001');
    assert.equal(canonicalize(1e-7), '1e-7');
    assert.equal(canonicalize(-0), '0');
    assert.equal(serializeNumber(4.5), '4.5');
  });

  it('refuses NaN, infinities and values JSON cannot carry', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1n, Symbol('x'), () => 1]) {
      assert.throws(() => canonicalize(bad), CanonicalJsonError);
    }
    assert.throws(() => canonicalize([1, undefined]), CanonicalJsonError);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    assert.throws(() => canonicalize(cyclic), CanonicalJsonError);
  });

  it('orders keys by UTF-16 code units (RFC 8785 §3.2.3 example)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // Read the order from the text: JS objects would list the integer-like key "1" first.
    const keys = [...canonicalize(input).matchAll(/"((?:[^"\\]|\\.)*)":/g)].map((m) => JSON.parse(`"${m[1]}"`));
    // The emoji (U+1F600, surrogates D83D DE00) sorts before U+FB33: code units, not code points.
    assert.deepEqual(keys, ['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33']);
  });

  it('escapes strings minimally', () => {
    assert.equal(canonicalize('\u20ac$\u000F\u000aA\'\u0042\u0022\u005c\\"/'), '"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"');
    assert.equal(canonicalize('\b\t\n\f\r\u0000\u001f\u007f\u2028'), '"\\b\\t\\n\\f\\r\\u0000\\u001f\u007f\u2028"');
    assert.equal(canonicalize('😀'), '"😀"');
    assert.throws(() => canonicalize('\ud800'), CanonicalJsonError);
    assert.throws(() => canonicalize({ '\udc00x': 1 }), CanonicalJsonError);
    // On request, unpaired halves become U+FFFD; a well-formed pair is kept.
    const replace = { loneSurrogates: 'replace' } as const;
    assert.equal(canonicalize({ '\udc00x': ['a\ud800b', '😀'] }, replace), '{"\ufffdx":["a\ufffdb","😀"]}');
  });

  it('reproduces the RFC 8785 §3.2.4 example', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    assert.equal(
      canonicalize(input),
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('nests, omits undefined members, and uses toJSON', () => {
    assert.equal(
      canonicalize({ b: [1, { d: true, c: null }], a: 'x', z: undefined }),
      '{"a":"x","b":[1,{"c":null,"d":true}]}',
    );
    assert.equal(canonicalize({ at: new Date(0) }), '{"at":"1970-01-01T00:00:00.000Z"}');
    assert.equal(canonicalize([]), '[]');
    assert.equal(canonicalize({}), '{}');
  });

  it('is stable under parse and re-canonicalisation', () => {
    const value = { n: [0.1, -5e-324, 1e21, 123456789012], s: 'é\u0001', o: { y: 1, x: [{}] } };
    const text = canonicalize(value);
    assert.equal(canonicalize(JSON.parse(text)), text);
  });
});
