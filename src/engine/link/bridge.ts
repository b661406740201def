// A Linux bridge (net/bridge/): a device in its namespace plus a set of ports. br_handle_frame learns
// the source, then floods broadcasts (and passes them up), sends frames for a local MAC up to the
// bridge device, forwards known unicast to its port and floods unknown unicast. STP is off, so a port
// forwards as soon as it and the bridge are up.

import { fragment } from '../ipv4/fragment.ts';
import { verdictDropped } from '../ipv4/verdict.ts';
import type { Netns } from '../netns/netns.ts';
import type { Timer } from '../sim/clock.ts';
import { SEC } from '../sim/clock.ts';
import { msg, type TraceMsg } from '../trace/messages.ts';
import { compareMac, isMulticastMac, ZERO_MAC } from '../wire/addr.ts';
import { frameLength, type Ipv4Packet, ipv4Length } from '../wire/packet.ts';
import { Device } from './device.ts';
import { Fdb, type FdbEntry } from './fdb.ts';
import type { Skb } from './skb.ts';

/** A bridge port; its flags change only through rtnl.setBridgePort. */
export interface BridgePort {
  readonly dev: Device;
  readonly portNo: number;
  readonly hairpin: boolean;
  readonly learning: boolean;
  readonly flood: boolean;
  /** BR_ISOLATED: frames from an isolated port never reach another isolated port. */
  readonly isolated?: boolean;
}

/** Frames one flood lineage may produce before the engine calls it a broadcast storm. */
export const STORM_LIMIT = 2000;

/** Why a frame is flooded; the unknown-unicast sentences also name its destination MAC. */
type FloodWhy =
  | 'bridge.flood-broadcast'
  | 'bridge.flood-multicast'
  | 'bridge.flood-unknown'
  | 'bridge.xmit-broadcast'
  | 'bridge.xmit-multicast'
  | 'bridge.xmit-unknown';

export class Bridge extends Device {
  readonly kind = 'bridge' as const;
  ports: BridgePort[] = [];
  private readonly portOf = new Map<Device, BridgePort>();
  private readonly portNos = new Set<number>();
  private freePortNo = 1;
  fdb = new Fdb();
  /** ageing_time in centiseconds, as `ip -d link` shows it (default 30000 = 300 s); set by rtnl. */
  readonly ageingTime: number = 30000;
  readonly mcastSnooping: boolean = true;
  stpState = 0;
  /**
   * Carrier (br_port_state_selection): on while some port forwards. A new bridge has the carrier every
   * device starts with until the selection first runs — when a port joins or leaves, or its MAC is
   * set — so a bridge made without an address and never given a port is UP, LOWER_UP, UNKNOWN.
   */
  private lowerUp = true;
  /** br_port_state_selection has run at least once. */
  selected = false;
  /** Set once the MTU was set explicitly; until then it follows the smallest port MTU. */
  mtuSetByUser = false;
  private gcTimer?: Timer;

  /**
   * bridge_id.addr: what brctl and `ip -d link` show as the bridge id. A bridge made without an address
   * gets a random MAC (eth_hw_addr_random in br_dev_setup) with a local FDB entry, but its id stays
   * all zero until br_stp_change_bridge_id runs (a port joins, or an address is set).
   */
  bridgeIdAddr: string;

  constructor(netns: Netns, name: string, ifindex: number, mac: string, macSet: boolean) {
    super(netns, name, ifindex, mac, macSet);
    this.bridgeIdAddr = macSet ? mac : ZERO_MAC;
    this.addLocal(mac, undefined);
  }

  get carrier(): boolean {
    return this.up && this.lowerUp;
  }

  override carrierOk(): boolean {
    return this.lowerUp;
  }
  override carrierBit(): boolean {
    return this.lowerUp;
  }

  /** Recomputes carrier from the ports' states; returns true when it changed. */
  recalcCarrier(): boolean {
    this.selected = true;
    const next = this.up && this.ports.some((p) => this.portForwarding(p));
    if (next === this.lowerUp) return false;
    this.lowerUp = next;
    this.noteCarrier();
    return true;
  }

