// A VXLAN device's own forwarding database (drivers/net/vxlan/vxlan_core.c, struct vxlan_fdb): which
// remote VTEP (outer IPv4 address, port, VNI, underlay interface) holds an inner MAC. It is not the
// bridge's FDB: a VXLAN port of a bridge has entries in both, the bridge's saying "behind port vx0"
// (`master br0`) and this one saying "behind VTEP 192.168.50.2" (`dst 192.168.50.2 self`).
//
// The all-zeros MAC is the default entry: frames to a MAC with no entry of its own go to every
// remote it lists (head-end replication). `remote IP` at creation makes it; `bridge fdb append
// 00:00:00:00:00:00 dev vx0 dst IP` adds more. Learned entries (vxlan_snoop) are NUD_REACHABLE and
// age out `ageing` seconds after their last use; user entries are permanent unless added `dynamic`.

import type { Micros } from '../sim/clock.ts';
import { type Ip4, isMulticastMac, type Mac, ZERO_MAC } from '../wire/addr.ts';

/** NUD bits as the FDB keeps them (include/uapi/linux/neighbour.h). */
export const NUD_REACHABLE = 0x02;
export const NUD_STALE = 0x04;
export const NUD_NOARP = 0x40;
export const NUD_PERMANENT = 0x80;
/** ndm_flags: NTF_SELF, the entry belongs to the device itself (not its master bridge). */
export const NTF_SELF = 0x02;

/** struct vxlan_rdst: one remote VTEP of an entry. */
export interface VxlanRdst {
  ip: Ip4;
  port: number;
  vni: number;
  /** remote_ifindex: the underlay device to send through (0: the route decides). */
  ifindex: number;
}

export interface VxlanFdbEntry {
  readonly mac: Mac;
  /** In the order they were added (list_add_tail); a unicast entry has one. */
  remotes: VxlanRdst[];
  state: number;
  flags: number;
  /** NTF_VXLAN_ADDED_BY_USER: `bridge fdb` made it (the default entry of `remote` and learned ones are not). */
  addedByUser: boolean;
  /** Last transmit to or receive from this MAC (f->used): ageing counts from here. */
  used: Micros;
  updated: Micros;
}

export function sameRdst(a: VxlanRdst, b: VxlanRdst): boolean {
  return a.ip === b.ip && a.port === b.port && a.vni === b.vni && a.ifindex === b.ifindex;
}

/** A MAC that may only have one remote (unicast): replace works on these, append on the others. */
export function isUnicastFdbMac(mac: Mac): boolean {
  return mac !== ZERO_MAC && !isMulticastMac(mac);
}

export class VxlanFdb {
  private readonly entries = new Map<Mac, VxlanFdbEntry>();

  /** __vxlan_find_mac. */
  get(mac: Mac): VxlanFdbEntry | undefined {
    return this.entries.get(mac);
  }
  set(e: VxlanFdbEntry): void {
    this.entries.set(e.mac, e);
  }
  delete(mac: Mac): boolean {
    return this.entries.delete(mac);
  }
  all(): VxlanFdbEntry[] {
    return [...this.entries.values()];
  }
  get size(): number {
    return this.entries.size;
  }
  /** Removes the entries `pred` picks and returns them. */
  removeWhere(pred: (e: VxlanFdbEntry) => boolean): VxlanFdbEntry[] {
    const out: VxlanFdbEntry[] = [];
    for (const [mac, e] of this.entries)
      if (pred(e)) {
        this.entries.delete(mac);
        out.push(e);
      }
    return out;
  }
}
