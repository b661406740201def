// struct in_ifaddr and the address rules of net/ipv4/devinet.c: primary/secondary addresses,
// inet_select_addr() for source-address selection.

import type { Device } from '../link/device.ts';
import { broadcastOf, type Ip4, inPrefix, networkOf } from '../wire/addr.ts';

export type Scope = 'global' | 'link' | 'host' | 'nowhere';

/** Numeric rt_scope values: larger is narrower. */
export const SCOPE_VALUE: Record<Scope, number> = { global: 0, link: 253, host: 254, nowhere: 255 };

export interface InAddr {
  readonly local: Ip4;
  readonly prefixLen: number;
  /** Explicit broadcast (`brd`), if any. */
  readonly broadcast?: Ip4;
  readonly scope: Scope;
  readonly secondary: boolean;
  readonly label: string;
}

/** Index keys: an address or a subnet with its prefix length, as one exact number (< 2^38). */
const key = (ip: Ip4, len: number) => ip * 64 + len;
const subnetKey = (a: InAddr) => key(networkOf(a.local, a.prefixLen), a.prefixLen);

function count<K>(m: Map<K, number>, k: K, by: number): void {
  const n = (m.get(k) ?? 0) + by;
  if (n === 0) m.delete(k);
  else m.set(k, n);
}

function drop<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (!list) return;
  list.splice(list.indexOf(v), 1);
  if (list.length === 0) m.delete(k);
}

/**
 * struct in_device's address list: in dump order (primaries, then secondaries, as inet_insert_ifa
 * links them), indexed by address, subnet and broadcast so that adding or removing one address costs
 * no walk of the list. Only rtnl (and the namespace when a device comes or goes) change it.
 */
/** RT_SCOPE_* numbers: universe 0 … nowhere 255. */
const SCOPE_RANK: Record<Scope, number> = { global: 0, link: 253, host: 254, nowhere: 255 };

export class InDevice {
  private readonly list: InAddr[] = [];
  private readonly byAddr = new Map<number, InAddr>();
  private readonly locals = new Map<Ip4, number>();
  private readonly bcasts = new Map<Ip4, number>();
  /** Primaries by subnet, in list order (normally one; lo's 127.0.0.1 can join another). */
  private readonly primaries = new Map<number, InAddr[]>();
  private readonly secondaries = new Map<number, InAddr[]>();
  private nSecondary = 0;

  get addrs(): readonly InAddr[] {
    return this.list;
  }

  /** The address local/len, if assigned. */
  find(local: Ip4, len: number): InAddr | undefined {
    return this.byAddr.get(key(local, len));
  }

  /** Whether `ip` is assigned here with any prefix length. */
  hasLocal(ip: Ip4): boolean {
    return this.locals.has(ip);
  }

  /** Whether some address here has `ip` as its broadcast (computed or given with `brd`). */
  hasBroadcast(ip: Ip4): boolean {
    return this.bcasts.has(ip);
  }

  /** The primary address of the subnet `ip`/len, if any (a new address in it becomes secondary). */
  primaryOf(ip: Ip4, len: number): InAddr | undefined {
    return this.primaries.get(key(networkOf(ip, len), len))?.[0];
  }

  /** The secondaries of the subnet `ip`/len, in list order. */
  secondariesOf(ip: Ip4, len: number): readonly InAddr[] {
    return this.secondaries.get(key(networkOf(ip, len), len)) ?? [];
  }

