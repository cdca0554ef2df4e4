"""How the web application runs: database connection settings made when a connection opens."""
