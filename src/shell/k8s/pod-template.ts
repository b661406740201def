// describe.DescribePodTemplate (kubectl v1.35.7, pkg/describe/describe.go) for the templates netns-lab
// keeps: what `kubectl rollout history deployment/NAME --revision=N` prints (printTemplate writes
// through a bare PrefixWriter, no tabwriter, so the tabs stay tabs). Every field it prints that a
// netns-lab template cannot carry (service account, init containers, resources, probes, env,
// volume mounts, volumes, node selector, tolerations) is empty, and printed as kubectl prints it empty.

import type { TemplateSpec } from './template-hash.ts';

/** printAnnotationsMultiline's limit before a value goes on lines of its own. */
const MAX_ANNOTATION_LEN = 140;

/** printLabelsMultilineWithIndent: sorted key=value lines, the first after the title. */
function labelLines(title: string, labels: Record<string, string>): string {
  const keys = Object.keys(labels).sort();
  if (keys.length === 0) return `${title}:\t<none>\n`;
  return keys.map((k, i) => `${i === 0 ? `${title}:\t` : '\t'}${k}=${labels[k]}\n`).join('');
}

/** printAnnotationsMultiline (kubectl.kubernetes.io/last-applied-configuration is skipped). */
export function annotationLines(title: string, annotations: Record<string, string>): string {
  const keys = Object.keys(annotations)
    .filter((k) => k !== 'kubectl.kubernetes.io/last-applied-configuration')
    .sort();
  if (keys.length === 0) return `${title}:\t<none>\n`;
  let out = `${title}:\t`;
  keys.forEach((k, i) => {
    if (i !== 0) out += '\t';
    const value = annotations[k].replace(/\n$/, '');
    if (value.length + k.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      out += `${k}:\n`;
      for (const s of value.split('\n'))
        out += `\t  ${s.length > MAX_ANNOTATION_LEN - 2 ? `${s.slice(0, MAX_ANNOTATION_LEN - 2)}...` : s}\n`;
    } else out += `${k}: ${value}\n`;
  });
  return out;
}

/** DescribePodTemplate of a template with these labels and annotations (the ReplicaSet's). */
export function describePodTemplate(
  t: TemplateSpec,
  labels: Record<string, string>,
  annotations: Record<string, string>,
): string {
  let out = 'Pod Template:\n';
  out += labelLines('  Labels', labels);
  if (Object.keys(annotations).length > 0) out += annotationLines('  Annotations', annotations);
  const containers = t.spec.containers;
  out += `  Containers:${containers.length === 0 ? ' <none>' : ''}\n`;
  for (const c of containers) {
    out += `   ${c.name}:\n    Image:\t${c.image}\n`;
    const ports = c.ports ?? [];
    const list = (n: (p: (typeof ports)[number]) => number) =>
      ports.map((p) => `${n(p)}/${p.protocol ?? 'TCP'}${p.name ? ` (${p.name})` : ''}`).join(', ');
    const own = list((p) => p.containerPort);
    const host = list(() => 0);
    out += own.includes(',') ? `    Ports:\t${own}\n` : `    Port:\t${own || '<none>'}\n`;
    out += host.includes(',') ? `    Host Ports:\t${host}\n` : `    Host Port:\t${host || '<none>'}\n`;
    // describeContainerCommand: every line of every word on a line of its own.
    for (const [title, words] of [
      ['Command', c.command],
      ['Args', c.args],
    ] as const)
      if (words?.length)
        out += `    ${title}:\n${words.flatMap((w) => w.split('\n').map((s) => `      ${s}\n`)).join('')}`;
    out += '    Environment:\t<none>\n    Mounts:\t<none>\n';
  }
  out += '  Volumes:\t<none>\n  Node-Selectors:\t<none>\n  Tolerations:\t<none>\n';
  return out;
}
