// The docker CLI's option parsing (spf13/pflag under cobra, docker/cli v28.2.2): long and short
// forms, --flag=value, combined short flags (-dit, -p8080:80), and the CLI's own messages for
// unknown flags, missing values and argument counts, with their exit statuses.

export type FlagKind = 'bool' | 'value' | 'list';

export interface FlagDef {
  long: string;
  short?: string;
  kind: FlagKind;
  /** Type word pflag names in "invalid argument" messages (only bools are parsed here). */
}

/** A usage error the CLI reports, and the status it exits with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface Parsed {
  /** Flag long name → values given, in order (a bool has "true"/"false"). */
  flags: Map<string, string[]>;
  args: string[];
}

export interface CommandSpec {
  /** "docker network create" */
  path: string;
  /** "docker network create [OPTIONS] NETWORK" */
  usage: string;
  flags: FlagDef[];
  /** Flags stop at the first argument (run, exec: the container's command follows). */
  interspersed: boolean;
}

/** cobra's flag error, as the docker CLI's FlagErrorFunc prints it: status 125. */
function flagError(spec: CommandSpec, msg: string): CliError {
  return new CliError(
    `${msg}\n\nUsage:  ${spec.usage}\n\nRun '${spec.path} --help' for more information\n`,
    125,
  );
}

const BOOL_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const BOOL_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

export function parseFlags(spec: CommandSpec, argv: string[]): Parsed {
  const flags = new Map<string, string[]>();
  const args: string[] = [];
  const byLong = new Map(spec.flags.map((f) => [f.long, f]));
  const byShort = new Map(spec.flags.filter((f) => f.short).map((f) => [f.short!, f]));
  const set = (f: FlagDef, v: string, shown: string) => {
    if (f.kind === 'bool') {
      if (!BOOL_TRUE.has(v) && !BOOL_FALSE.has(v))
        throw flagError(
          spec,
          `invalid argument "${v}" for "${f.short ? `-${f.short}, ` : ''}--${f.long}" flag: strconv.ParseBool: parsing "${v}": invalid syntax`,
        );
      v = BOOL_TRUE.has(v) ? 'true' : 'false';
    }
    void shown;
    const list = flags.get(f.long) ?? [];
    list.push(v);
    flags.set(f.long, list);
  };
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const f = byLong.get(name);
      if (!f) throw flagError(spec, `unknown flag: --${name}`);
      if (eq >= 0) set(f, a.slice(eq + 1), a);
      else if (f.kind === 'bool') set(f, 'true', a);
      else {
        if (i + 1 >= argv.length) throw flagError(spec, `flag needs an argument: --${name}`);
        set(f, argv[++i], a);
      }
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      // A run of short flags; one that takes a value takes the rest of the word or the next word.
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const f = byShort.get(c);
        if (!f) throw flagError(spec, `unknown shorthand flag: '${c}' in ${a}`);
        if (f.kind === 'bool') {
          if (a[j + 1] === '=') {
            set(f, a.slice(j + 2), a);
            break;
          }
          set(f, 'true', a);
          continue;
        }
        let v = a.slice(j + 1);
        if (v.startsWith('=')) v = v.slice(1);
        else if (v === '') {
          if (i + 1 >= argv.length) throw flagError(spec, `flag needs an argument: '${c}' in -${c}`);
          v = argv[++i];
        }
        set(f, v, a);
        break;
      }
      continue;
    }
    if (!spec.interspersed) break;
    args.push(a);
  }
  args.push(...argv.slice(i));
  return { flags, args };
}

/** cli.RequiresMinArgs and friends (cli/required.go): status 1, "See" or "Run". */
export function argCountError(spec: CommandSpec, what: string, see: boolean): CliError {
  return new CliError(
    `docker: '${spec.path}' ${what}\n\nUsage:  ${spec.usage}\n\n${see ? 'See' : 'Run'} '${spec.path} --help' for more information\n`,
    1,
  );
}

export function requireArgs(spec: CommandSpec, args: string[], min: number, max: number): void {
  const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');
  if (min === 0 && max === 0 && args.length > 0) throw argCountError(spec, 'accepts no arguments', false);
  if (min === max && args.length !== min) throw argCountError(spec, `requires ${min} ${plural(min)}`, false);
  if (max === Number.POSITIVE_INFINITY && args.length < min)
    throw argCountError(spec, `requires at least ${min} ${plural(min)}`, true);
  if (min !== max && max !== Number.POSITIVE_INFINITY && (args.length < min || args.length > max))
    throw argCountError(spec, `requires at least ${min} and at most ${max} ${plural(max)}`, false);
}

export const bool = (p: Parsed, long: string) => (p.flags.get(long) ?? []).at(-1) === 'true';
export const value = (p: Parsed, long: string) => (p.flags.get(long) ?? []).at(-1);
export const values = (p: Parsed, long: string) => p.flags.get(long) ?? [];

/** Builds flag definitions from "d detach bool" style lines (short, long, kind). */
export function defs(...lines: string[]): FlagDef[] {
  return lines.map((l) => {
    const [short, long, kind] = l.split(' ');
    return { short: short === '-' ? undefined : short, long, kind: kind as FlagKind };
  });
}
