-- Administration (issue 6): a sanction measure that cases may name is withdrawn from the catalogue by deactivating
-- it, never by deleting it; inactive measures are no longer offered for new listings but still shown where used.
alter table sanction_measure add column active boolean default true not null;
