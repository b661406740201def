// glibc's getopt_long as GNU grep and coreutils call it: short options clustered ("-in", "-A2"),
// long options by a unique prefix ("--ignore" for --ignore-case) with "=VALUE" or the next word,
// options and operands in any order (permutation), "--" ends the options. Messages are glibc's.

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
  | { ok: false; message: string }
  | { ok: false; unsupported: string };

/**
 * Parses `argv`. `short` is getopt's option string ("A:B:ciw"): a letter followed by ":" takes an
 * argument, by "::" an optional one (only when attached). `tool` prefixes the messages ("grep: invalid option -- 'k'").
 */
export function getopt(tool: string, argv: string[], short: string, longs: LongOpt[]): GetoptResult {
  /** Whether each short option takes an argument: "x:" one, "x::" one only when attached (-xVALUE). */
  const takes = new Map<string, boolean | 'optional'>();
  for (let i = 0; i < short.length; i++) {
    if (short[i] === ':') continue;
    takes.set(short[i], short[i + 1] !== ':' ? false : short[i + 2] === ':' ? 'optional' : true);
  }
  const opts: Opt[] = [];
  const operands: string[] = [];
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
      // Several names for one option (--color, --colour) are not ambiguous.
      const keys = new Set(cands.map((c) => `${c.key}/${c.arg}`));
      if (cands.length === 0) return { ok: false, message: `${tool}: unrecognized option '${a}'\n` };
      if (keys.size > 1) return { ok: false, unsupported: `${tool} ${a} (an ambiguous abbreviation)` };
      const l = cands[0];
      const as = `--${l.name}`;
      if (eq >= 0) {
        if (l.arg === 'none')
          return { ok: false, message: `${tool}: option '${as}' doesn't allow an argument\n` };
        opts.push({ key: l.key, value: a.slice(eq + 1), as });
      } else if (l.arg === 'required') {
        if (i + 1 >= argv.length)
          return { ok: false, message: `${tool}: option '${as}' requires an argument\n` };
        opts.push({ key: l.key, value: argv[++i], as });
      } else opts.push({ key: l.key, as });
      continue;
    }
    if (a.startsWith('-') && a !== '-') {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const t = takes.get(c);
        if (t === undefined) return { ok: false, message: `${tool}: invalid option -- '${c}'\n` };
        if (!t) {
          opts.push({ key: c, as: `-${c}` });
          continue;
        }
        if (j + 1 < a.length) opts.push({ key: c, value: a.slice(j + 1), as: `-${c}` });
        else if (t === 'optional') opts.push({ key: c, as: `-${c}` });
        else if (i + 1 < argv.length) opts.push({ key: c, value: argv[++i], as: `-${c}` });
        else return { ok: false, message: `${tool}: option requires an argument -- '${c}'\n` };
        break;
      }
      continue;
    }
    operands.push(a);
  }
  return { ok: true, opts, operands };
}
