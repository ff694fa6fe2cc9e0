import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, commas and newlines inside quotes, CRLF and a BOM', () => {
    const text = '\uFEFFemail,name\r\n"a@example.com","Silva, Ana ""Nina"""\r\nb@example.com,"two\nlines"\n\n';
    expect(parseCsv(text)).toEqual([
      ['email', 'name'],
      ['a@example.com', 'Silva, Ana "Nina"'],
      ['b@example.com', 'two\nlines'],
    ]);
  });

  it('keeps empty trailing fields', () => {
    expect(parseCsv('a,b,c\n1,,\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', ''],
    ]);
  });
});
