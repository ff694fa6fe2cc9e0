import type { Area } from '../db/schema/index.js';

/** The demo colleagues who write, review and vote (customers never do here). */
export type DemoPersonKey = 'admin' | 'tomas' | 'priya' | 'ana' | 'marcus' | 'siti';
export type DemoSiteKey = 'lisbon' | 'toronto' | 'singapore';
/** The default reason codes (migration 0010). */
export type DemoReasonCode = 'already_planned' | 'not_feasible_now' | 'out_of_scope' | 'duplicate' | 'needs_evidence' | 'strong_case';

/** One reviewed move. Parking revisits a number of days after the seed runs; merging names the idea it duplicates. */
export type DemoStep =
  | { to: 'in_review' | 'needs_info' | 'accepted' | 'experimenting' | 'scaling' | 'implemented' | 'declined'; reason?: string; code?: DemoReasonCode }
  | { to: 'parked'; reason: string; code?: DemoReasonCode; revisitInDays: number }
  | { to: 'merged'; reason: string; into: string };

export type DemoIdea = {
  /** Names the idea inside this file (for merges); never shown. */
  key: string;
  author: DemoPersonKey;
  /** null: an idea for the whole group, not one site. */
  site: DemoSiteKey | null;
  area: Area;
  title: string;
  problem: string;
  proposal: string;
  tags: string[];
  anonymous?: boolean;
  confidential?: boolean;
  /** How many colleagues vote for it (never its author; confidential ideas only by those who may read them). */
  votes: number;
  /** The key of the built-in prompt that inspired it (migration 0024), if any. */
  prompt?: string;
  /** Who moves it, when not the site's usual reviewer. */
  decidedBy?: DemoPersonKey;
  steps: DemoStep[];
};

export const DEMO_PERSON_EMAILS: Record<DemoPersonKey, string> = {
  admin: 'admin@harbourlight.example',
  tomas: 'reviewer.lisbon@harbourlight.example',
  priya: 'reviewer.toronto@harbourlight.example',
  ana: 'ana@harbourlight.example',
  marcus: 'marcus@harbourlight.example',
  siti: 'siti@harbourlight.example',
};

export const DEMO_SITE_SLUGS: Record<DemoSiteKey, string> = {
  lisbon: 'lisbon-riverside',
  toronto: 'toronto-contact-centre',
  singapore: 'singapore-marina',
};

/** Lisbon and Toronto have their own reviewers; Singapore and group-wide ideas are decided by the CX lead. */
export const SITE_DECIDERS: Record<DemoSiteKey, DemoPersonKey> = { lisbon: 'tomas', toronto: 'priya', singapore: 'admin' };

