// icmp_reply and __icmp_send when there is no route back: nothing is sent, and the trace says why.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Session } from '../../shell/session.ts';
import { TRACE_ZH } from '../../ui/i18n/trace.zh.ts';
import { renderMsg } from '../trace/messages.ts';

const SCENARIO = readFileSync(
  new URL('../../../conformance/scenarios/154-echo-reply-no-route-back.sh', import.meta.url),
  'utf8',
);
/** The scenario up to (not including) the line that adds b's default route. */
const NO_ROUTE_BACK = SCENARIO.slice(0, SCENARIO.indexOf('ip -n b route add default'));

describe('an echo reply with no route back', () => {
  it('is dropped in the replying namespace with an explanation naming the missing route', () => {
    const s = new Session({ seed: 4 });
    const out = s.run(NO_ROUTE_BACK);
    expect(out).toContain('2 packets transmitted, 0 received, 100% packet loss');
    const drops = s.world.log.events.filter((e) => e.code === 'icmp.reply-unroutable');
    expect(drops.map((e) => e.ns)).toEqual(['b', 'b']);
    expect(drops[0].text).toBe(
      '10.0.1.2 → 10.0.0.1 ICMP echo reply seq 1 cannot leave: this namespace has no route back to 10.0.0.1 (ENETUNREACH), so the reply is dropped here and the ping never sees it; a route to 10.0.0.1 (or a default route) is missing on this side',
    );
    const zh = renderMsg({ code: drops[0].code!, params: drops[0].params! }, TRACE_ZH);
    expect(zh).toContain('没有回到 10.0.0.1 的路由（ENETUNREACH）');
    // The same lab with the route: replies flow and nothing is explained away.
    s.run('ip -n b route add default via 10.0.1.254\n');
    const before = drops.length;
    expect(s.run('ip netns exec a ping -c 1 -W 1 10.0.1.2\n')).toContain('1 received');
    expect(s.world.log.events.filter((e) => e.code === 'icmp.reply-unroutable')).toHaveLength(before);
  });

  it('an ICMP error with no route back is not sent, and the trace says so', () => {
    const s = new Session({ seed: 4 });
    s.run(NO_ROUTE_BACK);
    // UDP to a closed port of b (-v: without it nc sends nothing): b's port unreachable has no route.
    s.run('ip netns exec a nc -u -z -v -w 1 10.0.1.2 9\n');
    const e = s.world.log.events.find((x) => x.code === 'icmp.error-unroutable');
    expect(e?.ns).toBe('b');
    expect(e?.text).toMatch(
      /^10\.0\.1\.2 → 10\.0\.0\.1 ICMP destination unreachable is not sent: there is no route back to 10\.0\.0\.1 \(ENETUNREACH\)/,
    );
  });
});
