-- A regional report's sections drawn from the regional picture: engagement, gaps, co-operation, cross-border
-- reconciliation and a summary per operation (only a REGIONAL report holds them; the reports module checks it).
alter table report_section drop constraint report_section_kind_check;
alter table report_section add constraint report_section_kind_check check (kind in ('NARRATIVE', 'ROUTE_EVENTS',
    'MONITORING', 'FLOWS', 'ACTIVITIES', 'MEETINGS', 'PREPAREDNESS', 'ENGAGEMENT', 'GAPS', 'CO_OPERATION',
    'RECONCILIATION', 'OPERATION_SUMMARIES'));
