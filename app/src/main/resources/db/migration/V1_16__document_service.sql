-- Issue 13 item 5: service (送达) is a legal fact of each document addressed to the subject, and the periods a
-- document opens count from it (DOMAIN.md "Service of notices"). The first service recorded is the service: a second
-- one is refused (the update is conditional on served_at being null).
alter table case_document add column service_method varchar(20);
alter table case_document add column served_at timestamp;
alter table case_document add column service_evidence varchar(1000);
alter table case_document add column service_recorded_by varchar(100);
alter table case_document add column service_recorded_at timestamp;
create index idx_case_document_unserved on case_document (case_type, served_at);
