// name: post-holders
// description: Who held a post (e.g. chair of a YOS management board, chief inspector, head of inspections): everyone a dated document names with that role or relation, with the quote; with --param at=DATE only the latest holders named on or before that date, per post as written.
// parameters: post (required) - words of the role as written, or a relation such as chief inspector; at (optional) - a date, YYYY, YYYY-MM or YYYY-MM-DD (documents dated within it count as on it)
// columns: post, person, organisation, date, document, quote
MATCH (:Person)-[h:INVOLVED_IN]->(hd:Document)
WHERE hd.published IS NOT NULL AND ($at = '' OR hd.published <= $at OR hd.published STARTS WITH $at)
UNWIND h.role AS post
WITH h, hd, post
WHERE toLower(post) CONTAINS toLower($post) OR replace(h.relation, '_', ' ') = toLower($post)
WITH post, max(hd.published) AS latest
MATCH (p:Person)-[i:INVOLVED_IN]->(d:Document)
WHERE d.published IS NOT NULL AND ($at = '' OR d.published = latest) AND post IN i.role
  AND (toLower(post) CONTAINS toLower($post) OR replace(i.relation, '_', ' ') = toLower($post))
UNWIND CASE WHEN size(i.organisation) > 0 THEN i.organisation ELSE [''] END AS organisation
MATCH (s:Statement)
WHERE s.entity = i.id AND s.property = 'role' AND s.value = post
RETURN DISTINCT post, p.caption AS person, organisation, d.published AS date, coalesce(d.heading, d.file_name) AS document,
       s.quote AS quote
ORDER BY post, date, person
