// Small DOM helpers. Text from feeds is only ever set as text, never as HTML:
// `h` has no way to inject markup.

import { currentLang, t } from './i18n.js';

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
}

// Dates, times and numbers through Intl, in the UI's language (made again
// when the language changes).
let fmts;
function formats() {
  const lang = currentLang();
  if (fmts?.lang !== lang) {
    fmts = {
      lang,
      date: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }),
      day: new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
      short: new Intl.DateTimeFormat(lang, { weekday: 'short', hour: '2-digit', minute: '2-digit' }),
      time: new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }),
      rel: new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }),
    };
  }
  return fmts;
}

export function formatDate(iso) {
  return formats().date.format(new Date(iso));
}

export function formatDay(day) {
  const [y, m, d] = day.split('-').map(Number);
  return formats().day.format(new Date(y, m - 1, d));
}

/** "Fri 09:30": when a pause ends. */
export const formatShort = (date) => formats().short.format(date);
/** "09:30". */
export const formatTime = (date) => formats().time.format(date);

/// "5 min ago", "3 h ago", then the date.
export function ago(iso) {
  const secs = (new Date(iso).getTime() - Date.now()) / 1000;
  if (secs > -60) return t('just-now');
  if (secs > -3600) return formats().rel.format(Math.round(secs / 60), 'minute');
  if (secs > -86400) return formats().rel.format(Math.round(secs / 3600), 'hour');
  return formats().date.format(new Date(iso));
}

export function hostOf(url) {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return '';
  }
}

let toastTimer;
export function toast(message, kind = 'info') {
  const el = document.getElementById('toast');
  el.textContent = message;
  el.dataset.kind = kind;
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { el.hidden = true; }, kind === 'error' ? 7000 : 3500);
}
