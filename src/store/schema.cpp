#include "store/schema.hpp"

namespace suasana::store {

namespace {

// Version 1: the tables and views users query with sqlite3. Times are ISO 8601 UTC text,
// days are local YYYY-MM-DD. Never edit a shipped migration: add the next one.
constexpr const char* k_v1 = R"sql(
CREATE TABLE articles (
  id                    INTEGER PRIMARY KEY,
  site                  TEXT NOT NULL,
  canonical_id          TEXT NOT NULL,
  url                   TEXT NOT NULL,
  story                 TEXT NOT NULL,
  title                 TEXT,
  published_at          TEXT,
  comment_count_claimed INTEGER,
  first_seen_at         TEXT NOT NULL,
  last_scraped_at       TEXT NOT NULL,
  UNIQUE (site, canonical_id)
);
CREATE INDEX articles_story ON articles (story);

CREATE TABLE comments (
  id                 INTEGER PRIMARY KEY,
  article_id         INTEGER NOT NULL REFERENCES articles (id),
  site_comment_id    TEXT NOT NULL,
  parent_id          INTEGER REFERENCES comments (id),
  author             TEXT,
  posted_at          TEXT,
  posted_day         TEXT,
  posted_raw         TEXT,
  time_relative      INTEGER NOT NULL DEFAULT 0,
  time_inferred      INTEGER NOT NULL DEFAULT 0,
  body               TEXT NOT NULL,
  body_cut           INTEGER NOT NULL DEFAULT 0,
  likes              INTEGER,
  replies            INTEGER,
  machine_translated INTEGER NOT NULL DEFAULT 0,
  spam               INTEGER NOT NULL DEFAULT 0,
  score              REAL NOT NULL,
  label              TEXT NOT NULL CHECK (label IN ('positive', 'neutral', 'negative')),
  lexicon_version    TEXT NOT NULL,
  first_seen_at      TEXT NOT NULL,
  last_seen_at       TEXT NOT NULL,
  edited_at          TEXT,
  deleted_at         TEXT,
  UNIQUE (article_id, site_comment_id)
);
CREATE INDEX comments_day ON comments (posted_day);
CREATE INDEX comments_parent ON comments (parent_id);

CREATE TABLE mentions (
  comment_id INTEGER NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
  entity     TEXT NOT NULL,
  score      REAL NOT NULL,
  role       TEXT NOT NULL DEFAULT 'mention' CHECK (role IN ('mention', 'winner', 'loser')),
  PRIMARY KEY (comment_id, entity)
);
CREATE INDEX mentions_entity ON mentions (entity);

CREATE TABLE runs (
  id            INTEGER PRIMARY KEY,
  started_at    TEXT NOT NULL,
  finished_at   TEXT,
  command       TEXT NOT NULL,
  outcome       TEXT,
  targets       INTEGER NOT NULL DEFAULT 0,
  pages         INTEGER NOT NULL DEFAULT 0,
  comments_new  INTEGER NOT NULL DEFAULT 0,
  comments_seen INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE fetches (
  id          INTEGER PRIMARY KEY,
  run_id      INTEGER NOT NULL REFERENCES runs (id),
  url         TEXT NOT NULL,
  final_url   TEXT,
  http_status INTEGER,
  outcome     TEXT NOT NULL,
  bytes       INTEGER NOT NULL DEFAULT 0,
  ms          INTEGER NOT NULL DEFAULT 0,
  attempts    INTEGER NOT NULL DEFAULT 1,
  message     TEXT
);
CREATE INDEX fetches_run ON fetches (run_id);

CREATE VIEW daily_mood AS
SELECT c.posted_day AS day,
       a.story AS story,
       count(*) AS comments,
       sum(c.label = 'positive') AS positive,
       sum(c.label = 'neutral') AS neutral,
       sum(c.label = 'negative') AS negative,
       round(avg(c.score), 3) AS mean_score,
       CAST(round(100.0 * (sum(c.label = 'positive') - sum(c.label = 'negative')) / count(*))
            AS INTEGER) AS mood_index
FROM comments c JOIN articles a ON a.id = c.article_id
WHERE c.spam = 0 AND c.deleted_at IS NULL AND c.posted_day IS NOT NULL
GROUP BY c.posted_day, a.story;

CREATE VIEW entity_daily AS
SELECT c.posted_day AS day,
       a.story AS story,
       m.entity AS entity,
       count(*) AS mentions,
       round(avg(m.score), 3) AS mean_score,
       sum(m.role = 'winner') AS wins,
       sum(m.role = 'loser') AS losses
FROM mentions m
JOIN comments c ON c.id = m.comment_id
JOIN articles a ON a.id = c.article_id
WHERE c.spam = 0 AND c.deleted_at IS NULL AND c.posted_day IS NOT NULL
GROUP BY c.posted_day, a.story, m.entity;
)sql";

// Version 2: what conditional requests need per URL (ETag, Last-Modified) and the comment-page
// link the page had, so a 304 still leads to the next comment page.
constexpr const char* k_v2 = R"sql(
CREATE TABLE http_cache (
  url           TEXT PRIMARY KEY,
  etag          TEXT,
  last_modified TEXT,
  next_url      TEXT,
  fetched_at    TEXT NOT NULL
);
)sql";

// Version 3: `articles.site` is the scraper file's `site` (by default its name), so scrapers of
// one site share articles; `scraper` says which file read the article last. Until version 3,
// site was always the scraper's name: an article a renamed-site scraper stored before moves to
// its site when that scraper next stores a page of it (Database::Impl::adopt_article).
constexpr const char* k_v3 = R"sql(
ALTER TABLE articles ADD COLUMN scraper TEXT NOT NULL DEFAULT '';
UPDATE articles SET scraper = site;
)sql";

