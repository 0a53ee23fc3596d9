import type { PanelId } from '../../config/mechanisms.ts';
import { LazyCookiesPanel, LazyQueryStringPanel, LazyUrlPathPanel, LazyWebStoragePanel } from './lazy-panels.tsx';

/** The panel for a PanelId: one lookup, used by lessons and the compare view alike. */
export function StoragePanel({ id, highlight }: { readonly id: PanelId; readonly highlight?: readonly string[] | undefined }) {
  switch (id) {
    case 'query':
      return <LazyQueryStringPanel highlight={highlight} />;
    case 'path':
      return <LazyUrlPathPanel highlight={highlight} />;
    case 'localStorage':
    case 'sessionStorage':
      return <LazyWebStoragePanel area={id} highlight={highlight} />;
    case 'cookies':
      return <LazyCookiesPanel highlight={highlight} />;
  }
}
