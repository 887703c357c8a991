// Starts the local PostgreSQL and Redis the scale-out tests use when they are down (commands from the machine notes),
// and installs Debian's Chromium for the console's browser tests when it is missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

function probe(port) {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
    s.setTimeout(1000, () => {
      s.destroy();
      resolve(false);
    });
  });
}

const services = [
  { name: 'PostgreSQL', port: 5432, start: 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start' },
  {
    name: 'Redis',
    port: 6379,
    start:
      'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log',
  },
];

for (const svc of services) {
  if (await probe(svc.port)) continue;
  console.log(`[lintel] ${svc.name} is down; starting it`);
  try {
    execSync(svc.start, { stdio: 'inherit', shell: '/bin/bash' });
  } catch (err) {
    console.error(`[lintel] could not start ${svc.name}: ${err.message}`);
  }
  for (let i = 0; i < 50 && !(await probe(svc.port)); i++) await new Promise((r) => setTimeout(r, 200));
  console.log(`[lintel] ${svc.name} ${(await probe(svc.port)) ? 'is up' : 'is STILL DOWN'}`);
}

// The console's browser tests drive Debian's Chromium (no browser download): install it when missing.
const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.log("[lintel] Chromium is missing; installing Debian's chromium package for the browser tests");
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
      shell: '/bin/bash',
    });
  } catch (err) {
    console.error(`[lintel] could not install chromium: ${err.message} (the browser tests will say so)`);
  }
}
