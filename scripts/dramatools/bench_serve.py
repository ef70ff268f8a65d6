"""drama-serve under load: concurrent HTTP clients on loopback, idle and while
drama-index adds articles to the same index."""

import json
import os
import re
import shutil
import signal
import subprocess
import threading
import time
import urllib.parse
import urllib.request

from .bench_measure import log, percentile
from .bench_report import fmt


def http_load(url, queries, clients, seconds):
    """CLIENTS threads send GET /api/search for the queries in turn for
    SECONDS (bounded); returns requests/s, errors and latency percentiles."""
    lat, errors = [], [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(k):
        i = k
        mine = []
        while time.monotonic() < stop:
            q = queries[i % len(queries)]
            i += clients
            t0 = time.perf_counter()
            try:
                with urllib.request.urlopen(url + "api/search?limit=10&q=" + urllib.parse.quote(q), timeout=10) as r:
                    r.read()
                mine.append((time.perf_counter() - t0) * 1e6)
            except OSError:
                with lock:
                    errors[0] += 1
        with lock:
            lat.extend(mine)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - t0
    lat.sort()
    return {"clients": clients, "seconds": round(wall, 2), "requests": len(lat), "errors": errors[0],
            "requests_per_s": round(len(lat) / wall, 1) if wall else None,
            "p50_us": percentile(lat, 50), "p99_us": percentile(lat, 99)}


def serve_load(clients, seconds, bins, index, qpath, corpus, work):
    """drama-serve over the benchmark index, loaded by concurrent clients,
    then the same while drama-index adds articles to another copy."""
    with open(qpath) as f:
        queries = [line.strip() for line in f if line.strip()]
    out = {}
    live = os.path.join(work, "serve-live.idx")
    shutil.copytree(index, live)
    log(f"serve: {clients} clients for {seconds:.0f} s ...")
    proc = subprocess.Popen([bins["drama-serve"], "--index", live, "--listen", "127.0.0.1:0",
                             "--threads", str(max(2, clients))],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        url = None
        for _ in range(100):
            line = proc.stdout.readline()
            m = re.search(r"(http://127\.0\.0\.1:\d+/)", line or "")
            if m:
                url = m.group(1)
                break
        if not url:
            raise SystemExit("bench: drama-serve did not start")
        out["idle"] = http_load(url, queries, clients, seconds)
        log(f"serve: idle: {out['idle']['requests_per_s']} req/s, p99 {fmt(out['idle']['p99_us'])} us")
        # The same while an indexer adds articles (the first 2,000 again under new ids).
        extra = os.path.join(work, "serve-extra.jsonl")
        with open(corpus) as src, open(extra, "w") as dst:
            for n, line in enumerate(src):
                if n >= 2000:
                    break
                rec = json.loads(line)
                rec["id"] = "serve-extra-" + str(rec["id"])
                dst.write(json.dumps(rec) + "\n")
        writer = subprocess.Popen([bins["drama-index"], "--quiet", "--batch", "100", "--index", live, extra],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            out["while_indexing"] = http_load(url, queries, clients, seconds)
        finally:
            writer.wait()
        log(f"serve: while indexing: {out['while_indexing']['requests_per_s']} req/s, "
            f"p99 {fmt(out['while_indexing']['p99_us'])} us")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait()
    return out
