// tcpdump 4.99's packet printers over real bytes, line for line as print-ether.c, print-sll.c,
// print-arp.c, print-ip.c, print-icmp.c, print-tcp.c and print-udp.c write them. They read only the
// captured bytes (never the engine's packet objects), so a capture read back from a pcap prints
// exactly as it did live. UDP payloads are dispatched by port through UDP_PORT_PRINTERS, where the
// VXLAN (4789) and OTV (8472) decoders belong once the engine carries those frames.

import { internetChecksum } from '../../engine/wire/checksum.ts';
import {
  LINKTYPE_ETHERNET,
  LINKTYPE_LINUX_SLL,
  LINKTYPE_LINUX_SLL2,
  SLL_HEADER_LEN,
  SLL2_HEADER_LEN,
} from '../../engine/wire/pcap.ts';
import { UNSUPPORTED_MARK, unsupportedText } from '../unsupported.ts';
import { type DumpFlags, dump } from './hexdump.ts';
import { otvPrint, vxlanPrint } from './print-vxlan.ts';
import { TCP_SERVICES, UDP_SERVICES } from './services.ts';

export interface PrintOpts {
  /** -n / -nn: numbers instead of host, port and OUI names. */
  nflag: boolean;
  /** -e: the link-level header. */
  eflag: boolean;
  /** -v count. */
  vflag: number;
  /** -S: absolute TCP sequence numbers. */
  absoluteSeq?: boolean;
  /** -x, -X, -A (hexdump.ts): the packet's bytes after its line. */
  dump?: DumpFlags;
}

/** The link-layer header's length for each link type netns-lab captures (what -X leaves out). */
const LINK_HDRLEN: Record<number, number> = {
  [LINKTYPE_ETHERNET]: 14,
  [LINKTYPE_LINUX_SLL2]: 20,
  [LINKTYPE_LINUX_SLL]: 16,
};
/** The name nd_print_trunc gives a record cut inside its link header. */
const LINK_PROTO: Record<number, string> = {
  [LINKTYPE_ETHERNET]: 'ether',
  [LINKTYPE_LINUX_SLL2]: 'sll2',
  [LINKTYPE_LINUX_SLL]: 'sll',
};

/** A packet the printers cannot go past: tcpdump's nd_print_trunc, " [|proto]". */
export class Truncated extends Error {
  constructor(readonly proto: string) {
    super(proto);
  }
}

/** The captured bytes and where they end (snapend: a quoted packet inside ICMP ends early). */
export class Buf {
  constructor(
    readonly b: Uint8Array,
    readonly end: number,
    public proto: string,
  ) {}
  has(o: number, n: number): boolean {
    return o >= 0 && o + n <= this.end;
  }
  u8(o: number): number {
    if (!this.has(o, 1)) throw new Truncated(this.proto);
    return this.b[o];
  }
  u16(o: number): number {
    if (!this.has(o, 2)) throw new Truncated(this.proto);
    return (this.b[o] << 8) | this.b[o + 1];
  }
  u32(o: number): number {
    if (!this.has(o, 4)) throw new Truncated(this.proto);
    return ((this.b[o] << 24) | (this.b[o + 1] << 16) | (this.b[o + 2] << 8) | this.b[o + 3]) >>> 0;
  }
  /** A view that ends earlier (nd_push_snaplen). */
  until(end: number): Buf {
    return new Buf(this.b, Math.min(end, this.end), this.proto);
  }
}

const ETHERTYPES: Record<number, string> = {
  2048: 'IPv4',
  2054: 'ARP',
  32821: 'Reverse ARP',
  33024: '802.1Q',
  34525: 'IPv6',
  35020: 'LLDP',
};

const IPPROTO_NAMES: Record<number, string> = {
  1: 'ICMP',
  2: 'IGMP',
  4: 'IPIP',
  6: 'TCP',
  17: 'UDP',
  47: 'GRE',
};
/** netdb_protoname: /etc/protocols' names, for the non-first fragments of other protocols. */
const NETDB_PROTO: Record<number, string> = {
  1: 'icmp',
  2: 'igmp',
  4: 'ipencap',
  6: 'tcp',
  17: 'udp',
  47: 'gre',
};

