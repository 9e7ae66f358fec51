-- sitrep store, schema 2: the state of `sitrep watch`, so a watcher killed at any point restarts
-- where it stopped. A feed's validators are saved only after every item of that poll is settled.

CREATE TABLE watched_feeds (
  url             VARCHAR PRIMARY KEY,
  etag            VARCHAR,               -- validators for the next conditional GET
  last_modified   VARCHAR,
  last_polled     TIMESTAMP,
  last_status     VARCHAR                -- one line: what the last poll came to
);

CREATE TABLE watched_items (
  canonical_url   VARCHAR PRIMARY KEY,   -- dedupe key: scheme and host lower-cased, no fragment or tracking parameters
  feed_url        VARCHAR NOT NULL,
  outcome         VARCHAR NOT NULL,      -- stored | duplicate | failed (tried again) | refused (not)
  article_sha256  VARCHAR,               -- the stored text, when there is one
  attempts        INTEGER NOT NULL,      -- a failed item is tried again, up to a limit
  reason          VARCHAR,
  first_seen      TIMESTAMP NOT NULL,
  last_tried      TIMESTAMP NOT NULL
);
