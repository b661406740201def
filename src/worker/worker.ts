// The engine's thread: one lab, exposed over Comlink. Everything crossing postMessage is plain data
// (scripts in; transcripts and TopologySnapshots out).
//
// The thread holds a Web Lock named after itself for as long as it lives: the page waits for that
// lock, and is granted it the moment this thread ends for any reason (crash, out of memory, closed),
// which is how a dead engine is noticed even while it would be busy for seconds (client.ts). The same
// way a cancelled operation ends: the page ends the thread and rebuilds the lab from its document.

import { expose } from 'comlink';
import type { Progress } from './api.ts';
import { createLab, DEFAULT_SEED } from './lab.ts';

const held = new Promise<void>((ready) => {
  const locks = (self.navigator as Navigator | undefined)?.locks;
  if (!locks) return ready();
  void locks.request(self.name, () => {
    ready();
    return new Promise<never>(() => {}); // kept until the thread ends
  });
});

// Progress of long work goes out as plain messages beside Comlink's (which ignores them), in order
// with the calls' answers: while the engine runs, this thread can speak but not listen.
const onProgress = (progress: Progress) => self.postMessage({ progress });

expose({ ...createLab(DEFAULT_SEED, { onProgress, prepareWhenIdle: true }), held: () => held });
