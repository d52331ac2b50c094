/**
 * In an embed (`?embed=1`) every link opens the full explorer in a new tab instead of navigating
 * inside the frame: a `<base target="_blank">` while the embed is shown. The explorer's own links
 * carry no `embed`, so the tab they open is the full explorer. Jumps within the page stay in it.
 */
import { useEffect } from 'react';

export function useEmbedLinks(embed: boolean): void {
  useEffect(() => {
    if (!embed) return;
    const base = document.createElement('base');
    base.target = '_blank';
    document.head.append(base);
    // The skip link jumps within the page: it stays in the frame.
    const local = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]:not([href^="#/"])')];
    for (const link of local) link.target = '_self';
    return () => base.remove();
  }, [embed]);
}
