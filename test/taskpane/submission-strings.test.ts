import { stringsFor } from '../../src/taskpane/i18n';

describe('submission.written', () => {
  const first = { sheetName: '提出用シート', address: 'A1:N42', rows: 42, nameWasTaken: false, replacedPrevious: false };

  it('tells where the sheet went, in Japanese and in English', () => {
    expect(stringsFor('ja').submission.written(first, false)).toBe('提出用シート「提出用シート」（A1:N42、42 行）を作成しました。');
    expect(stringsFor('en').submission.written(first, false)).toBe('Submission sheet "提出用シート" created (A1:N42, 42 rows).');
  });

  it('says when a previous output sheet was replaced, and when a sheet of the user kept the name', () => {
    const replaced = { ...first, replacedPrevious: true };
    expect(stringsFor('ja').submission.written(replaced, false)).toContain('以前に作成した提出用シートを置き換えました。');
    expect(stringsFor('en').submission.written(replaced, false)).toContain('replaces the submission sheet created before');
    const renamed = { ...first, sheetName: '提出用シート (2)', nameWasTaken: true, rows: 1, address: 'A1:A1' };
    expect(stringsFor('ja').submission.written(renamed, false)).toContain('そのシートには触れず');
    expect(stringsFor('en').submission.written(renamed, false)).toBe(
      'Submission sheet "提出用シート (2)" created (A1:A1, 1 row). A sheet of that name already exists; it was left alone and the new sheet got another name.',
    );
  });

  it('says 未確定（エラーあり） when the sheet was written with errors left, wherever it went', () => {
    expect(stringsFor('ja').submission.written(first, true)).toBe('提出用シート「提出用シート」（A1:N42、42 行）を「未確定（エラーあり）」として作成しました。');
    expect(stringsFor('en').submission.written(first, true)).toContain('marked 未確定（エラーあり）');
    expect(stringsFor('ja').submission.built(true)).toContain('「未確定（エラーあり）」として作成しました');
    expect(stringsFor('ja').submission.built(false)).not.toContain('未確定');
  });
});