/** tcpdump's oui.c table: the OUIs it names without -n (any other prints "Unknown"). */
const OUI_NAMES: Record<number, string> = {
  0: 'Ethernet',
  12: 'Cisco',
  94: 'IANA',
  129: 'Nortel Networks SONMP',
  248: 'Cisco bridged',
  32962: 'Ethernet bridged',
  41022: 'ATM Forum',
  57391: 'DOCSIS Spanning Tree',
  524295: 'Appletalk',
  36969: 'Juniper',
  524297: 'Hewlett-Packard',
  4623: 'IEEE 802.3 Private',
  4795: 'ANSI/TIA',
  6945: 'DCBX',
  8992: 'Nicira Networks',
  6035143: 'Big Switch Networks',
  45264: 'Vello Systems',
  5472: 'HP',
  6975: 'HP-Labs',
  12531: 'Infoblox Inc',
  10756869: 'Open Networking Lab',
  1174: 'Freescale',
  5626: 'Netronome',
  4120: 'Broadcom',
  43691: 'PMC-Sierra',
  4419: 'Ericsson',
};

/** The ICMP types tcpdump names directly (icmp2str). */
const ICMP_TYPE_NAMES: Record<number, string> = {
  0: 'echo reply',
  4: 'source quench',
  8: 'echo request',
  10: 'router solicitation',
  13: 'time stamp request',
  14: 'time stamp reply',
  15: 'information request',
  16: 'information reply',
  17: 'address mask request',
  18: 'address mask reply',
};

/**
 * UDP ports whose payload tcpdump hands to a protocol decoder netns-lab does not model (udp_print's
 * chain, after NFS). VXLAN (4789) and OTV (8472) go here too until the engine carries them; a
 * decoder for a port replaces its entry in UDP_PORT_PRINTERS.
 */
const UDP_DECODED_PORTS: Record<number, string> = {
  53: 'domain',
  5353: 'mdns',
  525: 'timed',
  69: 'tftp',
  67: 'bootp',
  68: 'bootp',
  520: 'rip',
  654: 'aodv',
  500: 'isakmp',
  4500: 'isakmp-nat',
  7500: 'isakmp',
  8500: 'isakmp',
  161: 'snmp',
  162: 'snmp',
  123: 'ntp',
  88: 'krb',
  750: 'krb',
  1701: 'l2tp',
  137: 'nbns',
  138: 'nbdgram',
  3456: 'vat',
  2103: 'zephyr',
  2104: 'zephyr',
  521: 'ripng',
  546: 'dhcp6',
  547: 'dhcp6',
  5359: 'ahcp',
  6696: 'babel',
  6697: 'babel',
  8231: 'hncp',
  4567: 'wb',
  496: 'cisco-autorp',
  1645: 'radius',
  1812: 'radius',
  1646: 'radius',
  1813: 'radius',
  1700: 'radius',
  3799: 'radius',
  1985: 'hsrp',
  921: 'lwres',
  646: 'ldp',
  698: 'olsr',
  3503: 'lspping',
  49152: 'bcm-li',
  3784: 'bfd',
  4784: 'bfd',
  6784: 'bfd',
  3785: 'bfd',
  701: 'lmp',
  1589: 'vqp',
  6343: 'sflow',
  12222: 'lwapp',
  12223: 'lwapp',
  5060: 'sip',
  514: 'syslog',
  8472: 'otv',
  4789: 'vxlan',
  6081: 'geneve',
  4342: 'lisp',
  4790: 'vxlan-gpe',
  17754: 'zep',
  6635: 'mpls',
  319: 'ptp',
  320: 'ptp',
  30490: 'someip',
  2049: 'nfs',
};
for (let p = 7000; p <= 7009; p++) UDP_DECODED_PORTS[p] = 'rx';

/** A UDP payload printer: gets the payload, prints after "src.sport > dst.dport: ". */
export type UdpPayloadPrinter = (p: Printer, buf: Buf, off: number, length: number) => string;

/** Decoders by UDP port (either end). */
export const UDP_PORT_PRINTERS: Map<number, UdpPayloadPrinter> = new Map([
  [4789, vxlanPrint],
  [8472, otvPrint],
]);

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

export class Printer {
  /** tcp_seq_hash: the first sequence numbers seen per conversation, for relative numbers. */
  private tcpSeq = new Map<string, { seq: number; ack: number }>();

