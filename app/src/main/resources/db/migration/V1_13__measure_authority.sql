-- Who may impose a measure (reference.MeasureAuthority; seed001 §四 9-10: measures within each body's competence).
-- DEPARTMENT: the competent administrative department; COURT: decided only by a people's court.
alter table sanction_measure add column imposed_by varchar(16) default 'DEPARTMENT' not null;

-- The shipped court-only measures (data/reference/measures.json); rows are otherwise never overwritten by the loader.
-- 限制出境: 《出境入境管理法》第十二条第（三）项, decided by the court; 限制高消费: 法释〔2015〕17号 第三条, the court's order.
update sanction_measure set imposed_by = 'COURT' where code in ('M-EXIT-RESTRICT', 'M-HIGH-CONSUMPTION-RESTRICT');
