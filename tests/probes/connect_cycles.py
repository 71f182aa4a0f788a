#!/usr/bin/python3
"""Resident memory of a running Duplex across many WebSocket connect/close cycles.

Usage: connect_cycles.py PID PORT [CYCLES]   (127.0.0.1 only; stops by itself)

Each cycle opens a TCP connection, upgrades it on /ws/, reads the "Welcome!" frame, sends a
masked close frame (1000) and waits for the server's close. Memory is read from
/proc/PID/status after a warm-up and again at the end.
"""
import os
import socket
import struct
import sys
import time

HANDSHAKE = (b"GET /ws/ HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
             b"Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
             b"Sec-WebSocket-Version: 13\r\n\r\n")
CLOSE = bytes([0x88, 0x82, 1, 2, 3, 4]) + bytes(a ^ b for a, b in zip(struct.pack("!H", 1000), b"\x01\x02"))


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def cycle(port):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(HANDSHAKE)
        data = b""
        while b"Welcome!" not in data:
            chunk = s.recv(4096)
            if not chunk:
                raise RuntimeError("closed before the greeting")
            data += chunk
        s.sendall(CLOSE)
        while s.recv(4096):  # until the server closes
            pass


def main():
    pid, port = int(sys.argv[1]), int(sys.argv[2])
    cycles = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
    for _ in range(1000):  # warm-up: allocator pools, Qt's caches
        cycle(port)
    time.sleep(0.5)
    before = rss_kib(pid)
    start = time.monotonic()
    for _ in range(cycles):
        cycle(port)
    elapsed = time.monotonic() - start
    time.sleep(0.5)  # let deferred deletes run
    after = rss_kib(pid)
    print(f"{cycles} cycles in {elapsed:.1f} s ({cycles / elapsed:.0f}/s); "
          f"RSS before {before} KiB, after {after} KiB, change {100.0 * (after - before) / before:+.1f} %")


if __name__ == "__main__":
    main()
