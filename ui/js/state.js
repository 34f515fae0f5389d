// What the UI is showing, shared by the views.

export const PAGE = 50;

export const state = {
  /** { kind: 'front'|'all'|'unread'|'saved'|'archive'|'category'|'feed'|'day'|'search', value } */
  view: { kind: 'front' },
  /** The articles listed in the middle pane, in order. */
  articles: [],
  /** No more pages to load for the current list. */
  exhausted: true,
  selectedId: null,
  /** The article open in the reader (its full detail). */
  current: null,
  categories: [],
  feeds: [],
  /** Feed server accounts (Settings → Accounts). */
  accounts: [],
  /** Smart views (saved searches) with their counts. */
  views: [],
  settings: null,
  /** Show one row per story (the newest report), not one per feed. */
  collapse: localStorage.getItem('bulletin.collapse') === 'true',
};

/** The listed articles as shown: with `collapse`, the first of each story only. */
export function visibleArticles() {
  if (!state.collapse) return state.articles;
  const seen = new Set();
  return state.articles.filter((a) => {
    if (a.story_id == null) return true;
    if (seen.has(a.story_id)) return false;
    seen.add(a.story_id);
    return true;
  });
}

/** The article filter for a list view, or null for views that are not plain lists. */
export function filterFor(view) {
  switch (view.kind) {
    case 'all': return {};
    case 'unread': return { unread: true };
    case 'saved': return { saved: true };
    case 'category': return { category: view.value };
    case 'feed': return { feed: view.value };
    case 'day': return { day: view.value };
    case 'hidden': return { hidden: true };
    case 'view': return { view: view.value };
    default: return null;
  }
}
