// What the UI asks of the engine. Each action goes through the LabApi and lands in the store.

import type { Example } from '../examples/index.ts';
import type { LabApi } from '../worker/api.ts';
import { useLab } from './store.ts';

/** Starts a fresh host and runs an example script on it. */
export async function runExample(lab: LabApi, example: Example): Promise<void> {
  const { started, finished, failed } = useLab.getState();
  started(example.file);
  try {
    await lab.reset();
    finished(await lab.run(example.script));
  } catch (e) {
    failed(e instanceof Error ? e.message : String(e));
  }
}
