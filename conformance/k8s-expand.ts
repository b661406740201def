// Turns a scenario written with kubectl commands into the plain script the cluster's work amounts
// to (the kubelet, containerd and the CNI bridge plugin as netns-lab models them), for recording on
// the kernel: each `kubectl …` line that changes the cluster becomes `# kubectl$ kubectl …` followed
// by its expansion; every other line is copied. conformance/k8s-scenarios.test.ts checks that these
// expansions stay what netns-lab's kubectl runs.
//   npx tsx conformance/k8s-expand.ts conformance/k8s-src/NAME.src > conformance/scenarios/NAME.sh

import { readFileSync } from 'node:fs';
import { existingK8sState } from '../src/shell/k8s/state.ts';
import { hereDocOf } from '../src/shell/lexer.ts';
import { Session } from '../src/shell/session.ts';

const s = new Session({ seed: 1 });
const out: string[] = [];
// Lines after `# process:` (up to the next comment or kubectl line) stand in for a container's own
// process on the kernel: copied, not run here (the kubectl lab runs the process itself).
let process_ = false;
const src = readFileSync(process.argv[2], 'utf8').split('\n');
for (let n = 0; n < src.length; n++) {
  const line = src[n];
  if (line.trim() === '' || line.startsWith('#')) {
    if (line.trim() !== '') out.push(line);
    if (line.startsWith('#')) process_ = line.startsWith('# process:');
    continue;
  }
  if (
    line.startsWith('kubectl ') ||
    line.startsWith('cat > /etc/cni/') ||
    line.startsWith('cat > /etc/kube-flannel/')
  )
    process_ = false;
  if (process_) {
    out.push(line);
    continue;
  }
  // A here-document (kubectl apply -f - <<'EOF'): its body lines follow as "# kubectl> " lines.
  // Node-side configuration (the CNI configuration file) is the cluster's too: it is not written on
  // the recording machine, only in the kubectl lab.
  const cluster =
    line.startsWith('kubectl ') ||
    line.startsWith('cat > /etc/cni/') ||
    line.startsWith('cat > /etc/kube-flannel/');
  const hd = cluster ? hereDocOf(line) : undefined;
  const body: string[] = [];
  if (hd) while (++n < src.length && (body.push(src[n]), src[n] !== hd.delim));
  const before = existingK8sState(s.world)?.expansion.length ?? 0;
  const r = s.exec([line, ...body].join('\n'));
  if (r.unsupported || r.status !== 0) console.error(`${line}\n${r.output}`);
  if (cluster) {
    out.push(`# kubectl$ ${line}`);
    for (const b of body) out.push(`# kubectl> ${b}`);
    out.push(...(existingK8sState(s.world)?.expansion.slice(before) ?? []));
  } else out.push(line);
}
console.log(out.join('\n'));
