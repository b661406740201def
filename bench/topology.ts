// The generated lab the benches run: N namespaces, 100 on each bridge, every bridge joined to one
// router namespace (forwarding on) by a veth; then one ping from each namespace to a namespace
// behind the next bridge (each resolves ARP through a 100-port flood on both bridges).

export const PER_BRIDGE = 100;

function addr(b: number, i: number): string {
  return `10.${b}.${1 + Math.floor((i + 1) / 250)}.${((i + 1) % 250) + 2}`;
}

/** The set-up lines and the ping lines for `n` namespaces (a multiple of 100, at least 200). */
export function topology(n: number): { setup: string[]; pings: string[] } {
  const bridges = Math.ceil(n / PER_BRIDGE);
  if (bridges < 2 || bridges > 250) throw new RangeError(`topology: ${n} namespaces (200 to 25,000)`);
  const setup = [
    'ip netns add router',
    'ip -n router link set lo up',
    'ip netns exec router sysctl -qw net.ipv4.ip_forward=1',
  ];
  for (let b = 0; b < bridges; b++) {
    setup.push(
      `ip link add br${b} type bridge`,
      `ip link set br${b} up`,
      `ip link add rt${b} type veth peer name eth${b} netns router`,
      `ip link set rt${b} master br${b}`,
      `ip link set rt${b} up`,
      `ip -n router addr add 10.${b}.0.1/16 dev eth${b}`,
      `ip -n router link set eth${b} up`,
    );
    for (let i = 0; i < PER_BRIDGE; i++) {
      const ns = `n${b}-${i}`;
      setup.push(
        `ip netns add ${ns}`,
        `ip link add v${b}-${i} type veth peer name eth0 netns ${ns}`,
        `ip link set v${b}-${i} master br${b}`,
        `ip link set v${b}-${i} up`,
        `ip -n ${ns} addr add ${addr(b, i)}/16 dev eth0`,
        `ip -n ${ns} link set eth0 up`,
        `ip -n ${ns} route add default via 10.${b}.0.1`,
      );
    }
  }
  const pings: string[] = [];
  for (let k = 0; k < n; k++) {
    const b = k % bridges;
    const i = Math.floor(k / bridges) % PER_BRIDGE;
    pings.push(`ip netns exec n${b}-${i} ping -c 1 -W 1 ${addr((b + 1) % bridges, (i * 7) % PER_BRIDGE)}`);
  }
  return { setup, pings };
}

/** Two bridges joined twice (a loop, STP off) and one ping across it: a broadcast storm. */
export function bridgeLoop(): { setup: string[]; pings: string[] } {
  const setup = ['ip netns add a', 'ip netns add b'];
  for (const br of ['br0', 'br1']) setup.push(`ip link add ${br} type bridge`, `ip link set ${br} up`);
  for (const [x, y] of [
    ['x0', 'x1'],
    ['y0', 'y1'],
  ])
    setup.push(
      `ip link add ${x} type veth peer name ${y}`,
      `ip link set ${x} master br0`,
      `ip link set ${y} master br1`,
      `ip link set ${x} up`,
      `ip link set ${y} up`,
    );
  for (const [ns, br, ip] of [
    ['a', 'br0', '10.0.0.1'],
    ['b', 'br1', '10.0.0.2'],
  ])
    setup.push(
      `ip link add v${ns} type veth peer name eth0 netns ${ns}`,
      `ip link set v${ns} master ${br}`,
      `ip link set v${ns} up`,
      `ip -n ${ns} addr add ${ip}/24 dev eth0`,
      `ip -n ${ns} link set eth0 up`,
    );
  return { setup, pings: ['ip netns exec a ping -c 1 10.0.0.2'] };
}

/** One veth pair and `ping -c count` (virtual time: a second between pings costs nothing). */
export function longPing(count: number): { setup: string[]; pings: string[] } {
  return {
    setup: [
      'ip netns add a',
      'ip netns add b',
      'ip link add va type veth peer name vb',
      'ip link set va netns a',
      'ip link set vb netns b',
      'ip -n a addr add 10.0.0.1/24 dev va',
      'ip -n b addr add 10.0.0.2/24 dev vb',
      'ip -n a link set va up',
      'ip -n b link set vb up',
    ],
    pings: [`ip netns exec a ping -c ${count} -q 10.0.0.2`],
  };
}

/** One bridge with `n` veth ports, all enslaved before any is brought up (was cubic in `n`). */
export function wideBridge(n: number): { setup: string[]; pings: string[] } {
  const setup = ['ip link add br0 type bridge', 'ip link set br0 up'];
  for (let i = 0; i < n; i++) setup.push(`ip link add v${i} type veth peer name p${i}`);
  for (let i = 0; i < n; i++) setup.push(`ip link set v${i} master br0`);
  for (let i = 0; i < n; i++) setup.push(`ip link set v${i} up`, `ip link set p${i} up`);
  return { setup, pings: [] };
}

/** The host routes to `n` namespaces, one veth and one /24 each (as Calico-style CNIs do), and pings each. */
export function routedHost(n: number): { setup: string[]; pings: string[] } {
  const net = (i: number) => `10.${Math.floor(i / 250)}.${i % 250}`;
  const setup: string[] = [];
  const pings: string[] = [];
  for (let i = 0; i < n; i++) {
    setup.push(
      `ip netns add n${i}`,
      `ip link add v${i} type veth peer name eth0 netns n${i}`,
      `ip link set v${i} up`,
      `ip addr add ${net(i)}.1/24 dev v${i}`,
      `ip -n n${i} addr add ${net(i)}.2/24 dev eth0`,
      `ip -n n${i} link set eth0 up`,
      `ip -n n${i} route add default via ${net(i)}.1`,
    );
    pings.push(`ping -c 1 -W 1 ${net(i)}.2`);
  }
  return { setup, pings };
}
