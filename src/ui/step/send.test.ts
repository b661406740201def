import { describe, expect, it } from 'vitest';
import { createLab } from '../../worker/lab.ts';
import { PRESETS } from '../doc/presets.ts';
import { defaultSend, lastTraffic, resultOf } from './send.ts';

describe('the send form', () => {
  it('starts from the lab: its last traffic, or a container towards another namespace', async () => {
    for (const p of PRESETS) {
      const lab = createLab();
      await lab.replay(p.doc.script);
      const r = await lab.run(p.traffic.join('\n'));
      // Each preset's own ping is what the form offers to send again.
      const m = /ip netns exec (\S+) ping .* (\S+)$/.exec(p.traffic[0])!;
      expect(defaultSend(r.snapshot, p.doc.roles, r.transcript), p.example.file).toEqual({
        from: m[1],
        to: m[2],
      });
      // Without traffic: a container (or the first namespace with an address) to an address elsewhere.
      const d = defaultSend(r.snapshot, p.doc.roles, '');
      const owner = r.snapshot.namespaces.find((n) =>
        n.links.some((l) => l.addrs.some((a) => a.startsWith(`${d.to}/`))),
      );
      expect(owner?.name).not.toBe(d.from);
      expect(d.from).not.toBe('');
    }
  });

  it('reads the last ping or nc line of a transcript', () => {
    expect(lastTraffic('$ ip link\n$ ip netns exec c1 ping -c 1 -W 1 10.0.0.3\nPING …\n')).toEqual({
      from: 'c1',
      to: '10.0.0.3',
    });
    expect(lastTraffic('$ nc -z -v 172.17.0.3 80\n')).toEqual({ from: '', to: '172.17.0.3' });
    expect(lastTraffic('$ ip addr\n')).toBeUndefined();
  });

  it('says whether it got through', () => {
    expect(resultOf('1 packets transmitted, 1 received, 0% packet loss, time 0ms\n').ok).toBe(true);
    expect(resultOf('1 packets transmitted, 0 received, 100% packet loss, time 0ms\n').ok).toBe(false);
    expect(resultOf('Connection to 172.17.0.3 80 port [tcp/http] succeeded!\n').ok).toBe(true);
    expect(resultOf('nc: connect to 172.17.0.3 port 81 (tcp) failed: Connection refused\n').ok).toBe(false);
    expect(resultOf('ping: connect: Network is unreachable\n').ok).toBe(false);
  });
});
