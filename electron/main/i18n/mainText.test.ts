import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/menuCommands.ts';
import { MAIN_TEXT, type MainText } from './mainText.ts';

/** Every message of a language, with sample arguments filled in. */
function render(text: MainText): Record<string, string> {
  const rendered: Record<string, string> = {};
  for (const [key, value] of Object.entries(text)) {
    if (typeof value === 'function') {
      rendered[key] = (value as (...args: unknown[]) => string)('ARG1', 'ARG2', 'ARG3', 'ARG4');
    } else if (Array.isArray(value)) {
      value.forEach((entry: string, index) => (rendered[`${key}[${index}]`] = entry));
    } else if (typeof value === 'object') {
      for (const [code, phrase] of Object.entries(value as Record<string, string>))
        rendered[`${key}.${code}`] = phrase;
    } else {
      rendered[key] = value;
    }
  }
  return rendered;
}

describe('main process messages', () => {
  const english = render(MAIN_TEXT.en);

  it('has every message in every language, none empty', () => {
    for (const language of LANGUAGES) {
      const rendered = render(MAIN_TEXT[language]);
      expect(Object.keys(rendered).sort(), language).toEqual(Object.keys(english).sort());
      for (const [key, message] of Object.entries(rendered))
        expect(message.trim(), `${language}.${key}`).not.toBe('');
    }
  });

  it('keeps every argument (file, line, column...) in every translation', () => {
    for (const language of LANGUAGES) {
      const rendered = render(MAIN_TEXT[language]);
      for (const [key, message] of Object.entries(english)) {
        for (const argument of ['ARG1', 'ARG2', 'ARG3', 'ARG4']) {
          if (message.includes(argument))
            expect(rendered[key], `${language}.${key} keeps ${argument}`).toContain(argument);
        }
      }
    }
  });

  it('translates rather than copies the English', () => {
    for (const language of ['zh', 'ru'] as const) {
      const rendered = render(MAIN_TEXT[language]);
      const copied = Object.keys(english).filter((key) => rendered[key] === english[key]);
      expect(copied, language).toEqual([]);
    }
  });
});
