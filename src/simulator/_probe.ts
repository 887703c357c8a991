import { request } from 'undici';
import { startSimulator } from './index.ts';
const t0 = performance.now();
const sim = await startSimulator({ quiet: true });
const res = await request(`${sim.url}/v1/chat/completions`, { method: 'POST', body: JSON.stringify({ model: 'm', messages: [] }), headers: { 'x-sim-behavior': JSON.stringify({ fault: process.argv[2] }) } }).catch((e) => console.log('err', e.code));
if (res) await res.body.text().catch((e) => console.log('body err', e.code));
await sim.close();
console.log('closed', performance.now() - t0);
process.on('exit', () => console.log('exit', performance.now() - t0));
