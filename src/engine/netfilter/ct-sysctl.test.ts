// net.netfilter's conntrack sysctls as the engine reads them: tcp_loose decides whether a bare ACK
// may start an entry (tcp_new), and the timeouts are the namespace's own.
import { describe, expect, it } from 'vitest';
import { exportWorld } from '../../shell/export.ts';
import { Session } from '../../shell/session.ts';
import { SEC } from '../sim/clock.ts';
import { TCP_ACK, TCP_SYN } from '../wire/packet.ts';
import { CT_SYSCTL_DEFAULTS, type CtEntry, tcpTransition, timeoutFor } from './conntrack.ts';

const entry = (proto: number): CtEntry => ({
  proto,
  orig: { proto, src: 1, dst: 2, sport: 3, dport: 4 },
  snatDecided: false,
  dnatDecided: false,
  replied: false,
  assured: false,
  confirmed: false,
  created: 0,
  expires: 0,
});

describe('conntrack sysctls', () => {
  it('tcp_loose: a bare ACK picks up a connection only while it is 1; a SYN always starts one', () => {
    expect(tcpTransition(entry(6), 'orig', TCP_ACK, true)).toBe('ESTABLISHED');
    expect(tcpTransition(entry(6), 'orig', TCP_ACK, false)).toBe('invalid');
    expect(tcpTransition(entry(6), 'orig', TCP_SYN, false)).toBe('SYN_SENT');
  });

  it('timeouts come from the sysctls given, per protocol and TCP state', () => {
    const t = { ...CT_SYSCTL_DEFAULTS, nf_conntrack_udp_timeout: 7, nf_conntrack_tcp_timeout_syn_sent: 9 };
    expect(timeoutFor(entry(17), 0, t)).toBe(7 * SEC);
    expect(timeoutFor({ ...entry(6), tcp: 'SYN_SENT2' }, 0, t)).toBe(9 * SEC);
    expect(timeoutFor(entry(1), 0, t)).toBe(30 * SEC);
  });

  it('each namespace has its own, and the export writes the ones that differ after the rules', () => {
    const s = new Session();
    s.run(
      'ip netns add a\nip netns add b\nip netns exec a sysctl -qw net.netfilter.nf_conntrack_udp_timeout=10\nip netns exec a iptables -A OUTPUT -m state --state NEW',
    );
    expect(s.world.netns('a')?.nf.ct.sysctl.nf_conntrack_udp_timeout).toBe(10);
    expect(s.world.netns('b')?.nf.ct.sysctl.nf_conntrack_udp_timeout).toBe(30);
    expect(s.world.host.nf.ct.sysctl.nf_conntrack_udp_timeout).toBe(30);
    const lines = exportWorld(s.world).script.split('\n');
    const rule = lines.findIndex((l) => l.includes('iptables') && l.includes('-A OUTPUT'));
    const set = lines.indexOf('ip netns exec a sysctl -qw net.netfilter.nf_conntrack_udp_timeout=10');
    expect(rule).toBeGreaterThan(0);
    expect(set).toBeGreaterThan(rule);
    expect(lines.filter((l) => l.includes('net.netfilter'))).toHaveLength(1);
  });
});
