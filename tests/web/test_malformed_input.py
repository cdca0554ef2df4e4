"""Malformed query parameters and out-of-range ids answer 400 or 404, never 500: every GET
page of the permission matrix, for a reviewer who may see everything."""

from __future__ import annotations

import pytest

from tests.web.conftest import World
from tests.web.test_permissions import ENDPOINTS, _ids, matrix_world  # noqa: F401

JUNK = "?page=abc&old=x&new=%C2%B2&plan=%C2%B2&year=99999999999999999999&q=%00&fmt=..%2F&format=%FF"
HUGE = 99999999999999999999


@pytest.mark.django_db
def test_no_page_answers_500_to_malformed_input(matrix_world: World) -> None:  # noqa: F811
    client = matrix_world.client("admin")
    ids = _ids(matrix_world, "own")
    huge = {k: HUGE if isinstance(v, int) else v for k, v in ids.items()}
    checked = []
    for name, endpoints in ENDPOINTS.items():
        for endpoint in endpoints:
            if endpoint.method != "get" or endpoint.path.startswith("/api/"):
                continue  # the API answers its own 422s (fuzzed by schemathesis)
            for values, query in ((ids, JUNK), (huge, "")):
                path = endpoint.path.format(**values) + query
                response = client.get(path)
                checked.append(path)
                assert response.status_code < 500, (name, path, response.status_code)
    assert len(checked) > 40
    assert client.get(f"/plans/{ids['plan']}/versions/?old=abc").status_code == 400
    assert client.get(f"/plans/{HUGE}/").status_code in (400, 404)
