-- Who holds a message's claim: a fresh token is written at every claim, and a dispatcher records an outcome only
-- while the token is still its own, so one whose lease ran out and whose message was claimed again cannot mark it.
alter table outgoing_message add column claim_token text;