const lisbon: DemoIdea[] = [
  {
    key: 'room-ready-text', prompt: 'pain-repeat-question', author: 'ana', site: 'lisbon', area: 'process', votes: 5,
    title: 'Text guests when their room is ready',
    problem: 'Early arrivals leave their bags with us and then come back to the desk every half hour to ask if the room is ready. At 14:00 they join the check-in queue just to hear “not yet”.',
    proposal: 'Take a mobile number at bag drop and send one text the moment housekeeping marks the room clean. First step: do it by hand for the early arrivals on one Saturday.',
    tags: ['check-in', 'early arrival', 'sms'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'Guests and the desk both win, and it needs nothing new: housekeeping already marks rooms clean in the PMS. Let’s pilot it.' },
      { to: 'experimenting', reason: 'Four Saturdays, early arrivals only, texts sent by hand from the desk phone. We’ll count return trips to the desk and check-in time for those guests.' },
      { to: 'scaling', reason: 'Return trips to the desk fell from about three per guest to almost none, and two guests mentioned it in reviews. Automating the text from the PMS and adding Singapore next.' },
    ],
  },
  {
    key: 'early-departures-first', author: 'tomas', site: 'lisbon', area: 'process', votes: 3,
    title: 'Give housekeeping the early check-outs first thing',
    problem: 'Housekeeping works floor by floor, so rooms that checked out at 7am wait until the afternoon while early arrivals sit in the lobby.',
    proposal: 'Night audit prints the confirmed early departures for the 08:00 housekeeping briefing, and those rooms go first. It’s one printout; we can start tomorrow.',
    tags: ['housekeeping', 'check-out', 'night audit'],
    steps: [
      { to: 'accepted', code: 'strong_case', reason: 'Simple and free. Tomás and the housekeeping lead will run it from Monday.' },
      { to: 'implemented', reason: 'After a month the first clean rooms are ready about 90 minutes earlier. It’s now on the night audit checklist.' },
    ],
  },
  {
    key: 'bill-night-before', author: 'ana', site: 'lisbon', area: 'process', votes: 4,
    title: 'Send the bill the night before check-out',
    problem: 'Between 7 and 9am there’s a queue at the desk of guests who only want their invoice. Business guests miss their taxis waiting for a printout.',
    proposal: 'Email the bill at 22:00 the night before with “reply OK to check out”. Keys go in a box by the door. First step: one floor for two weeks.',
    tags: ['check-out', 'queues', 'invoices'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'The morning queue is our top complaint on review sites. Worth a proper try.' },
      { to: 'experimenting', reason: 'Floor 3 only, for two weeks. We’ll measure the queue at 08:00 and how many guests reply OK.' },
      { to: 'implemented', reason: '62% of floor 3 guests used it and the peak wait dropped from about 14 to 6 minutes. The bill email now goes to every room automatically.' },
    ],
  },
  {
    key: 'dnd-later-clean', author: 'ana', site: 'lisbon', area: 'process', votes: 4, anonymous: true,
    title: 'Offer a later clean when the door says do not disturb',
    problem: 'If the sign is up all day, housekeeping skips the room. Guests come back at 6pm to an unmade room and call the desk, annoyed, after housekeeping has gone home.',
    proposal: 'At 14:00, slide a card under those doors: “Would you like service later? Call 9 and pick a time.” Keep one attendant on until 19:00 to cover it.',
    tags: ['housekeeping', 'do not disturb', 'complaints'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'We get two or three of these calls a night. The card costs nothing; the late shift needs planning.' },
      { to: 'experimenting', reason: 'Floors 4–6 for a month, with one attendant until 19:00. We’ll count evening calls about unmade rooms.' },
    ],
  },
  {
    key: 'lost-property-photos', author: 'ana', site: 'lisbon', area: 'process', votes: 3,
    title: 'Photo log for lost property',
    problem: 'Guests call weeks later about a charger or a scarf and we search three cupboards while they wait. Often we can’t give them a yes or a no.',
    proposal: 'Photograph every found item with the room number and date into a shared folder, and answer enquiries with the photo. First step: one labelled shelf and a tablet in the back office.',
    tags: ['lost property', 'photos'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'Quick to set up and it makes every lost-property call shorter.' },
      { to: 'experimenting', reason: 'Six weeks with a shared tablet. We’ll track how long it takes to answer an enquiry and how many items go home.' },
    ],
  },
  {
    key: 'step-free-entrance', author: 'admin', site: 'lisbon', area: 'process', votes: 5,
    title: 'Show the step-free entrance before guests arrive',
    problem: 'Guests in wheelchairs or pushing prams only find our side ramp after struggling with the front steps and asking someone.',
    proposal: 'Add a photo and a simple map of the step-free entrance to the booking confirmation, and a sign at the front steps pointing to it.',
    tags: ['accessibility', 'arrival', 'signage'],
    steps: [
      { to: 'accepted', code: 'strong_case', reason: 'Nobody should have to ask how to get in. Doing it now.' },
      { to: 'implemented', reason: 'The sign is up and every confirmation email now has the photo and map.' },
    ],
  },
  {
    key: 'hearing-loop', prompt: 'empathy-access', author: 'ana', site: 'lisbon', area: 'product', votes: 2,
    title: 'Hearing loop at the front desk',
    problem: 'The lobby is loud at check-in. Guests with hearing aids ask us to repeat things several times and sometimes stop asking questions.',
    proposal: 'Buy a portable hearing loop for the desk and put the standard sign on the counter. Start with one and see how often it’s used.',
    tags: ['accessibility', 'front desk'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'Cheap, and it helps guests who struggle today. Ordering a portable loop this month.' },
    ],
  },
  {
    key: 'tv-menu', author: 'ana', site: 'lisbon', area: 'product', votes: 2,
    title: 'The room service menu on the TV is out of date',
    problem: 'The TV still lists dishes we stopped serving in spring. Guests order them and we have to call back and disappoint them.',
    proposal: 'Replace the TV page with a QR code to a menu the kitchen can edit itself. First step: ask IT who controls the TV content.',
    tags: ['room service', 'tv', 'menus'],
    steps: [
      { to: 'in_review' },
      { to: 'needs_info', code: 'needs_evidence', reason: 'Good catch. Before we pick a fix: can you find out from IT whether we can edit the TV page ourselves, and roughly how many orders a week hit a missing dish?' },
    ],
  },
  {
    key: 'pillow-menu', author: 'ana', site: 'lisbon', area: 'product', votes: 1,
    title: 'Pillow menu for loyalty members',
    problem: 'Most nights someone asks for a firmer or softer pillow and we walk them up one at a time.',
    proposal: 'Let loyalty members choose from four pillows when they book, ready in the room when they arrive.',
    tags: ['loyalty', 'sleep', 'rooms'],
    steps: [
      { to: 'in_review' },
      { to: 'declined', code: 'not_feasible_now', reason: 'Thank you, Ana, you’re right that pillow requests never stop. We have no storage on the floors for four kinds, so instead every wardrobe now gets one extra firm pillow. Tell us if the requests keep coming.' },
    ],
  },
  {
    key: 'late-checkout-sale', author: 'ana', site: 'lisbon', area: 'business_model', votes: 3,
    title: 'Sell late check-out at check-in',
    problem: 'Guests ask for late check-out at 11am, when the room is already sold, so the answer is no and they leave unhappy.',
    proposal: 'Offer paid late check-out (until 14:00, €15) at check-in on nights when the next day’s occupancy allows it. First step: a line on the registration card.',
    tags: ['late check-out', 'upsell', 'revenue'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'Turns a common “no” into a planned “yes”, and adds revenue.' },
      { to: 'experimenting', reason: 'Six weeks on nights below 85% occupancy. We’ll track take-up, revenue and any delays for housekeeping.' },
    ],
  },
  {
    key: 'directions-card', author: 'ana', site: 'lisbon', area: 'product', votes: 1,
    title: 'Directions card in six languages',
    problem: 'Most questions at the desk are how to get to Belém, the old town or the airport. We repeat the same directions all day, sometimes with hand signals.',
    proposal: 'A pocket card with the tram, metro and taxi options for the five places people ask about most, in six languages. I can draft the English one this week.',
    tags: ['directions', 'languages', 'concierge'],
    steps: [],
  },
  {
    key: 'second-printer', author: 'ana', site: 'lisbon', area: 'process', votes: 2,
    title: 'A second printer for the front desk',
    problem: 'Around 15:00 the only printer jams on registration cards and the whole check-in queue stops.',
    proposal: 'Put a second small printer at the end of the desk as a backup.',
    tags: ['check-in', 'equipment'],
    steps: [
      { to: 'in_review' },
      { to: 'declined', code: 'already_planned', reason: 'Thanks, Ana, the jams are real. Registration cards move to the tablet next month, so printing at check-in goes away. Until then the back-office printer is set up as the backup.' },
    ],
  },
  {
    key: 'allergy-ticket', author: 'tomas', site: 'lisbon', area: 'process', votes: 4,
    title: 'Allergy flag on room-service tickets',
    problem: 'Allergies noted at booking never reach the kitchen when the guest orders room service. It depends on the order taker remembering to ask.',
    proposal: 'Print a bold ALLERGY line on the kitchen ticket whenever the guest profile has one. First step: check whether the till system can read that profile field.',
    tags: ['room service', 'allergies', 'safety'],
    steps: [{ to: 'in_review', reason: 'Asking the till supplier what the kitchen ticket can show.' }],
  },
  {
    key: 'mini-bar', author: 'ana', site: 'lisbon', area: 'product', votes: 3,
    title: 'Swap the mini-bar for free water and a local treat',
    problem: 'Checking mini-bars slows down check-out, and half the disputes at the desk are about them.',
    proposal: 'Remove paid mini-bars; every room gets free water and a voucher for a pastel de nata in the café. Try it on one floor first.',
    tags: ['mini-bar', 'check-out', 'local'],
    steps: [
      { to: 'in_review' },
      { to: 'parked', code: 'not_feasible_now', revisitInDays: 150, reason: 'We like it, but the mini-bar contract runs until spring and ending it early costs more than the disputes. We’ll look again when it’s up for renewal.' },
    ],
  },
  {
    key: 'bike-hire', author: 'tomas', site: 'lisbon', area: 'business_model', votes: 2,
    title: 'Bike hire with the shop next door',
    problem: 'Guests want to cycle along the river to Belém and we send them to a shop that’s often sold out by 10am.',
    proposal: 'Agree a daily block of bikes with the shop, bookable at our desk, for a small commission. First step: a coffee with the owner.',
    tags: ['partnership', 'bikes', 'riverside'],
    steps: [{ to: 'in_review', reason: 'Inês will meet the shop owner next week.' }],
  },
  {
    key: 'desk-housekeeping-huddle', author: 'tomas', site: 'lisbon', area: 'process', votes: 4,
    title: 'Ten-minute huddle between the desk and housekeeping',
    problem: 'The desk and housekeeping only talk by phone when something has already gone wrong: a VIP room not ready, a guest waiting.',
    proposal: 'A ten-minute stand-up at 13:30 in the back office: which rooms are late, who’s arriving early, any special requests.',
    tags: ['huddle', 'housekeeping', 'front desk'],
    steps: [
      { to: 'accepted', code: 'strong_case', reason: 'Costs ten minutes, and the 14:00 rush is where most of our problems start.' },
      { to: 'implemented', reason: 'Running every day for two months; the team calls it the most useful ten minutes of the day. It’s on the rota now.' },
    ],
  },
  {
    key: 'river-cruise-package', author: 'admin', site: 'lisbon', area: 'business_model', votes: 2, confidential: true,
    title: 'Stay packages with a river cruise operator',
    problem: 'Cruise passengers spend a night in Lisbon before or after sailing and book elsewhere, because nobody offers them a joined-up deal.',
    proposal: 'Agree a before-and-after cruise package with one operator: transfer from the quay, late check-out, luggage handled for them. Confidential while we talk to operators.',
    tags: ['partnership', 'river', 'packages'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'The figures from the first call look good. Moving on to a pilot offer.' },
    ],
  },
  {
    key: 'vip-night-team', author: 'ana', site: 'lisbon', area: 'process', votes: 3, anonymous: true,
    title: 'Nobody tells the night team about VIP arrivals',
    problem: 'Late VIP arrivals are met by the night team, who usually don’t know they’re VIPs. The guests notice.',
    proposal: 'Add VIP and special-occasion arrivals to the handover sheet that sales already sends to the day team.',
    tags: ['night shift', 'vip', 'handover'],
    steps: [
      { to: 'in_review' },
      { to: 'needs_info', code: 'needs_evidence', reason: 'Can you describe a recent case (no names needed)? We want to know whether the sheet isn’t sent or just doesn’t reach nights.' },
    ],
  },
  {
    key: 'bag-lockers', author: 'ana', site: 'lisbon', area: 'product', votes: 2,
    title: 'Lockers for bags after check-out',
    problem: 'After check-out guests queue again to leave their bags and again to collect them, and the luggage room is full by noon.',
    proposal: 'A few code lockers in the lobby that open with the room number and surname. First step: ask the supplier in Porto for a quote.',
    tags: ['luggage', 'check-out', 'lockers'],
    steps: [],
  },
  {
    key: 'baby-kit', prompt: 'delight-families', author: 'tomas', site: 'lisbon', area: 'product', votes: 3,
    title: 'Baby kit in the room before families arrive',
    problem: 'Parents ask for a cot, a baby bath and a bottle warmer at check-in, then wait in the room with a tired baby while we find them.',
    proposal: 'Ask about babies when booking and have the kit in the room before they arrive. Start with a checkbox in the confirmation email.',
    tags: ['families', 'rooms'],
    steps: [{ to: 'accepted', code: 'strong_case', reason: 'Families are a growing share of our weekend guests, and this is easy to do well.' }],
  },
];

