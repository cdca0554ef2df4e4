"""部门整体 in the web app: the department's year-end self-evaluation of an approved plan."""
