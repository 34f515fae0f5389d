// The bell: the notification history (what popped up, what was folded, held
// for quiet hours or paused), unseen count, and pausing.

import { api } from './api.js';
import { ago, formatShort, h, replace, toast } from './dom.js';
import { t } from './i18n.js';
import { state } from './state.js';

const dialog = () => document.getElementById('notifications-dialog');
const SEEN = 'bulletin.notifications.seen';
let openArticle = () => {};

const reason = (r) => t(`reason-${r}`);
const status = (s) => (s === 'shown' ? '' : t(`status-${s}`));

export function initNotifications(open) {
  openArticle = open;
  document.querySelector('[data-action="notifications"]').addEventListener('click', showNotifications);
  refreshBell();
}

/** Updates the unseen badge from the history. */
export async function refreshBell() {
  const history = await api.notificationHistory(50);
  const seen = Number(localStorage.getItem(SEEN) || 0);
  const unseen = history.filter((n) => n.id > seen).length;
  const badge = document.querySelector('[data-unseen]');
  badge.hidden = unseen === 0;
  badge.textContent = unseen > 9 ? '9+' : String(unseen);
}

function pausedUntil() {
  const until = state.settings?.notifications_paused_until || 0;
  return until * 1000 > Date.now() ? new Date(until * 1000) : null;
}

async function pause(until) {
  try {
    state.settings = await api.setSetting('notifications_paused_until', Math.floor(until / 1000));
    toast(until ? t('paused-toast', { when: formatShort(new Date(until)) }) : t('resumed-toast'));
    await render();
  } catch (e) {
    toast(String(e), 'error');
  }
}

function tomorrowMorning() {
  const t = new Date();
  t.setDate(t.getDate() + 1);
  t.setHours(7, 0, 0, 0);
  return t.getTime();
}

async function render() {
  // Fresh: the tray can pause notifications too.
  state.settings = await api.settings();
  const history = await api.notificationHistory(100);
  const paused = pausedUntil();
  const controls = paused
    ? [h('span', { class: 'hint' }, t('paused-until', { when: formatShort(paused) })),
      h('button', { type: 'button', 'data-pause': 'resume', onclick: () => pause(0) }, t('resume'))]
    : [h('button', { type: 'button', 'data-pause': 'hour', onclick: () => pause(Date.now() + 3600e3) }, t('pause-hour')),
      h('button', { type: 'button', 'data-pause': 'tomorrow', onclick: () => pause(tomorrowMorning()) }, t('pause-tomorrow'))];
  const items = history.map((n) => h('li', { 'data-notification-id': n.id, 'data-article-id': n.article_id, 'data-status': n.status },
    h('button', { type: 'button', class: 'link', onclick: () => { dialog().close(); openArticle(n.article_id); } },
      h('span', { class: 'title' }, n.title)),
    h('div', { class: 'meta' }, [reason(n.reason), status(n.status), ago(n.created_at)].filter(Boolean).join(' · ')),
    h('div', { class: 'body' }, n.body)));
  replace(dialog(),
    h('div', { class: 'dialog-head' }, h('h2', {}, t('notifications')), h('form', { method: 'dialog' }, h('button', { 'aria-label': t('close') }, '✕'))),
    h('div', { class: 'notifications-body' },
      h('div', { class: 'pause' }, controls),
      items.length
        ? h('ul', { class: 'history' }, items)
        : h('p', { class: 'hint' }, t('no-notifications'))));
  if (history.length) localStorage.setItem(SEEN, String(Math.max(...history.map((n) => n.id))));
  refreshBell();
}

export async function showNotifications() {
  try {
    await render();
    if (!dialog().open) dialog().showModal();
  } catch (e) {
    toast(String(e), 'error');
  }
}
