// Canvas gestures turned into edits: a palette item dropped somewhere, a connection dragged from
// one box to another. Names and addresses come from doc/intents.ts; the commands from commands.ts.

import type { TopologySnapshot } from '../../engine/snapshot.ts';
import { cmd } from '../doc/commands.ts';
import { useDoc } from '../doc/docStore.ts';
import type { Role } from '../doc/document.ts';
import { useEditor } from '../doc/editorStore.ts';
import { edit } from '../doc/engine.ts';
import { linkNames, newNetnsName, parseNodeId } from '../doc/intents.ts';
import { freeName } from '../doc/names.ts';
import type { MessageKey } from '../i18n/index.ts';
import { k8sId } from '../k8s/cluster.ts';
import { linkId, netnsId } from '../layout.ts';
import { useLab } from '../store.ts';
import { selectCreated } from './palette-items.ts';

export {
  PALETTE_ITEMS,
  PALETTE_MIME,
  type PaletteItem,
  selectionChosen,
  selectRenamed,
} from './palette-items.ts';

const NS_ROLES: Record<string, Role> = {
  container: 'container',
  pod: 'pod',
  router: 'router',
  outside: 'outside',
  node: 'node',
};

function toast(key: MessageKey) {
  useEditor.getState().set({ toast: { key } });
}

/**
 * Creates what a palette item stands for, in or on the node it was dropped on (`under`). Names are
 * chosen from the topology the edit applies to (edits queued before it included), so two quick drops
 * get c1 and c2, not c1 twice.
 */
export async function dropPaletteItem(kind: string, under?: string): Promise<void> {
  if (!useLab.getState().snapshot) return;
  if (kind === 'k8s') {
    useEditor.getState().select(k8sId('Pod'));
    return;
  }
  const target = under ? parseNodeId(under) : undefined;
  const role = NS_ROLES[kind];
  let name = '';
  if (kind === 'docker') {
    // docker run: Docker builds the namespace, its veth pair on docker0 and the rules (the first
    // docker command also starts the daemon with docker0); the transcript shows each step.
    const r = await edit(
      (snap) => {
        name = newNetnsName(snap, 'container');
        return cmd.dockerRun(name);
      },
      (d) => ({ roles: { ...d.roles, [name]: { role: 'container' } } }),
    );
    if (r.ok) selectCreated(netnsId(name));
    return;
  }
  if (role) {
    const info = role === 'pod' ? { role, containers: ['app', 'sidecar'] } : { role };
    // Placed by the layout, in the row of namespaces; a box the user moves keeps its place.
    const r = await edit(
      (snap) => {
        name = newNetnsName(snap, role);
        return [
          ...cmd.addNetns(name),
          ...(role === 'router' ? cmd.ipForward(name, true) : []),
          // A node (a machine) comes with the bridge its containers will hang off.
          ...(role === 'node' ? cmd.addBridge({ netns: name, name: 'br0' }) : []),
        ];
      },
      (d) => ({ roles: { ...d.roles, [name]: info } }),
    );
    if (!r.ok) return;
    // A container dropped on a node goes on it: the connect dialog proposes its pair to the node's bridge.
    const node =
      target && useDoc.getState().doc.roles[target.netns]?.role === 'node' ? target.netns : undefined;
    const { proposeVeth } = node ? await import('../doc/propose.ts') : { proposeVeth: undefined };
    const snap = useLab.getState().snapshot;
    if (node && proposeVeth && role !== 'node' && snap) {
      const br = snap.namespaces.find((n) => n.name === node)?.links.find((l) => l.kind === 'bridge');
      const proposal = proposeVeth(
        snap,
        name,
        br ? { kind: 'link', netns: node, name: br.name } : { kind: 'netns', netns: node },
      );
      if (proposal) {
        useEditor.getState().set({ connect: proposal });
        return;
      }
    }
    // Selected: the inspector shows its name field, to be named as a blog post names it.
    selectCreated(netnsId(name));
    return;
  }
  if (kind === 'bridge') {
    const netns = target?.netns ?? '';
    const r = await edit((snap) => {
      name = freeName('br', linkNames(snap, netns), true);
      return cmd.addBridge({ netns, name });
    });
    if (r.ok) selectCreated(linkId(netns, name));
    return;
  }
  if (kind === 'macvlan') {
    const parentOf = (snap: TopologySnapshot) => {
      if (target?.kind !== 'link') return undefined;
      const l = snap.namespaces
        .find((n) => n.name === target.netns)
        ?.links.find((x) => x.name === target.name);
      return l && l.kind !== 'loopback' ? target : undefined;
    };
    const parent = parentOf(useLab.getState().snapshot!);
    if (!parent) {
      toast('palette.macvlanTarget');
      return;
    }
    const r = await edit((snap) => {
      if (!parentOf(snap)) return []; // gone meanwhile: nothing to add
      name = freeName('mv', linkNames(snap, parent.netns), true);
      return cmd.addMacvlan({ netns: parent.netns, name: parent.name }, name, parent.netns);
    });
    if (r.ok && name) selectCreated(linkId(parent.netns, name));
  }
}

/** A connection dragged from namespace `fromId` to `toId`: opens the dialog with a proposal. */
export async function startConnect(fromId: string, toId: string): Promise<void> {
  // Names and addresses are proposed with ip-num, loaded with the first connection.
  const { proposeVeth } = await import('../doc/propose.ts');
  const snap = useLab.getState().snapshot;
  const from = parseNodeId(fromId);
  const to = parseNodeId(toId);
  if (!snap || from?.kind !== 'netns' || !to) return;
  const proposal = proposeVeth(snap, from.netns, to);
  if (!proposal) toast('connect.same');
  else useEditor.getState().set({ connect: proposal });
}
