"""Measuring for the benchmark: a command's wall time and peak RSS (under
/usr/bin/time -v), sizes on disk, latency percentiles, machine load."""

import hashlib
import math
import os
import re
import subprocess
import sys
import tempfile
import time


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def digest_files(paths):
    h = hashlib.sha1()
    for p in paths:
        with open(p, "rb") as f:
            h.update(f.read())
        h.update(b"\0")
    return h.hexdigest()[:10]


def disk_usage(path):
    """(bytes on disk like du, apparent bytes) of a file or directory."""
    if os.path.isfile(path):
        st = os.stat(path)
        return st.st_blocks * 512, st.st_size
    disk = apparent = 0
    for root, _, files in os.walk(path):
        for name in files:
            st = os.lstat(os.path.join(root, name))
            disk += st.st_blocks * 512
            apparent += st.st_size
    return disk, apparent


def loadavg():
    try:
        return list(os.getloadavg())
    except OSError:
        return None


TIME_BIN = "/usr/bin/time"


def run_measured(cmd, stdout_path=None, ok_codes=(0,)):
    """Runs cmd under /usr/bin/time -v (or wait4 if it is missing).

    Returns dict(wall_s, cpu_s, max_rss_kb, exit, stdout_path); cpu_s (user +
    system) is what a loaded shared machine changes least."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    try:
        with tempfile.NamedTemporaryFile("r", suffix=".time", delete=False) as tf:
            tpath = tf.name
        t0 = time.monotonic()
        if os.access(TIME_BIN, os.X_OK):
            proc = subprocess.run([TIME_BIN, "-v", "-o", tpath] + cmd, stdout=out,
                                  stderr=subprocess.PIPE)
            wall = time.monotonic() - t0
            rss = None
            cpu = 0.0
            with open(tpath) as f:
                for line in f:
                    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", line)
                    if m:
                        rss = int(m.group(1))
                    m = re.search(r"(User|System) time \(seconds\): ([\d.]+)", line)
                    if m:
                        cpu += float(m.group(2))
            code = proc.returncode
            err = proc.stderr
        else:
            p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE)
            err = p.stderr.read()
            _, status, ru = os.wait4(p.pid, 0)
            p.returncode = os.waitstatus_to_exitcode(status)
            wall = time.monotonic() - t0
            rss = ru.ru_maxrss
            cpu = ru.ru_utime + ru.ru_stime
            code = p.returncode
        os.unlink(tpath)
    finally:
        if stdout_path:
            out.close()
    if code not in ok_codes:
        sys.stderr.write(err.decode("utf-8", "replace")[-4000:])
        raise SystemExit(f"bench: command failed ({code}): {' '.join(cmd)}")
    return {"wall_s": round(wall, 3), "cpu_s": round(cpu, 2), "max_rss_kb": rss, "exit": code,
            "stderr_tail": err.decode("utf-8", "replace").strip().splitlines()[-3:]}


def percentile(sorted_vals, p):
    if not sorted_vals:
        return None
    k = max(0, math.ceil(p / 100.0 * len(sorted_vals)) - 1)
    return sorted_vals[k]


def latency_stats(path):
    with open(path) as f:
        vals = sorted(float(x) for x in f.read().split())
    if not vals:
        return {"n": 0}
    return {"n": len(vals), "p50_us": percentile(vals, 50), "p95_us": percentile(vals, 95),
            "p99_us": percentile(vals, 99), "mean_us": round(sum(vals) / len(vals), 1),
            "max_us": vals[-1]}
