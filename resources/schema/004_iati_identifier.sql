-- Version 4: the IATI identifier as published, for activities whose
-- identifier holds characters a catalogue key cannot (a space, as in
-- "XM-DAC-41122-Sierra Leone-3900/A0/06/001/013"); empty when the key is the
-- identifier itself.

ALTER TABLE initiative ADD COLUMN iati_identifier TEXT NOT NULL DEFAULT '';
