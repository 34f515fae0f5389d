// The right pane: one article — title (text only), byline, body in the
// sandboxed frame, actions, previous/next and "You may also like".

import { api } from './api.js';
import { formatDate, h, hostOf, replace, toast } from './dom.js';
import { articleFrame } from './frame.js';
import { t } from './i18n.js';
import { state } from './state.js';

const pane = () => document.getElementById('reader');
let hooks = { changed: () => {}, open: () => {} };

export function initReader(h) {
  hooks = h;
  empty();
}

export function empty() {
  replace(pane(), h('div', { class: 'empty reader-empty' },
    h('p', {}, t('reader-empty')),
    h('p', { class: 'hint' }, t('reader-empty-hint'))));
}

function button(action, label, handler, opts = {}) {
  return h('button', { type: 'button', 'data-action': action, onclick: handler, ...opts }, label);
}

export async function showArticle(id) {
  const d = await api.article(id);
  state.current = d;
  if (!d.read) {
    await api.setRead(id, true);
    d.read = true;
    hooks.changed(d, { readChanged: true });
  }
  render(d);
}

function render(d) {
  const site = d.site_url || d.feed_url;
  replace(pane(),
    h('div', { class: 'reader-head' },
      h('p', { class: 'kicker' }, [d.category, d.feed_title].filter(Boolean).join(' · ')),
      h('h1', { dir: 'auto', lang: d.lang }, d.title),
      h('p', { class: 'byline' },
        d.author ? h('span', { class: 'author' }, t('by-author', { author: d.author })) : null,
        h('time', { datetime: d.published }, formatDate(d.published))),
      h('div', { class: 'actions' },
        button('prev', t('previous'), () => d.prev_id && hooks.open(d.prev_id), { disabled: !d.prev_id, title: t('previous-title') }),
        button('next', t('next'), () => d.next_id && hooks.open(d.next_id), { disabled: !d.next_id, title: t('next-title') }),
        button('save', d.saved ? t('saved-button') : t('save-button'), toggleSaved, { 'aria-pressed': d.saved ? 'true' : 'false', title: t('save-title') }),
        button('toggle-read', d.read ? t('mark-unread') : t('mark-read'), toggleRead, { title: 'm' }),
        d.story_sources > 1 ? button('story-read', t('story-read'), () => storyAction(() => api.setStoryRead(d.id, true), t('story-read-done')), { title: t('story-reports', { count: d.story_sources }) }) : null,
        d.story_sources > 1 ? button('story-save', t('story-save'), () => storyAction(() => api.setStorySaved(d.id, true), t('story-save-done')), { title: t('story-reports', { count: d.story_sources }) }) : null,
        d.url ? button('open-original', t('open-original'), () => openOriginal(d.url), { title: t('open-original-title') }) : null,
        d.url ? button('copy-link', t('copy-link'), copyLink) : null,
        d.url ? button('load-full', t('load-full'), () => loadFull(d), { title: t('load-full-title') }) : null)),
    enclosures(d.enclosures),
    articleFrame(d.content_html, state.settings?.theme, d.url, state.settings?.remote_images !== false, d.lang),
    h('footer', { class: 'reader-foot' },
      h('p', { class: 'appeared' }, t('appeared-before'),
        h('em', {}, d.title), t('appeared-middle'),
        h('button', { type: 'button', class: 'link', onclick: () => openOriginal(site) }, hostOf(site) || d.feed_title), t('appeared-after')),
      h('section', { class: 'related' },
        h('h2', {}, t('also-like')),
        d.related.length
          ? h('ul', { 'data-related': '' }, d.related.map((r) => h('li', {},
            h('button', { type: 'button', class: 'link', 'data-article-id': r.id, onclick: () => hooks.open(r.id) }, r.title),
            h('span', { class: 'source' }, ` — ${r.feed_title}`))))
          : h('ul', { 'data-related': '' }, h('li', { class: 'none' }, t('nothing-related'))))));
  pane().scrollTop = 0;
}

/** Acts on the whole story, then refreshes counts and the list. */
async function storyAction(action, done) {
  try {
    await action();
    toast(done);
    document.dispatchEvent(new CustomEvent('bulletin:counts'));
    document.dispatchEvent(new CustomEvent('bulletin:navigate', { detail: state.view }));
  } catch (e) {
    toast(String(e), 'error');
  }
}

/** Podcast audio and video: the webview's own player, loading nothing until played. */
function enclosures(list) {
  const playable = (list || []).filter((e) => /^https?:\/\//i.test(e.url));
  if (!playable.length) return null;
  return h('div', { class: 'enclosures' }, playable.map((e) => {
    const video = e.mime.startsWith('video/');
    return h('figure', { class: 'enclosure' },
      h(video ? 'video' : 'audio', { controls: true, preload: 'none', src: e.url, 'data-enclosure': e.mime, title: video ? t('play-video') : t('play-episode') }),
      h('figcaption', {}, `${video ? t('video') : t('audio')}${e.length ? ` · ${formatSize(e.length)}` : ''} · `,
        h('button', { type: 'button', class: 'link', onclick: () => openOriginal(e.url) }, t('download'))));
  }));
}

function formatSize(bytes) {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

export async function toggleSaved() {
  const d = state.current;
  if (!d) return;
  await api.setSaved(d.id, !d.saved);
  d.saved = !d.saved;
  hooks.changed(d, {});
  render(d);
  toast(d.saved ? t('saved-for-later') : t('removed-from-saved'));
}

export async function toggleRead() {
  const d = state.current;
  if (!d) return;
  await api.setRead(d.id, !d.read);
  d.read = !d.read;
  hooks.changed(d, { readChanged: true });
  render(d);
}

export async function openOriginal(url = state.current?.url) {
  if (!url) return;
  try {
    await api.openOriginal(url);
  } catch (e) {
    toast(String(e), 'error');
  }
}

async function copyLink() {
  try {
    await navigator.clipboard.writeText(state.current.url);
    toast(t('link-copied'));
  } catch {
    toast(t('link-not-copied'), 'error');
  }
}

async function loadFull(d) {
  toast(t('loading-full'));
  try {
    d.content_html = await api.loadFullArticle(d.id);
    if (state.current?.id === d.id) render(d);
  } catch (e) {
    toast(t('full-failed', { error: String(e) }), 'error');
  }
}
