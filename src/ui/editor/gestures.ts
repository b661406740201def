// Canvas gestures turned into edits: a palette item dropped somewhere, a connection dragged from
// one box to another. Names and addresses come from doc/intents.ts; the commands from commands.ts.

import { cmd } from '../doc/commands.ts';
import type { Role } from '../doc/document.ts';
import { useEditor } from '../doc/editorStore.ts';
import { edit } from '../doc/engine.ts';
import { linkNames, newNetnsName, parseNodeId, proposeVeth } from '../doc/intents.ts';
import { freeName } from '../doc/names.ts';
import type { MessageKey } from '../i18n/index.ts';
import { linkId, netnsId } from '../layout.ts';
import { useLab } from '../store.ts';

export const PALETTE_MIME = 'application/x-netns-lab';
export const PALETTE_ITEMS = ['container', 'pod', 'bridge', 'router', 'outside', 'macvlan'] as const;
export type PaletteItem = (typeof PALETTE_ITEMS)[number];

const NS_ROLES: Record<string, Role> = {
  container: 'container',
  pod: 'pod',
  router: 'router',
  outside: 'outside',
};

/** The node the editor selected because it was just created (not one the user chose). */
let created: string | undefined;

function selectCreated(id: string): void {
  created = id;
  useEditor.getState().select(id);
}

/** Whether the current selection is one the user made (a click), not the editor after a creation. */
export function selectionChosen(): boolean {
  const sel = useEditor.getState().selected;
  return sel !== undefined && sel !== created;
}

function toast(key: MessageKey) {
  useEditor.getState().set({ toast: { key } });
}

/** Creates what a palette item stands for, in or on the node it was dropped on (`under`). */
export async function dropPaletteItem(kind: string, under?: string): Promise<void> {
  const snap = useLab.getState().snapshot;
  if (!snap) return;
  const target = under ? parseNodeId(under) : undefined;
  const role = NS_ROLES[kind];
  if (role) {
    const name = newNetnsName(snap, role);
    const lines = [...cmd.addNetns(name), ...(role === 'router' ? cmd.ipForward(name, true) : [])];
    const info = role === 'pod' ? { role, containers: ['app', 'sidecar'] } : { role };
    // Placed by the layout, in the row of namespaces; a box the user moves keeps its place.
    const r = await edit(lines, (d) => ({ roles: { ...d.roles, [name]: info } }));
    // Selected: the inspector shows its name field, to be named as a blog post names it.
    if (r.ok) selectCreated(netnsId(name));
    return;
  }
  if (kind === 'bridge') {
    const netns = target?.netns ?? '';
    const name = freeName('br', linkNames(snap, netns), true);
    const r = await edit(cmd.addBridge({ netns, name }));
    if (r.ok) selectCreated(linkId(netns, name));
    return;
  }
  if (kind === 'macvlan') {
    const parent =
      target?.kind === 'link'
        ? snap.namespaces.find((n) => n.name === target.netns)?.links.find((l) => l.name === target.name)
        : undefined;
    if (!parent || parent.kind === 'loopback' || target?.kind !== 'link') {
      toast('palette.macvlanTarget');
      return;
    }
    const name = freeName('mv', linkNames(snap, target.netns), true);
    const r = await edit(cmd.addMacvlan({ netns: target.netns, name: parent.name }, name, target.netns));
    if (r.ok) selectCreated(linkId(target.netns, name));
  }
}

/** A connection dragged from namespace `fromId` to `toId`: opens the dialog with a proposal. */
export function startConnect(fromId: string, toId: string): void {
  const snap = useLab.getState().snapshot;
  const from = parseNodeId(fromId);
  const to = parseNodeId(toId);
  if (!snap || from?.kind !== 'netns' || !to) return;
  const proposal = proposeVeth(snap, from.netns, to);
  if (!proposal) toast('connect.same');
  else useEditor.getState().set({ connect: proposal });
}
