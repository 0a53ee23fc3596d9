import type { StorageArea } from '../../stores/web-storage-store.ts';
import { lazyView } from '../ui/lazy-view.tsx';

/** While a panel's code loads on a client render: a panel-shaped placeholder that says so. */
const loadingPanel = (name: string) => (
  <div className="panel" aria-busy="true">
    <p className="muted">Loading the {name} panel…</p>
  </div>
);

type HighlightProps = { readonly highlight?: readonly string[] | undefined };

// Each panel is its own chunk: a step loads the code of the panels it shows, when they near the
// viewport, and none of the others'.
export const LazyQueryStringPanel = lazyView<HighlightProps>(
  'QueryStringPanel',
  () => import('./query-string-panel.tsx').then((m) => m.QueryStringPanel),
  loadingPanel('Query string'),
  { whenNear: true },
);

export const LazyUrlPathPanel = lazyView<HighlightProps>(
  'UrlPathPanel',
  () => import('./url-path-panel.tsx').then((m) => m.UrlPathPanel),
  loadingPanel('URL path'),
  { whenNear: true },
);

export const LazyWebStoragePanel = lazyView<HighlightProps & { readonly area: StorageArea }>(
  'WebStoragePanel',
  () => import('./web-storage-panel.tsx').then((m) => m.WebStoragePanel),
  loadingPanel('storage'),
  { whenNear: true },
);

// With the cookies it reads (its rules and the `cookie` library load with its first write): steps
// without a Cookies panel do not load it.
export const LazyCookiesPanel = lazyView<HighlightProps>(
  'CookiesPanel',
  () => import('./cookies-panel.tsx').then((m) => m.CookiesPanel),
  loadingPanel('Cookies'),
  { whenNear: true },
);
