#!/usr/bin/env python3
"""A loopback HTTP proxy that adds a fixed round-trip latency to every request (benchmark only).

Usage: aws_latency_proxy.py LISTEN_PORT TARGET_URL LATENCY_MS
Forwards each request to TARGET_URL (moto_server) after sleeping LATENCY_MS, one thread per
connection, so concurrent requests wait in parallel as they would on a real network.
"""
import http.client
import sys
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, target, latency = int(sys.argv[1]), urllib.parse.urlparse(sys.argv[2]), float(sys.argv[3]) / 1000.0
HOP = {"connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection", "host", "content-length"}


class Forward(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _forward(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
        time.sleep(latency)
        conn = http.client.HTTPConnection(target.hostname, target.port, timeout=120)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP}
        headers["Host"] = self.headers.get("Host", f"{target.hostname}:{target.port}")
        conn.request(self.command, self.path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        self.send_response(resp.status)
        for k, v in resp.getheaders():
            if k.lower() not in HOP:
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        conn.close()

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _forward


ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer(("127.0.0.1", port), Forward).serve_forever()
