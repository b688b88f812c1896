/**
 * What a citizen sees and does: the API's survey rendered as real form
 * controls, keyboard-only completion, validation, the character counter,
 * and the visible states, against the real mock backend.
 */
import { createClient } from '@dvc-kit/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DvcSurveySubmitEvent, DvcSurveySubmittedEvent } from '../src/events';
import { announcements, deepActiveElement, mountSurvey, unmountAll } from './support/harness';
import {
  clearOutbox,
  codes,
  faultOnLoad,
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
  await clearOutbox();
});

const mount = (attrs: string, lang = 'vi') =>
  mountSurvey(`<div lang="${lang}"><dvc-survey api-base="/v1" ${attrs}></dvc-survey></div>`);

describe('rendering the API definition', () => {
  it('renders the statutory survey as radio groups in fieldsets and a textarea', async () => {
    const survey = await mount(`dossier="${codes().resultReady}"`);
    await survey.until('ready');
    expect(survey.heading()).toBe('Đánh giá mức độ hài lòng về việc giải quyết thủ tục hành chính');
    const questions = survey.questions();
    expect(questions).toHaveLength(7);
    const fieldsets = questions.filter((q) => q.localName === 'fieldset');
    expect(fieldsets).toHaveLength(6);
    // Every group has a legend naming the question, and is marked required.
    const attitude = survey.question('Thái độ của công chức');
    expect(survey.legend(attitude)).toContain('(bắt buộc)');
    const radios = survey.radios(attitude);
    expect(radios).toHaveLength(5);
    expect(radios.every((r) => r.required && r.name === 'thai_do')).toBe(true);
    expect(radios.map((r) => r.closest('label')!.textContent!.replace(/\s+/g, ' ').trim())).toEqual(
      ['1 Rất không hài lòng', '2 Không hài lòng', '3 Bình thường', '4 Hài lòng', '5 Rất hài lòng'],
    );
    const time = survey.question('Thời gian giải quyết');
    expect(survey.radios(time).map((r) => r.value)).toEqual(['som_han', 'dung_han', 'tre_han']);
    // Free text: a labelled textarea with the limit, optional.
    const comments = survey.question('Ý kiến góp ý khác');
    const textarea = survey.textarea(comments);
    expect(textarea.maxLength).toBe(1000);
    expect(textarea.required).toBe(false);
    expect(textarea.labels?.[0]?.textContent).toContain('Ý kiến góp ý khác');
    expect(survey.text()).toContain('Không ghi họ tên, số định danh hay số điện thoại.');
    expect(survey.text()).toContain(codes().resultReady);
  });

  it('renders an agency’s own 3-point survey as the API defines it', async () => {
    const survey = await mount(`dossier="${codes().customSurvey}"`);
    await survey.until('ready');
    expect(survey.heading()).toBe('Khảo sát nhanh của UBND quận Hải Châu');
    expect(survey.questions()).toHaveLength(3);
    const overall = survey.question('đánh giá chung');
    expect(survey.radios(overall)).toHaveLength(3);
    expect(survey.textarea(survey.question('Đề xuất')).maxLength).toBe(500);
  });

  it('in English, shows the statutory survey in English and an agency’s own survey as written', async () => {
    const statutory = await mount(`dossier="${codes().resultReady}"`, 'en');
    await statutory.until('ready');
    expect(statutory.heading()).toBe(
      'How satisfied are you with how your application was handled?',
    );
    expect(statutory.legend(statutory.question('Attitude of the staff'))).toContain('(required)');
    expect(statutory.button('Send rating')).toBeTruthy();
    const custom = await mount(`dossier="${codes().customSurvey}"`, 'en');
    await custom.until('ready');
    expect(custom.heading()).toBe('Khảo sát nhanh của UBND quận Hải Châu');
    expect(custom.button('Send rating')).toBeTruthy();
  });

  it('follows a language change of the page', async () => {
    const survey = await mount(`dossier="${codes().resultReady}"`);
    await survey.until('ready');
    survey.element.parentElement!.lang = 'en';
    await expect.poll(() => survey.heading()).toContain('How satisfied');
  });
});

