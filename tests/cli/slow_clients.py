#!/usr/bin/env python3
"""Slow clients against a running drama-serve (tests/cli/test_slow_clients.sh):

  slow_clients.py URL HALF_OPEN CLIENTS REQUESTS_EACH BOUND_S

Opens HALF_OPEN connections that each send half a request header and then
nothing ("slowloris"), and, while they are open, checks that single
/api/health and /api/search requests answer within BOUND_S seconds and that
CLIENTS concurrent clients get REQUESTS_EACH answers 200 each. Prints the
numbers and how many half-open connections the server still holds; exits 1
on a failure."""
import concurrent.futures
import errno
import socket
import sys
import time
import urllib.parse
import urllib.request


def still_open(s):
    s.setblocking(False)
    try:
        return s.recv(1, socket.MSG_PEEK) != b""
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        s.setblocking(True)


def timed_get(url):
    t = time.monotonic()
    with urllib.request.urlopen(url, timeout=30) as r:
        r.read()
        return r.status, time.monotonic() - t


def main():
    url, half_open, clients, each, bound = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
    host, port = urllib.parse.urlsplit(url).hostname, urllib.parse.urlsplit(url).port
    socks = []
    for _ in range(half_open):
        s = socket.create_connection((host, port), timeout=10)
        s.sendall(b"GET /api/health HTTP/1.1\r\nHost: slow\r\nX-Slow: ")
        socks.append(s)
    time.sleep(0.5)
    failed = False
    worst = 0.0
    for path in ["api/health", "api/search?q=rain+scene", "api/health", "api/search?q=cast&facets=1"] * 5:
        status, secs = timed_get(url + path)
        worst = max(worst, secs)
        if status != 200 or secs > bound:
            print(f"FAIL: GET /{path}: {status} in {secs:.3f} s with {half_open} half-open connections")
            failed = True
    print(f"{half_open} half-open connections: 20 single requests, worst {worst * 1000:.1f} ms")

    def client(k):
        codes, lat = [], []
        for i in range(each):
            path = "api/health" if i % 4 == 0 else f"api/search?q={['rain', 'scene', 'cast', 'kiss'][(k + i) % 4]}"
            status, secs = timed_get(url + path)
            codes.append(status)
            lat.append(secs)
        return codes, lat

    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(client, range(clients)))
    codes = [c for r in results for c in r[0]]
    lat = sorted(x for r in results for x in r[1])
    ok = sum(c == 200 for c in codes)
    print(f"{clients} clients: {ok}/{len(codes)} answered 200, p50 {lat[len(lat) // 2] * 1000:.1f} ms, "
          f"max {lat[-1] * 1000:.1f} ms")
    if ok != len(codes):
        failed = True
    held = sum(still_open(s) for s in socks)
    print(f"half-open connections still held by the server: {held}")
    for s in socks:
        s.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
