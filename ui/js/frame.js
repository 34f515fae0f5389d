// The article body is shown only inside a sandboxed iframe: no allow-scripts,
// no allow-same-origin, its own CSP. The HTML was sanitized in Rust already;
// this is the second wall, so even a sanitizer bug cannot reach IPC.

import { t } from './i18n.js';

const CSP = "default-src 'none'; img-src https: http: data:; media-src https: http:; style-src 'unsafe-inline'";
// With pictures off, nothing in the article loads from the web.
const CSP_NO_REMOTE = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

const STYLE = `
  :root { color-scheme: light dark; }
  html { font: 17px/1.6 Georgia, 'Iowan Old Style', 'Times New Roman', serif; }
  body { margin: 0 auto; padding: 0 24px 32px; max-width: 42em; color: #1d232b; background: #fffdf8; word-wrap: break-word; }
  a { color: #1c5fa8; }
  img, video, picture { max-width: 100%; height: auto; border-radius: 4px; }
  figure { margin: 1em 0; } figcaption { font-size: 0.85em; color: #667; }
  blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid #c9d3de; color: #445; }
  pre, code { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 0.9em; }
  pre { overflow-x: auto; padding: 0.8em; background: #f2efe7; }
  table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: 0.3em 0.5em; }
  @media (prefers-color-scheme: dark) {
    body:not(.light) { color: #dde3ea; background: #171b21; } body:not(.light) a { color: #82b6ef; }
    body:not(.light) pre { background: #222831; }
  }
  body.dark { color: #dde3ea; background: #171b21; } body.dark a { color: #82b6ef; } body.dark pre { background: #222831; }
`;

function escapeAttr(s) {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** An iframe showing `html` (sanitized article HTML) with the given theme. */
export function articleFrame(html, theme, url, remoteImages = true, lang = null) {
  const frame = document.createElement('iframe');
  frame.className = 'article-body';
  frame.setAttribute('sandbox', '');
  frame.setAttribute('referrerpolicy', 'no-referrer');
  frame.setAttribute('title', t('article-text'));
  const base = url && /^https?:/i.test(url) ? `<base href="${escapeAttr(url)}">` : '';
  const themeClass = theme === 'light' || theme === 'dark' ? theme : '';
  // A language tag is letters, digits and hyphens (checked in the core too).
  const langAttr = lang && /^[A-Za-z0-9-]{2,35}$/.test(lang) ? ` lang="${lang}"` : '';
  frame.srcdoc = `<!doctype html><html${langAttr}><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${remoteImages ? CSP : CSP_NO_REMOTE}">
<meta name="referrer" content="no-referrer">${base}<style>${STYLE}</style></head>
<body class="${themeClass}" dir="auto">${html || '<p><em>This feed gives no text for the article. Open the original to read it.</em></p>'}</body></html>`;
  return frame;
}
