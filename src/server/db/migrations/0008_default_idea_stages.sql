-- The default review stages from the product brief; admins can rename and reorder them later.
INSERT INTO idea_stages (key, name, position, terminal, customer_label, reason_required) VALUES
  ('submitted',     'Submitted',     10, false, 'Under consideration', false),
  ('in_review',     'In review',     20, false, 'Under consideration', false),
  ('needs_info',    'Needs info',    30, false, 'Under consideration', false),
  ('accepted',      'Accepted',      40, false, 'Planned',             false),
  ('experimenting', 'Experimenting', 50, false, 'In progress',         false),
  ('scaling',       'Scaling',       60, false, 'In progress',         false),
  ('implemented',   'Implemented',   70, true,  'Shipped',             false),
  ('parked',        'Parked',        80, false, 'Not right now',       true),
  ('declined',      'Declined',      90, true,  'Not planned',         true),
  ('merged',        'Merged',        100, true, 'Merged',              true)
ON CONFLICT (key) DO NOTHING;
