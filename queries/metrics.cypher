// name: metrics
// description: Key facts (reoffending and first-time-entrant rates, populations, cases, survey counts) with comparator, period and source.
// parameters: area (optional) - only this area; metric (optional) - only this metric (e.g. reoffending_rate); comparator (optional) - only against this comparator, by its one name (England and Wales, England, Wales, region, YOT family, previous period, area as a whole)
// columns: area, inspection, metric, value, unit, comparator, comparator_value, period, source
// Each value of a many-valued property is a row of its own, as in SPARQL ('' stands for none while unwinding).
MATCH (o:Observation)
OPTIONAL MATCH (o)-[:OF_INSPECTION]->(i:Inspection)
OPTIONAL MATCH (o)-[:IN_AREA]->(oa:Area)
OPTIONAL MATCH (i)-[:IN_AREA]->(ia:Area)
WITH o, i.inspection_type AS inspection, coalesce(oa.caption, ia.caption) AS area
WHERE ($area = '' OR toLower(area) = toLower($area))
UNWIND o.metric AS metric
UNWIND o.value AS value
WITH o, area, inspection, metric, value
WHERE ($metric = '' OR metric = $metric)
UNWIND CASE WHEN size(o.unit) > 0 THEN o.unit ELSE [''] END AS unit
UNWIND CASE WHEN size(o.comparator) > 0 THEN o.comparator ELSE [''] END AS comparator
WITH o, area, inspection, metric, value, unit, comparator
WHERE ($comparator = '' OR toLower(comparator) = toLower($comparator))
UNWIND CASE WHEN size(o.comparator_value) > 0 THEN o.comparator_value ELSE [''] END AS comparator_value
UNWIND CASE WHEN size(o.period) > 0 THEN o.period ELSE [''] END AS period
UNWIND CASE WHEN size(o.source) > 0 THEN o.source ELSE [''] END AS source
RETURN DISTINCT area, inspection, metric, value, unit, comparator, comparator_value, period, source
ORDER BY area, inspection, metric
