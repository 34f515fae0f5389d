// Wires the panes together and keeps them in step with backend events.

import { api, events, on } from './api.js';
import { showArchive } from './archive.js';
import { formatTime, toast } from './dom.js';
import { loadMessages, t } from './i18n.js';
import { initKeyboard } from './keyboard.js';
import { initNotifications, refreshBell } from './notifications.js';
import { initList, markSelected, showFront, showList, updateRow } from './list.js';
import { empty, initReader, showArticle } from './reader.js';
import { applyTheme, initSettings, openSettings, refreshSettings } from './settings.js';
import { initSidebar, markActive, refreshSidebar } from './sidebar.js';
import { state } from './state.js';

async function navigate(view) {
  state.view = view;
  setSidebarOpen(false);
  markActive();
  if (view.kind === 'front') await showFront();
  else if (view.kind === 'archive') await showArchive(navigate);
  else await showList(view);
  document.getElementById('list').scrollTop = 0;
}

async function open(id) {
  state.selectedId = id;
  markSelected();
  try {
    await showArticle(id);
  } catch (e) {
    toast(String(e), 'error');
  }
}

let countsTimer;
function refreshCountsSoon() {
  clearTimeout(countsTimer);
  countsTimer = setTimeout(() => refreshSidebar().catch((e) => toast(String(e), 'error')), 150);
}

// During a sync the counts follow at most every COUNTS_EVERY ms, one refresh
// at a time: a first sync of 2,000 feeds re-read and re-drew the sidebar
// several times a second, and a category switch waited behind it.
const COUNTS_EVERY = 2000;
let countsAt = 0;
let counting = false;
function refreshCountsWhileSyncing() {
  const now = performance.now();
  if (counting || now - countsAt < COUNTS_EVERY) return;
  countsAt = now;
  counting = true;
  refreshSidebar().catch(() => {}).finally(() => { counting = false; });
}

function sync() {
  api.syncNow().catch((e) => toast(String(e), 'error'));
}

function wireSync() {
  const progress = document.getElementById('progress');
  const bar = progress.querySelector('.bar');
  const status = document.getElementById('sync-status');
  const button = document.querySelector('[data-action="sync"]');
  let syncing = 0;
  on(events.SYNC_STARTED, ({ total }) => {
    syncing = total;
    progress.hidden = false;
    bar.style.width = '2%';
    button.disabled = true;
    status.textContent = t('syncing-feeds', { count: total });
  });
  on(events.SYNC_PROGRESS, ({ done, total, articles }) => {
    bar.style.width = `${Math.max(2, (100 * done) / Math.max(1, total))}%`;
    status.textContent = t('syncing-progress', { done, total, articles });
    refreshCountsWhileSyncing();
  });
  on(events.SYNC_FINISHED, ({ new_articles: n, failed, error }) => {
    progress.hidden = true;
    button.disabled = false;
    const time = formatTime(new Date());
    const offline = syncing > 0 && failed === syncing;
    status.textContent = error
      ? t('sync-failed', { error })
      : offline
        ? t('sync-offline')
        : `${t('synced-at', { time })}${n ? t('synced-new', { count: n }) : ''}${failed ? t('synced-failing', { count: failed }) : ''}`;
    status.classList.toggle('warn', Boolean(error || failed));
  });
  on(events.NOTIFICATIONS, () => refreshBell().catch(() => {}));
  on(events.OPEN_ARTICLE, (id) => open(id));
  // A server account synced: the account list (status, pending) may show it.
  on(events.ACCOUNTS_SYNCED, () => refreshSettings().catch(() => {}));
  on(events.COUNTS_CHANGED, async () => {
    await refreshSidebar();
    // Re-list only where it cannot pull an article from under the reader's eyes.
    if (state.view.kind === 'front' || state.articles.length === 0) navigate(state.view);
  });
}

/** Narrow windows: the sidebar slides in over the list. */
function setSidebarOpen(open) {
  document.body.classList.toggle('sidebar-open', open);
  document.querySelector('[data-action="toggle-sidebar"]')?.setAttribute('aria-expanded', String(open));
}

async function init() {
  document.querySelector('[data-action="toggle-sidebar"]')
    .addEventListener('click', () => setSidebarOpen(!document.body.classList.contains('sidebar-open')));
  state.settings = await api.settings();
  await loadMessages(state.settings.language);
  applyTheme(state.settings.theme);
  initSidebar(navigate);
  initList(open);
  initReader({
    open,
    changed: (article, { readChanged }) => {
      updateRow(article);
      if (readChanged) refreshCountsSoon();
    },
  });
  initSettings(async () => {
    await refreshSidebar();
    if (state.view.kind !== 'archive') await navigate(state.view);
  });
  initKeyboard({ open, sync });
  initNotifications(open);
  wireSync();

  document.querySelector('[data-action="sync"]').addEventListener('click', sync);
  document.querySelector('[data-action="settings"]').addEventListener('click', openSettings);
  document.querySelector('[data-action="help"]').addEventListener('click', () => document.getElementById('help-dialog').showModal());
  document.getElementById('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = document.getElementById('search').value.trim();
    if (q) navigate({ kind: 'search', value: q });
  });
  document.addEventListener('bulletin:navigate', (e) => navigate(e.detail));
  document.addEventListener('bulletin:counts', refreshCountsSoon);
  document.addEventListener('bulletin:settings', openSettings);

  await refreshSidebar();
  empty();
  await navigate({ kind: 'front' });
  // Started from a notification click: show that article.
  const startup = await api.startupArticle();
  if (startup) await open(startup);
  document.body.dataset.ready = 'true';
  // For the UI benchmark: when the first list reached the screen.
  requestAnimationFrame(() => performance.mark('bulletin:first-list'));
}

init().catch((e) => toast(t('start-failed', { error: String(e) }), 'error'));
