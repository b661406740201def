import { describe, expect, it } from 'vitest';
import { conceptOf } from './concepts.ts';

describe('conceptOf', () => {
  it("names the device a frame leaves by: a veth pair, a VXLAN device's encapsulation, a macvlan", () => {
    expect(conceptOf({ kind: 'frame-tx', code: 'veth.xmit' }).label).toBe('concept.veth');
    expect(conceptOf({ kind: 'frame-tx', code: 'vxlan.encap' }).label).toBe('concept.vxlan');
    expect(conceptOf({ kind: 'flood', code: 'vxlan.flood-broadcast' }).label).toBe('concept.vxlan');
    expect(conceptOf({ kind: 'frame-tx', code: 'macvlan.sibling' }).label).toBe('concept.macvlan');
    expect(conceptOf({ kind: 'flood', code: 'bridge.flood' }).label).toBe('concept.fdb');
  });
});
