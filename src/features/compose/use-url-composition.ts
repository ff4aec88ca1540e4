import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { readUrlParameters, type UrlComposition } from '../../domain/request/url-parameters';
import { setAutologin } from '../../lib/autologin';
import { takeRelaunch } from '../../lib/relaunch';
import { replaceComposition } from '../../state/composition-history-store';

/**
 * Applies the documented URL parameters once, on arrival, then clears them from the address bar
 * so a reload keeps the person's later edits instead of re-applying the link. A launch tried again
 * by a reload arrives the same way, as an autostart.
 */
export function useUrlComposition(): UrlComposition | undefined {
  const navigate = useNavigate();
  const [composition] = useState(() => {
    const read = readUrlParameters(new URLSearchParams(window.location.search));
    if (read) {
      replaceComposition(read.request, 'the link you opened');
      try {
        setAutologin(read.autologin);
      } catch {
        // Session storage refuses writes: the launch that follows meets the same refusal and says
        // so where a click would (StartPanel), instead of this initializer taking the screen down.
      }
      return read;
    }
    // A "Try again" that reloaded the page (src/lib/relaunch.ts): the same launch, afresh.
    const relaunch = takeRelaunch();
    if (!relaunch) return undefined;
    replaceComposition(relaunch, 'the launch you tried again');
    return { request: relaunch, autostart: true, autologin: false, problems: [] };
  });
  useEffect(() => {
    if (composition) void navigate('/', { replace: true });
  }, [composition, navigate]);
  return composition;
}
