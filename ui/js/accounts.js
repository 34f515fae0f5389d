// Settings → Accounts: feed servers (Google Reader API, Fever) this app
// mirrors. Add (after a connection test), see status, last sync, errors and
// changes waiting to be sent, remove.

import { api } from './api.js';
import { formatDate, h } from './dom.js';
import { state } from './state.js';

const KINDS = [['greader', 'Google Reader API (FreshRSS, Miniflux, Inoreader, The Old Reader…)'], ['fever', 'Fever']];
const STATUS = { ok: 'OK', error: 'Sync failed', auth: 'Login refused' };
const CHANGES = {
  read: 'Mark read', unread: 'Mark unread', save: 'Save', unsave: 'Unsave', subscribe: 'Subscribe to',
  unsubscribe: 'Unsubscribe from', rename_feed: 'Rename', move_feed: 'Move', rename_category: 'Rename category',
  remove_category: 'Remove category',
};

/** "ann at rss.example.net" — how an account is named in lists and menus. */
export function accountName(a) {
  let host = a.url;
  try { host = new URL(a.url).host; } catch { /* keep the URL as typed */ }
  return `${a.user} at ${host}`;
}

function accountRow(a, run) {
  const details = [
    `${a.feeds} feed${a.feeds === 1 ? '' : 's'}, ${a.unread} unread`,
    a.last_sync ? `last sync ${formatDate(a.last_sync)}` : 'not synced yet',
    a.pending ? `${a.pending} change${a.pending === 1 ? '' : 's'} waiting to be sent` : null,
  ].filter(Boolean).join(' · ');
  return h('li', { class: 'account', dataset: { accountId: a.id } },
    h('div', {},
      h('span', { class: 'account-name' }, accountName(a)),
      h('span', { class: 'account-kind' }, a.kind === 'fever' ? 'Fever' : 'Google Reader API'),
      h('span', { class: `status ${a.status === 'ok' ? 'ok' : 'error'}`, 'data-account-status': a.status }, STATUS[a.status] || a.status)),
    h('div', { class: 'hint' }, details),
    a.last_error ? h('div', { class: 'feed-error', 'data-account-error': '' }, a.last_error) : null,
    a.rejected ? h('details', { class: 'refused' },
      h('summary', { class: 'feed-error' }, `${a.rejected} change${a.rejected === 1 ? ' was' : 's were'} refused by the server`),
      h('ul', {}, a.refused.map((r) => h('li', { 'data-refused': r.change }, `${CHANGES[r.change] || r.change} ${r.target}: ${r.reason}`)))) : null,
    h('button', {
      type: 'button', class: 'danger', 'data-action': 'remove-account',
      onclick: () => confirm(`Remove ${accountName(a)}? Its feeds and articles leave this computer; saved articles stay.`)
        && run(() => api.removeAccount(a.id), 'Account removed'),
    }, 'Remove'));
}

function addForm(run) {
  const kind = h('select', { name: 'kind', 'aria-label': 'Server type' }, KINDS.map(([v, label]) => h('option', { value: v }, label)));
  const url = h('input', { type: 'url', name: 'url', required: true, 'aria-label': 'Server API address', placeholder: 'https://rss.example.net/api/greader.php' });
  const user = h('input', { type: 'text', name: 'user', required: true, autocomplete: 'username', 'aria-label': 'User name' });
  const password = h('input', { type: 'password', name: 'password', required: true, autocomplete: 'current-password', 'aria-label': 'API password' });
  const note = h('p', { class: 'hint', 'aria-live': 'polite' });
  const explain = () => {
    const plain = url.value.trim().toLowerCase().startsWith('http://');
    note.textContent = [
      kind.value === 'fever' ? 'Fever cannot subscribe, unsubscribe, rename or move feeds: do that on the server.' : '',
      plain ? 'Warning: http sends your password and articles unencrypted. Use https unless the server is on your own network.' : '',
    ].filter(Boolean).join(' ');
    note.classList.toggle('warn', plain);
  };
  kind.addEventListener('change', explain);
  url.addEventListener('input', explain);
  const fields = () => [kind.value, url.value.trim(), user.value.trim(), password.value];
  const test = h('button', {
    type: 'button', 'data-action': 'test-account',
    onclick: () => run(() => api.testAccount(...fields()), 'Connection works: the server accepted the login', { keep: true }),
  }, 'Test connection');
  return h('form', {
    class: 'add-account', 'data-action': 'add-account',
    onsubmit: (e) => {
      e.preventDefault();
      run(() => api.addAccount(...fields()), (r) => (r.password_in_file
        ? 'Account added. No system keyring here: the password is kept in a file only you can read.'
        : 'Account added; its feeds arrive with the first sync.'));
    },
  },
  h('label', {}, 'Server ', kind),
  h('label', {}, 'Address ', url),
  h('label', {}, 'User ', user),
  h('label', {}, 'API password ', password),
  note,
  h('div', { class: 'actions' }, test, h('button', { type: 'submit', class: 'primary' }, 'Add account')));
}

/** The section; `run(action, done, opts)` runs a change and re-renders. */
export function accountsSection(run) {
  return h('section', { class: 'accounts', 'data-section': 'accounts' }, h('h3', {}, 'Accounts'),
    h('p', { class: 'hint' }, 'Sync with a feed server you already use. The server fetches the feeds; Bulletin mirrors its subscriptions, articles and read and saved state, and sends your changes back — kept safe until the server has them, even offline.'),
    state.accounts.length ? h('ul', { class: 'account-list' }, state.accounts.map((a) => accountRow(a, run))) : null,
    addForm(run));
}
