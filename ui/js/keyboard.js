// Keyboard: j/k next/previous, o or Enter open original, s save, m toggle
// read, r sync, / search, ? help.

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
    const step = (delta) => {
      const list = visibleArticles();
      if (!list.length) return;
      const i = list.findIndex((a) => a.id === state.selectedId);
      const next = list[i < 0 ? 0 : Math.min(list.length - 1, Math.max(0, i + delta))];
      if (next && next.id !== state.selectedId) open(next.id);
    };
    const actions = {
      j: () => step(1),
      k: () => step(-1),
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
