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
  return [h('option', { value: '' }, t('category-none')),
    ...state.categories.map((c) => h('option', { value: c.name, selected: c.name === selected }, c.name))];
}

function feedsSection() {
  const url = h('input', { type: 'url', name: 'url', required: true, placeholder: t('feed-url-placeholder'), 'aria-label': t('feed-url-label') });
  const cat = h('select', { name: 'category', 'aria-label': t('category') }, categoryOptions('World News'));
  // Where to subscribe: here, or on a server account (Fever cannot subscribe).
  const where = state.accounts.length ? h('select', { name: 'account', 'aria-label': t('subscribe-on') },
    h('option', { value: '' }, t('this-computer')),
    state.accounts.map((a) => h('option', { value: a.id, disabled: a.kind === 'fever' },
      a.kind === 'fever' ? t('fever-cannot-subscribe', { account: accountName(a) }) : accountName(a)))) : null;
  const add = h('form', {
    class: 'add-feed', onsubmit: (e) => {
      e.preventDefault();
      const account = where && where.value ? Number(where.value) : null;
      run(() => api.addFeed(url.value.trim(), cat.value, account), (warning) => warning || (account ? t('subscribed-on-server') : t('feed-added')));
    },
  }, url, cat, where, h('button', { type: 'submit', class: 'primary' }, t('add-feed')));
  const rows = state.feeds.map((f) => h('tr', { 'data-feed-id': f.id },
    h('td', {}, h('div', { class: 'feed-title' }, f.title || f.url), h('div', { class: 'feed-url' }, f.url),
      f.last_error ? h('div', { class: 'feed-error' }, t('last-error', { error: f.last_error })) : null),
    h('td', {}, h('span', { class: `status ${f.status}` }, t(`feed-status-${f.status}`))),
    h('td', { class: 'feed-options' },
      h('label', { title: t('mute-title') },
        h('input', { type: 'checkbox', checked: f.muted, 'data-feed-muted': f.id, onchange: (e) => run(() => api.setFeedMuted(f.id, e.target.checked), e.target.checked ? t('feed-muted') : t('feed-unmuted')) }), ' ', t('mute')),
      h('label', { title: t('full-text-title') },
        h('input', { type: 'checkbox', checked: f.full_text, 'data-feed-full-text': f.id, onchange: (e) => run(() => api.setFeedFullText(f.id, e.target.checked), t('saved-toast')) }), ' ', t('full-text')),
      h('label', { title: f.hint_interval ? t('interval-title-hint', { every: state.settings.sync_interval_minutes, hint: f.hint_interval }) : t('interval-title', { every: state.settings.sync_interval_minutes }) }, t('every'), ' ',
        h('input', { type: 'number', min: 1, max: 10080, value: f.interval ?? '', placeholder: String(Math.max(state.settings.sync_interval_minutes, f.hint_interval || 0)), 'data-feed-interval': f.id, 'aria-label': t('interval-label', { feed: f.title }), onchange: (e) => run(() => api.setFeedInterval(f.id, e.target.value ? Number(e.target.value) : null), t('interval-saved')) }), ' ', t('min')),
      h('button', { type: 'button', class: 'link', onclick: () => { const title = prompt(t('feed-title-prompt'), f.title); if (title && title !== f.title) run(() => api.renameFeed(f.id, title), t('feed-renamed')); } }, t('rename'))),
    h('td', {}, h('select', { 'aria-label': t('move-to-category'), onchange: (e) => run(() => api.moveFeed(f.id, e.target.value), t('feed-moved')) }, categoryOptions(f.category))),
    h('td', {}, h('button', { type: 'button', class: 'danger', onclick: () => confirm(t('unsubscribe-confirm', { feed: f.title })) && run(() => api.removeFeed(f.id), t('feed-removed')) }, t('remove')))));
  return h('section', {}, h('h3', {}, t('feeds')), add,
    state.feeds.length ? h('table', { class: 'feeds-table' }, h('tbody', {}, rows)) : h('p', { class: 'hint' }, t('no-feeds')));
}

