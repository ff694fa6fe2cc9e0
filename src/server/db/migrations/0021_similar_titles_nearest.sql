DROP INDEX "ideas_title_trgm_idx";--> statement-breakpoint
CREATE INDEX "ideas_title_trgm_idx" ON "ideas" USING gist ("title" gist_trgm_ops);