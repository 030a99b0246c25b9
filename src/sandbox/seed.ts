import { apiExampleRecord } from "./fixtures.js";
import { createRandom } from "./random.js";
import { businessSeeds } from "./seedBusinesses.js";
import { edgeCaseSeeds } from "./seedEdgeCases.js";
import { fillerSeeds } from "./seedFiller.js";
import { buildSeedRecord } from "./seedHelpers.js";
import { individualSeeds } from "./seedIndividuals.js";
import { maximalRecord } from "./seedMaximal.js";
import type { SandboxCustomerRecord } from "./types.js";

const SEED = 20260105;
export const FILLER_COUNT = 36;

/**
 * The seed: the named customers of `sandboxIds` plus ordinary ones, all from a fixed PRNG
 * and fixed 2026 timestamps, so two sandboxes (and two runs) hold exactly the same data.
 */
export function createSeedRecords(): SandboxCustomerRecord[] {
  const rng = createRandom(SEED);
  const named = [...individualSeeds, ...businessSeeds, ...edgeCaseSeeds].map((spec) =>
    buildSeedRecord(spec, rng),
  );
  const filler = fillerSeeds(FILLER_COUNT, rng).map((spec) => buildSeedRecord(spec, rng));
  return [...named, maximalRecord(), apiExampleRecord(), ...filler];
}
