// What a gesture on the canvas means, as a proposal the user can still edit: which names a new
// namespace, bridge or veth pair gets, and which addresses are suggested. Pure functions of the
// snapshot, so they are tested without a browser.

import type { NetnsSnapshot, TopologySnapshot } from '../../engine/snapshot.ts';
import type { Role } from './document.ts';

/** A node of the drawing as the editor sees it (layout.ts ids). */
export type Target = { kind: 'netns'; netns: string } | { kind: 'link'; netns: string; name: string };

export function parseNodeId(id: string): Target | undefined {
  if (id === 'host') return { kind: 'netns', netns: '' };
  if (id.startsWith('netns:')) return { kind: 'netns', netns: id.slice(6) };
  // An interface name never contains ":" (dev_valid_name); a namespace name may, so split at the last.
  const m = /^link:(.*):([^:]+)$/s.exec(id);
  if (m) return { kind: 'link', netns: m[1], name: m[2] };
  return undefined;
}

export const nsOf = (snap: TopologySnapshot, name: string): NetnsSnapshot | undefined =>
  snap.namespaces.find((n) => n.name === name);

const NS_BASE: Record<Role, string> = {
  container: 'c',
  pod: 'pod',
  router: 'router',
  outside: 'outside',
  node: 'node',
};

/** c1, c2, … for containers and Pods; router, router1, … for the one-of-a-kind roles. */
export function newNetnsName(snap: TopologySnapshot, role: Role): string {
  const names = new Set(snap.namespaces.map((n) => n.name));
  const base = NS_BASE[role];
  if (role !== 'container' && role !== 'pod' && role !== 'node' && !names.has(base)) return base;
  for (let i = 1; ; i++) if (!names.has(`${base}${i}`)) return `${base}${i}`;
}

export function linkNames(snap: TopologySnapshot, netns: string): string[] {
  return nsOf(snap, netns)?.links.map((l) => l.name) ?? [];
}

/** One end of a proposed veth pair. */
export interface End {
  netns: string;
  name: string;
  /** Suggested address with prefix, or "" for none. */
  addr: string;
}

export interface VethProposal {
  a: End;
  b: End;
  /** `b` is enslaved to this bridge (in b's namespace). */
  bridge?: string;
  /** Suggested default route for `a` (the bridge's address), or "". */
  gateway: string;
}
