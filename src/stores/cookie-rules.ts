// Moved to src/lib/cookies/cookie-rules.ts; kept only while other edits in flight still import it.
export { checkCookieSize, checkCookieWrite, COOKIE_LIMITS, firstForbiddenValueChar, firstInvalidNameChar, firstNonOctetValueChar, isCookieNameToken, pathMatches, type CookieCheck, type CookieWrite, type CookieWriteContext, type SameSite } from '../lib/cookies/cookie-rules.ts';
