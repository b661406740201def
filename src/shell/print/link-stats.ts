// `ip -s link` and `ip -s -s link`: the counters iproute2 6.1 prints after a link (ip/ipaddress.c
// print_link_stats64: every column as wide as its header or its widest number, RX and TX sized
// together; the error rows only with -s -s).

import type { Device } from '../../engine/link/device.ts';

function pad(width: number, s: string | number): string {
  const t = String(s);
  return t.length >= width ? t : ' '.repeat(width - t.length) + t;
}

/** The statistics lines of one device, for `-s` given `level` times (1 or more). */
export function statsLines(dev: Device, level: number): string {
  const st = dev.stats;
  // The counters netns-lab does not model stay 0, as they do on veth, bridge, macvlan and lo.
  const rx = [st.rxBytes, st.rxPackets, 0, st.rxDropped, 0, 0];
  const tx = [st.txBytes, st.txPackets, 0, st.txDropped, 0, 0];
  const rxErr = [0, 0, 0, 0, 0, 0];
  const txErr = [0, 0, 0, 0, 0, dev.carrierChanges];
  // cols: strlen of "*X errors:", "packets", "errors", "dropped", "heartbt", "overrun", "compressed".
  const cols = [10, 7, 6, 7, 7, 7, 10];
  const size = (vals: number[]) => {
    vals.forEach((v, i) => {
      cols[i] = Math.max(cols[i], String(v).length);
    });
  };
  size(rx);
  size(tx);
  if (level > 1) {
    size(rxErr);
    size(txErr);
  }
  const nums = (vals: number[]) => `    ${vals.map((v, i) => `${pad(cols[i], v)} `).join('')}\n`;
  const errNums = (vals: number[]) =>
    `${' '.repeat(cols[0] + 5)}${vals
      .slice(1)
      .map((v, i) => `${pad(cols[i + 1], v)} `)
      .join('')}\n`;
  const head = (dir: string, names: string[]) =>
    `    ${dir}: ${pad(cols[0] - 4, 'bytes')} ${names.map((n, i) => pad(cols[i + 1], n)).join(' ')} ${pad(cols[6], '')}\n`;
  const errHead = (dir: string, names: string[]) =>
    `    ${dir} errors:${pad(cols[0] - 10, '')} ${names.map((n, i) => pad(cols[i + 1], n)).join(' ')}\n`;
  let out = head('RX', ['packets', 'errors', 'dropped', 'missed', 'mcast']) + nums(rx);
  if (level > 1) out += errHead('RX', ['length', 'crc', 'frame', 'fifo', 'overrun']) + errNums(rxErr);
  out += head('TX', ['packets', 'errors', 'dropped', 'carrier', 'collsns']) + nums(tx);
  if (level > 1) out += errHead('TX', ['aborted', 'fifo', 'window', 'heartbt', 'transns']) + errNums(txErr);
  return out;
}
