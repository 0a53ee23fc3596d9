/**
 * The longest text the Flask tool takes into its boxes (and from a shared link): 64 KiB.
 * Browsers keep at most 4096 bytes of name and value per cookie (RFC 6265bis, "Cookie Name and
 * Value Limits": https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-cookie-name-and-value-limits),
 * so a real session cookie — even a whole copied Cookie header — fits many times over, while a
 * pasted megabyte cannot make decoding and display take seconds.
 */
export const INPUT_MAX_CHARS = 64 * 1024;

/** The "own guesses" box: longer lists belong in a word list file, which is streamed, not held. */
export const GUESS_LIST_MAX_CHARS = 256 * 1024;
