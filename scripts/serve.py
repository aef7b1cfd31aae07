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

    # The security headers a real host should send (README "Serving it"): the pages' CSP as in
    # their <meta> (frame-ancestors works only as a header), framing refused but for embed.html.
    PAGE_CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
                "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; "
                "require-trusted-types-for 'script'; trusted-types mpn-eligibility; "
                "frame-ancestors 'none'")

    def security_headers(self):
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        self.send_header("Referrer-Policy", "no-referrer")
        if path.endswith("/embed.html"):
            self.send_header("Content-Security-Policy", "frame-ancestors *")
        elif path.endswith("/") or path.endswith(".html"):
            self.send_header("Content-Security-Policy", self.PAGE_CSP)
            self.send_header("X-Frame-Options", "DENY")

    def end_headers(self):
        self.security_headers()
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
