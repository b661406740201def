// Go values as go-spew prints them with `%#v` (types shown, methods disabled, map keys sorted): the
// form Kubernetes hashes objects in (pkg/util/hash DeepHashObject → k8s.io/utils/dump.ForHash, a
// spew.ConfigState{Indent " ", SortKeys, DisableMethods, SpewKeys, …}.Sprintf("%#v", obj)).
// go-spew v1.1.1, spew/format.go: formatState.format and formatPtr.
//   struct   (pkg.T){Field:(type)value Field2:…}   every field, in declaration order, with its type
//   string   (string)text                           raw: no quotes, no escaping
//   pointer  (*T)value, or (*T)<nil>                the pointee without its own type
//   slice    ([]T)[a b], or ([]T)<nil>             elements without their types
//   map      (map[K]V)map[k:v k2:v2], or <nil>      keys sorted, keys and values without types
// An element of a slice or map, or a pointee, is printed without its type (ignoreNextType), but the
// fields of a struct inside it have theirs.

export type GoValue =
  | { kind: 'string'; type: string; value: string }
  | { kind: 'int'; type: string; value: number }
  | { kind: 'bool'; type: string; value: boolean }
  /** `type` is the pointer's own type ("*int64"); no `elem` is nil. */
  | { kind: 'ptr'; type: string; elem?: GoValue }
  | { kind: 'slice'; type: string; items?: GoValue[] }
  | { kind: 'map'; type: string; entries?: [string, GoValue][] }
  | { kind: 'struct'; type: string; fields: [string, GoValue][] };

/** spew's `%#v` of v. */
export function spewTyped(v: GoValue): string {
  const out: string[] = [];
  format(v, false, out);
  return out.join('');
}

/** Go compares strings byte by byte (UTF-8); UTF-16 code units order astral characters differently. */
function goLess(a: string, b: string): number {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

function format(v: GoValue, ignoreType: boolean, out: string[]): void {
  if (v.kind === 'ptr') {
    // formatPtr: a nil pointer shows its type unless the type is being left out.
    if (!v.elem) {
      out.push(ignoreType ? '<nil>' : `(${v.type})<nil>`);
      return;
    }
    if (v.elem.kind === 'ptr') throw new Error('spew: pointers to pointers are not modelled');
    out.push(ignoreType ? '<*>' : `(${v.type})`);
    format(v.elem, true, out);
    return;
  }
  if (!ignoreType) out.push(`(${v.type})`);
  switch (v.kind) {
    case 'string':
      out.push(v.value);
      return;
    case 'int':
      out.push(String(v.value));
      return;
    case 'bool':
      out.push(v.value ? 'true' : 'false');
      return;
    case 'slice':
      if (!v.items) {
        out.push('<nil>');
        return;
      }
      out.push('[');
      v.items.forEach((x, i) => {
        if (i > 0) out.push(' ');
        format(x, true, out);
      });
      out.push(']');
      return;
    case 'map': {
      if (!v.entries) {
        out.push('<nil>');
        return;
      }
      out.push('map[');
      [...v.entries]
        .sort(([a], [b]) => goLess(a, b))
        .forEach(([k, x], i) => {
          if (i > 0) out.push(' ');
          out.push(k, ':');
          format(x, true, out);
        });
      out.push(']');
      return;
    }
    case 'struct':
      out.push('{');
      v.fields.forEach(([name, x], i) => {
        if (i > 0) out.push(' ');
        out.push(name, ':');
        format(x, false, out);
      });
      out.push('}');
      return;
  }
}
