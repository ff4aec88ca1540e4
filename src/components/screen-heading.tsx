import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { lastInputWasKeyboard } from '../state/input-modality';
import { useDocumentTitle } from './use-document-title';

/**
 * A screen's one h1. It names the page in the browser tab, and after a navigation inside the app
 * it takes the focus, so keyboard and screen-reader users start on the new screen, not on the link
 * they left (the first page load keeps the browser's own starting point). The ring is drawn only when
 * the navigation came from the keyboard: after a click, an autostart or a redirect, a screen reader
 * still starts on the heading, and a screenshot shows no ring.
 */
export function ScreenHeading({ title }: { title: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  useDocumentTitle(title);
  useEffect(() => {
    const target = heading.current;
    if (key === 'default' || !target) return;
    target.dataset.focusRing = lastInputWasKeyboard() ? 'keyboard' : 'none';
    target.focus({ preventScroll: false });
  }, [key]);
  return (
    <h1 className="page-title" tabIndex={-1} ref={heading}>
      {title}
    </h1>
  );
}
