#!/bin/sh
# Prints what a database holds, without row ids: articles, comments with their parents, mentions.
sqlite3 "$1" "select site, canonical_id, url, story, title, comment_count_claimed from articles order by url;
  select a.url, c.site_comment_id, coalesce(p.site_comment_id, '-'), c.author, c.posted_at, c.body,
    c.likes, c.replies, c.spam, printf('%.4f', c.score), c.label
  from comments c join articles a on a.id = c.article_id left join comments p on p.id = c.parent_id
  order by a.url, c.site_comment_id;
  select a.url, c.site_comment_id, m.entity, printf('%.4f', m.score), m.role from mentions m
  join comments c on c.id = m.comment_id join articles a on a.id = c.article_id
  order by a.url, c.site_comment_id, m.entity"
