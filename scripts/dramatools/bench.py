"""Benchmarks dramasearch against a plain Xapian index and SQLite FTS5.

Usage:
  scripts/bench [--size N] [--json OUT.json] [--keep DIR] [options]

Steps (all on this machine, in one run):
  1. builds drama-index and the baselines (tests/bench/) in Release mode into
     build-release/ (-DDRAMASEARCH_BUILD_TESTS=OFF);
  2. generates N articles with scripts/gen-corpus (default 10000, seed 1,
     30% spun), cached in build-release/bench-data/ under a key made of N,
     the seed, the spun share and a digest of the generator's modules, the
     spinner and its thesaurus;
  3. draws a fixed query set (default 300 queries: 1-4 words, "phrases" and
     phrase + word, from passages of the generated text, fixed seed), also
     cached there;
  4. indexes the corpus with `drama-index --quiet --index`, `bench-xapian
     index` and `bench-fts5 index` (same --batch), each under
     /usr/bin/time -v: wall time, articles/s, MB/s of input, peak RSS,
     index size on disk (du); the Xapian baseline is also measured after
     xapian-compact (the size target), FTS5 after 'optimize' + VACUUM;
     --repeat N runs drama-index and raw Xapian N times, taking turns, and
     keeps each one's median run;
  5. runs the queries through the dramasearch library
     (bench-dramasearch-query), raw Xapian and FTS5 (each list once untimed
     to warm up, then timed --passes times, default 3, taking each query's
     median): p50/p95/p99 latency;
  6. a breakdown of drama-index's time: `drama-index passages` (analysis
     without Xapian), `drama-index --no-despin` (no spin repair), raw
     Xapian without the per-passage title terms;
  7. prints a table with the ratios dramasearch / baseline and writes
     everything to JSON (--json, default build-release/bench.json).

Nothing is asserted: the numbers are reported, not judged. Times depend on
the machine and on whatever else runs on it (see "load" in the JSON).

Modules: bench_measure (timing, sizes, percentiles), bench_queries (query
set), bench_serve (HTTP load), bench_report (the table).
"""

import argparse
import datetime
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

from .bench_measure import digest_files, disk_usage, loadavg, latency_stats, log, run_measured
from .bench_queries import QUERYGEN_VERSION, make_queries
from .bench_report import print_table, ratio
from .bench_serve import serve_load
from .paths import ROOT, SCRIPTS, THESAURUS

PACKAGE = os.path.dirname(os.path.abspath(__file__))
GENERATOR_MODULES = ("gen_corpus.py", "gen_articles.py", "gen_paragraphs.py", "gen_world.py",
                     "gen_vocabulary.py", "spinner.py")


def build(build_dir, jobs):
    t0 = time.monotonic()
    subprocess.run(["cmake", "-S", ROOT, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release",
                    "-DDRAMASEARCH_BUILD_TESTS=OFF", "-DDRAMASEARCH_BUILD_BENCH=ON"],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", build_dir, "-j", str(jobs), "--target", "drama-index", "drama-serve",
                    "bench-xapian", "bench-fts5", "bench-dramasearch-query"],
                   check=True, stdout=subprocess.DEVNULL)
    return round(time.monotonic() - t0, 1)


def corpus_path(data_dir, n, seed, share):
    key = digest_files([os.path.join(PACKAGE, m) for m in GENERATOR_MODULES] + [str(THESAURUS)])
    return os.path.join(data_dir, f"corpus-n{n}-s{seed}-sp{share:g}-{key}.jsonl")


def make_corpus(path, n, seed, share, jobs):
    if os.path.exists(path):
        log(f"corpus: cached {os.path.relpath(path, ROOT)}")
        return None
    log(f"corpus: generating {n} articles -> {os.path.relpath(path, ROOT)}")
    t0 = time.monotonic()
    subprocess.run([sys.executable, str(SCRIPTS / "gen-corpus"), str(n), path,
                    "--seed", str(seed), "--spun-share", str(share), "--jobs", str(jobs)],
                   check=True)
    dt = time.monotonic() - t0
    return {"seconds": round(dt, 2), "articles_per_s": round(n / dt, 1) if dt else None, "jobs": jobs}


