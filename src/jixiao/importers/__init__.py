"""Importers (导入): text renderings, Word and Excel into the domain model."""
