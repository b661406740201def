// world.rtnl is the only writer of network state outside the packet path (docs/architecture.md, "One
// mutation path"). Two guards keep it so: the engine's objects are typed read-only where the shell,
// the worker and the UI see them (the @ts-expect-error lines below fail `npm run typecheck` the day a
// field becomes writable again), and no source outside src/engine takes the engine's writable view or
// writes the fields a test once caught written directly.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { Session } from '../shell/session.ts';
import type { DevConf } from './ipv4/devconf.ts';
import type { Bridge, BridgePort } from './link/bridge.ts';
import type { Device } from './link/device.ts';
import type { PacketTap } from './link/packet-tap.ts';
import type { Chain } from './netfilter/table.ts';
import type { Netns } from './netns/netns.ts';

// Never called: it only has to typecheck, with each write refused by the compiler.
function writesRefusedByTheTypes(
  dev: Device,
  ns: Netns,
  br: Bridge,
  port: BridgePort,
  chain: Chain,
  conf: DevConf,
  tap: PacketTap,
): void {
  // @ts-expect-error a capture's tap goes on through world.rtnl.packetOpen
  dev.taps.push(tap);
  // @ts-expect-error the list is replaced by world.rtnl only
  dev.taps = [];
  // @ts-expect-error "any" captures too
  ns.taps.push(tap);
  // @ts-expect-error promiscuity is counted by world.rtnl (dev_set_promiscuity)
  dev.promiscuity = 1;
  // @ts-expect-error bridge port flags: rtnl.setBridgePort
  port.hairpin = true;
  // @ts-expect-error ageing: rtnl.setBridgeOptions
  br.ageingTime = 0;
  // @ts-expect-error iptables rules: rtnl.xtRuleAdd
  chain.rules.push(chain.rules[0]);
  // @ts-expect-error policies: rtnl.xtPolicy
  chain.policy = 'DROP';
  // @ts-expect-error sysctls: rtnl.setSysctl
  conf.v.forwarding = 1;
}

void writesRefusedByTheTypes;

const SRC = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

it('nothing outside src/engine takes the writable view or writes taps and promiscuity', () => {
  const offenders: string[] = [];
  for (const file of sources(SRC)) {
    const rel = relative(SRC, file);
    if (rel.startsWith('engine/')) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (
          /from\s+['"][^'"]*\/writable\.ts['"]/.test(line) ||
          /\bwritable\(/.test(line) ||
          /\.taps\s*(=[^=]|\.(push|splice|pop|shift|unshift|length\s*=))/.test(line) ||
          /\.promiscuity\s*(\+\+|--|[-+]?=[^=])/.test(line)
        )
          offenders.push(`${rel}:${i + 1}: ${line.trim()}`);
      });
  }
  expect(offenders).toEqual([]);
});

it('a capture raises promiscuity through rtnl and leaves the device as it was when it ends', () => {
  const s = new Session();
  s.run(
    'ip link add br0 type bridge\nip link set br0 up\nip link add v0 type veth peer name v1\nip link set v0 up',
  );
  const br = s.world.host.dev('br0')!;
  const v0 = s.world.host.dev('v0')!;
  const opens: string[] = [];
  const rtnl = s.world.rtnl;
  const open = rtnl.packetOpen.bind(rtnl);
  rtnl.packetOpen = (ns, dev, tap, promisc) => {
    opens.push(`${dev?.name ?? 'any'} ${promisc}`);
    open(ns, dev, tap, promisc);
  };
  s.run(
    'tcpdump -i br0 -w /tmp/a.pcap &\ntcpdump -p -i v0 -w /tmp/b.pcap &\ntcpdump -i any -w /tmp/c.pcap &',
  );
  expect(opens).toEqual(['br0 true', 'v0 false', 'any false']);
  expect([br.promiscuity, br.taps.length, v0.promiscuity, v0.taps.length, s.world.host.taps.length]).toEqual([
    1, 1, 0, 1, 1,
  ]);
  expect(s.run('ip -d link show br0')).toContain('promiscuity 1 ');
  expect(s.world.log.since(0).some((e) => e.code === 'capture.promisc-on')).toBe(true);
  s.run('pkill tcpdump');
  expect([br.promiscuity, br.taps.length, v0.taps.length, s.world.host.taps.length]).toEqual([0, 0, 0, 0]);
  expect(s.world.log.since(0).some((e) => e.code === 'capture.promisc-off')).toBe(true);
  // A device deleted under a capture closes it (NETDEV_UNREGISTER) and nothing is left behind.
  s.run('tcpdump -i v0 -w /tmp/d.pcap &\nip link del v0');
  expect(v0.taps.length).toBe(0);
  expect(s.jobs.all().some((j) => j.capture)).toBe(false);
});
