#!/usr/bin/python3
"""The tutorial's Tornado echo server, for bench/run.sh to compare Duplex with, and a real peer
for the tests.

Usage: /usr/bin/python3 tornado_echo.py [--certfile CERT [--keyfile KEY]] [PORT]
  PORT         on 127.0.0.1; 0 or nothing picks a free port
  --certfile   PEM certificate (chain): serve https:// and wss:// instead of http:// and ws://
  --keyfile    its PEM private key (not needed when CERT holds the key too)
Prints "LISTENING <port>" once it listens; SIGTERM or SIGINT ends it with status 0.

The same handlers as the tutorial's server: "/" and the WebSocket at "/ws/", which greets with
"Welcome!" and answers every message upper-cased (text as text; binary as binary, with its ASCII
letters upper-cased). Two changes: check_origin accepts any origin (the tutorial predates
Tornado's origin check), and it prints nothing per connection or message (the tutorial prints
each one) so that the benchmark measures the protocol, not the terminal.

Two test hooks, text messages that are answered otherwise (the benchmark never sends them):
  "/close CODE REASON"  the server closes the WebSocket with that close code and reason
                        (REASON may be left out; any CODE up to 65535 is sent as given)
  "/drop"               the server drops the TCP connection without a close frame
Works with Debian 12's Tornado 6.2 and Debian 13's 6.4.
"""
import argparse
import asyncio
import re
import signal
import ssl

import tornado.httpserver
import tornado.netutil
import tornado.web
import tornado.websocket

CLOSE_HOOK = re.compile(r"/close (\d{1,5})(?: (.*))?", re.DOTALL)


class IndexHandler(tornado.web.RequestHandler):
    def get(self):
        self.write("<!DOCTYPE html><title>tornado_echo</title><p>WebSocket echo at /ws/</p>")


class WebSocketHandler(tornado.websocket.WebSocketHandler):
    def check_origin(self, origin):
        return True

    def open(self, *args):
        self.write_message("Welcome!")

    def on_message(self, message):
        # The test hooks: text that starts with "/" (one comparison for the benchmark's messages).
        if isinstance(message, str) and message.startswith("/"):
            if message == "/drop":
                # Closes the socket under the WebSocket: no close frame is sent.
                self.ws_connection.stream.close()
                return
            hook = CLOSE_HOOK.fullmatch(message)
            if hook and int(hook.group(1)) <= 0xFFFF:
                self.close(int(hook.group(1)), hook.group(2) or "")
                return
        # str for text frames, bytes for binary ones: bytes.upper() changes ASCII letters only.
        self.write_message(message.upper(), binary=isinstance(message, bytes))


def parse_arguments():
    parser = argparse.ArgumentParser(description="The tutorial's Tornado echo server.")
    parser.add_argument("port", nargs="?", type=int, default=0, metavar="PORT",
                        help="port on 127.0.0.1 (0 or nothing: a free one)")
    parser.add_argument("--certfile", metavar="CERT", help="PEM certificate: serve https:// and wss://")
    parser.add_argument("--keyfile", metavar="KEY", help="PEM private key of --certfile")
    args = parser.parse_args()
    if args.keyfile and not args.certfile:
        parser.error("--keyfile needs --certfile")
    return args


async def serve(args):
    app = tornado.web.Application([
        (r"/", IndexHandler),
        (r"/ws/", WebSocketHandler),
    ])
    tls = None
    if args.certfile:
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.load_cert_chain(args.certfile, args.keyfile)
    # bind_sockets rather than app.listen(port): it tells which port 0 picked.
    sockets = tornado.netutil.bind_sockets(args.port, address="127.0.0.1")
    server = tornado.httpserver.HTTPServer(app, ssl_options=tls)
    server.add_sockets(sockets)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    print(f"LISTENING {sockets[0].getsockname()[1]}", flush=True)
    await stop.wait()
    server.stop()


def main():
    asyncio.run(serve(parse_arguments()))


if __name__ == "__main__":
    main()
