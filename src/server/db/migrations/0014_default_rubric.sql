-- The default rubric: each criterion scored 1 (poor) to 5 (excellent); for cost, effort and
-- risk a 5 means cheap, easy and safe, so a higher total is always better.
INSERT INTO rubric_criteria (key, name, description, weight, position) VALUES
  ('customer_impact', 'Customer impact', 'How much better it makes things for customers', 3, 10),
  ('employee_impact', 'Employee impact', 'How much easier or more rewarding it makes colleagues'' work', 2, 20),
  ('cost', 'Cost', '5 = costs almost nothing; 1 = a large investment', 2, 30),
  ('effort', 'Effort', '5 = a small change; 1 = months of work', 2, 40),
  ('risk', 'Risk', '5 = safe to try; 1 = could hurt customers, people or the brand', 1, 50),
  ('scalability', 'Scalability', 'How well it would work across every site', 2, 60)
ON CONFLICT (key) DO NOTHING;