describe('keyboard only', () => {
  it('completes and sends the statutory survey with Tab, arrows, Space and Enter', async () => {
    const code = codes().resultReady;
    const survey = await mount(`dossier="${code}"`);
    await survey.until('ready');
    const submitted: DvcSurveySubmittedEvent[] = [];
    survey.element.addEventListener('dvc-survey-submitted', (e) => submitted.push(e));

    const groups = survey.questions().filter((q) => q.localName === 'fieldset');
    (document.activeElement as HTMLElement | null)?.blur();
    for (const group of groups) {
      await userEvent.keyboard('{Tab}');
      // Tab lands on the group's first radio; arrows move and select within the group.
      expect(deepActiveElement()).toBe(survey.radios(group)[0]);
      await userEvent.keyboard('{ArrowRight}');
      await userEvent.keyboard('{ArrowRight}');
      expect(survey.radios(group)[2]!.checked).toBe(true);
    }
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()?.localName).toBe('textarea');
    await userEvent.keyboard('Cán bộ nhiệt tình');
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()).toBe(survey.submitButton());
    await userEvent.keyboard('{Enter}');

    await survey.until('submitted');
    expect(survey.heading()).toBe('Cảm ơn bạn đã đánh giá');
    // Focus moved to the thanks heading, so a screen reader reads it.
    expect(deepActiveElement()).toBe(survey.root.querySelector('h2'));
    await expect.poll(announcements).toContain('Cảm ơn bạn đã đánh giá');
    expect(storedResponses(code)).toBe(1);
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.detail.dossier).toBe(code);
    expect(submitted[0]!.detail.receiptId).toMatch(/^SR-/);
    expect(survey.text()).toContain(submitted[0]!.detail.receiptId);
  });
});

describe('validation', () => {
  it('shows a focused error summary linking to each unanswered required question, and inline errors', async () => {
    const code = codes().resultReady;
    const survey = await mount(`dossier="${code}"`);
    await survey.until('ready');
    await survey.choose(survey.question('Thời gian giải quyết'), 'Đúng thời hạn');
    await survey.submit();

    const summary = survey.summary();
    expect(summary).not.toBeNull();
    expect(deepActiveElement()).toBe(summary);
    expect(summary!.querySelector('[role=alert]')).not.toBeNull();
    expect(summary!.textContent).toContain('Vui lòng kiểm tra lại');
    const links = [...summary!.querySelectorAll('a')];
    // 5 required questions left unanswered; the answered one and the optional text are not listed.
    expect(links.map((a) => a.textContent!.trim())).toEqual([
      'Số cơ quan, tổ chức phải liên hệ để hoàn thành thủ tục',
      'Số lần phải liên hệ với cơ quan giải quyết (kể cả nộp, bổ sung hồ sơ, nhận kết quả)',
      'Thái độ của công chức tiếp nhận, giải quyết hồ sơ (lịch sự, lắng nghe, tôn trọng)',
      'Công chức hướng dẫn, cung cấp thông tin đầy đủ, dễ hiểu',
      'Kết quả giải quyết đúng quy định, thông tin chính xác',
    ]);
    await expect.poll(announcements).toContain('Vui lòng kiểm tra lại');

    // Inline: message tied to the group, radios marked invalid.
    const attitude = survey.question('Thái độ của công chức');
    expect(survey.inlineError(attitude)).toBe('Lỗi: Vui lòng chọn một câu trả lời.');
    const errorId = attitude.querySelector('.error')!.id;
    expect(attitude.getAttribute('aria-describedby')!.split(' ')).toContain(errorId);
    expect(survey.radios(attitude).every((r) => r.getAttribute('aria-invalid') === 'true')).toBe(
      true,
    );
    const time = survey.question('Thời gian giải quyết');
    expect(survey.inlineError(time)).toBe('');
    expect(survey.radios(time)[0]!.getAttribute('aria-invalid')).toBe('false');

    // A link takes focus to the first control of its question.
    await userEvent.click(links[2]!);
    expect(deepActiveElement()).toBe(survey.radios(attitude)[0]);

    // Nothing was saved or sent.
    expect(storedResponses(code)).toBe(0);
    expect(await outboxEntries()).toEqual([]);

    // Fixing the answers and sending again works, and the summary is gone.
    await survey.answerAllRequired();
    await survey.submit();
    await survey.until('submitted');
    expect(storedResponses(code)).toBe(1);
  });

  it('a listener can cancel dvc-survey-submit: nothing is saved or sent', async () => {
    const code = codes().resultReady;
    const survey = await mount(`dossier="${code}"`);
    await survey.until('ready');
    const seen: DvcSurveySubmitEvent[] = [];
    survey.element.addEventListener('dvc-survey-submit', (e) => {
      seen.push(e);
      e.preventDefault();
    });
    await survey.answerAllRequired();
    await survey.submit();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.detail.dossier).toBe(code);
    expect(seen[0]!.detail.response.surveyId).toBe('tt01-2018');
    // Only the dossier code and answers: nothing about the person.
    expect(Object.keys(seen[0]!.detail.response).sort()).toEqual(['answers', 'surveyId']);
    expect(survey.element.state).toBe('ready');
    expect(await outboxEntries()).toEqual([]);
    expect(storedResponses(code)).toBe(0);
  });
});

