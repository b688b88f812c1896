import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '@dvc-kit/client';
import { clientFor, DvcContext } from '../src/context/index';
import '../src/context/define';
import type { DvcTestConsumer } from './fixtures/test-consumer';
import './fixtures/test-consumer';
import { cleanUp, mount } from './helpers';

afterEach(() => {
  cleanUp();
  vi.restoreAllMocks();
});

async function mountConsumers(markup: string): Promise<DvcTestConsumer[]> {
  const container = mount(markup);
  const consumers = [...container.querySelectorAll('dvc-test-consumer')];
  for (const context of container.querySelectorAll('dvc-context')) await context.updateComplete;
  for (const consumer of consumers) await consumer.updateComplete;
  return consumers;
}

const shown = (consumer: DvcTestConsumer) => consumer.shadowRoot!.querySelector('p')!.textContent;

describe('<dvc-context>', () => {
  it('is registered, and lays nothing out of its own', async () => {
    expect(customElements.get('dvc-context')).toBe(DvcContext);
    const container = mount('<dvc-context api-base="/v1"><p>Nội dung trang</p></dvc-context>');
    const context = container.querySelector('dvc-context')!;
    await context.updateComplete;
    expect(getComputedStyle(context).display).toBe('contents');
    // The page's own content inside keeps the page's font (nothing inherited from the host).
    expect(getComputedStyle(container.querySelector('p')!).fontFamily).toBe(
      getComputedStyle(container).fontFamily,
    );
  });

  it('gives consumers inside it one shared client and the dossier', async () => {
    const [first, second] = await mountConsumers(
      `<dvc-context api-base="/v1" dossier="000.00.12.H48-241120-0001">
         <dvc-test-consumer></dvc-test-consumer>
         <section><div><dvc-test-consumer></dvc-test-consumer></div></section>
       </dvc-context>`,
    );
    const client = first!.client$.value;
    expect(client).toBeDefined();
    expect(typeof client!.payments.get).toBe('function');
    expect(second!.client$.value).toBe(client);
    expect(client).toBe(clientFor('/v1'));
    expect(first!.dossier$.value).toBe('000.00.12.H48-241120-0001');
    expect(shown(second!)).toBe('000.00.12.H48-241120-0001');
  });

  it("lets a widget's own attributes override the context", async () => {
    const [consumer] = await mountConsumers(
      `<dvc-context api-base="/v1" dossier="000.00.12.H48-241120-0001">
         <dvc-test-consumer api-base="https://dvc.example.gov.vn/api/v1" dossier="000.00.12.H48-241120-0099"></dvc-test-consumer>
       </dvc-context>`,
    );
    expect(consumer!.dossier$.value).toBe('000.00.12.H48-241120-0099');
    expect(shown(consumer!)).toBe('000.00.12.H48-241120-0099');
    expect(consumer!.client$.value).toBe(clientFor('https://dvc.example.gov.vn/api/v1'));
    expect(consumer!.client$.value).not.toBe(clientFor('/v1'));
    // Removing its own attribute falls back to the context again.
    consumer!.removeAttribute('dossier');
    await consumer!.updateComplete;
    expect(shown(consumer!)).toBe('000.00.12.H48-241120-0001');
  });

  it('updates consumers when the dossier or api-base changes', async () => {
    const [consumer] = await mountConsumers(
      '<dvc-context api-base="/v1" dossier="000.00.12.H48-241120-0001"><dvc-test-consumer></dvc-test-consumer></dvc-context>',
    );
    const context = consumer!.closest('dvc-context')!;
    context.setAttribute('dossier', '000.00.12.H48-241120-0002');
    await context.updateComplete;
    await consumer!.updateComplete;
    expect(shown(consumer!)).toBe('000.00.12.H48-241120-0002');
    context.setAttribute('api-base', '/v2');
    await context.updateComplete;
    expect(consumer!.client$.value).toBe(clientFor('/v2'));
  });

  it('prefers a client set from script over api-base', async () => {
    const [consumer] = await mountConsumers(
      '<dvc-context api-base="/v1"><dvc-test-consumer></dvc-test-consumer></dvc-context>',
    );
    const context = consumer!.closest('dvc-context')!;
    const custom = createClient({ baseUrl: '/custom/v1', timeoutMs: 5000 });
    context.client = custom;
    await context.updateComplete;
    expect(consumer!.client$.value).toBe(custom);
  });

  it('nests: an inner context inherits what it does not set', async () => {
    const [consumer] = await mountConsumers(
      `<dvc-context api-base="/v1" dossier="000.00.12.H48-241120-0001">
         <dvc-context api-base="/v2"><dvc-test-consumer></dvc-test-consumer></dvc-context>
       </dvc-context>`,
    );
    expect(consumer!.client$.value).toBe(clientFor('/v2'));
    expect(consumer!.dossier$.value).toBe('000.00.12.H48-241120-0001');
  });

  it('gives nothing outside any context', async () => {
    const [consumer] = await mountConsumers('<dvc-test-consumer></dvc-test-consumer>');
    expect(consumer!.client$.value).toBeUndefined();
    expect(consumer!.dossier$.value).toBeUndefined();
    expect(shown(consumer!)).toBe('—');
  });

  it('reports a bad api-base once and keeps the page content', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const [consumer] = await mountConsumers(
      '<dvc-context api-base="ftp://files.example.vn"><dvc-test-consumer dossier="X"></dvc-test-consumer></dvc-context>',
    );
    expect(consumer!.client$.value).toBeUndefined();
    expect(consumer!.client$.value).toBeUndefined();
    expect(shown(consumer!)).toBe('X');
    expect(error).toHaveBeenCalledOnce();
    expect(String(error.mock.calls[0]?.[0])).toContain('api-base="ftp://files.example.vn"');
  });
});
