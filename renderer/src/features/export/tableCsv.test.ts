import { describe, expect, it } from 'vitest';
import { BOM, csvCell, tableCsv } from './tableCsv.ts';

describe('tableCsv', () => {
  it('starts with a UTF-8 byte-order mark so spreadsheets read Chinese and Russian names', () => {
    const csv = tableCsv(['name'], [['青岛港'], ['Достык']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv).toContain('青岛港\r\nДостык\r\n');
  });

  it('quotes cells with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('Almaty, KZ')).toBe('"Almaty, KZ"');
    expect(csvCell('the "fast" train')).toBe('"the ""fast"" train"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });

  it('writes numbers plainly, negative ones included, and leaves missing values empty', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(1234567.25)).toBe('1234567.25');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('rounds numbers to at most 6 decimals like the command line, so 0.1 + 0.2 is 0.3', () => {
    expect(csvCell(0.1 + 0.2)).toBe('0.3');
    expect(csvCell(2 / 3)).toBe('0.666667');
    expect(csvCell(-0)).toBe('0');
    expect(csvCell(-1e-9)).toBe('0');
  });

  it('writes a header and one CRLF-ended line per row', () => {
    const csv = tableCsv(
      ['id', 'teu'],
      [
        ['qingdao-port', 10],
        ['=cmd', -1],
      ],
    );
    expect(csv).toBe(`${BOM}id,teu\r\nqingdao-port,10\r\n'=cmd,-1\r\n`);
  });
});
