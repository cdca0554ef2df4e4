"""Reading the 监控/自评 entry forms: amounts in 万元 and texts, with errors per field.

The pages post plain HTML forms; each value is read here and the core model validates
the whole. A bad amount is reported next to its field with the text as typed, and the
form is shown again with every input kept.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.http import QueryDict

from jixiao.textnorm.digit_groups import AmbiguousDigits, typed_digits


class FieldErrors(Exception):
    """Inputs that could not be read: field name → message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("；".join(errors.values()))
        self.errors = errors


class FormReader:
    """Reads fields from a POST, collecting every error rather than stopping at the first."""

    def __init__(self, post: QueryDict) -> None:
        self.post = post
        self.errors: dict[str, str] = {}

    def text(self, name: str) -> str:
        return self.post.get(name, "").replace("\x00", "").strip()

    def amount(self, name: str, label: str) -> Decimal | None:
        """A non-negative amount in 万元; blank is None. Thousands separators are allowed."""
        typed = self.text(name)
        if not typed:
            return None
        try:
            raw = typed_digits(typed)
        except AmbiguousDigits as ambiguous:
            self.errors[name] = f"“{label}”：{ambiguous}"
            return None
        try:
            value = Decimal(raw)
        except InvalidOperation:
            self.errors[name] = f"“{label}”应为数字（万元），不是“{raw}”"
            return None
        if not value.is_finite() or value < 0:
            self.errors[name] = f"“{label}”应为不小于0的数字（万元），不是“{raw}”"
            return None
        return value

    def version(self) -> int:
        raw = self.text("lock_version")
        if not raw.isdigit():
            self.errors["lock_version"] = "页面缺少版本号，请刷新后再保存"
            return 0
        return int(raw)

    def done(self) -> None:
        if self.errors:
            raise FieldErrors(self.errors)
