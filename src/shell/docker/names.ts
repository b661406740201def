// The name the daemon gives a container run without --name (moby v28.2.2: daemon/names.go
// generateAndReserveName, pkg/namesgenerator GetRandomName): "adjective_surname", never
// "boring_wozniak"; when the name is taken the next tries add a digit 0-9 ("focused_turing3"); after
// six tries the short container ID. Docker draws from 108 adjectives and 236 surnames; netns-lab
// draws from this selection of them, so every name it picks is one Docker could have picked.

import type { Rng } from '../../engine/sim/rng.ts';

const LEFT = [
  'admiring',
  'adoring',
  'affectionate',
  'agitated',
  'amazing',
  'angry',
  'awesome',
  'beautiful',
  'blissful',
  'bold',
  'boring',
  'brave',
  'clever',
  'eager',
  'elegant',
  'focused',
  'gifted',
  'happy',
  'jolly',
  'keen',
  'nifty',
  'quirky',
  'serene',
  'vibrant',
  'zealous',
];

const RIGHT = [
  'curie',
  'darwin',
  'einstein',
  'hopper',
  'knuth',
  'lovelace',
  'noether',
  'pike',
  'ritchie',
  'shannon',
  'tesla',
  'thompson',
  'torvalds',
  'turing',
  'wozniak',
];

/** GetRandomName(retry). */
function randomName(rng: Rng, retry: number): string {
  for (;;) {
    const name = `${LEFT[rng.int(0, LEFT.length)]}_${RIGHT[rng.int(0, RIGHT.length)]}`;
    if (name === 'boring_wozniak') continue; // Steve Wozniak is not boring
    return retry > 0 ? `${name}${rng.int(0, 10)}` : name;
  }
}

/** generateAndReserveName: a free generated name, or the short ID after six taken ones. */
export function generateName(rng: Rng, id: string, taken: (name: string) => boolean): string {
  for (let i = 0; i < 6; i++) {
    const name = randomName(rng, i);
    if (!taken(name)) return name;
  }
  return id.slice(0, 12);
}
