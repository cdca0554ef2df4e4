"""The JSON API (django-ninja): plans, projects, indicators, findings, versions, comments.

OpenAPI at ``/api/docs``. Same permissions as the pages (:mod:`jixiao.web.orgs.access`).
"""
