-- Job descriptions (fichedeposte): what every job posting carries besides the tasks. The purpose of the post,
-- its working time (part time: the share of full time, in percent), its pay, the profile and diplomas sought,
-- the start date and whom to apply to; and whether the employer's document leaves out the framework's asides
-- in brackets and its note calls. Job descriptions saved before have none of them.

alter table fiche_de_poste add column finalite varchar(1000) default '' not null;
alter table fiche_de_poste add column temps_de_travail varchar(10);
alter table fiche_de_poste add column quotite smallint;
alter table fiche_de_poste add column remuneration varchar(200) default '' not null;
alter table fiche_de_poste add column profil varchar(1000) default '' not null;
alter table fiche_de_poste add column diplomes varchar(300) default '' not null;
alter table fiche_de_poste add column prise_de_poste date;
alter table fiche_de_poste add column contact varchar(300) default '' not null;
alter table fiche_de_poste add column sans_apartes boolean default false not null;
alter table fiche_de_poste add constraint fiche_de_poste_quotite check (quotite between 10 and 99);
