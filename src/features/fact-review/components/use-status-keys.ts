import { useEffect, useRef } from 'react';

import type { ReviewStatus } from '../../../contract/api';

/** The review keys: one per status, plus save and save-and-next. */
export const STATUS_KEYS: Record<string, ReviewStatus> = { o: 'open', v: 'verified', d: 'disputed', x: 'dismissed' };
export const KEY_OF_STATUS: Record<ReviewStatus, string> = { open: 'o', verified: 'v', disputed: 'd', dismissed: 'x' };

/** Where a typed letter is text, not a command: text fields, selects and editable content. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target.tagName === 'INPUT' && !['radio', 'checkbox', 'button', 'submit'].includes((target as HTMLInputElement).type);
}

/**
 * Keyboard shortcuts of the review form, page-wide except while typing: o/v/d/x set the status,
 * s saves, n saves and goes to the next open conflict.
 */
export function useStatusKeys(handlers: { status: (s: ReviewStatus) => void; save: () => void; saveAndNext: () => void }) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      const status = STATUS_KEYS[key];
      if (status) latest.current.status(status);
      else if (key === 's') latest.current.save();
      else if (key === 'n') latest.current.saveAndNext();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
