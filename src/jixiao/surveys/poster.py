"""The survey's public link as a QR code (PNG, SVG) and a printable poster (PDF).

segno draws the QR code in pure Python (no image library needed); the poster is HTML
printed by the same WeasyPrint path as the publications, so it has the CJK font too.
"""

from __future__ import annotations

import io
from html import escape

import segno


def qr_png(url: str, scale: int = 10) -> bytes:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()


def qr_svg(url: str, scale: int = 8) -> str:
    """The QR code as inline SVG, with a <title> naming it and the link it holds: a screen
    reader announced the survey page's code as an unnamed graphic."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(
        buffer,
        kind="svg",
        scale=scale,
        border=2,
        xmldecl=False,
        title=f"问卷二维码（扫码打开 {url}）",
    )
    return buffer.getvalue().decode("utf-8")


def poster_html(title: str, url: str, code: str = "", note: str = "") -> str:
    """An A4 page: title, the QR code, the link, the access code if any."""
    access = f"<p class='code'>访问码：<b>{escape(code)}</b></p>" if code else ""
    return (
        "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><style>"
        "@page{size:A4;margin:25mm}body{font-family:'Noto Sans CJK SC',sans-serif;"
        "text-align:center}h1{font-size:22pt;margin:10mm 0}.qr svg{width:110mm;height:110mm}"
        ".url{font-size:10pt;word-break:break-all;color:#333}.code{font-size:16pt}"
        ".note{font-size:12pt;color:#444;margin-top:8mm}</style></head><body>"
        f"<h1>{escape(title)}</h1><p>请用手机扫描二维码填写问卷，约需1分钟，匿名填写。</p>"
        f"<div class='qr'>{qr_svg(url)}</div><p class='url'>{escape(url)}</p>{access}"
        f"<p class='note'>{escape(note)}</p></body></html>"
    )


def poster_pdf(title: str, url: str, code: str = "", note: str = "") -> bytes:
    from jixiao.exporters.pdf_writer import html_pdf

    return html_pdf(poster_html(title, url, code, note))
