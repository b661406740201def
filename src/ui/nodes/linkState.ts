// How a link's state reads on a card: the word `ip link` would show, and a tone for its colour.

import type { LinkSnapshot } from '../../engine/snapshot.ts';
import type { MessageKey, Params } from '../i18n/index.ts';

export type StateTone = 'up' | 'down' | 'warn' | 'neutral';

export interface LinkStateView {
  label: string;
  tone: StateTone;
  title: string;
}

export function linkState(l: LinkSnapshot, t: (key: MessageKey, params?: Params) => string): LinkStateView {
  const title = t('link.stateTitle', {
    operstate: l.operstate,
    admin: l.up ? 'up' : 'down',
    carrier: l.carrier ? 'on' : 'off',
    mtu: l.mtu,
  });
  // `ip link` prints NO-CARRIER among the flags when the device is up but its lower layer is not
  // (a veth whose peer is down, a bridge with no running port).
  if (!l.up) return { label: 'DOWN', tone: 'down', title };
  if (!l.carrier) return { label: 'NO-CARRIER', tone: 'warn', title };
  return { label: l.operstate, tone: l.operstate === 'UP' ? 'up' : 'neutral', title };
}
