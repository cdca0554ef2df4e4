"""Decode text files: UTF-8 (with or without BOM), GB18030/GBK, then detection."""

from __future__ import annotations

from charset_normalizer import from_bytes


class UndecodableText(ValueError):
    """The bytes are not text in any encoding we read."""


def decode_text(data: bytes) -> str:
    """Decode a text rendering; raise :class:`UndecodableText` for binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise UndecodableText("文件含有二进制内容，不是文本")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # GB18030 is a superset of GBK and GB2312, the encodings of older Chinese files.
        return data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise UndecodableText("无法识别文件的文字编码")
    return str(best)
