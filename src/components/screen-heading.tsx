import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useDocumentTitle } from './use-document-title';

/**
 * A screen's one h1. It names the page in the browser tab, and after a navigation inside the app
 * it takes the focus, so keyboard and screen-reader users start on the new screen, not on the link
 * they left (the first page load keeps the browser's own starting point).
 */
export function ScreenHeading({ title }: { title: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  useDocumentTitle(title);
  useEffect(() => {
    if (key !== 'default') heading.current?.focus({ preventScroll: false });
  }, [key]);
  return (
    <h1 className="page-title" tabIndex={-1} ref={heading}>
      {title}
    </h1>
  );
}
