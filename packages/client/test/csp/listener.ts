/**
 * Loaded first in the CSP test page: records every CSP violation, including
 * those raised while later modules (zod, the client) are evaluated.
 */
declare global {
  interface Window {
    cspViolations: { directive: string; sample: string }[];
  }
}

window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push({ directive: event.effectiveDirective, sample: event.sample });
});

export {};
