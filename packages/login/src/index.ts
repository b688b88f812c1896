/**
 * @dvc-kit/login — `<dvc-login>`: sign in with VNeID and other digital-ID
 * providers. Import `@dvc-kit/login/define` to register the tag.
 *
 * @packageDocumentation
 */
export { DvcLogin } from './login';
export {
  DvcLoginErrorEvent,
  DvcLoginStartEvent,
  DvcLoginSuccessEvent,
  DvcLogoutEvent,
  type LoginCitizen,
  type LoginErrorCode,
  type LoginMode,
} from './events';
export { BUILT_IN_PROVIDERS, DEFAULT_PROVIDERS, type LoginProvider } from './providers';
