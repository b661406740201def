// sysctl -a beyond what a kernel scenario can show (the kernel lists hundreds of keys netns-lab does
// not model, so no golden can agree): the modelled keys in the kernel's order, checked by hand
// against `sysctl -a -N` in a namespace with veth0, Veth-1, eth0.5 and a1 on kernel 6.18.

import { describe, expect, it } from 'vitest';
import { Session } from './session.ts';

describe('sysctl -a', () => {
  const s = new Session();
  s.run(
    'ip netns add a\nip -n a link add veth0 type veth peer name Veth-1\nip -n a link add eth0.5 type veth peer name a1',
  );

  it('lists the modelled keys by directory, each sorted by name, and says the list is partial', () => {
    const r = s.exec('ip netns exec a sysctl -a -N');
    const lines = r.output.trimEnd().split('\n');
    const note = lines.pop();
    expect(note).toMatch(/^netns-lab: unsupported: sysctl -a lists only the keys netns-lab models/);
    expect(r.unsupported).toBe(true);
    expect(r.status).toBe(0);
    const confDevs = [...new Set(lines.flatMap((l) => /^net\.ipv4\.conf\.([^.]+)\./.exec(l)?.[1] ?? []))];
    expect(confDevs).toEqual(['Veth-1', 'a1', 'all', 'default', 'eth0/5', 'lo', 'veth0']);
    expect(lines.indexOf('net.ipv4.conf.all.accept_local')).toBeLessThan(
      lines.indexOf('net.ipv4.conf.all.forwarding'),
    );
    expect(lines.indexOf('net.ipv4.icmp_echo_ignore_all')).toBeLessThan(lines.indexOf('net.ipv4.ip_forward'));
    expect(lines.indexOf('net.ipv4.ip_forward')).toBeLessThan(lines.indexOf('net.ipv4.neigh.lo.locktime'));
    // Deprecated keys only with --deprecated, as procps does.
    expect(lines).not.toContain('net.ipv4.neigh.lo.retrans_time');
    expect(s.exec('ip netns exec a sysctl -a -N --deprecated').output).toContain(
      'net.ipv4.neigh.lo.retrans_time\n',
    );
  });

  it('prints what sysctl KEY prints for each key, filtered by -r, and keeps the note out of a pipe', () => {
    const all = s.exec('ip netns exec a sysctl -a -r "conf\\.veth0\\.(rp_filter|forwarding)$"').output;
    expect(all).toMatch(
      /^net\.ipv4\.conf\.veth0\.forwarding = 0\nnet\.ipv4\.conf\.veth0\.rp_filter = 0\nnetns-lab/,
    );
    const piped = s.exec('ip netns exec a sysctl -a | grep -c conf.veth0');
    expect(piped.output).toMatch(/^netns-lab: unsupported: sysctl -a lists only.*\n\d+\n$/);
    expect(piped.output.split('\n')[1]).toBe(
      String(s.exec('ip netns exec a sysctl -a -N -r conf.veth0').output.split('\n').length - 2),
    );
  });
});

describe('sysctl redirections', () => {
  it('> FILE takes stdout only: messages and netns-lab notes stay on the terminal', () => {
    const s = new Session({ seed: 1 });
    expect(s.run('sysctl net.ipv4.ip_forward nosuch.x > out.txt\n')).toBe(
      '$ sysctl net.ipv4.ip_forward nosuch.x > out.txt\nnetns-lab: unsupported: sysctl nosuch.x\n[exit 2]\n',
    );
    expect(s.run('cat out.txt\n')).toBe('$ cat out.txt\nnet.ipv4.ip_forward = 0\n');
    expect(s.run('sysctl --bogus > out.txt\ncat out.txt\n').split('\n').slice(0, 4)).toEqual([
      '$ sysctl --bogus > out.txt',
      "sysctl: unrecognized option '--bogus'",
      '$ cat out.txt',
      '',
    ]);
  });
});
