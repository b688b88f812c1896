export * from './common';
export * from './procedure';
export * from './page';
export * from './dossier';
export * from './payment';
export * from './survey';
export * from './session';
export * from './problem';
