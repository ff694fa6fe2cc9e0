CREATE TABLE "mail_deliveries" (
	"dedupe_key" text PRIMARY KEY NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"transport" text NOT NULL,
	"location" text,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
