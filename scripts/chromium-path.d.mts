/** Where the Chromium used by browser tests lives (`CHROMIUM_PATH` or `/usr/bin/chromium`). */
export function chromiumPath(): string;
