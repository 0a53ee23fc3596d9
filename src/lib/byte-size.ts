const encoder = new TextEncoder();

/** UTF-8 bytes, as browsers count a cookie's name + value against the 4096-byte limit. */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** Web Storage quota is counted in UTF-16 code units (2 bytes each) in Chromium. */
export function utf16Bytes(text: string): number {
  return text.length * 2;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(2)} MiB`;
}
