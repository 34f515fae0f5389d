// The middle pane: article lists (paged as you scroll), the front page, and
// the empty states that say what to do next.

import { api } from './api.js';
import { ago, h, replace, toast } from './dom.js';
import { t } from './i18n.js';
import { PAGE, filterFor, state, visibleArticles } from './state.js';

const pane = () => document.getElementById('list');
let openArticle = () => {};
let observer;
let loading = false;

export function initList(open) {
  openArticle = open;
  observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) loadMore();
  }, { root: pane(), rootMargin: '600px' });
  // Mark read on scroll (a setting): a row scrolled past the top is read.
  scrolledPast = new IntersectionObserver((entries) => {
    for (const e of entries) {
      const above = !e.isIntersecting && e.boundingClientRect.bottom <= (e.rootBounds?.top ?? 0);
      const id = Number(e.target.dataset.articleId);
      const a = state.articles.find((x) => x.id === id);
      if (above && a && !a.read) {
        a.read = true;
        scrolledPast.unobserve(e.target);
        api.setRead(id, true).then(() => {
          e.target.replaceWith(articleRow(a));
          document.dispatchEvent(new CustomEvent('bulletin:counts'));
        }).catch((err) => toast(String(err), 'error'));
      }
    }
  }, { root: pane(), threshold: 0 });
}

let scrolledPast;

function watchReadOnScroll(rows) {
  if (!state.settings?.mark_read_on_scroll) return;
  for (const r of rows.querySelectorAll('.row:not(.read)')) scrolledPast.observe(r);
}

function title(view) {
  switch (view.kind) {
    case 'all': return t('view-all');
    case 'unread': return t('view-unread');
    case 'saved': return t('saved-for-later');
    case 'category': return view.value;
    case 'feed': return view.label || state.feeds.find((f) => f.id === view.value)?.title || t('feed');
    case 'day': return view.label || view.value;
    case 'search': return t('search-title', { query: view.value });
    case 'hidden': return t('view-hidden');
    case 'view': return view.value;
    default: return '';
  }
}

