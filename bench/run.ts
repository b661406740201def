// npm run bench: builds a 1,000-namespace topology (10 bridges × 100 namespaces, a router namespace
// joined to every bridge) through the shell, then runs 1,000 pings across bridges, and prints wall
// time, events per second and peak memory. Targets: under 2 s and under 300 MB in Node.

import { performance } from 'node:perf_hooks';
import { Session } from '../src/shell/session.ts';

const BRIDGES = 10;
const PER_BRIDGE = 100;

function buildScript(): string {
  const l: string[] = [
    'ip netns add router',
    'ip -n router link set lo up',
    'ip netns exec router sysctl -qw net.ipv4.ip_forward=1',
  ];
  for (let b = 0; b < BRIDGES; b++) {
    l.push(`ip link add br${b} type bridge`, `ip link set br${b} up`);
    l.push(`ip link add rt${b} type veth peer name eth${b} netns router`);
    l.push(`ip link set rt${b} master br${b}`, `ip link set rt${b} up`);
    l.push(`ip -n router addr add 10.${b}.0.1/16 dev eth${b}`, `ip -n router link set eth${b} up`);
    for (let i = 0; i < PER_BRIDGE; i++) {
      const ns = `n${b}-${i}`;
      l.push(`ip netns add ${ns}`);
      l.push(`ip link add v${b}-${i} type veth peer name eth0 netns ${ns}`);
      l.push(`ip link set v${b}-${i} master br${b}`, `ip link set v${b}-${i} up`);
      l.push(
        `ip -n ${ns} addr add 10.${b}.${1 + Math.floor((i + 1) / 250)}.${((i + 1) % 250) + 2}/16 dev eth0`,
      );
      l.push(`ip -n ${ns} link set eth0 up`, `ip -n ${ns} route add default via 10.${b}.0.1`);
    }
  }
  return l.join('\n');
}

function addrOf(b: number, i: number): string {
  return `10.${b}.${1 + Math.floor((i + 1) / 250)}.${((i + 1) % 250) + 2}`;
}

let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const timer = setInterval(sample, 5);

const s = new Session({ seed: 42, traceLimit: Number(process.env.TRACE_LIMIT ?? 0) });
const t0 = performance.now();
const setup = s.runLines(buildScript());
const t1 = performance.now();
const failedSetup = setup.filter((r) => r.output !== '');
if (failedSetup.length) {
  console.error(`setup failed: ${failedSetup[0].command}: ${failedSetup[0].output}`);
  process.exit(1);
}
sample();
let ok = 0;
const events0 = s.world.clock.processed;
const trace0 = s.world.log.count;
for (let k = 0; k < 1000; k++) {
  const b = k % BRIDGES;
  const i = Math.floor(k / BRIDGES) % PER_BRIDGE;
  const to = addrOf((b + 1) % BRIDGES, (i * 7) % PER_BRIDGE);
  const r = s.exec(`ip netns exec n${b}-${i} ping -c 1 -W 1 ${to}`);
  if (r.output.includes(' 1 received')) ok++;
  if (k % 50 === 0) sample();
}
const t2 = performance.now();
sample();
clearInterval(timer);
const events = s.world.clock.processed - events0;
const traces = s.world.log.count - trace0;
const wall = (t2 - t0) / 1000;
console.log(
  `topology: ${BRIDGES} bridges × ${PER_BRIDGE} namespaces + router (${setup.length} commands) built in ${(t1 - t0).toFixed(0)} ms`,
);
console.log(`pings: 1000 sent, ${ok} answered, in ${(t2 - t1).toFixed(0)} ms`);
console.log(
  `events: ${events} clock events + ${traces} trace events, ${Math.round((events + traces) / ((t2 - t1) / 1000))} events/s during pings`,
);
console.log(
  `wall time: ${wall.toFixed(2)} s (target < 2 s)   peak RSS: ${(peak / 1048576).toFixed(0)} MB (target < 300 MB)`,
);
if (ok !== 1000) {
  console.error('some pings were not answered');
  process.exit(1);
}
