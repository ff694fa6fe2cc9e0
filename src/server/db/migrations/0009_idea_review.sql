CREATE TABLE "reason_codes" (
	"key" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_rotation" (
	"scope" text PRIMARY KEY NOT NULL,
	"last_reviewer_id" text
);
--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "assigned_reviewer_id" text;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "revisit_on" date;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "first_response_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_assigned_reviewer_id_users_id_fk" FOREIGN KEY ("assigned_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_merged_into_id_ideas_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."ideas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idea_events_decisions_idx" ON "idea_events" USING btree ("to_stage","created_at");--> statement-breakpoint
CREATE INDEX "ideas_reviewer_idx" ON "ideas" USING btree ("assigned_reviewer_id");