describe('character counter', () => {
  it('shows the characters left and announces them politely only near the limit, once typing pauses', async () => {
    const survey = await mount(`dossier="${codes().customSurvey}"`);
    await survey.until('ready');
    const question = survey.question('Đề xuất');
    const textarea = survey.textarea(question);
    const counter = () => question.querySelector('.counter')!.textContent!.trim();
    expect(counter()).toBe('Còn 500 ký tự');
    expect(survey.text()).toContain('Tối đa 500 ký tự.');

    await userEvent.click(textarea);
    await userEvent.keyboard('abc');
    expect(counter()).toBe('Còn 497 ký tự');
    await new Promise((r) => setTimeout(r, 1300));
    // Far from the limit: nothing said.
    expect(announcements()).not.toContain('ký tự');

    await userEvent.fill(textarea, 'x'.repeat(495));
    await userEvent.keyboard('yy');
    expect(counter()).toBe('Còn 3 ký tự');
    // Not on every keystroke: nothing until the pause.
    expect(announcements()).not.toContain('Còn 3 ký tự');
    await expect.poll(announcements, { timeout: 3000 }).toContain('Còn 3 ký tự');
    expect(announcements()).not.toContain('Còn 4 ký tự');

    await userEvent.keyboard('zzzz');
    expect(textarea.value).toHaveLength(500);
    expect(counter()).toBe('Đã đạt giới hạn 500 ký tự');
  });
});

