-- Job descriptions a person analysed and chose to keep: the text only (never the uploaded file),
-- the version it was read against; private to their author, deleted with the account.

create table analyse_de_fiche (
    id              uuid primary key,
    compte_id       uuid not null references compte (id) on delete cascade,
    nom             varchar(200) not null,
    version         varchar(11) not null,
    texte           text not null,
    source          varchar(255),
    enregistree_le  timestamp with time zone not null
);
create index analyse_de_fiche_compte on analyse_de_fiche (compte_id, enregistree_le);
