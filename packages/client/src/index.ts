/**
 * @dvc-kit/client — the dvc-kit API contract as `zod/mini` schemas, and a
 * typed, validated, resilient client for it (browser and Node).
 *
 * @packageDocumentation
 */
export * from './schemas/index';
