import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLab } from '../../worker/lab.ts';
import { clusterIpNote, clusterIps } from './clusterip.ts';

const SCRIPT = readFileSync(join(import.meta.dirname, '../../examples/k8s-pod-service.sh'), 'utf8');

async function traced(cmd: (ip: string) => string) {
  const lab = createLab();
  await lab.run(SCRIPT);
  const ip = /^web\s+ClusterIP\s+(\S+)/m.exec((await lab.run('kubectl get svc')).transcript)![1];
  const before = await lab.trace();
  await lab.run(cmd(ip));
  const { events } = await lab.trace(before.nextSeq);
  return { lab, ip, events };
}

describe('the ClusterIP note of the step view', () => {
  it('reads the Services from kube-proxy’s KUBE-SERVICES rules', () => {
    const rows = [
      { text: 'Chain KUBE-SERVICES (2 references)' },
      {
        text: '    0     0 KUBE-SVC-LOLE4ISW44XBNF3G  6    --  *      *       0.0.0.0/0            10.104.163.225       /* default/web:http cluster IP */ tcp dpt:80',
      },
      {
        text: '    0     0 KUBE-MARK-MASQ  6    --  *      *      !10.244.0.0/16        10.104.163.225       /* default/web cluster IP */ tcp dpt:80',
      },
    ];
    expect([...clusterIps(rows).values()]).toEqual([
      { ip: '10.104.163.225', service: 'default/web', ports: [{ proto: 'TCP', port: 80 }] },
    ]);
  });
  it('explains the node’s drop of a ping to the ClusterIP, and says nothing for TCP to its port', async () => {
    const ping = await traced((ip) => `kubectl exec client -- ping -c 1 -W 1 ${ip}`);
    const drop = ping.events.find((e) => e.ns === '' && e.kind === 'drop');
    expect(drop, 'the node drops the echo request').toBeDefined();
    const note = clusterIpNote(drop!, await ping.lab.stateAt(drop!.seq, ['']));
    expect(note).toEqual({
      ip: ping.ip,
      service: 'default/web',
      ports: [{ proto: 'TCP', port: 80 }],
      proto: 'ICMP',
      onNoDevice: true,
    });
    // In the client's namespace the rules are not visible: no note there.
    const first = ping.events.find((e) => e.ns === 'client' && e.frame)!;
    expect(clusterIpNote(first, await ping.lab.stateAt(first.seq, ['client']))).toBeUndefined();
    const tcp = await traced((ip) => `kubectl exec client -- nc -z -w 2 ${ip} 80`);
    const toVip = (e: (typeof tcp.events)[number]) =>
      e.frame?.layers.some((l) =>
        l.fields.some((f) => f.name === 'Destination address' && f.value === tcp.ip),
      );
    // The client's SYN, read against the node's rules: its port is the Service's, no note.
    const syn = tcp.events.find(toVip);
    expect(syn, 'the SYN to the ClusterIP').toBeDefined();
    expect(clusterIpNote(syn!, await tcp.lab.stateAt(syn!.seq, ['']))).toBeUndefined();
    // The same step of the ping does get the note.
    const echo = ping.events.find((e) => e.ns === '' && e.frame?.summary.includes(ping.ip));
    expect(clusterIpNote(echo!, await ping.lab.stateAt(echo!.seq, [''])))?.toMatchObject({ proto: 'ICMP' });
  });
});
