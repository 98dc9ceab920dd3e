-- Seed data for a fresh database
insert into public.plans (id, name, price_cents) values
  (1, 'free', 0),
  (2, 'pro', 1900),
  (3, 'team', 4900);

insert into public.organisations (id, name, plan_id) values
  ('00000000-0000-0000-0000-000000000001', 'Demo Org', 2);

insert into public.projects (org_id, name) values
  ('00000000-0000-0000-0000-000000000001', 'Website'),
  ('00000000-0000-0000-0000-000000000001', 'Mobile app');
