-- Demo riders (local profile only): one per demo zone, on shift all day, capacity 5. Each binds to its user account
-- when the user service registers the phone with the RIDER role.

insert into rider (id, phone, name, zone_id, shift_start, shift_end, capacity, active) values
    ('rider-demo-ravi', '+919000000101', 'Ravi Kumar', 'zone-blr-central', time '00:00', time '23:59', 5, true),
    ('rider-demo-suresh', '+919000000102', 'Suresh Naik', 'zone-blr-east', time '00:00', time '23:59', 5, true),
    ('rider-demo-anita', '+919000000103', 'Anita Rao', 'zone-blr-south', time '00:00', time '23:59', 5, true),
    ('rider-demo-imran', '+919000000104', 'Imran Khan', 'zone-blr-north', time '00:00', time '23:59', 5, true);
