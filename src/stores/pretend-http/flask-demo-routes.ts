import type { PretendRequest, PretendResponse, SiteRoutes } from './http-types.ts';
import { formatSetCookie, parseCookieHeader } from './cookie-header-codec.ts';
import { textResponse } from './pretend-response.ts';
import { setCookieEchoRoute } from './shared-routes.ts';

/** The value `/later-cookie` shows when the request carried no `fav_color` cookie. */
export const UNSET = '<unset>';

function home(): PretendResponse {
  return textResponse(
    "Hello! I'm a goldfish server: I remember nothing between requests.\nEvery request is the first time we meet.",
  );
}

/** Stateless on purpose: the server knows only what this one request carries. */
function greet(request: PretendRequest): PretendResponse {
  const name = new URL(request.url).searchParams.get('name')?.trim() ?? '';
  if (name === '') {
    return textResponse(
      "Hello, stranger! This request carried no name, so I don't know who you are.\nHTTP is a goldfish: each request starts from nothing.",
    );
  }
  return textResponse(
    `Hello, ${name}! I only know your name because this request carried it (?name=${name}).\nAsk again without it and I will have forgotten you.`,
  );
}

/** `resp.set_cookie('fav_color', fav_color)` in the seed's Flask demo. */
function handleFormCookie(request: PretendRequest): PretendResponse {
  const color = new URL(request.url).searchParams.get('fav_color');
  if (color === null) {
    return textResponse('Bad Request\nThe form did not send fav_color.', { status: 400 });
  }
  let setCookie: string;
  try {
    setCookie = formatSetCookie('fav_color', color, { path: '/' });
  } catch {
    return textResponse('Bad Request\nThat color cannot be encoded into a cookie.', { status: 400 });
  }
  return textResponse(
    `Thanks! I asked your browser to remember that your favorite color is ${color}.\nNow visit /later-cookie: will it remember?`,
    { headers: [['Set-Cookie', setCookie]] },
  );
}

/** `request.cookies.get('fav_color', '<unset>')` in the seed's Flask demo. */
function laterCookie(request: PretendRequest): PretendResponse {
  const color = parseCookieHeader(request.headers.get('Cookie')).get('fav_color');
  if (color === undefined) {
    return textResponse(`Your favorite color is ${UNSET}.\nYour browser sent no fav_color cookie, so I have no idea.`);
  }
  return textResponse(`Your favorite color is ${color}.\nI read it from the Cookie header your browser sent.`);
}

export const FLASK_DEMO_ROUTES: SiteRoutes = {
  'GET /': home,
  'GET /greet': greet,
  'GET /handle-form-cookie': handleFormCookie,
  'GET /later-cookie': laterCookie,
  'GET /set': setCookieEchoRoute,
};
