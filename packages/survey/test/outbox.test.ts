/**
 * "An answer given must arrive, exactly once": the outbox against the real
 * mock backend — offline spells, reloads, server trouble, double clicks,
 * other tabs — counting what the backend stored.
 */
import { createClient } from '@dvc-kit/client';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DvcSurveyQueuedEvent, DvcSurveySubmittedEvent } from '../src/events';
import { Outbox } from '../src/outbox/outbox';
import { OutboxController } from '../src/outbox/outbox-controller';
import { statutorySurvey } from '../src/statutory';
import {
  announcements,
  deepActiveElement,
  mountSurvey,
  unmountAll,
  type SurveyHarness,
} from './support/harness';
import {
  clearOutbox,
  codes,
  faultOnSubmit,
  goOffline,
  goOnline,
  onSubmitRequest,
  outboxEntries,
  startMock,
  storedResponses,
} from './support/mock';

beforeAll(startMock);
beforeEach(async () => {
  await startMock();
  await clearOutbox();
});
afterEach(async () => {
  unmountAll();
  goOnline({ event: false });
  await clearOutbox();
});

const mount = (attrs: string, lang = 'vi') =>
  mountSurvey(`<div lang="${lang}"><dvc-survey api-base="/v1" ${attrs}></dvc-survey></div>`);

/** The first line of the queued state's body, under its heading. */
const queuedBody = (survey: SurveyHarness) =>
  survey.root.querySelector('[part=status] h2 + p')?.textContent?.replace(/\s+/g, ' ').trim();

async function readyToSend(code: string): Promise<SurveyHarness> {
  const survey = await mount(`dossier="${code}"`);
  await survey.until('ready');
  await survey.answerAllRequired();
  return survey;
}

/** Every request of `code`'s submission that reached the backend, with its key. */
function recordSubmissions() {
  const keys: string[] = [];
  const stop = onSubmitRequest((request) =>
    keys.push(request.headers.get('Idempotency-Key') ?? ''),
  );
  return { keys, stop };
}

describe('saved before the network is touched', () => {
  it('writes the answer to IndexedDB first, sends it with its id as Idempotency-Key, removes it on 201', async () => {
    const code = codes().resultReady;
    const survey = await readyToSend(code);
    await userEvent.fill(survey.textarea(survey.question('Ý kiến góp ý khác')), 'Nhanh, gọn');
    const seenAtRequest: Awaited<ReturnType<typeof outboxEntries>>[] = [];
    const pending: Promise<void>[] = [];
    const stop = onSubmitRequest(() => {
      pending.push(outboxEntries().then((entries) => void seenAtRequest.push(entries)));
    });
    faultOnSubmit(code, 'latency=500');
    await survey.submit();
    await survey.until('submitted');
    stop();
    await Promise.all(pending);

    expect(seenAtRequest).toHaveLength(1);
    const [entry] = seenAtRequest[0]!;
    // Only the dossier code, the answers, the id, when, and how many attempts: no personal data.
    expect(Object.keys(entry!).sort()).toEqual([
      'attempts',
      'createdAt',
      'dossier',
      'id',
      'response',
    ]);
    expect(entry!.dossier).toBe(code);
    expect(entry!.response.surveyId).toBe('tt01-2018');
    expect(entry!.response.answers['gop_y']).toBe('Nhanh, gọn');
    expect(entry!.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(await outboxEntries()).toEqual([]);
    expect(storedResponses(code)).toBe(1);
  });

  it('the Idempotency-Key is the outbox id', async () => {
    const code = codes().resultReady;
    const survey = await readyToSend(code);
    const queued: DvcSurveyQueuedEvent[] = [];
    survey.element.addEventListener('dvc-survey-queued', (e) => queued.push(e));
    const { keys, stop } = recordSubmissions();
    faultOnSubmit(code, 'status=500');
    await survey.submit();
    await survey.until('queued');
    const [entry] = await outboxEntries();
    expect(queued[0]!.detail).toEqual({ dossier: code, outboxId: entry!.id });
    await survey.until('submitted');
    stop();
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys)).toEqual(new Set([entry!.id]));
    expect(storedResponses(code)).toBe(1);
  });
});

