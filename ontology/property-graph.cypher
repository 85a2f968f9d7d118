// Generated from ontology/model.yaml by `kg ontology`: edit the model, not this file.
// One uniqueness constraint per label (the key), one index per caption.

CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:`Document`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:`Person`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:`Organisation`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT area_id IF NOT EXISTS FOR (n:`Area`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT inspection_id IF NOT EXISTS FOR (n:`Inspection`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT rating_id IF NOT EXISTS FOR (n:`Rating`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT keyquestion_id IF NOT EXISTS FOR (n:`KeyQuestion`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT recommendation_id IF NOT EXISTS FOR (n:`Recommendation`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT finding_id IF NOT EXISTS FOR (n:`Finding`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT observation_id IF NOT EXISTS FOR (n:`Observation`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT programme_id IF NOT EXISTS FOR (n:`Programme`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT arealink_id IF NOT EXISTS FOR (n:`AreaLink`) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:`Statement`) REQUIRE n.id IS UNIQUE;
CREATE INDEX document_caption IF NOT EXISTS FOR (n:`Document`) ON (n.caption);
CREATE INDEX person_caption IF NOT EXISTS FOR (n:`Person`) ON (n.caption);
CREATE INDEX organisation_caption IF NOT EXISTS FOR (n:`Organisation`) ON (n.caption);
CREATE INDEX area_caption IF NOT EXISTS FOR (n:`Area`) ON (n.caption);
CREATE INDEX inspection_caption IF NOT EXISTS FOR (n:`Inspection`) ON (n.caption);
CREATE INDEX rating_caption IF NOT EXISTS FOR (n:`Rating`) ON (n.caption);
CREATE INDEX keyquestion_caption IF NOT EXISTS FOR (n:`KeyQuestion`) ON (n.caption);
CREATE INDEX recommendation_caption IF NOT EXISTS FOR (n:`Recommendation`) ON (n.caption);
CREATE INDEX finding_caption IF NOT EXISTS FOR (n:`Finding`) ON (n.caption);
CREATE INDEX observation_caption IF NOT EXISTS FOR (n:`Observation`) ON (n.caption);
CREATE INDEX programme_caption IF NOT EXISTS FOR (n:`Programme`) ON (n.caption);
CREATE INDEX arealink_caption IF NOT EXISTS FOR (n:`AreaLink`) ON (n.caption);
CREATE INDEX involved_in_id IF NOT EXISTS FOR ()-[r:`INVOLVED_IN`]-() ON (r.id);
CREATE INDEX role_at_id IF NOT EXISTS FOR ()-[r:`ROLE_AT`]-() ON (r.id);
CREATE INDEX worked_on_id IF NOT EXISTS FOR ()-[r:`WORKED_ON`]-() ON (r.id);
CREATE INDEX in_area_id IF NOT EXISTS FOR ()-[r:`IN_AREA`]-() ON (r.id);
CREATE INDEX service_id IF NOT EXISTS FOR ()-[r:`SERVICE`]-() ON (r.id);
CREATE INDEX reported_in_id IF NOT EXISTS FOR ()-[r:`REPORTED_IN`]-() ON (r.id);
CREATE INDEX of_inspection_id IF NOT EXISTS FOR ()-[r:`OF_INSPECTION`]-() ON (r.id);
CREATE INDEX part_of_rating_id IF NOT EXISTS FOR ()-[r:`PART_OF_RATING`]-() ON (r.id);
CREATE INDEX in_document_id IF NOT EXISTS FOR ()-[r:`IN_DOCUMENT`]-() ON (r.id);
CREATE INDEX addressed_to_id IF NOT EXISTS FOR ()-[r:`ADDRESSED_TO`]-() ON (r.id);
CREATE INDEX other_area_id IF NOT EXISTS FOR ()-[r:`OTHER_AREA`]-() ON (r.id);
