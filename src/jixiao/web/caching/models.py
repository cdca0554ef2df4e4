"""No models: the cache table is Django's own (``createcachetable``). The module exists so
that Django sends this app the ``post_migrate`` signal that makes it (apps.py)."""
