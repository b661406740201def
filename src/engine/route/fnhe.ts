// Next-hop exceptions (net/ipv4/route.c: struct fib_nh_exception, update_or_create_fnhe,
// find_exception, rt_cache_flush): what a host learned about one destination behind a route — a
// smaller path MTU from "Fragmentation needed" (kept net.ipv4.route.mtu_expires seconds) or a better
// gateway from a redirect (kept ip_rt_gc_timeout, 300 s). `ip route get` and `ip route show cache`
// print them as the route's "cache" line.

import type { Ip4 } from '../wire/addr.ts';
import type { Route } from './fib.ts';

export interface Fnhe {
  dst: Ip4;
  /** The route (its nexthop) the exception hangs off; another route for the same destination ignores it. */
  route: Route;
  /** A redirect's new gateway. */
  gw?: Ip4;
  /** The learned path MTU, and whether it is locked (a report below min_pmtu). */
  pmtu?: number;
  lock: boolean;
  /** When the learned values stop applying (µs), or undefined for none. */
  expires?: number;
  genid: number;
}

/** ip_rt_gc_timeout: how long a redirect is remembered. */
export const REDIRECT_TIMEOUT = 300 * 1_000_000;

export class FnheTable {
  private map = new Map<Ip4, Fnhe>();
  /** rt_genid_ipv4: bumped by `ip route flush cache`; older exceptions forget what they learned. */
  private genid = 0;

  /** find_exception: the live exception for `dst` through `route`, dropping an expired one. */
  find(dst: Ip4, route: Route, now: number): Fnhe | undefined {
    const e = this.map.get(dst);
    if (!e) return undefined;
    if (e.expires !== undefined && now >= e.expires) {
      this.map.delete(dst);
      return undefined;
    }
    if (e.route !== route) return undefined;
    this.refresh(e);
    return e;
  }

  /** update_or_create_fnhe: a new path MTU or gateway for `dst`. */
  update(dst: Ip4, route: Route, v: { gw?: Ip4; pmtu?: number; lock?: boolean; expires: number }): void {
    let e = this.map.get(dst);
    if (e && e.route !== route) e = undefined;
    if (!e) {
      e = { dst, route, lock: false, genid: this.genid };
      this.map.set(dst, e);
    }
    this.refresh(e);
    if (v.gw !== undefined) e.gw = v.gw;
    if (v.pmtu !== undefined) {
      e.pmtu = v.pmtu;
      e.lock = !!v.lock;
    }
    e.expires = v.expires;
  }

  /** rt_cache_flush: exceptions stay, but what they learned is forgotten when next used. */
  flush(): void {
    this.genid++;
  }

  /** Every exception that has not expired, in the order `ip route show cache` lists them. */
  list(now: number): Fnhe[] {
    const out: Fnhe[] = [];
    for (const e of this.map.values()) {
      if (e.expires !== undefined && now >= e.expires) continue;
      this.refresh(e);
      out.push(e);
    }
    return out.sort((a, b) => a.dst - b.dst);
  }

  /** The route an exception hung off is gone (fib_release_info frees its nexthop's exceptions). */
  forgetRoute(route: Route): void {
    for (const [k, e] of this.map) if (e.route === route) this.map.delete(k);
  }

  private refresh(e: Fnhe): void {
    if (e.genid === this.genid) return;
    e.genid = this.genid;
    e.gw = undefined;
    e.pmtu = undefined;
    e.lock = false;
    e.expires = undefined;
  }
}
