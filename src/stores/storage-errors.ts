import { formatBytes } from '../lib/byte-size.ts';

export function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') {
    return error.name;
  }
  return 'Error';
}

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  return (
    error.name === 'QuotaExceededError' ||
    error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    error.code === 22 ||
    error.code === 1014
  );
}

export function blockedStorageReason(area: string, error: unknown): string {
  const name = errorName(error);
  if (name === 'SecurityError') {
    return `${area} is blocked in this browser: reading window.${area} threw SecurityError (site data is blocked, or the page runs in a sandboxed frame). Nothing can be stored here.`;
  }
  return `${area} is not available here: reading window.${area} threw ${name}.`;
}

export function quotaReason(area: string, key: string, value: string, usedBytes: number): string {
  const needed = (key.length + value.length) * 2;
  return (
    `${area} is full: the browser refused to store "${truncateForMessage(key)}" (${formatBytes(needed)} counted as UTF-16). ` +
    `This origin already uses ${formatBytes(usedBytes)}. Chromium allows 10 MiB per origin (about 5.2 million characters), ` +
    `Firefox 5 MiB. Nothing was changed.`
  );
}

export function truncateForMessage(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
