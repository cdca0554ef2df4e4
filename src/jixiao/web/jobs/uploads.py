"""An upload handler that stops reading a file once it passes the upload limit, so an
oversized upload is neither kept in memory nor written to disk; the view names it."""

from __future__ import annotations

from typing import Any

from django.core.files.uploadhandler import FileUploadHandler, SkipFile

from jixiao.web.jobs.running import configured_limits


class LimitedUploadHandler(FileUploadHandler):
    """First in ``FILE_UPLOAD_HANDLERS``: counts each file's bytes and passes them on."""

    def __init__(self, request: Any = None) -> None:
        super().__init__(request)
        self.limit = configured_limits().upload_bytes
        self.received = 0

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        self.received += len(raw_data)
        if self.received > self.limit:
            refused = getattr(self.request, "refused_uploads", [])
            refused.append(self.file_name or "")
            setattr(self.request, "refused_uploads", refused)  # noqa: B010 (read by the view)
            raise SkipFile()
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None  # the next handler keeps the file
