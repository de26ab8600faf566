-- Issue 13 item 9: the shipped rule sets form one chain (series 'default': seeds-default from 2014-01-01, then
-- national-2026 from 2026-04-01) and carry the values added with it (head review, publication limit, repair
-- inspection, report check and decision limits, evidence-pause limits, escalation threshold and window, the body
-- that decides a repair, a reminder lead per deadline kind). The two shipped rows of earlier versions lack those
-- values and sit in separate series; they are removed here and installed again at start-up from the shipped files
-- under the same ids (rules.RuleSets.installShipped), so the cases that name them keep their rule set. Sets an
-- administrator added are left alone.
delete from rule_set where id in ('seeds-default', 'national-2026') and series in ('seeds', 'national');
