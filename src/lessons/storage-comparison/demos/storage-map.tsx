import { useId } from 'react';
import { strategies } from '../../../content/strategies.ts';
import type { PanelId } from '../../../config/mechanisms.ts';
import './storage-map.css';

const STORES: readonly { readonly id: PanelId; readonly reads: string; readonly travels: string }[] = [
  { id: 'sessionStorage', reads: 'scripts in this one tab', travels: 'never leaves the browser' },
  { id: 'localStorage', reads: 'scripts in every tab of the origin', travels: 'never leaves the browser' },
  { id: 'cookies', reads: 'the server, and scripts unless HttpOnly', travels: 'goes with every matching request' },
];

function StoreBox({ id, reads, travels }: (typeof STORES)[number]) {
  const facts = strategies[id];
  return (
    <div className={`storage-map-store storage-map-${id}`}>
      <p className="storage-map-name">{facts.name}</p>
      <dl>
        <dt>Lives in</dt>
        <dd>{facts.lives}</dd>
        <dt>Read by</dt>
        <dd>{reads}</dd>
        <dt>Travels?</dt>
        <dd>{travels}</dd>
      </dl>
    </div>
  );
}

/** A picture of where each store lives, who can read it and whether it travels (HTML, so it reads out in order). */
export function StorageMap() {
  const captionId = useId();
  const [session, local, cookies] = STORES;
  return (
    <figure className="storage-map" aria-labelledby={captionId}>
      <div className="storage-map-row">
        <div className="storage-map-browser">
          <p className="storage-map-label">Your browser</p>
          <div className="storage-map-tabs">
            <div className="storage-map-tab">
              <p className="storage-map-label">Tab 1</p>
              {session ? <StoreBox {...session} /> : null}
            </div>
            <div className="storage-map-tab">
              <p className="storage-map-label">Tab 2</p>
              <p className="storage-map-note">its own sessionStorage</p>
            </div>
          </div>
          {local ? <StoreBox {...local} /> : null}
          {cookies ? <StoreBox {...cookies} /> : null}
        </div>
        <p className="storage-map-wire">
          <span aria-hidden="true">⇄</span> HTTP request carries the <code>Cookie</code> header <span aria-hidden="true">⇄</span>
        </p>
        <div className="storage-map-server">
          <p className="storage-map-label">The server</p>
          <p className="storage-map-note">sees the URL and the cookies — never web storage</p>
        </div>
      </div>
      <figcaption id={captionId}>
        Where each store lives: sessionStorage inside one tab, localStorage shared by every tab of the origin, cookies in the browser’s jar and sent to
        the server with each request.
      </figcaption>
    </figure>
  );
}
