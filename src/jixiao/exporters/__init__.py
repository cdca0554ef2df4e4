"""Exporters (导出): write a department plan back out as Word and other formats."""
