-- sitrep store, schema 1. One row per fact; every fact is keyed by its article's sha256 and the
-- id the analysis gave it (e1, p1, v1, q1), so re-ingesting the same text yields the same keys.

CREATE TABLE provenance (
  id              VARCHAR PRIMARY KEY,   -- sha256 of the fields below, first 16 hex digits
  sitrep_version  VARCHAR NOT NULL,
  sitrep_commit   VARCHAR NOT NULL,
  annotator       VARCHAR NOT NULL,      -- CoreNLP version and annotators
  gazetteer       VARCHAR NOT NULL,      -- place resolver and gazetteer hash
  schema_name     VARCHAR NOT NULL       -- output contract, e.g. sitrep/v1
);

CREATE TABLE articles (
  sha256          VARCHAR PRIMARY KEY,
  id              VARCHAR NOT NULL,
  title           VARCHAR,
  published       DATE,
  source          VARCHAR,
  origin          VARCHAR,
  text            VARCHAR NOT NULL,
  analysis        VARCHAR NOT NULL,      -- the sitrep/v1 document, as JSON
  provenance_id   VARCHAR NOT NULL REFERENCES provenance (id),
  ingested_at     TIMESTAMP NOT NULL
);

CREATE TABLE entities (
  article_sha256  VARCHAR NOT NULL REFERENCES articles (sha256),
  id              VARCHAR NOT NULL,
  kind            VARCHAR NOT NULL,
  name            VARCHAR NOT NULL,
  role            VARCHAR,
  mention_count   INTEGER NOT NULL,
  mentions        VARCHAR NOT NULL,      -- JSON array of {start, end, text}
  PRIMARY KEY (article_sha256, id)
);

CREATE TABLE places (
  article_sha256  VARCHAR NOT NULL REFERENCES articles (sha256),
  id              VARCHAR NOT NULL,
  name            VARCHAR NOT NULL,
  geonames_id     BIGINT,
  lat             DOUBLE,
  lon             DOUBLE,
  country         VARCHAR,
  admin1          VARCHAR,
  precision       VARCHAR,
  confidence      DOUBLE NOT NULL,
  metonymic       BOOLEAN NOT NULL,
  mentions        VARCHAR NOT NULL,
  rule            VARCHAR,
  PRIMARY KEY (article_sha256, id)
);

CREATE TABLE events (
  uid             VARCHAR PRIMARY KEY,   -- first 16 hex digits of the article sha256, '-', event id
  article_sha256  VARCHAR NOT NULL REFERENCES articles (sha256),
  id              VARCHAR NOT NULL,
  type            VARCHAR NOT NULL,
  family          VARCHAR NOT NULL,
  status          VARCHAR NOT NULL,
  date_start      DATE,
  date_end        DATE,
  date_precision  VARCHAR,
  date_text       VARCHAR,
  place_id        VARCHAR,
  place_name      VARCHAR,
  lat             DOUBLE,
  lon             DOUBLE,
  country         VARCHAR,
  admin1          VARCHAR,
  geo_precision   VARCHAR,
  actors          VARCHAR NOT NULL,      -- JSON array of participants
  targets         VARCHAR NOT NULL,
  source_name     VARCHAR,
  source_entity   VARCHAR,
  fatalities      BIGINT,                -- sum of the 'killed' counts, null when none
  confidence      DOUBLE NOT NULL,
  evidence        VARCHAR NOT NULL,      -- JSON array of {start, end}
  evidence_text   VARCHAR NOT NULL,      -- the evidence sentences, joined: for search and notes
  search_text     VARCHAR NOT NULL,      -- lower-cased type, place, actors, targets, evidence
  rule            VARCHAR
);
CREATE INDEX events_date ON events (date_start);
CREATE INDEX events_family ON events (family);

CREATE TABLE event_participants (
  event_uid       VARCHAR NOT NULL REFERENCES events (uid),
  role            VARCHAR NOT NULL,      -- actor | target
  n               INTEGER NOT NULL,
  name            VARCHAR NOT NULL,
  entity          VARCHAR,
  country         VARCHAR,
  category        VARCHAR,
  PRIMARY KEY (event_uid, role, n)
);

CREATE TABLE counts (
  event_uid       VARCHAR NOT NULL REFERENCES events (uid),
  n               INTEGER NOT NULL,
  kind            VARCHAR NOT NULL,
  value           BIGINT,
  min             BIGINT,
  max             BIGINT,
  approximate     BOOLEAN NOT NULL,
  text            VARCHAR,
  PRIMARY KEY (event_uid, n)
);

CREATE TABLE quotes (
  article_sha256  VARCHAR NOT NULL REFERENCES articles (sha256),
  id              VARCHAR NOT NULL,
  start_offset    INTEGER NOT NULL,
  end_offset      INTEGER NOT NULL,
  text            VARCHAR NOT NULL,
  speaker_name    VARCHAR,
  speaker_entity  VARCHAR,
  confidence      DOUBLE NOT NULL,
  rule            VARCHAR,
  PRIMARY KEY (article_sha256, id)
);

CREATE TABLE failures (
  key             VARCHAR PRIMARY KEY,   -- sha256 of origin and reason: the same failure is kept once
  origin          VARCHAR NOT NULL,
  article_id      VARCHAR,
  reason          VARCHAR NOT NULL,
  first_seen      TIMESTAMP NOT NULL
);
