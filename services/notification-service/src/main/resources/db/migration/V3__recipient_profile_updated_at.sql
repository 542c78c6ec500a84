-- When the user changed the profile the row holds (the profile-updated event's updatedAt), so that an update arriving
-- after a newer one is dropped. Null until a profile update carrying the time has been applied.
alter table recipient add column profile_updated_at timestamptz;
