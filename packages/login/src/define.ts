import { define } from '@dvc-kit/ui-core';
import { DvcLogin } from './login';

define('dvc-login', DvcLogin);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-login': DvcLogin;
  }
}
