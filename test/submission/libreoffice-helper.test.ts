import { parseCsv, sofficePath } from '../helpers/libreoffice';

describe('LibreOffice helper', () => {
  it.each([
    ['a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['"x,y","say ""hi"""\r\n', [['x,y', 'say "hi"']]],
    ['"two\nlines",z', [['two\nlines', 'z']]],
    ['a,,\n', [['a', '', '']]],
  ])('parses CSV %j', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('says how to install LibreOffice when soffice is nowhere to be found', () => {
    const saved = { PATH: process.env.PATH, SOFFICE: process.env.SOFFICE };
    try {
      process.env.PATH = '/nonexistent';
      delete process.env.SOFFICE;
      expect(() => sofficePath()).toThrow(/apt-get install -y libreoffice-calc-nogui/);
    } finally {
      process.env.PATH = saved.PATH;
      if (saved.SOFFICE !== undefined) process.env.SOFFICE = saved.SOFFICE;
    }
  });
});
