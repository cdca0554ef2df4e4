"""后台任务: uploads, imports, bulk reviews and exports run as jobs in worker processes
(Django's task framework, database backend), with progress, cancellation and limits."""