  /** With STP off a port forwards once it and the bridge are up and its operstate is up. */
  portForwarding(p: BridgePort): boolean {
    const o = p.dev.operstate();
    return this.up && p.dev.up && (o === 'UP' || o === 'UNKNOWN');
  }

  /** br_mtu_auto_adjust: the smallest port MTU (1500 with none), unless the MTU was set by the user. */
  adjustMtu(): void {
    if (this.mtuSetByUser) return;
    this.mtu = this.ports.length ? Math.min(...this.ports.map((p) => p.dev.mtu)) : 1500;
  }

  port(dev: Device): BridgePort | undefined {
    return this.portOf.get(dev);
  }

  /** br_set_gso_limits has run: a bridge that ever had a port takes the TSO limit of its ports. */
  hadPorts = false;

  addPort(dev: Device): void {
    this.hadPorts = true;
    const port: BridgePort = { dev, portNo: this.allocPortNo(), hairpin: false, learning: true, flood: true };
    this.ports.push(port);
    this.portOf.set(dev, port);
    dev.master = this;
    this.addLocal(dev.mac, dev);
    this.recalcMac();
    this.adjustMtu();
  }

  removePort(dev: Device): void {
    const i = this.ports.findIndex((p) => p.dev === dev);
    if (i < 0) return;
    const [gone] = this.ports.splice(i, 1);
    this.portOf.delete(dev);
    this.portNos.delete(gone.portNo);
    if (gone.portNo < this.freePortNo) this.freePortNo = gone.portNo;
    dev.master = undefined;
    // fdb_delete_local: the port's own (local) entry moves to another port with the same MAC, or
    // to the bridge itself when the bridge has that MAC; only otherwise does it go.
    const keep = this.fdb
      .all()
      .filter((e) => e.port === dev && e.local)
      .map((e) => ({ e, to: this.ports.find((p) => p.dev.mac === e.mac)?.dev }))
      .filter(({ e, to }) => to || this.mac === e.mac);
    this.fdb.removeWhere((e) => e.port === dev);
    for (const { e, to } of keep) this.fdb.set({ ...e, port: to, addedByUser: false });
    this.recalcMac();
    this.adjustMtu();
  }

  /** find_portno: the lowest free number. Every number below `freePortNo` is in use. */
  private allocPortNo(): number {
    let n = this.freePortNo;
    while (this.portNos.has(n)) n++;
    this.portNos.add(n);
    this.freePortNo = n + 1;
    return n;
  }

  /** br_stp_recalculate_bridge_id: follow the lowest port MAC unless the MAC was set explicitly. */
  recalcMac(): void {
    if (this.macSet) return;
    let lowest: string | undefined;
    for (const p of this.ports) if (!lowest || compareMac(p.dev.mac, lowest) < 0) lowest = p.dev.mac;
    const next = lowest ?? ZERO_MAC;
    // Compared with the bridge id, not the MAC: a bridge keeps its random MAC until a port joins, and
    // takes 00:00:00:00:00:00 when the last one leaves.
    if (next === this.bridgeIdAddr) return;
    this.changeMac(next);
  }

  /** br_stp_change_bridge_id + br_fdb_change_mac_address: the id, the MAC and the bridge's own local entry. */
  changeMac(mac: string): void {
    const old = this.fdb.get(this.mac);
    if (old?.local && !old.port && !old.addedByUser) this.fdb.delete(this.mac);
    this.mac = mac;
    this.bridgeIdAddr = mac;
    if (mac !== ZERO_MAC || this.macSet) this.addLocal(mac, undefined);
  }

  /** A port's MAC changed (br_fdb_changeaddr). */
  portMacChanged(dev: Device, oldMac: string): void {
    const e = this.fdb.get(oldMac);
    if (e?.local && e.port === dev) this.fdb.delete(oldMac);
    this.addLocal(dev.mac, dev);
    this.recalcMac();
  }

