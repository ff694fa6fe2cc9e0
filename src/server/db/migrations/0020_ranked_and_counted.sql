CREATE TABLE "idea_stage_counts" (
	"stage_key" text NOT NULL,
	"area" text NOT NULL,
	"site_key" text NOT NULL,
	"confidential" boolean NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "idea_stage_counts_stage_key_area_site_key_confidential_pk" PRIMARY KEY("stage_key","area","site_key","confidential")
);
--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "trending" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "ideas_trending_idx" ON "ideas" USING btree ("trending","id");--> statement-breakpoint
-- Trending = votes decayed by age, weight halving every 7 days: (votes + 1) * 2^(-age / 7 d).
-- Its logarithm is ln(votes + 1) - age * ln 2 / 7 d; "now" is the same for every idea, so
-- ln(votes + 1) + created_at * ln 2 / 7 d orders ideas the same way at any moment and can be stored.
-- (The epoch of a timestamptz is absolute, so the function is immutable whatever the session's zone.)
CREATE FUNCTION idea_trending(votes integer, created timestamptz) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$
  SELECT ln(votes + 1) + extract(epoch FROM created) * ln(2) / 604800
$$;
--> statement-breakpoint
CREATE FUNCTION ideas_set_trending() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.trending := idea_trending(NEW.vote_count, NEW.created_at);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER ideas_trending BEFORE INSERT OR UPDATE OF vote_count, created_at ON ideas
  FOR EACH ROW EXECUTE FUNCTION ideas_set_trending();
--> statement-breakpoint
UPDATE ideas SET trending = idea_trending(vote_count, created_at);
--> statement-breakpoint
CREATE FUNCTION bump_idea_stage_count(stage text, idea_area text, site uuid, secret boolean, delta integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO idea_stage_counts (stage_key, area, site_key, confidential, n)
  VALUES (stage, idea_area, coalesce(site::text, ''), secret, delta)
  ON CONFLICT (stage_key, area, site_key, confidential) DO UPDATE SET n = idea_stage_counts.n + delta
$$;
--> statement-breakpoint
CREATE FUNCTION ideas_count_stages() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bump_idea_stage_count(NEW.stage_key, NEW.area, NEW.site_id, NEW.confidential, 1);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM bump_idea_stage_count(OLD.stage_key, OLD.area, OLD.site_id, OLD.confidential, -1);
  ELSIF (OLD.stage_key, OLD.area, OLD.site_id, OLD.confidential) IS DISTINCT FROM (NEW.stage_key, NEW.area, NEW.site_id, NEW.confidential) THEN
    -- Always touch the two counter rows in the same order, so two opposite moves cannot deadlock.
    IF (OLD.stage_key, OLD.area, coalesce(OLD.site_id::text, ''), OLD.confidential) < (NEW.stage_key, NEW.area, coalesce(NEW.site_id::text, ''), NEW.confidential) THEN
      PERFORM bump_idea_stage_count(OLD.stage_key, OLD.area, OLD.site_id, OLD.confidential, -1);
      PERFORM bump_idea_stage_count(NEW.stage_key, NEW.area, NEW.site_id, NEW.confidential, 1);
    ELSE
      PERFORM bump_idea_stage_count(NEW.stage_key, NEW.area, NEW.site_id, NEW.confidential, 1);
      PERFORM bump_idea_stage_count(OLD.stage_key, OLD.area, OLD.site_id, OLD.confidential, -1);
    END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Deferred to commit: concurrent submits share a counter row, and its lock is then held only while committing.
CREATE CONSTRAINT TRIGGER ideas_stage_counts AFTER INSERT OR DELETE OR UPDATE OF stage_key, area, site_id, confidential ON ideas
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ideas_count_stages();
--> statement-breakpoint
INSERT INTO idea_stage_counts (stage_key, area, site_key, confidential, n)
  SELECT stage_key, area, coalesce(site_id::text, ''), confidential, count(*)::int FROM ideas GROUP BY 1, 2, 3, 4;