  constructor(
    readonly opts: PrintOpts,
    /** if_indextoname in the namespace tcpdump runs in (for LINUX_SLL2's interface column). */
    private ifname: (ifindex: number) => string | undefined = () => undefined,
  ) {}

  /** Everything tcpdump prints for one packet after its timestamp, without the newline. */
  packet(linktype: number, data: Uint8Array, length = data.length): string {
    const line = this.line(linktype, data, length);
    const d = this.opts.dump;
    if (!d || (!d.x && !d.X && !d.A)) return line;
    const hdrlen = LINK_HDRLEN[linktype];
    if (hdrlen === undefined) return `${line}[${unsupportedText('-x/-X/-A of this link type')}]`;
    if (data.length < hdrlen)
      return `${line}[${unsupportedText('-x/-X/-A of a record shorter than its link header')}]`;
    return line + dump(d, data, hdrlen);
  }

  private line(linktype: number, data: Uint8Array, length: number): string {
    const buf = new Buf(data, data.length, 'eth');
    // A record shorter than its link header (a damaged file): the link printer says so first.
    const short = LINK_HDRLEN[linktype] !== undefined && data.length < LINK_HDRLEN[linktype];
    if (short) return ` [|${LINK_PROTO[linktype]}]`;
    try {
      if (linktype === LINKTYPE_ETHERNET) return this.ether(buf, length);
      if (linktype === LINKTYPE_LINUX_SLL2) return this.sll2(buf, length);
      if (linktype === LINKTYPE_LINUX_SLL) return this.sll(buf, length);
      return `[${unsupportedText(`link-type ${linktype}`)}]`;
    } catch (e) {
      if (!(e instanceof Partial)) throw e;
      // tcpdump prints field by field up to the cut; netns-lab does not follow it that far.
      if (data.length < length)
        return `${e.text}[${unsupportedText('printing a packet cut short by the snapshot length (-s)')}]`;
      return `${e.text} [|${e.proto}]`;
    }
  }

  // --- link layer ------------------------------------------------------------------------------

  macString(buf: Buf, o: number): string {
    const bytes: string[] = [];
    for (let i = 0; i < 6; i++)
      bytes.push(
        buf
          .u8(o + i)
          .toString(16)
          .padStart(2, '0'),
      );
    const s = bytes.join(':');
    if (this.opts.nflag) return s;
    if (s === 'ff:ff:ff:ff:ff:ff') return 'Broadcast';
    const oui = (buf.u8(o) << 16) | (buf.u8(o + 1) << 8) | buf.u8(o + 2);
    return `${s} (oui ${OUI_NAMES[oui] ?? 'Unknown'})`;
  }

  private ethertype(t: number): string {
    return `ethertype ${ETHERTYPES[t] ?? 'Unknown'} (0x${hex4(t)})`;
  }

  /** ether_print; `off` is where the frame starts (an inner frame of VXLAN starts inside a packet). */
  ether(buf: Buf, length: number, off = 0): string {
    return this.guard('ether', '', () => {
      if (buf.end < off + 14) throw new Truncated('ether');
      let out = '';
      const type = buf.u16(off + 12);
      if (this.opts.eflag)
        out += `${this.macString(buf, off + 6)} > ${this.macString(buf, off)}, ${this.ethertype(type)}, length ${length}: `;
      return out + this.guard('ether', out, () => this.ethPayload(buf, off + 14, type, length - 14));
    });
  }

  private sll2(buf: Buf, length: number): string {
    if (buf.end < SLL2_HEADER_LEN) throw new Truncated('sll2');
    const ifindex = buf.u32(4);
    const types = ['In', 'B', 'M', 'P', 'Out'];
    const pkttype = buf.u8(10);
    let out = `${(this.ifname(ifindex) ?? '?').padEnd(5)} ${(types[pkttype] ?? '?').padEnd(3)} `;
    const protocol = buf.u16(0);
    if (this.opts.eflag) {
      out += `ifindex ${ifindex} `;
      if (buf.u8(11) === 6) out += `${this.macString(buf, 12)} `;
      out += `${this.ethertype(protocol)}, length ${length}: `;
    }
    return out + this.guard('sll2', out, () => this.ethPayload(buf, SLL2_HEADER_LEN, protocol, length - 20));
  }

