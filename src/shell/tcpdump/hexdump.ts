// What tcpdump 4.99 prints after a packet's line with -x, -X and -A (print.c pretty_print_packet,
// util-print.c hex_print_with_offset and hex_and_ascii_print_with_offset, print-ascii.c
// ascii_print): from the network header on, or from the frame's first byte when doubled (-xx, -XX,
// -AA). -X wins over -x, and either over -A.

/** The dump flags, each a count (-X once or twice). */
export interface DumpFlags {
  x: number;
  X: number;
  A: number;
}

/** ND_ASCII_ISGRAPH: a printable character other than space. */
const isGraph = (c: number) => c > 0x20 && c <= 0x7e;

const hex2 = (n: number) => n.toString(16).padStart(2, '0');

/** hex_and_ascii_print: 16 bytes a line, "\t0x0000:  4500 0054 …  E..T". */
function hexAndAscii(data: Uint8Array): string {
  let out = '';
  let hex = '';
  let ascii = '';
  let oset = 0;
  let i = 0;
  const flush = () => {
    out += `\n\t0x${oset.toString(16).padStart(4, '0')}: ${hex.padEnd(40)}  ${ascii}`;
    hex = '';
    ascii = '';
    i = 0;
    oset += 16;
  };
  let p = 0;
  for (; p + 1 < data.length; p += 2) {
    hex += ` ${hex2(data[p])}${hex2(data[p + 1])}`;
    ascii += String.fromCharCode(isGraph(data[p]) ? data[p] : 46, isGraph(data[p + 1]) ? data[p + 1] : 46);
    if (++i >= 8) flush();
  }
  if (p < data.length) {
    hex += ` ${hex2(data[p])}`;
    ascii += isGraph(data[p]) ? String.fromCharCode(data[p]) : '.';
    i++;
  }
  if (i > 0) out += `\n\t0x${oset.toString(16).padStart(4, '0')}: ${hex.padEnd(40)}  ${ascii}`;
  return out;
}

/** hex_print: 8 groups of two bytes a line, "\t0x0000:  4500 0054 …". */
function hexOnly(data: Uint8Array): string {
  let out = '';
  let i = 0;
  let p = 0;
  for (; p + 1 < data.length; p += 2) {
    if (i++ % 8 === 0) out += `\n\t0x${p.toString(16).padStart(4, '0')}: `;
    out += ` ${hex2(data[p])}${hex2(data[p + 1])}`;
  }
  if (p < data.length) {
    if (i % 8 === 0) out += `\n\t0x${p.toString(16).padStart(4, '0')}: `;
    out += ` ${hex2(data[p])}`;
  }
  return out;
}

/** ascii_print: a newline, then the bytes, '.' for what is not printable; a CR before LF is left out. */
function asciiOnly(data: Uint8Array): string {
  let out = '\n';
  for (let p = 0; p < data.length; p++) {
    const s = data[p];
    const left = data.length - p - 1;
    if (s === 0x0d) {
      if (left > 1 && data[p + 1] !== 0x0a) out += '.';
    } else if (!isGraph(s) && s !== 0x09 && s !== 0x20 && s !== 0x0a) out += '.';
    else out += String.fromCharCode(s);
  }
  return out;
}

/**
 * The dump of one captured packet (`data`, as captured), `hdrlen` being its link-layer header's
 * length; '' when no dump flag is set, or when only the header was captured.
 */
export function dump(flags: DumpFlags, data: Uint8Array, hdrlen: number): string {
  const whole = (n: number) => n > 1;
  const from = (n: number) => (whole(n) ? data : data.length > hdrlen ? data.subarray(hdrlen) : undefined);
  if (flags.X) {
    const d = from(flags.X);
    return d ? hexAndAscii(d) : '';
  }
  if (flags.x) {
    const d = from(flags.x);
    return d ? hexOnly(d) : '';
  }
  if (flags.A) {
    const d = from(flags.A);
    return d ? asciiOnly(d) : '';
  }
  return '';
}
