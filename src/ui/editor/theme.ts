// Light, dark, or whatever the system says. Kept in localStorage; applied as data-theme on <html>
// (theme.css) and passed to React Flow as its colorMode.

import { create } from 'zustand';
import './theme.css';

export type Theme = 'system' | 'light' | 'dark';
const KEY = 'netns-lab.theme';

function apply(theme: Theme) {
  if (!globalThis.document) return;
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

function initial(): Theme {
  try {
    const v = globalThis.localStorage?.getItem(KEY);
    if (v === 'light' || v === 'dark') {
      apply(v);
      return v;
    }
  } catch {
    // storage unavailable: follow the system
  }
  return 'system';
}

export const useTheme = create<{ theme: Theme; setTheme(t: Theme): void }>()((set) => ({
  theme: initial(),
  setTheme(theme) {
    try {
      globalThis.localStorage?.setItem(KEY, theme);
    } catch {
      // not fatal
    }
    apply(theme);
    set({ theme });
  },
}));
