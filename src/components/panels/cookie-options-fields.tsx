import { useId } from 'react';
import type { SameSite } from '../../lib/cookies/cookie-rules.ts';

export interface CookieOptionsDraft {
  readonly path: string;
  readonly maxAge: string;
  readonly expires: string;
  readonly sameSite: SameSite | '';
  readonly secure: boolean;
  readonly encodeValue: boolean;
}

interface Props {
  readonly options: CookieOptionsDraft;
  readonly onChange: (options: CookieOptionsDraft) => void;
}

/** Path, Max-Age / Expires, SameSite, Secure and encoding: the attributes page JavaScript may set. */
export function CookieOptionsFields({ options, onChange }: Props) {
  const id = useId();
  const set = <K extends keyof CookieOptionsDraft>(key: K, value: CookieOptionsDraft[K]): void => onChange({ ...options, [key]: value });
  return (
    <fieldset className="cookie-options">
      <legend>Options</legend>
      <div className="field">
        <label htmlFor={`${id}-path`}>Path</label>
        <input id={`${id}-path`} type="text" value={options.path} onChange={(e) => set('path', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-max-age`}>Max-Age (seconds)</label>
        <input
          id={`${id}-max-age`}
          type="text"
          inputMode="numeric"
          placeholder="empty: session cookie"
          value={options.maxAge}
          onChange={(e) => set('maxAge', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-expires`}>Expires</label>
        <input id={`${id}-expires`} type="datetime-local" value={options.expires} onChange={(e) => set('expires', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-samesite`}>SameSite</label>
        <select id={`${id}-samesite`} value={options.sameSite} onChange={(e) => set('sameSite', e.target.value as SameSite | '')}>
          <option value="">(not set: Lax)</option>
          <option value="lax">Lax</option>
          <option value="strict">Strict</option>
          <option value="none">None</option>
        </select>
      </div>
      <label className="check">
        <input type="checkbox" checked={options.secure} onChange={(e) => set('secure', e.target.checked)} /> Secure
      </label>
      <label className="check">
        <input type="checkbox" checked={options.encodeValue} onChange={(e) => set('encodeValue', e.target.checked)} /> Percent-encode value
      </label>
    </fieldset>
  );
}
