-- sitrep store: incidents (issue 12). No primary keys or indexes on the tables the linker rewrites
-- for every article (DuckDB maintains them at a cost larger than the scans they save here); the
-- linker keeps each event in one incident and each report once. Events of several articles that report one happening are
-- linked into one incident; every link keeps its rule and score, every figure every claim.
-- Numbered 12 (the issue) so that it never collides with other new migrations.

CREATE TABLE incidents (
  id              VARCHAR NOT NULL,      -- 'I' + first 16 hex digits of sha256 of the smallest member uid
  family          VARCHAR NOT NULL,
  type            VARCHAR NOT NULL,      -- the type most reports give (ties: alphabetical)
  status          VARCHAR NOT NULL,
  date_start      DATE,                  -- the days every report allows (intersection), else their union
  date_end        DATE,
  place_name      VARCHAR,               -- the most precise place the reports name
  lat             DOUBLE,
  lon             DOUBLE,
  country         VARCHAR,
  admin1          VARCHAR,
  geo_precision   VARCHAR,
  reports         INTEGER NOT NULL,      -- member events (one per article)
  outlets         INTEGER NOT NULL,      -- distinct outlets (an article without one counts as its own)
  sources         INTEGER NOT NULL,      -- distinct attributed sources ("the health ministry said")
  fatalities      BIGINT,                -- the reconciled, conservative killed figure
  fatalities_min  BIGINT,
  fatalities_max  BIGINT,
  contested       BOOLEAN NOT NULL,      -- some count kind has credible claims that disagree
  confidence      DOUBLE NOT NULL,
  counts          VARCHAR NOT NULL,      -- JSON: kind -> {min, max, value, contested, claims: [...]}
  search_text     VARCHAR NOT NULL
);

-- what the linker reads of each event it has linked, in one row: the day window, place, outlet,
-- evidence and figures (so comparing a new article with its rivals reads one table, not five)
CREATE TABLE incident_reports (
  uid             VARCHAR NOT NULL,
  article_sha256  VARCHAR NOT NULL,
  document_id     VARCHAR,
  family          VARCHAR NOT NULL,
  type            VARCHAR NOT NULL,
  status          VARCHAR NOT NULL,
  first_day       DATE,                  -- the event's first day, else the day before publication
  last_day        DATE,
  dated           BOOLEAN NOT NULL,      -- whether the days come from the text
  place_name      VARCHAR,
  geonames_id     BIGINT,
  lat             DOUBLE,
  lon             DOUBLE,
  country         VARCHAR,
  admin1          VARCHAR,
  geo_precision   VARCHAR,
  actors          VARCHAR NOT NULL,      -- JSON array of names
  source_name     VARCHAR,
  outlet          VARCHAR,
  published       DATE,
  title           VARCHAR,
  confidence      DOUBLE NOT NULL,
  evidence_text   VARCHAR NOT NULL,
  figures         VARCHAR NOT NULL       -- JSON array of {kind, value, min, max, text}
);

CREATE TABLE incident_events (
  event_uid       VARCHAR NOT NULL,      -- every linked event is in exactly one incident
  incident_id     VARCHAR NOT NULL,
  article_sha256  VARCHAR NOT NULL,
  link_rule       VARCHAR,               -- why it joined: the rule of its strongest link, null for the first
  link_score      DOUBLE
);

-- every pair of events of different articles that passed the linking rules, with its reasons;
-- edges never depend on the order articles came in, so neither do incidents.
CREATE TABLE incident_links (
  event_a         VARCHAR NOT NULL,      -- event_a < event_b
  event_b         VARCHAR NOT NULL,
  score           DOUBLE NOT NULL,
  rule            VARCHAR NOT NULL,      -- e.g. 'family+day+place:same+text'
  detail          VARCHAR NOT NULL,      -- JSON: text similarity, km, place and date rules
  PRIMARY KEY (event_a, event_b)
);
CREATE INDEX incident_links_b ON incident_links (event_b);

-- links a user undid (sitrep incidents split): reports of these two articles never share an
-- incident of this family again, whatever is ingested later.
CREATE TABLE incident_splits (
  article_a       VARCHAR NOT NULL,      -- article_a < article_b (sha256)
  article_b       VARCHAR NOT NULL,
  family          VARCHAR NOT NULL,
  created_at      TIMESTAMP NOT NULL,
  PRIMARY KEY (article_a, article_b, family)
);
