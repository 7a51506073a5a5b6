/**
 * Each page's primary control: the one thing a person opening the page came to use, the real interaction the
 * interactivity bench performs on it, and what counts as the page having responded. Keyed by route as
 * `everyPage` names it; a page on disk without an entry fails loudly, so a new page says what its control is.
 *
 * Besides `responded`, a document navigation the interaction starts (a link followed, a form posted before
 * JavaScript has loaded, a file download) always counts: the page did respond, without waiting for its scripts.
 */

/** Found in `<main>` as Playwright's `getByRole(role, { name, exact: true })`; `nth` when there are several. */
export interface ControlLocator {
  role: 'button' | 'link' | 'textbox' | 'searchbox' | 'tab' | 'radio' | 'combobox';
  name: string | RegExp;
  nth?: number;
}

export type Interaction =
  | { kind: 'click' }
  /** Selects the text in the box, types `text`, then presses `press` if given. */
  | { kind: 'type'; text: string; press?: 'Enter' }
  /** Picks an option of a select, a different one on each try (picking the chosen one fires no change). */
  | { kind: 'select' };

export type Response =
  /** The page's address comes to match (a client-side navigation or a filter kept in the URL). */
  | { url: RegExp }
  /** The control itself becomes selected (`aria-selected="true"`): tabs. */
  | { selected: true }
  /** An element matching `selector` (containing `text`, when given) is shown; it must not be before. */
  | { shows: { selector: string; text?: string } };

export interface PrimaryControl extends ControlLocator {
  /** In words, for the bench's table and the README. */
  what: string;
  interact: Interaction;
  responded: Response;
}

const ALERT = { shows: { selector: '[role="alert"]' } } as const;

