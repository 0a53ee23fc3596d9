/**
 * The five ways a page can remember something that the course's live panels show, as ids shared by
 * the lessons (which panels a step shows), the panels, the compare experiments and the strategy
 * facts table.
 */
export const PANEL_IDS = ['query', 'path', 'localStorage', 'sessionStorage', 'cookies'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

/** Each panel's accessible name (CONTRACT.md), here so a panel needs no more than this of the strategy facts. */
export const PANEL_NAMES: Readonly<Record<PanelId, string>> = {
  query: 'Query string',
  path: 'URL path',
  localStorage: 'localStorage',
  sessionStorage: 'sessionStorage',
  cookies: 'Cookies',
};
