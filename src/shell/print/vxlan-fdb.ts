// A VXLAN device's own FDB as `bridge fdb show` prints it (vxlan_fdb_dump → iproute2 bridge/fdb.c
// print_fdb): one line per remote, "MAC [dev D] [dst IP] [port P] [vni N] [via DEV] self STATE".
// The port and VNI appear only when they differ from the device's; `via` when the entry names an
// underlay device (the default entry of `remote … dev DEV` does).

import type { Vxlan } from '../../engine/link/vxlan.ts';
import { NUD_NOARP, NUD_PERMANENT, NUD_STALE } from '../../engine/link/vxlan-fdb.ts';
import type { Netns } from '../../engine/netns/netns.ts';
import { ip4ToString } from '../../engine/wire/addr.ts';

/** state_n2a. */
function stateName(s: number): string {
  if (s & NUD_PERMANENT) return 'permanent';
  if (s & NUD_NOARP) return 'static';
  if (s & NUD_STALE) return 'stale';
  return '';
}

export function vxlanFdbLines(vx: Vxlan, viewer: Netns, devPart: string, dynamic: boolean): string[] {
  const out: string[] = [];
  // NDA_LINK_NETNSID when the device lives outside its underlay: `via` then shows the raw index.
  const nsid = vx.netns !== vx.underlay ? viewer.nsidOf(vx.underlay) : undefined;
  for (const f of vx.fdb.all()) {
    if (dynamic && f.state & NUD_PERMANENT) continue;
    for (const r of f.remotes) {
      let s = `${f.mac} ${devPart}`;
      if (r.ip) s += `dst ${ip4ToString(r.ip)} `;
      if (r.port && r.port !== vx.cfg.dstPort) s += `port ${r.port} `;
      if (r.vni !== vx.cfg.vni) s += `vni ${r.vni} `;
      if (r.ifindex) {
        if (nsid !== undefined) s += `via ifindex ${r.ifindex} `;
        else s += `via ${viewer.devByIndex(r.ifindex)?.name ?? `if${r.ifindex}`} `;
      }
      if (nsid !== undefined) s += `link-netnsid ${nsid} `;
      out.push(`${s}self ${stateName(f.state)}\n`);
    }
  }
  return out;
}
