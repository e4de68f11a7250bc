import { paneTheme } from '../../src/taskpane/theme';

describe('paneTheme', () => {
  it.each([
    // Office's own body backgrounds: White, Colorful, Dark Gray, Black.
    ['#FFFFFF', 'light'],
    ['#E6E6E6', 'light'],
    ['#666666', 'dark'],
    ['#262626', 'dark'],
    ['1F1F1F', 'dark'],
  ] as const)("follows Office's theme: background %s is %s", (officeBackground, theme) => {
    expect(paneTheme({ forcedColors: false, officeBackground, prefersDark: false })).toBe(theme);
    // Office's theme, when it says, wins over the browser's preference.
    expect(paneTheme({ forcedColors: false, officeBackground, prefersDark: true })).toBe(theme);
  });

  it('gives high contrast whenever Windows forces colours', () => {
    expect(paneTheme({ forcedColors: true, officeBackground: '#FFFFFF', prefersDark: false })).toBe('contrast');
    expect(paneTheme({ forcedColors: true, officeBackground: null, prefersDark: true })).toBe('contrast');
  });

  it("outside Office, or when Office's colour is unreadable, follows the browser", () => {
    expect(paneTheme({ forcedColors: false, officeBackground: null, prefersDark: true })).toBe('dark');
    expect(paneTheme({ forcedColors: false, officeBackground: 'transparent', prefersDark: false })).toBe('light');
  });
});
