// The seeds an oracle test (grep-oracle, filters-oracle) runs: its own few, or the list its caller
// passes from ORACLE_SEEDS ("1-200", "3,9,27", or both: "1-20,99") to search further for differences
// from the real tools.

/** The seeds to run; a malformed list is an error, never a silent default. */
export function oracleSeeds(defaults: number[], env: string | undefined): number[] {
  if (env === undefined || env === '') return defaults;
  const seeds: number[] = [];
  for (const part of env.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`ORACLE_SEEDS: "${part}" is not a seed or a range of seeds (as in 1-200,7)`);
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    if (hi < lo || hi - lo > 100_000) throw new Error(`ORACLE_SEEDS: bad range "${part}"`);
    for (let s = lo; s <= hi; s++) seeds.push(s);
  }
  return seeds;
}