describe('offline', () => {
  it('offline submit → queued → online → exactly one response stored', async () => {
    const code = codes().resultReady;
    const survey = await readyToSend(code);
    const queued: DvcSurveyQueuedEvent[] = [];
    const submitted: DvcSurveySubmittedEvent[] = [];
    survey.element.addEventListener('dvc-survey-queued', (e) => queued.push(e));
    survey.element.addEventListener('dvc-survey-submitted', (e) => submitted.push(e));

    goOffline();
    await survey.submit();
    await survey.until('queued');
    expect(survey.heading()).toBe('Đã lưu câu trả lời');
    // The body adds to the heading instead of repeating it.
    expect(queuedBody(survey)).toBe('Câu trả lời sẽ được tự động gửi khi có kết nối mạng.');
    expect(queuedBody(survey)).not.toContain(survey.heading());
    expect(deepActiveElement()).toBe(survey.root.querySelector('h2'));
    await expect
      .poll(announcements)
      .toContain('Câu trả lời sẽ được tự động gửi khi có kết nối mạng.');
    expect(queued).toHaveLength(1);
    expect(submitted).toHaveLength(0);
    expect(await outboxEntries()).toHaveLength(1);
    expect(storedResponses(code)).toBe(0);

    goOnline();
    await survey.until('submitted');
    expect(survey.heading()).toBe('Cảm ơn bạn đã đánh giá');
    expect(deepActiveElement()).toBe(survey.root.querySelector('h2'));
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.detail.dossier).toBe(code);
    expect(storedResponses(code)).toBe(1);
    expect(await outboxEntries()).toEqual([]);
    // And it stays one: later wake-ups find nothing to send.
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 300));
    expect(storedResponses(code)).toBe(1);
  });

  it('English: the queued state says so', async () => {
    const survey = await mount(`dossier="${codes().refunded}"`, 'en');
    await survey.until('ready');
    await survey.answerAllRequired();
    goOffline();
    await survey.submit();
    await survey.until('queued');
    expect(survey.heading()).toBe('Your answers are saved');
    expect(queuedBody(survey)).toBe('They will be sent automatically when you are back online.');
    await expect
      .poll(announcements)
      .toContain('They will be sent automatically when you are back online.');
  });

  it('"reload" while queued: a new element sends it after the reload, exactly once', async () => {
    const code = codes().resultReady;
    const survey = await readyToSend(code);
    goOffline();
    await survey.submit();
    await survey.until('queued');
    unmountAll(); // the page goes away
    goOnline({ event: false });
    expect(storedResponses(code)).toBe(0);

    const submitted: DvcSurveySubmittedEvent[] = [];
    document.addEventListener('dvc-survey-submitted', (e) => submitted.push(e));
    const again = await mount(`dossier="${code}"`);
    // The saved answer is not asked for again: it shows as queued, then goes.
    await again.until('submitted');
    expect(storedResponses(code)).toBe(1);
    expect(await outboxEntries()).toEqual([]);
    expect(submitted.map((e) => e.detail.dossier)).toEqual([code]);
    // A second reload finds the dossier rated.
    unmountAll();
    const third = await mount(`dossier="${code}"`);
    await third.until('answered');
    expect(storedResponses(code)).toBe(1);
  });

  it('a fresh OutboxController (new page memory) reading the same IndexedDB sends it, exactly once', async () => {
    const code = codes().resultReady;
    const survey = await readyToSend(code);
    goOffline();
    await survey.submit();
    await survey.until('queued');
    unmountAll();
    goOnline({ event: false });

    const host = new FakeHost();
    const settled: string[] = [];
    const controller = new OutboxController(host, {
      client: () => createClient({ baseUrl: '/v1' }),
      outbox: new Outbox(), // what a reloaded page starts with: nothing in memory
      onSettled: (entry, outcome) => settled.push(`${entry.dossier} ${outcome.kind}`),
    });
    expect(await controller.entries(code)).toHaveLength(1);
    host.connect();
    await expect.poll(() => settled).toEqual([`${code} sent`]);
    expect(storedResponses(code)).toBe(1);
    expect(await controller.entries()).toEqual([]);
    host.disconnect();
  });

  it('any <dvc-survey> that connects flushes every waiting answer, of every dossier', async () => {
    const first = codes().resultReady;
    const second = codes().refunded;
    const surveys = [await readyToSend(first), await readyToSend(second)];
    goOffline();
    for (const survey of surveys) {
      await survey.submit();
      await survey.until('queued');
    }
    unmountAll();
    goOnline({ event: false });
    expect(await outboxEntries()).toHaveLength(2);
    // A page about a third dossier (already rated) still sends both.
    await mount(`dossier="${codes().surveyAnswered}"`);
    await expect.poll(() => storedResponses(first) + storedResponses(second)).toBe(2);
    await expect.poll(outboxEntries).toEqual([]);
  });
});

