/** The deterministic seed: same input clock, same data, every run. */
import type { Procedure } from '@dvc-kit/client';
import { seedDossiers, type SeededDossiers } from './dossiers';
import { createPrng } from './prng';
import { CATALOGUE_SIZE, seedProcedures } from './procedures';

/** The seed of the generator. Changing it changes procedure codes: don't. */
export const SEED = 20_241_120;

/** Everything the store starts with. */
export interface SeedData extends SeededDossiers {
  procedures: Procedure[];
}

/**
 * Builds the seed data with timestamps relative to `now`. `catalogueSize`
 * above the real catalogue pads it with labelled copies (for load tests).
 */
export function createSeed(now: number, catalogueSize?: number): SeedData {
  const prng = createPrng(SEED);
  const procedures = seedProcedures(prng, catalogueSize);
  // Dossiers draw from their own generator so padding the catalogue never shifts them.
  const real = procedures.slice(0, CATALOGUE_SIZE);
  return { procedures, ...seedDossiers(real, now, createPrng(SEED + 1)) };
}

export { CITIZEN_AN, CITIZEN_BINH, CITIZENS, maskIdentityNumber } from './citizens';
export type { AssuranceLevel, Citizen } from './citizens';
export { SCENARIO_DESCRIPTIONS, type ScenarioKey } from './dossiers';
export { PAYMENT_FAILURES, type PaymentFailureCode } from './payments';
export { CUSTOM_SURVEY, STATUTORY_SURVEY, SURVEYS } from './surveys';
