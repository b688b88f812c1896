/** Types of the commands in test/commands.ts, as tests see them. */
export interface PortalStorage {
  localStorage: Record<string, string>;
  sessionStorage: Record<string, string>;
  indexedDB: string[];
  cookie: string;
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    portalOpen(url: string): Promise<void>;
    portalClose(): Promise<void>;
    portalNavigations(): Promise<string[]>;
    portalClick(role: string, name: string): Promise<void>;
    portalPress(keys: string[]): Promise<void>;
    portalWaitForUrl(pattern: string): Promise<void>;
    portalWaitForText(pattern: string): Promise<void>;
    portalEval<T = unknown>(body: string): Promise<T>;
    portalUrl(): Promise<string>;
    portalArmCapture(prefix: string): Promise<void>;
    portalCapturedCallback(): Promise<string>;
    portalHold(prefix: string): Promise<void>;
    portalRelease(): Promise<void>;
    portalCatchCallback(
      origin: string,
      callbackPrefix: string,
      authorize?: Record<string, string>,
    ): Promise<void>;
    portalCaught(): Promise<string>;
    portalAxe(): Promise<string[]>;
    portalFocused(): Promise<string>;
    portalStorage(): Promise<PortalStorage>;
    emulateMedia(media: {
      forcedColors?: 'active' | 'none' | null;
      colorScheme?: 'light' | 'dark' | null;
    }): Promise<void>;
  }
}