describe('server trouble', () => {
  it('5xx keeps the answer and the backoff sends it', async () => {
    const code = codes().resultReady;
    const survey = await readyToSend(code);
    faultOnSubmit(code, 'status=500');
    await survey.submit();
    await survey.until('queued');
    expect(await outboxEntries()).toHaveLength(1);
    await survey.until('submitted');
    expect(storedResponses(code)).toBe(1);
  });

  it('429 with Retry-After keeps the answer and sends it later', async () => {
    const code = codes().resultReady;
    const survey = await readyToSend(code);
    // More 429s than the client retries by itself.
    faultOnSubmit(code, 'status=429, retry-after=0', 5);
    await survey.submit();
    await survey.until('queued');
    expect(await outboxEntries()).toHaveLength(1);
    await survey.until('submitted', 20_000);
    expect(storedResponses(code)).toBe(1);
  });

  it('a slow answer shows "saved" after a few seconds, then the thanks; stored once', async () => {
    const code = codes().resultReady;
    const survey = await readyToSend(code);
    faultOnSubmit(code, 'latency=6000');
    await survey.submit();
    expect(survey.element.state).toBe('submitting');
    expect(survey.submitButton().getAttribute('aria-disabled')).toBe('true');
    await survey.until('queued', 6000);
    await survey.until('submitted', 10_000);
    expect(storedResponses(code)).toBe(1);
  });

  it('a "send now" while queued sends it at once', async () => {
    const code = codes().resultReady;
    const survey = await readyToSend(code);
    goOffline();
    await survey.submit();
    await survey.until('queued');
    goOnline({ event: false }); // no online event: only the button
    await userEvent.click(survey.button('Gửi ngay'));
    await survey.until('submitted');
    expect(storedResponses(code)).toBe(1);
  });
});

describe('exactly once', () => {
  it('double clicks and repeated Enter make one response', async () => {
    const code = codes().resultReady;
    const survey = await readyToSend(code);
    const { keys, stop } = recordSubmissions();
    const button = survey.submitButton();
    // A slow answer: every further click and Enter lands while the first submit is in flight.
    faultOnSubmit(code, 'latency=1000');
    await userEvent.dblClick(button);
    expect(survey.element.state).toBe('submitting');
    button.click();
    button.focus();
    await userEvent.keyboard('{Enter}{Enter}');
    await survey.until('submitted');
    await new Promise((r) => setTimeout(r, 300));
    stop();
    expect(keys).toHaveLength(1);
    expect(storedResponses(code)).toBe(1);
    expect(await outboxEntries()).toEqual([]);
  });

  it('two elements on one page never send the same entry at once', async () => {
    const code = codes().resultReady;
    const survey = await readyToSend(code);
    goOffline();
    await survey.submit();
    await survey.until('queued');
    goOnline({ event: false });
    const { keys, stop } = recordSubmissions();
    faultOnSubmit(code, 'latency=300');
    // Three more widgets connect at once, and the network comes back: four flushes race.
    await mount(`dossier="${codes().refunded}"`);
    await mount(`dossier="${codes().partiallyRefunded}"`);
    await mount(`dossier="${codes().surveyAnswered}"`);
    window.dispatchEvent(new Event('online'));
    await survey.until('submitted');
    await new Promise((r) => setTimeout(r, 500));
    stop();
    expect(keys).toHaveLength(1);
    expect(storedResponses(code)).toBe(1);
  });

  it('an entry held by another tab (Web Lock) is not sent here until the lock is released', async () => {
    const code = codes().resultReady;
    const survey = await readyToSend(code);
    goOffline();
    await survey.submit();
    await survey.until('queued');
    goOnline({ event: false });
    const [entry] = await outboxEntries();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    void navigator.locks.request(`dvc-kit-survey-outbox:${entry!.id}`, () => {
      locked();
      return held;
    });
    await isLocked;
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 500));
    expect(storedResponses(code)).toBe(0);
    expect(survey.element.state).toBe('queued');
    release();
    window.dispatchEvent(new Event('online'));
    await survey.until('submitted');
    expect(storedResponses(code)).toBe(1);
  });

  it('a dossier rated meanwhile (409) counts as received: removed, shown as already rated', async () => {
    const code = codes().surveyAnswered;
    const survey = await mount(`dossier="${code}"`);
    survey.element.definition = statutorySurvey();
    await survey.until('ready');
    await survey.answerAllRequired();
    await survey.submit();
    await survey.until('answered');
    expect(survey.heading()).toBe('Hồ sơ này đã được đánh giá');
    expect(await outboxEntries()).toEqual([]);
    expect(storedResponses(code)).toBe(1);
  });

  it('answers the server refuses (400) are kept and shown, never dropped silently; "answer again" clears them', async () => {
    const code = codes().customSurvey;
    const survey = await mount(`dossier="${code}"`);
    survey.element.definition = statutorySurvey(); // not this dossier's survey
    await survey.until('ready');
    await survey.answerAllRequired();
    await survey.submit();
    await survey.until('error');
    expect(survey.heading()).toBe('Câu trả lời chưa được chấp nhận');
    expect(await outboxEntries()).toHaveLength(1);
    // Not retried on its own on this page.
    const { keys, stop } = recordSubmissions();
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 300));
    stop();
    expect(keys).toEqual([]);
    survey.element.definition = undefined;
    await userEvent.click(survey.button('Trả lời lại'));
    await survey.until('ready');
    expect(survey.heading()).toBe('Khảo sát nhanh của UBND quận Hải Châu');
    expect(await outboxEntries()).toEqual([]);
    expect(storedResponses(code)).toBe(0);
  });
});

