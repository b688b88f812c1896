/** The media features a test can emulate (a subset of Playwright's `emulateMedia`). */
export interface MediaEmulation {
  forcedColors?: 'active' | 'none' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
  colorScheme?: 'light' | 'dark' | 'no-preference' | null;
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Emulates media features on the test page (see vitest.config.ts). */
    emulateMedia: (media: MediaEmulation) => Promise<void>;
  }
}