  /** sll_if_print: the cooked v1 header says nothing without -e. */
  private sll(buf: Buf, length: number): string {
    if (buf.end < SLL_HEADER_LEN) throw new Truncated('sll');
    const types = ['In', 'B', 'M', 'P', 'Out'];
    const protocol = buf.u16(14);
    let out = '';
    if (this.opts.eflag) {
      out += `${(types[buf.u16(0)] ?? '?').padStart(3)} `;
      if (buf.u16(4) === 6) out += `${this.macString(buf, 6)} `;
      out += `${this.ethertype(protocol)}, length ${length}: `;
    }
    return out + this.guard('sll', out, () => this.ethPayload(buf, SLL_HEADER_LEN, protocol, length - 16));
  }

  private ethPayload(buf: Buf, off: number, type: number, length: number): string {
    if (type === 0x0800) return this.ip(buf, off, length);
    if (type === 0x0806) return this.arp(buf, off, length);
    return `[${unsupportedText(`printing ${this.ethertype(type)}`)}]`;
  }

  /** Runs a printer; a truncation inside it is reported after what was printed so far. */
  private guard(proto: string, before: string, f: () => string): string {
    try {
      return f();
    } catch (e) {
      if (e instanceof Truncated) throw new Partial(before, e.proto || proto);
      throw e;
    }
  }

  // --- ARP (print-arp.c) -------------------------------------------------------------------

  private arp(buf: Buf, o: number, length: number): string {
    buf.proto = 'arp';
    const hrd = buf.u16(o);
    const pro = buf.u16(o + 2);
    const hln = buf.u8(o + 4);
    const pln = buf.u8(o + 5);
    const op = buf.u16(o + 6);
    const sha = o + 8;
    const spa = sha + hln;
    const tha = spa + pln;
    const tpa = tha + hln;
    if (!buf.has(tpa, pln)) throw new Truncated('arp');
    let out = this.opts.eflag ? '' : 'ARP, ';
    if (pro !== 0x0800 || pln !== 4 || hln === 0 || this.opts.vflag) {
      const hw = hrd === 1 ? 'Ethernet' : `Unknown Hardware (${hrd})`;
      const proto = ETHERTYPES[pro] ?? `Unknown Protocol (0x${hex4(pro)})`;
      out += `${hw} (len ${hln}), ${proto} (len ${pln})`;
      if (!this.opts.vflag) return `${out}, length ${length}`;
    }
    const ops: Record<number, string> = {
      1: 'Request',
      2: 'Reply',
      3: 'Reverse Request',
      4: 'Reverse Reply',
    };
    out += `${this.opts.vflag ? ', ' : ''}${ops[op] ?? `Unknown (${op})`} `;
    const ip = (at: number) => (pro === 0x0800 && pln === 4 ? this.ipaddr(buf, at) : '<wrong proto type>');
    const hwaddr = (at: number) => (hln === 6 ? this.macString(buf, at) : `<${UNSUPPORTED_MARK}>`);
    if (op === 1) {
      out += `who-has ${ip(tpa)}`;
      let nonzero = false;
      for (let i = 0; i < hln; i++) if (buf.u8(tha + i) !== 0) nonzero = true;
      if (nonzero) out += ` (${hwaddr(tha)})`;
      out += ` tell ${ip(spa)}`;
    } else if (op === 2) {
      out += `${ip(spa)} is-at ${hwaddr(sha)}`;
    } else {
      return `${out}[${unsupportedText(`ARP operation ${op}`)}]`;
    }
    return `${out}, length ${length}`;
  }

  // --- IPv4 (print-ip.c) -------------------------------------------------------------------

  ipaddr(buf: Buf, o: number): string {
    const s = `${buf.u8(o)}.${buf.u8(o + 1)}.${buf.u8(o + 2)}.${buf.u8(o + 3)}`;
    // Without -n tcpdump asks the resolver; the recording machine's /etc/hosts names only
    // 127.0.0.1, and no DNS is reachable from the sandbox, so every other address stays numeric.
    if (!this.opts.nflag && s === '127.0.0.1') return 'localhost';
    return s;
  }

