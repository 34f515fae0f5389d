#!/usr/bin/env python3
"""Conformance run: real feeds, synced as a new user would, compared with what they hold.

Serves every file of a corpus directory (read in place, never copied) on
127.0.0.1, subscribes to each with `bulletin feeds add` on a new database at
default settings, runs one `bulletin sync`, then compares per feed:

  items     distinct items in the document (counted here, independently of
            Bulletin's parser: <item>/<entry> elements or JSON Feed items,
            one per guid/id, else link, else text)
  stored    articles Bulletin lists for the feed
  now       dated items shown as published "now" (at the time of the run)

Usage: python3 bench/conformance.py --bulletin PATH [--corpus DIR] [--json OUT]
Exit status 1 when a goal is missed: every well-formed feed parsed, at least
99 % of items stored, no dated item shown as now.
"""

import argparse
import functools
import http.server
import json
import re
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "real-feeds"
TYPES = {".json": "application/json", ".atom": "application/atom+xml", ".rss": "application/rss+xml",
         ".xml": "application/xml", ".rdf": "application/rdf+xml"}

CDATA = re.compile(rb"<!\[CDATA\[(.*?)\]\]>", re.S)
COMMENT = re.compile(rb"<!--.*?-->", re.S)
ITEM = re.compile(rb"<((?:[\w-]+:)?(?:item|entry))[\s>/](.*?)</\1\s*>", re.S)
DATE = re.compile(rb"<(?:[\w-]+:)?(pubDate|date|published|updated|issued|modified|created)(?:\s[^>]*)?>\s*([^<\s][^<]*)<", re.S)
GUID = re.compile(rb"<(?:[\w-]+:)?(?:guid|id)(?:\s[^>]*)?>\s*([^<]*?)\s*<", re.S)
LINK = re.compile(rb"<(?:[\w-]+:)?link(?:\s[^>]*?)?(?:href=\"([^\"]*)\"[^>]*)?(?:/>|>\s*([^<]*?)\s*<)", re.S)


def escape_cdata(m):
    return m.group(1).replace(b"&", b"&amp;").replace(b"<", b"&lt;")


def count_xml(data):
    """(distinct items, dated items, undated items) of an XML feed."""
    text = CDATA.sub(escape_cdata, COMMENT.sub(b"", data))
    keys, dated, undated = set(), 0, 0
    for m in ITEM.finditer(text):
        body = m.group(2)
        guid = GUID.search(body)
        link = LINK.search(body)
        key = (guid and guid.group(1).strip()) or (link and (link.group(1) or link.group(2) or b"").strip()) or body
        if key in keys:
            continue
        keys.add(key)
        if DATE.search(body):
            dated += 1
        else:
            undated += 1
    return len(keys), dated, undated


def count_json(data):
    doc = json.loads(data.decode("utf-8-sig"))
    keys, dated, undated = set(), 0, 0
    for item in doc.get("items") or []:
        if not isinstance(item, dict):
            continue
        key = str(item.get("id") or item.get("url") or json.dumps(item, sort_keys=True))
        if key in keys:
            continue
        keys.add(key)
        if str(item.get("date_published") or item.get("date_modified") or "").strip():
            dated += 1
        else:
            undated += 1
    return len(keys), dated, undated


def count(path):
    data = path.read_bytes()
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return count_json(data)
    return count_xml(data)


class Quiet(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}

    def log_message(self, *args):
        pass


def serve(directory):
    handler = functools.partial(Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def bulletin(binary, db, *args):
    out = subprocess.run([binary, "--db", db, "--json", *args], capture_output=True, text=True, timeout=300)
    return out.returncode, out.stdout, out.stderr.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bulletin", required=True)
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--json", help="write the per-feed results here")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    files = sorted(p for p in corpus.iterdir() if p.is_file() and p.suffix in TYPES)
    if not files:
        sys.exit(f"conformance: no feeds in {corpus}")
    server = serve(corpus)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "conformance.db")
        started = time.time()
        ids = {}
        for f in files:
            code, out, err = bulletin(args.bulletin, db, "feeds", "add", base + f.name)
            if code == 0:
                doc = json.loads(out)
                ids[f.name] = (doc.get("id"), doc.get("last_error") or err or None)
            else:
                ids[f.name] = (None, err)
        code, out, err = bulletin(args.bulletin, db, "sync")
        if code != 0:
            sys.exit(f"conformance: sync failed: {err}")
        errors = {fr["url"]: fr.get("error") for fr in json.loads(out)["feeds"]}
        finished = time.time()
        for f in files:
            feed_id, warning = ids[f.name]
            items, dated, undated = count(f)
            stored, now = 0, 0
            error = errors.get(base + f.name) or warning
            if feed_id is not None:
                code, out, _ = bulletin(args.bulletin, db, "articles", "--feed", str(feed_id))
                articles = json.loads(out) if code == 0 else []
                stored = len(articles)
                shown_now = sum(1 for a in articles
                                if datetime.fromisoformat(a["published"].replace("Z", "+00:00")).timestamp() >= started - 5)
                # Undated items may show as now only when the document dates none of its items.
                now = shown_now if dated else max(0, shown_now - undated)
            rows.append({"feed": f.name, "items": items, "dated": dated, "stored": stored,
                         "dated_shown_as_now": now, "error": error})

    print(f"{'feed':40} {'stored':>7} {'items':>6} {'now':>4}  error")
    for r in rows:
        print(f"{r['feed'][:40]:40} {r['stored']:>7} {r['items']:>6} {r['dated_shown_as_now']:>4}  {r['error'] or ''}")
    items = sum(r["items"] for r in rows)
    stored = sum(min(r["stored"], r["items"]) for r in rows)
    extra = sum(max(0, r["stored"] - r["items"]) for r in rows)
    now = sum(r["dated_shown_as_now"] for r in rows)
    failed = [r for r in rows if r["error"]]
    print(f"\nfeeds: {len(rows)}, parsed: {len(rows) - len(failed)}, failed: {len(failed)}")
    print(f"items stored: {stored} of {items} ({100.0 * stored / max(items, 1):.1f} %)"
          + (f"; {extra} more stored than counted" if extra else ""))
    print(f"dated items shown as now: {now}")
    print(f"run took {finished - started:.1f} s")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    ok = stored >= 0.99 * items and now == 0
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
