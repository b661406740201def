import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportScript } from './export.ts';
import { Session } from './session.ts';

function out(s: Session, cmd: string): string {
  return s.exec(cmd).output;
}

describe('shell errors print what the real tools print', () => {
  it('reports unknown devices, duplicates and bad prefixes', () => {
    const s = new Session();
    expect(out(s, 'ip link set nosuch up')).toBe('Cannot find device "nosuch"\n');
    expect(out(s, 'ip link show nosuch')).toBe('Device "nosuch" does not exist.\n');
    expect(out(s, 'ip link add br0 type bridge')).toBe('');
    expect(out(s, 'ip link add br0 type bridge')).toBe('RTNETLINK answers: File exists\n');
    expect(out(s, 'ip addr add 10.0.0.256/24 dev br0')).toBe(
      'Error: any valid prefix is expected rather than "10.0.0.256/24".\n',
    );
    expect(out(s, 'ip route add default via 10.9.9.9')).toBe('Error: Nexthop has invalid gateway.\n');
    expect(out(s, 'ping -c 1 10.9.9.9')).toBe('ping: connect: Network is unreachable\n');
    expect(out(s, 'ip netns add a')).toBe('');
    expect(out(s, 'ip netns add a')).toBe('Cannot create namespace file "/run/netns/a": File exists\n');
  });

  it('says clearly what it does not model, and carries on', () => {
    const s = new Session();
    const t = s.runLines(
      'traceroute 10.0.0.1\nip link add br0 type bridge\nip link add v0 type vxlan id 1 dstport 4789 gbp\nip -br link show br0',
    );
    expect(t[0].unsupported).toBe(true);
    expect(t[0].output).toMatch(/^netns-lab: unsupported: traceroute/);
    expect(t[2].output).toBe('netns-lab: unsupported: vxlan option "gbp"\n');
    expect(t[3].output).toMatch(/^br0 +DOWN/);
  });

  it('never throws, whatever the input', () => {
    const words = [
      'ip',
      'link',
      'add',
      'set',
      'del',
      'addr',
      'route',
      'neigh',
      'netns',
      'exec',
      'a',
      'b',
      'type',
      'veth',
      'bridge',
      'peer',
      'name',
      'up',
      'down',
      'master',
      '10.0.0.1/24',
      'dev',
      'via',
      '10.0.0.2',
      'default',
      'brctl',
      'addif',
      'fdb',
      'ping',
      '-c',
      '1',
      'sysctl',
      '-w',
      'net.ipv4.ip_forward=1',
      '"',
      "'",
      '\\',
      '&',
      '>',
      'netns',
      'lladdr',
      '02:00:00:00:00:01',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...words), { maxLength: 10 }), { maxLength: 25 }),
        (lines) => {
          const s = new Session();
          for (const l of lines) {
            const r = s.exec(l.join(' '));
            expect(r.output).not.toMatch(/internal error/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

// Random topologies built from the commands people use; export → run again → export must be stable,
// and the rebuilt machine must look the same through `ip`.
const VIEW = [
  'ip -br link',
  'ip -br addr',
  'ip route show table all',
  'bridge fdb show',
  'ip neigh show nud permanent',
];

function view(s: Session): string {
  return s.world
    .namespaces()
    .map((ns) => VIEW.map((c) => s.exec(c, ns.name).output).join(''))
    .join('--\n');
}

const topo = fc.record({
  nsCount: fc.integer({ min: 1, max: 3 }),
  links: fc.array(
    fc.record({
      ns: fc.integer({ min: 0, max: 3 }),
      bridged: fc.boolean(),
      up: fc.boolean(),
      addr: fc.integer({ min: 1, max: 250 }),
    }),
    { maxLength: 5 },
  ),
  forward: fc.boolean(),
  defaultRoute: fc.boolean(),
});

describe('export', () => {
  it('round-trips: script → topology → script → the same topology', () => {
    fc.assert(
      fc.property(topo, (t) => {
        const lines = [
          'ip link add br0 address 02:00:00:00:00:fe type bridge',
          'ip addr add 10.1.0.1/24 dev br0',
          'ip link set br0 up',
        ];
        if (t.forward) lines.push('sysctl -w net.ipv4.ip_forward=1');
        for (let i = 0; i < t.nsCount; i++) lines.push(`ip netns add n${i}`, `ip -n n${i} link set lo up`);
        t.links.forEach((l, i) => {
          const ns = l.ns % t.nsCount;
          lines.push(`ip link add h${i} type veth peer name e${i} netns n${ns}`);
          if (l.bridged) lines.push(`ip link set h${i} master br0`);
          lines.push(`ip -n n${ns} addr add 10.1.0.${l.addr + 1}/24 dev e${i}`);
          if (l.up) lines.push(`ip link set h${i} up`, `ip -n n${ns} link set e${i} up`);
          if (l.up && t.defaultRoute)
            lines.push(`ip -n n${ns} route add default via 10.1.0.1 dev e${i} metric ${i + 1}`);
        });
        const a = new Session({ seed: 5 });
        a.run(lines.join('\n'));
        const script = exportScript(a.world);
        const b = new Session({ seed: 9 });
        const transcript = b.runLines(script);
        expect(transcript.filter((r) => r.output !== '').map((r) => `${r.command}: ${r.output}`)).toEqual([]);
        expect(view(b)).toBe(view(a));
        expect(exportScript(b.world)).toBe(script);
      }),
      { numRuns: 60 },
    );
  });

  it('quotes hostile names so the script cannot be subverted', () => {
    const s = new Session();
    s.run(`ip netns add 'x;touch$(id)'\nip link add 'a$b' type bridge`);
    const script = exportScript(s.world);
    expect(script).toContain("ip netns add 'x;touch$(id)'");
    expect(script).toContain("ip link add 'a$b' type bridge");
  });
});
