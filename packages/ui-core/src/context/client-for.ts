import { createClient, type DvcClient } from '@dvc-kit/client';

const clients = new Map<string, DvcClient>();
const reportedBadBases = new Set<string>();

/**
 * The client for `apiBase`, created once per base URL and then shared, so
 * every widget and `<dvc-context>` naming the same API uses one client (and
 * re-renders never create new ones).
 *
 * @summary A shared `DvcClient` per API base URL.
 * @throws DvcError with code `INPUT` when `apiBase` is unusable.
 */
export function clientFor(apiBase: string): DvcClient {
  let client = clients.get(apiBase);
  if (!client) {
    client = createClient({ baseUrl: apiBase });
    clients.set(apiBase, client);
  }
  return client;
}

/**
 * {@link clientFor}, but a bad `api-base` attribute is reported once on the
 * console and gives no client, instead of throwing inside a render: a typo
 * on a CMS page must not blank the page; the widget shows it has no client.
 *
 * @internal
 */
export function clientForAttribute(apiBase: string, element: Element): DvcClient | undefined {
  try {
    return clientFor(apiBase);
  } catch (error) {
    if (!reportedBadBases.has(apiBase)) {
      reportedBadBases.add(apiBase);
      console.error(`[dvc-kit] <${element.localName} api-base="${apiBase}">:`, error);
    }
    return undefined;
  }
}
