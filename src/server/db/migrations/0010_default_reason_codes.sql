-- Default decision reasons; admins can add, rename and retire them.
INSERT INTO reason_codes (key, label) VALUES
  ('already_planned', 'Already planned'),
  ('not_feasible_now', 'Not feasible right now'),
  ('out_of_scope', 'Out of scope'),
  ('duplicate', 'Duplicate of another idea'),
  ('needs_evidence', 'Needs more evidence'),
  ('strong_case', 'Strong case for customers or colleagues')
ON CONFLICT (key) DO NOTHING;
