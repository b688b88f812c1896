/** Languages a widget speaks; each Vitest story project runs one of them. */
export const languages = ['vi', 'en'] as const;
export type StoryLang = (typeof languages)[number];
