// Settings: feeds, categories, notifications, OPML, sync interval, retention,
// theme, autostart.

import { accountName, accountsSection } from './accounts.js';
import { api } from './api.js';
import { filtersSection, viewsSection } from './filters.js';
import { h, replace, toast } from './dom.js';
import { languages, loadMessages, t } from './i18n.js';
import { importOpml } from './list.js';
import { state } from './state.js';

const dialog = () => document.getElementById('settings-dialog');
let refresh = async () => {};

export function initSettings(onChange) {
  refresh = onChange;
}

export function applyTheme(theme) {
  document.documentElement.dataset.theme = theme || 'system';
}

async function run(action, done, { keep = false } = {}) {
  try {
    const r = await action();
    if (done) toast(typeof done === 'function' ? done(r) : done);
    if (keep) return;
    await refresh();
    await render();
  } catch (e) {
    toast(String(e), 'error');
  }
}

function categoryOptions(selected) {
  return [h('option', { value: '' }, '— none —'),
    ...state.categories.map((c) => h('option', { value: c.name, selected: c.name === selected }, c.name))];
}

function feedsSection() {
  const url = h('input', { type: 'url', name: 'url', required: true, placeholder: 'https://example.com or a feed URL', 'aria-label': 'Feed or web page URL' });
  const cat = h('select', { name: 'category', 'aria-label': 'Category' }, categoryOptions('World News'));
  // Where to subscribe: here, or on a server account (Fever cannot subscribe).
  const where = state.accounts.length ? h('select', { name: 'account', 'aria-label': 'Subscribe on' },
    h('option', { value: '' }, 'This computer'),
    state.accounts.map((a) => h('option', { value: a.id, disabled: a.kind === 'fever' },
      a.kind === 'fever' ? `${accountName(a)} (Fever cannot subscribe)` : accountName(a)))) : null;
  const add = h('form', {
    class: 'add-feed', onsubmit: (e) => {
      e.preventDefault();
      const account = where && where.value ? Number(where.value) : null;
      run(() => api.addFeed(url.value.trim(), cat.value, account), (warning) => warning || (account ? 'Subscribed on the server; its articles arrive with the next sync' : 'Feed added'));
    },
  }, url, cat, where, h('button', { type: 'submit', class: 'primary' }, 'Add feed'));
  const rows = state.feeds.map((f) => h('tr', { 'data-feed-id': f.id },
    h('td', {}, h('div', { class: 'feed-title' }, f.title || f.url), h('div', { class: 'feed-url' }, f.url),
      f.last_error ? h('div', { class: 'feed-error' }, `Last error: ${f.last_error}`) : null),
    h('td', {}, h('span', { class: `status ${f.status}` }, f.status)),
    h('td', { class: 'feed-options' },
      h('label', { title: 'Keeps syncing, but out of unread counts, the front page and notifications' },
        h('input', { type: 'checkbox', checked: f.muted, 'data-feed-muted': f.id, onchange: (e) => run(() => api.setFeedMuted(f.id, e.target.checked), e.target.checked ? 'Feed muted' : 'Feed unmuted') }), ' Mute'),
      h('label', { title: 'Load each new article in full at sync (for feeds that only give a teaser)' },
        h('input', { type: 'checkbox', checked: f.full_text, 'data-feed-full-text': f.id, onchange: (e) => run(() => api.setFeedFullText(f.id, e.target.checked), 'Saved') }), ' Full text'),
      h('label', { title: `Minutes between fetches; empty: every ${state.settings.sync_interval_minutes} min${f.hint_interval ? `, or ${f.hint_interval} as the feed asks` : ''}` }, 'Every ',
        h('input', { type: 'number', min: 1, max: 10080, value: f.interval ?? '', placeholder: String(Math.max(state.settings.sync_interval_minutes, f.hint_interval || 0)), 'data-feed-interval': f.id, 'aria-label': `Minutes between fetches of ${f.title}`, onchange: (e) => run(() => api.setFeedInterval(f.id, e.target.value ? Number(e.target.value) : null), 'Interval saved') }), ' min'),
      h('button', { type: 'button', class: 'link', onclick: () => { const title = prompt('Title for this feed', f.title); if (title && title !== f.title) run(() => api.renameFeed(f.id, title), 'Feed renamed'); } }, 'Rename')),
    h('td', {}, h('select', { 'aria-label': 'Move to category', onchange: (e) => run(() => api.moveFeed(f.id, e.target.value), 'Feed moved') }, categoryOptions(f.category))),
    h('td', {}, h('button', { type: 'button', class: 'danger', onclick: () => confirm(`Unsubscribe from ${f.title}? Its articles go too.`) && run(() => api.removeFeed(f.id), 'Feed removed') }, 'Remove'))));
  return h('section', {}, h('h3', {}, 'Feeds'), add,
    state.feeds.length ? h('table', { class: 'feeds-table' }, h('tbody', {}, rows)) : h('p', { class: 'hint' }, 'No feeds yet.'));
}

