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

-- Corpora of job descriptions gathered by curators (the documentary analysis of the method): for each
-- file, only its name, who employs and where, and the missions and functions found in it (the files
-- and their text are not kept). A corpus outlives its creator's account.
create table corpus_de_fiches (
    id        uuid primary key,
    nom       varchar(200) not null,
    version   varchar(11) not null,
    cree_par  uuid references compte (id) on delete set null,
    cree_le   timestamp with time zone not null
);

create table fiche_du_corpus (
    id              uuid primary key,
    corpus_id       uuid not null references corpus_de_fiches (id) on delete cascade,
    nom_du_fichier  varchar(255) not null,
    employeur       varchar(40) not null,
    territoire      varchar(20) not null,
    -- codes of the missions and functions found, separated by spaces; empty for a file not read
    codes           varchar(400) not null,
    refus           varchar(500),
    ajoutee_le      timestamp with time zone not null
);
create index fiche_du_corpus_corpus on fiche_du_corpus (corpus_id);
