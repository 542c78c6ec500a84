-- The rider's photo of the door when an attempt failed: the file service's id of a delivery-proof file of this
-- delivery, checked with the file service before it is stored. Like the failure reason, it describes the last attempt.
alter table delivery add column proof_file_id text;
