// The same lab in Node: the documents the page opens (presets built as the page builds them) run
// through the same LabApi the worker exposes, as the reference the browser is compared with.

import { readFileSync } from 'node:fs';
import type { LabDocument } from '../src/ui/doc/document.ts';
import { type Preset, presetOf } from '../src/ui/doc/preset.ts';
import { createLab } from '../src/worker/lab.ts';

/** A preset as the page opens it from its presets menu (the title aside, which nothing here reads). */
export function preset(file: string): Preset {
  const script = readFileSync(new URL(`../src/examples/${file}`, import.meta.url), 'utf8');
  return presetOf({ file, title: file, script });
}

/** The export of a document, as the engine in Node prints it. */
export async function exportOf(doc: Pick<LabDocument, 'script' | 'seed'>): Promise<string> {
  const lab = createLab();
  await lab.replay(doc.script, doc.seed);
  return lab.exportScript();
}

/** How many trace events a preset has once opened (its document replayed, then its traffic). */
export async function presetEvents(file: string): Promise<number> {
  const p = preset(file);
  const lab = createLab();
  await lab.replay(p.doc.script, p.doc.seed);
  if (p.traffic.length) await lab.run(p.traffic.join('\n'));
  return (await lab.trace(0, 0)).events.length;
}

/** What the page shows once it has opened a preset: its namespaces by name and its trace events. */
export async function presetFacts(file: string): Promise<{ namespaces: string[]; events: number }> {
  const p = preset(file);
  const lab = createLab();
  const { snapshot } = await lab.replay(p.doc.script, p.doc.seed);
  if (p.traffic.length) await lab.run(p.traffic.join('\n'));
  return {
    namespaces: snapshot.namespaces.map((n) => n.name).filter((n) => n !== ''),
    events: (await lab.trace(0, 0)).events.length,
  };
}

/** What `command` prints on the host once the document is replayed (the terminal's "$ …" line aside). */
export async function run(doc: Pick<LabDocument, 'script' | 'seed'>, command: string): Promise<string> {
  const lab = createLab();
  await lab.replay(doc.script, doc.seed);
  return (await lab.run(command)).transcript.replace(/^\$ [^\n]*\n/, '');
}
