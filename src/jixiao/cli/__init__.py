"""The ``jixiao`` command line: a thin layer over the library."""
