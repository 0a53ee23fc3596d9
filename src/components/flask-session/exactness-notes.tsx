/** Where this tool and Flask could disagree, and where Flask itself is lenient: said plainly. */
export function ExactnessNotes() {
  return (
    <section aria-labelledby="flask-exactness" className="flask-exactness">
      <h2 id="flask-exactness">How exact is this?</h2>
      <ul>
        <li>
          Verdicts are Flask’s: the same key derivation (HMAC-SHA1 of <code>"cookie-session"</code>), the same signature, the same 31-day age
          check, and the same error names (<code>BadSignature</code>, <code>SignatureExpired</code>, <code>BadPayload</code>…).
        </li>
        <li>
          <strong>Flask is lenient about how the signature is spelled.</strong> itsdangerous decodes it with Python’s forgiving base64: a
          SHA-1 signature is 20 bytes, 27 base64 characters, and the last character carries 4 bits of signature plus 2 that are thrown
          away. So changing a final <code>A</code> to <code>B</code>, <code>C</code> or <code>D</code> still verifies; so do added{' '}
          <code>=</code> padding, <code>+/</code> for <code>-_</code>, and some inserted junk characters. The bytes of the signature
          cannot change. This tool decodes the same way, says so in a note, and gives Flask’s answer: “Signature valid”.
        </li>
        <li>Any change to the payload or timestamp text fails: the signature covers the text itself.</li>
        <li>
          Uncompressed cookies we sign are byte for byte Flask’s. Compressed ones may differ in bytes (a different zlib build) but Flask
          accepts them. Python also ignores junk after the zlib data, which browsers refuse: such a cookie would read here as BadPayload.
        </li>
        <li>
          Decompression is capped at 64 KiB, so a small hostile cookie cannot inflate into megabytes. Everything you paste is shown as text,
          never as HTML — a Markup value included.
        </li>
      </ul>
    </section>
  );
}
