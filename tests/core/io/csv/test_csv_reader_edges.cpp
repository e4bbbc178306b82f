// The CSV reader on untidy and hostile files: quotes, line ends, NUL bytes, invalid UTF-8, ragged rows.