  private addLocal(mac: string, port: Device | undefined): void {
    const e = this.fdb.get(mac);
    if (e?.local) return;
    const now = this.netns.world.clock.now;
    this.fdb.set({
      mac,
      port,
      local: true,
      isStatic: true,
      addedByUser: false,
      userStatic: false,
      updated: now,
      used: now,
    });
  }

  /** A port stopped forwarding: its dynamic entries are flushed (br_fdb_delete_by_port). */
  flushStoppedPorts(): void {
    // One pass over the FDB for all stopped ports (a pass per port made a script that enslaves many
    // ports before bringing them up cubic).
    const stopped = new Set<Device>();
    for (const p of this.ports) if (!this.portForwarding(p)) stopped.add(p.dev);
    if (stopped.size) this.fdb.removeWhere((e) => !e.isStatic && e.port !== undefined && stopped.has(e.port));
  }

  /** br_handle_frame: a frame arrived on port `dev`. */
  handleFrame(dev: Device, skb: Skb): void {
    const w = this.world;
    const port = this.port(dev);
    if (!port || !this.portForwarding(port)) {
      w.trace(
        this.netns,
        'drop',
        w.tracing ? msg('bridge.port-not-forwarding', { br: this.name, port: dev.name }) : '',
        skb,
        dev,
      );
      return;
    }
    if (port.learning) this.learn(port, skb.frame.src);
    const nfd = this.brNetfilter(dev, skb);
    if (!nfd) return;
    skb = nfd;
    const f = skb.frame;
    const pktTypeOnPort = dev.pktType(f.dst);
    if (f.dst === 'ff:ff:ff:ff:ff:ff' || isMulticastMac(f.dst)) {
      this.flood(
        skb,
        port,
        f.dst === 'ff:ff:ff:ff:ff:ff' ? 'bridge.flood-broadcast' : 'bridge.flood-multicast',
      );
      this.passUp(skb, f.dst === 'ff:ff:ff:ff:ff:ff' ? 'broadcast' : 'multicast');
      return;
    }
    const e = this.fdb.get(f.dst);
    if (e?.local) {
      e.used = w.clock.now;
      w.trace(
        this.netns,
        'bridge-forward',
        w.tracing
          ? msg('bridge.local', {
              mac: f.dst,
              br: this.name,
              owner: e.port ? msg('bridge.owner-port', { port: e.port.name }) : msg('bridge.owner-self'),
            })
          : '',
        skb,
        this,
      );
      this.passUp(skb, f.dst === this.mac ? 'host' : pktTypeOnPort);
      return;
    }
    if (e?.port) {
      e.used = w.clock.now;
      const out = this.port(e.port);
      if (!out) return;
      if (out === port && !port.hairpin) {
        w.trace(
          this.netns,
          'drop',
          w.tracing ? msg('bridge.hairpin-drop', { br: this.name, mac: f.dst, port: dev.name }) : '',
          skb,
          dev,
        );
        this.promiscPassUp(skb);
        return;
      }
      if (port.isolated && out.isolated) {
        w.trace(
          this.netns,
          'drop',
          w.tracing ? msg('bridge.isolated-drop', { br: this.name, from: dev.name, port: out.dev.name }) : '',
          skb,
          dev,
        );
        this.promiscPassUp(skb);
        return;
      }
      w.trace(
        this.netns,
        'bridge-forward',
        w.tracing ? msg('bridge.forward', { br: this.name, mac: f.dst, port: out.dev.name }) : '',
        skb,
        this,
      );
      this.sendOnPort(out, skb, true);
      this.promiscPassUp(skb);
      return;
    }
    this.flood(skb, port, 'bridge.flood-unknown');
    this.promiscPassUp(skb);
  }

  /**
   * br_handle_frame_finish: with IFF_PROMISC on the bridge device (a capture is open on it) local_rcv
   * is set for every frame, so a copy of each forwarded or flooded frame is passed up as well, with
   * pkt_type PACKET_OTHERHOST: the capture sees it, and the IP stack drops it.
   */
  private promiscPassUp(skb: Skb): void {
    if (this.promiscuity === 0 || !this.up) return;
    const w = this.world;
    w.trace(
      this.netns,
      'bridge-forward',
      w.tracing ? msg('bridge.promisc-up', { br: this.name, mac: skb.frame.dst }) : '',
      skb,
      this,
    );
    this.passUp(skb, 'otherhost');
  }