describe('states', () => {
  it('says a dossier was already rated, with the receipt', async () => {
    const survey = await mount(`dossier="${codes().surveyAnswered}"`);
    await survey.until('answered');
    expect(survey.heading()).toBe('Hồ sơ này đã được đánh giá');
    expect(survey.text()).toMatch(/Mã biên nhận: \S+/);
    expect(survey.root.querySelector('form')).toBeNull();
  });

  it('says when a dossier cannot be rated yet', async () => {
    const survey = await mount(`dossier="${codes().processing}"`);
    await survey.until('error');
    expect(survey.heading()).toBe('Chưa thể đánh giá hồ sơ này');
  });

  it('explains a missing or malformed dossier code instead of a blank box', async () => {
    const none = await mount('');
    await none.until('error');
    expect(none.heading()).toBe('Thiếu mã hồ sơ');
    const bad = await mount('dossier="abc"');
    await bad.until('error');
    expect(bad.text()).toContain('Mã hồ sơ “ABC” không đúng định dạng');
  });

  it('a failed load shows what to do and a retry that works', async () => {
    const code = codes().resultReady;
    faultOnLoad(code, 'status=404', 1);
    const survey = await mount(`dossier="${code}"`);
    await survey.until('error');
    expect(survey.heading()).toBe('Không tải được phiếu đánh giá');
    expect(survey.text()).toContain('Không tìm thấy thông tin bạn yêu cầu.');
    await userEvent.click(survey.button('Thử lại'));
    await survey.until('ready');
    // The retry button is gone: focus goes to the survey's heading, not to the page body.
    expect(deepActiveElement()).toBe(survey.root.querySelector('h2'));

    // A body that breaks the contract (the client retries nothing here): a clear message, then retry.
    faultOnLoad(code, 'malformed', 1);
    survey.element.dossier = codes().refunded;
    await survey.until('ready');
    survey.element.dossier = code;
    await survey.until('error');
    expect(survey.text()).toContain('Phiếu đánh giá nhận được không hợp lệ');
    await userEvent.click(survey.button('Thử lại'));
    await survey.until('ready');
  });

  it('reserves its space while loading, so the page does not jump', async () => {
    const code = codes().resultReady;
    faultOnLoad(code, 'latency=1500');
    const survey = await mount(`dossier="${code}"`);
    await survey.until('loading');
    const base = survey.root.querySelector<HTMLElement>('[part=base]')!;
    expect(base.getBoundingClientRect().height).toBeGreaterThanOrEqual(300);
    expect(base.getAttribute('aria-busy')).toBe('true');
  });
});

describe('language of parts (WCAG 3.1.2)', () => {
  /** The `lang` that applies to each text node reading `text`, inside the widget (null: the page's). */
  function langOf(root: ShadowRoot, text: string): (string | null)[] {
    const found: (string | null)[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeValue?.trim() !== text) continue;
      found.push(node.parentElement!.closest('[lang]')?.getAttribute('lang') ?? null);
    }
    return found;
  }

  /** Every text of a survey definition, as the API sent it. */
  async function apiTexts(code: string): Promise<string[]> {
    const state = await createClient({ baseUrl: '/v1', retry: false }).surveys.get(code);
    const definition = state.definition!;
    return [
      definition.title,
      definition.description,
      ...definition.questions.flatMap((q) => [
        q.label,
        q.help,
        ...(q.type === 'rating'
          ? q.labels
          : q.type === 'single_choice'
            ? q.options.map((o) => o.label)
            : []),
      ]),
    ].filter((text): text is string => !!text);
  }

  it('in English, the custom survey (title, questions, options, error summary) is marked Vietnamese', async () => {
    const code = codes().customSurvey;
    const texts = await apiTexts(code);
    const survey = await mount(`dossier="${code}"`, 'en');
    await survey.until('ready');
    await survey.submit(); // the error summary repeats the labels
    for (const text of texts) {
      const langs = langOf(survey.root, text);
      expect(langs.length, text).toBeGreaterThan(0);
      expect(langs, text).toEqual(langs.map(() => 'vi'));
    }
    expect(survey.summary()!.querySelectorAll('li[lang="vi"] a').length).toBeGreaterThan(0);
    // The widget's own words stay English.
    expect(langOf(survey.root, 'Send rating')).toEqual([null]);
    expect(langOf(survey.root, '(required)').every((l) => l === null)).toBe(true);
  });

  it("in English, the statutory survey is the widget's own English: nothing is marked", async () => {
    const survey = await mount(`dossier="${codes().resultReady}"`, 'en');
    await survey.until('ready');
    expect(survey.heading()).toContain('How satisfied');
    await survey.submit();
    expect(survey.root.querySelectorAll('[lang]')).toHaveLength(0);
  });

  it.each(['customSurvey', 'resultReady'] as const)(
    'in Vietnamese nothing needs marking (%s)',
    async (key) => {
      const code = codes()[key];
      const texts = await apiTexts(code);
      const survey = await mount(`dossier="${code}"`, 'vi');
      await survey.until('ready');
      await survey.submit();
      for (const text of texts) expect(langOf(survey.root, text).length, text).toBeGreaterThan(0);
      expect(survey.root.querySelectorAll('[lang]')).toHaveLength(0);
    },
  );
});
