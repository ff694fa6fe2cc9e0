-- Typo-tolerant similarity search (duplicate detection, search) on both PGlite and Postgres.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