/** The list picture: lazy, sent without a referrer, gone if it fails to load. */
function thumbnail(a) {
  if (!a.image || state.settings?.remote_images === false || !/^https?:\/\//i.test(a.image)) return null;
  return h('img', {
    class: 'thumb', src: a.image, alt: '', loading: 'lazy', decoding: 'async', referrerpolicy: 'no-referrer',
    'data-thumb': '', onerror: (e) => e.target.remove(),
  });
}

/** The other outlets of a story, for "one row per story". */
function storySources(a) {
  if (!state.collapse || a.story_sources < 2) return null;
  const others = state.articles.filter((o) => o.story_id === a.story_id && o.id !== a.id);
  if (!others.length) return null;
  return h('ul', { class: 'story-sources', 'aria-label': t('also-reported-by') },
    others.map((o) => h('li', {}, h('button', {
      type: 'button', class: 'link', 'data-article-id': o.id,
      onclick: (e) => { e.stopPropagation(); openArticle(o.id); },
    }, o.feed_title))));
}

export function articleRow(a) {
  return h('div', {
    class: `row${a.read ? ' read' : ''}${a.id === state.selectedId ? ' selected' : ''}${a.image ? ' has-thumb' : ''}`,
    role: 'option', tabindex: a.id === state.selectedId ? '0' : '-1', 'aria-selected': a.id === state.selectedId ? 'true' : 'false',
    'data-article-id': a.id,
    onclick: () => openArticle(a.id),
  },
  thumbnail(a),
  h('div', { class: 'row-title' },
    // State in words for screen readers; the dot and the star are for eyes.
    a.read ? null : [h('span', { class: 'dot', 'aria-hidden': 'true' }), h('span', { class: 'sr-only' }, t('sr-unread-row'))],
    h('span', { class: 'title', dir: 'auto', lang: a.lang }, a.title),
    a.saved ? [h('span', { class: 'star', 'aria-hidden': 'true' }, '★'), h('span', { class: 'sr-only' }, t('sr-saved-row'))] : null),
  h('div', { class: 'row-meta' }, `${a.feed_title} · ${ago(a.published)}`,
    a.story_sources > 1 ? h('span', { class: 'also', 'data-story-sources': a.story_sources }, t('also-reported', { count: a.story_sources - 1 })) : null),
  a.summary ? h('div', { class: 'row-summary', dir: 'auto', lang: a.lang }, a.summary) : null,
  storySources(a));
}

/** Shows a list view from its first page. */
export async function showList(view) {
  const filter = filterFor(view);
  const header = listHeader(view);
  replace(pane(), header, h('div', { class: 'rows', role: 'listbox', 'aria-label': title(view) }));
  state.articles = [];
  state.exhausted = false;
  if (view.kind === 'search') {
    state.articles = await api.search(view.value, 100);
    state.exhausted = true;
  } else {
    state.articles = await api.articles({ ...filter, limit: PAGE, offset: 0 });
    state.exhausted = state.articles.length < PAGE;
  }
  renderRows(true);
}

function listHeader(view) {
  const actions = [];
  if (['all', 'unread', 'category', 'feed'].includes(view.kind)) {
    actions.push(h('button', { type: 'button', class: 'link', onclick: () => markAllRead(view) }, t('mark-all-read')));
  }
  if (view.kind === 'search') {
    actions.push(h('button', {
      type: 'button', class: 'link', 'data-action': 'save-view', title: t('save-view-title'),
      onclick: async () => {
        const name = prompt(t('save-view-prompt'), view.value);
        if (!name) return;
        try {
          await api.addView(name.trim(), view.value, false, null);
          toast(t('view-added', { name: name.trim() }));
          document.dispatchEvent(new CustomEvent('bulletin:counts'));
        } catch (e) {
          toast(String(e), 'error');
        }
      },
    }, t('save-view')));
  }
  if (view.kind !== 'search') {
    actions.push(h('button', {
      type: 'button', class: 'link', 'data-action': 'collapse', 'aria-pressed': String(state.collapse),
      title: t('collapse-title'),
      onclick: () => {
        state.collapse = !state.collapse;
        localStorage.setItem('bulletin.collapse', String(state.collapse));
        showList(view);
      },
    }, state.collapse ? t('collapse-off') : t('collapse-on')));
  }
  return h('header', { class: 'list-header' }, h('h2', { title: title(view) }, title(view)), h('div', { class: 'list-actions' }, actions));
}

async function markAllRead(view) {
  const [scope, value] = view.kind === 'category' ? ['category', view.value] : view.kind === 'feed' ? ['feed', view.value] : ['all'];
  const n = await api.markRead(scope, value);
  toast(t('marked-read', { count: n }));
  document.dispatchEvent(new CustomEvent('bulletin:counts'));
  showList(view);
}

function renderRows(fresh) {
  const rows = pane().querySelector('.rows');
  if (!rows) return;
  if (fresh) rows.replaceChildren();
  if (state.articles.length === 0) {
    // An empty list is not a listbox: its explanation is plain content.
    rows.removeAttribute('role');
    rows.append(emptyState(state.view));
    return;
  }
  rows.setAttribute('role', 'listbox');
  const start = fresh ? 0 : rows.querySelectorAll('.row').length;
  const frag = document.createDocumentFragment();
  for (const a of visibleArticles().slice(start)) frag.append(articleRow(a));
  rows.querySelector('.sentinel')?.remove();
  rows.append(frag);
  // One row is in the tab order: the selected one, else the first.
  if (!rows.querySelector('.row[tabindex="0"]')) rows.querySelector('.row')?.setAttribute('tabindex', '0');
  watchReadOnScroll(rows);
  if (!state.exhausted) {
    const sentinel = h('div', { class: 'sentinel' }, t('loading'));
    rows.append(sentinel);
    observer.observe(sentinel);
  }
}

async function loadMore() {
  const filter = filterFor(state.view);
  if (loading || state.exhausted || !filter) return;
  loading = true;
  const view = state.view;
  try {
    const more = await api.articles({ ...filter, limit: PAGE, offset: state.articles.length });
    if (view !== state.view) return;
    state.articles.push(...more);
    state.exhausted = more.length < PAGE;
    renderRows(false);
  } finally {
    loading = false;
  }
}

function emptyState(view) {
  if (state.feeds.length === 0) return onboarding();
  const text = {
    unread: 'empty-unread',
    saved: 'empty-saved',
    search: 'empty-search',
    hidden: 'empty-hidden',
  }[view.kind] || 'empty-list';
  return h('div', { class: 'empty' }, h('h3', {}, t(text)), h('p', {}, t(`${text}-hint`)));
}

/** First run: no feeds yet. */
export function onboarding() {
  return h('div', { class: 'empty onboarding' },
    h('h3', {}, t('welcome')),
    h('p', {}, t('welcome-hint')),
    h('div', { class: 'choices' },
      h('button', { type: 'button', class: 'primary', 'data-action': 'add-starter', onclick: addStarter }, t('add-starter')),
      h('button', { type: 'button', 'data-action': 'import-opml', onclick: importOpml }, t('import-opml')),
      h('button', { type: 'button', onclick: () => document.dispatchEvent(new CustomEvent('bulletin:settings')) }, t('add-a-feed'))));
}

async function addStarter() {
  const r = await api.addStarterFeeds();
  toast(t('starter-added', { count: r.added }));
  document.dispatchEvent(new CustomEvent('bulletin:counts'));
}

export async function importOpml() {
  try {
    const r = await api.importOpml();
    if (r) toast(t('opml-imported', { count: r.added, existing: r.existing }));
    document.dispatchEvent(new CustomEvent('bulletin:counts'));
  } catch (e) {
    toast(String(e), 'error');
  }
}

/** The front page: each category's latest headlines, like a news site. */
export async function showFront() {
  const sections = await api.frontPage(6);
  if (sections.length === 0) {
    replace(pane(), h('header', { class: 'list-header' }, h('h2', {}, t('view-front'))),
      state.feeds.length ? h('div', { class: 'empty' }, h('h3', {}, t('empty-front')), h('p', {}, t('empty-front-hint'))) : onboarding());
    state.articles = [];
    return;
  }
  // A front page shows each story once, from whoever reported it last.
  const seen = new Set();
  for (const s of sections) {
    s.articles = s.articles.filter((a) => !seen.has(a.story_id) && seen.add(a.story_id));
  }
  state.articles = sections.flatMap((s) => s.articles);
  replace(pane(),
    h('header', { class: 'list-header' }, h('h2', {}, t('view-front'))),
    h('div', { class: 'front rows' }, sections.map((s) =>
      h('section', { class: 'front-section', 'aria-label': s.category },
        h('h3', {},
          h('button', { type: 'button', class: 'link', onclick: () => document.dispatchEvent(new CustomEvent('bulletin:navigate', { detail: { kind: 'category', value: s.category } })) }, s.category),
          s.unread ? h('span', { class: 'count' }, t('unread-count', { count: s.unread })) : null),
        h('div', { role: 'listbox', 'aria-label': t('front-latest', { category: s.category }) }, s.articles.map(articleRow))))));
}

/** Re-marks the selection without re-rendering; keyboard focus follows it
 * when it was in the list. */
export function markSelected() {
  const focusInList = pane().contains(document.activeElement) || document.activeElement === document.body;
  for (const r of pane().querySelectorAll('.row')) {
    const on = Number(r.dataset.articleId) === state.selectedId;
    r.classList.toggle('selected', on);
    r.setAttribute('aria-selected', on ? 'true' : 'false');
    r.setAttribute('tabindex', on ? '0' : '-1');
    if (on) {
      r.scrollIntoView({ block: 'nearest' });
      if (focusInList) r.focus({ preventScroll: true });
    }
  }
}

/** Reflects a read/saved change in the visible rows. */
export function updateRow(article) {
  const i = state.articles.findIndex((a) => a.id === article.id);
  if (i >= 0) state.articles[i] = { ...state.articles[i], read: article.read, saved: article.saved };
  for (const r of pane().querySelectorAll(`.row[data-article-id="${article.id}"]`)) {
    const had = document.activeElement === r;
    const fresh = articleRow(state.articles[i] || article);
    r.replaceWith(fresh);
    // A keyboard user's focus stays on the row they were on.
    if (had) fresh.focus({ preventScroll: true });
  }
}
