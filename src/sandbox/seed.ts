import { apiExampleRecord } from "./fixtures";
import { createRandom } from "./random";
import { businessSeeds } from "./seedBusinesses";
import { edgeCaseSeeds } from "./seedEdgeCases";
import { fillerSeeds } from "./seedFiller";
import { buildSeedRecord } from "./seedHelpers";
import { individualSeeds } from "./seedIndividuals";
import { maximalRecord } from "./seedMaximal";
import type { SandboxCustomerRecord } from "./types";

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