function categoriesSection() {
  const name = h('input', { type: 'text', required: true, placeholder: 'New category', 'aria-label': 'New category name' });
  return h('section', {}, h('h3', {}, 'Categories'),
    h('ul', { class: 'category-admin' }, state.categories.map((c) => h('li', {},
      h('span', {}, c.name),
      h('button', { type: 'button', onclick: () => { const n = prompt('Rename category', c.name); if (n && n !== c.name) run(() => api.renameCategory(c.name, n), 'Category renamed'); } }, 'Rename'),
      h('button', { type: 'button', class: 'danger', onclick: () => confirm(`Remove ${c.name}? Its feeds stay, uncategorized.`) && run(() => api.removeCategory(c.name), 'Category removed') }, 'Remove')))),
    h('form', { onsubmit: (e) => { e.preventDefault(); run(() => api.addCategory(name.value.trim()), 'Category added'); } }, name, h('button', { type: 'submit' }, 'Add')));
}

function optionsSection(s) {
  const setting = (key, value, message) => run(async () => { state.settings = await api.setSetting(key, value); }, message);
  // The language applies at once: the catalog is loaded, then everything re-renders.
  const language = h('label', {}, t('language'), ' ', h('select', {
    'data-setting': 'language',
    onchange: (e) => run(async () => { state.settings = await api.setSetting('language', e.target.value); await loadMessages(e.target.value); }),
  }, [['system', t('language-system')], ...languages].map(([v, name]) => h('option', { value: v, selected: s.language === v, lang: v === 'system' ? null : v }, name))));
  return h('section', {}, h('h3', {}, t('reading-and-sync')), language,
    h('label', {}, 'Sync every ', h('input', { type: 'number', min: 1, max: 1440, value: s.sync_interval_minutes, 'data-setting': 'sync_interval_minutes', onchange: (e) => setting('sync_interval_minutes', e.target.value, 'Sync interval saved') }), ' minutes'),
    h('label', {}, 'Remove read articles ', h('select', { 'data-setting': 'retention_days', onchange: (e) => setting('retention_days', e.target.value, 'Retention saved') },
      retentionChoices(s.retention_days).map(([v, label]) => h('option', { value: v, selected: s.retention_days === v }, label)))),
    h('p', { class: 'hint' }, 'Only once they have left their feed. Unread and saved articles are never removed, and everything a feed still offers stays listed, however old.'),
    h('label', {}, h('input', { type: 'checkbox', checked: s.read_story_together, 'data-setting': 'read_story_together', onchange: (e) => setting('read_story_together', String(e.target.checked), 'Saved') }), ' Reading one report of a story marks its other reports read'),
    h('label', {}, h('input', { type: 'checkbox', checked: s.mark_read_on_scroll, 'data-setting': 'mark_read_on_scroll', onchange: (e) => setting('mark_read_on_scroll', String(e.target.checked), 'Saved') }), ' Mark articles read as I scroll past them'),
    h('label', {}, h('input', { type: 'checkbox', checked: s.remote_images, 'data-setting': 'remote_images', onchange: (e) => setting('remote_images', String(e.target.checked), e.target.checked ? 'Pictures load from the web' : 'Pictures off: nothing loads from the web') }), ' Load pictures (thumbnails and images in articles)'),
    h('label', {}, t('theme'), ' ', h('select', { 'data-setting': 'theme', onchange: (e) => { applyTheme(e.target.value); setting('theme', e.target.value); } },
      ['system', 'light', 'dark'].map((v) => h('option', { value: v, selected: s.theme === v }, t(`theme-${v}`))))),
    h('label', {}, h('input', { type: 'checkbox', checked: s.autostart, 'data-setting': 'autostart', onchange: (e) => run(async () => { state.settings = await api.setAutostart(e.target.checked); }) }), ' Start Bulletin when I log in'),
    h('div', { class: 'opml' },
      h('button', { type: 'button', onclick: importOpml }, 'Import OPML…'),
      h('button', { type: 'button', onclick: () => run(() => api.exportOpml(), (ok) => (ok ? 'Subscriptions exported' : 'Export cancelled')) }, 'Export OPML…')));
}

