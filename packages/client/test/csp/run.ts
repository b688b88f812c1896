/**
 * Runs inside a page whose CSP forbids eval (`script-src 'self'`, no
 * 'unsafe-eval'): loads the client and every schema, parses each fixture
 * through a real client call, and reports what happened.
 */
import {
  createClient,
  PaymentSchema,
  ProcedurePageSchema,
  SurveyStateSchema,
} from '../../src/index';
import * as f from '../fixtures';

declare global {
  interface Window {
    cspResult: Promise<{
      parsed: unknown[];
      violationsDuringClient: number;
      controlBlocked: boolean;
      violationsAfterControl: number;
    }>;
  }
}

async function run() {
  const bodies = new Map<string, unknown>([
    ['/v1/procedures', f.procedurePage],
    [`/v1/dossiers/${f.DOSSIER}/payment`, f.payment],
    [`/v1/dossiers/${f.DOSSIER}/survey`, f.surveyState],
    ['/v1/session', f.session],
  ]);
  const client = createClient({
    baseUrl: '/v1',
    fetch: async (request) => Response.json(bodies.get(new URL(request.url).pathname)),
  });
  const parsed = [
    await client.procedures.search({ q: 'khai sinh' }),
    await client.payments.get(f.DOSSIER),
    await client.surveys.get(f.DOSSIER),
    await client.session.get(),
    ProcedurePageSchema.parse(f.procedurePage),
    PaymentSchema.parse(f.payment),
    SurveyStateSchema.parse(f.surveyState),
  ];
  await new Promise((r) => setTimeout(r, 50));
  const violationsDuringClient = window.cspViolations.length;

  // Control: the policy really is enforced here, and violations are seen.
  let controlBlocked = false;
  try {
    new Function('return 1')();
  } catch {
    controlBlocked = true;
  }
  await new Promise((r) => setTimeout(r, 50));
  return {
    parsed,
    violationsDuringClient,
    controlBlocked,
    violationsAfterControl: window.cspViolations.length,
  };
}

window.cspResult = run();
