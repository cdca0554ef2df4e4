"""A zip of downloaded files, each stored readable by everyone (rw-r--r--).

``ZipFile.writestr`` with a name stores a file as 0600: unpacked on Linux or macOS, the open
data's CSV and JSON were readable by their unpacker alone (a harvesting service's other
accounts, a web server publishing them again, could not read them). Every zip the exporters
and the web layer build is made here."""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Iterable

FILE_MODE = 0o644
"""rw-r--r--: what a downloaded file is anywhere else."""


def zip_bytes(files: Iterable[tuple[str, bytes | str]]) -> bytes:
    """The zip (deflated) of ``(name, content)`` in order, each file stored 0644."""
    buffer = io.BytesIO()
    now = time.localtime(time.time())[:6]
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files:
            entry = zipfile.ZipInfo(name, date_time=now)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = (0o100000 | FILE_MODE) << 16  # a regular file, 0644
            archive.writestr(entry, content)
    return buffer.getvalue()
