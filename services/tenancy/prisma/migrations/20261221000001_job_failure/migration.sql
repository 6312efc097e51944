-- Campaigns runs the prospect cleanups now and reports them (src/jobs/project-cleanup-progress.ts): a
-- failed job says why.
ALTER TABLE jobs ADD COLUMN failure text NOT NULL DEFAULT '';
