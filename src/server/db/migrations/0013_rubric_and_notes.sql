CREATE TABLE "idea_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idea_id" uuid NOT NULL,
	"author_id" text,
	"body" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idea_scores" (
	"idea_id" uuid NOT NULL,
	"reviewer_id" text NOT NULL,
	"criterion_key" text NOT NULL,
	"score" integer NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idea_scores_idea_id_reviewer_id_criterion_key_pk" PRIMARY KEY("idea_id","reviewer_id","criterion_key")
);
--> statement-breakpoint
CREATE TABLE "rubric_criteria" (
	"key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"weight" integer NOT NULL,
	"position" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
ALTER TABLE "idea_notes" ADD CONSTRAINT "idea_notes_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_notes" ADD CONSTRAINT "idea_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_scores" ADD CONSTRAINT "idea_scores_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_scores" ADD CONSTRAINT "idea_scores_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_scores" ADD CONSTRAINT "idea_scores_criterion_key_rubric_criteria_key_fk" FOREIGN KEY ("criterion_key") REFERENCES "public"."rubric_criteria"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idea_notes_idea_idx" ON "idea_notes" USING btree ("idea_id","created_at");