// The store protocol and its SQLite implementation live here.
