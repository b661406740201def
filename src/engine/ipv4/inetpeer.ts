// Long-lived information about IPv4 peers (net/ipv4/inetpeer.c) and the ICMP rate limits built on
// it (net/ipv4/icmp.c icmpv4_global_allow, icmpv4_xrlim_allow; route.c ip_error and
// ip_rt_send_redirect). One token bucket per peer address, in time units, shared by every limit
// that uses the peer: a router's ip_error() and the icmp_send() that follows both take from it.

import type { Ip4 } from '../wire/addr.ts';
import { ICMP_DEST_UNREACH, ICMP_FRAG_NEEDED } from '../wire/packet.ts';

const SEC = 1_000_000; // µs, the engine clock's unit

/**
 * struct inet_peer: the token bucket (rate_tokens, rate_last) and the redirect count; the redirect
 * back-off reuses rate_last and rate_tokens, as the kernel does.
 */
export interface InetPeer {
  tokens: number;
  last: number;
  /** ip_rt_send_redirect: redirects sent since the last silence. */
  redirects: number;
}

/** ip_rt_redirect_load (HZ/50), ip_rt_redirect_number and ip_rt_redirect_silence ((HZ/50) << 10). */
const REDIRECT_LOAD = SEC / 50;
const REDIRECT_NUMBER = 9;
const REDIRECT_SILENCE = REDIRECT_LOAD * 1024;

/** XRLIM_BURST_FACTOR: a bucket holds six timeouts' worth of tokens. */
const XRLIM_BURST_FACTOR = 6;

export class InetPeers {
  private peers = new Map<Ip4, InetPeer>();
  /** icmp_global: the namespace-wide credit of icmp_msgs_per_sec / icmp_msgs_burst. */
  private globalCredit = 0;
  private globalStamp = Number.NEGATIVE_INFINITY;

  /** inet_getpeer: a new peer looks as if it was last used a minute ago, so its bucket starts full. */
  get(addr: Ip4, now: number): InetPeer {
    let p = this.peers.get(addr);
    if (!p) {
      p = { tokens: 0, last: now - 60 * SEC, redirects: 0 };
      this.peers.set(addr, p);
    }
    return p;
  }

  /** inet_peer_xrlim_allow: take one `timeout` from a bucket of XRLIM_BURST_FACTOR timeouts. */
  xrlimAllow(addr: Ip4, timeout: number, now: number): boolean {
    const p = this.get(addr, now);
    let token = p.tokens;
    if (now > p.last) {
      token = Math.min(token + (now - p.last), XRLIM_BURST_FACTOR * timeout);
      p.last = now;
    }
    let ok = false;
    if (token > timeout) {
      token -= timeout;
      ok = true;
    }
    p.tokens = token;
    return ok;
  }

  /** ip_error's own limit (ip_rt_error_cost 1 s, ip_rt_error_burst 5 s): at least one token left. */
  errorAllow(addr: Ip4, now: number): boolean {
    const p = this.get(addr, now);
    p.tokens = Math.min(p.tokens + (now - p.last), 5 * SEC);
    p.last = now;
    if (p.tokens >= SEC) {
      p.tokens -= SEC;
      return true;
    }
    return false;
  }

  /**
   * ip_rt_send_redirect's back-off: after 20.48 s of silence start again; send the first at once and
   * the next only after 20 ms << (redirects sent); after nine, send no more until a silence.
   */
  redirectAllow(addr: Ip4, now: number): boolean {
    const p = this.get(addr, now);
    if (now > p.last + REDIRECT_SILENCE) {
      p.tokens = 0;
      p.redirects = 0;
    }
    if (p.redirects >= REDIRECT_NUMBER) {
      p.last = now;
      return false;
    }
    if (p.redirects === 0 || now > p.last + REDIRECT_LOAD * 2 ** p.redirects) {
      p.last = now;
      p.redirects++;
      return true;
    }
    return false;
  }

  /**
   * icmp_global_allow: credit refilled at icmp_msgs_per_sec up to icmp_msgs_burst, at most every
   * 20 ms. The kernel consumes a random 0–2 credits per message sent (icmp_global_consume); netns-lab
   * consumes the mean, 1, so a run stays deterministic.
   */
  globalAllow(perSec: number, burst: number, now: number): boolean {
    if (this.globalCredit > 0) return true;
    const delta = Math.min(now - this.globalStamp, SEC);
    if (delta < SEC / 50) return false;
    const incr = Math.floor((perSec * delta) / SEC);
    if (!incr) return false;
    this.globalStamp = now;
    this.globalCredit = Math.min(this.globalCredit + incr, burst);
    return true;
  }

  globalConsume(): void {
    this.globalCredit -= 1;
  }
}

/** icmpv4_mask_allow: messages outside icmp_ratemask, and PMTU discovery, are never limited. */
export function icmpMaskAllow(ratemask: number, type: number, code: number): boolean {
  if (type > 18) return true;
  if (type === ICMP_DEST_UNREACH && code === ICMP_FRAG_NEEDED) return true;
  return ((1 << type) & ratemask) === 0;
}
