// Every rule CatalogueValidator enforces, each with a record that breaks it.
