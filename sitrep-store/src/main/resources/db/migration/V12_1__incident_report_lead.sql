-- sitrep store: whether a kept report is the event its article tells first of its family (its
-- lead). A later mention of another event of the family is context, which the linker weighs less
-- across news days. Rows kept before this column existed count as leads (the old behaviour);
-- `sitrep incidents relink` recomputes them from the events.
ALTER TABLE incident_reports ADD COLUMN lead BOOLEAN DEFAULT true;
