import { describe, expect, it } from 'vitest';
import { Session } from '../../shell/session.ts';
import { captureCommand, captureFile } from './CaptureSection.tsx';

describe('the capture section types what a person would', () => {
  it('names the file after the namespace and device, and quotes names the shell would read', () => {
    expect(captureFile('', 'docker0')).toBe('docker0.pcap');
    expect(captureFile('node2', 'flannel.1')).toBe('node2-flannel.1.pcap');
    expect(captureFile('', '-x')).toBe('./-x.pcap');
    expect(captureCommand.start('a$b', captureFile('c 1', 'a$b'))).toBe(
      "tcpdump -i 'a$b' -w 'c 1-a$b.pcap' &",
    );
  });

  it('runs in the shell: a device named like an option or with $ in it is captured and read back', () => {
    const s = new Session({ seed: 1 });
    s.run(
      [
        'ip netns add a',
        "ip link add '-x' type veth peer name 'a$b' netns a",
        "ip addr add 10.0.0.1/24 dev '-x'",
        "ip -n a addr add 10.0.0.2/24 dev 'a$b'",
        "ip link set '-x' up",
        "ip -n a link set 'a$b' up",
      ].join('\n'),
    );
    for (const [ns, dev] of [
      ['', '-x'],
      ['a', 'a$b'],
    ]) {
      const line = captureCommand.start(dev, captureFile(ns, dev));
      expect(s.exec(ns ? `ip netns exec ${ns} ${line}` : line).output).toContain(`listening on ${dev},`);
    }
    s.exec('ping -c 1 10.0.0.2');
    // pkill stops both captures; each saw the ARP exchange and the echo, both ways.
    expect(s.exec(captureCommand.stop()).output).toMatch(
      /^4 packets captured\n4 packets received by filter\n0 packets dropped by kernel\n4 packets captured\n/,
    );
    const read = s.exec(captureCommand.read(captureFile('a', 'a$b'))).output;
    expect(read).toContain('reading from file a-a$b.pcap, link-type EN10MB (Ethernet)');
    expect(read).toContain('10.0.0.1 > 10.0.0.2: ICMP echo request');
    expect(s.exec(captureCommand.read(captureFile('', '-x'))).output).toContain('ICMP echo reply');
  });
});
