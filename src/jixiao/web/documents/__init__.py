"""导入的文档: what the web import stored of each document (its kind and evidence), where
it went — a plan, the project's 自评, a 监控 round — and the disclosure / 决算 tables."""