const toronto: DemoIdea[] = [
  {
    key: 'call-back', prompt: 'pain-waiting', author: 'marcus', site: 'toronto', area: 'process', votes: 5,
    title: 'Offer a call-back when the wait is over five minutes',
    problem: 'On Monday mornings guests wait 15–20 minutes on hold. Many hang up and call again, which makes the queue even longer.',
    proposal: 'When the expected wait passes five minutes, offer to keep their place and call them back. First step: ask the phone vendor whether our plan includes it.',
    tags: ['call-backs', 'hold times', 'queues'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'Our plan already includes call-backs, so this is a setting, not a purchase.' },
      { to: 'experimenting', reason: 'Two weeks on the Monday and Tuesday peaks. We’ll measure abandoned calls and repeat calls within an hour.' },
      { to: 'implemented', reason: 'Abandoned calls fell from 18% to 7% on peak days and repeat calls within the hour roughly halved. Call-backs are now on for every queue.' },
    ],
  },
  {
    key: 'call-back-duplicate', author: 'tomas', site: 'toronto', area: 'process', votes: 3,
    title: 'Call Lisbon guests back instead of leaving them on hold',
    problem: 'Our guests who ring central reservations from Europe pay for a long international call while they wait on hold.',
    proposal: 'Let callers leave their number and get a call back when an agent is free.',
    tags: ['call-backs', 'hold times'],
    steps: [
      {
        to: 'merged', into: 'call-back',
        reason: 'Same idea as “Offer a call-back when the wait is over five minutes”, which is now live on every queue, international callers included. Your votes have moved across. Thanks, Tomás.',
      },
    ],
  },
  {
    key: 'last-contact-screen', author: 'marcus', site: 'toronto', area: 'process', votes: 4,
    title: 'See the guest’s last call before saying hello',
    problem: 'When a guest calls back about the same problem they explain it all again, because we only find the last agent’s notes after searching.',
    proposal: 'Show the last three contacts and their notes on screen as the call connects. First step: check whether the CRM can find the record by phone number.',
    tags: ['repeat contacts', 'crm', 'first-contact resolution'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'Repeat contacts are our biggest cost, and this goes straight at them.' },
      { to: 'experimenting', reason: 'One month with the Loyalty desk. We expect guests who call back to be helped faster; we’ll measure handling time and repeat contacts within seven days.' },
    ],
  },
  {
    key: 'repeat-reason', author: 'priya', site: 'toronto', area: 'process', votes: 2, decidedBy: 'admin',
    title: 'Record why people call us a second time',
    problem: 'We know about 30% of our calls are repeats, but not why, so we can’t fix the cause.',
    proposal: 'Add a short “repeat reason” list with six options to the wrap-up screen, and look at the counts each week in the team huddle.',
    tags: ['repeat contacts', 'reporting'],
    steps: [{ to: 'accepted', code: 'strong_case', reason: 'We can’t reduce what we don’t measure. Priya’s team will set up the list.' }],
  },
  {
    key: 'refund-status', prompt: 'self-status', author: 'marcus', site: 'toronto', area: 'product', votes: 3,
    title: 'Let guests check their refund without calling',
    problem: 'Guests call to ask where their refund is. We look it up, read out a date, and they call again if it’s late.',
    proposal: 'A refund status page linked from the cancellation email. First step: count how many of our calls are about refunds.',
    tags: ['self-service', 'refunds'],
    steps: [
      { to: 'in_review' },
      { to: 'needs_info', code: 'needs_evidence', reason: 'Promising. Could you tag refund calls for two weeks so we know how many there are? That tells us whether to build a page or just improve the email.' },
    ],
  },
  {
    key: 'chat-to-phone', prompt: 'step-handoff', author: 'marcus', site: 'toronto', area: 'process', votes: 4,
    title: 'Guests repeat everything when chat hands over to a call',
    problem: 'When a chat needs a phone call, the agent who calls has never seen the chat. The guest starts over and is often cross by then.',
    proposal: 'Attach the chat transcript to the call-back task and have the phone agent open with a one-line summary. Try it with one chat agent and one phone agent.',
    tags: ['chat', 'hand-offs', 'transfers'],
    steps: [{ to: 'in_review', reason: 'Checking whether the chat tool can attach transcripts to tasks.' }],
  },
  {
    key: 'points-by-text', author: 'marcus', site: 'toronto', area: 'product', votes: 3,
    title: 'Points balance by text message',
    problem: 'About one call in ten at the Loyalty desk is just “how many points do I have?”.',
    proposal: 'Let members text BALANCE to a number and get their points back. Start with a short trial on our existing SMS provider.',
    tags: ['loyalty', 'self-service', 'sms'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'Clear, simple self-service, and it frees the desk for harder questions.' },
      { to: 'experimenting', reason: 'Six weeks with members in Ontario. We’ll count balance calls to the Loyalty desk and texts received.' },
    ],
  },
  {
    key: 'priority-line', author: 'marcus', site: 'toronto', area: 'business_model', votes: 1,
    title: 'Paid priority line for non-members',
    problem: 'Non-members wait as long as everyone else, and some say they’d happily pay to skip the queue.',
    proposal: 'Offer a paid priority line at $5 per call.',
    tags: ['revenue', 'phone'],
    steps: [
      { to: 'in_review' },
      { to: 'declined', code: 'out_of_scope', reason: 'Thank you for thinking about revenue, Marcus. Charging guests to skip a wait we create doesn’t fit our service purpose; we’d rather shorten it for everyone, as the call-back pilot is doing. Please keep the ideas coming.' },
    ],
  },
  {
    key: 'harbourlight-club', prompt: 'borrow-membership', author: 'priya', site: 'toronto', area: 'business_model', votes: 3, decidedBy: 'admin',
    title: 'Harbourlight Club: a monthly membership',
    problem: 'Our most frequent guests stay many times a year, but loyalty only rewards them after each stay.',
    proposal: 'A monthly subscription (around $12) with free breakfast, guaranteed late check-out and a direct phone line. First step: ask 20 of our top guests whether they’d pay.',
    tags: ['subscription', 'loyalty'],
    steps: [
      { to: 'in_review' },
      { to: 'parked', code: 'not_feasible_now', revisitInDays: 180, reason: 'Worth doing properly. Finance wants six months of data from the new loyalty system, which goes live soon. We’ll look again then.' },
    ],
  },
  {
    key: 'same-agent-call-back', author: 'marcus', site: 'toronto', area: 'process', votes: 3,
    title: 'The same agent calls back on a complaint',
    problem: 'A guest complains, we promise a call back, and a different agent calls who knows nothing about it. It feels like starting over.',
    proposal: 'The agent who took the complaint owns the call-back and books it in their own calendar.',
    tags: ['complaints', 'ownership', 'call-backs'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'This is our own standard: own the problem until it’s solved.' },
      { to: 'implemented', reason: 'In place since last month. Complaint re-contacts are down, and guests mention speaking to the same person again.' },
    ],
  },
  {
    key: 'plain-cancellation', author: 'marcus', site: 'toronto', area: 'process', votes: 2,
    title: 'Explain the cancellation policy in plain words',
    problem: 'We read the cancellation policy word for word from the terms. Guests don’t understand it and call back after the deadline.',
    proposal: 'A three-sentence version in plain language, with the actual date and time for the guest’s booking. I can draft it.',
    tags: ['cancellations', 'scripts', 'plain language'],
    steps: [
      { to: 'accepted', code: 'strong_case', reason: 'Marcus’s draft tested well with the team.' },
      { to: 'experimenting', reason: 'The Reservations line uses the new wording for a month; we’ll track disputes about cancellation charges.' },
      { to: 'scaling', reason: 'Disputes about cancellation charges dropped by a third. Translating the wording for the Lisbon and Singapore desks.' },
    ],
  },
  {
    key: 'follow-the-sun', author: 'priya', site: 'toronto', area: 'business_model', votes: 2, decidedBy: 'admin',
    title: 'Follow the sun: Singapore answers our night calls',
    problem: 'Between midnight and 6am Toronto time we run a skeleton team and waits are long, while it’s the middle of the day in Singapore.',
    proposal: 'Route night calls to a small team at Singapore Marina Suites trained on central reservations. First step: a two-week shadowing visit.',
    tags: ['follow the sun', 'staffing', 'night'],
    steps: [
      { to: 'in_review' },
      { to: 'parked', code: 'not_feasible_now', revisitInDays: 120, reason: 'Makes sense, but Singapore has no one spare until the new hires finish training. We’ll look again after the busy season.' },
    ],
  },
  {
    key: 'queue-position', prompt: 'pain-waiting', author: 'marcus', site: 'toronto', area: 'product', votes: 2,
    title: 'Tell callers where they are in the queue',
    problem: 'On hold, guests hear music and “your call is important to us” with no idea how long it will be.',
    proposal: 'Announce the queue position and expected wait every minute. First step: ask the vendor whether it’s just a setting.',
    tags: ['hold times', 'phone'],
    steps: [],
  },
  {
    key: 'booking-number-twice', author: 'marcus', site: 'toronto', area: 'process', votes: 4,
    title: 'Stop asking for the booking number twice',
    problem: 'The phone menu asks guests to key in their booking number, then the agent asks for it again. Guests find it pointless.',
    proposal: 'Pass the number from the phone menu to the agent’s screen. If that’s not possible, drop the question from the menu.',
    tags: ['phone menu', 'repeat questions'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'A small fix for something that annoys everyone, and the vendor says it’s possible.' },
      { to: 'experimenting', reason: 'Two weeks on the Reservations line, checking handling time and whether the number arrives correctly.' },
    ],
  },
  {
    key: 'manage-booking-mobile', author: 'marcus', site: 'toronto', area: 'product', votes: 3,
    title: 'A “manage my booking” link that works on phones',
    problem: 'The link in the confirmation email opens a desktop page that’s unusable on a phone, so guests call us to change dates.',
    proposal: 'Make the page work on a phone, starting with changing dates and adding a guest name.',
    tags: ['self-service', 'email', 'mobile'],
    steps: [{ to: 'in_review', reason: 'Passed to the web team for an estimate.' }],
  },
  {
    key: 'call-calibration', author: 'priya', site: 'toronto', area: 'process', votes: 2, decidedBy: 'admin',
    title: 'Five minutes a week listening to one call together',
    problem: 'Agents and team leads score calls differently, so feedback feels unfair.',
    proposal: 'Each Monday huddle, the team listens to one recorded call and agrees how to score it. Five minutes.',
    tags: ['quality', 'coaching', 'huddle'],
    steps: [
      { to: 'accepted', code: 'strong_case', reason: 'Quick, fair, and builds a shared idea of a good call.' },
      { to: 'implemented', reason: 'Eight weeks in: the leads’ scores are much closer and agents say feedback feels fairer.' },
    ],
  },
  {
    key: 'airline-delays', author: 'marcus', site: 'toronto', area: 'business_model', votes: 2, confidential: true,
    title: 'Airline delay alerts to hold late arrivals’ rooms',
    problem: 'Guests on delayed flights arrive after midnight to find their room released as a no-show.',
    proposal: 'Partner with an airline to receive delay alerts for guests who give us their flight number, and hold their room automatically. Confidential while we check whether it can be patented.',
    tags: ['partnership', 'airlines', 'late arrivals'],
    steps: [{ to: 'in_review', reason: 'Checking the legal side before anyone talks to an airline.' }],
  },
  {
    key: 'relay-calls', prompt: 'empathy-access', author: 'marcus', site: 'toronto', area: 'process', votes: 5,
    title: 'Don’t hang up on relay calls',
    problem: 'Calls through a relay service for deaf guests start with a pause and an operator’s introduction. Agents think it’s a silent call and hang up.',
    proposal: 'Twenty minutes of training and a line in the script: wait for the relay operator. A reminder sticker on every desk.',
    tags: ['accessibility', 'phone', 'relay'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'We have been letting these guests down. The training goes into next week’s huddles.' },
    ],
  },
  {
    key: 'email-hour', author: 'marcus', site: 'toronto', area: 'process', votes: 3, anonymous: true,
    title: 'An hour off the phones to clear emails',
    problem: 'Emails sit for two days because we’re always on the phones. Then guests call to ask about their email.',
    proposal: 'Close the phone queue for one hour every afternoon so the team can clear the inbox.',
    tags: ['email', 'workload', 'wellbeing'],
    steps: [
      { to: 'in_review' },
      { to: 'declined', code: 'not_feasible_now', reason: 'Thank you, the email backlog is real and it’s creating calls. Closing the phones would push waits past our promise, so instead two agents get a rotating email block each afternoon. We’ll share how it goes.' },
    ],
  },
  {
    key: 'chatbot-pets', author: 'marcus', site: 'toronto', area: 'product', votes: 1,
    title: 'Let the chatbot answer pet policy questions',
    problem: 'Pet policy questions arrive all day and the answer is always the same page.',
    proposal: 'Add each hotel’s pet policy to the chatbot’s answers.',
    tags: ['chat', 'self-service', 'pets'],
    steps: [],
  },
];

