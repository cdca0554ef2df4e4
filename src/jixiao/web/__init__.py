"""jixiao 的 Web 应用 (Django): persists, authorises and presents; the domain lives in the core."""
