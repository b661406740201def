// Parts of the editor loaded when first shown, not with the page: the inspectors (with the address
// arithmetic, ip-num) and the connect dialog. Each is drawn inside Suspense; nothing shows until its
// chunk is there (a few milliseconds, from the same server).

import { lazy, Suspense } from 'react';
import { useEditor } from '../doc/editorStore.ts';

const ConnectBody = lazy(() => import('./ConnectDialog.tsx').then((m) => ({ default: m.ConnectDialog })));

/** The connect dialog, loaded when a connection is first proposed. */
export function ConnectDialog() {
  const open = useEditor((s) => s.connect !== undefined);
  return open ? (
    <Suspense fallback={null}>
      <ConnectBody />
    </Suspense>
  ) : null;
}

export const LinkInspector = lazy(() =>
  import('./LinkInspector.tsx').then((m) => ({ default: m.LinkInspector })),
);
export const NetnsInspector = lazy(() =>
  import('./NetnsInspector.tsx').then((m) => ({ default: m.NetnsInspector })),
);

export { Suspense };
