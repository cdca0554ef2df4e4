"""A lean HTTP/1.1 keep-alive client for the latency benchmark's clients.

The clients run on the same two cores as the server they measure: every millisecond of
CPU they spend is one the server waits for. ``http.client`` parses each response's
headers with the e-mail parser; here the request is built once per path and only the
status line, ``Content-Length``, ``Transfer-Encoding`` and ``Connection`` are read. The
request sent and the response read whole are the same, so the latency measured is too.
"""

from __future__ import annotations

import socket


class ResponseError(OSError):
    """The server closed the connection or answered something that is not HTTP."""


class LeanConnection:
    def __init__(self, host: str, port: int, headers: dict[str, str], timeout: float) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self._extra = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
        self._socket: socket.socket | None = None
        self._buffer = b""

    def _connected(self) -> socket.socket:
        if self._socket is None:
            self._socket = socket.create_connection((self.host, self.port), self.timeout)
            self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._buffer = b""
        return self._socket

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    def get(self, path: str) -> tuple[int, bytes]:
        """GET ``path``: (status, body), the body read to its end."""
        sock = self._connected()
        request = f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n{self._extra}\r\n"
        sock.sendall(request.encode("latin-1"))
        head = self._until(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ", 2)
        if len(parts) < 2 or not parts[0].startswith("HTTP/"):
            raise ResponseError(f"not an HTTP response: {lines[0]!r}")
        fields = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            fields[name.strip().lower()] = value.strip()
        if fields.get("transfer-encoding", "").lower() == "chunked":
            body = self._chunked()
        else:
            body = self._exactly(int(fields.get("content-length", "0")))
        if fields.get("connection", "").lower() == "close":
            self.close()
        return int(parts[1]), body

    def _fill(self) -> None:
        assert self._socket is not None
        data = self._socket.recv(262144)
        if not data:
            self.close()
            raise ResponseError("connection closed by the server")
        self._buffer += data

    def _until(self, marker: bytes) -> bytes:
        while (end := self._buffer.find(marker)) < 0:
            self._fill()
        found, self._buffer = self._buffer[:end], self._buffer[end + len(marker) :]
        return found

    def _exactly(self, size: int) -> bytes:
        while len(self._buffer) < size:
            self._fill()
        found, self._buffer = self._buffer[:size], self._buffer[size:]
        return found

    def _chunked(self) -> bytes:
        pieces: list[bytes] = []
        while True:
            size = int(self._until(b"\r\n").split(b";", 1)[0], 16)
            if size == 0:
                self._until(b"\r\n")  # no trailers are sent by gunicorn
                return b"".join(pieces)
            pieces.append(self._exactly(size))
            self._until(b"\r\n")
