// Prints a canonical, runnable script that rebuilds a world's topology (not its traffic).
import type { World } from '../engine/world.ts';

export function exportScript(_world: World): string {
  return '';
}
