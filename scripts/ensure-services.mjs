// Starts the local PostgreSQL and Redis the scale-out tests use when they are down (commands from the machine notes),
// and installs Debian's Chromium for the console's browser tests when it is missing.
import { execSync } from 'node:child_process';
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

// Debian packages the test suite drives (the load-balancer drill; Chromium for the console's browser tests, never
// a browser download); installed when missing.
for (const [bin, pkg] of [
  ['haproxy', 'haproxy'],
  ['chromium', 'chromium'],
]) {
  try {
    execSync(`command -v ${bin}`, { stdio: 'ignore', shell: '/bin/bash' });
  } catch {
    console.log(`[lintel] ${bin} is missing; installing Debian's ${pkg}`);
    try {
      execSync(`(apt-get install -y ${pkg} || (apt-get update && apt-get install -y ${pkg})) > /dev/null`, {
        stdio: 'inherit',
        shell: '/bin/bash',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (err) {
      console.error(`[lintel] could not install ${pkg}: ${err.message}`);
    }
  }
}
