// The API server's checks of object names (k8s.io/apimachinery/pkg/util/validation, Kubernetes
// v1.35) and how it prints a refused one: Go's %q quoting (strconv.Quote), each failed rule a
// `metadata.name: Invalid value: …` error, several of them aggregated in brackets.

/** strconv.Quote: printable runes kept, `"` and `\` escaped, the rest as \a…\v, \xNN, \uNNNN or \UNNNNNNNN. */
export function goQuote(s: string): string {
  const named: Record<string, string> = {
    '\x07': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\v': '\\v',
    '"': '\\"',
    '\\': '\\\\',
  };
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (named[ch]) out += named[ch];
    else if (ch === ' ' || /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch)) out += ch;
    else if (cp < 0x80) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

/** validation.RegexError: the message, its examples and the regular expression. */
function regexError(msg: string, fmt: string, ...examples: string[]): string {
  return `${msg} (e.g. ${examples.map((e) => `'${e}', `).join(' or ')}regex used for validation is '${fmt}')`;
}

const LABEL_1123 = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const SUBDOMAIN_1123 = `${LABEL_1123}(\\.${LABEL_1123})*`;
const LABEL_1035 = '[a-z]([-a-z0-9]*[a-z0-9])?';

/** IsDNS1123Subdomain: what a Pod's name must be. */
export function dns1123Subdomain(name: string): string[] {
  const errs: string[] = [];
  if (utf8Length(name) > 253) errs.push('must be no more than 253 characters');
  if (!new RegExp(`^${SUBDOMAIN_1123}$`).test(name))
    errs.push(
      regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        SUBDOMAIN_1123,
        'example.com',
      ),
    );
  return errs;
}

/** IsDNS1035Label: what a Service's name must be. */
export function dns1035Label(name: string): string[] {
  const errs: string[] = [];
  if (utf8Length(name) > 63) errs.push('must be no more than 63 characters');
  if (!new RegExp(`^${LABEL_1035}$`).test(name))
    errs.push(
      regexError(
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
        LABEL_1035,
        'my-name',
        'abc-123',
      ),
    );
  return errs;
}

/** Go's len(): bytes. */
const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** IsDNS1123Label: what a Service port's name must be. */
export function dns1123Label(name: string): string[] {
  const errs: string[] = [];
  if (utf8Length(name) > 63) errs.push('must be no more than 63 characters');
  if (!new RegExp(`^${LABEL_1123}$`).test(name))
    errs.push(
      regexError(
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
        LABEL_1123,
        'my-name',
        '123-abc',
      ),
    );
  return errs;
}

/** errors.NewInvalid as kubectl prints it: `The Pod "x" is invalid: FIELD: Invalid value: …`. */
export function invalidField(
  kind: string,
  name: string,
  field: string,
  value: string,
  errs: string[],
): string {
  const each = errs.map((e) => `${field}: Invalid value: ${goQuote(value)}: ${e}`);
  return `The ${kind} ${goQuote(name)} is invalid: ${each.length === 1 ? each[0] : `[${each.join(', ')}]`}`;
}

/** A refused object name. */
export const invalidName = (kind: string, name: string, errs: string[]) =>
  invalidField(kind, name, 'metadata.name', name, errs);
