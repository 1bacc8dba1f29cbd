-- issue 18: why a document yielded no readable text (needs_ocr, ocr_unavailable, empty); null when it was read
alter table parsed_document add column not_read varchar(32);

update parsed_document
   set not_read = case when needs_ocr then 'needs_ocr' else 'empty' end
 where coalesce(btrim(document ->> 'text', E' \t\n'), '') = '';
