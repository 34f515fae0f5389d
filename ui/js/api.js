// The only module that touches IPC. Everything the UI asks of the backend,
// and every event it listens to, goes through here.

const tauri = window.__TAURI__;
const invoke = (cmd, args) => tauri.core.invoke(cmd, args);

export const api = {
  categories: () => invoke('categories'),
  feeds: () => invoke('feeds'),
  articles: (filter) => invoke('articles', { filter }),
  frontPage: (perCategory) => invoke('front_page', { perCategory }),
  article: (id) => invoke('article', { id }),
  setRead: (id, read) => invoke('set_read', { id, read }),
  setSaved: (id, saved) => invoke('set_saved', { id, saved }),
  markRead: (scope, value) => invoke('mark_read', { scope: value === undefined ? { scope } : { scope, value } }),
  search: (query, limit) => invoke('search', { query, limit }),
  archive: (month) => invoke('archive', { month }),
  settings: () => invoke('settings'),
  setSetting: (key, value) => invoke('set_setting', { key, value: String(value) }),
  setAutostart: (enabled) => invoke('set_autostart', { enabled }),
  addFeed: (url, category, account) => invoke('add_feed', { url, category: category || null, account: account || null }),
  accounts: () => invoke('accounts'),
  testAccount: (kind, url, user, password) => invoke('test_account', { kind, url, user, password }),
  addAccount: (kind, url, user, password) => invoke('add_account', { kind, url, user, password }),
  removeAccount: (id) => invoke('remove_account', { id }),
  filters: () => invoke('filters'),
  hiddenCount: () => invoke('hidden_count'),
  uiMessages: (language) => invoke('ui_messages', { language }),
  addFilter: (filter) => invoke('add_filter', { filter }),
  removeFilter: (id) => invoke('remove_filter', { id }),
  applyFilters: () => invoke('apply_filters'),
  views: () => invoke('views'),
  addView: (name, query, unread, category) => invoke('add_view', { name, query, unread: Boolean(unread), category: category || null }),
  removeView: (name) => invoke('remove_view', { name }),
  setFeedMuted: (id, muted) => invoke('set_feed_muted', { id, muted }),
  setFeedInterval: (id, minutes) => invoke('set_feed_interval', { id, minutes: minutes || null }),
  setFeedFullText: (id, on) => invoke('set_feed_full_text', { id, on }),
  renameFeed: (id, title) => invoke('rename_feed', { id, title }),
  setStoryRead: (id, read) => invoke('set_story_read', { id, read }),
  setStorySaved: (id, saved) => invoke('set_story_saved', { id, saved }),
  removeFeed: (id) => invoke('remove_feed', { id }),
  moveFeed: (id, category) => invoke('move_feed', { id, category: category || null }),
  addCategory: (name) => invoke('add_category', { name }),
  renameCategory: (old, name) => invoke('rename_category', { old, new: name }),
  removeCategory: (name) => invoke('remove_category', { name }),
  importOpml: () => invoke('import_opml'),
  exportOpml: () => invoke('export_opml'),
  addStarterFeeds: () => invoke('add_starter_feeds'),
  syncNow: () => invoke('sync_now'),
  openOriginal: (url) => invoke('open_original', { url }),
  loadFullArticle: (id) => invoke('load_full_article', { id }),
  notificationHistory: (limit) => invoke('notification_history', { limit }),
  notificationRules: () => invoke('notification_rules'),
  setCategoryRule: (category, rule) => invoke('set_category_rule', { category, rule }),
  setFeedRule: (id, rule) => invoke('set_feed_rule', { id, rule: rule || null }),
  startupArticle: () => invoke('startup_article'),
};

// Backend events, named as in src-tauri/events.rs.
export const events = {
  SYNC_STARTED: 'sync-started',
  SYNC_PROGRESS: 'sync-progress',
  SYNC_FINISHED: 'sync-finished',
  NEW_ARTICLES: 'new-articles',
  COUNTS_CHANGED: 'counts-changed',
  NOTIFICATIONS: 'notifications',
  OPEN_ARTICLE: 'open-article',
  ACCOUNTS_SYNCED: 'accounts-synced',
};

export function on(name, handler) {
  return tauri.event.listen(name, (e) => handler(e.payload));
}