describe('kiosk', () => {
  it('thanks for kiosk-reset seconds, then an empty form for the dossier the host set next', async () => {
    const first = codes().resultReady;
    const next = codes().refunded;
    const survey = await mount(`kiosk kiosk-reset="2" dossier="${first}"`);
    await survey.until('ready');
    const target = survey.submitButton().getBoundingClientRect();
    expect(target.height).toBeGreaterThanOrEqual(64);
    expect(
      survey.root.querySelector('label.option')!.getBoundingClientRect().height,
    ).toBeGreaterThanOrEqual(64);
    // The host feeds the next dossier as soon as this one is rated.
    survey.element.addEventListener('dvc-survey-submitted', () => {
      survey.element.dossier = next;
    });
    await survey.answerAllRequired();
    await userEvent.fill(survey.textarea(survey.question('Ý kiến góp ý khác')), 'Rất tốt');
    await survey.submit();
    await survey.until('submitted');
    expect(survey.text()).toContain('Màn hình sẽ trở về sau 2 giây.');
    // The thanks stays its time although the host already moved on.
    await new Promise((r) => setTimeout(r, 1200));
    expect(survey.element.state).toBe('submitted');
    await survey.until('ready', 5000);
    expect(survey.text()).toContain(next);
    expect(survey.radios(survey.question('Thái độ')).some((r) => r.checked)).toBe(false);
    expect(survey.textarea(survey.question('Ý kiến góp ý khác')).value).toBe('');
    expect(storedResponses(first)).toBe(1);
  });

  it('without a next dossier it waits instead of offering the rated one again; queued answers reset too', async () => {
    const code = codes().resultReady;
    const survey = await mount(`kiosk kiosk-reset="1" dossier="${code}"`, 'en');
    await survey.until('ready');
    await survey.answerAllRequired();
    goOffline();
    await survey.submit();
    await survey.until('queued');
    await survey.until('idle', 5000);
    expect(survey.heading()).toBe('Ready for the next rating');
    goOnline();
    await expect.poll(() => storedResponses(code)).toBe(1);
    expect(survey.element.state).toBe('idle');
  });
});

/** The smallest ReactiveControllerHost: connect and disconnect by hand. */
class FakeHost implements ReactiveControllerHost {
  private readonly controllers = new Set<ReactiveController>();
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.add(controller);
  }
  removeController(controller: ReactiveController): void {
    this.controllers.delete(controller);
  }
  requestUpdate(): void {}
  connect(): void {
    for (const c of this.controllers) c.hostConnected?.();
  }
  disconnect(): void {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}

describe('wake-ups', () => {
  it('the tab becoming visible again sends what is waiting', async () => {
    const code = codes().resultReady;
    const survey = await readyToSend(code);
    goOffline();
    await survey.submit();
    await survey.until('queued');
    goOnline({ event: false });
    expect(document.visibilityState).toBe('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await survey.until('submitted', 3000);
    expect(storedResponses(code)).toBe(1);
  });
});

describe('send now', () => {
  it('still offline: says so, keeps the answer, and sends it once the network is back', async () => {
    const code = codes().resultReady;
    const survey = await readyToSend(code);
    goOffline();
    await survey.submit();
    await survey.until('queued');
    await userEvent.click(survey.button('Gửi ngay'));
    await expect
      .poll(() => survey.text(), { timeout: 10_000 })
      .toContain('Không kết nối được. Vui lòng kiểm tra mạng và thử lại.');
    expect(survey.element.state).toBe('queued');
    expect(await outboxEntries()).toHaveLength(1);
    goOnline();
    await survey.until('submitted');
    expect(storedResponses(code)).toBe(1);
  });
});
