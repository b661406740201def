// "Send from here" on the canvas: a namespace's ➤ button, or a right-click on its box (or the
// context-menu key while it has the focus), makes it the source of the dock's send form and moves the
// focus to the destination field. There is one send control; this only fills it in.

import { useEffect, useRef } from 'react';
import { useT } from '../i18n/index.ts';
import { sendActions } from './later.ts';

const sendFrom = (ns: string) => void sendActions().then((s) => s.sendFrom(ns));

/** In the namespace node: a button, and right-click / context-menu key on the whole node. */
export function SendMenuTrigger({ ns }: { ns: string }) {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const node = button.current?.closest<HTMLElement>('.react-flow__node');
    if (!node) return;
    const onMenu = (e: MouseEvent) => {
      // Only the namespace's own box: a bridge or port node drawn inside it is another node.
      if ((e.target as Element).closest('.react-flow__node') !== node) return;
      e.preventDefault();
      sendFrom(ns);
    };
    node.addEventListener('contextmenu', onMenu);
    return () => node.removeEventListener('contextmenu', onMenu);
  }, [ns]);
  const label = t('sendMenu.open', { ns: ns || t('step.host') });
  return (
    <button
      ref={button}
      type="button"
      className="send-trigger nodrag nopan"
      title={label}
      aria-label={label}
      data-testid={`send-menu:${ns || 'host'}`}
      onClick={() => sendFrom(ns)}
    >
      ➤
    </button>
  );
}
