// What the UI is showing, shared by the views.

export const PAGE = 100;

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
  settings: null,
};

/** The article filter for a list view, or null for views that are not plain lists. */
export function filterFor(view) {
  switch (view.kind) {
    case 'all': return {};
    case 'unread': return { unread: true };
    case 'saved': return { saved: true };
    case 'category': return { category: view.value };
    case 'feed': return { feed: view.value };
    case 'day': return { day: view.value };
    default: return null;
  }
}
