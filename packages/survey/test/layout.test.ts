/**
 * How it looks and fits: touch targets, reflow at 320 px, themes, forced
 * colours, and the dossier and client taken from <dvc-context>.
 */
import '@dvc-kit/ui-core/define/dvc-context';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from './support/axe';
import { mountSurvey, unmountAll } from './support/harness';
import {
  clearOutbox,
  codes,
  goOffline,
  goOnline,
  startMock,
  storedResponses,
} from './support/mock';
import './support/browser-commands';

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
