// The interface languages. The bottom of the renderer: state, features and the scene import it.

export type Language = 'en' | 'zh' | 'ru';
export const LANGUAGES: readonly Language[] = ['en', 'zh', 'ru'];
