"""The generic table mapper: from the rows of any province's tables to the model.

Column roles, header-block labels, level names and document kinds are data
(``profiles/import-headers.json``, ``profiles/import-monitoring.json``,
``profiles/document-kinds.json``); the code
here only aligns rows on their header and carries merged labels down.
"""
