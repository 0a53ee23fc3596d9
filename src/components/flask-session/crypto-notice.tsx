/** Says plainly what works without WebCrypto (crypto.subtle exists only in secure contexts). */
export function CryptoNotice({ available }: { readonly available: boolean | null }) {
  if (available !== false) return null;
  return (
    <div role="note" className="flask-warning">
      <p>
        <strong>crypto.subtle is missing here</strong>, so this page cannot check, sign or confirm signatures. Browsers give WebCrypto only
        to secure contexts: <code>https://</code> pages, and <code>http://localhost</code> or <code>http://127.0.0.1</code>. This page was
        opened over plain HTTP from another address.
      </p>
      <p>Decoding still works (it needs no key and no crypto). Open the tool over https, or on localhost, to verify and sign.</p>
    </div>
  );
}
