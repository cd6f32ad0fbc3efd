-- Event registrations remember the language they were made in, so that every later e-mail
-- (waitlist promotion, reminder, cancelled event) is written in it.
ALTER TABLE event_registrations ADD COLUMN locale "Locale" NOT NULL DEFAULT 'fi';
