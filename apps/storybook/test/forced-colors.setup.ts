/** The forced-colours project must really run with forced colours. */
import { beforeAll } from 'vitest';

beforeAll(() => {
  if (!matchMedia('(forced-colors: active)').matches) {
    throw new Error('forced-colors emulation is not active in this project');
  }
});
