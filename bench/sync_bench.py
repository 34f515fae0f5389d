#!/usr/bin/env python3
"""Sync benchmark: `bulletin sync` against newsboat, side by side in one run.

200 feeds x 50 items are generated and served by nginx on loopback (static
files, so ETag/Last-Modified and 304s come from nginx itself). Runs alternate
between the two readers so both see the same machine state:

  cold  - a fresh database/cache each run: every feed fetched and stored
  warm  - nothing changed: every request is answered 304
  rss   - peak RSS of a bulletin sync whose feed list includes a gzip bomb

and the same cold and warm syncs with 50 filters (words, phrases and regexes
on every field, all four actions, some scoped to one feed) in the database.

Usage: python3 bench/sync_bench.py [--rounds N] [--bulletin PATH]
Needs: nginx, newsboat (Debian packages), a release build of bulletin.
"""

import argparse
import gzip
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
FEEDS, ITEMS = 200, 50
GOALS = {"cold": 4.0, "warm": 15.0, "rss_mb": 150.0}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# Text like news prose: function words make up about 45 % of it, the rest is
# drawn from a 6,000-word vocabulary with Zipf's law (rank^-1.07), so a few
# content words are everywhere and most are rare — as in a real news corpus.
FUNCTION_WORDS = ("the of and to a in that is for on was with he it as at by from his her said "
                  "have has be are were they this which will after but not an its their who been "
                  "would also over more into than when").split()
SYLLABLES = ("ka lo mer tan vi sor pre dal ten ric ho mun bel as tor gra fe lin op cu nor "
             "sel vo dra min pa ter qui ban ex gol ru fin ste ma col").split()


def vocabulary(rng, size=6000):
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))))
    words = sorted(words)
    rng.shuffle(words)
    return words, [1.0 / (rank + 1) ** 1.07 for rank in range(size)]


def sentence(rng, vocab, n):
    words, weights = vocab
    content = rng.choices(words, weights, k=n)
    return [w if rng.random() > 0.45 else rng.choice(FUNCTION_WORDS) for w in content]


def paragraph(rng, vocab):
    return " ".join(sentence(rng, vocab, rng.randint(25, 60))).capitalize() + "."


def generate(www):
    """Bodies like real news: 2-5 paragraphs of 25-60 words, a link and an image per item."""
    rng = random.Random(20261125)
    vocab = vocabulary(rng)
    now = datetime.now(timezone.utc)
    (www / "feed").mkdir(parents=True, exist_ok=True)
    for f in range(FEEDS):
        parts = [f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                 f"<title>Bench feed {f}</title><link>https://bench{f}.example/</link>"
                 f"<description>Benchmark feed {f}</description>\n"]
        for i in range(ITEMS):
            w = rng.choices(vocab[0], vocab[1], k=2)
            title = " ".join(sentence(rng, vocab, rng.randint(6, 12))).capitalize() + f" ({f}-{i})"
            date = format_datetime(now - timedelta(minutes=17 * i + f), usegmt=True)
            paras = [paragraph(rng, vocab) for _ in range(rng.randint(2, 5))]
            paras[0] = (f'<img src="https://cdn.bench{f}.example/img/{i}.jpg" alt="{w[0]}" width="640" height="360"> '
                        + paras[0])
            paras[-1] += f' <a href="https://bench{f}.example/{i}/more?utm_source=rss">Read more about the {w[1]}</a>'
            body = "".join(f"<p>{p}</p>" for p in paras)
            parts.append(
                f"<item><title>{esc(title)}</title><link>https://bench{f}.example/{i}</link>"
                f"<guid>bench-{f}-{i}</guid><pubDate>{date}</pubDate>"
                f"<description>{esc(body)}</description></item>\n")
        parts.append("</channel></rss>\n")
        (www / "feed" / f"{f}.xml").write_text("".join(parts))
    # A gzip bomb: 1 GiB of zeros, served with Content-Encoding: gzip.
    with gzip.open(www / "bomb.xml", "wb", compresslevel=9) as g:
        chunk = b"\0" * (1 << 20)
        for _ in range(1024):
            g.write(chunk)


def filters(n=50):
    """n filters over the generated text: common and rare words, phrases and
    regexes, on every field, every action, some scoped to one feed."""
    rng = random.Random(50)
    words, _ = vocabulary(random.Random(20261125))
    out = []
    for k in range(n):
        w = words[rng.randrange(0, 3000)]
        if k % 5 == 4:
            match, extra = rf"\b{w[:3]}\w*{words[rng.randrange(0, 300)][:2]}", ["--regex"]
        elif k % 5 == 3:
            match, extra = f"{w} {words[rng.randrange(0, 3000)]}", []
        else:
            match, extra = w, []
        field = ["any", "title", "body", "author"][k % 4]
        action = ["hide", "read", "save", "notify"][k % 4]
        scope = ["--feed", str(1 + k)] if k % 10 == 9 else []
        out.append(["--match", match, "--in", field, "--action", action, *extra, *scope])
    return out


