"""A plain static file server for dist/, behaving like GitHub Pages: files and directory
index.html as they are, and 404.html (with status 404) for any path no file matches.

Usage: python3 scripts/static_server.py DIR [PORT]   (PORT 0 picks a free port)
"""
import http.server
import os
import sys
from functools import partial


class StaticHostHandler(http.server.SimpleHTTPRequestHandler):
    def send_error(self, code, message=None, explain=None):
        fallback = os.path.join(self.directory, "404.html")
        if code == 404 and os.path.isfile(fallback):
            with open(fallback, "rb") as page:
                body = page.read()
            self.send_response(404, "Not Found")
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def log_message(self, format, *args):
        pass


def main():
    directory = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "dist")
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    handler = partial(StaticHostHandler, directory=directory)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        print(f"Serving {directory} on port {server.server_address[1]}: http://127.0.0.1:{server.server_address[1]}/", flush=True)
        server.serve_forever()


if __name__ == "__main__":
    main()
