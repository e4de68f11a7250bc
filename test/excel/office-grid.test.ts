import { cellValueFrom, formulaFrom, numberFormatFrom, parseAreasAddress, uncoveredRows } from '../../src/excel/office-grid';

describe('cellValueFrom', () => {
  it.each([
    [1234, 'Double', 1234],
    ['事業名', 'String', '事業名'],
    [true, 'Boolean', true],
    ['', 'Empty', null],
    ['#REF!', 'Error', { error: '#REF!' }],
    ['#N/A', 'Error', { error: '#N/A' }],
    // A text that merely looks like an error stays text: the value type decides.
    ['#REF!', 'String', '#REF!'],
    [{ type: 'Entity' }, 'RichValue', null],
  ])('%j of type %s → %j', (value, type, expected) => {
    expect(cellValueFrom(value, type)).toEqual(expected);
  });
});

describe('formulaFrom', () => {
  it.each([
    ['=SUM(B2:B9)', 120, '=SUM(B2:B9)'],
    ['=A1', '=A1', null],
    [120, 120, null],
    ['text', 'text', null],
  ])('formula %j with value %j → %j', (formula, value, expected) => {
    expect(formulaFrom(formula, value)).toBe(expected);
  });
});

describe('numberFormatFrom', () => {
  it.each([
    ['#,##0', '#,##0'],
    ['General', 'General'],
    ['', null],
    [null, null],
  ])('%j → %j', (format, expected) => {
    expect(numberFormatFrom(format)).toBe(expected);
  });
});

describe('parseAreasAddress', () => {
  it.each([
    ['Sheet1!A1:B4,Sheet1!D1:D4', [{ top: 0, left: 0, bottom: 3, right: 1 }, { top: 0, left: 3, bottom: 3, right: 3 }]],
    ["'提出, 用'!$C$3", [{ top: 2, left: 2, bottom: 2, right: 2 }]],
    ["'it''s'!A2:A3, 'it''s'!AA10", [{ top: 1, left: 0, bottom: 2, right: 0 }, { top: 9, left: 26, bottom: 9, right: 26 }]],
  ])('%s', (address, expected) => {
    expect(parseAreasAddress(address)).toEqual(expected);
  });

  it.each([['Sheet1!1:3'], ['Sheet1!A:C'], ['garbage'], ['Sheet1!B2:A1']])('returns null for %s rather than guessing', (address) => {
    expect(parseAreasAddress(address)).toBeNull();
  });
});

describe('uncoveredRows', () => {
  it('lists the rows no area reaches, within the slice only', () => {
    const areas = [
      { top: 10, left: 0, bottom: 11, right: 3 },
      { top: 14, left: 5, bottom: 30, right: 5 },
    ];
    expect(uncoveredRows(10, 8, areas)).toEqual([12, 13]);
  });
});
