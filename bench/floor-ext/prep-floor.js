/* global chrome */
// The prep-latency floor: when Google's details dialog shows an event (and again when its guest
// list arrives), the event id goes by runtime message to an extension frame at the sidebar's place,
// which paints one static line. What that costs is the browser's frame + message + paint, with no
// detection, no database and no rendering framework. The frame is made when the page loads, so
// it is ready before the first event opens (Tandem's is warmed up by the first press).
let frame = null;
function ensureFrame() {
  if (frame) return;
  const host = document.createElement('tandem-floor');
  const root = host.attachShadow({ mode: 'closed' });
  frame = document.createElement('iframe');
  frame.src = chrome.runtime.getURL('frame.html');
  frame.style.cssText =
    'position:fixed;top:0;right:0;width:380px;height:100vh;border:0;z-index:2147483646';
  root.append(frame);
  document.documentElement.append(host);
  // As Tandem's sidebar does in a wide window: the page makes room, so no event is under it.
  if (innerWidth >= 1100) {
    document.documentElement.style.setProperty('margin-right', '380px', 'important');
  }
}
ensureFrame();

let lastEvent = null;
let lastGuests = null;
new MutationObserver(() => {
  const dialog = document.getElementById('xDetDlg');
  const eventId = dialog ? dialog.getAttribute('data-eventid') : null;
  const guests = eventId && document.getElementById('xDetDlgAtt') ? eventId : null;
  if (eventId && eventId !== lastEvent) send(eventId);
  else if (guests && guests !== lastGuests) send(`${eventId} (guests)`);
  lastEvent = eventId;
  lastGuests = guests;
}).observe(document, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['data-eventid'],
});

function send(text) {
  ensureFrame();
  chrome.runtime.sendMessage({ text }).catch(() => undefined);
}
