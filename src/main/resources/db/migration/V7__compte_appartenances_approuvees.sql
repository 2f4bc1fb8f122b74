-- Comptes: joining a structure that already exists waits for one of its managers (an administrator
-- when it has none). A request is pending, approved or refused, with the decider's optional message
-- shown to the requester. Memberships made before this are approved. Same script for H2 and PostgreSQL.

alter table appartenance add column statut varchar(20) default 'APPROUVEE' not null;
alter table appartenance add column message varchar(500);
alter table appartenance add column demandee_le timestamp with time zone;
alter table appartenance add column decidee_le timestamp with time zone;

create index appartenance_structure_statut on appartenance (structure_id, statut);
