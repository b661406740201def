// The YAML that Kubernetes manifests use, parsed into plain values: block mappings and sequences,
// `---` between documents, comments, plain / 'single' / "double" quoted scalars, flow collections
// ({}, [], {a: b}, [a, b]) on one line. Anchors, aliases, tags, multi-line scalars (| and >) and
// complex keys are refused with the line they are on. Errors read as kubectl prints sigs.k8s.io/yaml's
// ("yaml: line N: …"). Bounded: at most 256 KiB of text and 64 levels of nesting.

export type YamlValue = string | number | boolean | null | YamlValue[] | { [k: string]: YamlValue };

export class YamlError extends Error {
  constructor(
    readonly line: number,
    message: string,
    /** The construct is valid YAML that netns-lab does not read. */
    readonly unsupported = false,
  ) {
    super(message);
  }
}

/** Where each key (or item) of a parsed mapping (or sequence) was: its line number. */
export const lineOf = new WeakMap<object, Map<string | number, number>>();

function note(o: object, k: string | number, no: number): void {
  let m = lineOf.get(o);
  if (!m) {
    m = new Map();
    lineOf.set(o, m);
  }
  m.set(k, no);
}

const MAX_TEXT = 256 * 1024;
const MAX_DEPTH = 64;

interface Line {
  no: number;
  indent: number;
  text: string;
}

/** Strips a comment: a `#` at the start or after whitespace, outside quotes. */
function stripComment(s: string): string {
  let q: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === q) q = undefined;
      else if (q === '"' && c === '\\') i++;
    } else if (c === "'" || c === '"') {
      if (i === 0 || /[\s[{,:-]/.test(s[i - 1])) q = c;
    } else if (c === '#' && (i === 0 || /\s/.test(s[i - 1]))) return s.slice(0, i).trimEnd();
  }
  return s.trimEnd();
}

/** Splits the text into documents of significant lines. */
function documents(text: string): Line[][] {
  const docs: Line[][] = [[]];
  const raw = text.split('\n');
  for (let i = 0; i < raw.length; i++) {
    const no = i + 1;
    let l = raw[i];
    if (l.endsWith('\r')) l = l.slice(0, -1);
    const lead = /^[ \t]*/.exec(l)![0];
    if (lead.includes('\t') && l.trim() !== '')
      throw new YamlError(no, `yaml: line ${no}: found character that cannot start any token`);
    const body = stripComment(l.slice(lead.length));
    if (body === '') continue;
    if (lead.length === 0 && /^---(\s|$)/.test(body)) {
      if (body.slice(3).trim() !== '')
        throw new YamlError(no, `yaml: line ${no}: content after a document marker`, true);
      docs.push([]);
      continue;
    }
    if (lead.length === 0 && body === '...') continue;
    if (lead.length === 0 && body.startsWith('%'))
      throw new YamlError(no, `yaml: line ${no}: directives`, true);
    docs[docs.length - 1].push({ no, indent: lead.length, text: body });
  }
  return docs.filter((d) => d.length > 0);
}

function scalar(s: string, no: number): YamlValue {
  if (s.startsWith('"')) {
    if (!s.endsWith('"') || s.length < 2)
      throw new YamlError(no, `yaml: line ${no}: found unexpected end of stream`);
    try {
      return JSON.parse(s);
    } catch {
      throw new YamlError(
        no,
        `yaml: line ${no}: found unknown escape character while parsing a quoted scalar`,
      );
    }
  }
  if (s.startsWith("'")) {
    if (!s.endsWith("'") || s.length < 2)
      throw new YamlError(no, `yaml: line ${no}: found unexpected end of stream`);
    return s.slice(1, -1).replace(/''/g, "'");
  }
  if (s.startsWith('[') || s.startsWith('{')) return flow(s, no);
  if (/^[&*!]/.test(s)) throw new YamlError(no, `yaml: line ${no}: anchors, aliases and tags`, true);
  if (s === '|' || s === '>' || /^[|>][-+0-9]*$/.test(s))
    throw new YamlError(no, `yaml: line ${no}: block scalars (| and >)`, true);
  // YAML 1.1 as sigs.k8s.io/yaml (go-yaml v2) resolves plain scalars.
  if (/^(~|null|Null|NULL)$/.test(s)) return null;
  if (/^(true|True|TRUE|yes|Yes|YES|on|On|ON)$/.test(s)) return true;
  if (/^(false|False|FALSE|no|No|NO|off|Off|OFF)$/.test(s)) return false;
  if (/^[-+]?(0|[1-9][0-9_]*)$/.test(s)) return Number(s.replace(/_/g, ''));
  if (/^[-+]?([0-9][0-9_]*)?\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s)) return Number(s.replace(/_/g, ''));
  return s;
}

