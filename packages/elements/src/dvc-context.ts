/**
 * `<script type="module" src="…/dvc-context.js">`: registers `<dvc-context>`,
 * which gives the widgets inside it one API client and dossier code.
 *
 * @packageDocumentation
 */
import '@dvc-kit/ui-core/define/dvc-context';

export { DvcContext } from '@dvc-kit/ui-core/context';