def index_run(name, cmd, out_dir, corpus_bytes, n, work, ok_codes=(0,)):
    log(f"index: {name} ...")
    stdout = os.path.join(work, f"{name}.index.out")
    r = run_measured(cmd, stdout, ok_codes)
    disk, apparent = disk_usage(out_dir)
    r.update({
        "articles_per_s": round(n / r["wall_s"], 1) if r["wall_s"] else None,
        "mb_per_s": round(corpus_bytes / 1e6 / r["wall_s"], 3) if r["wall_s"] else None,
        "index_bytes": disk, "index_apparent_bytes": apparent,
    })
    try:
        with open(stdout) as f:
            last = [line for line in f if line.startswith("{")]
        if last:
            r["self_report"] = json.loads(last[-1])
    except (OSError, ValueError):
        pass
    for line in r["stderr_tail"]:  # drama-index's summary line
        m = re.search(r"(\d+) passages written", line)
        if m:
            r["self_report"] = {"documents": int(m.group(1))}
    log(f"index: {name}: {r['wall_s']} s, {r['articles_per_s']} articles/s, "
        f"{disk / 1e6:.1f} MB, peak RSS {(r['max_rss_kb'] or 0) / 1024:.0f} MB")
    return r


def query_run(name, cmd, work):
    log(f"query: {name} ...")
    out = os.path.join(work, f"{name}.latency.txt")
    r = run_measured(cmd, out)
    r.update(latency_stats(out))
    log(f"query: {name}: p50 {r.get('p50_us')} us, p99 {r.get('p99_us')} us "
        f"({'; '.join(r['stderr_tail'][-1:])})")
    return r


def shard_queries(k, bins, corpus, qpath, work, timing, batch):
    """Query latency over K local shards and the same K shards served by
    xapian-tcpsrv on 127.0.0.1 (the servers are stopped afterwards)."""
    out = {}
    sharded = os.path.join(work, f"dramasearch-{k}shards.idx")
    log(f"index: {k} shards for the shard query runs ...")
    run_measured([bins["drama-index"], "--quiet", "--batch", batch, "--shards", str(k), "--index", sharded, corpus],
                 os.devnull, (0, 1))
    out[f"dramasearch {k} local shards"] = query_run(
        f"dramasearch-{k}-local", [bins["bench-dramasearch-query"], sharded, qpath] + timing, work)
    servers, urls = [], []
    try:
        for i in range(k):
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                port = s.getsockname()[1]
            servers.append(subprocess.Popen(
                ["xapian-tcpsrv", "--quiet", "--interface", "127.0.0.1", "--port", str(port),
                 os.path.join(sharded, f"shard-{i:02d}")],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                start_new_session=True))
            urls.append(f"tcp://127.0.0.1:{port}")
        time.sleep(1.0)
        out[f"dramasearch {k} remote shards"] = query_run(
            f"dramasearch-{k}-remote", [bins["bench-dramasearch-query"], ",".join(urls), qpath] + timing, work)
    finally:
        for p in servers:
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            p.wait()
    return out


def git_info():
    try:
        rev = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, check=True).stdout.strip()
        dirty = bool(subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
                                    capture_output=True, text=True).stdout.strip())
        return {"commit": rev, "dirty": dirty}
    except (OSError, subprocess.CalledProcessError):
        return None


