// Which of the built stylesheets a prerendered page carries inline (scripts/prerender.mjs): the base,
// every sheet with a rule that applies to an element of the page, and what the chunks owning those
// sheets bring with them. Pure functions over CSS text, a parsed document and Vite's build manifest.

/** The selectors of every style rule in (minified) CSS, inside @media/@supports/@layer/@container too. */
export function selectorsOf(css) {
  const selectors = [];
  let i = 0;
  const skipBlock = () => {
    // i is just past a '{': move just past its matching '}', over strings.
    for (let depth = 1; depth > 0 && i < css.length; i++) {
      const c = css[i];
      if (c === '"' || c === "'") i = css.indexOf(c, i + 1);
      else if (c === '{') depth++;
      else if (c === '}') depth--;
    }
  };
  const rules = () => {
    for (;;) {
      while (i < css.length && /\s/.test(css[i])) i++;
      if (i >= css.length || css[i] === '}') return;
      if (css.startsWith('/*', i)) {
        i = css.indexOf('*/', i) + 2;
        continue;
      }
      const open = css.indexOf('{', i);
      const semicolon = css.indexOf(';', i);
      if (semicolon !== -1 && (open === -1 || semicolon < open)) {
        i = semicolon + 1; // @charset, @import, @layer a, b;
        continue;
      }
      if (open === -1) throw new Error(`cannot read the CSS near "${css.slice(i, i + 40)}"`);
      const prelude = css.slice(i, open).trim();
      i = open + 1;
      if (/^@(?:media|supports|layer|container|scope)\b/.test(prelude)) {
        rules();
        i++;
      } else if (prelude.startsWith('@')) skipBlock(); // @keyframes, @font-face: no element to match
      else {
        selectors.push(...splitSelectorList(prelude));
        skipBlock();
      }
    }
  };
  rules();
  return selectors;
}

function splitSelectorList(list) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(' || list[i] === '[') depth++;
    else if (list[i] === ')' || list[i] === ']') depth--;
    else if (list[i] === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts;
}

// States an element may be in later (hovered, focused, ticked...) and pseudo-elements: a rule for them
// applies to the page if its element is in it, so they are left out of the question.
const LATER_STATE =
  /::?(?:-[a-z]+-)?(?:hover|focus-visible|focus-within|focus|active|visited|link|any-link|target|checked|indeterminate|disabled|enabled|placeholder-shown|placeholder|invalid|valid|user-invalid|user-valid|autofill|open|popover-open|before|after|marker|selection|backdrop|file-selector-button|first-letter|first-line|[a-z-]*scrollbar[a-z-]*)(?![\w-])(?:\([^)]*\))?/g;

/**
 * Whether a style rule's selector may apply to an element of the document, now or in a later state.
 * Throws when the selector cannot be asked: the build must not guess that a page needs no rule.
 */
export function appliesTo(selector, document) {
  // What is left where a state stood may be nothing beside a combinator: any element stands there.
  const question = ` ${selector.replace(LATER_STATE, '')} `.replace(/([>+~]|^)\s*(?=[>+~]|$)/g, '$1 * ').trim() || '*';
  try {
    return document.querySelector(question) !== null;
  } catch (error) {
    throw new Error(`cannot tell whether the CSS rule "${selector}" applies to a page (asked "${question}"): ${error.message}`);
  }
}

/**
 * For each stylesheet (its path in the manifest, e.g. "assets/x.css"), the other sheets that always
 * load with it: a chunk brings its own sheets and those of the chunks it imports, so a page showing a
 * sheet's rules, which loads one of the chunks owning that sheet, also gets what every such chunk brings.
 */
export function companionSheets(manifest) {
  const brought = (key, seen = new Set()) => {
    if (seen.has(key) || !manifest[key]) return [];
    seen.add(key);
    return [...(manifest[key].css ?? []), ...(manifest[key].imports ?? []).flatMap((imported) => brought(imported, seen))];
  };
  const owners = new Map();
  for (const [key, chunk] of Object.entries(manifest)) for (const sheet of chunk.css ?? []) owners.set(sheet, [...(owners.get(sheet) ?? []), key]);
  const companions = new Map();
  for (const [sheet, keys] of owners) {
    const [first, ...rest] = keys.map((key) => new Set(brought(key)));
    companions.set(sheet, new Set([...(first ?? [])].filter((other) => other !== sheet && rest.every((set) => set.has(other)))));
  }
  return companions;
}

/**
 * The sheets a page carries, in the order given: `base`, every sheet with a selector that applies to
 * the document, and their companions. A sheet is `{ path, selectors }`.
 */
export function sheetsForPage(document, sheets, { base, companions }) {
  const chosen = new Set(sheets.filter((sheet) => sheet === base || sheet.selectors.some((selector) => appliesTo(selector, document))));
  for (const sheet of chosen) for (const path of companions.get(sheet.path) ?? []) chosen.add(sheets.find((other) => other.path === path));
  return sheets.filter((sheet) => chosen.has(sheet));
}
