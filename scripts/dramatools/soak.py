"""A mixed soak on loopback: drama-index adding and replacing articles in the
index that drama-serve answers 8 concurrent HTTP clients from, while
drama-query searches a two-shard copy through xapian-tcpsrv, all at once for
SECONDS. Reports requests, errors (must be 0), p99 latency per minute and the
memory (RSS) of each process at the start and at the end.

    scripts/stress --soak SECONDS [--clients 8] [--max-requests N] [--json FILE]

Bounded: every client stops at SECONDS or when the clients together have
sent --max-requests; each client waits --think-ms between requests, so the
load leaves room for the other processes on a small machine. Exit status 0
when there were no errors and no process grew beyond --rss-growth-mb, 1
otherwise, 2 when it could not start."""

import argparse
import http.client
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

from .bench_measure import percentile
from .paths import ROOT

QUERIES = ["rain scene", "cast", "kiss scene", "filmed", '"filmed a scene"', "plays the lawyer",
           "camping car scene", "director", "rooftop", "actor", "variety show", "drama", "chemistry",
           "first episode", "ratings"]
SERVE_PATHS = ["/api/search?q={q}", "/api/search?q={q}&facets=1", "/api/search?q={q}&limit=20&offset=10",
               "/api/health"]


def log(msg):
    print(f"soak: {msg}", file=sys.stderr, flush=True)


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, proc, what, seconds=20):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise SystemExit(f"soak: {what} exited with {proc.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"soak: {what} does not listen on port {port}")


def run_measured(cmd):
    """Runs cmd under /usr/bin/time (a child's own ru_maxrss would include
    the RSS it inherits from this Python process); returns (exit code,
    seconds, peak RSS KiB, stderr tail)."""
    t0 = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    lines = p.stderr.decode("utf-8", "replace").rstrip("\n").split("\n")
    peak = int(lines[-1]) if lines and lines[-1].isdigit() else None
    return p.returncode, time.monotonic() - t0, peak, "\n".join(lines[:-1])[-500:]


class Recorder:
    """Latencies per minute and errors of one kind of work, thread-safe."""

    def __init__(self, name):
        self.name, self.lock = name, threading.Lock()
        self.by_minute, self.errors, self.samples = {}, [], []

    def ok(self, t0, start, seconds):
        with self.lock:
            self.by_minute.setdefault(int((start - t0) // 60), []).append(seconds * 1000)

    def error(self, what):
        with self.lock:
            self.errors.append(what)

    def count(self):
        return sum(len(v) for v in self.by_minute.values())

    def report(self):
        rows = []
        for minute in sorted(self.by_minute):
            vals = sorted(self.by_minute[minute])
            rows.append({"minute": minute + 1, "requests": len(vals),
                         "p50_ms": round(percentile(vals, 50), 1), "p99_ms": round(percentile(vals, 99), 1),
                         "max_ms": round(vals[-1], 1)})
        return {"requests": self.count() + len(self.errors), "errors": len(self.errors),
                "first_errors": self.errors[:5], "per_minute": rows}


def http_client(port, rec, t0, stop, budget, think, seed):
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while not stop.is_set() and budget.take():
        path = rng.choice(SERVE_PATHS).format(q=urllib.parse.quote(rng.choice(QUERIES)))
        start = time.monotonic()
        try:
            conn.request("GET", path)
            res = conn.getresponse()
            body = res.read()
            if res.status != 200:
                rec.error(f"GET {path}: {res.status} {body[:200]!r}")
            else:
                json.loads(body)
                rec.ok(t0, start, time.monotonic() - start)
        except (OSError, http.client.HTTPException, ValueError) as e:
            rec.error(f"GET {path}: {e!r}")
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        stop.wait(think)
    conn.close()


class Budget:
    def __init__(self, n):
        self.n, self.lock = n, threading.Lock()

    def take(self):
        with self.lock:
            if self.n <= 0:
                return False
            self.n -= 1
            return True


def indexer_loop(build, index, articles, rec, t0, stop, rss, pause, seeded):
    """Rounds of drama-index over the same index: 30 new articles and 15
    replaced ones (changed text) per round, until stopped. The first
    `seeded` articles are indexed already."""
    rng = random.Random(7)
    next_new, rnd = seeded, 0
    indexed = []  # the articles in the index, as last written
    work = os.path.join(os.path.dirname(index), "rounds")
    os.makedirs(work, exist_ok=True)
    while not stop.is_set():
        rnd += 1
        if not indexed:
            indexed = [dict(a) for a in articles[:seeded]]
        batch = []
        for k in rng.sample(range(len(indexed)), 15):  # replaced: changed text, same id
            indexed[k]["body"] += f"\n\nUpdate {rnd}: the production team added a behind-the-scenes clip."
            batch.append(dict(indexed[k]))
        for _ in range(30):  # new ids
            a = dict(articles[next_new % len(articles)])
            if next_new >= len(articles):
                a["id"] = f"{a['id']}-r{next_new // len(articles)}"
            batch.append(a)
            indexed.append(dict(a))
            next_new += 1
        path = os.path.join(work, f"round-{rnd % 4}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for a in batch:
                f.write(json.dumps(a) + "\n")
        start = time.monotonic()
        code, secs, peak, err = run_measured([f"{build}/drama-index", "--quiet", "--batch", "20", "--threads", "1",
                                              "--index", index, path])
        if code != 0:
            rec.error(f"drama-index round {rnd}: exit {code}: {err.strip()[-300:]}")
        else:
            rec.ok(t0, start, secs)
        rss.setdefault("drama-index", []).append(peak)
        stop.wait(pause)
    return rnd


def query_loop(build, shards, rec, t0, stop, rss, pause, seed):
    rng = random.Random(seed)
    while not stop.is_set():
        cmd = [f"{build}/drama-query", "--json", "--limit", "10", "--timeout", "10000"]
        for s in shards:
            cmd += ["--index", s]
        cmd.append(rng.choice(QUERIES))
        start = time.monotonic()
        code, secs, peak, err = run_measured(cmd)
        if code not in (0, 1):
            rec.error(f"drama-query: exit {code}: {err.strip()[-300:]}")
        else:
            rec.ok(t0, start, secs)
        rss.setdefault("drama-query", []).append(peak)
        stop.wait(pause)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="scripts/stress --soak", description=__doc__.split("\n\n")[0])
    ap.add_argument("seconds", type=float)
    ap.add_argument("--build", default=os.environ.get("BUILD_DIR", str(ROOT / "build")))
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--max-requests", type=int, default=2_000_000)
    ap.add_argument("--think-ms", type=float, default=20, help="pause of each client between requests")
    ap.add_argument("--articles", type=int, default=1500, help="generated articles to draw from")
    ap.add_argument("--rss-growth-mb", type=float, default=64,
                    help="fail when a long-running process grows by more than this (default 64)")
    ap.add_argument("--json", help="also write the report as JSON to this file")
    args = ap.parse_args(argv)
    build = os.path.abspath(args.build)
    for tool in ("drama-index", "drama-query", "drama-serve"):
        if not os.access(f"{build}/{tool}", os.X_OK):
            log(f"no {build}/{tool}; build first")
            return 2
    tcpsrv = shutil.which("xapian-tcpsrv")
    if not tcpsrv:
        log("xapian-tcpsrv is not installed (Debian xapian-tools)")
        return 2

    work = tempfile.mkdtemp(prefix="drama-soak-")
    procs = []
    try:
        return soak(args, build, tcpsrv, work, procs)
    finally:
        for p in procs:
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(5)
                except subprocess.TimeoutExpired:
                    p.kill()
        shutil.rmtree(work, ignore_errors=True)


def soak(args, build, tcpsrv, work, procs):
    corpus = os.path.join(work, "corpus.jsonl")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "gen-corpus"), str(args.articles), corpus],
                   check=True, stderr=subprocess.DEVNULL)
    with open(corpus, encoding="utf-8") as f:
        articles = [json.loads(line) for line in f]
    seed_file = os.path.join(work, "seed.jsonl")
    with open(seed_file, "w", encoding="utf-8") as f:
        for a in articles[:300]:
            f.write(json.dumps(a) + "\n")
    index, cluster = os.path.join(work, "idx"), os.path.join(work, "cluster")
    for cmd in ([f"{build}/drama-index", "--quiet", "--index", index, seed_file],
                [f"{build}/drama-index", "--quiet", "--shards", "2", "--index", cluster, corpus]):
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)

    # The long-running processes, loopback only.
    ports = [free_port(), free_port()]
    shards = []
    for k, port in enumerate(ports):
        p = subprocess.Popen([tcpsrv, "--interface", "127.0.0.1", "--port", str(port), "--quiet",
                              os.path.join(cluster, f"shard-{k:02d}")],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)  # on SIGTERM it signals its whole process group
        procs.append(p)
        wait_for_port(port, p, "xapian-tcpsrv")
        shards.append(f"tcp://127.0.0.1:{port}")
    access_log = os.path.join(work, "access.log")
    serve_port = free_port()
    serve = subprocess.Popen([f"{build}/drama-serve", "--index", index, "--listen", f"127.0.0.1:{serve_port}",
                              "--threads", "2"], stdout=subprocess.DEVNULL, stderr=open(access_log, "w"))
    procs.append(serve)
    wait_for_port(serve_port, serve, "drama-serve")
    long_running = {"drama-serve": serve.pid, "xapian-tcpsrv shard 0": procs[0].pid,
                    "xapian-tcpsrv shard 1": procs[1].pid}

    t0 = time.monotonic()
    stop = threading.Event()
    budget = Budget(args.max_requests)
    recs = {"drama-serve": Recorder("drama-serve"), "drama-index": Recorder("drama-index"),
            "drama-query": Recorder("drama-query")}
    short_rss = {}
    threads = [threading.Thread(target=http_client, args=(serve_port, recs["drama-serve"], t0, stop, budget,
                                                          args.think_ms / 1000, k)) for k in range(args.clients)]
    threads.append(threading.Thread(target=indexer_loop, args=(build, index, articles, recs["drama-index"], t0,
                                                               stop, short_rss, 0.5, 300)))
    threads.append(threading.Thread(target=query_loop, args=(build, shards, recs["drama-query"], t0, stop,
                                                             short_rss, 0.2, 99)))
    for t in threads:
        t.start()
    # Memory at the start: once everything has served for a few seconds.
    warm = min(5.0, args.seconds / 5)
    stop.wait(warm)
    rss_start = {name: rss_kb(pid) for name, pid in long_running.items()}
    next_log = time.monotonic() + 60
    while time.monotonic() - t0 < args.seconds and budget.n > 0:
        time.sleep(0.5)
        if time.monotonic() >= next_log:
            next_log += 60
            log(f"{int(time.monotonic() - t0)} s: " +
                ", ".join(f"{n} {r.count()} ok {len(r.errors)} errors" for n, r in recs.items()))
        if serve.poll() is not None:
            recs["drama-serve"].error(f"drama-serve exited with {serve.returncode}")
            break
    rss_end = {name: rss_kb(pid) for name, pid in long_running.items()}
    stop.set()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - t0

    serve.send_signal(signal.SIGTERM)
    serve_exit = serve.wait(20)
    if serve_exit != 0:
        recs["drama-serve"].error(f"drama-serve exited {serve_exit} after SIGTERM")
    with open(access_log, encoding="utf-8", errors="replace") as f:
        logged = sum(1 for line in f if line.split(" ")[1:2] == ["GET"])
    check = subprocess.run([f"{build}/drama-index", "check", "--index", index], capture_output=True, text=True)
    if check.returncode != 0:
        recs["drama-index"].error(f"check after the soak: {check.stdout[-300:]} {check.stderr[-300:]}")

    report = {"seconds": round(elapsed, 1), "clients": args.clients,
              "work": {n: r.report() for n, r in recs.items()},
              "access_log_lines": logged,
              "rss_kb": {n: {"start": rss_start[n], "end": rss_end[n]} for n in long_running}}
    for name, peaks in short_rss.items():
        report["rss_kb"][name + " (peak per run)"] = {"start": peaks[0], "end": peaks[-1], "runs": len(peaks)}
    failed = print_report(report, args)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=2)
    return 1 if failed else 0