  private ip(buf: Buf, o: number, length: number): string {
    buf.proto = 'ip';
    const vhl = buf.u8(o);
    if (vhl >> 4 !== 4) return `IP${vhl >> 4}[${unsupportedText(`IP version ${vhl >> 4}`)}]`;
    let out = this.opts.eflag ? '' : 'IP ';
    if (length < 20) return `${out}truncated-ip ${length}`;
    const hlen = (vhl & 15) * 4;
    if (hlen < 20) return `${out}bad-hlen ${hlen}`;
    let len = buf.u16(o + 2);
    if (length < len) out += `truncated-ip - ${len - length} bytes missing! `;
    if (len < hlen) return `${out}bad-len ${len}`;
    const ip = buf.until(o + len);
    len -= hlen;
    const off = ip.u16(o + 6);
    const proto = ip.u8(o + 9);
    if (this.opts.vflag) {
      const tos = ip.u8(o + 1);
      out += `(tos 0x${tos.toString(16)}`;
      out += ['', ',ECT(1)', ',ECT(0)', ',CE'][tos & 3];
      const ttl = ip.u8(o + 8);
      if (ttl >= 1) out += `, ttl ${ttl}`;
      const flags = [off & 0x2000 ? '+' : '', off & 0x4000 ? 'DF' : '', off & 0x8000 ? 'rsvd' : '']
        .filter(Boolean)
        .join(', ');
      out += `, id ${ip.u16(o + 4)}, offset ${(off & 0x1fff) * 8}, flags [${flags || 'none'}], proto ${IPPROTO_NAMES[proto] ?? 'unknown'} (${proto})`;
      out += `, length ${ip.u16(o + 2)}`;
      if (hlen > 20) out += `, options ([${unsupportedText(`IP options`)}])`;
      if (ip.has(o, hlen)) {
        const sum = internetChecksum(ip.b.subarray(o, o + hlen));
        if (sum !== 0) {
          const got = ip.u16(o + 10);
          out += `, bad cksum ${got.toString(16)} (->${shouldBe(got, sum).toString(16)})!`;
        }
      }
      out += ')\n    ';
    }
    const src = this.ipaddr(ip, o + 12);
    const dst = this.ipaddr(ip, o + 16);
    if ((off & 0x1fff) !== 0) {
      const name = !this.opts.nflag ? NETDB_PROTO[proto] : undefined;
      return `${out}${src} > ${dst}:${name ? ` ${name}` : ` ip-proto-${proto}`}`;
    }
    if (proto !== 6 && proto !== 17) out += `${src} > ${dst}: `;
    if (!ip.has(o, hlen)) return `${out} [remaining caplen(${ip.end - o}) < header length(${hlen})]`;
    const l4 = o + hlen;
    const frag = (off & 0x2000) !== 0;
    const body = () => {
      if (proto === 1) return this.icmp(ip, l4, len, o, frag);
      if (proto === 6) return this.tcp(ip, l4, len, o, frag);
      if (proto === 17) return this.udp(ip, l4, len, o, frag);
      const name = !this.opts.nflag ? NETDB_PROTO[proto] : undefined;
      return `${name ? ` ${name}` : ` ip-proto-${proto}`} ${len}`;
    };
    return out + this.guard('ip', out, body);
  }

  // --- ICMP (print-icmp.c) -----------------------------------------------------------------

