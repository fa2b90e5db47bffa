import { describe, expect, it } from 'vitest';
import { localeResources } from './i18n.ts';

const LANGUAGES = ['en', 'zh', 'ru'];
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf key as a dotted path, plural suffixes folded (Russian has more forms than English). */
function leafKeys(messages: unknown, prefix = ''): string[] {
  if (typeof messages !== 'object' || messages === null) return [prefix.replace(PLURAL_SUFFIX, '')];
  return Object.entries(messages).flatMap(([key, value]) =>
    leafKeys(value, prefix ? `${prefix}.${key}` : key),
  );
}

function emptyValues(messages: unknown, prefix = ''): string[] {
  if (typeof messages === 'string') return messages.trim() === '' ? [prefix] : [];
  if (typeof messages !== 'object' || messages === null) return [prefix];
  return Object.entries(messages).flatMap(([key, value]) =>
    emptyValues(value, prefix ? `${prefix}.${key}` : key),
  );
}

const resources = localeResources();
const namespaces = [...new Set(LANGUAGES.flatMap((language) => Object.keys(resources[language] ?? {})))];

describe('i18n completeness', () => {
  it('has the workbench namespace in every language', () => {
    for (const language of LANGUAGES) expect(Object.keys(resources[language] ?? {})).toContain('workbench');
  });

  for (const namespace of namespaces) {
    it(`has every key of the ${namespace} namespace in English, Chinese and Russian, none empty`, () => {
      const keySets = LANGUAGES.map((language) => new Set(leafKeys(resources[language]?.[namespace] ?? {})));
      const all = new Set(keySets.flatMap((keys) => [...keys]));
      LANGUAGES.forEach((language, index) => {
        const missing = [...all].filter((key) => !keySets[index]?.has(key));
        expect(missing, `${language}/${namespace}.json lacks these keys`).toEqual([]);
        expect(
          emptyValues(resources[language]?.[namespace] ?? {}),
          `${language}/${namespace}.json has empty texts`,
        ).toEqual([]);
      });
    });
  }

  it('has an English text for every literal key the workbench code asks for', () => {
    // The workbench's namespaces: its own and the results views' (compare, queues, disruption).
    const english = new Set(
      ['workbench', 'results'].flatMap((namespace) => leafKeys(resources['en']?.[namespace] ?? {})),
    );
    const used = new Set<string>();
    // The workbench's own sources (the map's folders use their own namespace).
    const sources = import.meta.glob<string>(
      [
        '../**/*.{ts,tsx}',
        '!../scene/**',
        '!../features/timeline/**',
        '!../features/map-overlay/**',
        '!../features/network-editor/**',
        '!../features/experiments/**',
        '!../**/*.test.*',
      ],
      {
        eager: true,
        query: '?raw',
        import: 'default',
      },
    );
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z0-9.]+)'/g)) used.add(match[1] ?? '');
      for (const match of text.matchAll(/(?:labelKey|unitKey|key): '([a-zA-Z]+\.[a-zA-Z0-9.]+)'/g))
        used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !english.has(key))).toEqual([]);
  });

  it('has an English text for every literal key the network editor asks for', () => {
    const english = new Set(leafKeys(resources['en']?.['network'] ?? {}));
    const sources = import.meta.glob<string>(['../features/network-editor/*.tsx'], {
      eager: true,
      query: '?raw',
      import: 'default',
    });
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z0-9.]+)'/g)) used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !english.has(key))).toEqual([]);
  });

  it('has an English text for every literal key the Experiments view asks for', () => {
    const english = new Set(leafKeys(resources['en']?.['experiments'] ?? {}));
    const sources = import.meta.glob<string>(['../features/experiments/*.{ts,tsx}', '!../**/*.test.*'], {
      eager: true,
      query: '?raw',
      import: 'default',
    });
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z0-9.]+)'/g)) used.add(match[1] ?? '');
      for (const match of text.matchAll(/'(notice\.[a-zA-Z]+)'/g)) used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((key) => !english.has(key))).toEqual([]);
  });
});
