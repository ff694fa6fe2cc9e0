import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, commas and newlines inside quotes, CRLF and a BOM', () => {
    const text = '\uFEFFemail,name\r\n"a@example.com","Silva, Ana ""Nina"""\r\nb@example.com,"two\nlines"\n\n';
    expect(parseCsv(text).map((row) => row.cells)).toEqual([
      ['email', 'name'],
      ['a@example.com', 'Silva, Ana "Nina"'],
      ['b@example.com', 'two\nlines'],
    ]);
  });

  it('keeps empty trailing fields', () => {
    expect(parseCsv('a,b,c\n1,,\n').map((row) => row.cells)).toEqual([
      ['a', 'b', 'c'],
      ['1', '', ''],
    ]);
  });

  it('numbers rows by the line they start on, across blank lines and multi-line fields', () => {
    const rows = parseCsv('email,name\n\nx@example.com,"Two\nLines"\ny@example.com,Y\r\n');
    expect(rows.map((row) => row.line)).toEqual([1, 3, 5]);
  });
});
