// The engine's thread: one lab, exposed over Comlink. Everything crossing postMessage is plain data
// (scripts in; transcripts and TopologySnapshots out).
//
// The thread holds a Web Lock named after itself for as long as it lives: the page waits for that
// lock, and is granted it the moment this thread ends for any reason (crash, out of memory, closed),
// which is how a dead engine is noticed even while it would be busy for seconds (client.ts).

import { expose } from 'comlink';
import { createLab } from './lab.ts';

const held = new Promise<void>((ready) => {
  const locks = (self.navigator as Navigator | undefined)?.locks;
  if (!locks) return ready();
  void locks.request(self.name, () => {
    ready();
    return new Promise<never>(() => {}); // kept until the thread ends
  });
});

expose({ ...createLab(), held: () => held });
