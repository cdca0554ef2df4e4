"""网页 (server-rendered pages in Chinese): dashboards, plans, the goal-table editor, import,
review, versions, audit log and the public site."""
