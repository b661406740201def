// tcpdump 4.99.3's print-vxlan.c (UDP port 4789) and print-otv.c (8472, the port Linux's VXLAN uses
// by default): the 8-byte header, then the inner frame through ether_print, on a line of its own. A
// payload shorter than the header is "(invalid)"; one cut short by the capture is " [|vxlan]".

import type { Buf, Printer } from './print.ts';
import { Truncated } from './print.ts';

const HDR = 8;
const hex2 = (n: number) => n.toString(16).padStart(2, '0');

/** vxlan_print: "VXLAN, flags [I] (0x08), vni N". */
export function vxlanPrint(p: Printer, buf: Buf, off: number, length: number): string {
  buf.proto = 'vxlan';
  if (length < HDR) return 'VXLAN (invalid)';
  if (!buf.has(off, HDR)) throw new Truncated('vxlan');
  const flags = buf.u8(off);
  const vni = (buf.u8(off + 4) << 16) | (buf.u8(off + 5) << 8) | buf.u8(off + 6);
  const head = `VXLAN, flags [${flags & 0x08 ? 'I' : '.'}] (0x${hex2(flags)}), vni ${vni}\n`;
  return head + p.ether(buf.until(buf.end), length - HDR, off + HDR);
}

/** otv_print: the same header read as draft-hasmit-otv's overlay (bytes 1–3) and instance (4–6). */
export function otvPrint(p: Printer, buf: Buf, off: number, length: number): string {
  buf.proto = 'otv';
  if (length < HDR) return `OTV, [length ${length} < ${HDR}] (invalid)`;
  if (!buf.has(off, HDR)) throw new Truncated('otv');
  const flags = buf.u8(off);
  const u24 = (o: number) => (buf.u8(o) << 16) | (buf.u8(o + 1) << 8) | buf.u8(o + 2);
  const head = `OTV, flags [${flags & 0x08 ? 'I' : '.'}] (0x${hex2(flags)}), overlay ${u24(off + 1)}, instance ${u24(off + 4)}\n`;
  return head + p.ether(buf.until(buf.end), length - HDR, off + HDR);
}
