/**
 * Copying text, honestly: says whether the browser took it. The async clipboard first; without it (plain
 * http on another host, a refused permission) a selected field and the copy command, whose answer is
 * reported too. A caller offers the text to copy by hand when this returns false.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: try the older way below.
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.className = 'sr-only';
  document.body.append(field);
  try {
    field.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}
