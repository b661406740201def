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
