"""关于本系统: the installed packs and their versions, as `jixiao packs` lists them."""

from __future__ import annotations

from importlib.metadata import version

from tests.web.conftest import World


def test_about_page_lists_the_installed_packs(world: World) -> None:
    page = world.client("editor").get("/about/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "<td>jixiao</td>" in text and f"<td>{version('jixiao')}</td>" in text
    assert "hebei-county.evaluation.json" in text and "计分方法" in text
    assert 'href="/about/"' in world.client("editor").get("/").content.decode()
    assert world.client(None).get("/about/").status_code == 302  # members only
