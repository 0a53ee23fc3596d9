import type { PretendRequest, PretendResponse, SiteRoutes } from './http-types.ts';
import { formatSetCookie } from './cookie-header-codec.ts';
import { textResponse } from './pretend-response.ts';
import { describeRequestCookies, setCookieEchoRoute } from './shared-routes.ts';

function page(title: string) {
  return (request: PretendRequest): PretendResponse =>
    textResponse(`${title}\n\n${describeRequestCookies(request)}`);
}

/** Sets `favorite_food=taco` with no attributes: host-only, default path, session cookie. */
function upcomingEvents(): PretendResponse {
  return textResponse('Upcoming events: Intro to HTTP (Tuesday), Cookies and sessions (Thursday).', {
    headers: [['Set-Cookie', formatSetCookie('favorite_food', 'taco')]],
  });
}

/** An image request: a subresource, not a navigation (matters for SameSite). */
function calendarImage(request: PretendRequest): PretendResponse {
  return textResponse(`[pretend JPEG: a calendar]\n\n${describeRequestCookies(request)}`, {
    contentType: 'image/jpeg',
  });
}

export const RITHM_WWW_ROUTES: SiteRoutes = {
  'GET /': page('Rithm School'),
  'GET /upcoming-events': upcomingEvents,
  'GET /event-detail': page('Event detail: Cookies and sessions, Thursday 6pm.'),
  'GET /calendar.jpg': calendarImage,
  'GET /set': setCookieEchoRoute,
  // Path demos: `Path=/docs` matches /docs and /docs/web, not /docsets; a cookie set by
  // /docs/set without a Path gets the default path /docs.
  'GET /docs': page('Docs'),
  'GET /docs/web': page('Docs: the web'),
  'GET /docsets': page('Docsets (not under /docs)'),
  'GET /docs/set': setCookieEchoRoute,
};

export const RITHM_SHOP_ROUTES: SiteRoutes = {
  'GET /': page('Rithm School shop'),
  'GET /cart': page('Your cart'),
  'GET /set': setCookieEchoRoute,
};

/** A third-party tracking pixel: the classic cross-site cookie (`SameSite=None; Secure`). */
function trackingPixel(request: PretendRequest): PretendResponse {
  const tracker = formatSetCookie('ad_id', 'visitor-42', {
    path: '/',
    maxAge: 60 * 60 * 24 * 30,
    sameSite: 'none',
    secure: true,
  });
  return textResponse(`[pretend 1x1 GIF]\n\n${describeRequestCookies(request)}`, {
    contentType: 'image/gif',
    headers: [['Set-Cookie', tracker]],
  });
}

export const AD_NETWORK_ROUTES: SiteRoutes = {
  'GET /': page('ads.example: a third-party ad network'),
  'GET /pixel.gif': trackingPixel,
  'GET /set': setCookieEchoRoute,
};
