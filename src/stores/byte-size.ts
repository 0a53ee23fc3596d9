// Moved to src/lib/byte-size.ts; kept only while other edits in flight still import it.
export { formatBytes, utf16Bytes, utf8Bytes } from '../lib/byte-size.ts';
