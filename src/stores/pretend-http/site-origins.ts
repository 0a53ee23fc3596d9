/** The pretend sites' origins. Imports nothing, so the UI may import it statically. */
export const SITE_ORIGINS = {
  /** The lecture's Flask demo (`flask run` serves it on port 5000). */
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
