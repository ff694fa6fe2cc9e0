ALTER TABLE "organisations" ADD COLUMN "first_response_days" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "decision_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "first_response_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "decision_due_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "ideas_first_response_due_idx" ON "ideas" USING btree ("first_response_due_at") WHERE first_response_at IS NULL;--> statement-breakpoint
CREATE INDEX "ideas_decision_due_idx" ON "ideas" USING btree ("decision_due_at") WHERE decided_at IS NULL;