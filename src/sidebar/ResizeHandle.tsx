import { useEffect, useRef, useState } from 'preact/hooks';
import { extensionApi } from '../extension-api.ts';
import { t } from './i18n.ts';

const WIDTH_KEY = 'sidebarWidth';
const DEFAULT_WIDTH = 440;
const MIN_WIDTH = 300;

const clampWidth = (width: number) => Math.round(Math.min(Math.max(width, MIN_WIDTH), Math.max(MIN_WIDTH, window.innerWidth - 40)));

/** The sidebar's width, remembered across pages in extension storage (never the site's). */
export function useSidebarWidth(): [number, (width: number) => void, () => void] {
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  // A drag ends in a listener made when it began: it saves the latest width, not that render's.
  const latest = useRef(width);
  useEffect(() => {
    extensionApi().storage.local.get(WIDTH_KEY).then(
      (stored) => typeof stored[WIDTH_KEY] === 'number' && resize(stored[WIDTH_KEY]),
      () => undefined,
    );
  }, []);
  function resize(next: number) {
    latest.current = clampWidth(next);
    setWidth(latest.current);
  }
  const save = () => void extensionApi().storage.local.set({ [WIDTH_KEY]: latest.current }).catch(() => undefined);
  return [width, resize, save];
}

interface Props {
  width: number;
  onResize(width: number): void;
  onDone(): void;
}

/** Drag to resize; arrow keys do the same for keyboard readers. */
export function ResizeHandle({ width, onResize, onDone }: Props) {
  const onPointerDown = (event: PointerEvent) => {
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    const startX = event.clientX;
    const move = (e: PointerEvent) => onResize(width + (startX - e.clientX));
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      onDone();
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    onResize(width + (event.key === 'ArrowLeft' ? 20 : -20));
    onDone();
  };
  return (
    <div class="resize" role="separator" aria-orientation="vertical" aria-label={t('resizeLabel')} aria-valuenow={width} tabIndex={0} onPointerDown={onPointerDown} onKeyDown={onKeyDown} />
  );
}