  /** inet_insert_ifa: a primary goes after the last primary (first of all with `front`), a secondary at the end. */
  insert(a: InAddr, front = false): void {
    this.byAddr.set(key(a.local, a.prefixLen), a);
    count(this.locals, a.local, 1);
    this.countBroadcasts(a, 1);
    const k = subnetKey(a);
    const index = a.secondary ? this.secondaries : this.primaries;
    const same = index.get(k);
    if (!same) index.set(k, [a]);
    else if (front) same.unshift(a);
    else same.push(a);
    if (a.secondary) {
      this.nSecondary++;
      this.list.push(a);
    } else if (front) this.list.unshift(a);
    // A global address goes after every primary: at the end while there is no secondary.
    else if (SCOPE_RANK[a.scope] === 0 && this.nSecondary === 0) this.list.push(a);
    else {
      // __inet_insert_ifa: after the last primary whose scope is at least as narrow (a scope link
      // address goes before the global ones).
      const rank = (x: InAddr) => SCOPE_RANK[x.scope];
      let at = 0;
      this.list.forEach((x, i) => {
        if (!x.secondary && rank(a) <= rank(x)) at = i + 1;
      });
      this.list.splice(at, 0, a);
    }
  }

  /** Takes `a` off the device; the index it stood at, or -1 when it was not there. */
  remove(a: InAddr): number {
    const i = this.list.indexOf(a);
    if (i < 0) return -1;
    this.list.splice(i, 1);
    this.byAddr.delete(key(a.local, a.prefixLen));
    count(this.locals, a.local, -1);
    this.countBroadcasts(a, -1);
    if (a.secondary) this.nSecondary--;
    drop(a.secondary ? this.secondaries : this.primaries, subnetKey(a), a);
    return i;
  }

  /**
   * __inet_del_ifa with promote_secondaries: the primary that stood at index `at` (scope `scope`)
   * has been removed, and its first secondary `a` becomes the subnet's primary. Unless it already
   * follows that place, it moves up to just after the last primary between the two that is at least
   * as narrow in scope as the one removed (last_prim), or into the removed one's place.
   */
  promote(a: InAddr, at: number, scope: Scope): void {
    if (!a.secondary) return;
    const p = this.list.indexOf(a);
    if (p > at) {
      let to = at;
      for (let j = at; j < p; j++) {
        const x = this.list[j];
        if (!x.secondary && SCOPE_RANK[scope] <= SCOPE_RANK[x.scope]) to = j + 1;
      }
      this.list.splice(p, 1);
      this.list.splice(to, 0, a);
    }
    const k = subnetKey(a);
    drop(this.secondaries, k, a);
    (a as { secondary: boolean }).secondary = false;
    this.nSecondary--;
    const same = [...(this.primaries.get(k) ?? []), a];
    this.primaries.set(
      k,
      same.sort((x, y) => this.list.indexOf(x) - this.list.indexOf(y)),
    );
  }

  /** dev_change_name: labels equal to the old name follow it. */
  relabel(old: string, name: string): void {
    for (const a of this.list) if (a.label === old) (a as { label: string }).label = name;
  }

  private countBroadcasts(a: InAddr, by: number): void {
    const computed = broadcastOf(a.local, a.prefixLen);
    count(this.bcasts, computed, by);
    if (a.broadcast !== undefined && a.broadcast !== computed) count(this.bcasts, a.broadcast, by);
  }
}

export function sameSubnet(a: InAddr, ip: Ip4): boolean {
  return inPrefix(ip, a.local, a.prefixLen);
}

/** inet_select_addr(dev, dst, scope): the source address Linux picks for `dst` leaving `dev`. */
export function inetSelectAddr(dev: Device, dst: Ip4, scope: Scope): Ip4 | undefined {
  const max = SCOPE_VALUE[scope];
  let addr: Ip4 | undefined;
  for (const a of dev.addrs) {
    if (a.secondary) continue;
    if (SCOPE_VALUE[a.scope] > max) continue;
    if (!dst || sameSubnet(a, dst)) return a.local;
    if (addr === undefined) addr = a.local;
  }
  if (addr !== undefined) return addr;
  // Not on this device: any address of another device with a suitable scope other than link.
  for (const d of dev.netns.devices()) {
    for (const a of d.addrs) {
      if (a.secondary) continue;
      if (a.scope !== 'link' && SCOPE_VALUE[a.scope] <= max) return a.local;
    }
  }
  return undefined;
}
