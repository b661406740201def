import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Session } from '../../shell/session.ts';
import { msg, renderMsg, TRACE_EN, type TraceMsg } from './messages.ts';

const SCENARIOS = [
  '30-bridge-fdb-learning', // ARP, FDB learning, flooding, neighbour states
  '108-masquerade-tcp-router', // forwarding, TCP, conntrack, MASQUERADE
  '110-icmp-errors-through-router', // ICMP errors, TTL
  '113-hairpin-nat', // DNAT, hairpin, br_netfilter
];

function scenario(name: string): string {
  return readFileSync(new URL(`../../../conformance/scenarios/${name}.sh`, import.meta.url), 'utf8');
}

function codesIn(m: TraceMsg, into: Set<string>): Set<string> {
  into.add(m.code);
  for (const v of Object.values(m.params)) if (typeof v === 'object') codesIn(v, into);
  return into;
}

describe('trace messages', () => {
  it.each(SCENARIOS)('%s: every event has a code whose rendering is its text', (name) => {
    const s = new Session({ seed: 1 });
    s.run(scenario(name));
    const events = s.world.log.events;
    expect(events.length).toBeGreaterThan(10);
    for (const e of events) {
      expect(e.code, e.text).toBeDefined();
      expect(renderMsg({ code: e.code!, params: e.params! })).toBe(e.text);
      // Plain data: it crosses the worker boundary with structured clone.
      expect(structuredClone(e.params)).toEqual(e.params);
      for (const code of codesIn({ code: e.code!, params: e.params! }, new Set()))
        expect(TRACE_EN).toHaveProperty([code]);
    }
  });

  it('renders nested messages and optional phrases', () => {
    const m = (gw?: string) =>
      msg('route.output', {
        dst: '10.0.0.2',
        route: '"default via 10.0.0.1 dev eth0"',
        dev: 'eth0',
        via: gw ? msg('route.via-gateway', { gw }) : '',
        src: '10.0.0.5',
      });
    expect(renderMsg(m('10.0.0.1'))).toBe(
      'route lookup for 10.0.0.2: matched "default via 10.0.0.1 dev eth0" → out eth0 via gateway 10.0.0.1, source 10.0.0.5',
    );
    expect(renderMsg(m())).toBe(
      'route lookup for 10.0.0.2: matched "default via 10.0.0.1 dev eth0" → out eth0, source 10.0.0.5',
    );
    // A parameter's text is never read as a template.
    expect(renderMsg(msg('ip.no-config', { dev: '{dev}' }))).toBe(
      '{dev} has no IPv4 configuration: packet dropped',
    );
  });

  it('renders with another catalogue, nested messages included', () => {
    const zz = Object.fromEntries(Object.keys(TRACE_EN).map((k) => [k, `<${k}>`])) as Record<
      keyof typeof TRACE_EN,
      string
    >;
    zz['neigh.state'] = '{ip}/{dev} {from}>{to} [{why}]';
    const m = msg('neigh.state', {
      ip: '10.0.0.2',
      dev: 'eth0',
      from: 'NONE',
      to: 'INCOMPLETE',
      why: msg('neigh.why.confirmed'),
    });
    expect(renderMsg(m, zz)).toBe('10.0.0.2/eth0 NONE>INCOMPLETE [<neigh.why.confirmed>]');
  });
});
