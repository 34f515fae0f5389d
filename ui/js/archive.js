// The archive: a month calendar with the number of articles per day.

import { api } from './api.js';
import { formatDay, h, replace } from './dom.js';
import { currentLang, t } from './i18n.js';
const pad = (n) => String(n).padStart(2, '0');
let shown = new Date();

export async function showArchive(navigate, month = shown) {
  shown = new Date(month.getFullYear(), month.getMonth(), 1);
  const key = `${shown.getFullYear()}-${pad(shown.getMonth() + 1)}`;
  const days = await api.archive(key);
  const counts = new Map(days.map((d) => [d.day, d.count]));
  const total = days.reduce((n, d) => n + d.count, 0);

  const first = (shown.getDay() + 6) % 7; // weeks start on Monday
  const inMonth = new Date(shown.getFullYear(), shown.getMonth() + 1, 0).getDate();
  const cells = [];
  for (let i = 0; i < first; i++) cells.push(h('span', { class: 'day blank' }));
  for (let d = 1; d <= inMonth; d++) {
    const day = `${key}-${pad(d)}`;
    const n = counts.get(day) || 0;
    cells.push(h('button', {
      type: 'button', class: `day${n ? ' has' : ''}`, 'data-day': day, disabled: !n,
      title: n ? t('archive-day', { count: n, day: formatDay(day) }) : formatDay(day),
      onclick: () => navigate({ kind: 'day', value: day, label: formatDay(day) }),
    }, h('span', { class: 'num' }, d), n ? h('span', { class: 'n' }, n) : null));
  }
  const step = (delta) => () => showArchive(navigate, new Date(shown.getFullYear(), shown.getMonth() + delta, 1));
  replace(document.getElementById('list'),
    h('header', { class: 'list-header' }, h('h2', {}, t('view-archive'))),
    h('div', { class: 'calendar' },
      h('div', { class: 'month' },
        h('button', { type: 'button', 'data-action': 'prev-month', onclick: step(-1), 'aria-label': t('previous-month') }, '‹'),
        h('h3', { 'data-month': key }, new Intl.DateTimeFormat(currentLang(), { month: 'long', year: 'numeric' }).format(shown)),
        h('button', { type: 'button', 'data-action': 'next-month', onclick: step(1), 'aria-label': t('next-month') }, '›')),
      h('div', { class: 'weekdays' }, weekdays().map((d) => h('span', {}, d))),
      h('div', { class: 'days' }, cells),
      h('p', { class: 'hint' }, total ? t('archive-month', { count: total }) : t('archive-empty'))));
}

/** Monday to Sunday, short, in the reader's language. */
function weekdays() {
  const fmt = new Intl.DateTimeFormat(currentLang(), { weekday: 'short' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => fmt.format(new Date(2024, 0, 1 + i)));
}
