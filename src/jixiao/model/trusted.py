"""Pydantic models built without validation, for values their builder typed itself."""

from __future__ import annotations

from collections.abc import Callable
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


# per model: every field in declaration order (fixed defaults; None for required fields and
# those made per instance), and the fields whose default is made per instance
_TEMPLATES: dict[type[BaseModel], tuple[dict[str, Any], tuple[tuple[str, Callable[[], Any]], ...]]]
_TEMPLATES = {}


def _template_of(
    cls: type[BaseModel],
) -> tuple[dict[str, Any], tuple[tuple[str, Callable[[], Any]], ...]]:
    found = _TEMPLATES.get(cls)
    if found is None:
        fields: dict[str, Any] = {}
        made: list[tuple[str, Callable[[], Any]]] = []
        for name, info in cls.model_fields.items():
            fields[name] = None if info.is_required() else info.default
            if info.default_factory is not None:
                made.append((name, info.default_factory))  # type: ignore[arg-type]
        found = _TEMPLATES[cls] = (fields, tuple(made))
    return found


def built(cls: type[_Model], **values: Any) -> _Model:
    """``cls(**values)`` for values their builder typed itself, without validating them again.

    The other fields take their defaults (a fresh one from each default factory) and the
    instance remembers which fields were given, exactly as the validating constructor
    would: for the objects an importer makes one per table row. The caller gives every
    required field, already of its type.
    """
    template, made = _template_of(cls)
    state = template.copy()
    for name, factory in made:
        state[name] = factory()
    state.update(values)
    instance = cls.__new__(cls)
    object.__setattr__(instance, "__dict__", state)
    object.__setattr__(instance, "__pydantic_fields_set__", set(values))
    object.__setattr__(instance, "__pydantic_extra__", None)
    object.__setattr__(instance, "__pydantic_private__", None)
    return instance
