#!/usr/bin/env python3
"""Server-account benchmark: `bulletin sync` of a Google Reader API account.

The testkit's GReader server (the `greader-server` program, FreshRSS dialect)
serves generated feeds with bodies like news (2-5 paragraphs, a link and an
image per item) on loopback. Measured, release build:

  first  - the first sync of an account with 200 feeds x 50 items (goal < 3 s)
  quiet  - a sync with nothing new: its time and HTTP requests (goal <= 5)
  large  - peak RSS of the first sync of 1,000 feeds x 50 items = 50,000 (goal < 150 MB),
           and of 2,000 x 50 = 100,000: it must not grow with the items a sync brings

Usage: python3 bench/accounts_bench.py [--rounds N] [--bulletin PATH] [--server PATH]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
GOALS = {"first_s": 3.0, "quiet_requests": 5, "rss_mb": 150.0}
PASSWORD = "bench password"


def run(cmd, env):
    """Runs cmd; returns (seconds, peak RSS in MB, stdout)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    elapsed = time.perf_counter() - t0
    err = p.stderr.read().decode(errors="replace")
    p.stdout.close()
    p.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed: {err}")
    return elapsed, usage.ru_maxrss / 1024, out


class Server:
    def __init__(self, exe, feeds, items):
        self.proc = subprocess.Popen([exe, str(feeds), str(items)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.endpoint = self.proc.stdout.readline().decode().strip()
        if not self.endpoint:
            sys.exit("greader-server did not start")

    def stop(self):
        self.proc.stdin.close()
        self.proc.wait()


def fresh_account(bulletin, endpoint, workdir, name):
    db = Path(workdir) / f"{name}.db"
    for p in Path(workdir).glob(f"{name}.db*"):
        p.unlink()
    env = dict(os.environ, BULLETIN_DB=str(db), BULLETIN_PASSWORD=PASSWORD, BULLETIN_CREDENTIALS="file")
    run([bulletin, "account", "add", "greader", "--url", endpoint, "--user", "bench"], env)
    return env, db


def sync(bulletin, env):
    seconds, rss, out = run([bulletin, "sync", "--json"], env)
    report = json.loads(out)
    account = report["accounts"][0]
    if account["status"] != "ok":
        sys.exit(f"the account failed to sync: {account['error']}")
    return seconds, rss, account


def main():
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "release"
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--bulletin", default=str(target / "bulletin"))
    ap.add_argument("--server", default=str(target / "greader-server"))
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    work = tempfile.mkdtemp(prefix="bulletin-accounts-bench-")

    first, quiet, quiet_requests, first_new = [], [], [], []
    server = Server(args.server, 200, 50)
    try:
        for _ in range(args.rounds):
            env, db = fresh_account(args.bulletin, server.endpoint, work, "first")
            seconds, _, account = sync(args.bulletin, env)
            first.append(seconds)
            first_new.append(account["new"])
            seconds, _, account = sync(args.bulletin, env)
            quiet.append(seconds)
            quiet_requests.append(account["requests"])
        size_kb = db.stat().st_size / 1024
    finally:
        server.stop()

    larger = {}
    for feeds in (1000, 2000):
        server = Server(args.server, feeds, 50)
        try:
            env, _ = fresh_account(args.bulletin, server.endpoint, work, f"large{feeds}")
            larger[feeds] = sync(args.bulletin, env)
        finally:
            server.stop()
    large_s, large_rss, large = larger[1000]
    huge_s, huge_rss, huge = larger[2000]

    med = statistics.median
    res = {
        "rounds": args.rounds,
        "first_sync_s": med(first), "first_sync_articles": first_new[0],
        "quiet_sync_s": med(quiet), "quiet_sync_requests": max(quiet_requests),
        "db_kb_per_article": size_kb / max(first_new[0], 1),
        "large_first_sync_s": large_s, "large_first_sync_articles": large["new"], "large_peak_rss_mb": large_rss,
        "huge_first_sync_s": huge_s, "huge_first_sync_articles": huge["new"], "huge_peak_rss_mb": huge_rss,
        "first_runs": first, "quiet_runs": quiet,
    }
    (OUT / "accounts.json").write_text(json.dumps(res, indent=2))
    ok = lambda good: "ok" if good else "MISSES THE GOAL"
    print(f"\nGReader account (testkit server, FreshRSS dialect) on loopback, median of {args.rounds} rounds")
    print(f"first sync, 200 feeds x 50 items: {res['first_sync_s']:.2f} s for {first_new[0]} articles"
          f"  (< {GOALS['first_s']:.0f} s {ok(res['first_sync_s'] < GOALS['first_s'])})")
    print(f"sync with nothing new: {res['quiet_sync_s'] * 1000:.0f} ms, {res['quiet_sync_requests']} requests"
          f"  (<= {GOALS['quiet_requests']} {ok(res['quiet_sync_requests'] <= GOALS['quiet_requests'])})")
    print(f"first sync, 1,000 feeds x 50 items: {large_s:.2f} s for {large['new']} articles, peak RSS "
          f"{large_rss:.1f} MB  (< {GOALS['rss_mb']:.0f} MB {ok(large_rss < GOALS['rss_mb'])})")
    print(f"first sync, 2,000 feeds x 50 items: {huge_s:.2f} s for {huge['new']} articles, peak RSS "
          f"{huge_rss:.1f} MB  (< {GOALS['rss_mb']:.0f} MB {ok(huge_rss < GOALS['rss_mb'])}; "
          f"{huge_rss / large_rss:.2f}x the memory for 2x the items)")
    print(f"database: {res['db_kb_per_article']:.2f} KB per article; raw runs in {OUT / 'accounts.json'}")


if __name__ == "__main__":
    main()
