import { chooseOutputTarget, freeSheetName, sheetNameProblem } from '../../src/excel/output-sheet-name';

const user = (name: string) => ({ id: `u-${name}`, name, isOutput: false });
const output = (name: string) => ({ id: `o-${name}`, name, isOutput: true });

describe('chooseOutputTarget', () => {
  it.each([
    ['no sheet has the name', [user('表紙')], { name: '提出用シート', nameWasTaken: false }],
    ['our previous output has it', [output('提出用シート')], { name: '提出用シート', nameWasTaken: false, replaces: output('提出用シート') }],
    ['a user sheet has it', [user('提出用シート')], { name: '提出用シート (2)', nameWasTaken: true }],
    ['a user sheet has it and ours is "(2)"', [user('提出用シート'), output('提出用シート (2)')], { name: '提出用シート (2)', nameWasTaken: true, replaces: output('提出用シート (2)') }],
    ['user sheets have it and "(2)"', [user('提出用シート'), user('提出用シート (2)')], { name: '提出用シート (3)', nameWasTaken: true }],
    // An output the user renamed is theirs to keep; it is not replaced.
    ['only a renamed output exists', [output('R6 提出済み')], { name: '提出用シート', nameWasTaken: false }],
  ])('when %s', (_, sheets, expected) => {
    expect(chooseOutputTarget('提出用シート', sheets)).toEqual(expected);
  });

  it('treats names that differ only in case as the same, as Excel does', () => {
    expect(chooseOutputTarget('Submission', [user('SUBMISSION')])).toEqual({ name: 'Submission (2)', nameWasTaken: true });
  });
});

describe('freeSheetName', () => {
  it.each([
    ['提出用シート 作成中', [], '提出用シート 作成中'],
    ['提出用シート 作成中', ['提出用シート 作成中'], '提出用シート 作成中 (2)'],
    ['x'.repeat(40), [], 'x'.repeat(31)],
    ['x'.repeat(40), ['x'.repeat(31)], `${'x'.repeat(27)} (2)`],
  ])('%s with %j taken → %s', (base, taken, expected) => {
    expect(freeSheetName(base, taken)).toBe(expected);
  });
});

describe('sheetNameProblem', () => {
  it.each([
    ['提出用シート', null],
    ['', /empty/],
    ['x'.repeat(32), /longer than 31/],
    ['提出[R6]', /does not allow/],
    ["'提出", /apostrophe/],
    ['history', /reserved/],
  ])('%j', (name, expected) => {
    const problem = sheetNameProblem(name);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem?.en).toMatch(expected);
  });
});
