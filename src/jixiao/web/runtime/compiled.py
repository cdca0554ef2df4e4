"""Queries the ORM compiles once per process, then runs again with other values.

Every signed-in page asks the same few things — the session, the person, the plan and its
revision — by primary key. Building such a query (select_related joins, annotations,
subqueries) costs Django 0.5–3 ms of CPU each time, ten times what the database needs to
answer it: on two shared cores that alone was half of a page. A :class:`CompiledQuery` is
built by the ORM once with stand-in values, kept as its SQL, and run with the request's
values; its rows come back through the same compiler, so converters, ``select_related``
objects and annotations are exactly what the ORM would have made.

Only whole values may change (ints and strings passed as query parameters); the stand-ins
must each appear among the compiled parameters, or building fails at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.db import connections
from django.db.models import Model, QuerySet
from django.db.models.query import get_related_populators
from django.db.models.sql.compiler import SQLCompiler

M = TypeVar("M", bound=Model)

# stand-ins unlikely to be real values, one per parameter of a query
_INT_STAND_INS = (2_047_483_601, 2_047_483_602, 2_047_483_603)  # inside 32-bit ranges
_BIGINT = (-(2**63), 2**63 - 1)
_STR_STAND_INS = ("\x00jixiao-1\x00", "\x00jixiao-2\x00", "\x00jixiao-3\x00")


@dataclass(frozen=True)
class _Built:
    compiler: SQLCompiler
    sql: str
    params: tuple[Any, ...]
    slots: tuple[tuple[int, ...], ...]  # where each value goes among ``params``
    converters: dict[int, Any]  # the compiler's, worked out once (not per row set)


class CompiledQuery(Generic[M]):
    """``build(*values)`` returns the query; ``kinds`` says whether each value is an int or
    a str. :meth:`objects` gives model instances (as iterating the query would),
    :meth:`rows` tuples (a ``values_list`` query)."""

    def __init__(self, build: Callable[..., QuerySet[M, Any]], *kinds: type) -> None:
        self._build = build
        self._kinds = kinds
        self._built: dict[str, _Built] = {}
        self._lock = threading.Lock()

    def _compiled(self, alias: str) -> _Built:
        built = self._built.get(alias)
        if built is None:
            with self._lock:
                built = self._built.get(alias) or self._compile(alias)
                self._built[alias] = built
        return built

    def _compile(self, alias: str) -> _Built:
        stand_ins = [
            _INT_STAND_INS[i] if kind is int else _STR_STAND_INS[i]
            for i, kind in enumerate(self._kinds)
        ]
        queryset = self._build(*stand_ins)
        compiler = queryset.query.get_compiler(using=alias)
        sql, params = compiler.as_sql()
        slots = tuple(
            tuple(i for i, param in enumerate(params) if param == stand_in)
            for stand_in in stand_ins
        )
        if not all(slots):
            raise ValueError(f"{self._build.__qualname__}: a value is not a query parameter")
        columns = [column[0] for column in compiler.select[: compiler.col_count]]
        if compiler.has_composite_fields(columns):
            raise ValueError(f"{self._build.__qualname__}: composite keys are not supported")
        converters = compiler.get_converters(columns)
        return _Built(compiler, sql, tuple(params), slots, converters)

    def _run(self, values: Sequence[Any], alias: str) -> tuple[_Built, Iterator[Any]]:
        built = self._compiled(alias)
        params = list(built.params)
        for value, kind, slots in zip(values, self._kinds, built.slots, strict=True):
            given = kind(value)
            if kind is int and not _BIGINT[0] <= given <= _BIGINT[1]:
                # no row has such an id (the ORM answers these without asking the database;
                # SQLite could not even take the number)
                return built, iter(())
            for slot in slots:
                params[slot] = given
        with connections[alias].cursor() as cursor:
            cursor.execute(built.sql, params)
            fetched = cursor.fetchall()
        compiler = built.compiler
        if compiler.has_extra_select:
            fetched = [row[: compiler.col_count] for row in fetched]
        if not built.converters:
            return built, iter(fetched)
        # as compiler.results_iter() does, with the converters it would work out each time
        return built, compiler.apply_converters(fetched, built.converters)

    def rows(self, *values: Any, alias: str = "default") -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self._run(values, alias)[1]]

    def objects(self, *values: Any, alias: str = "default") -> list[M]:
        """As ``list(queryset)`` would give (model, ``select_related``, annotations)."""
        built, rows = self._run(values, alias)
        compiler = built.compiler
        klass_info = compiler.klass_info
        assert klass_info is not None, "objects() needs a query of model instances"
        select = compiler.select
        fields = klass_info["select_fields"]
        start, end = fields[0], fields[-1] + 1
        names = [column[0].target.attname for column in select[start:end]]
        # django-stubs already describe Django 6's signature (an added fetch_mode)
        populators = get_related_populators(klass_info, select, alias)  # type: ignore[call-arg]
        annotations = compiler.annotation_col_map or {}
        found: list[M] = []
        for row in rows:
            instance = klass_info["model"].from_db(alias, names, row[start:end])
            for populator in populators:
                populator.populate(row, instance)
            for name, position in annotations.items():
                setattr(instance, name, row[position])
            found.append(instance)
        return found

    def first(self, *values: Any, alias: str = "default") -> M | None:
        found = self.objects(*values, alias=alias)
        return found[0] if found else None