def tool_version(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()[0]
    except (OSError, IndexError):
        return None


def main(argv=None):
    ap = argparse.ArgumentParser(description="dramasearch vs. plain Xapian vs. SQLite FTS5 (see module doc).")
    ap.add_argument("--size", type=int, default=10000, help="articles to generate (default 10000)")
    ap.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    ap.add_argument("--spun-share", type=float, default=0.3, help="share of spun articles (default 0.3)")
    ap.add_argument("--batch", type=int, default=500, help="articles per commit for every indexer (default 500)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="index with dramasearch and raw Xapian this many times, taking turns, and keep "
                         "each one's median run (default 1)")
    ap.add_argument("--queries", type=int, default=300, help="number of queries (default 300)")
    ap.add_argument("--query-seed", type=int, default=7, help="query sampling seed (default 7)")
    ap.add_argument("--passes", type=int, default=3,
                    help="timed runs of the query list; each query's median is used (default 3)")
    ap.add_argument("--json", help="JSON report (default build-release/bench.json)")
    ap.add_argument("--keep", metavar="DIR", help="build the indexes in DIR and keep them")
    ap.add_argument("--build-dir", default=os.path.join(ROOT, "build-release"))
    ap.add_argument("--no-build", action="store_true", help="use the binaries already in the build dir")
    ap.add_argument("--no-breakdown", action="store_true",
                    help="skip drama-index passages / --no-despin and the no-title Xapian run")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="build and generator jobs")
    ap.add_argument("--shards", type=int, default=0,
                    help="also measure query latency over K local shards and K shards behind "
                         "xapian-tcpsrv on loopback (Xapian remote backend)")
    ap.add_argument("--serve", type=int, default=0, metavar="CLIENTS",
                    help="also load drama-serve with CLIENTS concurrent HTTP clients on loopback, "
                         "idle and while drama-index adds articles")
    ap.add_argument("--serve-seconds", type=float, default=10.0, help="duration of each --serve load")
    ap.add_argument("--index-shards", type=int, default=0,
                    help="drama-index --shards K for the benchmark index, merged by drama-index compact "
                         "before querying (default 0: drama-index with no flags, its bulk load)")
    args = ap.parse_args(argv)

    t_start = time.monotonic()
    build_dir = os.path.abspath(args.build_dir)
    data_dir = os.path.join(build_dir, "bench-data")
    os.makedirs(data_dir, exist_ok=True)
    json_path = args.json or os.path.join(build_dir, "bench.json")

    report = {
        "started": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": {"host": platform.node(), "cpus": os.cpu_count(), "platform": platform.platform(),
                    "load_before": loadavg()},
        "git": git_info(),
        "versions": {"xapian": tool_version(["xapian-config", "--version"]),
                     "sqlite": tool_version(["sqlite3", "--version"])},
        "params": {"size": args.size, "seed": args.seed, "spun_share": args.spun_share,
                   "batch": args.batch, "repeat": args.repeat, "queries": args.queries, "query_seed": args.query_seed,
                   "query_passes": args.passes},
    }

    if not args.no_build:
        log(f"building Release binaries in {os.path.relpath(build_dir, ROOT)} ...")
        report["build_s"] = build(build_dir, args.jobs)
    bins = {
        "drama-index": os.path.join(build_dir, "drama-index"),
        "bench-xapian": os.path.join(build_dir, "tests", "bench", "bench-xapian"),
        "bench-fts5": os.path.join(build_dir, "tests", "bench", "bench-fts5"),
        "bench-dramasearch-query": os.path.join(build_dir, "tests", "bench", "bench-dramasearch-query"),
        "drama-serve": os.path.join(build_dir, "drama-serve"),
    }
    for b, p in bins.items():
        if not os.access(p, os.X_OK):
            raise SystemExit(f"bench: missing {p} (build first)")

    corpus = corpus_path(data_dir, args.size, args.seed, args.spun_share)
    gen = make_corpus(corpus, args.size, args.seed, args.spun_share, args.jobs)
    corpus_bytes = os.path.getsize(corpus)
    qkey = hashlib.sha1(f"{os.path.basename(corpus)}|{args.queries}|{args.query_seed}|{QUERYGEN_VERSION}"
                        .encode()).hexdigest()[:10]
    qpath = os.path.join(data_dir, f"queries-n{args.size}-q{args.queries}-{qkey}.txt")
    nq = make_queries(corpus, qpath, args.queries, args.query_seed)
    report["corpus"] = {"path": corpus, "articles": args.size, "bytes": corpus_bytes,
                        "mb": round(corpus_bytes / 1e6, 2), "generated": gen}
    report["query_set"] = {"path": qpath, "count": nq}

    if args.keep:
        work = os.path.abspath(args.keep)
        os.makedirs(work, exist_ok=True)
    else:
        work = tempfile.mkdtemp(prefix="bench-work-", dir=build_dir)
    paths = {"dramasearch": os.path.join(work, "dramasearch.idx"),
             "xapian": os.path.join(work, "xapian.db"),
             "fts5": os.path.join(work, "fts5.sqlite")}
    for extra in ("dramasearch-nodespin.idx", "xapian-notitle.db", "xapian.compact", "dramasearch.compact",
                  "fts5-optimized.sqlite"):
        paths[extra] = os.path.join(work, extra)
    for p in paths.values():
        if os.path.isdir(p):
            shutil.rmtree(p)
        elif os.path.exists(p):
            os.unlink(p)

    n = args.size
    B = str(args.batch)
    P = str(args.passes)
    idx = {}
    try:
        # -------------------------------------------------- indexing
        # dramasearch as a user runs it, with no flags: a new index is bulk
        # loaded (parallel shard writers, then compaction into one database,
        # both inside the one drama-index run). --index-shards K measures the
        # explicit path instead (--shards K, then drama-index compact). With
        # --repeat, dramasearch
        # and raw Xapian take turns and each keeps its median run, so a burst
        # of load from elsewhere on the machine skews neither ratio much.
        def dramasearch_index():
            for p in (paths["dramasearch"],):
                shutil.rmtree(p, ignore_errors=True)
            shard_flags = ["--shards", str(args.index_shards)] if args.index_shards else []
            r = index_run(
                "dramasearch", [bins["drama-index"], "--quiet", "--index", paths["dramasearch"], "--batch", B,
                                *shard_flags, corpus],
                paths["dramasearch"], corpus_bytes, n, work, ok_codes=(0, 1))
            if args.index_shards:
                log("compacting dramasearch shards ...")
                merged = run_measured([bins["drama-index"], "compact", "--index", paths["dramasearch"]])
            else:  # the default run compacted already
                merged = {"wall_s": 0.0, "cpu_s": 0.0, "max_rss_kb": 0}
            r["shards"] = args.index_shards or "bulk load (default)"
            r["write_s"] = r["wall_s"]
            r["merge_s"] = merged["wall_s"]
            r["wall_s"] = round(r["write_s"] + r["merge_s"], 3)
            r["articles_per_s"] = round(n / r["wall_s"], 1)
            r["mb_per_s"] = round(corpus_bytes / 1e6 / r["wall_s"], 3)
            r["cpu_s"] = round((r.get("cpu_s") or 0) + (merged.get("cpu_s") or 0), 2)
            r["max_rss_kb"] = max(r.get("max_rss_kb") or 0, merged.get("max_rss_kb") or 0)
            r["index_bytes"] = disk_usage(paths["dramasearch"])[0]
            return r

        def xapian_index():
            shutil.rmtree(paths["xapian"], ignore_errors=True)
            return index_run(
                "xapian", [bins["bench-xapian"], "index", paths["xapian"], corpus, "--batch", B],
                paths["xapian"], corpus_bytes, n, work)

        def median_run(runs):
            best = sorted(runs, key=lambda r: r["wall_s"])[(len(runs) - 1) // 2]
            best = dict(best)
            best["runs_wall_s"] = [r["wall_s"] for r in runs]
            return best

        ds_runs, xa_runs = [], []
        for k in range(max(1, args.repeat)):
            if args.repeat > 1:
                log(f"indexing round {k + 1} of {args.repeat}")
            ds_runs.append(dramasearch_index())
            xa_runs.append(xapian_index())
        idx["dramasearch"] = median_run(ds_runs)
        idx["xapian"] = median_run(xa_runs)
        idx["fts5"] = index_run(
            "fts5", [bins["bench-fts5"], "index", paths["fts5"], corpus, "--batch", B],
            paths["fts5"], corpus_bytes, n, work)

        # -------------------------------------------------- compaction
        log("compacting ...")
        t0 = time.monotonic()
        subprocess.run(["xapian-compact", paths["xapian"], paths["xapian.compact"]], check=True,
                       stdout=subprocess.DEVNULL)
        idx["xapian"]["compact_s"] = round(time.monotonic() - t0, 2)
        idx["xapian"]["compacted_bytes"] = disk_usage(paths["xapian.compact"])[0]
        idx["dramasearch"]["compact_s"] = idx["dramasearch"]["merge_s"]  # already compacted above
        idx["dramasearch"]["compacted_bytes"] = idx["dramasearch"]["index_bytes"]
        shutil.copyfile(paths["fts5"], paths["fts5-optimized.sqlite"])
        t0 = time.monotonic()
        subprocess.run([bins["bench-fts5"], "optimize", paths["fts5-optimized.sqlite"]], check=True,
                       stderr=subprocess.DEVNULL)
        idx["fts5"]["compact_s"] = round(time.monotonic() - t0, 2)
        idx["fts5"]["compacted_bytes"] = disk_usage(paths["fts5-optimized.sqlite"])[0]
        for p in ("xapian.compact", "fts5-optimized.sqlite"):
            if not args.keep:
                (shutil.rmtree if os.path.isdir(paths[p]) else os.unlink)(paths[p])

        # -------------------------------------------------- queries
        qr = {}
        timing = ["--warmup", "--passes", P]
        runs = [
            ("dramasearch", [bins["bench-dramasearch-query"], paths["dramasearch"], qpath]),
            ("xapian", [bins["bench-xapian"], "query", paths["xapian"], qpath]),
            ("xapian+snippets", [bins["bench-xapian"], "query", paths["xapian"], qpath, "--snippets"]),
            ("xapian+snippets+collapse", [bins["bench-xapian"], "query", paths["xapian"], qpath,
                                          "--snippets", "--collapse"]),
            ("fts5", [bins["bench-fts5"], "query", paths["fts5"], qpath]),
            ("fts5+snippets", [bins["bench-fts5"], "query", paths["fts5"], qpath, "--snippets"]),
        ]
        for name, cmd in runs:
            qr[name] = query_run(name.replace("+", "-"), cmd + timing, work)
        if args.shards > 1:
            qr.update(shard_queries(args.shards, bins, corpus, qpath, work, timing, B))
        if args.serve > 0:
            report["serve"] = serve_load(args.serve, args.serve_seconds, bins, paths["dramasearch"], qpath,
                                         corpus, work)

        # -------------------------------------------------- breakdown
        bd = {}
        if not args.no_breakdown:
            log("breakdown: drama-index passages (analysis only) ...")
            bd["analysis_only"] = run_measured([bins["drama-index"], "passages", corpus], os.devnull, (0, 1))
            bd["analysis_only"]["articles_per_s"] = round(n / bd["analysis_only"]["wall_s"], 1)
            bd["no_despin"] = index_run(
                "dramasearch-nodespin", [bins["drama-index"], "--quiet", "--no-despin", "--index",
                                         paths["dramasearch-nodespin.idx"], "--batch", B, corpus],
                paths["dramasearch-nodespin.idx"], corpus_bytes, n, work, ok_codes=(0, 1))
            bd["xapian_no_title"] = index_run(
                "xapian-notitle", [bins["bench-xapian"], "index", paths["xapian-notitle.db"], corpus,
                                   "--batch", B, "--no-title"],
                paths["xapian-notitle.db"], corpus_bytes, n, work)
            full = idx["dramasearch"]["wall_s"]
            bd["estimate"] = {
                "analysis_s": bd["analysis_only"]["wall_s"],
                "index_writing_s": round(full - bd["analysis_only"]["wall_s"], 2),
                "spin_repair_s": round(full - bd["no_despin"]["wall_s"], 2),
                "title_terms_share_of_xapian": ratio(idx["xapian"]["wall_s"] - bd["xapian_no_title"]["wall_s"],
                                                     idx["xapian"]["wall_s"]),
            }
            if not args.keep:
                shutil.rmtree(paths["dramasearch-nodespin.idx"], ignore_errors=True)
                shutil.rmtree(paths["xapian-notitle.db"], ignore_errors=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    ds, xa, ft = idx["dramasearch"], idx["xapian"], idx["fts5"]
    qds = qr["dramasearch"]
    report["indexing"] = idx
    report["queries"] = qr
    report["breakdown"] = bd
    report["ratios"] = {
        "indexing_throughput_vs_xapian": ratio(ds["articles_per_s"], xa["articles_per_s"]),
        # CPU seconds per run, dramasearch / raw Xapian: on a shared, loaded
        # machine the wall-time ratio says more about the other load.
        "indexing_cpu_vs_xapian": ratio(ds.get("cpu_s"), xa.get("cpu_s")),
        "indexing_throughput_vs_fts5": ratio(ds["articles_per_s"], ft["articles_per_s"]),
        "query_p99_vs_xapian": ratio(qds.get("p99_us"), qr["xapian"].get("p99_us")),
        "query_p99_vs_xapian_snippets": ratio(qds.get("p99_us"), qr["xapian+snippets"].get("p99_us")),
        "query_p99_vs_xapian_snippets_collapse": ratio(qds.get("p99_us"),
                                                       qr["xapian+snippets+collapse"].get("p99_us")),
        "query_p99_vs_fts5": ratio(qds.get("p99_us"), qr["fts5"].get("p99_us")),
        "query_p99_vs_fts5_snippets": ratio(qds.get("p99_us"), qr["fts5+snippets"].get("p99_us")),
        "index_size_vs_xapian": ratio(ds["index_bytes"], xa["index_bytes"]),
        "index_size_vs_xapian_compacted": ratio(ds["index_bytes"], xa["compacted_bytes"]),
        "compacted_index_size_vs_xapian_compacted": ratio(ds["compacted_bytes"], xa["compacted_bytes"]),
        "index_size_vs_fts5": ratio(ds["index_bytes"], ft["index_bytes"]),
    }
    report["load_after"] = loadavg()
    report["total_s"] = round(time.monotonic() - t_start, 1)
    os.makedirs(os.path.dirname(os.path.abspath(json_path)), exist_ok=True)
    with open(json_path, "w") as f:
        json.dump(report, f, indent=2)
        f.write("\n")
    print_table(report)
    log(f"wrote {json_path}")
    return 0
