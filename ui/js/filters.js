// Settings → Filters and views: words, a phrase or a regex that hide, mark
// read, save or notify; saved searches. A filter never deletes: what it hides
// is in the "Filtered" view and comes back when the filter goes.

import { api } from './api.js';
import { formatDate, h } from './dom.js';
import { state } from './state.js';

const ACTIONS = [['hide', 'Hide'], ['read', 'Mark read'], ['save', 'Save'], ['notify', 'Notify me']];
const FIELDS = [['any', 'anywhere'], ['title', 'in the title'], ['body', 'in the text'], ['author', 'in the author']];

function describe(f) {
  const scope = f.scope.kind === 'all' ? 'every feed'
    : f.scope.kind === 'category' ? f.scope.value
      : state.feeds.find((x) => x.id === f.scope.value)?.title || `feed ${f.scope.value}`;
  const action = ACTIONS.find(([v]) => v === f.action)?.[1] || f.action;
  const field = FIELDS.find(([v]) => v === f.in)?.[1] || f.in;
  const until = f.expires ? ` until ${formatDate(f.expires)}` : '';
  return `${action}: ${f.regex ? 'regex' : ''} “${f.match}” ${field}, ${scope}${until}`;
}

function addForm(run) {
  const pattern = h('input', { type: 'text', name: 'match', required: true, 'aria-label': 'Words, phrase or regex', placeholder: 'e.g. election, or a phrase' });
  const regex = h('input', { type: 'checkbox', name: 'regex' });
  const field = h('select', { name: 'in', 'aria-label': 'Where to look' }, FIELDS.map(([v, l]) => h('option', { value: v }, l)));
  const scope = h('select', { name: 'scope', 'aria-label': 'In which feeds' },
    h('option', { value: 'all' }, 'every feed'),
    state.categories.map((c) => h('option', { value: `category:${c.name}` }, c.name)),
    state.feeds.map((f) => h('option', { value: `feed:${f.id}` }, `↳ ${f.title || f.url}`)));
  const action = h('select', { name: 'action', 'aria-label': 'What to do' }, ACTIONS.map(([v, l]) => h('option', { value: v }, l)));
  const days = h('input', { type: 'number', name: 'days', min: 1, max: 3650, placeholder: 'always', 'aria-label': 'For how many days' });
  const scopeOf = (v) => {
    if (v === 'all') return { kind: 'all' };
    const [kind, ...rest] = v.split(':');
    const value = rest.join(':');
    return kind === 'feed' ? { kind, value: Number(value) } : { kind, value };
  };
  return h('form', {
    class: 'add-filter', 'data-action': 'add-filter',
    onsubmit: (e) => {
      e.preventDefault();
      const filter = {
        pattern: pattern.value.trim(), regex: regex.checked, field: field.value, scope: scopeOf(scope.value),
        action: action.value, days: days.value ? Number(days.value) : null,
      };
      run(() => api.addFilter(filter), (n) => `Filter added; ${n} stored article${n === 1 ? '' : 's'} changed`);
    },
  },
  action, pattern, h('label', {}, regex, ' regex'), field, scope,
  h('label', {}, 'for ', days, ' days'),
  h('button', { type: 'submit', class: 'primary' }, 'Add filter'));
}

export function filtersSection(filters, run) {
  return h('section', { class: 'filters', 'data-section': 'filters' }, h('h3', {}, 'Filters'),
    h('p', { class: 'hint' }, 'Words match whole words in any case; a regex matches anywhere. Hidden articles leave every list and count but “Filtered”, and come back when the filter goes.'),
    filters.length ? h('ul', { class: 'filter-list' }, filters.map((f) => h('li', { 'data-filter-id': f.id },
      h('span', {}, describe(f)),
      h('button', { type: 'button', class: 'danger', 'data-action': 'remove-filter', onclick: () => run(() => api.removeFilter(f.id), 'Filter removed') }, 'Remove')))) : null,
    addForm(run));
}

export function viewsSection(run) {
  return h('section', { class: 'views-admin', 'data-section': 'views' }, h('h3', {}, 'Views'),
    h('p', { class: 'hint' }, 'Saved searches in the sidebar, counted as articles arrive. Search, then “Save as view”, or add one here.'),
    state.views.length ? h('ul', { class: 'filter-list' }, state.views.map((v) => h('li', { 'data-view-admin': v.name },
      h('span', {}, `${v.name} — “${v.query}”${v.unread_only ? ', unread only' : ''}${v.category ? `, in ${v.category}` : ''}: ${v.count} articles`),
      h('button', { type: 'button', class: 'danger', onclick: () => run(() => api.removeView(v.name), 'View removed') }, 'Remove')))) : null,
    viewForm(run));
}

function viewForm(run) {
  const name = h('input', { type: 'text', name: 'name', required: true, 'aria-label': 'View name', placeholder: 'Name' });
  const query = h('input', { type: 'text', name: 'query', required: true, 'aria-label': 'Search words', placeholder: 'Search words' });
  const unread = h('input', { type: 'checkbox', name: 'unread' });
  const category = h('select', { name: 'category', 'aria-label': 'Category' }, h('option', { value: '' }, 'all categories'),
    state.categories.map((c) => h('option', { value: c.name }, c.name)));
  return h('form', {
    class: 'add-view', 'data-action': 'add-view',
    onsubmit: (e) => { e.preventDefault(); run(() => api.addView(name.value.trim(), query.value.trim(), unread.checked, category.value), 'View added'); },
  }, name, query, category, h('label', {}, unread, ' unread only'), h('button', { type: 'submit' }, 'Add view'));
}
