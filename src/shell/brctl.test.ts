// brctl hairpin on a port: the same IFLA_BRPORT_MODE as `bridge link set … hairpin on` (the kernel
// scenario 157 cannot show it: its sandbox's sysfs is the host's, so brctl's write fails there).
import { describe, expect, it } from 'vitest';
import { Session } from './session.ts';

describe('brctl hairpin', () => {
  it('turns a port hairpin on and off, as bridge -d link shows', () => {
    const s = new Session({ seed: 1 });
    s.run('brctl addbr br0\nip link add v1 type veth peer name v1p\nbrctl addif br0 v1\n');
    expect(s.exec('brctl hairpin br0 v1 on')).toMatchObject({ output: '', status: 0 });
    expect(s.run('bridge -d link show dev v1\n')).toContain('hairpin on ');
    expect(s.exec('brctl hairpin br0 v1 off')).toMatchObject({ output: '', status: 0 });
    expect(s.run('bridge -d link show dev v1\n')).toContain('hairpin off ');
  });

  it('says the STP commands are not modelled rather than not knowing them', () => {
    const s = new Session({ seed: 1 });
    s.run('brctl addbr br0\n');
    for (const c of ['showstp br0', 'setfd br0 2', 'setbridgeprio br0 100']) {
      const r = s.exec(`brctl ${c}`);
      expect(r.output).toMatch(/^netns-lab: unsupported: brctl \w+ \(STP is not modelled\)\n$/);
      expect(r.status).toBe(2);
    }
  });
});
