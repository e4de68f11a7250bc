/**
 * The first script of taskpane.html, before office.js. In a plain browser tab (no sign of an
 * Office host) it moves to outside-excel.html, the same pane without office.js, so the
 * explanation and the demo show at once even if Microsoft's CDN hangs. Inside Office it does
 * nothing, and office.js loads in <head> as Microsoft requires.
 */
import { officeMayHost, readPageSigns } from './office-host-signs';

if (!officeMayHost(readPageSigns(window))) {
  window.location.replace(`outside-excel.html${window.location.search}${window.location.hash}`);
}
