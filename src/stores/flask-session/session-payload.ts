import type { FlaskValue } from './flask-value.ts';
import { utf8Encode } from './cookie-parts.ts';
import { itsdangerousBase64Decode, type Base64Decoded } from './python-base64.ts';
import { sessionError, type SessionError } from './session-result.ts';
import { parseTaggedJson, serializeTaggedJson } from './tagged-json.ts';
import { DEFAULT_INFLATE_LIMIT_BYTES, inflateCapped } from './zlib-streams.ts';

export interface DecodedPayload {
  readonly ok: true;
  readonly payloadJson: string;
  readonly value: FlaskValue;
  readonly compressed: boolean;
  readonly notes: readonly string[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * URLSafeSerializerMixin.load_payload + TaggedJSONSerializer.loads: strip a
 * leading `.` (compressed), lenient base64url, zlib inflate (capped), strict
 * UTF-8, Python's json.loads, Flask's untagging. Every failure is BadPayload.
 */
export async function decodeSessionPayload(
  payload: string,
  inflateLimitBytes: number = DEFAULT_INFLATE_LIMIT_BYTES,
): Promise<DecodedPayload | SessionError> {
  const compressed = payload.startsWith('.');
  const notes: string[] = [];
  const decoded = itsdangerousBase64Decode(utf8Encode(compressed ? payload.slice(1) : payload));
  if (!decoded.ok) return sessionError('BadPayload', `Could not base64 decode the payload: ${decoded.reason}.`);
  notes.push(...leniencyNotes('payload', decoded));

  let jsonBytes = decoded.bytes;
  if (compressed) {
    const inflated = await inflateCapped(decoded.bytes, inflateLimitBytes);
    if (!inflated.ok) {
      return inflated.tooLarge
        ? sessionError('BadPayload', inflated.reason, { inflateLimitBytes: inflated.limitBytes, inflatedBytesSeen: inflated.inflatedBytesSeen })
        : sessionError('BadPayload', `Could not zlib decompress the payload: ${inflated.reason}`);
    }
    jsonBytes = inflated.bytes;
  }

  let payloadJson: string;
  try {
    payloadJson = strictUtf8.decode(jsonBytes);
  } catch {
    return sessionError('BadPayload', 'The payload is not valid UTF-8 (Python raises UnicodeDecodeError).');
  }
  const parsed = parseTaggedJson(payloadJson);
  if (!parsed.ok) return sessionError('BadPayload', `The payload is not Flask's tagged JSON: ${parsed.reason}.`);

  if (parsed.value.type !== 'dict') {
    notes.push(`The session is a JSON ${parsed.value.type}, not an object; Flask builds its session with dict(), which fails for most such values.`);
  }
  if (serializeTaggedJson(parsed.value) !== payloadJson) {
    notes.push('Flask would not write this JSON byte for byte (key order, spacing, escapes or number format differ): it was not produced by Flask as is.');
  }
  return { ok: true, payloadJson, value: parsed.value, compressed, notes };
}

export function leniencyNotes(part: string, decoded: Base64Decoded): string[] {
  if (!decoded.ok) return [];
  const notes: string[] = [];
  if (decoded.ignoredCharacters > 0) {
    notes.push(`The ${part} contains ${decoded.ignoredCharacters} character(s) outside base64; Python's lenient decoder skips them, and so do we.`);
  }
  if (decoded.stoppedAtPadding) notes.push(`Base64 decoding of the ${part} stopped at '=' padding; Python ignores what follows, and so do we.`);
  if (decoded.droppedBits) {
    notes.push(`The ${part}'s last base64 character carries bits that decoding drops: several spellings decode to the same bytes.`);
  }
  return notes;
}
