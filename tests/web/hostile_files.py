"""Hostile uploads built on the spot: a zip-bomb .docx, PDFs of many pages, a huge text."""

from __future__ import annotations

import zipfile
from pathlib import Path

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def zip_bomb_docx(path: Path, expanded: int = 1024**3) -> Path:
    """A .docx of about 1 MB whose document.xml expands to ``expanded`` bytes."""
    chunk = b" " * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(b'<?xml version="1.0"?><w:document>')
            for _ in range(expanded // len(chunk)):
                member.write(chunk)
    return path


def many_pages_pdf(path: Path, pages: int, lines: int = 0) -> Path:
    """A valid PDF of ``pages`` pages, each with ``lines`` lines of text (Helvetica)."""
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, filled in below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    kids = []
    for page in range(pages):
        text = b"".join(
            b"BT /F1 9 Tf 40 %d Td (Row %d of page %d: indicator value 95%% budget 12.5) Tj ET\n"
            % (800 - 12 * line, line, page)
            for line in range(lines)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text))
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), pages)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


def huge_text(path: Path, megabytes: int = 50) -> Path:
    line = "产出指标\t数量指标\t完成项目数\t≥10个\n".encode()
    with path.open("wb") as out:
        for _ in range(megabytes * 1024 * 1024 // len(line) + 1):
            out.write(line)
    return path
