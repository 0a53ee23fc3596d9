import type { CodeLanguage } from '../../content/types.ts';

const languageNames: Record<CodeLanguage, string> = {
  python: 'Python (Flask)',
  js: 'JavaScript',
  http: 'HTTP',
  html: 'HTML',
  text: 'Text',
};

/** A plain, styled code sample: no runtime highlighter (it would cost more than the whole app). */
export function CodeBlock({ code, language, caption }: { readonly code: string; readonly language: CodeLanguage; readonly caption?: string | undefined }) {
  return (
    <figure className="code-block">
      <figcaption>
        <span className="code-language">{languageNames[language]}</span>
        {caption ? <span className="code-caption">{caption}</span> : null}
      </figcaption>
      <pre tabIndex={0}>
        <code>{code}</code>
      </pre>
    </figure>
  );
}
