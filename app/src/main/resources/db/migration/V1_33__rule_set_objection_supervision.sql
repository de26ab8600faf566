-- The credit office's follow-up of a late objection verification (逾期督办, processes/objection.bpmn
-- superviseOverdueObjection) gets its own limit and reminder: rule-set values objectionSupervision and
-- reminderLead.OBJECTION_SUPERVISION. The shipped sets stored before them lack the values; as in V1_14 they are
-- removed here and installed again at start-up from the shipped files under the same ids (rules.RuleSets
-- .installShipped), so the cases that name them keep their rule set. Sets an administrator added are left alone.
delete from rule_set
 where id in ('seeds-default', 'national-2026')
   and content not like '%"objectionSupervision"%';
