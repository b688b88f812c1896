import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'dvc-kit — dịch vụ công trực tuyến',
    colorPrimary: '#0b4f9c',
    colorSecondary: '#0b4f9c',
  }),
});
