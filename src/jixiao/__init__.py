"""jixiao 绩效 — budget performance management for Chinese government departments.

The package is a framework-free core: the domain model (:mod:`jixiao.model`),
text normalisation (:mod:`jixiao.textnorm`), importers (:mod:`jixiao.importers`)
and the command line (:mod:`jixiao.cli`). The web application calls the same core.
"""

__version__ = "0.1.0"
