// Bundled datasets and readers live here.
