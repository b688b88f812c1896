/**
 * `<script type="module" src="…/dvc-survey.js">`: registers `<dvc-survey>`.
 *
 * @packageDocumentation
 */
import '@dvc-kit/survey/define';

export { DvcSurvey } from '@dvc-kit/survey';