def print_report(report, args):
    failed = False
    print(f"soak: {report['seconds']} s, {report['clients']} HTTP clients, loopback")
    print("| work | requests | errors |")
    print("| --- | --- | --- |")
    for name, r in report["work"].items():
        print(f"| {name} | {r['requests']} | {r['errors']} |")
        failed |= r["errors"] > 0
    print(f"access log lines (GET): {report['access_log_lines']}")
    print()
    print("| work | minute | requests | p50 ms | p99 ms | max ms |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, r in report["work"].items():
        for row in r["per_minute"]:
            print(f"| {name} | {row['minute']} | {row['requests']} | {row['p50_ms']} | {row['p99_ms']} | "
                  f"{row['max_ms']} |")
    print()
    print("| process | RSS start MB | RSS end MB |")
    print("| --- | --- | --- |")
    for name, r in report["rss_kb"].items():
        s, e = r["start"], r["end"]
        print(f"| {name} | {s / 1024 if s else 0:.1f} | {e / 1024 if e else 0:.1f} |")
        if s and e and not name.endswith("(peak per run)") and (e - s) / 1024 > args.rss_growth_mb:
            print(f"soak: {name} grew by {(e - s) / 1024:.1f} MB", file=sys.stderr)
            failed = True
    for name, r in report["work"].items():
        for e in r["first_errors"]:
            print(f"soak: {name} error: {e}", file=sys.stderr)
    print("soak: " + ("FAILED" if failed else "ok: no errors"))
    return failed


if __name__ == "__main__":
    sys.exit(main())
