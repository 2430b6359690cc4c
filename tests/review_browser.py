#!/usr/bin/env python3
"""review_browser.py -- open review pages in headless Chromium and check them.

    review_browser.py [--shot PNG] [--hostile] PAGE ORIGINAL CLAIMS.jsonl ENCODING ...

Takes groups of four arguments: the page, the report it was made from, the
claims `growthcheck extract` gave for it (JSON Lines), and the report's
encoding (utf-8 or gb18030).  One Chromium runs for all pages, driven over
the DevTools protocol (a WebSocket client written here with the standard
library).  For each page it checks:

  - no console error, no exception, no CSP violation while loading;
  - one marked figure per claim, each at a claim's byte offset, and each
    mark's text equal to the original bytes at [data-b, data-e), decoded;
  - focusing the first figure opens the side panel with its finding;
  - with --hostile: nothing injected ran (document.title and window.name
    are as the page set them), no element came from the document's text
    (no img, iframe, object, embed; one script; no on* attribute), and the
    text shows literally.

--shot PNG (repeatable: one per page, in order) saves a screenshot of the
page with its first figure focused, and checks it is not blank (--small
writes it with 256 colours, for the README): many distinct colours, no colour over
97 % of the pixels.  Prints one line per check; exits 1 when any failed."""
import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import zlib

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    "--disable-default-apps", "--disable-extensions", "--mute-audio",
    "--hide-scrollbars", "--disable-dev-shm-usage", "--remote-debugging-port=0", "--window-size=1100,700",
]


