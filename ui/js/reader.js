// The right pane: one article — title (text only), byline, body in the
// sandboxed frame, actions, previous/next and "You may also like".

import { api } from './api.js';
import { formatDate, h, hostOf, replace, toast } from './dom.js';
import { articleFrame } from './frame.js';
import { state } from './state.js';

const pane = () => document.getElementById('reader');
let hooks = { changed: () => {}, open: () => {} };

export function initReader(h) {
  hooks = h;
  empty();
}

export function empty() {
  replace(pane(), h('div', { class: 'empty reader-empty' },
    h('p', {}, 'Select an article to read it here.'),
    h('p', { class: 'hint' }, 'j / k move through the list · ? shows all shortcuts')));
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
        d.author ? h('span', { class: 'author' }, `By ${d.author}`) : null,
        h('time', { datetime: d.published }, formatDate(d.published))),
      h('div', { class: 'actions' },
        button('prev', '← Previous', () => d.prev_id && hooks.open(d.prev_id), { disabled: !d.prev_id, title: 'Newer article in this category' }),
        button('next', 'Next →', () => d.next_id && hooks.open(d.next_id), { disabled: !d.next_id, title: 'Older article in this category' }),
        button('save', d.saved ? '★ Saved' : '☆ Save', toggleSaved, { 'aria-pressed': d.saved ? 'true' : 'false', title: 'Save for later (s)' }),
        button('toggle-read', d.read ? 'Mark unread' : 'Mark read', toggleRead, { title: 'm' }),
        d.story_sources > 1 ? button('story-read', 'Mark story read', () => storyAction(() => api.setStoryRead(d.id, true), 'Story marked read'), { title: `All ${d.story_sources} reports of this story` }) : null,
        d.story_sources > 1 ? button('story-save', 'Save story', () => storyAction(() => api.setStorySaved(d.id, true), 'Story saved'), { title: `All ${d.story_sources} reports of this story` }) : null,
        d.url ? button('open-original', 'Open original ↗', () => openOriginal(d.url), { title: 'Open in your browser (o)' }) : null,
        d.url ? button('copy-link', 'Copy link', copyLink) : null,
        d.url ? button('load-full', 'Load full article', () => loadFull(d), { title: 'For feeds that only give a teaser' }) : null)),
    enclosures(d.enclosures),
    articleFrame(d.content_html, state.settings?.theme, d.url, state.settings?.remote_images !== false, d.lang),
    h('footer', { class: 'reader-foot' },
      h('p', { class: 'appeared' }, 'The post ',
        h('em', {}, d.title), ' appeared first on ',
        h('button', { type: 'button', class: 'link', onclick: () => openOriginal(site) }, hostOf(site) || d.feed_title), '.'),
      h('section', { class: 'related' },
        h('h2', {}, 'You may also like'),
        d.related.length
          ? h('ul', { 'data-related': '' }, d.related.map((r) => h('li', {},
            h('button', { type: 'button', class: 'link', 'data-article-id': r.id, onclick: () => hooks.open(r.id) }, r.title),
            h('span', { class: 'source' }, ` — ${r.feed_title}`))))
          : h('ul', { 'data-related': '' }, h('li', { class: 'none' }, 'Nothing related yet.')))));
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
      h(video ? 'video' : 'audio', { controls: true, preload: 'none', src: e.url, 'data-enclosure': e.mime, title: video ? 'Play the video' : 'Play the episode' }),
      h('figcaption', {}, `${video ? 'Video' : 'Audio'}${e.length ? ` · ${formatSize(e.length)}` : ''} · `,
        h('button', { type: 'button', class: 'link', onclick: () => openOriginal(e.url) }, 'Download')));
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
  toast(d.saved ? 'Saved for later' : 'Removed from saved');
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
    toast('Link copied');
  } catch {
    toast('Could not copy the link', 'error');
  }
}

async function loadFull(d) {
  toast('Loading the full article…');
  try {
    d.content_html = await api.loadFullArticle(d.id);
    if (state.current?.id === d.id) render(d);
  } catch (e) {
    toast(`Could not load the full article: ${e}`, 'error');
  }
}
