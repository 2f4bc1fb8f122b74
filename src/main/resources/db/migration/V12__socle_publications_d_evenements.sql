-- Events between modules (socle): the event publication registry of Spring Modulith 2.0, so that an event
-- published in a transaction is delivered after commit, and again after a restart if its listener failed
-- or the instance stopped (spring.modulith.events.*). The columns are those of Modulith's schema v2; the
-- same SQL runs on H2 and PostgreSQL. A completed publication is deleted, so the table only holds what
-- remains to deliver: no index on the serialized event (PostgreSQL's B-tree would refuse a long one).

create table event_publication (
	id uuid not null primary key,
	listener_id varchar(512) not null,
	event_type varchar(512) not null,
	serialized_event varchar(100000) not null,
	publication_date timestamp with time zone not null,
	completion_date timestamp with time zone,
	status varchar(20),
	completion_attempts int,
	last_resubmission_date timestamp with time zone
);
create index event_publication_par_date_de_publication on event_publication (publication_date);
