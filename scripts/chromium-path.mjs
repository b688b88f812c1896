/**
 * Where the Chromium used by browser tests lives: `CHROMIUM_PATH` if set,
 * else Debian's package location. Tests never download their own browser.
 * @returns {string}
 */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}
