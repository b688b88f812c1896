/** The sandbox's landing page: what runs where, and the seeded scenarios. */
import { CITIZENS, maskIdentityNumber } from '../seed/citizens';
import { SCENARIO_DESCRIPTIONS, type ScenarioKey } from '../seed/dossiers';
import type { MockStore } from '../store/store';
import { bi, html } from './html';

/** The landing page body. */
export function landing(
  store: MockStore,
  origin: string,
  basePath: string,
  staticDir: boolean,
  issuer = `${origin}/oidc`,
) {
  const scenarios = Object.entries(store.scenarios) as [ScenarioKey, string][];
  const api = `${origin}${basePath}`;
  const issuerHref = issuer.startsWith(`${origin}/`) ? issuer.slice(origin.length) : issuer;
  return html`<h1>dvc-kit sandbox</h1>
    <p>
      ${bi('Máy chủ thử nghiệm cho các widget và client của dvc-kit.', 'A sandbox backend for the dvc-kit widgets and client.')}
    </p>
    <h2>${bi('Địa chỉ', 'URLs')}</h2>
    <ul class="links">
      <li>
        API: <a href="${api}/procedures"><code>${api}</code></a>
      </li>
      <li>
        ${bi('Đăng nhập (BFF)', 'Sign in (BFF)')}:
        <a href="/auth/login?provider=vneid&amp;returnTo=/"
          ><code>${origin}/auth/login?provider=vneid&amp;returnTo=/</code></a
        >
      </li>
      <li>
        ${bi('Đăng nhập bằng tài khoản Cổng DVC quốc gia (BFF)', 'Sign in with a national portal account (BFF)')}:
        <a href="/auth/login?provider=dvcqg&amp;returnTo=/"
          ><code>${origin}/auth/login?provider=dvcqg&amp;returnTo=/</code></a
        >
      </li>
      <li>
        ${bi('Phiên đăng nhập', 'Session')}:
        <a href="${api}/session"><code>${api}/session</code></a>
      </li>
      <li>
        OpenID Connect:
        <a href="${issuerHref}/.well-known/openid-configuration"><code>${issuer}</code></a>
      </li>
      <li>
        ${bi('Kịch bản', 'Scenario API')}:
        <a href="/__scenario"><code>${origin}/__scenario</code></a>
      </li>
      <li>
        ${bi('Trang thanh toán', 'Payment page')}: <code>${origin}/pay/{dossier}?attempt=…</code>
      </li>
      <li>
        msw worker: <a href="/mockServiceWorker.js"><code>${origin}/mockServiceWorker.js</code></a>
      </li>
      ${
        staticDir
          ? html`<li>
              ${bi('Ứng dụng demo', 'Demo app')}: <a href="/"><code>${origin}/</code></a>
            </li>`
          : ''
      }
    </ul>
    <h2>${bi('Tài khoản VNeID mẫu', 'Sample VNeID accounts')}</h2>
    <ul>
      ${CITIZENS.map((c) => html`<li>${c.name} — <code>${maskIdentityNumber(c.identityNumber)}</code> — ${bi(`mức ${c.level}`, `level ${c.level}`)}</li>`)}
    </ul>
    <h2>${bi('Hồ sơ mẫu', 'Seeded dossiers')}</h2>
    <table>
      <thead>
        <tr>
          <th scope="col">${bi('Kịch bản', 'Scenario')}</th>
          <th scope="col">${bi('Mã hồ sơ', 'Dossier code')}</th>
          <th scope="col">${bi('Mô tả', 'About')}</th>
        </tr>
      </thead>
      <tbody>
        ${scenarios.map(
          ([key, code]) =>
            html`<tr>
              <td><code>${key}</code></td>
              <td>
                <a href="${api}/dossiers/${code}/status"><code>${code}</code></a>
              </td>
              <td lang="en">${SCENARIO_DESCRIPTIONS[key]}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}
