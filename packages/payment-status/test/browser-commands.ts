declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Emulates `forced-colors` on the test page (see vitest.config.ts). */
    emulateForcedColors: (value: 'active' | 'none') => Promise<void>;
  }
}
export {};
