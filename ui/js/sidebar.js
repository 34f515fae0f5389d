// The left pane: views, categories with unread counts, feeds with error badges.

import { accountName } from './accounts.js';
import { api } from './api.js';
import { h, replace } from './dom.js';
import { t } from './i18n.js';
import { state } from './state.js';

let onNavigate = () => {};

export function initSidebar(navigate) {
  onNavigate = navigate;
  for (const b of document.querySelectorAll('#sidebar [data-view]')) {
    b.addEventListener('click', () => navigate({ kind: b.dataset.view }));
  }
}

export async function refreshSidebar() {
  const [categories, feeds, accounts, views, hidden] =
    await Promise.all([api.categories(), api.feeds(), api.accounts(), api.views(), api.hiddenCount()]);
  state.categories = categories;
  state.feeds = feeds;
  state.accounts = accounts;
  state.views = views;
  state.hidden = hidden;
  render();
}

function feedRow(f) {
  const broken = f.status === 'error' || f.status === 'gone';
  const muted = f.muted ? [h('span', { class: 'muted-mark', 'aria-hidden': 'true', title: t('feed-muted-title') }, '🔇'), h('span', { class: 'sr-only' }, t('feed-muted-sr'))] : null;
  return h('li', {},
    h('button', {
      type: 'button', class: 'feed', dataset: { feedId: f.id },
      title: broken ? `${f.title}: ${f.last_error || f.status}` : f.url,
      onclick: () => onNavigate({ kind: 'feed', value: f.id, label: f.title }),
    },
    h('span', { class: 'name' }, f.title || f.url),
    muted,
    broken ? h('span', { class: 'badge error', 'data-error': '', 'aria-label': f.status === 'gone' ? t('feed-gone') : t('feed-error') }, f.status === 'gone' ? t('feed-gone') : '!') : null,
    f.unread > 0 ? [h('span', { class: 'count' }, f.unread), h('span', { class: 'sr-only' }, t('sr-unread'))] : null));
}

/** A category's feeds; grouped under each account's name when feeds come
 * from more than one account (this computer counts as one). */
function feedList(feeds, grouped) {
  if (!grouped) return h('ul', { class: 'feeds' }, feeds.map(feedRow));
  const order = [null, ...state.accounts.map((a) => a.id)];
  const rows = order.flatMap((id) => {
    const mine = feeds.filter((f) => (f.account ?? null) === id);
    if (!mine.length) return [];
    const account = state.accounts.find((a) => a.id === id);
    return [h('li', { class: 'account-group', 'data-account': id ?? 'local' }, account ? accountName(account) : t('on-this-computer')),
      ...mine.map(feedRow)];
  });
  return h('ul', { class: 'feeds' }, rows);
}

function render() {
  const grouped = new Set(state.feeds.map((f) => f.account ?? null)).size > 1;
  const list = document.getElementById('categories');
  const items = state.categories.map((c) => {
    const feeds = state.feeds.filter((f) => f.category === c.name);
    const errors = feeds.filter((f) => f.status === 'error' || f.status === 'gone').length;
    return h('li', { class: 'category', 'data-category': c.name },
      h('button', {
        type: 'button', class: 'category-name', 
        onclick: () => onNavigate({ kind: 'category', value: c.name }),
      },
      h('span', { class: 'name' }, c.name),
      errors ? h('span', { class: 'badge error', title: t('feeds-failing', { count: errors }) }, '!') : null,
      h('span', { class: 'count', 'data-unread': '' }, c.unread),
      h('span', { class: 'sr-only' }, t('sr-unread'))),
      feeds.length ? feedList(feeds, grouped) : null);
  });
  const loose = state.feeds.filter((f) => !f.category);
  if (loose.length) {
    items.push(h('li', { class: 'category other' },
      h('span', { class: 'category-name' }, h('span', { class: 'name' }, t('other-feeds'))),
      feedList(loose, grouped)));
  }
  replace(list, items);
  const unread = state.categories.reduce((n, c) => n + c.unread, 0) + loose.reduce((n, f) => n + f.unread, 0);
  const total = state.categories.reduce((n, c) => n + c.total, 0) + loose.reduce((n, f) => n + f.total, 0);
  document.querySelector('[data-unread-all]').textContent = unread || '';
  document.querySelector('[data-hidden-count]').textContent = state.hidden || '';
  renderViews();
  document.querySelector('[data-total]').textContent = total || '';
  markActive();
}

/** Smart views: saved searches with their counts, kept current with the sidebar. */
function renderViews() {
  const list = document.getElementById('smart-views');
  document.getElementById('views-heading').hidden = state.views.length === 0;
  replace(list, state.views.map((v) => h('li', {},
    h('button', {
      type: 'button', class: 'smart-view', 'data-view-name': v.name, title: t('search-title', { query: v.query }),
      onclick: () => onNavigate({ kind: 'view', value: v.name }),
    },
    h('span', { class: 'name' }, v.name),
    h('span', { class: 'count', 'data-view-count': '' }, v.unread || ''),
    h('span', { class: 'sr-only' }, t('sr-unread-of', { unread: v.unread, count: v.count }))))));
}

export function markActive() {
  const v = state.view;
  for (const b of document.querySelectorAll('#sidebar [data-view]')) {
    b.classList.toggle('active', b.dataset.view === v.kind);
  }
  for (const li of document.querySelectorAll('#categories [data-category]')) {
    li.querySelector('.category-name').classList.toggle('active', v.kind === 'category' && li.dataset.category === v.value);
  }
  for (const b of document.querySelectorAll('#smart-views [data-view-name]')) {
    b.classList.toggle('active', v.kind === 'view' && b.dataset.viewName === v.value);
  }
  for (const b of document.querySelectorAll('#categories .feed')) {
    b.classList.toggle('active', v.kind === 'feed' && Number(b.dataset.feedId) === v.value);
  }
}
