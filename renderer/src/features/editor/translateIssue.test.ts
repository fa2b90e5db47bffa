import { describe, expect, it } from 'vitest';
import { i18next, localeResources } from '../../i18n/i18n.ts';
import { ISSUE_TRANSLATION_KEYS, issueText, translateIssue } from './translateIssue.ts';

const LANGUAGES = ['en', 'zh', 'ru'] as const;
const resources = localeResources();

function lookup(language: string, dotted: string): unknown {
  let node: unknown = resources[language]?.['issues'];
  for (const part of dotted.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

describe('validation issues in the chosen language, by code', () => {
  it('has a translation of every code (and each of its variants) in English, Chinese and Russian', () => {
    const missing: string[] = [];
    for (const [code, variants] of Object.entries(ISSUE_TRANSLATION_KEYS)) {
      const keys = variants.length === 0 ? [`code.${code}`] : variants.map((v) => `code.${code}.${v}`);
      for (const language of LANGUAGES) {
        for (const key of keys) {
          const text = lookup(language, key);
          if (typeof text !== 'string' || text.trim() === '') missing.push(`${language}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('translates a number out of range, keeping the bound and the value found', async () => {
    const issue = {
      code: 'number-range',
      params: { noun: 'number', op: '>=', limit: 0, got: '-5' },
      message: 'expected a number >= 0, got -5',
    } as const;
    await i18next.changeLanguage('ru');
    expect(translateIssue(issue, i18next.t)).toBe('ожидается число ≥ 0 (получено -5)');
    await i18next.changeLanguage('zh');
    expect(
      translateIssue(
        { ...issue, params: { ...issue.params, noun: 'integer', limit: 1, got: '0' } },
        i18next.t,
      ),
    ).toBe('应为 ≥ 1 的整数（实际为 0）');
    await i18next.changeLanguage('en');
    expect(issueText(issue, i18next.t)).toBe('Invalid value: expected a number ≥ 0 (got -5)');
  });

  it('translates the words among the params and keeps the quoted values', async () => {
    await i18next.changeLanguage('zh');
    const issue = {
      code: 'unknown-reference',
      params: { kind: 'node', id: '"almatyy"', suggestion: '"almaty"' },
      message: 'unknown node "almatyy" (did you mean "almaty"?)',
    } as const;
    expect(translateIssue(issue, i18next.t)).toBe('未知的节点 "almatyy"（是否指 "almaty"？）');
    await i18next.changeLanguage('en');
  });

  it('picks the variant of a count by its bound', async () => {
    await i18next.changeLanguage('ru');
    const issue = {
      code: 'item-count',
      params: { bound: 'exact', limit: 12, got: 3 },
      message: 'expected exactly 12 items, got 3',
    } as const;
    expect(translateIssue(issue, i18next.t)).toBe('ожидается ровно 12 элементов (получено 3)');
    await i18next.changeLanguage('en');
  });
});
