"""审核依据指纹: what a stored review result depends on besides the plan itself.

A review is a function of the plan, the profile (rules on or off, severities, thresholds,
grading) and the code and data of the rule catalogue. :func:`review_fingerprint` hashes the
last two, so a result stored with one fingerprint is known to be out of date as soon as a
threshold, a rule or the program changes.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from pathlib import Path

from jixiao import __version__
from jixiao.review.profile import Profile

# The packages whose code or data decide a finding: the rules and engine, the value
# grammar they read, the model they walk, the unit-cost references and the profiles.
_PACKAGES = ("review", "checks", "grammar", "model", "benchmarks", "profiles")
_SUFFIXES = {".py", ".json"}


@cache
def catalogue_fingerprint() -> str:
    """Hash of the program's review code and bundled data (computed once per process)."""
    digest = hashlib.sha256(__version__.encode())
    root = Path(str(resources.files("jixiao")))
    for package in _PACKAGES:
        for path in sorted((root / package).rglob("*")):
            if path.suffix in _SUFFIXES and path.is_file():
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def review_fingerprint(profile: Profile) -> str:
    """Fingerprint of the rule catalogue and ``profile``: equal fingerprints, equal reviews
    of the same plan."""
    digest = hashlib.sha256(catalogue_fingerprint().encode())
    digest.update(profile.model_dump_json().encode())
    return digest.hexdigest()[:32]
