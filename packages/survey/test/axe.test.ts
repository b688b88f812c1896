/**
 * The first test of the widget: axe finds no violation in any state, in
 * Vietnamese and in English, against the real mock backend.
 */
import { afterEach, beforeAll, beforeEach, describe, it } from 'vitest';
import { statutorySurvey } from '../src/statutory';
import { expectNoAxeViolations } from './support/axe';
import { mountSurvey, unmountAll, type SurveyHarness } from './support/harness';
import {
  clearOutbox,
  codes,
  faultOnLoad,
  faultOnSubmit,
  goOffline,
  goOnline,
  startMock,
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

const langs = ['vi', 'en'] as const;

async function mount(lang: string, attrs: string): Promise<SurveyHarness> {
  return mountSurvey(
    `<main lang="${lang}"><dvc-survey api-base="/v1" ${attrs}></dvc-survey></main>`,
  );
}

describe.each(langs)('axe (%s)', (lang) => {
  it('loading', async () => {
    const code = codes().resultReady;
    faultOnLoad(code, 'latency=2000');
    const survey = await mount(lang, `dossier="${code}"`);
    await survey.until('loading');
    await expectNoAxeViolations(survey.element.parentElement!, 'loading');
  });

  it('ready (statutory), with validation errors, submitting, submitted', async () => {
    const code = codes().resultReady;
    const survey = await mount(lang, `dossier="${code}"`);
    await survey.until('ready');
    await expectNoAxeViolations(survey.element.parentElement!, 'ready');
    await survey.submit();
    await expectNoAxeViolations(survey.element.parentElement!, 'errors');
    await survey.answerAllRequired();
    faultOnSubmit(code, 'latency=1500');
    await survey.submit();
    await survey.until('submitting');
    await expectNoAxeViolations(survey.element.parentElement!, 'submitting');
    await survey.until('submitted');
    await expectNoAxeViolations(survey.element.parentElement!, 'submitted');
  });

  it('ready (custom 3-point survey)', async () => {
    const survey = await mount(lang, `dossier="${codes().customSurvey}"`);
    await survey.until('ready');
    await expectNoAxeViolations(survey.element.parentElement!, 'custom');
  });

  it('queued', async () => {
    const survey = await mount(lang, `dossier="${codes().refunded}"`);
    await survey.until('ready');
    await survey.answerAllRequired();
    goOffline();
    await survey.submit();
    await survey.until('queued');
    await expectNoAxeViolations(survey.element.parentElement!, 'queued');
  });

  it('already answered', async () => {
    const survey = await mount(lang, `dossier="${codes().surveyAnswered}"`);
    await survey.until('answered');
    await expectNoAxeViolations(survey.element.parentElement!, 'answered');
  });

  it('errors: load failed, not available, no dossier, answers refused', async () => {
    goOffline();
    const failed = await mount(lang, `dossier="${codes().resultReady}"`);
    await failed.until('error');
    await expectNoAxeViolations(failed.element.parentElement!, 'load error');
    goOnline({ event: false });
    unmountAll();

    const early = await mount(lang, `dossier="${codes().paymentPending}"`);
    await early.until('error');
    await expectNoAxeViolations(early.element.parentElement!, 'not available');
    unmountAll();

    const none = await mount(lang, '');
    await none.until('error');
    await expectNoAxeViolations(none.element.parentElement!, 'no dossier');
    unmountAll();

    // The custom-survey dossier refuses the statutory answers (400): kept, shown as refused.
    const refused = await mount(lang, `dossier="${codes().customSurvey}"`);
    refused.element.definition = statutorySurvey();
    await refused.until('ready');
    await refused.answerAllRequired();
    await refused.submit();
    await refused.until('error');
    await expectNoAxeViolations(refused.element.parentElement!, 'refused');
  });

  it('kiosk: thanks with countdown, then waiting for the next dossier', async () => {
    const code = codes().levelOneResultReady;
    const survey = await mount(lang, `kiosk kiosk-reset="1" dossier="${code}"`);
    await survey.until('ready');
    await expectNoAxeViolations(survey.element.parentElement!, 'kiosk form');
    await survey.answerAllRequired();
    await survey.submit();
    await survey.until('submitted');
    await expectNoAxeViolations(survey.element.parentElement!, 'kiosk thanks');
    await survey.until('idle');
    await expectNoAxeViolations(survey.element.parentElement!, 'kiosk idle');
  });
});
