import { createSecretsDetector } from './detectors/secrets/index.ts';
import { shannonEntropy } from './detectors/secrets/entropy.ts';
import { createTextView } from './normalize/view.ts';
const d = createSecretsDetector();
const samples = ['key sk-proj-abcD3fGhIjKlMnOpQrStUvWxYz0123456789', 'sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdef', 'AKIAIOSFODNN7EXAMPLE and aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
'ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij12', 'xoxb-123456789012-abcdefGHIJKL', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'AIzaSyA-abcdefghijklmnopqrstuvwxyz12345',
'-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----', 'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
'x = "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFi7Hq"', 'commit 3f786850e387550fdab836ed7e6dc881de23001b', 'uuid 123e4567-e89b-12d3-a456-426614174000', 'password = hunter2!x', 'password = request.form', 'antidisestablishmentarianism_and_more', 'https://user:s3cretpw@host/db', 'Q29uZmlkZW50aWFsIHRleHQgaGVyZQ==', 'mKj8sPq2xLvN4tRw9zYb3cFh',
'the file path src/guardrails/detectors/pii/index2.ts', 'getElementById2SomethingLongName'];
for (const s of samples) console.log(JSON.stringify(s).slice(0,60), JSON.stringify(d.detect({ view: createTextView(s), stage: 'input', ctx: {} }).map(x => [x.type, x.score])), shannonEntropy(s.split(/\s/).pop()!).toFixed(2));
