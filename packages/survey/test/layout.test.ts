/**
 * How it looks and fits: touch targets, reflow at 320 px, themes, forced
 * colours, and the dossier and client taken from <dvc-context>.
 */
import '@dvc-kit/ui-core/define/dvc-context';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from './support/axe';
import { mountSurvey, unmountAll, type SurveyHarness } from './support/harness';
import {
  clearOutbox,
  codes,
  goOffline,
  goOnline,
  startMock,
  storedResponses,
} from './support/mock';
import './support/browser-commands';
import { lineCount, textRanges, wordsSplitAcrossLines } from '../../../test-support/text-layout';

beforeAll(startMock);
beforeEach(async () => {
  await startMock();
  await clearOutbox();
});
afterEach(async () => {
  unmountAll();
  goOnline({ event: false });
  await commands.emulateMedia({ forcedColors: 'none' });
  await clearOutbox();
});

describe('layout', () => {
  it('touch targets are at least 44 px', async () => {
    const survey = await mountSurvey(
      `<dvc-survey api-base="/v1" dossier="${codes().resultReady}"></dvc-survey>`,
    );
    await survey.until('ready');
    for (const option of survey.root.querySelectorAll('label.option')) {
      expect(option.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    }
    const button = survey.submitButton().getBoundingClientRect();
    expect(button.height).toBeGreaterThanOrEqual(44);
    expect(button.width).toBeGreaterThanOrEqual(44);
    await survey.submit();
    for (const link of survey.summary()!.querySelectorAll('a')) {
      expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    }
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    const survey = await mountSurvey(
      `<div style="width: 320px"><dvc-survey api-base="/v1" dossier="${codes().resultReady}"></dvc-survey></div>`,
    );
    await survey.until('ready');
    await survey.submit(); // with the error summary too
    const base = survey.root.querySelector<HTMLElement>('[part=base]')!;
    expect(survey.element.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
    for (const el of survey.root.querySelectorAll('label.option, button, textarea, .summary')) {
      expect(el.getBoundingClientRect().right).toBeLessThanOrEqual(
        survey.element.getBoundingClientRect().right + 0.5,
      );
    }
  });

  it.each(['dark', 'hue'])(
    'has no axe violation in the %s theme (form with errors, queued)',
    async (theme) => {
      const survey = await mountSurvey(
        `<main data-dvc-theme="${theme}"><dvc-survey api-base="/v1" dossier="${codes().resultReady}"></dvc-survey></main>`,
      );
      await survey.until('ready');
      await survey.submit();
      await expectNoAxeViolations(survey.element.parentElement!, `${theme} errors`);
      await survey.answerAllRequired();
      goOffline();
      await survey.submit();
      await survey.until('queued');
      await expectNoAxeViolations(survey.element.parentElement!, `${theme} queued`);
    },
  );

  it('in forced colours, the chosen option keeps a visible system-colour border', async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
    const survey = await mountSurvey(
      `<dvc-survey api-base="/v1" dossier="${codes().resultReady}"></dvc-survey>`,
    );
    await survey.until('ready');
    const q = survey.question('Thái độ');
    await survey.choose(q, 'Hài lòng');
    const chosen = survey
      .radios(q)
      .find((r) => r.checked)!
      .closest('label')!;
    const other = survey
      .radios(q)
      .find((r) => !r.checked)!
      .closest('label')!;
    expect(getComputedStyle(chosen).borderTopWidth).toBe('3px');
    expect(getComputedStyle(other).borderTopWidth).not.toBe('3px');
    expect(getComputedStyle(chosen).borderTopStyle).toBe('solid');
  });
});

describe('at 320 px', () => {
  /** A 320 px screen; `gutter`: the page's own side padding (Storybook's is 1rem). */
  const narrow = (code: string, lang = 'vi', attrs = '', gutter = 0) =>
    mountSurvey(
      `<div lang="${lang}" style="width: 320px; box-sizing: border-box; padding-inline: ${gutter}px"><dvc-survey api-base="/v1" dossier="${code}" ${attrs}></dvc-survey></div>`,
    );
  const noHorizontalOverflow = (survey: SurveyHarness) => {
    const base = survey.root.querySelector<HTMLElement>('[part=base]')!;
    expect(survey.element.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
  };
  /** The longest seeded dossier code. */
  const longestCode = () => Object.values(codes()).reduce((a, b) => (b.length > a.length ? b : a));

  it.each(['vi', 'en'])(
    'the dossier code is never split across lines (%s; form, errors, queued)',
    async (lang) => {
      const code = longestCode();
      const survey = await narrow(codes().resultReady, lang);
      await survey.until('ready');
      survey.element.dossier = code;
      await expect.poll(() => survey.element.state).not.toBe('loading');
      await survey.element.updateComplete;
      const check = (when: string) => {
        const ranges = textRanges(survey.root, code);
        expect(ranges.length, when).toBeGreaterThan(0);
        for (const range of ranges) expect(lineCount(range), `${when}: ${code}`).toBe(1);
        noHorizontalOverflow(survey);
      };
      check(survey.element.state);
      // The form of a survey that is open, with its error summary, then queued.
      survey.element.dossier = codes().resultReady;
      await survey.until('ready');
      await survey.submit();
      const ready = codes().resultReady;
      for (const range of textRanges(survey.root, ready)) expect(lineCount(range)).toBe(1);
      noHorizontalOverflow(survey);
      await survey.answerAllRequired();
      goOffline();
      await survey.submit();
      await survey.until('queued');
      for (const range of textRanges(survey.root, ready)) expect(lineCount(range)).toBe(1);
      expect(textRanges(survey.root, ready).length).toBeGreaterThan(0);
      noHorizontalOverflow(survey);
    },
  );

  it.each([
    ['customSurvey', 'vi', ''],
    ['customSurvey', 'en', ''],
    ['customSurvey', 'vi', 'kiosk'],
    ['resultReady', 'vi', ''],
    ['resultReady', 'en', ''],
    ['resultReady', 'vi', 'kiosk'],
  ] as const)(
    'option labels and questions wrap only between words (%s, %s %s)',
    async (key, lang, kiosk) => {
      // The widget on the whole screen, and inside a page with 1rem gutters.
      for (const gutter of [0, 16]) {
        const survey = await narrow(codes()[key], lang, kiosk, gutter);
        await survey.until('ready');
        const options = [...survey.root.querySelectorAll('label.option')];
        expect(options.length).toBeGreaterThan(0);
        for (const el of [...options, ...survey.root.querySelectorAll('legend, label.label, h2')]) {
          const where = `${gutter}px gutters: ${el.textContent!.replace(/\s+/g, ' ').trim()}`;
          expect(wordsSplitAcrossLines(el), where).toEqual([]);
        }
        if (key === 'customSurvey') {
          expect(options.some((o) => o.textContent!.includes('Bình thường'))).toBe(true);
        }
        noHorizontalOverflow(survey);
        survey.element.parentElement!.remove();
      }
    },
  );

  it('error summary: the bullet of a two-line item is on its first line', async () => {
    const survey = await narrow(codes().resultReady);
    await survey.until('ready');
    await survey.submit();
    const items = [...survey.summary()!.querySelectorAll('li')];
    const host = survey.element.getBoundingClientRect();
    const png = await page.screenshot({ element: survey.element, save: false });
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const scale = image.naturalWidth / host.width;
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const ul = survey.summary()!.querySelector('ul')!.getBoundingClientRect();
    let twoLine = 0;
    for (const li of items) {
      const link = li.querySelector('a')!;
      const lines = [...textRanges(link, link.textContent!.trim())[0]!.getClientRects()];
      if (lines.length < 2) continue;
      twoLine += 1;
      // The marker is drawn in the list's start padding, left of the item.
      const box = li.getBoundingClientRect();
      const x0 = Math.round((ul.left - host.left) * scale);
      const x1 = Math.round((box.left - host.left) * scale);
      const y0 = Math.round((box.top - host.top) * scale);
      const y1 = Math.round((box.bottom - host.top) * scale);
      const { data } = context.getImageData(x0, y0, x1 - x0, y1 - y0);
      const background = [data[0]!, data[1]!, data[2]!];
      const inked: number[] = [];
      for (let y = 0; y < y1 - y0; y++) {
        for (let x = 0; x < x1 - x0; x++) {
          const i = (y * (x1 - x0) + x) * 4;
          const diff = [0, 1, 2].reduce((s, c) => s + Math.abs(data[i + c]! - background[c]!), 0);
          if (diff > 120) inked.push(y);
        }
      }
      expect(inked.length, 'a visible bullet').toBeGreaterThan(0);
      const middle = (Math.min(...inked) + Math.max(...inked)) / 2 / scale + box.top;
      const first = lines[0]!;
      expect(middle, link.textContent!.trim()).toBeGreaterThanOrEqual(first.top);
      expect(middle, link.textContent!.trim()).toBeLessThanOrEqual(first.bottom);
    }
    expect(twoLine, 'items on two lines or more at 320 px').toBeGreaterThan(0);
  });
});

describe('<dvc-context>', () => {
  it('takes the client and the dossier from the context; its own dossier wins', async () => {
    const survey = await mountSurvey(
      `<dvc-context api-base="/v1" dossier="${codes().customSurvey}"><dvc-survey></dvc-survey></dvc-context>`,
    );
    await survey.until('ready');
    expect(survey.heading()).toBe('Khảo sát nhanh của UBND quận Hải Châu');
    survey.element.dossier = codes().resultReady;
    await expect.poll(() => survey.heading()).toContain('Đánh giá mức độ hài lòng');
    await survey.until('ready');
    await survey.answerAllRequired();
    await userEvent.click(survey.submitButton());
    await survey.until('submitted');
    expect(storedResponses(codes().resultReady)).toBe(1);
    expect(storedResponses(codes().customSurvey)).toBe(0);
  });
});
