import { useId, useState } from 'react';
import { FLASK_DEMO_SECRET, useFlaskDemoSession } from '../../../hooks/use-flask-demo-session.ts';
import { useFlaskVerdict } from '../../../hooks/use-flask-verdict.ts';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';
import { withFirstSignatureCharChanged, withLastSignatureCharChanged, withLastSignatureCharLenient, withPayloadJson } from './cookie-tampering.ts';
import { FlaskSessionStarter } from './flask-session-starter.tsx';
import { TamperVerdict } from './tamper-verdict.tsx';
import '../../../components/flask-session/flask-session.css';

/** Edit the session cookie and see what Flask's check says, character by character. */
export function FlaskSessionTamperDemo() {
  const session = useFlaskDemoSession();
  const [edited, setEdited] = useState<string | null>(null);
  const boxId = useId();
  const original = session.cookie ?? null;
  const cookie = edited ?? original ?? '';
  const { verdict, stale } = useFlaskVerdict(session.codec, cookie, FLASK_DEMO_SECRET, session.webCrypto === true);
  const { codec } = session;

  // Each preset starts from the real cookie, so they do not pile up.
  const makeAdmin = async (): Promise<void> => {
    if (!codec || original === null) return;
    const decoded = await codec.decodeSessionCookie(original);
    if (!decoded.ok || decoded.value.type !== 'dict') return;
    const entries = new Map(decoded.value.entries);
    entries.set('is_admin', { type: 'boolean', value: true });
    setEdited(withPayloadJson(original, codec.serializeTaggedJson({ type: 'dict', entries })));
  };
  const apply = (edit: (text: string) => string | null): void => setEdited(original === null ? null : edit(original));

  return (
    <DemoFrame title="Change the cookie, ask Flask" simulated>
      {original === null ? (
        <FlaskSessionStarter session={session} />
      ) : (
        <>
          <div className="field">
            <label htmlFor={boxId}>Cookie sent to the server</label>
            <textarea id={boxId} rows={2} className="flask-cookie-box" spellCheck={false} value={cookie} onChange={(e) => setEdited(e.target.value)} />
          </div>
          <div className="demo-row">
            <button type="button" onClick={() => void makeAdmin()} disabled={!codec}>
              Add "is_admin": true to the payload
            </button>
            <button type="button" onClick={() => apply(withFirstSignatureCharChanged)}>
              Change the signature’s first character
            </button>
            <button type="button" onClick={() => apply(withLastSignatureCharChanged)}>
              Change a data bit of its last character
            </button>
            <button type="button" onClick={() => apply(withLastSignatureCharLenient)}>
              Change only the ignored bits of its last character
            </button>
            <button type="button" className="link-button" onClick={() => setEdited(null)} disabled={edited === null}>
              Back to my real cookie
            </button>
          </div>
          <TamperVerdict verdict={stale ? null : verdict} changed={edited !== null && edited !== original} />
        </>
      )}
    </DemoFrame>
  );
}
