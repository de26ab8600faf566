-- New rule-set values: the credit office's follow-up of a late objection verification (逾期督办, processes/objection.bpmn
-- superviseOverdueObjection: objectionSupervision) and the follow-up of a minor record's credit reminder and integrity
-- interview (seed003 §二(四)1, processes/listing-identification.bpmn: reminderRectification, interviewScheduling,
-- interviewRecord, urgingPeriod), each with its reminderLead. The shipped sets stored before them lack the values; as
-- in V1_14 they are removed here and installed again at start-up from the shipped files under the same ids
-- (rules.RuleSets.installShipped), so the cases that name them keep their rule set. Sets an administrator added are
-- left alone.
delete from rule_set
 where id in ('seeds-default', 'national-2026')
   and (content not like '%"objectionSupervision"%' or content not like '%"urgingPeriod"%');
