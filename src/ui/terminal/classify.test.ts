import { describe, expect, it } from 'vitest';
import { changesTopology } from './classify.ts';
import { walkHistory } from './store.ts';

describe('terminal: which lines change the lab', () => {
  it('runs looks and traffic on top of the document', () => {
    for (const l of [
      'ip neigh',
      'ip -s neigh show',
      'ip a',
      'ip -br addr',
      'ip route show table local',
      'ip -n c1 route',
      'ip netns exec c1 ip neigh',
      'ip netns',
      'ip netns list',
      'bridge fdb show',
      'bridge -s fdb show br docker0',
      'bridge link',
      'brctl showmacs docker0',
      'iptables -L -n -v',
      'iptables -t nat -S',
      'conntrack -L',
      'conntrack -E -p tcp &',
      'conntrack -C',
      'sysctl net.ipv4.ip_forward',
      'ping -c 1 172.17.0.3',
      'ip netns exec c1 ping -c 1 172.17.0.3',
      'sleep 5',
      // Sockets are traffic too: a listener, a probe, and a look at them.
      'nc -lk 80 &',
      'ip netns exec c1 nc -z -v 172.17.0.3 80',
      'ss -ltn',
      'ip netns exec c2 ss -tan',
      // Commands netns-lab does not run change nothing: they print "unsupported" and keep the trace.
      'tcpdump -i eth0',
      'sudo tcpdump -ni any',
      'vim /etc/hosts',
      // A pasted prompt or sudo is read past.
      '$ ip neigh',
      '# bridge fdb show',
      'sudo -E ip netns exec c1 ping -c 1 172.17.0.3',
      'docker ps',
      'docker network inspect bridge',
      'docker exec c1 ping -c 1 172.17.0.3',
      'kubectl get pods -o wide',
      'kubectl get svc',
      'kubectl exec client -- nc -z -v 10.96.0.10 80',
      'kubectl exec -it client -- ping -c 1 10.22.0.2',
      'cat /tmp/a.yaml',
    ])
      expect(changesTopology(l), l).toBe(false);
  });

  it('sends changes to the document', () => {
    for (const l of [
      'ip link add br1 type bridge',
      'ip netns exec c1 ip addr add 10.0.0.1/24 dev eth0',
      'ip -n c1 link set eth0 down',
      'ip netns add c3',
      'ip neigh flush dev eth0',
      'bridge fdb add 02:00:00:00:00:01 dev veth1 master static',
      'brctl addbr br2',
      'iptables -A FORWARD -j DROP',
      'iptables -L -Z',
      'sysctl -w net.ipv4.ip_forward=1',
      'echo 1 > /proc/sys/net/ipv4/ip_forward',
      'sudo ip netns add ns1',
      '$ sudo ip link add veth0 type veth peer name veth1',
      '# ip link set veth0 up',
      'docker run -d --name web nginx',
      'docker network create mynet',
      'kubectl run web --image=nginx',
      'kubectl expose pod web --port=80',
      "kubectl apply -f - <<'EOF'",
      'kubectl delete pod web',
      'kubectl exec web -- ip link set lo down',
      "cat > /etc/cni/net.d/10-my-network.conf <<'EOF'",
    ])
      expect(changesTopology(l), l).toBe(true);
  });
});

describe('terminal history', () => {
  const h = ['ip neigh', 'bridge fdb show'];
  it('walks up from the line being typed and back down to it', () => {
    expect(walkHistory(h, 2, -1, 'ip r')).toEqual({ index: 1, line: 'bridge fdb show' });
    expect(walkHistory(h, 1, -1, 'ip r')).toEqual({ index: 0, line: 'ip neigh' });
    expect(walkHistory(h, 0, -1, 'ip r')).toBeUndefined();
    expect(walkHistory(h, 1, 1, 'ip r')).toEqual({ index: 2, line: 'ip r' });
    expect(walkHistory(h, 2, 1, 'ip r')).toBeUndefined();
  });
});

describe('a pasted line in a namespace terminal', () => {
  it('keeps the prompt and sudo in front of ip netns exec', async () => {
    const { inTerminal } = await import('./Terminal.tsx');
    expect(inTerminal('c1', 'ip link')).toBe('ip netns exec c1 ip link');
    expect(inTerminal('c1', 'sudo -E ip link')).toBe('sudo -E ip netns exec c1 ip link');
    expect(inTerminal('c1', '# ip route')).toBe('$ ip netns exec c1 ip route');
    expect(inTerminal('', '# ip route')).toBe('$ ip route');
    expect(inTerminal('', 'sudo ip link')).toBe('sudo ip link');
  });
  it('reads a root prompt in an import as a prompt, a comment as a comment', async () => {
    const { rootPrompts } = await import('../editor/ScriptDialog.tsx');
    expect(rootPrompts('# Two namespaces\n# ip netns add ns1\n  # sudo ip link\n#ip x')).toBe(
      '# Two namespaces\n$ ip netns add ns1\n  $ sudo ip link\n#ip x',
    );
  });
});
