// Messages in the reader's language. The catalogs are the Fluent files in
// ui/locales/<language>/app.ftl (the engine compiles them in and hands them
// over with `ui_messages`); this reads the part of Fluent they use —
// messages, { $variables }, string literals and select expressions on plural
// categories (Intl.PluralRules) or exact numbers — so the UI and the engine
// share one source of truth. core/tests/catalogs.rs keeps the files to that part.

import { api } from './api.js';

const RTL = new Set(['ar', 'he', 'fa', 'ur']);
let lang = 'en';
let messages = new Map();
let fallback = new Map();
let plural = new Intl.PluralRules('en');
let numbers = new Intl.NumberFormat('en');
/** [tag, own name] of every language the UI speaks. */
export let languages = [['en', 'English']];

/** The language in force (a BCP 47 tag), for Intl and `lang` attributes. */
export const currentLang = () => lang;

function parse(text) {
  const out = new Map();
  let id = null;
  let lines = [];
  const finish = () => { if (id) out.set(id, lines.join('\n')); id = null; lines = []; };
  for (const line of text.split('\n')) {
    const start = /^([a-zA-Z][\w-]*)\s*=\s?(.*)$/.exec(line);
    if (start) {
      finish();
      [, id] = start;
      lines = [start[2]];
    } else if (id && /^[\s}[*]/.test(line) && line.trim()) {
      lines.push(line);
    } else {
      finish();
    }
  }
  finish();
  return out;
}

/** Index of the brace that closes the one at `open`. */
function closing(s, open) {
  let depth = 0;
  for (let k = open; k < s.length; k += 1) {
    if (s[k] === '"') k = s.indexOf('"', k + 1);
    else if (s[k] === '{') depth += 1;
    else if (s[k] === '}' && (depth -= 1) === 0) return k;
    if (k < 0) break;
  }
  return s.length;
}

function variable(name, args) {
  const v = args[name];
  if (v === undefined || v === null) return `{$${name}}`;
  return typeof v === 'number' ? numbers.format(v) : String(v);
}

function select(selector, body, args) {
  // Variants: `[key] text` or `*[key] text` (the default), at brace depth 0.
  const variants = [];
  let depth = 0;
  for (let k = 0; k < body.length; k += 1) {
    const c = body[k];
    if (c === '{') depth += 1;
    else if (c === '}') depth -= 1;
    else if (depth === 0 && c === '[') {
      const end = body.indexOf(']', k);
      const star = body.slice(0, k).trimEnd().endsWith('*');
      if (variants.length) {
        const prev = variants[variants.length - 1];
        prev.text = body.slice(prev.from, star ? body.lastIndexOf('*', k) : k);
      }
      variants.push({ key: body.slice(k + 1, end).trim(), star, from: end + 1, text: '' });
      k = end;
    }
  }
  if (!variants.length) return '';
  const last = variants[variants.length - 1];
  last.text = body.slice(last.from);
  const value = args[selector];
  const pick = (typeof value === 'number' && (variants.find((v) => Number(v.key) === value)
    || variants.find((v) => v.key === plural.select(value))))
    || variants.find((v) => v.key === String(value))
    || variants.find((v) => v.star) || last;
  return format(pick.text.trim(), args);
}

function placeable(inside, args) {
  const body = inside.trim();
  if (body.startsWith('"')) return body.slice(1, -1);
  const arrow = body.indexOf('->');
  if (arrow < 0) return variable(body.replace(/^\$/, ''), args);
  return select(body.slice(0, arrow).trim().replace(/^\$/, ''), body.slice(arrow + 2), args);
}

function format(src, args) {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{', i);
    if (open < 0) { out += src.slice(i); break; }
    out += src.slice(i, open);
    const close = closing(src, open);
    out += placeable(src.slice(open + 1, close), args);
    i = close + 1;
  }
  return out;
}

/** The message `id` with `args`, in the reader's language (else English, else the id). */
export function t(id, args = {}) {
  const src = messages.get(id) ?? fallback.get(id);
  return src === undefined ? id : format(src, args);
}

/** Translates the markup's own text: data-l10n-id (text), data-l10n-title,
 * data-l10n-aria-label and data-l10n-placeholder (those attributes). */
export function localize(root = document) {
  for (const el of root.querySelectorAll('[data-l10n-id]')) el.textContent = t(el.dataset.l10nId);
  for (const attr of ['title', 'aria-label', 'placeholder']) {
    const key = `l10n${attr.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())}`;
    for (const el of root.querySelectorAll(`[data-l10n-${attr}]`)) el.setAttribute(attr, t(el.dataset[key]));
  }
}

/** Loads the catalog for the `language` setting ("system" or a tag) and applies it. */
export async function loadMessages(setting) {
  const c = await api.uiMessages(setting || 'system');
  lang = c.lang;
  messages = parse(c.messages);
  fallback = parse(c.fallback);
  languages = c.languages;
  plural = new Intl.PluralRules(lang);
  numbers = new Intl.NumberFormat(lang);
  document.documentElement.lang = lang;
  // Arabic mirrors the whole layout; articles keep their own direction (dir="auto").
  document.documentElement.dir = RTL.has(lang.split('-')[0]) ? 'rtl' : 'ltr';
  localize(document);
}