  private icmp(buf: Buf, o: number, plen: number, ipOff: number, fragmented: boolean): string {
    buf.proto = 'icmp';
    const type = buf.u8(o);
    const code = buf.u8(o + 1);
    const qdst = () => this.ipaddr(buf, o + 8 + 16);
    let str: string;
    if (type === 0 || type === 8) {
      str = `echo ${type === 8 ? 'request' : 'reply'}, id ${buf.u16(o + 4)}, seq ${buf.u16(o + 6)}`;
    } else if (type === 3) {
      str = this.unreach(buf, o, code, qdst);
    } else if (type === 11) {
      buf.u32(o + 8 + 16);
      str =
        code === 0
          ? 'time exceeded in-transit'
          : code === 1
            ? 'ip reassembly time exceeded'
            : `time exceeded-#${code}`;
    } else if (type === 5 || type === 9 || type === 12 || type === 13 || type === 14 || type === 18) {
      str = `[${unsupportedText(`ICMP type ${type}`)}]`;
    } else {
      str = ICMP_TYPE_NAMES[type] ?? `type-#${type}`;
    }
    let out = `ICMP ${str}, length ${plen}`;
    if (this.opts.vflag && !fragmented && buf.has(o, plen)) {
      const sum = internetChecksum(buf.b.subarray(o, o + plen));
      if (sum !== 0) {
        const got = buf.u16(o + 2);
        out += ` (wrong icmp cksum ${got.toString(16)} (->${shouldBe(got, sum).toString(16)})!)`;
      }
    }
    const errType = type === 3 || type === 4 || type === 5 || type === 11 || type === 12;
    if (this.opts.vflag >= 1 && errType) {
      const inner = o + 8;
      out += '\n\t';
      const innerLen = buf.u16(inner + 2);
      const quoted = buf.until(inner + innerLen);
      out += this.guard('ip', out, () => this.ip(quoted, inner, innerLen));
    }
    if (this.opts.vflag >= 1 && plen > 136 && (type === 3 || type === 11 || type === 12)) {
      // A multi-part extension (RFC 4884) is assumed when the bytes after the 128-byte legacy
      // header checksum to zero; netns-lab's messages never carry one.
      const from = o + 8 + 128;
      if (
        buf.u8(o + 5) !== 0 ||
        (buf.has(from, plen - 136) && internetChecksum(buf.b.subarray(from, o + plen)) === 0)
      )
        out += ` [${unsupportedText(`ICMP multi-part extension`)}]`;
    }
    void ipOff;
    return out;
  }

  private unreach(buf: Buf, o: number, code: number, qdst: () => string): string {
    const q = o + 8;
    switch (code) {
      case 0:
        return `net ${qdst()} unreachable`;
      case 1:
        return `host ${qdst()} unreachable`;
      case 2:
        return `${qdst()} protocol ${buf.u8(q + 9)} unreachable`;
      case 3: {
        buf.u8(q + 9);
        const hlen = (buf.u8(q) & 15) * 4;
        const dport = buf.u16(q + hlen + 2);
        const proto = buf.u8(q + 9);
        if (proto === 6) return `${qdst()} tcp port ${this.port(dport, 'tcp')} unreachable`;
        if (proto === 17) return `${qdst()} udp port ${this.port(dport, 'udp')} unreachable`;
        return `${qdst()} protocol ${proto} port ${dport} unreachable`;
      }
      case 4: {
        const mtu = buf.u16(o + 6);
        return mtu
          ? `${qdst()} unreachable - need to frag (mtu ${mtu})`
          : `${qdst()} unreachable - need to frag`;
      }
      case 5:
        return `${qdst()} unreachable - source route failed`;
      case 6:
        return `net ${qdst()} unreachable - unknown`;
      case 7:
        return `host ${qdst()} unreachable - unknown`;
      case 8:
        return `${qdst()} unreachable - source host isolated`;
      case 9:
        return `net ${qdst()} unreachable - admin prohibited`;
      case 10:
        return `host ${qdst()} unreachable - admin prohibited`;
      case 11:
        return `net ${qdst()} unreachable - tos prohibited`;
      case 12:
        return `host ${qdst()} unreachable - tos prohibited`;
      case 13:
        return `host ${qdst()} unreachable - admin prohibited filter`;
      case 14:
        return `host ${qdst()} unreachable - host precedence violation`;
      case 15:
        return `host ${qdst()} unreachable - precedence cutoff`;
      default:
        return `${qdst()} unreachable - #${code}`;
    }
  }

  port(p: number, proto: 'tcp' | 'udp'): string {
    if (this.opts.nflag) return String(p);
    return (proto === 'tcp' ? TCP_SERVICES : UDP_SERVICES)[p] ?? String(p);
  }

  // --- TCP (print-tcp.c) -------------------------------------------------------------------

