# The seed tutorial's Python client, ported to Python 3; tst_interop runs it against duplex.
import sys

from websocket import create_connection

url = sys.argv[1] if len(sys.argv) > 1 else "ws://localhost:8888/ws/"
ws = create_connection(url)
print("Sending 'Hello, World'...")
ws.send("Hello, World")
print("Sent")
# The server greets every client first, so the seed's single recv() would get "Welcome!",
# not the echo: receive twice.
print("Reeiving...")  # sic: the seed's own spelling
result = ws.recv()
print("Received '%s'" % result)
result = ws.recv()
print("Received '%s'" % result)
ws.close()
