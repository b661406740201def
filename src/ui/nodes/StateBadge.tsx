import type { LinkSnapshot } from '../../engine/snapshot.ts';
import { useT } from '../i18n/index.ts';
import { linkState } from './linkState.ts';

export function StateBadge({ link }: { link: LinkSnapshot }) {
  const s = linkState(link, useT());
  return (
    <span className={`state state-${s.tone}`} title={s.title} data-testid="link-state">
      <span className="state-dot" aria-hidden="true" />
      {s.label}
    </span>
  );
}
