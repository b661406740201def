// Parts of the editor loaded when first shown, not with the page: the inspectors (with the address
// arithmetic, ip-num), the connect dialog and the shared-link banner. Each is drawn inside Suspense; nothing shows until its
// chunk is there (a few milliseconds, from the same server).

import { lazy, Suspense } from 'react';
import { useEditor } from '../doc/editorStore.ts';
import { withEnglish } from '../i18n/index.ts';

const SharedBody = lazy(() =>
  withEnglish(import('./SharedBanner.tsx')).then((m) => ({ default: m.SharedBanner })),
);

/** The banner over a shared link's lab, loaded when one is opened. */
export function SharedBanner() {
  const shared = useEditor((s) => s.shared !== undefined);
  return shared ? (
    <Suspense fallback={null}>
      <SharedBody />
    </Suspense>
  ) : null;
}

const ConnectBody = lazy(() =>
  withEnglish(import('./ConnectDialog.tsx')).then((m) => ({ default: m.ConnectDialog })),
);

/** The connect dialog, loaded when a connection is first proposed. */
export function ConnectDialog() {
  const open = useEditor((s) => s.connect !== undefined);
  return open ? (
    <Suspense fallback={null}>
      <ConnectBody />
    </Suspense>
  ) : null;
}

// Each comes with the English strings the page did not start with (i18n/index.ts, withEnglish).

export const LinkInspector = lazy(() =>
  withEnglish(import('./LinkInspector.tsx')).then((m) => ({ default: m.LinkInspector })),
);
export const NetnsInspector = lazy(() =>
  withEnglish(import('./NetnsInspector.tsx')).then((m) => ({ default: m.NetnsInspector })),
);

export { Suspense };
