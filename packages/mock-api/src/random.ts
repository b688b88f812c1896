/**
 * Unguessable tokens (session ids, CSRF tokens, payment attempts) come from
 * Web Crypto, available in browsers and Node alike. Data stays seeded; only
 * secrets are random.
 */
export function randomToken(bytes = 32): string {
  const buf = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buf);
  let s = '';
  for (const b of buf) s += String.fromCharCode(b);
  return btoa(s).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