/** A one-line flow collection: [a, b], {a: b, c: [d]}. */
function flow(s: string, no: number): YamlValue {
  let i = 0;
  const ws = () => {
    while (s[i] === ' ') i++;
  };
  const item = (depth: number): YamlValue => {
    if (depth > MAX_DEPTH) throw new YamlError(no, `yaml: line ${no}: exceeded max depth of ${MAX_DEPTH}`);
    ws();
    if (s[i] === '[') {
      i++;
      const out: YamlValue[] = [];
      ws();
      if (s[i] === ']') {
        i++;
        return out;
      }
      for (;;) {
        out.push(item(depth + 1));
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === ']') {
          i++;
          return out;
        } else throw new YamlError(no, `yaml: line ${no}: did not find expected ',' or ']'`);
      }
    }
    if (s[i] === '{') {
      i++;
      const out: Record<string, YamlValue> = {};
      ws();
      if (s[i] === '}') {
        i++;
        return out;
      }
      for (;;) {
        ws();
        const k = atom(':,}');
        if (s[i] !== ':') throw new YamlError(no, `yaml: line ${no}: did not find expected ',' or '}'`);
        i++;
        out[String(k)] = item(depth + 1);
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === '}') {
          i++;
          return out;
        } else throw new YamlError(no, `yaml: line ${no}: did not find expected ',' or '}'`);
      }
    }
    return atom(',]}');
  };
  const atom = (stops: string): YamlValue => {
    ws();
    if (s[i] === '"' || s[i] === "'") {
      const q = s[i];
      let j = i + 1;
      for (; j < s.length && s[j] !== q; j++) if (q === '"' && s[j] === '\\') j++;
      const v = scalar(s.slice(i, j + 1), no);
      i = j + 1;
      return v;
    }
    let j = i;
    while (j < s.length && !stops.includes(s[j])) j++;
    const v = scalar(s.slice(i, j).trim(), no);
    i = j;
    return v;
  };
  const v = item(0);
  ws();
  if (i !== s.length) throw new YamlError(no, `yaml: line ${no}: did not find expected <document start>`);
  return v;
}