  private tcp(buf: Buf, o: number, length: number, ipOff: number, fragmented: boolean): string {
    buf.proto = 'tcp';
    const src = this.ipaddr(buf, ipOff + 12);
    const dst = this.ipaddr(buf, ipOff + 16);
    if (!buf.has(o, 4)) throw new Partial(`${src} > ${dst}:`, 'tcp');
    const sport = buf.u16(o);
    const dport = buf.u16(o + 2);
    let out = `${src}.${this.port(sport, 'tcp')} > ${dst}.${this.port(dport, 'tcp')}: `;
    return this.guard('tcp', out, () => {
      if (!buf.has(o, 20)) throw new Truncated('tcp');
      const hlen = (buf.u8(o + 12) >> 4) * 4;
      if (hlen < 20) return `${out} tcp ${length - hlen} [bad hdr length ${hlen} - too short, < 20]`;
      let seq = buf.u32(o + 4);
      let ack = buf.u32(o + 8);
      const win = buf.u16(o + 14);
      const urp = buf.u16(o + 18);
      const flags = buf.u8(o + 13);
      out += `Flags [${tcpFlags(flags)}]`;
      if (flags & 0x10 && !this.opts.absoluteSeq) {
        // Relative sequence numbers: the first segment with ACK of a conversation records both ISNs.
        const srcIp = buf.u32(ipOff + 12);
        const dstIp = buf.u32(ipOff + 16);
        const rev = sport > dport || (sport === dport && srcIp > dstIp);
        const key = rev ? `${dstIp}:${srcIp}:${dport}:${sport}` : `${srcIp}:${dstIp}:${sport}:${dport}`;
        const th = this.tcpSeq.get(key);
        if (!th || flags & 0x02) {
          this.tcpSeq.set(key, rev ? { ack: seq, seq: (ack - 1) >>> 0 } : { seq, ack: (ack - 1) >>> 0 });
        } else if (rev) {
          seq = (seq - th.ack) >>> 0;
          ack = (ack - th.seq) >>> 0;
        } else {
          seq = (seq - th.seq) >>> 0;
          ack = (ack - th.ack) >>> 0;
        }
      }
      if (hlen > length) return `${out} [bad hdr length ${hlen} - too long, > ${length}]`;
      if (this.opts.vflag && !fragmented && buf.has(o, length)) {
        const sum = pseudoSum(buf, ipOff, o, length, 6);
        const got = buf.u16(o + 16);
        out += `, cksum 0x${hex4(got)}`;
        out += sum !== 0 ? ` (incorrect -> 0x${hex4(shouldBe(got, sum))})` : ' (correct)';
      }
      const dataLen = length - hlen;
      if (this.opts.vflag > 1 || dataLen > 0 || flags & 0x07) {
        out += `, seq ${seq}`;
        if (dataLen > 0) out += `:${(seq + dataLen) >>> 0}`;
      }
      if (flags & 0x10) out += `, ack ${ack}`;
      out += `, win ${win}`;
      if (flags & 0x20) out += `, urg ${urp}`;
      if (hlen > 20) out += `, options [${this.tcpOptions(buf, o + 20, hlen - 20)}]`;
      out += `, length ${dataLen}`;
      if (dataLen > 0 && TCP_DECODED_PORTS.some((p) => p === sport || p === dport))
        out += ` [${unsupportedText(`decoding the payload for port ${TCP_DECODED_PORTS.find((p) => p === sport || p === dport)}`)}]`;
      return out;
    });
  }

  private tcpOptions(buf: Buf, o: number, len: number): string {
    const names: Record<number, string> = {
      0: 'eol',
      1: 'nop',
      2: 'mss',
      3: 'wscale',
      4: 'sackOK',
      5: 'sack',
      8: 'TS',
      19: 'md5',
      28: 'uto',
      30: 'mptcp',
      34: 'tfo',
    };
    const parts: string[] = [];
    let i = o;
    const end = o + len;
    while (i < end) {
      const kind = buf.u8(i);
      let text = names[kind] ?? `unknown-${kind}`;
      if (kind === 0 || kind === 1) {
        parts.push(text);
        i++;
        if (kind === 0) break;
        continue;
      }
      const olen = buf.u8(i + 1);
      if (olen < 2 || olen > end - i) {
        parts.push(`${text}[bad opt]`);
        break;
      }
      const d = i + 2;
      if (kind === 2 && olen === 4) text += ` ${buf.u16(d)}`;
      else if (kind === 3 && olen === 3) text += ` ${buf.u8(d)}`;
      else if (kind === 8 && olen === 10) text += ` val ${buf.u32(d)} ecr ${buf.u32(d + 4)}`;
      else if (kind === 5 && (olen - 2) % 8 === 0)
        text += ` ${(olen - 2) / 8} [${unsupportedText(`SACK blocks`)}]`;
      else if (kind !== 4) text += ` [${unsupportedText(`this option`)}]`;
      parts.push(text);
      i += olen;
    }
    return parts.join(',');
  }

