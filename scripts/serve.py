#!/usr/bin/env python3
"""Serves the static site on 127.0.0.1 as a static host should: the right MIME types (.wasm as
application/wasm), the precompressed .br/.gz copies of scripts/compress.mjs to clients that accept
them, and the response headers of hosting/_headers (Netlify / Cloudflare Pages format), read
from that file and applied rule by rule. --port 0 takes a free port; the first line printed is the
address."""
import argparse
import datetime
import email.utils
import functools
import http.server
import os
import re
import sys
import urllib.parse
from http import HTTPStatus

HERE = os.path.dirname(os.path.abspath(__file__))
parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("--port", type=int, default=8000)
parser.add_argument("--dir", default="www")
parser.add_argument("--headers", default=os.path.join(HERE, "..", "hosting", "_headers"),
                    help="the _headers file to apply (default: hosting/_headers)")
args = parser.parse_args()


def parse_headers_file(path):
    """The rules of a _headers file: [(compiled path pattern, [(name, value), ...]), ...].

    A line that starts without indentation is a path (`*` matches anything, `:name` one
    segment); the indented `Name: value` lines under it are its headers; `#` starts a comment
    line. Anything else (a Cloudflare `! Name` detach, a header outside a rule) is an error: the
    file must mean the same on every host and here."""
    rules = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            text = line.rstrip("\n")
            if not text.strip() or text.lstrip().startswith("#"):
                continue
            where = f"{path}:{number}"
            if not text[0].isspace():
                if not text.startswith("/"):
                    sys.exit(f"serve: {where}: a rule's path starts with /: {text!r}")
                regex = "".join(".*" if part == "*" else "[^/]+" if part.startswith(":") else re.escape(part)
                                for part in re.split(r"(\*|:[A-Za-z_]\w*)", text.strip()))
                rules.append((re.compile(regex), []))
            else:
                name, sep, value = text.strip().partition(":")
                if not rules or not sep or not re.fullmatch(r"[A-Za-z0-9-]+", name):
                    sys.exit(f"serve: {where}: not a header of a rule: {text!r}")
                rules[-1][1].append((name, value.strip()))
    return rules


RULES = parse_headers_file(args.headers)


def headers_for(url_path):
    """The headers the rules give a path: every matching rule's, in the file's order; a header
    set by two matching rules gets both values joined with ", " (as Cloudflare Pages does)."""
    out = {}
    for pattern, headers in RULES:
        if pattern.fullmatch(url_path):
            for name, value in headers:
                key = name.lower()
                out[key] = (out[key][0], f"{out[key][1]}, {value}") if key in out else (name, value)
    return list(out.values())


def accepted(accept_encoding):
    """{coding: q} of an Accept-Encoding header (lower-case codings, q = 0 for refused)."""
    codings = {}
    for item in (accept_encoding or "").split(","):
        coding, *params = [p.strip() for p in item.split(";")]
        if not coding:
            continue
        q = 1.0
        for p in params:
            if p.lower().startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        codings[coding.lower()] = q
    return codings


# The precompressed copies, in the order preferred when the client accepts both equally.
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".webmanifest": "application/manifest+json",
        ".svg": "image/svg+xml",
        # The TypeScript declarations (.d.ts), readable in a browser (not video/mp2t).
        ".ts": "text/plain",
        # A copy asked for by its own name is just bytes (not text/css without an encoding).
        ".br": "application/octet-stream",
        ".gz": "application/gzip",
    }

    def url_path(self):
        return urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)

    def choose_encoding(self, path):
        """(coding, file) of the best precompressed copy of `path` the client accepts, or
        (None, path); and whether `path` has copies at all (then the response varies)."""
        # A copy older than its file is stale (the file was edited since `make build`): not sent.
        mtime = os.stat(path).st_mtime_ns
        present = [(coding, path + ext) for coding, ext in ENCODINGS
                   if os.path.isfile(path + ext) and os.stat(path + ext).st_mtime_ns >= mtime]
        codings = accepted(self.headers.get("Accept-Encoding"))
        best, best_q = (None, path), 0.0
        for coding, file in present:
            q = codings.get(coding, codings.get("*", 0.0))
            if q > best_q:
                best, best_q = (coding, file), q
        return best, bool(present)

    def send_head(self):
        """GET and HEAD: the file (or its precompressed copy) with its headers, 304 when the
        client's copy is current, 301 to a directory's address with a slash, 404 otherwise (a
        directory without index.html too: no listings, as on a static host)."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            parts = urllib.parse.urlsplit(self.path)
            if not parts.path.endswith("/"):
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", urllib.parse.urlunsplit(parts._replace(path=parts.path + "/")))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            path = os.path.join(path, "index.html")
        if path.endswith("/") or not os.path.isfile(path):
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        (coding, file), varies = self.choose_encoding(path)
        try:
            f = open(file, "rb")
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            mtime = os.stat(path).st_mtime  # the file's, whichever copy is sent
            if self.not_modified(mtime):
                self.send_response(HTTPStatus.NOT_MODIFIED)
                if varies:
                    self.send_header("Vary", "Accept-Encoding")
                self.end_headers()
                f.close()
                return None
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", self.guess_type(path))
            if coding:
                self.send_header("Content-Encoding", coding)
            if varies:
                self.send_header("Vary", "Accept-Encoding")
            self.send_header("Content-Length", str(os.fstat(f.fileno()).st_size))
            self.send_header("Last-Modified", self.date_time_string(mtime))
            self.end_headers()
            return f
        except BaseException:
            f.close()
            raise

    def not_modified(self, mtime):
        """If-Modified-Since (without If-None-Match) at or after the file's time (second)."""
        if "If-Modified-Since" not in self.headers or "If-None-Match" in self.headers:
            return False
        try:
            ims = email.utils.parsedate_to_datetime(self.headers["If-Modified-Since"])
        except (TypeError, IndexError, OverflowError, ValueError):
            return False
        if ims.tzinfo is None:  # the obsolete format without a zone is UTC (RFC 9110)
            ims = ims.replace(tzinfo=datetime.timezone.utc)
        return int(mtime) <= ims.timestamp()

    def end_headers(self):
        # Every response, errors and redirects too, gets the headers hosting/_headers gives
        # its path: nosniff, no referrer, caching, CORS, and the pages' CSP and framing.
        for name, value in headers_for(self.url_path()):
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, fmt, *a):  # quiet: tests start this server many times
        pass


class Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser closed mid-download (a test ending during a precache): nothing to report.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


server = Server(("127.0.0.1", args.port), functools.partial(Handler, directory=args.dir))
print(f"http://127.0.0.1:{server.server_address[1]}/", flush=True)
try:
    server.serve_forever()
except KeyboardInterrupt:
    pass
