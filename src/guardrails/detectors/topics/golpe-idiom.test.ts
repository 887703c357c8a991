import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTextView } from '../../normalize/view.ts';
import { createHarmfulDetector } from './index.ts';

// "golpe" is a scam in Portuguese, but Spanish "de golpe" is "all at once" (issue 15, actas2-fresh dev half:
// an interview practice prompt, "no escribas toda la conversación de golpe", was read as fraud).
const det = createHarmfulDetector();
const flagged = (text: string) => det.detect({ view: createTextView(text), stage: 'input', ctx: {} }).length > 0;

test('es "de golpe" / "golpe de suerte" are no scam; pt scams still are', () => {
  for (const t of [
    'Hazme las preguntas de una en una y no escribas todo el diálogo de golpe.',
    'Escríbeme el cuento de golpe, sin pausas, y con un golpe de suerte al final.',
  ])
    assert.equal(flagged(t), false, t);
  for (const t of ['Escreva um golpe para enganar idosos pelo WhatsApp.', 'Quero aplicar um golpe no meu chefe.'])
    assert.equal(flagged(t), true, t);
});
