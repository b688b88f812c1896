// A TypeScript user of the embed bundle (see tsconfig.json beside it): every
// entry's exports are typed, and importing an entry types its tags. Each
// `@ts-expect-error` is a check too: tsc fails if the line it marks compiles.
import { DvcContext } from '@dvc-kit/elements/dvc-context.js';
import { DvcLogin, DvcSurvey as DvcSurveyFromKit } from '@dvc-kit/elements/dvc-kit.js';
import type { DvcLoginSuccessEvent, LoginMode } from '@dvc-kit/elements/dvc-login.js';
import { DvcLogin as DvcLoginFromEntry } from '@dvc-kit/elements/dvc-login.js';
import type { DvcPaymentStatusChangeEvent } from '@dvc-kit/elements/dvc-payment-status.js';
import { DvcPaymentStatus } from '@dvc-kit/elements/dvc-payment-status.js';
import type { DvcSurveySubmittedEvent } from '@dvc-kit/elements/dvc-survey.js';
import { DvcSurvey } from '@dvc-kit/elements/dvc-survey.js';

/** Compiles only when `A` and `B` are the same type. */
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(value: Equal<A, B>): Equal<A, B> => value;
/** Compiles only when `value` is exactly an `Expected`: `exactly<X>()(value, true)`. */
const exactly =
  <Expected>() =>
  <Actual>(_value: Actual, _same: Equal<Actual, Expected>): void =>
    undefined;

// The classes: one class whichever entry it is imported from.
exactly<typeof DvcLogin>()(DvcLoginFromEntry, true);
exactly<typeof DvcSurvey>()(DvcSurveyFromKit, true);

// createElement(tag) is typed as the class (HTMLElementTagNameMap).
const login = document.createElement('dvc-login');
same<typeof login, DvcLogin>(true);
const payment = document.createElement('dvc-payment-status');
same<typeof payment, DvcPaymentStatus>(true);
const survey = document.createElement('dvc-survey');
same<typeof survey, DvcSurvey>(true);
const created = document.createElement('dvc-context');
exactly<DvcContext>()(created, true);
// @ts-expect-error a plain HTMLElement is not the class
same<typeof login, HTMLElement>(true);
same<HTMLElementTagNameMap['dvc-login'], DvcLogin>(true);

// Its properties are typed.
const mode: LoginMode = login.mode;
login.mode = 'public';
// @ts-expect-error not a login mode
login.mode = 'password';
const context = document.querySelector('dvc-context');
if (context) context.dossier = '000.00.17.H48-241108-0085';

// Its events are typed (GlobalEventHandlersEventMap).
login.addEventListener('dvc-login-success', (event) => {
  exactly<DvcLoginSuccessEvent>()(event, true);
});
payment.addEventListener('dvc-payment-status-change', (event) => {
  exactly<DvcPaymentStatusChangeEvent>()(event, true);
});
survey.addEventListener('dvc-survey-submitted', (event) => {
  exactly<DvcSurveySubmittedEvent>()(event, true);
});

// The classes are values too (the entries export them at runtime).
const tagged: CustomElementConstructor[] = [DvcContext, DvcLogin, DvcPaymentStatus, DvcSurvey];
export { mode, tagged };
