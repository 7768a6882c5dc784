import { describe, expect, it } from 'vitest';
import { csvCell, formatCsv, type CsvCell } from '../../src/core/export/format-csv';

describe('csvCell', () => {
  const cases: { value: CsvCell; expected: string }[] = [
    { value: '森林覆盖率', expected: '森林覆盖率' },
    { value: 'a,b', expected: '"a,b"' },
    { value: '他说"好"', expected: '"他说""好"""' },
    { value: '第一行\n第二行', expected: '"第一行\n第二行"' },
    { value: 'a\r\nb', expected: '"a\r\nb"' },
    { value: '=HYPERLINK("http://x")', expected: '"\'=HYPERLINK(""http://x"")"' },
    { value: '+86 10 1234', expected: "'+86 10 1234" },
    { value: '-5%', expected: "'-5%" },
    { value: '@SUM(A1)', expected: "'@SUM(A1)" },
    { value: '\tcmd', expected: "'\tcmd" },
    { value: ' =1', expected: ' =1' },
    { value: -5, expected: '-5' },
    { value: 45.5, expected: '45.5' },
    { value: true, expected: 'true' },
    { value: null, expected: '' },
    { value: '', expected: '' },
  ];
  it.each(cases)('$value → $expected', ({ value, expected }) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('formatCsv', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    expect(formatCsv(['a', 'b'], [['x', 1], [null, 'y,z']])).toBe('\uFEFFa,b\r\nx,1\r\n,"y,z"\r\n');
  });
  it('writes only the header when there are no rows', () => {
    expect(formatCsv(['a'], [])).toBe('\uFEFFa\r\n');
  });
});
