#!/usr/bin/env python3
"""Drives the drama-serve page in headless Chromium through chromedriver
(WebDriver over HTTP, Python stdlib only), as a user would: type a query,
check hits and highlights, click a facet, open a person page, check that
article text with markup runs nothing, save a screenshot.

    page_test.py BASE_URL SCREENSHOT.png
Exit 0 on success; 1 with a message on the first failed check."""
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

W3C_ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


class Driver:
    def __init__(self):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.proc = subprocess.Popen(["chromedriver", f"--port={self.port}"], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        self.profile = tempfile.mkdtemp(prefix="dramasearch-chromium-")
        for _ in range(100):
            try:
                self.call("GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        caps = {"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
            "binary": shutil.which("chromium") or "/usr/bin/chromium",
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--window-size=1200,900", f"--user-data-dir={self.profile}"]}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as r:
            return json.loads(r.read() or b"{}").get("value")

    def s(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def go(self, url):
        self.s("POST", "/url", {"url": url})

    def script(self, js, *args):
        return self.s("POST", "/execute/sync", {"script": js, "args": list(args)})

    def find(self, css):
        return [e[W3C_ELEMENT] for e in self.s("POST", "/elements", {"using": "css selector", "value": css})]

    def wait_for(self, css, seconds=15):
        end = time.time() + seconds
        while time.time() < end:
            found = self.find(css)
            if found:
                return found
            time.sleep(0.2)
        raise Failure(f"nothing matches {css!r} after {seconds}s at {self.s('GET', '/url')}")

    def quit(self):
        try:
            self.s("DELETE", "")
        finally:
            self.proc.terminate()
            self.proc.wait()
            shutil.rmtree(self.profile, ignore_errors=True)


class Failure(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Failure(msg)


def run(base, shot):
    d = Driver()
    try:
        # Type a query and submit it with Enter.
        d.go(base + "/")
        box = d.wait_for("#q")[0]
        d.s("POST", f"/element/{box}/value", {"text": "camping car scene\n"})
        d.wait_for("li.hit")
        check("q=camping" in d.s("GET", "/url"), "the URL does not hold the query")
        check(d.script("return document.querySelectorAll('li.hit .snippet b').length") > 0, "no highlighted words")
        d.s("GET", "/screenshot")  # the page renders
        png = base64.b64decode(d.s("GET", "/screenshot"))
        with open(shot, "wb") as f:
            f.write(png)
        # Click a drama facet: the list is filtered and the filter is in the URL.
        link = d.wait_for("aside.facets section.facet:nth-of-type(2) a")[0]
        d.s("POST", f"/element/{link}/click", {})
        end = time.time() + 15
        while "drama=" not in d.s("GET", "/url") and time.time() < end:
            time.sleep(0.2)
        check("drama=" in d.s("GET", "/url"), "clicking a facet did not filter")
        d.wait_for("li.hit")
        check(len(d.find("a.chip")) >= 1, "no active filter chip after the facet click")
        # A person page.
        d.go(base + "/who/Kim%20Young%20Seo")
        end = time.time() + 15
        while "Kim Young Seo" not in (d.script("return document.getElementById('app').innerText") or "") \
                and time.time() < end:
            time.sleep(0.2)
        check("Kim Young Seo" in d.script("return document.getElementById('app').innerText"), "person page empty")
        # Its articles are listed by title with date and source, not by file id.
        items = d.script("return [...document.querySelectorAll('ul.articles li')].map((li) => li.innerText)") or []
        check(items, "person page lists no articles")
        check(not any(t.split(" — ")[0].endswith((".html", ".txt", ".md", ".jsonl")) for t in items),
              f"person page lists file ids: {items[:3]}")
        # Markup inside an article is shown as text and runs nothing.
        d.go(base + "/?q=xsstrap")
        d.wait_for("li.hit")
        time.sleep(0.5)
        check(d.script("return window.__xss === undefined"), "article markup ran in the page")
        check(d.script("return document.querySelectorAll('#app img, #app script').length") == 0,
              "article markup became elements")
        check("<img" in d.script("return document.getElementById('app').innerText"), "article markup not shown as text")
    finally:
        d.quit()


if __name__ == "__main__":
    try:
        run(sys.argv[1].rstrip("/"), sys.argv[2])
    except (Failure, OSError, KeyError, TypeError) as e:
        print(f"page_test: FAIL: {e}", file=sys.stderr)
        sys.exit(1)
    print("page_test: ok")
