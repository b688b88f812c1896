// What the widget takes from ui-core's main entry (Lit included).
export {
  DvcElement,
  DvcEvent,
  define,
  defineMessages,
  AnnouncerController,
} from '@dvc-kit/ui-core';
