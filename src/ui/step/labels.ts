// Translated names for trace kinds and categories. A kind the engine adds later (before it has a
// string here) shows as its own name rather than as nothing.

import type { StepCategory, TraceKind } from '../../worker/step-api.ts';
import { dictionaries, type MessageKey, type Params } from '../i18n/index.ts';

type T = (key: MessageKey, params?: Params) => string;

export function kindLabel(t: T, kind: TraceKind): string {
  const key = `kind.${kind}`;
  return key in dictionaries.en ? t(key as MessageKey) : kind;
}

export function categoryLabel(t: T, c: StepCategory): string {
  const key = `cat.${c}`;
  return key in dictionaries.en ? t(key as MessageKey) : c;
}
