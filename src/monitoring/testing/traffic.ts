// Simulated traffic for the monitoring scenarios: English or Spanish questions drawn from templates with a
// seeded generator, sent through the real node, one batch per (injected-clock) minute.
import { call } from '../../access/testing/client.ts';
import { createRng, type Rng } from '../../util/prng.ts';
import type { MonitoringNode } from './node.ts';

const EN = {
  q: ['What is the', 'How do I change the', 'Can you explain the', 'Why is the', 'Where can I find the'],
  noun: ['price', 'limit', 'status', 'owner', 'schedule', 'size', 'cost', 'history'],
  of: ['of the subscription', 'of my invoice', 'of the shared account', 'for the team plan', 'of this order'],
  tail: ['for our customers', 'in the north region', 'this month', 'for new users', 'and what does it mean'],
};
const ES = {
  q: ['¿Cuál es el', '¿Cómo cambio el', '¿Puedes explicar el', '¿Por qué es el', '¿Dónde encuentro el'],
  noun: ['precio', 'límite', 'estado', 'dueño', 'horario', 'tamaño', 'costo', 'historial'],
  of: ['de la suscripción', 'de la factura', 'de la cuenta compartida', 'para el plan del equipo', 'de este pedido'],
  tail: ['para los clientes', 'en la región del norte', 'de este mes', 'para los usuarios nuevos', 'y qué significa'],
};

const pick = <T>(rng: Rng, xs: T[]): T => xs[Math.floor(rng() * xs.length)];

export function question(rng: Rng, lang: 'en' | 'es'): string {
  const t = lang === 'en' ? EN : ES;
  return `${pick(rng, t.q)} ${pick(rng, t.noun)} ${pick(rng, t.of)} ${pick(rng, t.tail)}?`;
}

export class Traffic {
  private readonly rng: Rng;
  lang: 'en' | 'es' = 'en';
  constructor(
    private readonly n: MonitoringNode,
    seed = 7,
    readonly perWindow = 30,
    readonly model = 'm',
  ) {
    this.rng = createRng(seed);
  }

  /** Sends one window's requests (all at once) and returns their statuses. */
  async window(): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < this.perWindow; i += 30) {
      const batch = Array.from({ length: Math.min(30, this.perWindow - i) }, () =>
        call(this.n.h.url, 'POST', '/v1/chat/completions', this.n.h.key, {
          model: this.model,
          messages: [{ role: 'user', content: question(this.rng, this.lang) }],
        }).then((r) => r.status),
      );
      statuses.push(...(await Promise.all(batch)));
    }
    return statuses;
  }
}
