import type { PretendServer, PretendSites } from './http-types.ts';
import { FLASK_DEMO_ROUTES } from './flask-demo-routes.ts';
import { AD_NETWORK_ROUTES, RITHM_SHOP_ROUTES, RITHM_WWW_ROUTES } from './demo-site-routes.ts';
import { createPretendServer } from './pretend-server.ts';

export const SITE_ORIGINS = {
  /** The seed lecture's Flask demo (`flask run` serves it on port 5000). */
  flaskDemo: 'http://localhost:5000',
  /** The same Flask app reached by IP: a different host, so a different set of cookies. */
  flaskDemoByIp: 'http://127.0.0.1:5000',
  rithmWww: 'https://www.rithmschool.com',
  /** The same site over plain http, where Secure cookies are neither set nor sent. */
  rithmWwwInsecure: 'http://www.rithmschool.com',
  rithmShop: 'https://shop.rithmschool.com',
  /** A third-party site for SameSite demos (`.example` is reserved for examples). */
  adNetwork: 'https://ads.example',
} as const;

export const PRETEND_SITES: PretendSites = {
  [SITE_ORIGINS.flaskDemo]: FLASK_DEMO_ROUTES,
  [SITE_ORIGINS.flaskDemoByIp]: FLASK_DEMO_ROUTES,
  [SITE_ORIGINS.rithmWww]: RITHM_WWW_ROUTES,
  [SITE_ORIGINS.rithmWwwInsecure]: RITHM_WWW_ROUTES,
  [SITE_ORIGINS.rithmShop]: RITHM_SHOP_ROUTES,
  [SITE_ORIGINS.adNetwork]: AD_NETWORK_ROUTES,
};

export function createDefaultPretendServer(): PretendServer {
  return createPretendServer(PRETEND_SITES);
}
