// The export's VXLAN commands, as argv: each device created in its underlay namespace with the
// options that rebuild it (and moved to where it lives, as Docker's overlay driver does), then the
// FDB entries `bridge fdb` added. The default entry `remote` made and learned entries are not
// exported; an MTU other than the one creation gives is set with the other MTUs (export.ts).

import type { Device } from '../engine/link/device.ts';
import { Vxlan } from '../engine/link/vxlan.ts';
import { NUD_NOARP, NUD_PERMANENT, sameRdst, type VxlanRdst } from '../engine/link/vxlan-fdb.ts';
import type { Netns } from '../engine/netns/netns.ts';
import { ip4ToString, ZERO_MAC } from '../engine/wire/addr.ts';
import { vxlanArgv } from './ip/link-vxlan.ts';

const ipIn = (ns: Netns): string[] => (ns.name === '' ? ['ip'] : ['ip', '-n', ns.name]);
const inNs = (ns: Netns, argv: string[]): string[] =>
  ns.name === '' ? argv : ['ip', 'netns', 'exec', ns.name, ...argv];

/** `ip link add NAME address MAC type vxlan …` in the underlay, then `ip link set NAME netns NS`. */
export function vxlanCreate(d: Vxlan): string[][] {
  const lower = d.cfg.lower && d.cfg.lower.netns === d.underlay ? d.cfg.lower : undefined;
  const out = [
    [
      ...ipIn(d.underlay),
      'link',
      'add',
      'name',
      d.name,
      'address',
      d.mac,
      'type',
      'vxlan',
      ...vxlanArgv(d.cfg, lower?.name),
    ],
  ];
  if (d.netns !== d.underlay)
    out.push([
      ...ipIn(d.underlay),
      'link',
      'set',
      'dev',
      d.name,
      'netns',
      d.netns.name === '' ? '1' : d.netns.name,
    ]);
  return out;
}

/** `bridge fdb append MAC dev VX dst IP … self STATE` for what users added to a VXLAN FDB. */
export function vxlanFdbEntries(ns: Netns, d: Device): string[][] {
  if (!(d instanceof Vxlan)) return [];
  const c = d.cfg;
  const out: string[][] = [];
  const dflt: VxlanRdst = { ip: c.remote, port: c.dstPort, vni: c.vni, ifindex: c.lower?.ifindex ?? 0 };
  for (const f of d.fdb.all()) {
    if (!f.addedByUser) continue;
    const state = f.state & NUD_PERMANENT ? 'permanent' : f.state & NUD_NOARP ? 'static' : 'dynamic';
    for (const r of f.remotes) {
      if (f.mac === ZERO_MAC && c.remote && sameRdst(r, dflt)) continue;
      const argv = ['bridge', 'fdb', 'append', f.mac, 'dev', d.name, 'dst', ip4ToString(r.ip)];
      if (r.port !== c.dstPort) argv.push('port', String(r.port));
      if (r.vni !== c.vni) argv.push('vni', String(r.vni));
      const via = r.ifindex ? ns.devByIndex(r.ifindex) : undefined;
      if (via) argv.push('via', via.name);
      out.push(inNs(ns, [...argv, 'self', state]));
    }
  }
  return out;
}
