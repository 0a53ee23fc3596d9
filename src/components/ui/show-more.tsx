interface ShowMoreProps {
  /** What is hidden, in words: "61,000 more characters of JSON". */
  readonly hidden: string;
  readonly onMore: () => void;
}

/** Says how much is not shown yet, with a button that shows the next part. */
export function ShowMore({ hidden, onMore }: ShowMoreProps) {
  return (
    <p className="muted show-more">
      Not shown yet: {hidden}.{' '}
      <button type="button" onClick={onMore}>
        Show more
      </button>
    </p>
  );
}
