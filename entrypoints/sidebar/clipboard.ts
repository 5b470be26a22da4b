/**
 * Puts text on the clipboard from the sidebar frame (an extension document: the calendar page
 * never sees the text). The async Clipboard API needs the frame's `clipboard-write` permission,
 * which the embedding page may withhold; the older copy command, run on a textarea inside this
 * frame during the user's click, is the fallback.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
