// name: provenance
// description: Every fact in the graph with the document it was read from and the exact quote (and its character span); in SPARQL it works on any store, with or without a union default graph.
// parameters: subject (optional) - only facts about this entity (here its id); predicate (optional) - only facts with this property (here its name)
// columns: subject, predicate, object, document, quote, start, end, graph
// The SPARQL twin names subjects, properties and graphs by IRI; this one by id and property
// name, so the two agree row for row on the entity, document, quote and span.
MATCH (s:Statement)
WHERE ($subject = '' OR s.entity = $subject) AND ($predicate = '' OR s.property = $predicate)
RETURN s.entity AS subject, s.property AS predicate, s.value AS object, s.document AS document, s.quote AS quote,
       s.quote_start AS start, s.quote_end AS `end`, 'doc-' + s.document_id AS graph
ORDER BY document, start, subject, predicate
