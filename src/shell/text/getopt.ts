// glibc's getopt_long as GNU grep and coreutils call it: short options clustered ("-in", "-A2"),
// long options by a unique prefix ("--ignore" for --ignore-case) with "=VALUE" or the next word,
// options and operands in any order (permutation), "--" ends the options. Messages are glibc's.
// A failure carries the options getopt returned before it: a tool acts on each as it comes (ss's
// -h prints its help even when a bad option follows).

export interface LongOpt {
  name: string;
  /** The short option it stands for, or its own key. */
  key: string;
  arg: 'none' | 'required' | 'optional';
}

export interface Opt {
  key: string;
  value?: string;
  /** As written (for messages): "-A", "--after-context". */
  as: string;
}

export type GetoptResult =
  | { ok: true; opts: Opt[]; operands: string[] }
  | { ok: false; message: string; before: Opt[] }
  | { ok: false; unsupported: string; before: Opt[] };

/**
 * Parses `argv`. `short` is getopt's option string ("A:B:ciw"): a letter followed by ":" takes an
 * argument, by "::" an optional one (only when attached). `tool` prefixes the messages ("grep: invalid option -- 'k'").
 * glibc lists an ambiguous abbreviation's possibilities in the order of the tool's long options:
 * a tool whose `longs` keep that order passes `ambiguity: 'message'`; for the others it is unsupported.
 */
export function getopt(
  tool: string,
  argv: string[],
  short: string,
  longs: readonly LongOpt[],
  { ambiguity = 'unsupported' }: { ambiguity?: 'message' | 'unsupported' } = {},
): GetoptResult {
  /** Whether each short option takes an argument: "x:" one, "x::" one only when attached (-xVALUE). */
  const takes = new Map<string, boolean | 'optional'>();
  for (let i = 0; i < short.length; i++) {
    if (short[i] === ':') continue;
    takes.set(short[i], short[i + 1] !== ':' ? false : short[i + 2] === ':' ? 'optional' : true);
  }
  const opts: Opt[] = [];
  const operands: string[] = [];
  const fail = (message: string): GetoptResult => ({ ok: false, message, before: opts });
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      const exact = longs.find((l) => l.name === name);
      const cands = exact ? [exact] : longs.filter((l) => l.name.startsWith(name));
      if (cands.length === 0) return fail(`${tool}: unrecognized option '${a}'\n`);
      const l = cands[0];
      // process_long_option: another prefix match is ambiguous only if it differs from the first
      // (--color and --colour are one option); glibc then lists the first and those that differ.
      const differ = cands.filter((c) => c.key !== l.key || c.arg !== l.arg);
      if (differ.length > 0) {
        if (ambiguity === 'unsupported')
          return { ok: false, unsupported: `${tool} ${a} (an ambiguous abbreviation)`, before: opts };
        const names = cands
          .filter((c) => c === l || differ.includes(c))
          .map((c) => ` '--${c.name}'`)
          .join('');
        return fail(`${tool}: option '${a}' is ambiguous; possibilities:${names}\n`);
      }
      const as = `--${l.name}`;
      if (eq >= 0) {
        if (l.arg === 'none') return fail(`${tool}: option '${as}' doesn't allow an argument\n`);
        opts.push({ key: l.key, value: a.slice(eq + 1), as });
      } else if (l.arg === 'required') {
        if (i + 1 >= argv.length) return fail(`${tool}: option '${as}' requires an argument\n`);
        opts.push({ key: l.key, value: argv[++i], as });
      } else opts.push({ key: l.key, as });
      continue;
    }
    if (a.startsWith('-') && a !== '-') {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const t = takes.get(c);
        if (t === undefined) return fail(`${tool}: invalid option -- '${c}'\n`);
        if (!t) {
          opts.push({ key: c, as: `-${c}` });
          continue;
        }
        if (j + 1 < a.length) opts.push({ key: c, value: a.slice(j + 1), as: `-${c}` });
        else if (t === 'optional') opts.push({ key: c, as: `-${c}` });
        else if (i + 1 < argv.length) opts.push({ key: c, value: argv[++i], as: `-${c}` });
        else return fail(`${tool}: option requires an argument -- '${c}'\n`);
        break;
      }
      continue;
    }
    operands.push(a);
  }
  return { ok: true, opts, operands };
}
