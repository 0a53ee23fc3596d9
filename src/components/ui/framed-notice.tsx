/** Shown instead of the course when another site has put it in a frame (src/app/frame-guard.ts). */
export function FramedNotice({ href }: { readonly href: string }) {
  return (
    <div role="alert" className="panel-alert framed-notice">
      <p>
        <strong>This course is shown inside another website’s frame.</strong> Its demos and live panels stay switched off here: a page that
        frames another can hide it under its own buttons and make you click ours without knowing (clickjacking).
      </p>
      <p>
        <a href={href} target="_blank" rel="noopener noreferrer">
          Open the course in its own tab
        </a>
      </p>
    </div>
  );
}
