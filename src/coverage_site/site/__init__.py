"""Site stage: stories in, pages and data files out (as bytes; `write` puts them on disk)."""
