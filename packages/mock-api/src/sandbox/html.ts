/**
 * Pages of the sandbox (sign-in, consent, payment, landing). Self-contained:
 * no scripts, no external assets, inline styles only. Vietnamese first with
 * English alongside; every text interpolated into markup is escaped.
 */
import type { ServerResponse } from 'node:http';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A tagged template that escapes every interpolated value unless it is {@link Html}. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Markup from a template; values are escaped, nested `html` and arrays of it are kept. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

function render(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/** "Vietnamese (English)" with the English part marked as such for screen readers. */
export function bi(vi: string, en: string): Html {
  return html`${vi} <span lang="en" class="en">(${en})</span>`;
}

const STYLE = `
:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#555;--accent:#b3261e;--line:#ccc;--focus:#0b57d0}
@media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#161616;--muted:#bbb;--accent:#ff8a80;--line:#444;--focus:#8ab4f8}}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}h1{font-size:1.5rem;line-height:1.25}
.sandbox{background:#fff3cd;color:#3d2e00;padding:.5rem 1rem;margin:0;font-size:.9rem}
.en{color:var(--muted);font-size:.9em}fieldset{border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin:0 0 1rem}
legend{font-weight:600;padding:0 .25rem}label.choice{display:flex;gap:.75rem;align-items:flex-start;padding:.5rem 0;cursor:pointer}
input[type=radio]{width:1.25rem;height:1.25rem;margin-top:.15rem;flex:none}select{font:inherit;padding:.4rem;min-height:2.75rem}
button{font:inherit;min-height:2.75rem;padding:.5rem 1.25rem;border-radius:.5rem;border:2px solid var(--accent);background:var(--accent);color:#fff;cursor:pointer;margin:0 .5rem .5rem 0}
button .en{color:inherit}
button.secondary{background:transparent;color:var(--fg);border-color:var(--line)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}table{border-collapse:collapse;width:100%;margin:0 0 1rem}
th,td{text-align:left;padding:.4rem;border-bottom:1px solid var(--line)}td.num{text-align:right;font-variant-numeric:tabular-nums}
code{font-size:.95em}.error{border-left:4px solid var(--accent);padding:.5rem 1rem}ul.links li{margin:.25rem 0}
`;

/**
 * Security headers of a sandbox page: no scripts, no framing, forms only to
 * this origin and `formActions` (other origins a form post may be redirected
 * to: Chromium checks `form-action` on the redirects after a post too).
 */
export function pageHeaders(formActions: readonly string[] = []): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; ${["form-action 'self'", ...formActions].join(' ')}; frame-ancestors 'none'; base-uri 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

/** Security headers of every sandbox page: no scripts, no framing, forms only to this origin. */
export const PAGE_HEADERS: Readonly<Record<string, string>> = pageHeaders();

/** A whole page. */
export function page(title: string, body: Html): string {
  return html`<!doctype html>
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <style>
          ${new Html(STYLE)}
        </style>
      </head>
      <body>
        <p class="sandbox" role="note">
          Môi trường thử nghiệm dvc-kit — không dùng dữ liệu thật.
          <span lang="en">(dvc-kit sandbox — no real data.)</span>
        </p>
        <main>${body}</main>
      </body>
    </html> `.value;
}

/** Writes a page (with {@link PAGE_HEADERS} unless `headers` are given). */
export function sendPage(
  res: ServerResponse,
  status: number,
  title: string,
  body: Html,
  headers: Readonly<Record<string, string>> = PAGE_HEADERS,
): void {
  res.writeHead(status, headers);
  res.end(page(title, body));
}

/** Writes a redirect. `303` after a form post, so the browser follows with GET. */
export function redirect(
  res: ServerResponse,
  location: string,
  status = 303,
  headers: Record<string, string | string[]> = {},
): void {
  res.writeHead(status, { Location: location, 'Cache-Control': 'no-store', ...headers });
  res.end();
}
