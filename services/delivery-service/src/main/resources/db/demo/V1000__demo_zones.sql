-- Demo delivery network for Bengaluru: four zones around hubs, pincodes 560001-560110, four daily slots in each.

insert into zone (id, name, hub, delivery_fee, free_delivery_threshold, minimum_order_value) values
    ('zone-blr-central', 'Bengaluru Central', 'MG Road hub', 3000, 49900, 9900),
    ('zone-blr-east', 'Bengaluru East', 'Indiranagar-Whitefield hub', 3500, 49900, 9900),
    ('zone-blr-south', 'Bengaluru South', 'Jayanagar-JP Nagar hub', 3000, 49900, 9900),
    ('zone-blr-north', 'Bengaluru North', 'Hebbal hub', 4000, 59900, 14900);

insert into zone_pincode (pincode, zone_id)
select p::text,
       case
           when p <= 560027 then 'zone-blr-central'
           when p <= 560055 then 'zone-blr-east'
           when p <= 560083 then 'zone-blr-south'
           else 'zone-blr-north'
       end
from generate_series(560001, 560110) as p;

insert into slot_template (id, zone_id, weekday, start_time, end_time, capacity, cutoff_minutes)
select z.id || '-' || d || '-' || w.label, z.id, d, w.start_time, w.end_time, w.capacity, w.cutoff
from zone z
cross join generate_series(1, 7) as d
cross join (values ('0700', time '07:00', time '09:00', 40, 600),
                   ('0900', time '09:00', time '11:00', 30, 120),
                   ('1700', time '17:00', time '19:00', 30, 120),
                   ('1900', time '19:00', time '21:00', 40, 120)) as w (label, start_time, end_time, capacity, cutoff);
