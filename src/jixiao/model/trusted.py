"""Pydantic models built without validation, for values their builder typed itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

_Model = TypeVar("_Model", bound=BaseModel)
_BUILDERS: dict[type[BaseModel], Callable[[dict[str, Any]], Any]] = {}


def trusted_builder(cls: type[_Model]) -> Callable[[dict[str, Any]], _Model]:
    """:func:`trusted` for one model with its lookups done once, for a loop that builds many."""
    builder = _BUILDERS.get(cls)
    if builder is not None:
        return builder
    fields = set(cls.model_fields)  # shared: the models built this way are frozen
    new = cls.__new__
    put = object.__setattr__

    def build(values: dict[str, Any]) -> _Model:
        instance = new(cls)
        put(instance, "__dict__", values)
        put(instance, "__pydantic_fields_set__", fields)
        put(instance, "__pydantic_extra__", None)
        put(instance, "__pydantic_private__", None)
        return instance

    _BUILDERS[cls] = build
    return build


def trusted(cls: type[_Model], values: dict[str, Any]) -> _Model:
    """An instance of pydantic model ``cls`` from complete, already typed ``values``.

    No validation and no copying: for objects the review builds by the thousand from
    values it typed itself. Every field must be present.
    """
    return trusted_builder(cls)(values)
