// Settings → Accounts: feed servers (Google Reader API, Fever) this app
// mirrors. Add (after a connection test), see status, last sync, errors and
// changes waiting to be sent, remove.

import { api } from './api.js';
import { formatDate, h } from './dom.js';
import { t } from './i18n.js';
import { state } from './state.js';

const KINDS = ['greader', 'fever'];
const STATUSES = ['ok', 'error', 'auth'];
const CHANGES = ['read', 'unread', 'save', 'unsave', 'subscribe', 'unsubscribe', 'rename_feed', 'move_feed', 'rename_category', 'remove_category'];
const change = (c) => (CHANGES.includes(c) ? t(`change-${c.replace('_', '-')}`) : c);

/** "ann at rss.example.net" — how an account is named in lists and menus. */
export function accountName(a) {
  let host = a.url;
  try { host = new URL(a.url).host; } catch { /* keep the URL as typed */ }
  return t('account-name', { user: a.user, host });
}

function accountRow(a, run) {
  const details = [
    t('account-counts', { feeds: a.feeds, unread: a.unread }),
    a.last_sync ? t('last-sync', { date: formatDate(a.last_sync) }) : t('not-synced'),
    a.pending ? t('pending-changes', { count: a.pending }) : null,
  ].filter(Boolean).join(' · ');
  return h('li', { class: 'account', dataset: { accountId: a.id } },
    h('div', {},
      h('span', { class: 'account-name' }, accountName(a)),
      h('span', { class: 'account-kind' }, a.kind === 'fever' ? 'Fever' : 'Google Reader API'),
      h('span', { class: `status ${a.status === 'ok' ? 'ok' : 'error'}`, 'data-account-status': a.status }, STATUSES.includes(a.status) ? t(`account-status-${a.status}`) : a.status)),
    h('div', { class: 'hint' }, details),
    a.last_error ? h('div', { class: 'feed-error', 'data-account-error': '' }, a.last_error) : null,
    a.rejected ? h('details', { class: 'refused' },
      h('summary', { class: 'feed-error' }, t('refused-changes', { count: a.rejected })),
      h('ul', {}, a.refused.map((r) => h('li', { 'data-refused': r.change }, t('refused-change', { change: change(r.change), target: r.target, reason: r.reason }))))) : null,
    h('button', {
      type: 'button', class: 'danger', 'data-action': 'remove-account',
      onclick: () => confirm(t('remove-account-confirm', { account: accountName(a) }))
        && run(() => api.removeAccount(a.id), t('account-removed')),
    }, t('remove')));
}

function addForm(run) {
  const kind = h('select', { name: 'kind', 'aria-label': t('server-type') }, KINDS.map((v) => h('option', { value: v }, t(`kind-${v}`))));
  const url = h('input', { type: 'url', name: 'url', required: true, 'aria-label': t('server-address'), placeholder: 'https://rss.example.net/api/greader.php' });
  const user = h('input', { type: 'text', name: 'user', required: true, autocomplete: 'username', 'aria-label': t('user-name') });
  const password = h('input', { type: 'password', name: 'password', required: true, autocomplete: 'current-password', 'aria-label': t('api-password') });
  const note = h('p', { class: 'hint', 'aria-live': 'polite' });
  const explain = () => {
    const plain = url.value.trim().toLowerCase().startsWith('http://');
    note.textContent = [
      kind.value === 'fever' ? t('fever-limits') : '',
      plain ? t('plain-http-warning') : '',
    ].filter(Boolean).join(' ');
    note.classList.toggle('warn', plain);
  };
  kind.addEventListener('change', explain);
  url.addEventListener('input', explain);
  const fields = () => [kind.value, url.value.trim(), user.value.trim(), password.value];
  const test = h('button', {
    type: 'button', 'data-action': 'test-account',
    onclick: () => run(() => api.testAccount(...fields()), t('connection-works'), { keep: true }),
  }, t('test-connection'));
  return h('form', {
    class: 'add-account', 'data-action': 'add-account',
    onsubmit: (e) => {
      e.preventDefault();
      run(() => api.addAccount(...fields()), (r) => (r.password_in_file
        ? t('account-added-file')
        : t('account-added')));
    },
  },
  h('label', {}, t('server'), ' ', kind),
  h('label', {}, t('address'), ' ', url),
  h('label', {}, t('user'), ' ', user),
  h('label', {}, t('api-password'), ' ', password),
  note,
  h('div', { class: 'actions' }, test, h('button', { type: 'submit', class: 'primary' }, t('add-account'))));
}

/** The section; `run(action, done, opts)` runs a change and re-renders. */
export function accountsSection(run) {
  return h('section', { class: 'accounts', 'data-section': 'accounts' }, h('h3', {}, t('accounts')),
    h('p', { class: 'hint' }, t('accounts-hint')),
    state.accounts.length ? h('ul', { class: 'account-list' }, state.accounts.map((a) => accountRow(a, run))) : null,
    addForm(run));
}