export const PRIMARY_CONTROLS: Record<string, PrimaryControl> = {
  '/sign-in': {
    what: 'Sign in, pressed with the fields empty: the form says what is missing',
    role: 'button',
    name: 'Sign in',
    interact: { kind: 'click' },
    responded: ALERT,
  },
  '/': {
    what: 'an environment card: Open development',
    role: 'link',
    name: 'Open development',
    interact: { kind: 'click' },
    responded: { url: /\/development(\?|$)/ },
  },
  '/[env]': {
    what: 'the MCP configs card: opens the list',
    role: 'link',
    name: /^MCP configs/,
    interact: { kind: 'click' },
    responded: { url: /\/configs(\?|$)/ },
  },
  '/[env]/activity': {
    what: 'the User filter: type and Enter',
    role: 'textbox',
    name: 'User',
    interact: { kind: 'type', text: 'bob', press: 'Enter' },
    responded: { url: /[?&]user=bob/ },
  },
  '/[env]/activity/[executionId]': {
    what: 'Back to activity',
    role: 'link',
    name: 'Back to activity',
    interact: { kind: 'click' },
    responded: { url: /\/activity(\?|$)/ },
  },
  '/[env]/activity/runs/[agentRunId]': {
    what: 'Back to activity',
    role: 'link',
    name: 'Back to activity',
    interact: { kind: 'click' },
    responded: { url: /\/activity(\?|$)/ },
  },
  '/[env]/configs': {
    what: 'the search box: type and Enter',
    role: 'textbox',
    name: 'Search configs',
    interact: { kind: 'type', text: 'email', press: 'Enter' },
    responded: { url: /[?&]q=email/ },
  },
  '/[env]/configs/new': {
    what: "the editor's first control: Add a connection",
    role: 'combobox',
    name: 'Add a connection',
    interact: { kind: 'select' },
    responded: { shows: { selector: '[data-testid^="mapping-"]' } },
  },
  '/[env]/configs/[id]': {
    // The demo's email-assistant maps gmail with chosen tools: the toggle switches it to all tools.
    what: "the editor's first toggle: All tools for gmail",
    role: 'radio',
    name: 'All tools, including tools added later',
    interact: { kind: 'click' },
    responded: { shows: { selector: '[data-testid="mapping-gmail"] span', text: 'all tools' } },
  },
  '/[env]/configs/[id]/history': {
    what: 'Back to config',
    role: 'link',
    name: 'Back to config',
    interact: { kind: 'click' },
    responded: { url: /\/configs\/[^/?]+(\?|$)/ },
  },
  '/[env]/configs/apply': {
    what: 'Plan, pressed with no file: the form says so',
    role: 'button',
    name: 'Plan',
    interact: { kind: 'click' },
    responded: ALERT,
  },
  '/[env]/configs/export': {
    what: 'Download',
    role: 'button',
    name: 'Download',
    interact: { kind: 'click' },
    // A plain GET form: the download is the navigation that always counts.
    responded: { url: /\/configs\/export\?/ },
  },
  '/[env]/configs/promote': {
    what: 'Review again: the plan against the target, read afresh',
    role: 'button',
    name: 'Review again',
    interact: { kind: 'click' },
    responded: { url: /[?&]to=production/ },
  },
  '/[env]/connections': {
    what: 'a connection: Gmail',
    role: 'link',
    name: 'Gmail',
    interact: { kind: 'click' },
    responded: { url: /\/connections\/[^/?]+/ },
  },
  '/[env]/connections/[name]': {
    what: 'the tool search: a word no tool has',
    role: 'textbox',
    name: 'Search tools',
    interact: { kind: 'type', text: 'zzqx' },
    responded: { shows: { selector: 'h3, p', text: 'No tools match' } },
  },
  '/[env]/tokens': {
    what: 'Mint token, pressed with no user: the form says so',
    role: 'button',
    name: 'Mint token',
    interact: { kind: 'click' },
    responded: ALERT,
  },
  '/[env]/users': {
    what: 'the search box: two characters',
    role: 'textbox',
    name: 'Search users',
    interact: { kind: 'type', text: 'bo' },
    responded: { shows: { selector: '#search-hint', text: 'Type at least 3 characters' } },
  },
  '/[env]/users/[identifier]': {
    what: 'the view tabs: By connection',
    role: 'tab',
    name: 'By connection',
    interact: { kind: 'click' },
    responded: { selected: true },
  },
  '/[env]/users/readiness': {
    what: 'the filter tabs: Not ready',
    role: 'tab',
    name: /^Not ready/, // with its count once the grid has loaded
    interact: { kind: 'click' },
    responded: { selected: true },
  },
  '/access': {
    what: "a person's End sessions: the confirmation opens",
    role: 'button',
    name: 'End sessions',
    nth: 0,
    interact: { kind: 'click' },
    responded: { shows: { selector: 'dialog[open]' } },
  },
  '/access/api-keys': {
    what: 'Create a key: a name and Enter',
    role: 'textbox',
    name: 'Name',
    interact: { kind: 'type', text: 'bench', press: 'Enter' },
    // The new key, or the form saying what it still needs (an environment ticked): either way it answered.
    responded: { shows: { selector: 'button[aria-label="Copy key"], [role="alert"]' } },
  },
  '/compare': {
    what: 'the search box: type and Enter',
    role: 'searchbox',
    name: 'Search configs by name',
    interact: { kind: 'type', text: 'email', press: 'Enter' },
    responded: { url: /[?&]q=email/ },
  },
  '/compare/configs/[config]': {
    what: 'Swap sides',
    role: 'link',
    name: 'Swap sides',
    interact: { kind: 'click' },
    responded: { url: /[?&]from=production/ },
  },
  '/audit': {
    what: 'the Person filter: type and Enter',
    role: 'textbox',
    name: 'Person',
    interact: { kind: 'type', text: 'admin', press: 'Enter' },
    responded: { url: /[?&]actor=admin/ },
  },
  '/connect/[token]': {
    what: "the first account's Authorize",
    role: 'button',
    name: 'Authorize',
    interact: { kind: 'click' },
    // A plain POST form to the provider: the navigation is the response.
    responded: { url: /\/authorize/ },
  },
};

export function primaryControlOf(route: string, file: string): PrimaryControl {
  const control = PRIMARY_CONTROLS[route];
  if (!control)
    throw new Error(`${file}: no primary control for ${route}; add one to e2e/support/primary-controls.ts`);
  return control;
}
