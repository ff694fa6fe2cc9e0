CREATE TABLE "prompts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text,
	"text" text NOT NULL,
	"area" text NOT NULL,
	"technique" text NOT NULL,
	"position" integer NOT NULL,
	"in_rotation_since" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prompts_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "site_prompt_settings" (
	"site_id" uuid PRIMARY KEY NOT NULL,
	"pinned_prompt_id" uuid,
	"area" text,
	"updated_by_id" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "prompt_id" uuid;--> statement-breakpoint
ALTER TABLE "site_prompt_settings" ADD CONSTRAINT "site_prompt_settings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_prompt_settings" ADD CONSTRAINT "site_prompt_settings_pinned_prompt_id_prompts_id_fk" FOREIGN KEY ("pinned_prompt_id") REFERENCES "public"."prompts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_prompt_settings" ADD CONSTRAINT "site_prompt_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "prompts_position_idx" ON "prompts" USING btree ("position","id");--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_prompt_id_prompts_id_fk" FOREIGN KEY ("prompt_id") REFERENCES "public"."prompts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ideas_prompt_idx" ON "ideas" USING btree ("prompt_id","created_at") WHERE prompt_id IS NOT NULL;
--> statement-breakpoint
-- The prompt library every organisation starts with, in our own words, for front-line people in
-- hotels, contact centres and shops. Interleaved by technique, so consecutive weeks of the
-- rotation try a different way of thinking. Admins reword, add and retire prompts from here.
INSERT INTO prompts (key, text, area, technique, position) VALUES
  ('pain-repeat-question', 'Which question do customers ask you three times a day? What would answer it before they have to ask?', 'process', 'customer_pain', 10),
  ('step-form-field', 'Which form, field or signature could we drop tomorrow without anyone missing it?', 'process', 'remove_a_step', 20),
  ('self-after-hours', 'What do customers need from us at 2 a.m., when nobody is at the desk or on the line? How could they get it on their own?', 'process', 'self_service', 30),
  ('proactive-tell-first', 'What goes wrong that we usually know about before the customer does? How could we tell them first, with the fix?', 'process', 'proactive_service', 40),
  ('delight-two-minutes', 'What could anyone on your team do in under two minutes that a customer would tell a friend about?', 'any', 'small_delight', 50),
  ('borrow-favourite-place', 'Think of a shop, café or app you love using. What is one thing they do that we could try here?', 'any', 'borrowed_idea', 60),
  ('reverse-always-done', 'Pick one rule we follow because “we have always done it that way”. What if we did the opposite for a week?', 'any', 'reverse_assumption', 70),
  ('cocreate-ask-five', 'Ask five customers this week: “What is one thing we could do better?” Which answer surprised you?', 'any', 'co_creation', 80),
  ('empathy-shadow', 'Follow one customer’s visit or call from start to finish. Where did they hesitate, and why?', 'any', 'empathy_interview', 90),
  ('journey-first-minute', 'What happens in a customer’s first minute with us — at the door, on the phone, in the chat? How could it feel more welcoming?', 'process', 'journey_moment', 100),
  ('pain-waiting', 'Where does a customer wait today without knowing why or for how long? How could the wait be shorter, or at least honest?', 'process', 'customer_pain', 110),
  ('step-handoff', 'Where is a customer passed from one colleague or department to the next? What would let the first person finish the job?', 'process', 'remove_a_step', 120),
  ('self-status', 'What could customers check for themselves — a booking, an order, a repair, a refund — instead of calling us to ask?', 'product', 'self_service', 130),
  ('proactive-next-question', 'After customers hear “that’s done”, what do they usually ask next? How could we answer it in the same breath?', 'process', 'proactive_service', 140),
  ('delight-remember', 'What small thing could we remember about a returning customer, so they feel recognised next time?', 'product', 'small_delight', 150),
  ('borrow-airline', 'What does a good airline, pharmacy or delivery app do for its customers that we could borrow?', 'process', 'borrowed_idea', 160),
  ('reverse-go-to-them', 'We assume customers come to us. What if we went to them — to their room, their phone, their street?', 'business_model', 'reverse_assumption', 170),
  ('cocreate-regulars', 'Which regular customers would love to design something new with us? What would you build together?', 'product', 'co_creation', 180),
  ('empathy-first-timer', 'Imagine you are here for the first time and do not speak the local language. Where would you get lost?', 'process', 'empathy_interview', 190),
  ('journey-goodbye', 'How does a visit or call end? What could we do in the last minute so customers leave feeling looked after?', 'any', 'journey_moment', 200),
  ('pain-sigh', 'Think of the last customer who sighed or said “again?”. What were they running into, and how could it never happen to them again?', 'any', 'customer_pain', 210),
  ('step-typed-twice', 'What do you type, copy or write down twice in a shift? Which of those steps could disappear?', 'process', 'remove_a_step', 220),
  ('self-change', 'Which change to a booking or order do customers have to call about, but could make themselves in two taps?', 'product', 'self_service', 230),
  ('proactive-disruption', 'When weather, a delay or a strike upsets someone’s plans, what could we do for them before they come to us?', 'any', 'proactive_service', 240),
  ('delight-bad-day', 'A customer is clearly having a bad day. What could you be allowed to offer on the spot to turn it around?', 'any', 'small_delight', 250),
  ('borrow-other-site', 'What does another site, team or shift do better than yours? How could you bring it over?', 'process', 'borrowed_idea', 260),
  ('reverse-free-or-paid', 'What do we charge for that customers feel should be free, or give away that they would gladly pay for?', 'business_model', 'reverse_assumption', 270),
  ('cocreate-close-loop', 'When a customer gives us feedback, how do they find out what we did with it? How could we close that loop?', 'process', 'co_creation', 280),
  ('empathy-access', 'Talk to a customer who uses a wheelchair, a screen reader or a hearing aid. What gets in their way here?', 'product', 'empathy_interview', 290),
  ('journey-day-after', 'What happens the day after a customer checks out, hangs up or unpacks what they bought? How could we still help then?', 'product', 'journey_moment', 300),
  ('pain-stopped-hearing', 'What do customers complain about that we have stopped hearing, because we hear it every day?', 'product', 'customer_pain', 310),
  ('step-approval', 'Which small decision waits for a manager’s approval today? What if the front line could decide it, up to a set amount?', 'business_model', 'remove_a_step', 320),
  ('delight-families', 'What would make a visit easier or more fun for customers who bring children, older parents or pets?', 'product', 'small_delight', 330),
  ('borrow-membership', 'Gyms sell memberships, cafés sell loyalty cards, software sells subscriptions. Could one of those models work for our customers?', 'business_model', 'borrowed_idea', 340),
  ('reverse-our-hours', 'Our hours, queues and shifts are built around us. What would change if they were built around when customers need us?', 'process', 'reverse_assumption', 350),
  ('empathy-colleague', 'Ask a colleague in another team what frustrates their customers most. What could your team change to help?', 'process', 'empathy_interview', 360),
  ('journey-in-between', 'Between visits, customers hear nothing from us. What could we offer in between that they would value?', 'business_model', 'journey_moment', 370)
ON CONFLICT (key) DO NOTHING;
