-- A message may carry one small text file (the calendar entry of an assembly's notice).
alter table mail_outbox add column attachment_name varchar(100);
alter table mail_outbox add column attachment_type varchar(100);
alter table mail_outbox add column attachment_content varchar(65535);
