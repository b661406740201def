// The time intervals coreutils' sleep and timeout read (coreutils 9.1): a number as C's strtod reads
// it in the C locale — leading white space, a sign, decimal with an exponent, hexadecimal with a
// binary exponent ("0x1p-2"), "inf"/"infinity", "nan" — then at most one suffix, s, m, h or d. A
// value that is not >= 0 (negative, nan) is invalid; one too large for a double (ERANGE) is taken
// as the largest, infinite.

const SUFFIX: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** The number strtod reads at the start of `s`, and how many characters it took (0: none). */
function strtod(s: string): { value: number; length: number } {
  const m =
    /^[ \t\n\v\f\r]*([+-]?)(?:(inf(?:inity)?)|(nan(?:\([0-9A-Za-z_]*\))?)|0[xX]((?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+))(?:[pP]([+-]?\d+))?|((?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?))/i.exec(
      s,
    );
  if (!m) return { value: 0, length: 0 };
  const sign = m[1] === '-' ? -1 : 1;
  if (m[2]) return { value: sign * Number.POSITIVE_INFINITY, length: m[0].length };
  if (m[3]) return { value: Number.NaN, length: m[0].length };
  if (m[4] !== undefined) {
    const [int, frac = ''] = m[4].split('.');
    let v = 0;
    for (const c of int + frac) v = v * 16 + Number.parseInt(c, 16);
    v *= 16 ** -frac.length;
    if (m[5] !== undefined) v *= 2 ** Number(m[5]);
    return { value: sign * v, length: m[0].length };
  }
  // A decimal exponent strtod cannot take alone (1e-x) is left unread, as strtod leaves it.
  return { value: sign * Number(m[6]), length: m[0].length };
}

/** Seconds (possibly Infinity) an operand of sleep or timeout stands for, or undefined when invalid. */
export function parseInterval(arg: string): number | undefined {
  const { value, length } = strtod(arg);
  if (length === 0) return undefined;
  const rest = arg.slice(length);
  if (rest.length > 1 || !(rest in SUFFIX) || !(value >= 0)) return undefined;
  return value * SUFFIX[rest];
}
