"""项目名称相似度 (project-name similarity): character bigrams weighted by TF-IDF, cosine.

Chinese project names have no spaces; two characters in a row (“物业”, “维修”, “车辆”) carry
most of the meaning, and a bigram common to many names (“运行”, “管理”) says little, which
inverse document frequency captures. Years, digits and generic words (项目, 经费 …) are
dropped first: “2024年水电费” and “水、电、暖费用” then meet on 水电/电费-like terms only.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache

# Words every budget project may carry; they would make unrelated names look alike.
_GENERIC = re.compile(r"项目|经费|费用|专项|资金|费|[0-9]+年度?|[0-9]+")
# Keep CJK ideographs and Latin letters; the rest (punctuation, brackets) separates runs.
_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z]+")


@lru_cache(maxsize=4096)
def name_runs(name: str) -> tuple[str, ...]:
    """The meaningful runs of characters of a project name: generic words, numbers and
    punctuation removed (“2024年公务用车管理专项经费” → 公务用车管理)."""
    return tuple(_RUN.findall(_GENERIC.sub(" ", name)))


@lru_cache(maxsize=4096)
def name_terms(name: str) -> tuple[str, ...]:
    """The terms of a project name: bigrams of each run (a lone character stands alone)."""
    terms: list[str] = []
    for run in name_runs(name):
        if len(run) == 1:
            terms.append(run)
        else:
            terms.extend(run[i : i + 2] for i in range(len(run) - 1))
    return tuple(terms)


def _longest_common(a: tuple[str, ...], b: tuple[str, ...]) -> str:
    """The longest text of two or more characters found in a run of both (or "")."""
    best = ""
    for x in a:
        for y in b:
            match = SequenceMatcher(None, x, y, autojunk=False).find_longest_match()
            if match.size > len(best) or (match.size == len(best) and x[match.a :] < best):
                best = x[match.a : match.a + match.size]
    return best if len(best) >= 2 else ""


Vector = dict[str, float]


def _unit(vector: Vector) -> Vector:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {t: w / norm for t, w in vector.items()} if norm else {}


class NameIndex:
    """TF-IDF vectors of a set of project names, for cosine similarity with a new name."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names: tuple[str, ...] = tuple(sorted(set(names)))
        df: Counter[str] = Counter()
        for name in self.names:
            df.update(set(name_terms(name)))
        count = len(self.names)
        # Smoothed idf (as in scikit-learn): a term in every name still weighs 1.
        self._idf = {t: math.log((count + 1) / (n + 1)) + 1 for t, n in df.items()}
        self._unseen_idf = math.log(count + 1) + 1
        self._vectors = {name: self.vector(name) for name in self.names}
        self._postings: dict[str, list[tuple[str, float]]] = {}
        for name, vector in self._vectors.items():
            for term, weight in vector.items():
                self._postings.setdefault(term, []).append((name, weight))

    def vector(self, name: str) -> Vector:
        """The unit TF-IDF vector of a name (terms unknown to the index weigh the most)."""
        tf = Counter(name_terms(name))
        return _unit({t: n * self._idf.get(t, self._unseen_idf) for t, n in tf.items()})

    def similarities(self, query: str) -> dict[str, float]:
        """Cosine similarity of ``query`` with every indexed name sharing a term (others 0)."""
        scores: dict[str, float] = {}
        for term, q_weight in self.vector(query).items():
            for name, weight in self._postings.get(term, ()):
                scores[name] = scores.get(name, 0.0) + q_weight * weight
        return scores

    def shared_term(self, query: str, names: Iterable[str]) -> str | None:
        """The words ``query`` shares with most of ``names``, to say why they look alike
        (“同类项目（物业）”): the longest common text with each name, the one contained in
        the most names winning, then the longest, then the first in code-point order."""
        runs = name_runs(query)
        others = [name_runs(n) for n in names]
        candidates = {c for other in others if (c := _longest_common(runs, other))}
        if not candidates:
            return None

        def support(text: str) -> int:
            return sum(any(text in run for run in other) for other in others)

        return min(candidates, key=lambda c: (-support(c), -len(c), c))
