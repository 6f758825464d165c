import { useEffect, useLayoutEffect, useReducer } from 'preact/hooks';
import type { PageRoom } from './page-room.ts';

/** Keeps the page narrowed by the sidebar's width while it is open, following resizes of the sidebar and the window. */
export function usePageRoom(room: PageRoom, open: boolean, width: number): void {
  const [resizes, resized] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!open) return;
    window.addEventListener('resize', resized);
    return () => window.removeEventListener('resize', resized);
  }, [open]);
  // Before paint: the page narrows in the frame the sidebar appears in, and widens in the one it leaves.
  useLayoutEffect(() => {
    if (open) room.set(width, window.innerWidth);
    else room.release();
  }, [open, width, resizes]);
}
