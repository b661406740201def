import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples/index.ts';
import { Session } from '../../shell/session.ts';
import { createLab } from '../../worker/lab.ts';
import { cmd } from '../doc/commands.ts';
import { emptyDocument } from '../doc/document.ts';
import { isDockerContainer, renameInArgv, renameInScript, renameNetnsInDoc } from './renameNetns.ts';

describe('renaming a namespace', () => {
  it('changes only the words that name it', () => {
    const r = (line: string) => renameInArgv(line.split(' '), 'c1', 'ns1').join(' ');
    expect(r('ip netns add c1')).toBe('ip netns add ns1');
    expect(r('ip -n c1 link set lo up')).toBe('ip -n ns1 link set lo up');
    expect(r('ip -4 -netns c1 addr show')).toBe('ip -4 -netns ns1 addr show');
    expect(r('ip link add veth1 type veth peer name eth0 netns c1')).toBe(
      'ip link add veth1 type veth peer name eth0 netns ns1',
    );
    expect(r('ip netns exec c1 ip -n c1 route')).toBe('ip netns exec ns1 ip -n ns1 route');
    expect(r('ip netns exec c1 ping -c 1 c1')).toBe('ip netns exec ns1 ping -c 1 c1');
    // Interfaces, bridges and other namespaces called the same are left alone.
    expect(r('ip link add c1 type bridge')).toBe('ip link add c1 type bridge');
    expect(r('ip netns add c10')).toBe('ip netns add c10');
    expect(r('brctl addbr c1')).toBe('brctl addbr c1');
  });

  it('keeps comments and untouched lines, re-quotes the lines it changes', () => {
    const script =
      '# c1 is a container\nip netns add c1\nip link add br0 type bridge\n\nip -n c1 \\\n  link set lo up\n';
    expect(renameInScript(script, 'c1', 'my ns')).toBe(
      "# c1 is a container\nip netns add 'my ns'\nip link add br0 type bridge\n\nip -n 'my ns' link set lo up\n",
    );
  });

  it('gives every preset the same topology under the new name', async () => {
    // A Pod's namespace is named after the Pod, and Kubernetes cannot rename a Pod: the kubectl
    // presets are not renamed this way.
    for (const e of EXAMPLES.filter((x) => !/^kubectl /m.test(x.script))) {
      const before = (await createLab().run(e.script)).snapshot;
      const named = before.namespaces.slice(1).map((n) => n.name);
      const from = named[0];
      const doc = renameNetnsInDoc(
        { ...emptyDocument(), script: e.script, roles: { [from]: { role: 'container' } }, positions: {} },
        from,
        'renamed',
      );
      const after = (await createLab().run(doc.script)).snapshot;
      expect(after.namespaces.map((n) => n.name)).toEqual(
        before.namespaces.map((n) => (n.name === from ? 'renamed' : n.name)),
      );
      const strip = (s: typeof before) =>
        JSON.stringify(s.namespaces.map((n) => n.links.map((l) => [l.name, l.addrs, l.up, l.peer?.ifname])));
      expect(strip(after)).toBe(strip(before));
      expect(doc.roles).toEqual({ renamed: { role: 'container' } });
    }
  });

  it('renames a container in the docker commands that name it', () => {
    const script = [
      'docker run -d -p 8080:80 --name web nginx',
      'docker run -d --name side --network container:web busybox sleep 60',
      'docker exec web ip addr',
      'docker network connect mynet web',
      'docker stop web side',
      'docker run -d --name other busybox web',
    ].join('\n');
    expect(renameInScript(script, 'web', 'www')).toBe(
      [
        'docker run -d -p 8080:80 --name www nginx',
        'docker run -d --name side --network container:www busybox sleep 60',
        'docker exec www ip addr',
        'docker network connect mynet www',
        'docker stop www side',
        'docker run -d --name other busybox web',
      ].join('\n'),
    );
  });

  it('knows which namespaces docker run made, and docker rm -f takes one away with its rules', () => {
    const script = [
      'ip netns add plain',
      ...cmd.dockerRun('c1'),
      'docker run -d --name=c2 busybox sleep 60',
      '# docker run -d --name c3 busybox',
      'docker exec c1 ip addr',
    ].join('\n');
    expect(isDockerContainer(script, 'c1')).toBe(true);
    expect(isDockerContainer(script, 'c2')).toBe(true);
    expect(isDockerContainer(script, 'c3')).toBe(false);
    expect(isDockerContainer(script, 'plain')).toBe(false);
    const s = new Session({ seed: 1 });
    s.run(script);
    expect(s.exec('iptables -t raw -S PREROUTING').output).toContain('172.17.0.2/32');
    const r = s.exec(cmd.dockerRm('c1').join('\n'));
    expect(r.status).toBe(0);
    expect(s.exec('ip netns list').output).not.toMatch(/^c1\b/m);
    expect(s.exec('iptables -t raw -S PREROUTING').output).not.toContain('172.17.0.2/32');
    const ps = s.exec('docker ps -a').output;
    expect(ps).toMatch(/ c2\n/);
    expect(ps).not.toMatch(/ c1\n/);
  });
});
