#!/usr/bin/python3
"""The tutorial's Tornado echo server, for bench/run.sh to compare Duplex with.

Usage: /usr/bin/python3 tornado_echo.py [PORT]   (127.0.0.1; 0 or nothing picks a free port)
Prints "LISTENING <port>" once it listens.

The same handlers as the tutorial's server: "/" and the WebSocket at "/ws/", which greets with
"Welcome!" and answers every message upper-cased. Two changes: check_origin accepts any origin
(the tutorial predates Tornado's origin check), and it prints nothing per connection or message
(the tutorial prints each one) so that the benchmark measures the protocol, not the terminal.
"""
import sys

import tornado.httpserver
import tornado.ioloop
import tornado.netutil
import tornado.web
import tornado.websocket


class IndexHandler(tornado.web.RequestHandler):
    def get(self):
        self.write("<!DOCTYPE html><title>tornado_echo</title><p>WebSocket echo at /ws/</p>")


class WebSocketHandler(tornado.websocket.WebSocketHandler):
    def check_origin(self, origin):
        return True

    def open(self, *args):
        self.write_message("Welcome!")

    def on_message(self, message):
        # str for text frames, bytes for binary ones: bytes.upper() changes ASCII letters only.
        self.write_message(message.upper(), binary=isinstance(message, bytes))


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    app = tornado.web.Application([
        (r"/", IndexHandler),
        (r"/ws/", WebSocketHandler),
    ])
    # bind_sockets rather than app.listen(port): it tells which port 0 picked.
    sockets = tornado.netutil.bind_sockets(port, address="127.0.0.1")
    server = tornado.httpserver.HTTPServer(app)
    server.add_sockets(sockets)
    print(f"LISTENING {sockets[0].getsockname()[1]}", flush=True)
    tornado.ioloop.IOLoop.current().start()


if __name__ == "__main__":
    main()
