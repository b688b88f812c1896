/**
 * The survey outbox on disk: one IndexedDB object store, wrapped in a few
 * promises.
 *
 * Why not the `idb` package: the outbox needs four operations on one store
 * (put, get, delete, list). `idb` would add ~1.2 KB gzip of proxies and
 * typing to every page that embeds the survey, against a 16 KB budget, for
 * about forty lines of code below.
 */
import type { SurveyResponse } from '@dvc-kit/client';

/**
 * One answer waiting to be acknowledged by the server. Deliberately small:
 * the dossier code and the answers, nothing that names the person (no
 * session, token, identity number or name), so a shared or stolen device
 * reveals nothing about who answered.
 *
 * @summary An answer kept in the outbox until the server acknowledges it.
 */
export interface OutboxEntry {
  /** A random UUID, sent as the Idempotency-Key on every attempt. */
  readonly id: string;
  /** The dossier code the answers rate. */
  readonly dossier: string;
  /** The survey id and the answers, exactly the request body. */
  readonly response: SurveyResponse;
  /** When it was saved (ms since the epoch). */
  readonly createdAt: number;
  /** How many times it was sent so far. */
  readonly attempts: number;
}

/**
 * Where outbox entries are kept.
 *
 * @summary Storage behind an outbox (IndexedDB, or memory in tests).
 */
export interface OutboxStore {
  put(entry: OutboxEntry): Promise<void>;
  get(id: string): Promise<OutboxEntry | undefined>;
  delete(id: string): Promise<void>;
  /** Every entry, oldest first. */
  all(): Promise<OutboxEntry[]>;
}

/** The database every `<dvc-survey>` of an origin shares. */
export const OUTBOX_DB_NAME = 'dvc-kit-survey';
const STORE = 'outbox';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * An {@link OutboxStore} in IndexedDB database `name`. The connection is
 * opened on first use and closed when another page upgrades the database.
 *
 * @summary The outbox in IndexedDB.
 */
export function indexedDbOutboxStore(name: string = OUTBOX_DB_NAME): OutboxStore {
  let db: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> => {
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => {
        req.result.createObjectStore(STORE, { keyPath: 'id' });
      };
      req.onsuccess = () => {
        const conn = req.result;
        // A newer release upgrading the schema in another tab must not be blocked by us.
        conn.onversionchange = () => {
          conn.close();
          db = undefined;
        };
        conn.onclose = () => {
          db = undefined;
        };
        resolve(conn);
      };
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error(`IndexedDB "${name}" is blocked by another tab`));
    }).catch((error: unknown) => {
      db = undefined;
      throw error;
    });
    return db;
  };
  // Writes resolve once the transaction commits: only then is the entry on disk.
  const run = async <T>(
    mode: IDBTransactionMode,
    op: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> => {
    const tx = (await open()).transaction(STORE, mode, { durability: 'strict' });
    const result = request(op(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
    return result;
  };
  return {
    put: async (entry) => {
      await run('readwrite', (s) => s.put(entry));
    },
    get: (id) => run('readonly', (s) => s.get(id) as IDBRequest<OutboxEntry | undefined>),
    delete: async (id) => {
      await run('readwrite', (s) => s.delete(id));
    },
    all: async () => {
      const entries = await run('readonly', (s) => s.getAll() as IDBRequest<OutboxEntry[]>);
      return entries.sort((a, b) => a.createdAt - b.createdAt);
    },
  };
}
