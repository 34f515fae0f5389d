// Settings → Filters and views: words, a phrase or a regex that hide, mark
// read, save or notify; saved searches. A filter never deletes: what it hides
// is in the "Filtered" view and comes back when the filter goes.

import { api } from './api.js';
import { formatDate, h } from './dom.js';
import { t } from './i18n.js';
import { state } from './state.js';

const ACTIONS = ['hide', 'read', 'save', 'notify'];
const FIELDS = ['any', 'title', 'body', 'author'];
const actionLabel = (a) => (ACTIONS.includes(a) ? t(`filter-action-${a}`) : a);
const fieldLabel = (f) => (FIELDS.includes(f) ? t(`filter-field-${f}`) : f);

function describe(f) {
  const scope = f.scope.kind === 'all' ? t('every-feed')
    : f.scope.kind === 'category' ? f.scope.value
      : state.feeds.find((x) => x.id === f.scope.value)?.title || t('feed-number', { id: f.scope.value });
  const until = f.expires ? t('filter-until', { date: formatDate(f.expires) }) : '';
  return t('filter-describe', {
    action: actionLabel(f.action), regex: f.regex ? 'regex' : '', match: f.match, field: fieldLabel(f.in), scope, until,
  });
}

function addForm(run) {
  const pattern = h('input', { type: 'text', name: 'match', required: true, 'aria-label': t('filter-pattern-label'), placeholder: t('filter-pattern-placeholder') });
  const regex = h('input', { type: 'checkbox', name: 'regex' });
  const field = h('select', { name: 'in', 'aria-label': t('filter-field-label') }, FIELDS.map((v) => h('option', { value: v }, fieldLabel(v))));
  const scope = h('select', { name: 'scope', 'aria-label': t('filter-scope-label') },
    h('option', { value: 'all' }, t('every-feed')),
    state.categories.map((c) => h('option', { value: `category:${c.name}` }, c.name)),
    state.feeds.map((f) => h('option', { value: `feed:${f.id}` }, `↳ ${f.title || f.url}`)));
  const action = h('select', { name: 'action', 'aria-label': t('filter-action-label') }, ACTIONS.map((v) => h('option', { value: v }, actionLabel(v))));
  const days = h('input', { type: 'number', name: 'days', min: 1, max: 3650, placeholder: t('always'), 'aria-label': t('filter-days-label') });
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
      run(() => api.addFilter(filter), (n) => t('filter-added', { count: n }));
    },
  },
  action, pattern, h('label', {}, regex, ' regex'), field, scope,
  h('label', {}, t('for'), ' ', days, ' ', t('days')),
  h('button', { type: 'submit', class: 'primary' }, t('add-filter')));
}

export function filtersSection(filters, run) {
  return h('section', { class: 'filters', 'data-section': 'filters' }, h('h3', {}, t('filters')),
    h('p', { class: 'hint' }, t('filters-hint')),
    filters.length ? h('ul', { class: 'filter-list' }, filters.map((f) => h('li', { 'data-filter-id': f.id },
      h('span', {}, describe(f)),
      h('button', { type: 'button', class: 'danger', 'data-action': 'remove-filter', onclick: () => run(() => api.removeFilter(f.id), t('filter-removed')) }, t('remove'))))) : null,
    addForm(run));
}

export function viewsSection(run) {
  return h('section', { class: 'views-admin', 'data-section': 'views' }, h('h3', {}, t('views')),
    h('p', { class: 'hint' }, t('views-hint')),
    state.views.length ? h('ul', { class: 'filter-list' }, state.views.map((v) => h('li', { 'data-view-admin': v.name },
      h('span', {}, t('view-describe', { name: v.name, query: v.query, unread: v.unread_only ? t('view-unread-only') : '', category: v.category ? t('view-in-category', { category: v.category }) : '', count: v.count })),
      h('button', { type: 'button', class: 'danger', onclick: () => run(() => api.removeView(v.name), t('view-removed')) }, t('remove'))))) : null,
    viewForm(run));
}

function viewForm(run) {
  const name = h('input', { type: 'text', name: 'name', required: true, 'aria-label': t('view-name-label'), placeholder: t('view-name') });
  const query = h('input', { type: 'text', name: 'query', required: true, 'aria-label': t('search-words'), placeholder: t('search-words') });
  const unread = h('input', { type: 'checkbox', name: 'unread' });
  const category = h('select', { name: 'category', 'aria-label': t('category') }, h('option', { value: '' }, t('all-categories')),
    state.categories.map((c) => h('option', { value: c.name }, c.name)));
  return h('form', {
    class: 'add-view', 'data-action': 'add-view',
    onsubmit: (e) => { e.preventDefault(); run(() => api.addView(name.value.trim(), query.value.trim(), unread.checked, category.value), t('view-added-toast')); },
  }, name, query, category, h('label', {}, unread, ' ', t('unread-only')), h('button', { type: 'submit' }, t('add-view')));
}
