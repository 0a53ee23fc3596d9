"""A plain static file server for dist/, behaving like GitHub Pages: files and directory
index.html as they are, gzip for text when the browser accepts it (as static hosts do), and
404.html (with status 404) for any path no file matches.

Usage: python3 scripts/static_server.py DIR [PORT]   (PORT 0 picks a free port)
"""
import gzip
import http.server
import os
import sys
from functools import partial

COMPRESSIBLE = (".html", ".js", ".css", ".svg", ".json", ".txt", ".py", ".md")


class StaticHostHandler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?")[0].endswith("/"):
            path = os.path.join(path, "index.html")
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if accepts_gzip and os.path.isfile(path) and path.endswith(COMPRESSIBLE):
            with open(path, "rb") as source:
                body = gzip.compress(source.read(), compresslevel=6)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

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
