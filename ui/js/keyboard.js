// Keyboard: j/k or the arrow keys next/previous, Enter on an article opens
// it, o (or Enter on the page itself) opens the original, s save, m toggle
// read, r sync, / search, ? help. Never while typing, and never in place of
// what Enter or an arrow does on a focused control.

import { openOriginal, toggleRead, toggleSaved } from './reader.js';
import { state, visibleArticles } from './state.js';

export function initKeyboard({ open, sync }) {
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const typing = e.target.closest('input, textarea, select, [contenteditable]');
    if (e.key === 'Escape') {
      if (typing) e.target.blur();
      return;
    }
    if (typing || document.querySelector('dialog[open]')) return;
    const onControl = e.target.closest('button, a, summary, audio, video, iframe');
    const row = e.target.closest('#list .row');
    const inList = row || e.target === document.body || e.target.closest('#list');
    const step = (delta) => {
      const list = visibleArticles();
      if (!list.length) return;
      // From the open article, else from the row the keyboard is on.
      let i = list.findIndex((a) => a.id === state.selectedId);
      const focusedRow = document.activeElement?.closest?.('#list .row');
      if (i < 0 && focusedRow) i = list.findIndex((a) => a.id === Number(focusedRow.dataset.articleId));
      const next = list[i < 0 ? 0 : Math.min(list.length - 1, Math.max(0, i + delta))];
      if (next && next.id !== state.selectedId) open(next.id);
    };
    if (e.key === 'Enter' && row) {
      e.preventDefault();
      open(Number(row.dataset.articleId));
      return;
    }
    if ((e.key === 'Enter' && onControl) || (e.key.startsWith('Arrow') && !inList)) return;
    const actions = {
      j: () => step(1),
      k: () => step(-1),
      ArrowDown: () => step(1),
      ArrowUp: () => step(-1),
      o: () => openOriginal(),
      Enter: () => openOriginal(),
      s: () => toggleSaved(),
      m: () => toggleRead(),
      r: () => sync(),
      '/': () => document.getElementById('search').focus(),
      '?': () => document.getElementById('help-dialog').showModal(),
    };
    const action = actions[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  });
}