/** Retention choices, with the current value among them even if set elsewhere (the CLI). */
function retentionChoices(current) {
  const choices = [[30, 'after 30 days'], [90, 'after 90 days'], [180, 'after 6 months'], [365, 'after a year'], [0, 'never']];
  if (!choices.some(([v]) => v === current)) choices.unshift([current, `after ${current} days`]);
  return choices;
}

const RULES = [['off', 'Off'], ['breaking', 'Breaking news'], ['all', 'All new articles']];

function ruleSelect(value, attrs, onchange, inherit) {
  const options = RULES.map(([v, label]) => h('option', { value: v, selected: value === v }, label));
  if (inherit) options.unshift(h('option', { value: '', selected: !value }, `As its category (${inherit})`));
  return h('select', { ...attrs, onchange: (e) => onchange(e.target.value) }, options);
}

function notificationsSection(s, rules) {
  const setting = (key, value, message) => run(async () => { state.settings = await api.setSetting(key, value); }, message);
  const ruleOf = Object.fromEntries(rules.categories.map((c) => [c.category, c.rule]));
  const label = (rule) => RULES.find(([v]) => v === rule)?.[1] || rule;
  const [from, to] = (s.quiet_hours || '22:00-07:00').split('-');
  const quietOn = h('input', { type: 'checkbox', checked: Boolean(s.quiet_hours), 'data-setting': 'quiet_hours_enabled' });
  const quietFrom = h('input', { type: 'time', value: from, 'aria-label': 'Quiet from' });
  const quietTo = h('input', { type: 'time', value: to, 'aria-label': 'Quiet until' });
  const saveQuiet = () => setting('quiet_hours', quietOn.checked ? `${quietFrom.value}-${quietTo.value}` : '', 'Quiet hours saved');
  [quietOn, quietFrom, quietTo].forEach((el) => el.addEventListener('change', saveQuiet));
  return h('section', { class: 'notify-settings' }, h('h3', {}, 'Notifications'),
    h('p', { class: 'hint' }, 'A story is breaking when its headline says so (BREAKING, JUST IN…) or when several sources publish it within a short time. Each story notifies once; at most three pop up per sync.'),
    h('table', { class: 'rules-table' }, h('tbody', {},
      rules.categories.map((c) => h('tr', {}, h('td', {}, c.category),
        h('td', {}, ruleSelect(c.rule, { 'data-rule-category': c.category, 'aria-label': `Notify for ${c.category}` },
          (rule) => run(() => api.setCategoryRule(c.category, rule), 'Rule saved'))))),
      rules.feeds.map((f) => h('tr', { class: 'feed-rule' }, h('td', {}, `↳ ${f.title}`),
        h('td', {}, ruleSelect(f.rule, { 'data-rule-feed': f.feed_id, 'aria-label': `Notify for ${f.title}` },
          (rule) => run(() => api.setFeedRule(f.feed_id, rule), 'Rule saved'), label(ruleOf[f.category] || 'off'))))))),
    h('label', {}, 'Breaking when ', h('input', { type: 'number', min: 2, max: 20, value: s.breaking_min_sources, 'data-setting': 'breaking_min_sources', onchange: (e) => setting('breaking_min_sources', e.target.value, 'Saved') }),
      ' sources publish a story within ', h('input', { type: 'number', min: 10, max: 1440, value: s.breaking_window_minutes, 'data-setting': 'breaking_window_minutes', onchange: (e) => setting('breaking_window_minutes', e.target.value, 'Saved') }), ' minutes'),
    h('p', { class: 'hint' }, 'To always be notified when an article mentions something, add a filter whose action is “Notify me” (Filters, below).'),
    h('label', {}, quietOn, ' Quiet hours from ', quietFrom, ' to ', quietTo, h('span', { class: 'hint' }, ' — held notifications arrive as one digest afterwards')));
}

async function render() {
  state.settings = await api.settings();
  state.accounts = await api.accounts();
  state.views = await api.views();
  const [rules, filters] = await Promise.all([api.notificationRules(), api.filters()]);
  replace(dialog(),
    h('div', { class: 'dialog-head' }, h('h2', {}, t('settings')), h('form', { method: 'dialog' }, h('button', { 'aria-label': t('close') }, '✕'))),
    h('div', { class: 'settings-body' }, feedsSection(), accountsSection(run), filtersSection(filters, run), viewsSection(run), categoriesSection(), notificationsSection(state.settings, rules), optionsSection(state.settings)));
}

export async function openSettings() {
  await render();
  if (!dialog().open) dialog().showModal();
}

/** Re-renders the open dialog (an account's sync changed its status). */
export async function refreshSettings() {
  if (dialog().open) await render();
}