// Version 4: comment APIs give dislikes beside likes; items that carry no words (stickers) are
// stored and counted but never scored (`scored` = 0, score 0 and label 'neutral' as
// placeholders) and left out of the mood, so both views are made again with that condition.
constexpr const char* k_v4 = R"sql(
ALTER TABLE comments ADD COLUMN dislikes INTEGER;
ALTER TABLE comments ADD COLUMN scored INTEGER NOT NULL DEFAULT 1;

DROP VIEW daily_mood;
CREATE VIEW daily_mood AS
SELECT c.posted_day AS day,
       a.story AS story,
       count(*) AS comments,
       sum(c.label = 'positive') AS positive,
       sum(c.label = 'neutral') AS neutral,
       sum(c.label = 'negative') AS negative,
       round(avg(c.score), 3) AS mean_score,
       CAST(round(100.0 * (sum(c.label = 'positive') - sum(c.label = 'negative')) / count(*))
            AS INTEGER) AS mood_index
FROM comments c JOIN articles a ON a.id = c.article_id
WHERE c.spam = 0 AND c.scored = 1 AND c.deleted_at IS NULL AND c.posted_day IS NOT NULL
GROUP BY c.posted_day, a.story;

DROP VIEW entity_daily;
CREATE VIEW entity_daily AS
SELECT c.posted_day AS day,
       a.story AS story,
       m.entity AS entity,
       count(*) AS mentions,
       round(avg(m.score), 3) AS mean_score,
       sum(m.role = 'winner') AS wins,
       sum(m.role = 'loser') AS losses
FROM mentions m
JOIN comments c ON c.id = m.comment_id
JOIN articles a ON a.id = c.article_id
WHERE c.spam = 0 AND c.scored = 1 AND c.deleted_at IS NULL AND c.posted_day IS NOT NULL
GROUP BY c.posted_day, a.story, m.entity;
)sql";

}  // namespace

const std::vector<const char*>& migrations() {
    static const std::vector<const char*> k_migrations = {k_v1, k_v2, k_v3, k_v4};
    return k_migrations;
}

int schema_version() {
    return static_cast<int>(migrations().size());
}

}  // namespace suasana::store
