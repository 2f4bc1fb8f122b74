-- Positionnement: the name a person may give a self-assessment ("Avant l'entretien 2026"); without
-- one, pages name it by the day it was started.

alter table positionnement add column nom varchar(80);
