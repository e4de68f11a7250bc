import { officeMayHost, readPageSigns, type PageSigns } from '../../src/taskpane/boot/office-host-signs';

const plainTab: PageSigns = { search: '', windowName: '', sessionHostInfo: null, framed: false, hostObjects: false };

describe('officeMayHost: a page goes without office.js only when no Office host can be around it', () => {
  it.each<[string, Partial<PageSigns>, boolean]>([
    ['a plain browser tab', {}, false],
    ['a plain tab with ?lang=en', { search: '?lang=en' }, false],
    ['a window name that is not JSON', { windowName: 'main' }, false],
    ['a JSON window name without hostInfo', { windowName: '{"other":1}' }, false],
    ['a search that only mentions host_Info in another parameter value', { search: '?q=x_host_Info' }, false],
    ['Excel on Windows (the _host_Info query office.js reads)', { search: '?_host_Info=Excel$Win32$16.01$ja-JP$$$$0' }, true],
    ['_host_Info after another parameter', { search: '?lang=en&_host_Info=Excel$Mac$16.00$en-US' }, true],
    ['host info kept in window.name by Office', { windowName: '{"hostInfo":"Excel|Web|16.00|ja-JP"}' }, true],
    ['host info kept in session storage after a navigation', { sessionHostInfo: 'Excel$Win32$16.01$ja-JP' }, true],
    ['any frame (Office on the web)', { framed: true }, true],
    ['host objects on the window (desktop Office, WebView2, WKWebView)', { hostObjects: true }, true],
  ])('%s → hosted: %s', (_name, signs, hosted) => {
    expect(officeMayHost({ ...plainTab, ...signs })).toBe(hosted);
  });
});

/** A window-like object with only what readPageSigns looks at. */
function fakeWindow(extra: Record<string, unknown> = {}): Window {
  const win: Record<string, unknown> = {
    location: { search: '?lang=ja' },
    name: '',
    sessionStorage: { getItem: () => null },
    external: {},
    ...extra,
  };
  win.self = win;
  if (!('top' in extra)) win.top = win;
  return win as unknown as Window;
}

describe('readPageSigns', () => {
  it('reads a plain tab as plain', () => {
    expect(readPageSigns(fakeWindow())).toEqual({ ...plainTab, search: '?lang=ja' });
  });

  it.each<[string, Record<string, unknown>, keyof PageSigns]>([
    ['WebView2 (Excel on Windows)', { chrome: { webview: {} } }, 'hostObjects'],
    ['WKWebView (Excel on Mac and iPad)', { webkit: { messageHandlers: {} } }, 'hostObjects'],
    ['desktop Office host object', { external: { GetContext: () => ({}) } }, 'hostObjects'],
    ['Office sandbox host info', { external: { GetHostInfo: () => 'Excel$Win32' } }, 'hostObjects'],
    ['agaveHost', { agaveHost: {} }, 'hostObjects'],
    ['a frame', { top: {} }, 'framed'],
  ])('sees %s', (_name, extra, sign) => {
    expect(readPageSigns(fakeWindow(extra))[sign]).toBeTruthy();
  });

  it('counts what it cannot read as a sign of a host (never sends Excel away by mistake)', () => {
    const win = fakeWindow();
    Object.defineProperty(win, 'top', { get: () => { throw new Error('cross-origin'); } });
    Object.defineProperty(win, 'sessionStorage', { get: () => { throw new Error('denied'); } });
    const signs = readPageSigns(win);
    expect(signs.framed).toBe(true);
    expect(signs.sessionHostInfo).not.toBeNull();
    expect(officeMayHost(signs)).toBe(true);
  });
});