  // --- UDP (print-udp.c) -------------------------------------------------------------------

  private udp(buf: Buf, o: number, length: number, ipOff: number, fragmented: boolean): string {
    buf.proto = 'udp';
    const src = this.ipaddr(buf, ipOff + 12);
    const dst = this.ipaddr(buf, ipOff + 16);
    if (!buf.has(o, 4)) throw new Partial(`${src} > ${dst}: `, 'udp');
    const sport = buf.u16(o);
    const dport = buf.u16(o + 2);
    const addrs = `${src}.${this.port(sport, 'udp')} > ${dst}.${this.port(dport, 'udp')}: `;
    if (length < 8) return `${addrs}truncated-udp ${length}`;
    let ulen = buf.u16(o + 4);
    if (ulen < 8) return `${addrs}truncated-udplength ${ulen}`;
    ulen -= 8;
    let plen = length - 8;
    if (ulen < plen) plen = ulen;
    let out = addrs;
    if (this.opts.vflag > 1 && !fragmented) {
      const got = buf.u16(o + 6);
      if (got === 0) out += '[no cksum] ';
      else if (buf.has(o, plen + 8)) {
        const sum = pseudoSum(buf, ipOff, o, plen + 8, 17);
        out +=
          sum !== 0 ? `[bad udp cksum 0x${hex4(got)} -> 0x${hex4(shouldBe(got, sum))}!] ` : '[udp sum ok] ';
      }
    }
    const printer = UDP_PORT_PRINTERS.get(sport) ?? UDP_PORT_PRINTERS.get(dport);
    if (printer) return out + printer(this, buf, o + 8, plen);
    const decoded =
      UDP_DECODED_PORTS[sport] !== undefined
        ? sport
        : UDP_DECODED_PORTS[dport] !== undefined
          ? dport
          : undefined;
    if (decoded !== undefined)
      return `${out}[${unsupportedText(`tcpdump's ${UDP_DECODED_PORTS[decoded]} decoder (UDP port ${decoded})`)}]`;
    if (ulen > plen && !fragmented) return `${out}UDP, bad length ${ulen} > ${plen}`;
    return `${out}UDP, length ${ulen}`;
  }
}

/** A printer stopped at the end of the captured bytes, with what it had printed. */
export class Partial extends Error {
  constructor(
    readonly text: string,
    readonly proto: string,
  ) {
    super(proto);
  }
}

/** TCP ports whose payload tcpdump decodes (tcp_print's chain). */
const TCP_DECODED_PORTS = [23, 25, 43, 179, 1723, 6379, 22, 139, 445, 53, 80, 8080, 3128, 554, 5060, 2049];

function tcpFlags(f: number): string {
  const names: [number, string][] = [
    [0x01, 'F'],
    [0x02, 'S'],
    [0x04, 'R'],
    [0x08, 'P'],
    [0x10, '.'],
    [0x20, 'U'],
    [0x40, 'E'],
    [0x80, 'W'],
  ];
  const s = names
    .filter(([bit]) => f & bit)
    .map(([, n]) => n)
    .join('');
  return s || 'none';
}

/** in_cksum over the IPv4 pseudo-header and the segment (0 when the checksum is right). */
function pseudoSum(buf: Buf, ipOff: number, o: number, len: number, proto: number): number {
  const b = new Uint8Array(12 + len);
  b.set(buf.b.subarray(ipOff + 12, ipOff + 20), 0);
  b[9] = proto;
  b[10] = len >> 8;
  b[11] = len & 255;
  b.set(buf.b.subarray(o, o + len), 12);
  return internetChecksum(b);
}

/** in_cksum_shouldbe: the value the checksum field should have held (field + in_cksum, end-around carry). */
export function shouldBe(field: number, computed: number): number {
  let s = field + computed;
  s = (s & 0xffff) + (s >> 16);
  s = (s & 0xffff) + (s >> 16);
  return s & 0xffff;
}
