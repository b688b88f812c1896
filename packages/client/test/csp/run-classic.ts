/**
 * The measurement's control: classic zod, same policy. Its object parser
 * probes `new Function` (the JIT fast path) when a schema is built, which a
 * strict CSP reports even though zod catches the error.
 */
import { z } from 'zod';

declare global {
  interface Window {
    classicResult: Promise<{ parsed: unknown; violations: number }>;
  }
}

async function run() {
  const parsed = z.object({ code: z.string(), total: z.number() }).parse({ code: 'a', total: 1 });
  await new Promise((r) => setTimeout(r, 50));
  return { parsed, violations: window.cspViolations.length };
}

window.classicResult = run();
