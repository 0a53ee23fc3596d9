/** A line that says what went wrong (role="alert", read out at once); nothing when there is no message. */
export function AlertLine({ message }: { readonly message: string | null | undefined }) {
  return message ? (
    <p role="alert" className="panel-alert">
      {message}
    </p>
  ) : null;
}