function categoriesSection() {
  const name = h('input', { type: 'text', required: true, placeholder: t('new-category'), 'aria-label': t('new-category-label') });
  return h('section', {}, h('h3', {}, t('categories')),
    h('ul', { class: 'category-admin' }, state.categories.map((c) => h('li', {},
      h('span', {}, c.name),
      h('button', { type: 'button', onclick: () => { const n = prompt(t('rename-category'), c.name); if (n && n !== c.name) run(() => api.renameCategory(c.name, n), t('category-renamed')); } }, t('rename')),
      h('button', { type: 'button', class: 'danger', onclick: () => confirm(t('remove-category-confirm', { category: c.name })) && run(() => api.removeCategory(c.name), t('category-removed')) }, t('remove'))))),
    h('form', { onsubmit: (e) => { e.preventDefault(); run(() => api.addCategory(name.value.trim()), t('category-added')); } }, name, h('button', { type: 'submit' }, t('add'))));
}

function optionsSection(s) {
  const setting = (key, value, message) => run(async () => { state.settings = await api.setSetting(key, value); }, message);
  // The language applies at once: the catalog is loaded, then everything re-renders.
  const language = h('label', {}, t('language'), ' ', h('select', {
    'data-setting': 'language',
    onchange: (e) => run(async () => { state.settings = await api.setSetting('language', e.target.value); await loadMessages(e.target.value); }),
  }, [['system', t('language-system')], ...languages].map(([v, name]) => h('option', { value: v, selected: s.language === v, lang: v === 'system' ? null : v }, name))));
  return h('section', {}, h('h3', {}, t('reading-and-sync')), language,
    h('label', {}, t('sync-every'), ' ', h('input', { type: 'number', min: 1, max: 1440, value: s.sync_interval_minutes, 'data-setting': 'sync_interval_minutes', onchange: (e) => setting('sync_interval_minutes', e.target.value, t('sync-interval-saved')) }), ' ', t('minutes')),
    h('label', {}, t('remove-read'), ' ', h('select', { 'data-setting': 'retention_days', onchange: (e) => setting('retention_days', e.target.value, t('retention-saved')) },
      retentionChoices(s.retention_days).map(([v, label]) => h('option', { value: v, selected: s.retention_days === v }, label)))),
    h('p', { class: 'hint' }, t('retention-hint')),
    h('label', {}, h('input', { type: 'checkbox', checked: s.read_story_together, 'data-setting': 'read_story_together', onchange: (e) => setting('read_story_together', String(e.target.checked), t('saved-toast')) }), ' ', t('read-story-together')),
    h('label', {}, h('input', { type: 'checkbox', checked: s.mark_read_on_scroll, 'data-setting': 'mark_read_on_scroll', onchange: (e) => setting('mark_read_on_scroll', String(e.target.checked), t('saved-toast')) }), ' ', t('read-on-scroll')),
    h('label', {}, h('input', { type: 'checkbox', checked: s.remote_images, 'data-setting': 'remote_images', onchange: (e) => setting('remote_images', String(e.target.checked), e.target.checked ? t('pictures-on') : t('pictures-off')) }), ' ', t('load-pictures')),
    h('label', {}, t('theme'), ' ', h('select', { 'data-setting': 'theme', onchange: (e) => { applyTheme(e.target.value); setting('theme', e.target.value); } },
      ['system', 'light', 'dark'].map((v) => h('option', { value: v, selected: s.theme === v }, t(`theme-${v}`))))),
    h('label', {}, h('input', { type: 'checkbox', checked: s.autostart, 'data-setting': 'autostart', onchange: (e) => run(async () => { state.settings = await api.setAutostart(e.target.checked); }) }), ' ', t('autostart')),
    h('div', { class: 'opml' },
      h('button', { type: 'button', onclick: importOpml }, t('import-opml')),
      h('button', { type: 'button', onclick: () => run(() => api.exportOpml(), (ok) => (ok ? t('exported') : t('export-cancelled'))) }, t('export-opml'))));
}