  private get world() {
    return this.netns.world;
  }

  /**
   * br_nf_pre_routing (net.bridge.bridge-nf-call-iptables = 1): an IPv4 frame entering a port goes
   * through PREROUTING first. A destination rewritten to somewhere the bridge does not lead is
   * routed (passed up); one still behind the bridge is "bridged DNAT": its destination MAC becomes
   * the new address's neighbour. Returns the skb to go on with, or undefined when it was dropped or
   * passed up.
   */
  private brNetfilter(dev: Device, skb: Skb): Skb | undefined {
    const f = skb.frame;
    const nf = this.netns.nf;
    if (f.payload.kind !== 'ipv4' || !this.netns.bridgeNf.callIptables || !nf.active) return skb;
    const orig = f.payload;
    const pre = nf.prerouting(orig, this, dev);
    const w = this.world;
    if (pre.verdict.verdict !== 'accept') {
      w.trace(
        this.netns,
        'drop',
        w.tracing ? msg('bridge.nf-prerouting-drop', { br: this.name, port: dev.name }) : '',
        skb,
        dev,
      );
      return undefined;
    }
    const dnat = pre.pkt.dst !== orig.dst;
    const out: Skb = { ...skb, frame: { ...f, payload: pre.pkt }, brNf: { ctx: pre.ctx, physIn: dev, dnat } };
    if (!dnat) return out;
    const r = this.netns.fib.lookup(pre.pkt.dst);
    if (r?.type !== 'unicast' || r.dev !== this) {
      w.trace(
        this.netns,
        'bridge-forward',
        w.tracing ? msg('bridge.dnat-routed', { br: this.name }) : '',
        out,
        this,
      );
      this.passUp(out, 'host');
      return undefined;
    }
    const n = this.netns.stack.neigh.lookup(this, r.gw ?? pre.pkt.dst);
    if (n?.lladdr) out.frame = { ...out.frame, dst: n.lladdr };
    return out;
  }

  /** br_nf_forward_ip / br_nf_post_routing for a bridged frame leaving on `p`. */
  private brNetfilterOut(p: BridgePort, skb: Skb): Skb | undefined {
    const nf = skb.brNf;
    if (!nf || skb.frame.payload.kind !== 'ipv4') return skb;
    const v = this.netns.nf.bridgeForward(skb.frame.payload, this, nf.ctx, nf.physIn, p.dev);
    if (v.verdict === 'reject') {
      // nf_send_unreach / nf_send_reset from the bridge's namespace: the error is routed back to
      // the sender like any packet the node sends (measured: the client's connect() is refused).
      verdictDropped(this.netns.stack, v, skb.frame.payload, this, skb, 'FORWARD');
      return undefined;
    }
    if (v.verdict !== 'accept') {
      this.traceNfDrop(p, skb);
      return undefined;
    }
    return v.pkt === skb.frame.payload ? skb : { ...skb, frame: { ...skb.frame, payload: v.pkt } };
  }

  private traceNfDrop(p: BridgePort, skb: Skb): void {
    const w = this.world;
    w.trace(
      this.netns,
      'drop',
      w.tracing ? msg('bridge.nf-forward-drop', { br: this.name, port: p.dev.name }) : '',
      skb,
      this,
    );
  }

  private passUp(skb: Skb, pktType: 'host' | 'broadcast' | 'multicast' | 'otherhost'): void {
    if (!this.up) return;
    // br_pass_frame_up: netif_receive_skb on the bridge device, so its taps see the frame first.
    // br_pass_frame_up counts skb->len, the Ethernet header already pulled (br_dev_xmit counts it).
    this.countRx(frameLength(skb.frame) - 14);
    this.nit(skb, pktType);
    this.netns.stack.receive(this, skb, pktType);
  }

