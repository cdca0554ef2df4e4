"""审计日志 (audit log): who changed what and when, before and after."""
