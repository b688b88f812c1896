/**
 * The provider's storage: a Map per model, in memory only, with expiry. It
 * replaces oidc-provider's development adapter (same behaviour, minus the
 * start-up warning), and makes "nothing is persisted" explicit.
 */
import type { Adapter, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  expiresAt: number | undefined;
}

/** Bound per model, so a long-running sandbox cannot grow without limit. */
const MAX_ENTRIES = 20_000;

function setBounded(index: Map<string, string>, key: string, value: string): void {
  if (index.size >= MAX_ENTRIES) {
    const oldest = index.keys().next().value;
    if (oldest !== undefined) index.delete(oldest);
  }
  index.set(key, value);
}

/** Creates adapter instances sharing one in-memory store per provider. */
export function memoryAdapterFactory(): new (model: string) => Adapter {
  const data = new Map<string, Entry>();
  const uidIndex = new Map<string, string>();
  const userCodeIndex = new Map<string, string>();
  const grantIndex = new Map<string, Set<string>>();

  return class MemoryAdapter implements Adapter {
    readonly #model: string;
    constructor(model: string) {
      this.#model = model;
    }

    #key(id: string): string {
      return `${this.#model}:${id}`;
    }

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      const key = this.#key(id);
      if (data.size >= MAX_ENTRIES) {
        const oldest = data.keys().next().value;
        if (oldest !== undefined) data.delete(oldest);
      }
      data.set(key, { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined });
      if (payload.uid) setBounded(uidIndex, payload.uid, id);
      if (payload.userCode) setBounded(userCodeIndex, payload.userCode, id);
      if (payload.grantId) {
        const keys = grantIndex.get(payload.grantId) ?? new Set<string>();
        keys.add(key);
        if (!grantIndex.has(payload.grantId) && grantIndex.size >= MAX_ENTRIES) {
          const oldest = grantIndex.keys().next().value;
          if (oldest !== undefined) grantIndex.delete(oldest);
        }
        grantIndex.set(payload.grantId, keys);
      }
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      const key = this.#key(id);
      const entry = data.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
        data.delete(key);
        return undefined;
      }
      return entry.payload;
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      const id = uidIndex.get(uid);
      return id === undefined ? undefined : this.find(id);
    }

    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      const id = userCodeIndex.get(userCode);
      return id === undefined ? undefined : this.find(id);
    }

    async consume(id: string): Promise<void> {
      const entry = data.get(this.#key(id));
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    }

    async destroy(id: string): Promise<void> {
      data.delete(this.#key(id));
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      for (const key of grantIndex.get(grantId) ?? []) data.delete(key);
      grantIndex.delete(grantId);
    }
  };
}