  private learn(port: BridgePort, src: string): void {
    if (isMulticastMac(src)) return;
    const w = this.world;
    const now = w.clock.now;
    const e = this.fdb.get(src);
    if (e) {
      if (e.local) return;
      if (e.port !== port.dev && !e.isStatic) {
        e.port = port.dev;
        w.trace(
          this.netns,
          'fdb-learn',
          w.tracing ? msg('fdb.move', { br: this.name, mac: src, port: port.dev.name }) : '',
        );
      }
      if (!e.isStatic) e.updated = now;
      return;
    }
    this.fdb.set({
      mac: src,
      port: port.dev,
      local: false,
      isStatic: false,
      addedByUser: false,
      userStatic: false,
      updated: now,
      used: now,
    });
    w.trace(
      this.netns,
      'fdb-learn',
      w.tracing ? msg('fdb.learn', { br: this.name, mac: src, port: port.dev.name }) : '',
      undefined,
      this,
    );
    this.armGc();
  }

  /** `why` says why the frame is flooded (the trace adds where it goes). */
  private flood(skb: Skb, from: BridgePort | undefined, why: FloodWhy): void {
    const w = this.world;
    w.trace(this.netns, 'flood', w.tracing ? this.floodMsg(skb, from, why) : '', skb, this);
    // br_flood walks br->port_list, where br_add_if puts each new port at the head: newest port first.
    // Sending changes no port (a copy crosses its link later), so no list of targets is made.
    for (let k = this.ports.length - 1; k >= 0; k--) {
      const p = this.ports[k];
      if (this.floodsTo(p, from)) this.sendOnPort(p, skb, from !== undefined);
    }
  }

  /**
   * should_deliver: never back out of the ingress port unless that port is in hairpin mode;
   * br_skb_isolated: nor from an isolated port to another isolated one.
   */
  private floodsTo(p: BridgePort, from: BridgePort | undefined): boolean {
    return (p !== from || p.hairpin) && p.flood && this.portForwarding(p) && !(from?.isolated && p.isolated);
  }

  private floodMsg(skb: Skb, from: BridgePort | undefined, why: FloodWhy): TraceMsg {
    const names: string[] = [];
    for (let k = this.ports.length - 1; k >= 0; k--)
      if (this.floodsTo(this.ports[k], from)) names.push(this.ports[k].dev.name);
    const ports = names.length
      ? msg('bridge.flood-ports', { ports: names.join(', ') })
      : msg('bridge.flood-no-port');
    return why === 'bridge.flood-unknown' || why === 'bridge.xmit-unknown'
      ? msg(why, { br: this.name, mac: skb.frame.dst, ports })
      : msg(why, { br: this.name, ports });
  }

  /** `bridged`: the frame came in on a port (not from the bridge device's own stack). */
  private sendOnPort(p: BridgePort, skb: Skb, bridged = false): void {
    const out = this.brNetfilterOut(p, skb);
    if (!out) return;
    skb = out;
    const f = skb.frame;
    if (f.payload.kind === 'ipv4' && ipv4Length(f.payload) > p.dev.mtu) {
      if (bridged && this.netns.bridgeNf.callIptables) {
        for (const piece of this.brNfFragment(p, skb)) this.portXmit(p, piece);
        return;
      }
      // br_dev_queue_push_xmit → is_skb_forwardable: the port's MTU plus Ethernet and a VLAN tag.
      if (frameLength(f) > p.dev.mtu + 18) {
        this.traceTooBig(p, skb);
        return;
      }
    }
    this.portXmit(p, skb);
  }

  /**
   * br_nf_dev_queue_xmit: with br_netfilter, a bridged IPv4 packet larger than the port's MTU is
   * fragmented like a routed one (br_nf_ip_fragment), or dropped when it has DF set.
   */
  private brNfFragment(p: BridgePort, skb: Skb): Skb[] {
    const pkt = skb.frame.payload as Ipv4Packet;
    const mtu = p.dev.mtu;
    const w = this.world;
    if (pkt.df) {
      w.trace(
        this.netns,
        'drop',
        w.tracing
          ? msg('bridge.nf-df-too-big', { br: this.name, port: p.dev.name, len: ipv4Length(pkt), mtu })
          : '',
        skb,
        this,
      );
      return [];
    }
    const pieces = fragment(pkt, mtu);
    w.trace(
      this.netns,
      'bridge-forward',
      w.tracing
        ? msg('bridge.nf-fragment', {
            br: this.name,
            port: p.dev.name,
            len: ipv4Length(pkt),
            mtu,
            n: pieces.length,
          })
        : '',
      skb,
      this,
    );
    return pieces.map((piece) => ({ ...skb, frame: { ...skb.frame, payload: piece } }));
  }

