// The UI is a projection of snapshots: it may import types from the engine and shell, never code.
// (Tests are exempt: they build snapshots with the real engine.) One exception: the shell's lexer,
// its reader of pasted prompts and sudo (prefix.ts), the unsupported line's mark (mark.ts) and the
// YAML reader of kubectl apply (k8s/yaml.ts), pure strings and string functions with no engine behind
// them, so the editor quotes and splits command lines exactly as the shell and the exporter do
// (src/ui/doc/commands.ts), the terminal reads a pasted line as the shell will, and a Kubernetes
// form reads its YAML tab as kubectl apply will read it (src/ui/k8s/readYaml.ts).

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const UI = import.meta.dirname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

it('src/ui imports only types from src/engine and src/shell', () => {
  const offenders: string[] = [];
  for (const file of sources(UI)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      if (
        !m[1] &&
        /(^|\/)(engine|shell)\//.test(m[2]) &&
        !/\/shell\/(lexer|prefix|mark|k8s\/yaml)\.ts$/.test(m[2])
      )
        offenders.push(`${relative(UI, file)}: ${m[0]}`);
    }
  }
  expect(offenders).toEqual([]);
});