def start_nginx(www, port):
    conf = OUT / "nginx.conf"
    conf.write_text(f"""
daemon off;
worker_processes 2;
pid {OUT}/nginx.pid;
error_log {OUT}/nginx-error.log warn;
{"user root;" if os.geteuid() == 0 else ""}
events {{ worker_connections 1024; }}
http {{
  access_log off;
  client_body_temp_path {OUT}/tmp-body; proxy_temp_path {OUT}/tmp-proxy;
  fastcgi_temp_path {OUT}/tmp-fcgi; uwsgi_temp_path {OUT}/tmp-uwsgi; scgi_temp_path {OUT}/tmp-scgi;
  keepalive_requests 10000;
  server {{
    listen 127.0.0.1:{port};
    root {www};
    location /feed/ {{ default_type application/rss+xml; etag on; }}
    location = /bomb.xml {{ default_type application/rss+xml; add_header Content-Encoding gzip; }}
  }}
}}
""")
    proc = subprocess.Popen([shutil.which("nginx") or "/usr/sbin/nginx", "-c", str(conf), "-p", str(OUT)],
                            start_new_session=True)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    sys.exit("nginx did not start; see " + str(OUT / "nginx-error.log"))


def run(cmd, env=None):
    """Runs cmd; returns (seconds, peak RSS in MB)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    elapsed = time.perf_counter() - t0
    err = p.stderr.read().decode(errors="replace")
    if os.environ.get("BENCH_STDERR"):
        sys.stderr.write(err)
    p.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{cmd[0]} failed ({code}): {err}")
    return elapsed, usage.ru_maxrss / 1024


class Bulletin:
    def __init__(self, exe, urls, name="bulletin", filters=()):
        self.exe, self.urls, self.filters = exe, urls, filters
        self.db = OUT / f"{name}.db"
        self.opml = OUT / f"{name}.opml"
        self.opml.write_text('<opml version="2.0"><body>' + "".join(
            f'<outline text="f" xmlUrl="{u}"/>' for u in urls) + "</body></opml>")

    def fresh(self):
        for suffix in ("", "-wal", "-shm"):
            Path(str(self.db) + suffix).unlink(missing_ok=True)
        subprocess.run([self.exe, "--db", self.db, "opml", "import", self.opml], check=True,
                       stdout=subprocess.DEVNULL)
        for args in self.filters:
            subprocess.run([self.exe, "--db", self.db, "filters", "add", *args], check=True, stdout=subprocess.DEVNULL)

    def sync(self):
        return run([self.exe, "--db", str(self.db), "sync", "--concurrency", "16"])


class Newsboat:
    def __init__(self, urls):
        self.dir = OUT / "newsboat"
        self.dir.mkdir(exist_ok=True)
        (self.dir / "urls").write_text("\n".join(urls) + "\n")
        (self.dir / "config").write_text("reload-threads 8\nshow-read-feeds yes\n")
        self.env = dict(os.environ, HOME=str(self.dir))

    def fresh(self):
        for name in ("cache.db", "cache.db.lock", "cache.db-journal"):
            (self.dir / name).unlink(missing_ok=True)

    def sync(self):
        return run(["newsboat", "-u", str(self.dir / "urls"), "-c", str(self.dir / "cache.db"),
                    "-C", str(self.dir / "config"), "-x", "reload"], env=self.env)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--bulletin", default=str(ROOT / "target" / "release" / "bulletin"))
    ap.add_argument("--baseline", help="another bulletin build (e.g. an earlier commit), run side by side")
    args = ap.parse_args()
    if not shutil.which("newsboat"):
        sys.exit("newsboat is not installed (apt-get install newsboat)")
    if not Path(args.bulletin).exists():
        sys.exit(f"{args.bulletin} not found; build it: cargo build --release -p bulletin-cli")

    shutil.rmtree(OUT, ignore_errors=True)
    www = OUT / "www"
    www.mkdir(parents=True)
    generate(www)
    port = free_port()
    nginx = start_nginx(www, port)
    try:
        urls = [f"http://127.0.0.1:{port}/feed/{f}.xml" for f in range(FEEDS)]
        b, n = Bulletin(args.bulletin, urls), Newsboat(urls)
        bf = Bulletin(args.bulletin, urls, name="filtered", filters=filters())
        cold = {"bulletin": [], "newsboat": [], "filtered": []}
        warm = {"bulletin": [], "newsboat": [], "filtered": []}
        order = [("bulletin", b), ("filtered", bf), ("newsboat", n)]
        if args.baseline:
            order.append(("baseline", Bulletin(args.baseline, urls, name="baseline")))
            cold["baseline"], warm["baseline"] = [], []
        for r in range(args.rounds):
            for name, reader in (order[::-1] if r % 2 else order):
                reader.fresh()
                cold[name].append(reader.sync()[0])
                warm[name].append(reader.sync()[0])
        articles = int(subprocess.run([args.bulletin, "--db", str(b.db), "articles", "--json"],
                                      capture_output=True, check=True).stdout.count(b'"feed_id"'))

        # Peak memory with the gzip bomb among the feeds.
        bomb = Bulletin(args.bulletin, urls + [f"http://127.0.0.1:{port}/bomb.xml"], name="bomb")
        bomb.fresh()
        _, rss_bomb = bomb.sync()
    finally:
        os.killpg(nginx.pid, signal.SIGTERM)
        nginx.wait()

    med = lambda xs: statistics.median(xs)
    res = {
        "feeds": FEEDS, "items_per_feed": ITEMS, "rounds": args.rounds, "articles_stored": articles,
        "cold_s": {k: med(v) for k, v in cold.items()},
        "warm_s": {k: med(v) for k, v in warm.items()},
        "peak_rss_mb_with_bomb": rss_bomb,
    }
    res["cold_ratio"] = res["cold_s"]["newsboat"] / res["cold_s"]["bulletin"]
    res["warm_ratio"] = res["warm_s"]["newsboat"] / res["warm_s"]["bulletin"]
    res["cold_ratio_filtered"] = res["cold_s"]["newsboat"] / res["cold_s"]["filtered"]
    res["warm_ratio_filtered"] = res["warm_s"]["newsboat"] / res["warm_s"]["filtered"]
    (OUT / "results.json").write_text(json.dumps(res, indent=2))

    ok = lambda good: "ok" if good else "BELOW GOAL"
    print(f"\n{FEEDS} feeds x {ITEMS} items over nginx on loopback, median of {args.rounds} alternating rounds")
    print(f"{'':8} {'bulletin':>10} {'newsboat':>10} {'ratio':>8}  goal")
    print(f"{'cold':8} {res['cold_s']['bulletin']:>9.3f}s {res['cold_s']['newsboat']:>9.3f}s "
          f"{res['cold_ratio']:>7.1f}x  >= {GOALS['cold']:.0f}x {ok(res['cold_ratio'] >= GOALS['cold'])}")
    print(f"{'warm':8} {res['warm_s']['bulletin']:>9.3f}s {res['warm_s']['newsboat']:>9.3f}s "
          f"{res['warm_ratio']:>7.1f}x  >= {GOALS['warm']:.0f}x {ok(res['warm_ratio'] >= GOALS['warm'])}")
    print(f"{'cold, 50 filters':8} {res['cold_s']['filtered']:>9.3f}s {res['cold_s']['newsboat']:>9.3f}s "
          f"{res['cold_ratio_filtered']:>7.1f}x  ({res['cold_s']['filtered'] / res['cold_s']['bulletin']:.2f}x the time without)")
    print(f"{'warm, 50 filters':8} {res['warm_s']['filtered']:>9.3f}s {res['warm_s']['newsboat']:>9.3f}s "
          f"{res['warm_ratio_filtered']:>7.1f}x  ({res['warm_s']['filtered'] / res['warm_s']['bulletin']:.2f}x the time without)")
    if args.baseline:
        print(f"{'baseline':8} {res['cold_s']['baseline']:>9.3f}s cold, {res['warm_s']['baseline']:.3f}s warm "
              f"({args.baseline}); this build takes {res['cold_s']['bulletin'] / res['cold_s']['baseline']:.2f}x "
              f"its cold time and {res['warm_s']['bulletin'] / res['warm_s']['baseline']:.2f}x its warm time")
    print(f"peak RSS of a bulletin sync with a gzip bomb (1 GiB inflated) in the list: {rss_bomb:.1f} MB  "
          f"< {GOALS['rss_mb']:.0f} MB {ok(rss_bomb < GOALS['rss_mb'])}")
    print(f"articles stored by bulletin: {articles}; raw runs in {OUT / 'results.json'}")
    res["cold_runs"], res["warm_runs"] = cold, warm
    (OUT / "results.json").write_text(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
