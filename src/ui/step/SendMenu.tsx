// "Send from here": a namespace's context menu on the canvas. Right-click a namespace (or focus it and
// press the context-menu key or Shift+F10, or its ➤ button) to send a ping, a TCP probe or a UDP probe
// to an address typed in or picked from the other namespaces' addresses. The node component renders
// only <SendMenuTrigger>; the menu itself is one popover, rendered by the dock (<SendMenu>).

import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { create } from 'zustand';
import { useT } from '../i18n/index.ts';
import { useLab } from '../store.ts';
import { PROTOS, type TrafficProto, targetsOf } from './commands.ts';
import { sendTraffic, useSend } from './send.ts';
import { useStep } from './store.ts';

interface MenuState {
  open?: { ns: string; x: number; y: number; opener: HTMLElement | null };
}

const useMenu = create<MenuState>()(() => ({}));

export function openSendMenu(ns: string, x: number, y: number, opener: HTMLElement | null): void {
  useMenu.setState({ open: { ns, x, y, opener } });
}

function closeMenu(): void {
  const opener = useMenu.getState().open?.opener;
  useMenu.setState({ open: undefined });
  opener?.focus();
}

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
      const box = node.getBoundingClientRect();
      // The context-menu key gives no pointer position: open at the node's corner.
      const x = e.clientX || box.left + 16;
      const y = e.clientY || box.top + 28;
      openSendMenu(ns, x, y, node);
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
      aria-haspopup="dialog"
      data-testid={`send-menu:${ns || 'host'}`}
      onClick={(e) => {
        const r = e.currentTarget.getBoundingClientRect();
        openSendMenu(ns, r.left, r.bottom + 4, e.currentTarget);
      }}
    >
      ➤
    </button>
  );
}

/** The popover: protocol, destination (typed or picked), port; Send runs it and closes. */
export function SendMenu() {
  const open = useMenu((s) => s.open);
  if (!open) return null;
  return createPortal(<MenuBody key={`${open.ns}@${open.x},${open.y}`} {...open} />, document.body);
}

function MenuBody({ ns, x, y }: { ns: string; x: number; y: number }) {
  const t = useT();
  const snapshot = useLab((s) => s.snapshot);
  const busy = useStep((s) => s.busy);
  const last = useSend.getState();
  const [proto, setProto] = useState<TrafficProto>(last.proto);
  const [to, setTo] = useState('');
  const [port, setPort] = useState(last.port);
  const box = useRef<HTMLFormElement>(null);
  // The other namespaces' addresses: where traffic from here can go.
  const targets = useMemo(() => targetsOf(snapshot).filter((a) => a.ns !== ns), [snapshot, ns]);

  useEffect(() => {
    box.current?.querySelector<HTMLElement>('input[name="send-menu-proto"]:checked')?.focus();
    const away = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) useMenu.setState({ open: undefined });
    };
    document.addEventListener('pointerdown', away, true);
    return () => document.removeEventListener('pointerdown', away, true);
  }, []);

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      closeMenu();
    }
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!to) return;
    closeMenu();
    void sendTraffic(ns, proto, to, port);
  };
  const from = ns || t('step.host');
  // Kept inside the window.
  const left = Math.max(4, Math.min(x, window.innerWidth - 300));
  const top = Math.max(4, Math.min(y, window.innerHeight - 320));
  return (
    <form
      ref={box}
      className="send-menu"
      role="dialog"
      aria-label={t('sendMenu.title', { ns: from })}
      style={{ left, top }}
      onKeyDown={onKey}
      onBlur={(e) => {
        // Tabbing out of the menu closes it, as clicking elsewhere does.
        if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget as Node))
          useMenu.setState({ open: undefined });
      }}
      onSubmit={submit}
      data-testid="send-menu"
    >
      <div className="send-menu-title">{t('sendMenu.title', { ns: from })}</div>
      <fieldset className="send-menu-protos">
        <legend className="sr-only">{t('send.proto')}</legend>
        {PROTOS.map((p) => (
          <label key={p}>
            <input
              type="radio"
              name="send-menu-proto"
              value={p}
              checked={proto === p}
              onChange={() => setProto(p)}
              data-testid={`send-menu-proto-${p}`}
            />
            {t(`send.${p}`)}
          </label>
        ))}
      </fieldset>
      <label className="send-menu-field">
        {t('send.to')}
        <input
          value={to}
          onChange={(e) => setTo(e.target.value.trim())}
          placeholder={targets[0]?.addr ?? '10.0.0.2'}
          size={15}
          data-testid="send-menu-to"
        />
      </label>
      {proto !== 'ping' && (
        <label className="send-menu-field">
          {t('send.port')}
          <input
            type="number"
            min={1}
            max={65535}
            value={port}
            onChange={(e) => setPort(Number(e.target.value))}
            data-testid="send-menu-port"
          />
        </label>
      )}
      {targets.length > 0 && (
        <ul className="send-menu-targets" aria-label={t('sendMenu.targets')}>
          {targets.slice(0, 12).map((a) => (
            <li key={`${a.addr}-${a.ns}-${a.dev}`}>
              <button
                type="button"
                className={a.addr === to ? 'on' : undefined}
                aria-pressed={a.addr === to}
                onClick={() => setTo(a.addr)}
                data-testid={`send-menu-target-${a.addr}`}
              >
                <span className="send-menu-addr">{a.addr}</span> {`${a.ns || t('step.host')} ${a.dev}`}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="send-menu-actions">
        <button type="button" onClick={closeMenu}>
          {t('sendMenu.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy || !to} data-testid="send-menu-go">
          {t('send.go')}
        </button>
      </div>
    </form>
  );
}
