/**
 * Registers `<dvc-survey>`. The only module of this package with a side effect.
 *
 * @packageDocumentation
 */
import { define } from '@dvc-kit/ui-core';
import { DvcSurvey } from './survey';

define('dvc-survey', DvcSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-survey': DvcSurvey;
  }
}
