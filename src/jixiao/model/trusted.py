"""Pydantic models built without validation, for values their builder typed itself."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

_Model = TypeVar("_Model", bound=BaseModel)
_FIELDS: dict[type[BaseModel], set[str]] = {}  # shared: the models built this way are frozen


def trusted(cls: type[_Model], values: dict[str, Any]) -> _Model:
    """An instance of pydantic model ``cls`` from complete, already typed ``values``.

    No validation and no copying: for objects the review builds by the thousand from
    values it typed itself. Every field must be present.
    """
    fields = _FIELDS.get(cls)
    if fields is None:
        fields = _FIELDS[cls] = set(cls.model_fields)
    instance = cls.__new__(cls)
    object.__setattr__(instance, "__dict__", values)
    object.__setattr__(instance, "__pydantic_fields_set__", fields)
    object.__setattr__(instance, "__pydantic_extra__", None)
    object.__setattr__(instance, "__pydantic_private__", None)
    return instance
