// name: board-members
// description: Who sat on which board, panel or committee (chair, vice-chair, member, deputy, present, apologies, officer attending), in which role, at which meeting (the minutes or papers) and date.
// parameters: area (optional) - only meetings about this area
// columns: area, board, person, relation, role, date, document
MATCH (p:Person)-[i:INVOLVED_IN]->(d:Document)
WHERE i.relation IN ['board_chair', 'board_member', 'panel_chair', 'panel_vice_chair', 'panel_member',
                     'standing_deputy', 'present_at_meeting', 'apologies', 'officer_attending']
OPTIONAL MATCH (d)-[:IN_AREA]->(a:Area)
WITH p, i, d, coalesce(a.caption, '') AS area
WHERE $area = '' OR toLower(area) = toLower($area)
// The board: the body whose meeting the document records; else, for a member (never an attendee: those present,
// apologies and officers attending are at the meeting, not of their employer's board), the body of their role when
// it is one that meets (a board named in a letter: "Chair of the Northshire YOS Management Board", the service's).
OPTIONAL MATCH (d)-[:MEETING_OF]->(body:Organisation)
OPTIONAL MATCH (p)-[r:ROLE_AT]->(o:Organisation)
WHERE r.id = i.id + ':organisation:' + o.id AND o.kind IN ['board', 'panel', 'youth_offending_service']
      AND NOT i.relation IN ['present_at_meeting', 'apologies', 'officer_attending']
WITH p, i, d, area, body, collect(o.caption) AS memberOf
UNWIND CASE WHEN body IS NOT NULL THEN [body.caption] WHEN size(memberOf) > 0 THEN memberOf ELSE [''] END AS board
UNWIND CASE WHEN size(i.role) > 0 THEN i.role ELSE [''] END AS role
RETURN DISTINCT area, board, p.caption AS person, i.relation AS relation, role, coalesce(d.published, '') AS date,
       coalesce(d.heading, d.file_name) AS document
ORDER BY area, date, board, relation, person
