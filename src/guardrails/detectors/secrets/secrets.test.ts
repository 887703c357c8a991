import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTextView } from '../../normalize/view.ts';
import { shannonEntropy } from './entropy.ts';
import { createSecretsDetector } from './index.ts';
import { findKnownSecrets } from './patterns.ts';

const det = createSecretsDetector();
const found = (text: string): [string, string][] =>
  det.detect({ view: createTextView(text), stage: 'input', ctx: {} }).map((d) => [d.type, text.slice(d.start, d.end)]);
const types = (text: string): string[] => found(text).map(([t]) => t);

// Fake keys with the real shapes (never real credentials).
const KEYS: [string, string][] = [
  ['openai_key', 'sk-proj-abcD3fGhIjKlMnOpQrStUvWxYz0123456789'],
  ['openai_key', 'sk-Abc123def456GHI789jkl012MNO345pqr678STU901vwxYZ2'],
  ['anthropic_key', 'sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdef'],
  ['aws_access_key_id', 'AKIAIOSFODNN7EXAMPLE'],
  ['github_token', 'ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij12'],
  ['github_token', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz'],
  ['slack_token', 'xoxb-123456789012-abcdefGHIJKL'],
  ['stripe_key', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
  ['stripe_key', 'rk_live_4eC39HqLyjWDarjtT1zdp7dc'],
  ['google_api_key', 'AIzaSyA-abcdefghijklmnopqrstuvwxyz12345'],
  ['jwt', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'],
];

describe('known key formats', () => {
  for (const [type, key] of KEYS) {
    it(`finds ${type}`, () => {
      assert.deepEqual(found(`here: ${key} end`), [[type, key]]);
    });
  }

  it('finds AWS secret keys next to their name, PEM blocks, URL and assignment credentials', () => {
    assert.deepEqual(found('aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'), [
      ['aws_secret_access_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ]);
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----';
    assert.deepEqual(found(`key:\n${pem}\nthanks`), [['private_key', pem]]);
    assert.deepEqual(found('postgres://admin:s3cretPw9@db.internal/app'), [['url_credentials', 's3cretPw9']]);
    assert.deepEqual(found('password = hunter2!x'), [['password', 'hunter2!x']]);
  });

  it('runs an unterminated private key to the end of the text (streams hold it)', () => {
    const t = 'x -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC';
    assert.deepEqual(types(t), ['private_key']);
    assert.equal(found(t)[0][1].length, t.length - 2);
  });

  it('finds a key hidden with zero-width characters', () => {
    const key = 'sk-proj-abcD3fGhIjKl\u200bMnOpQrStUvWxYz0123456789';
    assert.deepEqual(types(`token ${key}`), ['openai_key']);
  });
});

describe('high-entropy tokens', () => {
  it('flags random-looking tokens, more confidently after a context word', () => {
    assert.ok(shannonEntropy('mKj8sPq2xLvN4tRw9zYb3cFh') > 4);
    assert.deepEqual(types('value mKj8sPq2xLvN4tRw9zYb3cFh'), ['high_entropy']);
    const d = det.detect({ view: createTextView('api token: mKj8sPq2xLvN4tRw9zYb3cFh'), stage: 'input', ctx: {} });
    assert.ok(d[0].score > 0.8);
  });

  it('passes hashes, UUIDs, identifiers, paths, URLs and base64 text', () => {
    assert.deepEqual(
      types(
        'commit 3f786850e387550fdab836ed7e6dc881de23001b, id 123e4567-e89b-12d3-a456-426614174000, ' +
          'getElementById2SomethingLongName, src/guardrails/detectors/pii/index2.ts, ' +
          'https://open.spotify.com/playlist/37i9dQZF1DXdPec7aLTmlC, Q29uZmlkZW50aWFsIHRleHQgaGVyZQ==',
      ),
      [],
    );
  });

  it('treats a hex digest as secret when named so', () => {
    assert.deepEqual(types('signing key 3f786850e387550fdab836ed7e6dc881de23001b'), ['high_entropy']);
  });

  it('can be turned off', () => {
    const noEntropy = createSecretsDetector({ entropy: false });
    assert.equal(
      noEntropy.detect({ view: createTextView('value mKj8sPq2xLvN4tRw9zYb3cFh'), stage: 'input', ctx: {} }).length,
      0,
    );
  });
});

describe('negatives', () => {
  it('ignores ordinary prose about keys and passwords', () => {
    assert.deepEqual(
      types('How do I rotate my API key? What makes a password strong? Use sk-learn for ML. password = request.form'),
      [],
    );
  });
});

describe('hints', () => {
  it('never change what the patterns find', () => {
    const texts = [
      ...KEYS.map(([, k]) => `token: ${k}`),
      'postgres://admin:s3cretPw9@db.internal/app and https://user@host/x and ftp://a:b@c',
      'HTTPS://Admin:Pa55word!@example.org/ then http://x:yz@h',
      'password = hunter2!x; PASSWD: "abc123$$"; api-key=Zx9!abcdef; client_secret: q1w2e3r4t5',
      // One keyword per text: a hint is tested on the whole text.
      ...['passphrase: Abc123!xyz', 'pwd=zz9!zzzz', 'auth_token = T0ken!abc', 'access-token:"a1b2c3d4"'],
      ...['APIKEY=k3y!k3y!', 'Passwd: "abc123$$"', 'CLIENT_SECRET: q1w2e3r4t5'],
      'mysql://root:r00tpw@10.0.0.1:3306/db',
      'Password reset, the password-reset flow, secret sauce, token ring, key: value',
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'Authorization: Bearer abc123DEF456ghi789JKL and Basic dXNlcjpwYXNzMTIz',
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----',
    ];
    let found = 0;
    for (const text of texts) {
      const hinted = findKnownSecrets(text);
      assert.deepEqual(hinted, findKnownSecrets(text, false), text);
      found += hinted.length;
    }
    assert.ok(found >= texts.length, `only ${found} findings: the comparison would prove little`);
  });
});
