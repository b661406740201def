// The dock under the canvas: folded or open (remembered), and which tab it shows. The canvas opens it
// too: a click on the packet shows its layers, a click on a device its tables, ➤ the send form.

import { create } from 'zustand';

export type DockTab = 'steps' | 'terminal';

const COLLAPSED_KEY = 'netns-lab.dock-collapsed';

function savedCollapsed(): boolean {
  try {
    return globalThis.localStorage?.getItem(COLLAPSED_KEY) === '1';
  } catch {
    return false;
  }
}

interface DockState {
  collapsed: boolean;
  tab: DockTab;
}

export const useDock = create<DockState>()(() => ({ collapsed: savedCollapsed(), tab: 'steps' }));

export function setCollapsed(collapsed: boolean): void {
  try {
    globalThis.localStorage?.setItem(COLLAPSED_KEY, collapsed ? '1' : '0');
  } catch {
    // storage may be unavailable; the choice lasts for this page
  }
  useDock.setState({ collapsed });
}

/** Unfolds the dock on `tab`; resolves once React has rendered it, so the caller can focus inside. */
export function openDock(tab: DockTab): Promise<void> {
  if (useDock.getState().collapsed) setCollapsed(false);
  useDock.setState({ tab });
  return new Promise((r) => requestAnimationFrame(() => r()));
}

/** Brings the current step's packet detail into view and moves the focus there. */
export async function showPacketDetail(): Promise<void> {
  await openDock('steps');
  const el = document.querySelector<HTMLElement>('[data-testid="packet-detail"]');
  el?.scrollIntoView({ block: 'nearest' });
  el?.focus({ preventScroll: true });
}