  private traceTooBig(p: BridgePort, skb: Skb): void {
    const w = this.world;
    w.trace(
      this.netns,
      'drop',
      w.tracing
        ? msg('bridge.too-big', {
            br: this.name,
            port: p.dev.name,
            len: frameLength(skb.frame),
            mtu: p.dev.mtu,
          })
        : '',
      skb,
      this,
    );
  }

  private portXmit(p: BridgePort, skb: Skb): void {
    const lineage = skb.lineage;
    if (lineage.stormed) return;
    if (++lineage.frames > STORM_LIMIT) {
      lineage.stormed = true;
      this.world.storm(this, skb);
      return;
    }
    p.dev.xmit(skb);
  }

  /** br_dev_xmit: the bridge device itself sends (from its own IP stack). */
  protected startXmit(skb: Skb): boolean {
    if (!this.up) return true;
    this.countTx(frameLength(skb.frame));
    const dst = skb.frame.dst;
    if (dst === 'ff:ff:ff:ff:ff:ff' || isMulticastMac(dst)) {
      this.flood(
        skb,
        undefined,
        dst === 'ff:ff:ff:ff:ff:ff' ? 'bridge.xmit-broadcast' : 'bridge.xmit-multicast',
      );
      return true;
    }
    const e = this.fdb.get(dst);
    if (e?.port) {
      const p = this.port(e.port);
      if (p && this.portForwarding(p)) {
        const w = this.world;
        e.used = w.clock.now;
        w.trace(
          this.netns,
          'bridge-forward',
          w.tracing ? msg('bridge.xmit-forward', { br: this.name, mac: dst, port: p.dev.name }) : '',
          skb,
          this,
        );
        this.sendOnPort(p, skb);
      }
      return true;
    }
    this.flood(skb, undefined, 'bridge.xmit-unknown');
    return true;
  }

  // --- ageing (br_fdb_cleanup) -------------------------------------------------------------

  get ageingMicros(): number {
    return this.ageingTime * 10_000;
  }

  private armGc(): void {
    if (this.gcTimer) return;
    this.gcTimer = this.world.clock.schedule(Math.min(this.ageingMicros, 10 * SEC) || SEC, () =>
      this.cleanup(),
    );
  }

  private cleanup(): void {
    this.gcTimer = undefined;
    const now = this.world.clock.now;
    const age = this.ageingMicros;
    let next = Number.POSITIVE_INFINITY;
    for (const e of this.fdb.all()) {
      if (e.isStatic || e.local || e.addedByUser) continue;
      const expires = e.updated + age;
      if (expires <= now) {
        this.fdb.delete(e.mac);
        const w = this.world;
        w.trace(
          this.netns,
          'fdb-age',
          w.tracing
            ? msg('fdb.age', { br: this.name, mac: e.mac, port: String(e.port?.name), secs: age / SEC })
            : '',
          undefined,
          this,
        );
      } else next = Math.min(next, expires);
    }
    if (next !== Number.POSITIVE_INFINITY)
      this.gcTimer = this.world.clock.schedule(next - now, () => this.cleanup());
  }

  /** Re-evaluates the GC timer after ageing_time changes. */
  ageingChanged(): void {
    this.gcTimer?.cancel();
    this.gcTimer = undefined;
    if (this.fdb.all().some((e) => !e.isStatic && !e.local)) this.cleanup();
  }

  /** Remaining seconds on a learned entry's ageing timer, as brctl showmacs prints it (time since last seen). */
  ageOf(e: FdbEntry): number {
    return (this.world.clock.now - e.updated) / SEC;
  }
}
