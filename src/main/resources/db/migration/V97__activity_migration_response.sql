-- Whether an activity is part of the operation's response to migration, or regular work outside it (the article
-- keeps e.g. Kosovo's reintegration of repatriated migrants and research on violent extremism apart from the
-- response). The 4W matrix, the regional engagement and the public figures count only the response.
alter table activity add column migration_response boolean not null default true;
