/**
 * Registers `<dvc-context>`. The only module of ui-core with a side effect.
 *
 * @packageDocumentation
 */
import { define } from '../define';
import { DvcContext } from './dvc-context';

define('dvc-context', DvcContext);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-context': DvcContext;
  }
}