const singapore: DemoIdea[] = [
  {
    key: 'room-ready-message', author: 'siti', site: 'singapore', area: 'process', votes: 3,
    title: 'Message guests when the room is ready',
    problem: 'Guests off the morning flights leave their bags with us and wait in the lobby, asking the concierge every so often.',
    proposal: 'Send a WhatsApp message when the room is clean so they can go out and come back.',
    tags: ['check-in', 'early arrival', 'messaging'],
    steps: [
      {
        to: 'merged', into: 'room-ready-text',
        reason: 'Same idea as “Text guests when their room is ready” from Lisbon, which is now being rolled out to Singapore. Your votes moved across. Thanks for pushing for it, Siti.',
      },
    ],
  },
  {
    key: 'umbrellas', prompt: 'proactive-disruption', author: 'siti', site: 'singapore', area: 'product', votes: 4,
    title: 'Umbrellas to borrow at the lobby doors',
    problem: 'Afternoon storms start without warning. Guests buy umbrellas at the mall or wait an hour in the lobby.',
    proposal: 'Keep 50 Harbourlight umbrellas at the doors, to be returned to any of our hotels. First step: order 50 and count how many come back.',
    tags: ['weather', 'umbrellas', 'lobby'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'Cheap, and a small moment of care.' },
      { to: 'implemented', reason: 'In place since the start of the monsoon. About 80% come back, and the rest are good advertising.' },
    ],
  },
  {
    key: 'hawker-tour', author: 'siti', site: 'singapore', area: 'business_model', votes: 4,
    title: 'Hawker centre tour with a local guide',
    problem: 'Guests ask where to eat like a local and we hand them a list. Many end up in the hotel restaurant because it feels easier.',
    proposal: 'Partner with a local guide for a small-group hawker tour twice a week, booked through the concierge, for a commission.',
    tags: ['partnership', 'food', 'tours'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'Fits our service purpose and earns a little too.' },
      { to: 'experimenting', reason: 'Eight tours over four weeks with one guide. We’ll look at bookings, guest ratings and repeat requests.' },
    ],
  },
  {
    key: 'breakfast-hangers', author: 'siti', site: 'singapore', area: 'process', votes: 2,
    title: 'Breakfast door-hangers go missing',
    problem: 'Guests hang their breakfast order on the door at night, but some fall off or are collected late, and breakfast never comes.',
    proposal: 'Let guests order breakfast by QR code in the room, keeping the door-hanger as a backup. Try it on one floor.',
    tags: ['room service', 'breakfast'],
    steps: [{ to: 'in_review', reason: 'Asking F&B how many orders go missing each week.' }],
  },
  {
    key: 'concierge-whatsapp', author: 'siti', site: 'singapore', area: 'product', votes: 5,
    title: 'A WhatsApp line to the concierge',
    problem: 'Guests out in the city ring the switchboard for a restaurant booking or directions and wait to be put through.',
    proposal: 'Give every guest the concierge’s WhatsApp number at check-in. First step: one phone at the desk during day shifts.',
    tags: ['chat', 'concierge', 'whatsapp'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'Most of our guests already use WhatsApp. Let’s try it.' },
      { to: 'experimenting', reason: 'Day shifts for a month. We’ll count messages handled, switchboard transfers and guest comments.' },
      { to: 'scaling', reason: 'Guests loved it and switchboard transfers halved. Adding evening shifts, and trying it in Lisbon.' },
    ],
  },
  {
    key: 'jet-lag-package', author: 'siti', site: 'singapore', area: 'business_model', votes: 3,
    title: 'Jet-lag package for long-haul arrivals',
    problem: 'Guests from Europe land at 6am, can’t check in until 3pm and spend the day exhausted in the lobby.',
    proposal: 'A bundle sold with the room: guaranteed early check-in, a light breakfast, blackout curtains and late check-out.',
    tags: ['bundle', 'arrivals', 'packages'],
    steps: [
      { to: 'in_review' },
      { to: 'needs_info', code: 'needs_evidence', reason: 'Could you find out how many guests arrived between 5 and 9am last month? That tells us how many rooms we would need to hold.' },
    ],
  },
  {
    key: 'dietary-marks', author: 'siti', site: 'singapore', area: 'product', votes: 3,
    title: 'Mark halal and vegetarian dishes on every menu',
    problem: 'Guests ask the servers about every dish, and the answer depends on who they ask.',
    proposal: 'Clear halal and vegetarian symbols on all menus, checked by the chef. Start with the room-service menu.',
    tags: ['menus', 'dietary'],
    steps: [
      { to: 'accepted', code: 'strong_case', reason: 'Guests shouldn’t have to ask and hope.' },
      { to: 'implemented', reason: 'Every menu reprinted with symbols checked by the head chef.' },
    ],
  },
  {
    key: 'pool-towel-cards', author: 'siti', site: 'singapore', area: 'process', votes: 0,
    title: 'Drop the pool towel cards',
    problem: 'Guests lose their towel card and get charged at check-out for a towel they returned. It’s an argument at the desk nearly every day.',
    proposal: 'Log towels by room number at the pool desk instead of handing out cards.',
    tags: ['pool', 'towels', 'check-out'],
    steps: [],
  },
  {
    key: 'concierge-log', author: 'siti', site: 'singapore', area: 'process', votes: 2,
    title: 'One place for concierge shift notes',
    problem: 'Notes about guest requests live in three notebooks and a group chat. Things get missed at shift change.',
    proposal: 'A shared digital log, one line per request, read through at every handover.',
    tags: ['handover', 'concierge'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'Missed requests are the most common complaint about this desk.' },
    ],
  },
  {
    key: 'lunch-cover', author: 'siti', site: 'singapore', area: 'process', votes: 3, anonymous: true,
    title: 'Nobody covers the concierge desk at lunch',
    problem: 'Between 12 and 1 the concierge desk is often empty. Guests wait, or go to the front desk, which is busy with check-outs.',
    proposal: 'Stagger lunch breaks so someone is always at the desk, with a “back in 10 minutes, dial 0” sign for emergencies.',
    tags: ['staffing', 'concierge', 'lunch'],
    steps: [{ to: 'in_review', reason: 'Going through the rota with the duty managers.' }],
  },
  {
    key: 'spa-day-passes', author: 'siti', site: 'singapore', area: 'business_model', votes: 2,
    title: 'Sell spa day passes to people not staying with us',
    problem: 'The spa is quiet on weekday mornings, while locals ask at reception whether they can use it.',
    proposal: 'Sell a small number of weekday day passes online.',
    tags: ['spa', 'day passes', 'revenue'],
    steps: [
      { to: 'in_review' },
      { to: 'parked', code: 'not_feasible_now', revisitInDays: 90, reason: 'A good fit for weekday mornings, but the spa closes for renovation next month. We’ll look again when it reopens.' },
    ],
  },
  {
    key: 'airport-transfer', author: 'siti', site: 'singapore', area: 'business_model', votes: 4,
    title: 'Book the airport transfer with the room',
    problem: 'Guests sort out taxis themselves and often queue at the airport for half an hour after a long flight.',
    proposal: 'Offer a fixed-price transfer on the booking page, with a driver holding a sign with the guest’s name.',
    tags: ['bundle', 'airport', 'transfers'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'Guests ask for it, and two local firms have offered good rates.' },
    ],
  },
  {
    key: 'transit-key-card', author: 'siti', site: 'singapore', area: 'product', votes: 2, confidential: true,
    title: 'A room key that also works on the MRT',
    problem: 'Guests buy a transit card for a few days and forget to return it, or struggle with the ticket machines.',
    proposal: 'A room key card with travel credit on it, topped up on the room bill. Confidential: this may be patentable.',
    tags: ['key cards', 'transport', 'patent'],
    steps: [{ to: 'in_review', reason: 'Checking with legal whether we can protect it before we talk to anyone outside.' }],
  },
  {
    key: 'birthday-cake', author: 'siti', site: 'singapore', area: 'product', votes: 2,
    title: 'Order a birthday cake when booking',
    problem: 'Guests email days ahead to arrange a cake, and sometimes the email never reaches the kitchen.',
    proposal: 'Add “Celebrating something?” with a cake option to the booking form.',
    tags: ['celebrations', 'booking', 'food and beverage'],
    steps: [
      { to: 'in_review' },
      { to: 'declined', code: 'already_planned', reason: 'Thank you, Siti. The new booking form, due in two months, already has an “occasion” field that goes straight to F&B and the concierge, cakes included. Until then, please forward these emails to the F&B inbox.' },
    ],
  },
  {
    key: 'pool-kids-menu', author: 'siti', site: 'singapore', area: 'product', votes: 1,
    title: 'Kids’ menu at the pool bar',
    problem: 'Families spend the afternoon at the pool, but the pool bar only has adult portions and spicy dishes.',
    proposal: 'Three simple kids’ dishes at the pool bar. First step: ask the kitchen which ones they already make for room service.',
    tags: ['families', 'pool', 'menus'],
    steps: [],
  },
  {
    key: 'light-show-times', author: 'siti', site: 'singapore', area: 'product', votes: 2,
    title: 'Light show times on the room TV',
    problem: 'Guests ask every evening when the Marina Bay light show starts, and some miss it.',
    proposal: 'Put tonight’s show times on the TV welcome page and on the concierge board.',
    tags: ['concierge', 'rooms', 'local tips'],
    steps: [],
  },
];

