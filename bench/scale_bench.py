#!/usr/bin/env python3
"""Scale benchmark: a first sync of 200, 2,000 and 5,000 feeds x 50 items
(bodies like real news: 2-5 paragraphs, an image and a link per item), served
by nginx on loopback, then a warm sync of the same. Prints time, peak RSS and
database size per article for each, and the ratios between sizes: memory
must not grow with the articles a sync brings, and time should grow linearly.
Then, untimed, one more cold sync per size with `bulletin save` run beside it
every 100 ms: how long a user's write waits while a big sync writes.

Usage: python3 bench/scale_bench.py [--bulletin PATH] [--sizes 200,2000,5000] [--rounds N]
Needs: nginx (Debian package), a release build of bulletin.
"""

import argparse
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import time
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sync_bench as sb  # noqa: E402  (shares the generator, nginx and the runner)

OUT = sb.OUT.parent / "out-scale"
ITEMS = 50


def generate(www, feeds):
    rng = random.Random(20261204)
    vocab = sb.vocabulary(rng)
    now = datetime.now(timezone.utc)
    (www / "feed").mkdir(parents=True, exist_ok=True)
    for f in range(feeds):
        path = www / "feed" / f"{f}.xml"
        if path.exists():
            continue
        parts = [f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                 f"<title>Scale feed {f}</title><link>https://scale{f}.example/</link>\n"]
        for i in range(ITEMS):
            title = " ".join(sb.sentence(rng, vocab, rng.randint(6, 12))).capitalize() + f" ({f}-{i})"
            date = format_datetime(now - timedelta(minutes=17 * i + f % 600), usegmt=True)
            paras = [sb.paragraph(rng, vocab) for _ in range(rng.randint(2, 5))]
            paras[0] = f'<img src="https://cdn.scale{f}.example/{i}.jpg" width="640" height="360"> ' + paras[0]
            paras[-1] += f' <a href="https://scale{f}.example/{i}/more?utm_source=rss">Read more</a>'
            body = "".join(f"<p>{p}</p>" for p in paras)
            parts.append(f"<item><title>{sb.esc(title)}</title><link>https://scale{f}.example/{i}</link>"
                         f"<guid>scale-{f}-{i}</guid><pubDate>{date}</pubDate>"
                         f"<description>{sb.esc(body)}</description></item>\n")
        parts.append("</channel></rss>\n")
        path.write_text("".join(parts))


def user_writes(b):
    """Milliseconds each `bulletin save` took while a cold sync of `b` ran."""
    b.fresh()
    sync = subprocess.Popen([b.exe, "--db", str(b.db), "sync", "--concurrency", "16"], stdout=subprocess.DEVNULL)
    took = []
    try:
        while sync.poll() is None:
            t0 = time.perf_counter()
            # Article 1 is the sync's first; before it is stored, the save fails at once and is not counted.
            done = subprocess.run([b.exe, "--db", str(b.db), "save", "1"], capture_output=True)
            if done.returncode == 0:
                took.append((time.perf_counter() - t0) * 1000)
            time.sleep(0.1)
    finally:
        sync.wait()
    if not took:
        sys.exit("no save landed during the sync")
    return took


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bulletin", default=str(sb.ROOT / "target" / "release" / "bulletin"))
    ap.add_argument("--sizes", default="200,2000,5000")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    sb.OUT = OUT
    OUT.mkdir(parents=True, exist_ok=True)
    www = OUT / "www"
    generate(www, max(sizes))
    port = sb.free_port()
    nginx = sb.start_nginx(www, port)
    runs = {n: {"cold": [], "cold_rss": [], "warm": [], "warm_rss": [], "size": 0} for n in sizes}
    try:
        # Sizes take turns within each round: the machine's speed drifts over
        # minutes, and a ratio between sizes measured minutes apart moved with it.
        for _ in range(args.rounds):
            for n in sizes:
                urls = [f"http://127.0.0.1:{port}/feed/{f}.xml" for f in range(n)]
                b = sb.Bulletin(args.bulletin, urls, name=f"scale{n}")
                r = runs[n]
                b.fresh()
                # Each sync starts with nothing left to write back: otherwise the
                # kernel may still be flushing the previous size's gigabyte on
                # the same two cores during the next timed sync (the rounds' ratios
                # spread wide: 25x the articles, 25.6x to 30.2x in one run).
                os.sync()
                t, rss = b.sync()
                r["cold"].append(t)
                r["cold_rss"].append(rss)
                os.sync()
                t, rss = b.sync()
                r["warm"].append(t)
                r["warm_rss"].append(rss)
                r["size"] = sum(os.path.getsize(p) for p in [b.db, Path(str(b.db) + "-wal")] if os.path.exists(p))
        # Apart from the timed rounds (its saves take CPU from the sync): a
        # user's write during each cold sync, as `bulletin save` every 100 ms.
        for n in sizes:
            urls = [f"http://127.0.0.1:{port}/feed/{f}.xml" for f in range(n)]
            runs[n]["writes"] = user_writes(sb.Bulletin(args.bulletin, urls, name=f"scale{n}"))
    finally:
        os.killpg(nginx.pid, signal.SIGTERM)
        nginx.wait()
    med = statistics.median
    rows = [(n, med(r["cold"]), max(r["cold_rss"]), med(r["warm"]), max(r["warm_rss"]), r["size"] / (n * ITEMS))
            for n, r in runs.items()]
    print(f"\nfirst sync of N feeds x {ITEMS} items over nginx on loopback, median of {args.rounds} (peak RSS: the highest)")
    print(f"{'feeds':>6} {'articles':>9} {'cold':>8} {'peak RSS':>9} {'warm':>7} {'peak RSS':>9} {'per article':>12}")
    for n, c, cr, w, wr, per in rows:
        print(f"{n:>6} {n * ITEMS:>9} {c:>7.2f}s {cr:>7.1f}MB {w:>6.2f}s {wr:>7.1f}MB {per / 1024:>10.1f}KB")
    for n, r in runs.items():
        print(f"first sync of {n} feeds, round by round: {', '.join(f'{t:.2f}s' for t in r['cold'])}")
    base = rows[0]
    for n, c, cr, *_ in rows[1:]:
        per_round = [t / t0 for t0, t in zip(runs[base[0]]["cold"], runs[n]["cold"])]  # in round order
        print(f"{n // base[0]:>3}x the articles: {c / base[1]:.1f}x the time (linear: {n / base[0]:.1f}x; "
              f"round by round {', '.join(f'{x:.1f}' for x in per_round)}), {cr / base[2]:.2f}x the peak memory")
    for n, r in runs.items():
        w = sorted(r["writes"])
        print(f"a user's save during the cold sync of {n} feeds: median {med(w):.0f} ms, max {w[-1]:.0f} ms "
              f"({len(w)} saves, each a new process)")
    ok = all(cr < 150 for _, _, cr, *_ in rows)
    print(f"peak RSS under 150 MB at every size: {'ok' if ok else 'NO'}")


if __name__ == "__main__":
    main()