/** Retention choices, with the current value among them even if set elsewhere (the CLI). */
function retentionChoices(current) {
  const choices = [[30, t('after-days', { days: 30 })], [90, t('after-days', { days: 90 })], [180, t('after-6-months')], [365, t('after-a-year')], [0, t('never')]];
  if (!choices.some(([v]) => v === current)) choices.unshift([current, t('after-days', { days: current })]);
  return choices;
}

const RULES = ['off', 'breaking', 'all'];
const ruleLabel = (rule) => (RULES.includes(rule) ? t(`rule-${rule}`) : rule);

function ruleSelect(value, attrs, onchange, inherit) {
  const options = RULES.map((v) => h('option', { value: v, selected: value === v }, ruleLabel(v)));
  if (inherit) options.unshift(h('option', { value: '', selected: !value }, t('rule-inherit', { rule: inherit })));
  return h('select', { ...attrs, onchange: (e) => onchange(e.target.value) }, options);
}

function notificationsSection(s, rules) {
  const setting = (key, value, message) => run(async () => { state.settings = await api.setSetting(key, value); }, message);
  const ruleOf = Object.fromEntries(rules.categories.map((c) => [c.category, c.rule]));
  const label = ruleLabel;
  const [from, to] = (s.quiet_hours || '22:00-07:00').split('-');
  const quietOn = h('input', { type: 'checkbox', checked: Boolean(s.quiet_hours), 'data-setting': 'quiet_hours_enabled' });
  const quietFrom = h('input', { type: 'time', value: from, 'aria-label': t('quiet-from-label') });
  const quietTo = h('input', { type: 'time', value: to, 'aria-label': t('quiet-until-label') });
  const saveQuiet = () => setting('quiet_hours', quietOn.checked ? `${quietFrom.value}-${quietTo.value}` : '', t('quiet-saved'));
  [quietOn, quietFrom, quietTo].forEach((el) => el.addEventListener('change', saveQuiet));
  return h('section', { class: 'notify-settings' }, h('h3', {}, t('notifications')),
    h('p', { class: 'hint' }, t('breaking-hint')),
    h('table', { class: 'rules-table' }, h('tbody', {},
      rules.categories.map((c) => h('tr', {}, h('td', {}, c.category),
        h('td', {}, ruleSelect(c.rule, { 'data-rule-category': c.category, 'aria-label': t('notify-for', { name: c.category }) },
          (rule) => run(() => api.setCategoryRule(c.category, rule), t('rule-saved')))))),
      rules.feeds.map((f) => h('tr', { class: 'feed-rule' }, h('td', {}, `↳ ${f.title}`),
        h('td', {}, ruleSelect(f.rule, { 'data-rule-feed': f.feed_id, 'aria-label': t('notify-for', { name: f.title }) },
          (rule) => run(() => api.setFeedRule(f.feed_id, rule), t('rule-saved')), label(ruleOf[f.category] || 'off'))))))),
    h('label', {}, t('breaking-when'), ' ', h('input', { type: 'number', min: 2, max: 20, value: s.breaking_min_sources, 'data-setting': 'breaking_min_sources', onchange: (e) => setting('breaking_min_sources', e.target.value, t('saved-toast')) }),
      ' ', t('breaking-sources-within'), ' ', h('input', { type: 'number', min: 10, max: 1440, value: s.breaking_window_minutes, 'data-setting': 'breaking_window_minutes', onchange: (e) => setting('breaking_window_minutes', e.target.value, t('saved-toast')) }), ' ', t('minutes')),
    h('p', { class: 'hint' }, t('keyword-hint')),
    h('label', {}, quietOn, ' ', t('quiet-from'), ' ', quietFrom, ' ', t('quiet-to'), ' ', quietTo, h('span', { class: 'hint' }, ' ', t('quiet-hint'))));
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
