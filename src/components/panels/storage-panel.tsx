import type { PanelId } from '../../config/mechanisms.ts';
import { LazyCookiesPanel } from './lazy-cookies-panel.tsx';
import { QueryStringPanel } from './query-string-panel.tsx';
import { UrlPathPanel } from './url-path-panel.tsx';
import { WebStoragePanel } from './web-storage-panel.tsx';

/** The panel for a PanelId: one lookup, used by lessons and the compare view alike. */
export function StoragePanel({ id, highlight }: { readonly id: PanelId; readonly highlight?: readonly string[] | undefined }) {
  switch (id) {
    case 'query':
      return <QueryStringPanel highlight={highlight} />;
    case 'path':
      return <UrlPathPanel highlight={highlight} />;
    case 'localStorage':
    case 'sessionStorage':
      return <WebStoragePanel area={id} highlight={highlight} />;
    case 'cookies':
      return <LazyCookiesPanel highlight={highlight} />;
  }
}
