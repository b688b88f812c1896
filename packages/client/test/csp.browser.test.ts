/**
 * The client under a strict Content Security Policy (no 'unsafe-eval'), as
 * on government portals: it must parse, and must not even *try* eval — a
 * caught `new Function` still fires a `securitypolicyviolation` report.
 */
import { expect, it } from 'vitest';
import * as f from './fixtures';

const CSP = "default-src 'none'; script-src 'self'; connect-src 'self'";

type FrameWindow = Window & typeof globalThis;

/** Opens a page with the strict policy that runs `script`; resolves its window. */
async function strictPage(
  script: string,
  ready: (w: FrameWindow) => unknown,
): Promise<[FrameWindow, HTMLIFrameElement]> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html><head>
    <meta http-equiv="Content-Security-Policy" content="${CSP}">
    <script type="module" src="/test/csp/listener.ts"></script>
    <script type="module" src="${script}"></script>
  </head><body></body></html>`;
  document.body.append(frame);
  const until = Date.now() + 20_000;
  for (;;) {
    const win = frame.contentWindow as FrameWindow | null;
    if (win && ready(win)) return [win, frame];
    if (Date.now() > until) throw new Error(`the CSP page never ran ${script}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

it('parses under script-src without unsafe-eval, with no CSP violation', async () => {
  const [win, frame] = await strictPage('/test/csp/run.ts', (w) => w.cspResult);
  try {
    const result = await win.cspResult;
    expect(result.parsed).toEqual([
      f.procedurePage,
      f.payment,
      f.surveyState,
      f.session,
      f.procedurePage,
      f.payment,
      f.surveyState,
    ]);
    expect(win.cspViolations.slice(0, result.violationsDuringClient)).toEqual([]);
    // The control proves the policy was enforced and violations were observed.
    expect(result.controlBlocked).toBe(true);
    expect(result.violationsAfterControl).toBeGreaterThan(0);
  } finally {
    frame.remove();
  }
});

it('control: classic zod under the same policy is reported (its JIT probe)', async () => {
  const [win, frame] = await strictPage('/test/csp/run-classic.ts', (w) => w.classicResult);
  try {
    const result = await win.classicResult;
    expect(result.parsed).toEqual({ code: 'a', total: 1 });
    expect(result.violations).toBeGreaterThan(0);
  } finally {
    frame.remove();
  }
});
