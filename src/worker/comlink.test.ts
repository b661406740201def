// The LabApi across a real Comlink boundary (a MessageChannel in place of the worker's postMessage):
// what the UI gets must be plain, structured-cloneable data, equal to what Node gets directly.

import { expose, type Remote, releaseProxy, wrap } from 'comlink';
import { afterEach, expect, it } from 'vitest';
import { EXAMPLES } from '../examples/index.ts';
import type { LabApi } from './api.ts';
import { createLab } from './lab.ts';

let remote: Remote<LabApi> | undefined;
let channel: MessageChannel | undefined;

afterEach(() => {
  remote?.[releaseProxy]();
  channel?.port1.close();
  channel?.port2.close();
});

it('gives the same transcript and snapshot through Comlink as in-process', async () => {
  channel = new MessageChannel();
  expose(createLab(), channel.port1);
  remote = wrap<LabApi>(channel.port2);

  const script = EXAMPLES[0].script;
  const direct = await createLab().run(script);
  await remote.reset();
  const viaWorker = await remote.run(script);
  expect(viaWorker).toEqual(direct);
  expect(await remote.snapshot()).toEqual(direct.snapshot);
});
