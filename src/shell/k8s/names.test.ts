// Hostile object names (issue 9's probe, repeated for kubectl): the API server refuses a Service
// name that is no DNS-1035 label, as it does a Pod name that is no RFC 1123 subdomain, and prints
// the name with Go's %q quoting; a valid name netns-lab cannot use is unsupported, never refused.

import { describe, expect, it } from 'vitest';
import { Session } from '../session.ts';
import { goQuote } from './names.ts';

const DNS1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

describe('object names the API server refuses', () => {
  it('a Service named with a quote, a shell expansion, a digit first or 64 characters', () => {
    const s = new Session();
    s.run('kubectl run web --image=nginx --port=80');
    const r = s.exec(`kubectl expose pod web --port=80 --name='s"x'`);
    expect(r).toMatchObject({
      status: 1,
      output: `The Service "s\\"x" is invalid: metadata.name: Invalid value: "s\\"x": ${DNS1035}\n`,
    });
    expect(s.exec("kubectl expose pod web --port=80 --name='$(id)'").output).toContain(
      `The Service "$(id)" is invalid: metadata.name: Invalid value: "$(id)": ${DNS1035}`,
    );
    expect(s.exec('kubectl expose pod web --port=80 --name=1web').status).toBe(1);
    const long = 'a'.repeat(64);
    expect(s.exec(`kubectl expose pod web --port=80 --name=${long}`).output).toBe(
      `The Service "${long}" is invalid: metadata.name: Invalid value: "${long}": must be no more than 63 characters\n`,
    );
    // Nothing of a refused Service reached the kernel: no rule names it.
    expect(s.exec('iptables -t nat -S').output).not.toMatch(/s\\?"x|\$\(id\)|1web/);
    expect(s.exec('kubectl expose pod web --port=80 --name=web-svc').output).toMatch(
      /^service\/web-svc exposed$/m,
    );
  });

  it('a manifest applied with such a Service name is refused the same way', () => {
    const s = new Session();
    const r = s.exec(
      "kubectl apply -f - <<'EOF'\napiVersion: v1\nkind: Service\nmetadata:\n  name: Bad_Name\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\nEOF",
    );
    expect(r.output).toContain(
      `The Service "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": ${DNS1035}`,
    );
  });

  it('a Service port named with a quote and a blank never reaches the rule comments of kube-proxy', () => {
    const s = new Session();
    s.run('kubectl run web --image=nginx --port=80');
    const r = s.exec(
      "kubectl apply -f - <<'EOF'\napiVersion: v1\nkind: Service\nmetadata:\n  name: svc\nspec:\n  selector:\n    run: web\n  ports:\n  - name: 'a\"b c'\n    port: 80\nEOF",
    );
    expect(r.output).toContain(
      `The Service "svc" is invalid: spec.ports[0].name: Invalid value: "a\\"b c": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
    );
    expect(r.status).not.toBe(0);
    expect(s.exec('iptables -t nat -S').output).not.toContain('a\\"b');
  });

  it('a Pod: several failed rules are listed in brackets; a valid name netns-lab cannot use is unsupported', () => {
    const s = new Session();
    const long = `A${'a'.repeat(253)}`;
    expect(s.exec(`kubectl run ${long} --image=nginx`).output).toMatch(
      new RegExp(
        `^The Pod "${long}" is invalid: \\[metadata.name: Invalid value: "${long}": must be no more than 253 characters, metadata.name: Invalid value: "${long}": a lowercase RFC 1123 subdomain`,
      ),
    );
    for (const name of ['web.v1']) {
      const r = s.exec(`kubectl run ${name} --image=nginx`);
      expect(r.unsupported).toBe(true);
      expect(r.output).toContain(`netns-lab: unsupported: a Pod named ${name}`);
    }
  });

  it("quotes as Go's strconv.Quote", () => {
    expect(goQuote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(goQuote('tab\there\n')).toBe('"tab\\there\\n"');
    expect(goQuote('\x01\x7f é 中 \u202e')).toBe('"\\x01\\x7f é 中 \\u202e"');
  });
});
