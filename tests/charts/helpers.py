"""Reading the charts back: parse the SVG, find elements by class, read geometry."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
X_ATTRS = ("x", "x1", "x2", "cx")
Y_ATTRS = ("y", "y1", "y2", "cy")


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img" and root.get("width") == "100%"
    assert root[0].tag == f"{SVG}title"
    return root


def by_class(root: ET.Element, name: str) -> list[ET.Element]:
    """Every element whose class list holds ``name``, in document order."""
    return [el for el in root.iter() if name in (el.get("class") or "").split()]


def one(root: ET.Element, name: str) -> ET.Element:
    found = by_class(root, name)
    assert len(found) == 1, (name, len(found))
    return found[0]


def num(el: ET.Element, attr: str) -> float:
    return float(el.attrib[attr])


def points(el: ET.Element) -> list[tuple[float, float]]:
    pairs = (p.split(",") for p in el.attrib["points"].split())
    return [(float(x), float(y)) for x, y in pairs]


def view_box(root: ET.Element) -> tuple[float, float]:
    x0, y0, width, height = map(float, root.attrib["viewBox"].split())
    assert (x0, y0) == (0, 0)
    return width, height


def texts(root: ET.Element) -> list[str]:
    return ["".join(el.itertext()) for el in root.iter(f"{SVG}text")]


def legend_labels(root: ET.Element) -> list[str]:
    legend = by_class(root, "chart-legend")
    return [t.text or "" for g in legend for t in g.iter(f"{SVG}text")]


def assert_geometry_inside(root: ET.Element) -> None:
    """Every coordinate is a finite number inside the viewBox; sizes are not negative."""
    width, height = view_box(root)
    for el in root.iter():
        for attr in (*X_ATTRS, *Y_ATTRS, "width", "height", "r"):
            if attr in el.attrib and el.tag != f"{SVG}svg":
                value = float(el.attrib[attr])
                assert math.isfinite(value), (el.tag, attr, value)
                limit = width if attr in (*X_ATTRS, "width") else height
                assert -1e-6 <= value <= limit + 1e-6, (el.tag, attr, value)
        if "width" in el.attrib and "x" in el.attrib and el.tag != f"{SVG}svg":
            assert num(el, "x") + num(el, "width") <= width + 0.02
        if "height" in el.attrib and "y" in el.attrib and el.tag != f"{SVG}svg":
            assert num(el, "y") + num(el, "height") <= height + 0.02
        if "points" in el.attrib:
            for x, y in points(el):
                assert math.isfinite(x) and math.isfinite(y)
                assert 0 <= x <= width and 0 <= y <= height
