// IATI files of versions 1.01 to 2.02, --take-theirs, and export checked against the XSD.
