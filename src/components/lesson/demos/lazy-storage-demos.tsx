import { lazyDemo } from './lazy-demo.tsx';

// The demos that use the browser's real storage (URL, Web Storage, document.cookie): each lesson loads only its own.
export const LazyQueryColorFormDemo = lazyDemo('QueryColorFormDemo', () => import('./query-color-demos.tsx').then((m) => m.QueryColorFormDemo));
export const LazyQueryColorCarryDemo = lazyDemo('QueryColorCarryDemo', () => import('./query-color-demos.tsx').then((m) => m.QueryColorCarryDemo));
export const LazyQueryColorResultDemo = lazyDemo('QueryColorResultDemo', () => import('./query-color-demos.tsx').then((m) => m.QueryColorResultDemo));
export const LazyPathColorFormDemo = lazyDemo('PathColorFormDemo', () => import('./path-color-demos.tsx').then((m) => m.PathColorFormDemo));
export const LazyPathColorCarryDemo = lazyDemo('PathColorCarryDemo', () => import('./path-color-demos.tsx').then((m) => m.PathColorCarryDemo));
export const LazyPathColorResultDemo = lazyDemo('PathColorResultDemo', () => import('./path-color-demos.tsx').then((m) => m.PathColorResultDemo));
export const LazyLocalStorageLab = lazyDemo('LocalStorageLab', () => import('./local-storage-lab.tsx').then((m) => m.LocalStorageLab));
export const LazySessionStorageLab = lazyDemo('SessionStorageLab', () => import('./session-storage-lab.tsx').then((m) => m.SessionStorageLab));
export const LazyStorageMap = lazyDemo('StorageMap', () => import('./storage-map.tsx').then((m) => m.StorageMap));
export const LazyCookieFromJsDemo = lazyDemo('CookieFromJsDemo', () => import('./cookie-from-js-demo.tsx').then((m) => m.CookieFromJsDemo));