/** `key: rest` at the start of a line: the key and what follows the colon. */
function keyOf(text: string): { key: string; rest: string } | undefined {
  let key: string;
  let after: string;
  if (text.startsWith('"') || text.startsWith("'")) {
    const q = text[0];
    const j = text.indexOf(q, 1);
    if (j < 0) return undefined;
    key = String(scalar(text.slice(0, j + 1), 0));
    after = text.slice(j + 1);
    if (!after.startsWith(':')) return undefined;
  } else {
    const m = /^([^\s#][^:]*?|[^:\s]+(?::[^\s][^:]*)*?):(\s|$)/.exec(text);
    if (!m) return undefined;
    key = m[1];
    after = text.slice(m[1].length);
  }
  if (key.startsWith('? ')) return undefined;
  return { key, rest: after.slice(1).trim() };
}

class Parser {
  i = 0;
  constructor(readonly lines: Line[]) {}

  /** The node whose lines are indented `indent` (or a scalar on the same line). */
  node(indent: number, depth: number): YamlValue {
    if (depth > MAX_DEPTH)
      throw new YamlError(this.lines[this.i].no, `yaml: exceeded max depth of ${MAX_DEPTH}`);
    const l = this.lines[this.i];
    if (l.text === '-' || l.text.startsWith('- ')) return this.seq(l.indent, depth);
    // A flow collection ("- {name: a, port: 1}") is one value, though "{name" looks like a key.
    if (!/^[[{]/.test(l.text) && keyOf(l.text)) return this.map(l.indent, depth);
    // A lone scalar (a document that is just a value).
    this.i++;
    return scalar(l.text, l.no);
  }

  /** `compact`: the sequence sits at its key's indentation, so the map's next key ends it. */
  seq(indent: number, depth: number, compact = false): YamlValue[] {
    const out: YamlValue[] = [];
    while (this.i < this.lines.length) {
      const l = this.lines[this.i];
      if (l.indent < indent) break;
      if (compact && l.indent === indent && !(l.text === '-' || l.text.startsWith('- '))) break;
      if (l.indent > indent)
        throw new YamlError(l.no, `yaml: line ${l.no}: did not find expected '-' indicator`);
      if (!(l.text === '-' || l.text.startsWith('- '))) {
        throw new YamlError(l.no, `yaml: line ${l.no}: did not find expected '-' indicator`);
      }
      const rest = l.text.slice(1).trimStart();
      note(out, out.length, l.no);
      if (rest === '') {
        this.i++;
        const next = this.lines[this.i];
        out.push(next && next.indent > indent ? this.node(next.indent, depth + 1) : null);
        continue;
      }
      // "- key: v" starts a mapping whose keys sit where "key" is.
      const inner = indent + (l.text.length - rest.length);
      this.lines[this.i] = { no: l.no, indent: inner, text: rest };
      out.push(this.node(inner, depth + 1));
    }
    return out;
  }

  map(indent: number, depth: number): Record<string, YamlValue> {
    const out: Record<string, YamlValue> = {};
    while (this.i < this.lines.length) {
      const l = this.lines[this.i];
      if (l.indent < indent) break;
      if (l.indent > indent)
        throw new YamlError(l.no, `yaml: line ${l.no}: mapping values are not allowed in this context`);
      const kv = keyOf(l.text);
      if (!kv) {
        if (l.text.startsWith('- ') || l.text === '-')
          throw new YamlError(l.no, `yaml: line ${l.no}: did not find expected key`);
        throw new YamlError(l.no, `yaml: line ${l.no}: could not find expected ':'`);
      }
      if (Object.hasOwn(out, kv.key))
        throw new YamlError(
          l.no,
          `yaml: unmarshal errors:\n  line ${l.no}: key "${kv.key}" already set in map`,
        );
      note(out, kv.key, l.no);
      this.i++;
      if (kv.rest !== '') {
        if (keyOf(kv.rest) && !/^["'[{]/.test(kv.rest))
          throw new YamlError(l.no, `yaml: line ${l.no}: mapping values are not allowed in this context`);
        out[kv.key] = scalar(kv.rest, l.no);
        continue;
      }
      const next = this.lines[this.i];
      if (!next || next.indent < indent || (next.indent === indent && !next.text.startsWith('-'))) {
        out[kv.key] = null;
        continue;
      }
      // A sequence may sit at the key's own indentation ("key:\n- a").
      if (next.indent === indent) out[kv.key] = this.seq(indent, depth + 1, true);
      else out[kv.key] = this.node(next.indent, depth + 1);
    }
    return out;
  }
}

/** Parses every document of `text`. */
export function parseYaml(text: string): YamlValue[] {
  if (text.length > MAX_TEXT) throw new YamlError(1, `the input is longer than ${MAX_TEXT / 1024} KiB`, true);
  return documents(text).map((d) => {
    const p = new Parser(d);
    const v = p.node(d[0].indent, 0);
    if (p.i < d.length) {
      const l = d[p.i];
      throw new YamlError(l.no, `yaml: line ${l.no}: did not find expected key`);
    }
    return v;
  });
}