const groupWide: DemoIdea[] = [
  {
    key: 'one-loyalty-account', author: 'admin', site: null, area: 'business_model', votes: 4, decidedBy: 'priya',
    title: 'One loyalty account for all three hotels',
    problem: 'Guests who stay in Lisbon and in Singapore have two separate accounts and can’t combine their points, and they tell us so.',
    proposal: 'Bring the loyalty accounts together into one group programme. First step: list which systems hold member data at each site.',
    tags: ['loyalty', 'group'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'Guests expect one Harbourlight, and any future membership needs this first.' },
    ],
  },
  {
    key: 'corporate-plan', author: 'priya', site: null, area: 'business_model', votes: 2,
    title: 'Monthly plan for corporate travel managers',
    problem: 'Travel managers book rooms for their staff one at a time and call us for every change.',
    proposal: 'A monthly subscription with a set number of room nights across our hotels and a named contact in Toronto. First step: talk to our three biggest corporate accounts.',
    tags: ['subscription', 'corporate', 'travel managers'],
    steps: [{ to: 'in_review', reason: 'Sales will test the idea with two corporate clients first.' }],
  },
  {
    key: 'shorter-survey', author: 'marcus', site: null, area: 'process', votes: 3,
    title: 'Our guest survey is too long',
    problem: 'The after-stay survey has 28 questions. Guests tell us on the phone that they gave up halfway.',
    proposal: 'Cut it to three questions and one comment box.',
    tags: ['surveys', 'feedback'],
    steps: [
      { to: 'in_review' },
      { to: 'needs_info', code: 'needs_evidence', reason: 'Agreed, it’s long. Which three questions would you keep? Ask a few guests on your calls this week and we’ll compare with the completion data.' },
    ],
  },
  {
    key: 'colleague-swap', author: 'siti', site: null, area: 'business_model', votes: 5, anonymous: true,
    title: 'Swap colleagues between hotels for a week',
    problem: 'Each hotel has good habits the others never see. We read about them in the digest but never see them in action.',
    proposal: 'Every quarter, two colleagues spend a week at another hotel. First step: one swap between Lisbon and Singapore.',
    tags: ['colleagues', 'learning', 'exchange'],
    steps: [
      { to: 'in_review' },
      { to: 'accepted', code: 'strong_case', reason: 'A cheap way to spread what works.' },
      { to: 'experimenting', reason: 'First swap this quarter: one colleague from the Lisbon front desk to Singapore and one back. We’ll ask both teams what they changed afterwards.' },
    ],
  },
];

/** Takes one from each list in turn, so the newest ideas come from every site. */
function interleave(...lists: DemoIdea[][]): DemoIdea[] {
  const longest = Math.max(...lists.map((list) => list.length));
  return Array.from({ length: longest }, (_, index) => lists.flatMap((list) => (index < list.length ? [list[index]!] : []))).flat();
}

/** Sixty ideas in submission order; an idea is always listed after the one it is merged into. */
export const DEMO_IDEAS: DemoIdea[] = interleave(lisbon, toronto, singapore, groupWide);
