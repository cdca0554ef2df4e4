"""Pydantic models built without validation, for values their builder typed itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

_Model = TypeVar("_Model", bound=BaseModel)
# the setters of a pydantic model's four slots, called directly: cheaper than
# object.__setattr__, which looks each name up again and builds a tuple of arguments
_SLOTS = vars(BaseModel)
set_dict = _SLOTS["__dict__"].__set__
set_given = _SLOTS["__pydantic_fields_set__"].__set__
set_extra = _SLOTS["__pydantic_extra__"].__set__
set_private = _SLOTS["__pydantic_private__"].__set__
_BUILDERS: dict[type[BaseModel], Callable[[dict[str, Any]], Any]] = {}


def trusted_builder(cls: type[_Model]) -> Callable[[dict[str, Any]], _Model]:
    """:func:`trusted` for one model with its lookups done once, for a loop that builds many."""
    builder = _BUILDERS.get(cls)
    if builder is not None:
        return builder
    fields = set(cls.model_fields)  # shared: the models built this way are frozen
    new = cls.__new__

    def build(values: dict[str, Any]) -> _Model:
        instance = new(cls)
        set_dict(instance, values)
        set_given(instance, fields)
        set_extra(instance, None)
        set_private(instance, None)
        return instance

    _BUILDERS[cls] = build
    return build


def trusted(cls: type[_Model], values: dict[str, Any]) -> _Model:
    """An instance of pydantic model ``cls`` from complete, already typed ``values``.

    No validation and no copying: for objects the review builds by the thousand from
    values it typed itself. Every field must be present.
    """
    return trusted_builder(cls)(values)


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
    instance: _Model = builder(cls)(values)
    return instance


def builder(cls: type[_Model]) -> Callable[[dict[str, Any]], _Model]:
    """:func:`built` for one model with its look-ups done once: ``builder(cls)(values)`` is
    ``built(cls, **values)``, for a loop that makes one per row (``values`` is kept)."""
    build = _BUILT.get(cls)
    if build is None:
        build = _BUILT[cls] = _builder_of(cls)
    return build


# per model: the function making an instance from the fields given (its look-ups done once)
_BUILT: dict[type[BaseModel], Callable[[dict[str, Any]], Any]] = {}


def _builder_of(cls: type[_Model]) -> Callable[[dict[str, Any]], _Model]:
    template, made = _template_of(cls)
    new = cls.__new__

    def build(values: dict[str, Any]) -> _Model:
        state = template.copy()
        for name, factory in made:
            state[name] = factory()
        state.update(values)
        instance = new(cls)
        set_dict(instance, state)
        set_given(instance, set(values))
        set_extra(instance, None)
        set_private(instance, None)
        return instance

    return build


def defaults(cls: type[BaseModel]) -> dict[str, Any]:
    """Every field of ``cls`` in declaration order with its fixed default (None for required
    fields and those made per instance): what :func:`built` starts an instance from, for a
    builder of one model written out field by field (a dict to copy, never to change)."""
    return _template_of(cls)[0]
