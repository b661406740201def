import { describe, expect, it } from 'vitest';
import { Session } from '../session.ts';
import { probability, sepChain, svcChain } from './proxy.ts';
import { existingK8sState } from './state.ts';

describe('kube-proxy names and probabilities', () => {
  it('hashes chain names as kube-proxy does (names from pkg/proxy/iptables/proxier_test.go)', () => {
    expect(svcChain('ns1/svc1:p80', 'tcp')).toBe('KUBE-SVC-XPGD46QRK7WJZT7O');
    expect(svcChain('ns2/svc2:p80', 'tcp')).toBe('KUBE-SVC-GNZBNJ2PO5MGZ6GT');
    expect(sepChain('ns1/svc1:p80', 'tcp', '10.180.0.1:80')).toBe('KUBE-SEP-SXIVWICOYRO3J4NJ');
  });
  it('formats 1/n with ten decimals (computeProbability)', () => {
    expect([2, 3, 4].map(probability)).toEqual(['0.5000000000', '0.3333333333', '0.2500000000']);
  });
});

describe('kube-proxy statistic split, over many connections', () => {
  // The kernel draws get_random_u32() per packet; netns-lab draws from the seeded generator. One
  // connection's choice is not meaningful, the split over many is: each of n endpoints gets about
  // 1/n (binomial: well inside 5 standard deviations here).
  for (const n of [2, 3]) {
    it(`${n} endpoints`, () => {
      const s = new Session({ seed: 11 });
      for (let i = 1; i <= n; i++)
        expect(s.exec(`kubectl run web${i} --image=nginx --labels=app=web`).status).toBe(0);
      s.exec('kubectl run client --image=busybox -- sleep 3600');
      s.exec('kubectl expose pod web1 --port=80 --name=web');
      const st = existingK8sState(s.world)!;
      const ip = st.service('web')!.clusterIP;
      const vip = [ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255].join('.');
      const N = 300;
      for (let i = 0; i < N; i++) {
        const r = s.exec(`ip netns exec client nc -z -w 1 ${vip} 80`);
        expect(r.status).toBe(0);
      }
      const counts = st.pods
        .filter((p) => p.name.startsWith('web'))
        .map((p) => {
          const ep = `${[p.ip >>> 24, (p.ip >>> 16) & 255, (p.ip >>> 8) & 255, p.ip & 255].join('.')}:80`;
          const out = s.exec(`iptables -t nat -L ${sepChain('default/web', 'tcp', ep)} -n -v -x`).output;
          // The DNAT rule's packet count: one SYN per connection.
          return Number(/^\s+(\d+)\s+\d+\s+DNAT/m.exec(out)![1]);
        });
      expect(counts.reduce((a, b) => a + b, 0)).toBe(N);
      const sd = Math.sqrt((N * (n - 1)) / n / n);
      for (const c of counts) expect(Math.abs(c - N / n)).toBeLessThan(5 * sd);
      // And the rules are the split kube-proxy writes: 1/n, 1/(n-1), …, then the last unconditionally.
      const rules = s.exec(`iptables -t nat -S ${svcChain('default/web', 'tcp')}`).output;
      const probs = [...rules.matchAll(/--probability (\S+)/g)].map((m) => m[1]);
      expect(probs).toEqual(n === 2 ? ['0.50000000000'] : ['0.33333333349', '0.50000000000']);
    });
  }
});