def find_chromium():
    for name in ("chromium", "chromium-browser", "chromium-headless-shell", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


class WebSocket:
    """The client side of RFC 6455, enough for DevTools: text frames, masked."""

    def __init__(self, url):
        assert url.startswith("ws://")
        hostport, _, path = url[5:].partition("/")
        host, _, port = hostport.partition(":")
        self.sock = socket.create_connection((host, int(port)), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((
            "GET /%s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n" % (path, hostport, key)
        ).encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise OSError("websocket handshake: connection closed")
            head += chunk
        head, _, self.rest = head.partition(b"\r\n\r\n")
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise OSError("websocket handshake refused: %r" % head[:200])

    def send(self, text):
        data = text.encode()
        n = len(data)
        if n < 126:
            header = struct.pack("!BB", 0x81, 0x80 | n)
        elif n < 65536:
            header = struct.pack("!BBH", 0x81, 0x80 | 126, n)
        else:
            header = struct.pack("!BBQ", 0x81, 0x80 | 127, n)
        mask = os.urandom(4)
        body = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
        self.sock.sendall(header + mask + body)

    def _read(self, n):
        while len(self.rest) < n:
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                raise OSError("websocket closed")
            self.rest += chunk
        out, self.rest = self.rest[:n], self.rest[n:]
        return out

    def recv(self):
        message = b""
        while True:
            b0, b1 = self._read(2)
            n = b1 & 0x7F
            if n == 126:
                (n,) = struct.unpack("!H", self._read(2))
            elif n == 127:
                (n,) = struct.unpack("!Q", self._read(8))
            payload = self._read(n)
            op = b0 & 0x0F
            if op == 8:
                raise OSError("websocket closed by the browser")
            if op in (9, 10):
                continue
            message += payload
            if b0 & 0x80:
                return message.decode()


class Browser:
    """A headless Chromium driven over the DevTools protocol. A cold start on
    a fresh, loaded machine (font cache, shared memory) can be slow or can
    die once; that is the machine, not the page, so the start is tried a few
    times and what Chromium said is kept for the message if all fail."""

    STARTS = 3
    START_SECONDS = 60

    def __init__(self, exe):
        said = ""
        for attempt in range(self.STARTS):
            said = self._start(exe)
            if not said:
                break
            self._stop_process()
            shutil.rmtree(self.profile, ignore_errors=True)
        else:
            raise OSError("chromium did not start in %d tries (no DevToolsActivePort); "
                          "it said: %s" % (self.STARTS, said[-1500:] or "nothing"))
        self.next_id = 0
        self.events = []

    def _start(self, exe):
        """Start Chromium and connect; return "" or what went wrong."""
        self.profile = tempfile.mkdtemp(prefix="gc-chromium-")
        log_path = os.path.join(self.profile, "chromium.log")
        with open(log_path, "wb") as log:
            self.proc = subprocess.Popen(
                [exe] + CHROMIUM_FLAGS + ["--user-data-dir=" + self.profile, "about:blank"],
                stdout=subprocess.DEVNULL, stderr=log)
        port_file = os.path.join(self.profile, "DevToolsActivePort")
        deadline = time.time() + self.START_SECONDS
        while not os.path.exists(port_file) or os.path.getsize(port_file) == 0:
            if time.time() > deadline or self.proc.poll() is not None:
                with open(log_path, "rb") as log:
                    return log.read().decode("utf-8", "replace") or "(exit %s)" % self.proc.poll()
            time.sleep(0.05)
        time.sleep(0.05)
        try:
            port, path = open(port_file).read().split("\n")[:2]
            self.ws = WebSocket("ws://127.0.0.1:%s%s" % (port, path))
        except (OSError, ValueError) as err:
            return "connecting: %s" % err
        return ""

    def _stop_process(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()

    def call(self, method, session=None, **params):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise OSError("%s: %s" % (method, reply["error"]))
                return reply.get("result", {})
            self.events.append(reply)

    def wait_event(self, method, session, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for i, ev in enumerate(self.events):
                if ev.get("method") == method and ev.get("sessionId") == session:
                    return self.events.pop(i)
            self.events.append(json.loads(self.ws.recv()))
        raise OSError("timed out waiting for " + method)

    def close(self):
        try:
            self.call("Browser.close")
        except OSError:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


def png_pixels(data):
    """(width, height, rows of RGB(A) bytes) of an 8-bit RGB or RGBA PNG."""
    pos, idat, width = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
            if depth != 8 or ctype not in (2, 6):
                raise ValueError("PNG not 8-bit RGB/RGBA")
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if f == 0:
            rows.append(bytes(line))
            prev = line
            continue
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def colour_stats(decoded):
    width, height, bpp, rows = decoded
    counts = {}
    for row in rows[::2]:
        for x in range(0, width * bpp, bpp * 2):
            key = row[x:x + 3]
            counts[key] = counts.get(key, 0) + 1
    total = sum(counts.values())
    return len(counts), max(counts.values()) / total


def png_chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def palette_png(decoded):
    """The screenshot again as a 256-colour PNG (the commonest colours; any
    other pixel takes the nearest of them): a page of text loses nothing a
    reader sees, and the file is a third of the size."""
    width, height, bpp, rows = decoded
    counts = {}
    for row in rows:
        for x in range(0, width * bpp, bpp):
            key = row[x:x + 3]
            counts[key] = counts.get(key, 0) + 1
    palette = [k for k, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:256]]
    index = {k: i for i, k in enumerate(palette)}
    for k in counts:
        if k not in index:
            index[k] = min(range(len(palette)), key=lambda i: sum(
                (a - b) * (a - b) for a, b in zip(k, palette[i])))
    raw = bytearray()
    for row in rows:
        raw.append(0)
        raw.extend(index[row[x:x + 3]] for x in range(0, width * bpp, bpp))
    return (b"\x89PNG\r\n\x1a\n" +
            png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0)) +
            png_chunk(b"PLTE", b"".join(palette)) +
            png_chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + png_chunk(b"IEND", b""))


# What the page reports about itself, read in the page.
PROBE = r"""
(() => {
  const figs = Array.from(document.querySelectorAll('a.fig'));
  const withOn = Array.from(document.querySelectorAll('*')).filter(
      e => Array.from(e.attributes).some(a => /^on/i.test(a.name))).length;
  return JSON.stringify({
    title: document.title, name: window.name,
    figs: figs.map(a => ({b: +a.dataset.b, e: +a.dataset.e, text: a.textContent,
                          href: a.getAttribute('href')})),
    scripts: document.scripts.length,
    foreign: document.querySelectorAll('img, iframe, object, embed, form, base, link, meta[http-equiv=refresh]').length,
    withOn: withOn,
    findings: document.querySelectorAll('li.finding').length,
    text: document.body.innerText,
  });
})()
"""

FOCUS = r"""
(() => {
  const a = document.querySelector('a.fig');
  if (!a) return JSON.stringify({});
  a.focus();
  const p = document.getElementById('panel');
  const target = document.querySelector(a.getAttribute('href'));
  return JSON.stringify({hidden: p.hidden, findings: p.querySelectorAll('.finding').length,
                         ringed: document.querySelectorAll('a.fig.used, a.fig.current').length,
                         target: !!target});
})()
"""


def main(argv):
    shots, hostile, small = [], False, False
    args = argv[1:]
    while args and args[0].startswith("--"):
        if args[0] == "--shot":
            shots.append(args[1])
            args = args[2:]
        elif args[0] == "--small":
            small = True
            args = args[1:]
        elif args[0] == "--hostile":
            hostile = True
            args = args[1:]
        else:
            sys.stderr.write("unknown option %s\n" % args[0])
            return 2
    if not args or len(args) % 4:
        sys.stderr.write(__doc__)
        return 2
    exe = find_chromium()
    if not exe:
        print("FAIL: no chromium; run make deps (Debian package chromium)")
        return 1
    failures = 0

    def check(ok, what):
        nonlocal failures
        print("%s: %s" % ("ok" if ok else "FAIL", what))
        failures += not ok

    browser = Browser(exe)
    try:
        for g in range(0, len(args), 4):
            page, original, claims_path, encoding = args[g:g + 4]
            name = os.path.basename(page)
            t0 = time.time()
            target = browser.call("Target.createTarget", url="about:blank")["targetId"]
            session = browser.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
            for domain in ("Page", "Runtime", "Log"):
                browser.call(domain + ".enable", session)
            browser.call("Emulation.setDeviceMetricsOverride", session, width=1100, height=700,
                         deviceScaleFactor=1, mobile=False)
            browser.call("Page.navigate", session, url="file://" + os.path.abspath(page))
            browser.wait_event("Page.loadEventFired", session)
            state = json.loads(browser.call("Runtime.evaluate", session, expression=PROBE,
                                            returnByValue=True)["result"]["value"])
            focus = json.loads(browser.call("Runtime.evaluate", session, expression=FOCUS,
                                            returnByValue=True)["result"]["value"])
            shot = shots[g // 4] if g // 4 < len(shots) else None
            if shot:
                png = base64.b64decode(browser.call("Page.captureScreenshot", session,
                                                    format="png", optimizeForSpeed=True)["data"])
                decoded = png_pixels(png)
                with open(shot, "wb") as f:
                    f.write(palette_png(decoded) if small else png)
            browser.call("Runtime.evaluate", session, expression="1")   # drain events
            errors = []
            for ev in browser.events:
                if ev.get("sessionId") != session:
                    continue
                m, p = ev.get("method"), ev.get("params", {})
                if m == "Runtime.exceptionThrown":
                    errors.append(p["exceptionDetails"].get("text", "exception"))
                elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                    errors.append("console.%s" % p["type"])
                elif m == "Log.entryAdded" and p["entry"].get("level") == "error":
                    errors.append(p["entry"].get("text", "")[:200])
            browser.events = [ev for ev in browser.events if ev.get("sessionId") != session]
            browser.call("Target.closeTarget", targetId=target)
            check(not errors, "%s: no console error%s" % (name, (": " + "; ".join(errors)) if errors else ""))

            claims = [json.loads(line) for line in open(claims_path, encoding="utf-8") if line.strip()]
            raw = open(original, "rb").read()
            figs = state["figs"]
            check(len(figs) == len(claims),
                  "%s: %d marked figures for %d claims" % (name, len(figs), len(claims)))
            offsets = sorted(c["source"]["byte"] for c in claims)
            check(sorted(f["b"] for f in figs) == offsets,
                  "%s: every mark starts at a claim's byte offset" % name)
            bad = [f for f in figs
                   if raw[f["b"]:f["e"]].decode(encoding, "replace") != f["text"] or f["e"] <= f["b"]]
            check(not bad, "%s: each mark's text equals the original bytes at its offsets%s"
                  % (name, (" (first bad: %r)" % bad[0]) if bad else ""))
            if figs:
                check(focus.get("hidden") is False and focus.get("findings", 0) >= 1 and
                      focus.get("ringed", 0) >= 1 and focus.get("target"),
                      "%s: focusing the first figure shows its finding (%s)" % (name, focus))
            if hostile:
                check(state["name"] == "" and state["title"].startswith("growthcheck"),
                      "%s: no injected script ran (title %r, window.name %r)"
                      % (name, state["title"], state["name"]))
                check(state["scripts"] == 1 and state["foreign"] == 0 and state["withOn"] == 0,
                      "%s: no element from the document (%d scripts, %d img/iframe/..., %d on*)"
                      % (name, state["scripts"], state["foreign"], state["withOn"]))
                shown = all(s in state["text"] for s in (
                    "<script>", "</p>", '"onload=', "javascript:", "<img src=x onerror=", "U+202E"))
                check(shown, "%s: the hostile text shows literally" % name)
            print("   %s: %.2f s in the browser" % (name, time.time() - t0))
            if shot:
                ncol, top = colour_stats(decoded)
                check(ncol >= 16 and top < 0.97,
                      "%s: screenshot not blank (%d colours, commonest %.0f %%)"
                      % (name, ncol, top * 100))
    finally:
        browser.close()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
