import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

const TOKEN = /(`[^`]+`|\*\*[^*]+\*\*|\[[^\]]+\]\([^)\s]+\))/g;

/**
 * Renders the content's tiny inline markup as React elements — `code`, **strong** and
 * [text](/route) — never as HTML. Only course-internal links (starting with "/") become links;
 * `/downloads/…` names a file the site serves as is (public/downloads/), so it is a plain link under
 * the deploy base, which the router must not handle.
 */
export function InlineText({ text }: { readonly text: string }): ReactNode {
  return text.split(TOKEN).map((piece, i) => {
    if (piece.startsWith('`') && piece.endsWith('`') && piece.length > 1) return <code key={i}>{piece.slice(1, -1)}</code>;
    if (piece.startsWith('**') && piece.endsWith('**') && piece.length > 3) return <strong key={i}>{piece.slice(2, -2)}</strong>;
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(piece);
    if (link) {
      const [, label = '', href = ''] = link;
      if (href.startsWith('/downloads/')) {
        return (
          <a key={i} href={`${import.meta.env.BASE_URL}${href.slice(1)}`} download>
            {label}
          </a>
        );
      }
      return href.startsWith('/') && !href.startsWith('//') ? (
        <Link key={i} to={href}>
          {label}
        </Link>
      ) : (
        <span key={i}>{label}</span>
      );
    }
    return piece;
  });
}
