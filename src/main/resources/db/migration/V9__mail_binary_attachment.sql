-- A message's attached file is binary (the minutes of an assembly are a PDF). The text files stored so
-- far become their UTF-8 bytes, and their content type says so.
alter table mail_outbox add column attachment_bytes bytea;

-- A cast from text to bytea reads backslash escapes on PostgreSQL ('\\' is one byte there) and takes the
-- characters as they are on H2 (two bytes), so the backslashes are doubled only where they are read.
update mail_outbox
   set attachment_bytes = cast(case when octet_length(cast('\\' as bytea)) = 1
                                    then replace(attachment_content, '\', '\\')
                                    else attachment_content end as bytea)
 where attachment_content is not null;

update mail_outbox
   set attachment_type = attachment_type || '; charset=UTF-8'
 where attachment_type like 'text/%' and lower(attachment_type) not like '%charset=%';

alter table mail_outbox drop column attachment_content;
alter table mail_outbox rename column attachment_bytes to attachment_content;
