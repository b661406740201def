// The engine's thread: one lab, exposed over Comlink. Everything crossing postMessage is plain data
// (scripts in; transcripts and TopologySnapshots out).

import { expose } from 'comlink';
import { createLab } from './lab.ts';

expose(createLab());
