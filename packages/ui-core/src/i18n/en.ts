import type { Catalog } from './catalog';

/**
 * The English catalog. Typed as {@link Catalog}, so it has exactly the keys
 * of the Vietnamese one; a test checks the placeholders match too.
 *
 * @summary English messages shared by every dvc-kit widget.
 */
export const en: Catalog = {
  loading: 'Loading…',
  retry: 'Try again',
  retrying: 'Trying again…',
  retryIn: {
    one: 'Trying again in {count} second',
    other: 'Trying again in {count} seconds',
  },
  errorGeneric: 'Something went wrong. Please try again later.',
  errorNetwork: 'Could not connect. Please check your connection and try again.',
  errorTimeout: 'The server took too long to respond. Please try again.',
  errorNotFound: 'We could not find what you asked for.',
  errorTooManyRequests: 'The service is busy. Please try again in a few minutes.',
  offline: 'You are offline. This information will update when you are back online.',
  backOnline: 'You are back online.',
  lastUpdatedAt: 'Last updated at {time}',
  timeRemaining: '{duration} left',
  expired: 'Expired',
  opensInNewTab: '(opens in a new tab)',
  signInWith: 'Sign in with {provider}',
  signOut: 'Sign out',
  signedInAs: 'Signed in as {name}',
  dossierCode: 'Dossier code',
};
