import { describe, expect, it } from 'vitest';
import { parseYaml, type YamlError } from './yaml.ts';

describe('yaml', () => {
  it('reads a flow mapping or sequence as an item of a block sequence', () => {
    expect(parseYaml('ports:\n- {containerPort: 7, protocol: UDP}\n- [a, b]\n')).toEqual([
      { ports: [{ containerPort: 7, protocol: 'UDP' }, ['a', 'b']] },
    ]);
  });

  it('reads manifests as people write them', () => {
    const docs = parseYaml(`apiVersion: v1
kind: Pod
metadata:
  name: web   # a comment
  labels:
    app: api
spec:
  containers:
  - name: web
    image: "nginx:1.27"
    ports:
    - containerPort: 8080
      name: http
  - name: side
    image: busybox
    command: ["sleep", "3600"]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny}
spec:
  podSelector: {}
  policyTypes:
    - Ingress
`);
    expect(docs).toEqual([
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'web', labels: { app: 'api' } },
        spec: {
          containers: [
            { name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 8080, name: 'http' }] },
            { name: 'side', image: 'busybox', command: ['sleep', '3600'] },
          ],
        },
      },
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'deny' },
        spec: { podSelector: {}, policyTypes: ['Ingress'] },
      },
    ]);
  });
  it("ends a sequence at its key's indentation where the next key starts", () => {
    expect(
      parseYaml('spec:\n  policyTypes:\n  - Ingress\n  ingress:\n  - from:\n    - podSelector: {}\n'),
    ).toEqual([{ spec: { policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: {} }] }] } }]);
  });
  it('resolves scalars as go-yaml v2 does', () => {
    expect(parseYaml("a: 80\nb: \"80\"\nc: yes\nd: ~\ne: 1.5\nf: 10.0.0.1\ng: 'it''s'")).toEqual([
      { a: 80, b: '80', c: true, d: null, e: 1.5, f: '10.0.0.1', g: "it's" },
    ]);
  });
  const err = (t: string) => {
    try {
      parseYaml(t);
    } catch (e) {
      return [(e as YamlError).line, (e as YamlError).message, (e as YamlError).unsupported];
    }
    return undefined;
  };
  it('names the line of what is wrong', () => {
    expect(err('a: 1\n\tb: 2')).toEqual([
      2,
      'yaml: line 2: found character that cannot start any token',
      false,
    ]);
    expect(err('a: b: c')).toEqual([
      1,
      'yaml: line 1: mapping values are not allowed in this context',
      false,
    ]);
    expect(err('a:\n  b: 1\n   c: 2')).toEqual([
      3,
      'yaml: line 3: mapping values are not allowed in this context',
      false,
    ]);
    expect(err('a: 1\na: 2')?.[0]).toBe(2);
    expect(err('a: [1, 2')?.[0]).toBe(1);
  });
  it('refuses what it does not read, by line', () => {
    expect(err('a: &x 1')).toEqual([1, 'yaml: line 1: anchors, aliases and tags', true]);
    expect(err('a:\n  b: |\n    text')).toEqual([2, 'yaml: line 2: block scalars (| and >)', true]);
  });
  it('is bounded', () => {
    expect(err('a: '.padEnd(300_000, 'x'))?.[2]).toBe(true);
    const deep = `a: ${'['.repeat(100)}${']'.repeat(100)}`;
    expect(err(deep)?.[1]).toMatch(/max depth/);
  });
});
