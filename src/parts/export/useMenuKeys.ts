/**
 * A menu's keyboard and pointer rules (WAI-ARIA menu button): opened, its first item takes the focus
 * (the last, when the button says `data-open-at="last"`); ↑ ↓ Home End move through the items and wrap;
 * Esc closes it and returns to the button; Tab, or a click anywhere else, closes it.
 */
import { useEffect, type KeyboardEvent, type RefObject } from 'react';

export function useMenuKeys(
  menu: RefObject<HTMLElement | null>,
  button: RefObject<HTMLElement | null>,
  open: boolean,
  /** Closes the menu, and returns focus to the button when asked. */
  onClose: (focusButton: boolean) => void,
): (event: KeyboardEvent<HTMLElement>) => void {
  useEffect(() => {
    if (!open) return;
    const all = menuItems(menu.current);
    (button.current?.dataset.openAt === 'last' ? all.at(-1) : all[0])?.focus();
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) onClose(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open, menu, button, onClose]);

  return (event) => {
    const all = menuItems(menu.current);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      event.stopPropagation();
      all[(to + all.length) % all.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
    } else if (event.key === 'Tab') onClose(false);
  };
}

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
}
