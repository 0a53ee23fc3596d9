import { useState } from 'react';
import { useHref, useLocation } from 'react-router-dom';
import { appKeys } from '../../../config/app-keys.ts';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';
import { StorageLabBasics } from '../../../components/lesson/demos/storage-lab-basics.tsx';

/** The request a page would send: cookies ride along, localStorage never does. */
function RequestPreview() {
  const [request, setRequest] = useState<string | null>(null);
  const build = (): void => {
    const cookies = document.cookie;
    const lines = [`GET ${window.location.pathname} HTTP/1.1`, `Host: ${window.location.host}`, 'Accept: text/html'];
    if (cookies !== '') lines.push(`Cookie: ${cookies}`);
    setRequest(lines.join('\n'));
  };
  return (
    <div className="request-preview">
      <button type="button" onClick={build}>
        Show the request this page would send
      </button>
      {request !== null ? (
        <>
          <pre className="http-request" aria-label="Request this page would send">
            {request}
          </pre>
          <p className="muted">
            Built from this tab’s real URL and <code>document.cookie</code> (not sent anywhere). Your localStorage values appear nowhere in it: no
            header carries them.
          </p>
        </>
      ) : null}
    </div>
  );
}

export function LocalStorageLab() {
  const here = useHref(useLocation().pathname);
  return (
    <DemoFrame title="localStorage lab">
      <StorageLabBasics area="localStorage" storageKey={appKeys.favColor} label="Color to remember" saveLabel="Save to localStorage">
        <a href={here} target="_blank" rel="noopener">
          Open this page in a new tab
        </a>
      </StorageLabBasics>
      <RequestPreview />
    </DemoFrame>
  );
}
