-- The demo riders work all day: a shift ending at 23:59 left the day's last minute without a rider, because both
-- ends of a shift are included and nothing later than 23:59:00 is on it.
update rider set shift_end = time '23:59:59.999999' where id like 'rider-demo-%';
