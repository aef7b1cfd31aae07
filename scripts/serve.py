#!/usr/bin/env python3
"""Serves the static site with the right MIME types (.wasm as application/wasm) on 127.0.0.1."""
import argparse
import functools
import http.server
import sys

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("--port", type=int, default=8000)
parser.add_argument("--dir", default="www")
args = parser.parse_args()


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".webmanifest": "application/manifest+json",
        ".svg": "image/svg+xml",
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        # Docs sites load embed.js, its module and wasm from another origin: public, no cookies.
        self.send_header("Access-Control-Allow-Origin", "*")
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
print(f"http://127.0.0.1:{args.port}/", flush=True)
try:
    server.serve_forever()
except KeyboardInterrupt:
    pass
