/**
 * The portal page the sandbox serves for the end-to-end tests (bundled by
 * test/global-setup.ts). It is a plain embed: the tag, configured by
 * attributes, with events recorded in memory so a test can read them.
 */
import '../../src/define';

interface Recorded {
  type: string;
  detail: unknown;
}

declare global {
  interface Window {
    loginEvents: Recorded[];
  }
}

window.loginEvents = [];
for (const type of ['dvc-login-start', 'dvc-login-success', 'dvc-login-error', 'dvc-logout']) {
  document.addEventListener(type, (event) => {
    window.loginEvents.push({ type, detail: (event as CustomEvent).detail });
  });
}

const login = document.querySelector('dvc-login');
if (login?.getAttribute('mode') === 'public') {
  // The sandbox's issuer is on this origin, whatever port it got.
  login.setAttribute('issuer', `${location.origin}/oidc`);
}
