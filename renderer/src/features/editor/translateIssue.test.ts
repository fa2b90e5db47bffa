import { describe, expect, it } from 'vitest';
import { i18next } from '../../i18n/i18n.ts';
import { issueText, translateIssueMessage } from './translateIssue.ts';

describe('validation messages in the chosen language', () => {
  it('translates a number out of range, keeping the bound and the value found', async () => {
    await i18next.changeLanguage('ru');
    expect(translateIssueMessage('expected a number >= 0, got -5', i18next.t)).toBe(
      'ожидается число ≥ 0 (получено -5)',
    );
    await i18next.changeLanguage('zh');
    expect(translateIssueMessage('expected an integer >= 1, got 0', i18next.t)).toBe(
      '应为 ≥ 1 的整数（实际为 0）',
    );
  });

  it('prefixes every message, and keeps an unknown pattern in English rather than dropping it', async () => {
    await i18next.changeLanguage('ru');
    const text = issueText('service "x" calls at a node with no link to the next stop', i18next.t);
    expect(text).toBe('Неверное значение: service "x" calls at a node with no link to the next stop');
    await i18next.changeLanguage('en');
    expect(issueText('expected a number >= 0, got -5', i18next.t)).toBe(
      'Invalid value: expected a number ≥ 0 (got -5)',
    );
  });

  it('translates a malformed date', async () => {
    await i18next.changeLanguage('zh');
    expect(translateIssueMessage('expected a date as YYYY-MM-DD, got "2025/01/01"', i18next.t)).toBe(
      '应为 YYYY-MM-DD 格式的日期（实际为 "2025/01/01"）',
    );
    await i18next.changeLanguage('en');
  });
});
