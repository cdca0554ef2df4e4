"""备份与恢复: the database (SQLite's online backup, or pg_dump for PostgreSQL) and the
stored files, in one archive; restored to the identical state."""
