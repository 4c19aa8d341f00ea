-- Fills articles.search_names for articles written before search existed. Same composition
-- as lib/articles/refresh-search-names.ts when this migration was written (bylines in order,
-- categories in order, tags by name); from now on that function keeps the column. It runs
-- before the generated search columns exist, so each document is built once, with its names.
UPDATE articles SET search_names = concat_ws(' ',
  (select string_agg(au.name, ' ' order by aa.position) from article_authors aa join authors au on au.id = aa.author_id where aa.article_id = articles.id),
  (select string_agg(c.name, ' ' order by ac.position) from article_categories ac join categories c on c.id = ac.category_id where ac.article_id = articles.id),
  (select string_agg(t.name, ' ' order by t.name) from article_tags at join tags t on t.id = at.tag_id where at.article_id = articles.id));
