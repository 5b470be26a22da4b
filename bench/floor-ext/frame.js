/* global chrome */
// Paints the line it is sent and marks the frame after, as the sidebar marks 'tandem:prep-painted'.
const line = document.getElementById('line');
chrome.runtime.onMessage.addListener((message) => {
  line.textContent = `Prep for ${message.text}`;
  requestAnimationFrame(() => performance.mark('tandem:prep-painted', { detail: message }));
});
