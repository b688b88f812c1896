/**
 * `<script type="module" src="…/dvc-login.js">`: registers `<dvc-login>`.
 *
 * @packageDocumentation
 */
import '@dvc-kit/login/define';

export { DvcLogin } from '@dvc-kit/login';
