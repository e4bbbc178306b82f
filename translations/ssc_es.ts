<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>BoundedXmlReader</name>
        <message>
            <location filename="../src/core/io/iati/BoundedXmlReader.cpp" line="+54" />
            <location line="+19" />
            <source>its entity references could expand to more than %1 characters</source>
            <translation>sus referencias a entidades podrían producir más de %1 caracteres</translation>
        </message>
        <message>
            <location line="+18" />
            <source>nesting deeper than %1 elements</source>
            <translation>anidamiento de más de %1 elementos</translation>
        </message>
    </context>
    <context>
        <name>BuildProgress</name>
        <message>
            <location filename="../src/core/index/BuildProgress.h" line="+32" />
            <source>Building the index was stopped</source>
            <translation>Se detuvo la creación del índice</translation>
        </message>
    </context>
    <context>
        <name>CatalogueEditor</name>
        <message>
            <location filename="../src/core/catalogue/CatalogueEditor.cpp" line="+92" />
            <location line="+7" />
            <source>%1: the record kept in the history is damaged</source>
            <translation>%1: el registro guardado en el historial está dañado</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Initiative %1 is in the catalogue: there is nothing to restore</source>
            <translation>La iniciativa %1 está en el catálogo: no hay nada que restaurar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>history entry %1</source>
            <translation>entrada %1 del historial</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Initiative %1 has no delete in the history to restore from</source>
            <translation>El historial no registra ninguna eliminación de la iniciativa %1 a partir de la cual restaurarla</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Initiative %1 cannot be merged with itself</source>
            <translation>La iniciativa %1 no se puede fusionar consigo misma</translation>
        </message>
    </context>
    <context>
        <name>CatalogueImport</name>
        <message>
            <location filename="../src/core/io/CatalogueImport.cpp" line="+29" />
            <source>Import of %1 cancelled: the catalogue is unchanged</source>
            <translation>Importación de %1 cancelada: el catálogo no ha cambiado</translation>
        </message>
        <message>
            <location line="+134" />
            <source>organisation %1 differs from the catalogue's; the catalogue's is kept</source>
            <translation>la organización %1 difiere de la del catálogo; se conserva la del catálogo</translation>
        </message>
        <message>
            <location line="+37" />
            <source>organisations and sources of the file</source>
            <translation>organizaciones y fuentes del archivo</translation>
        </message>
        <message>
            <location line="+20" />
            <source>the catalogue already holds this record as it is</source>
            <translation>el catálogo ya contiene este registro tal cual</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the catalogue holds a different record with this id</source>
            <translation>el catálogo contiene un registro diferente con este identificador</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Nothing was imported from %1, as a record breaks the catalogue's rules: line %2, %3: %4</source>
            <translation>No se importó nada de %1, porque un registro incumple las reglas del catálogo: línea %2, %3: %4</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing was imported from %1, as a record breaks the catalogue's rules: %2: %3</source>
            <translation>No se importó nada de %1, porque un registro incumple las reglas del catálogo: %2: %3</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source> (and %n more record(s); the import report lists each)</source>
            <translation>
                <numerusform> (y %n registro más; el informe de importación los enumera todos)</numerusform>
                <numerusform> (y %n registros más; el informe de importación los enumera todos)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import of %1: check the file before writing</source>
            <translation>Importación de %1: compruebe el archivo antes de escribir</translation>
        </message>
        <message>
            <location line="+75" />
            <source>conflict: the file's record taken</source>
            <translation>conflicto: se tomó el registro del archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>conflict: the catalogue's record kept</source>
            <translation>conflicto: se conservó el registro del catálogo</translation>
        </message>
    </context>
    <context>
        <name>CatalogueJson</name>
        <message>
            <location filename="../src/core/io/json/CatalogueJson.cpp" line="+40" />
            <location line="+389" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+31" />
            <source>%1: %2, field "%3": %4</source>
            <translation>%1: %2, campo "%3": %4</translation>
        </message>
        <message>
            <location line="-371" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+20" />
            <source>is missing (expected a string)</source>
            <translation>falta (se esperaba una cadena)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+43" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+5" />
            <source>is a %1 (expected a string)</source>
            <translation>es de tipo %1 (se esperaba una cadena)</translation>
        </message>
        <message>
            <location line="-36" />
            <source>is empty (expected a non-empty string)</source>
            <translation>está vacío (se esperaba una cadena no vacía)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>holds the control character U+%1 (expected text without control characters)</source>
            <translation>contiene el carácter de control U+%1 (se esperaba texto sin caracteres de control)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>is a %1 (expected an array of strings)</source>
            <translation>es de tipo %1 (se esperaba una matriz de cadenas)</translation>
        </message>
        <message>
            <location line="+23" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="-14" />
            <source>is a %1 (expected an array)</source>
            <translation>es de tipo %1 (se esperaba una matriz)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>is a %1 (expected a whole number from %2 to %3)</source>
            <translation>es de tipo %1 (se esperaba un número entero entre %2 y %3)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>is %1 (expected a whole number from %2 to %3)</source>
            <translation>es %1 (se esperaba un número entero entre %2 y %3)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>is a %1 (expected a number)</source>
            <translation>es de tipo %1 (se esperaba un número)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not a finite number</source>
            <translation>no es un número finito</translation>
        </message>
        <message>
            <location line="+16" />
            <source>is not a field of this record (expected one of: %1)</source>
            <translation>no es un campo de este registro (se esperaba uno de: %1)</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+22" />
            <source>is a %1 (expected an object)</source>
            <translation>es de tipo %1 (se esperaba un objeto)</translation>
        </message>
        <message>
            <location line="+93" />
            <location line="+54" />
            <source>is a %1 (expected true or false)</source>
            <translation>es de tipo %1 (se esperaba true o false)</translation>
        </message>
        <message>
            <location line="-34" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+105" />
            <source>the top level</source>
            <translation>el nivel superior</translation>
        </message>
        <message>
            <location line="+3" />
            <source>is a %1 (expected an object with "format": "ssc-catalogue")</source>
            <translation>es de tipo %1 (se esperaba un objeto con "format": "ssc-catalogue")</translation>
        </message>
        <message>
            <location line="+6" />
            <source>is not "ssc-catalogue" (this is not an SSC catalogue file)</source>
            <translation>no es "ssc-catalogue" (no es un archivo de catálogo SSC)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>is missing (expected 1)</source>
            <translation>falta (se esperaba 1)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>is %1, newer than this program reads (%2): update SSC Catalogue</source>
            <translation>es %1, más reciente de lo que este programa puede leer (%2): actualice SSC Catalogue</translation>
        </message>
        <message>
            <location line="+89" />
            <source>%1: a number is out of range (%2)</source>
            <translation>%1: un número está fuera del intervalo admitido (%2)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, line %2, column %3: not valid JSON (%4)</source>
            <translation>%1, línea %2, columna %3: no es JSON válido (%4)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>is given twice (expected each field once; which one to keep is not clear)</source>
            <translation>aparece dos veces (se esperaba cada campo una sola vez; no está claro cuál conservar)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
        <message>
            <location line="+107" />
            <location line="+5" />
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="-94" />
            <source>is "%1" (expected a UTC time such as 2026-11-29T08:30:00Z)</source>
            <translation>es "%1" (se esperaba una hora UTC, como 2026-11-29T08:30:00Z)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>is "%1" (expected add, edit, delete, restore, import or merge)</source>
            <translation>es "%1" (se esperaba add, edit, delete, restore, import o merge)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>is a %1 (expected an initiative as an object)</source>
            <translation>es de tipo %1 (se esperaba una iniciativa como objeto)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>is empty (a saved search needs a name)</source>
            <translation>está vacío (una búsqueda guardada necesita un nombre)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not a filter (expected an object)</source>
            <translation>no es un filtro (se esperaba un objeto)</translation>
        </message>
    </context>
    <context>
        <name>CatalogueSession</name>
        <message>
            <location filename="../src/gui/CatalogueSession.cpp" line="+18" />
            <source>The saved index of this catalogue was damaged; it was built again from the catalogue, which is unharmed.</source>
            <translation>El índice guardado de este catálogo estaba dañado; se ha reconstruido a partir del catálogo, que está intacto.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueStore</name>
        <message>
            <location filename="../src/core/index/IndexedQuerySaved.cpp" line="+124" />
            <location line="+18" />
            <source>Cannot save %1: %2</source>
            <translation>No se puede guardar %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/BulkLoad.cpp" line="+12" />
            <location filename="../src/core/storage/CatalogueStore.cpp" line="+268" />
            <location filename="../src/core/storage/CatalogueWrites.cpp" line="+30" />
            <source>Cannot write to %1: %2</source>
            <translation>No se puede escribir en %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueDuplicates.cpp" line="+40" />
            <location line="+25" />
            <location filename="../src/core/storage/CatalogueStore.cpp" line="+139" />
            <location filename="../src/core/storage/FacetCountQuery.cpp" line="+87" />
            <location line="+31" />
            <location line="+20" />
            <location line="+23" />
            <location filename="../src/core/storage/IndexSource.cpp" line="+13" />
            <location filename="../src/core/storage/SqlQueryEngine.cpp" line="+15" />
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
        <message>
            <location line="+42" />
            <source>A record cannot be a duplicate of itself (%1)</source>
            <translation>Un registro no puede ser duplicado de sí mismo (%1)</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueHistory.cpp" line="+117" />
            <source>Initiative %1 already exists in the catalogue</source>
            <translation>La iniciativa %1 ya existe en el catálogo</translation>
        </message>
        <message>
            <location line="+78" />
            <source>The history of %1 has an unknown action "%2" (entry %3)</source>
            <translation>El historial de %1 contiene una acción desconocida "%2" (entrada %3)</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueImportSink.cpp" line="+53" />
            <source>Could not replace initiative %1: %2</source>
            <translation>No se pudo reemplazar la iniciativa %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueStore.cpp" line="-319" />
            <source>%1 is a folder, not a catalogue file</source>
            <translation>%1 es una carpeta, no un archivo de catálogo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 cannot be read (permission denied)</source>
            <translation>%1 no se puede leer (permiso denegado)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is read-only: SSC Catalogue needs to write to its catalogue. Copy it to a folder you can write to, or make it writable.</source>
            <translation>%1 es de solo lectura: SSC Catalogue necesita escribir en su catálogo. Cópielo en una carpeta en la que pueda escribir o permita la escritura en él.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is empty (0 bytes), not an SSC catalogue; it was left as it is. To start a new catalogue, give a file name that does not exist yet.</source>
            <translation>%1 está vacío (0 bytes), no es un catálogo SSC; se ha dejado como estaba. Para empezar un catálogo nuevo, indique un nombre de archivo que aún no exista.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 cannot be read: %2</source>
            <translation>%1 no se puede leer: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not an SSC catalogue (it is not an SQLite database)</source>
            <translation>%1 no es un catálogo SSC (no es una base de datos SQLite)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The folder of %1 is read-only: SSC Catalogue needs to write beside its catalogue.</source>
            <translation>La carpeta de %1 es de solo lectura: SSC Catalogue necesita escribir junto a su catálogo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 does not exist</source>
            <translation>%1 no existe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot create %1: the folder %2 does not exist</source>
            <translation>No se puede crear %1: la carpeta %2 no existe</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Cannot open %1: %2</source>
            <translation>No se puede abrir %1: %2</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+35" />
            <location line="+234" />
            <source>Cannot configure %1: %2</source>
            <translation>No se puede configurar %1: %2</translation>
        </message>
        <message>
            <location line="-261" />
            <source>%1 is not an SSC catalogue (%2)</source>
            <translation>%1 no es un catálogo SSC (%2)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is an SQLite database but not an SSC catalogue</source>
            <translation>%1 es una base de datos SQLite, pero no un catálogo SSC</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is damaged: its schema version is %2, which no SSC Catalogue writes</source>
            <translation>%1 está dañado: su versión de esquema es %2, que ningún SSC Catalogue escribe</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 was made by a newer SSC Catalogue (schema version %2; this program knows up to %3). Update the program to open it.</source>
            <translation>%1 se creó con una versión más reciente de SSC Catalogue (versión del esquema %2; este programa admite hasta la %3). Actualice el programa para abrirlo.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Cannot upgrade %1: %2</source>
            <translation>No se puede actualizar %1: %2</translation>
        </message>
        <message>
            <location line="+27" />
            <source>No initiative "%1" in %2</source>
            <translation>No hay ninguna iniciativa "%1" en %2</translation>
        </message>
        <message>
            <location line="+173" />
            <location filename="../src/core/storage/SqlQueryEngine.cpp" line="+2" />
            <source>the catalogue</source>
            <translation>el catálogo</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot finish writing %1: %2</source>
            <translation>No se puede terminar de escribir %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueWrites.cpp" line="+13" />
            <source>Cannot write to %1: another program has been writing to it for %2 seconds (an import, perhaps). Nothing was written; try again when it has finished.</source>
            <translation>No se puede escribir en %1: otro programa lleva %2 segundos escribiendo en él (quizá una importación). No se escribió nada; vuelva a intentarlo cuando haya terminado.</translation>
        </message>
        <message>
            <location line="+95" />
            <source>Cancelled; nothing was written to %1</source>
            <translation>Cancelado; no se escribió nada en %1</translation>
        </message>
        <message>
            <location filename="../src/core/storage/ParallelTextIndex.cpp" line="+180" />
            <source>Cannot build the full-text index in %1: %2</source>
            <translation>No se puede crear el índice de texto completo en %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/ReferenceTableWriter.cpp" line="+24" />
            <source>Cannot write reference data to %1: %2</source>
            <translation>No se pueden escribir los datos de referencia en %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/SavedSearches.cpp" line="+23" />
            <source>A saved search needs a name</source>
            <translation>Una búsqueda guardada necesita un nombre</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1: the saved search "%2" is damaged</source>
            <translation>%1: la búsqueda guardada "%2" está dañada</translation>
        </message>
        <message>
            <location line="+30" />
            <source>There is already a saved search "%1"</source>
            <translation>Ya existe una búsqueda guardada "%1"</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+15" />
            <source>There is no saved search "%1"</source>
            <translation>No existe ninguna búsqueda guardada "%1"</translation>
        </message>
    </context>
    <context>
        <name>CatalogueValidator</name>
        <message>
            <location filename="../src/core/domain/CatalogueValidator.cpp" line="+26" />
            <source>%1, field "%2": %3</source>
            <translation>%1, campo "%2": %3</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source> (and %n more problem(s))</source>
            <translation>
                <numerusform> (y %n problema más)</numerusform>
                <numerusform> (y %n problemas más)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+22" />
            <source>is missing (expected one of: %1)</source>
            <translation>falta (se esperaba uno de: %1)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>unknown %1 "%2" (expected one of: %3)</source>
            <translation>valor "%2" desconocido para %1 (se esperaba uno de: %3)</translation>
        </message>
        <message>
            <location line="+53" />
            <source>"%1" is not a valid id (expected letters, digits, . _ : -)</source>
            <translation>"%1" no es un identificador válido (se esperaban letras, dígitos, . _ : -)</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+27" />
            <location line="+34" />
            <source>duplicate id "%1"</source>
            <translation>identificador duplicado "%1"</translation>
        </message>
        <message>
            <location line="-57" />
            <source>is missing (expected the document's title)</source>
            <translation>falta (se esperaba el título del documento)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" is not a web address (expected http:// or https://)</source>
            <translation>"%1" no es una dirección web (se esperaba http:// o https://)</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+65" />
            <source>"%1" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)</source>
            <translation>"%1" no es una fecha (se esperaba AAAA, AAAA-MM o AAAA-MM-DD)</translation>
        </message>
        <message>
            <location line="-52" />
            <location line="+33" />
            <source>"%1" is not a valid id (expected letters, digits, . _ : / -)</source>
            <translation>"%1" no es un identificador válido (se esperaban letras, dígitos, . _ : / -)</translation>
        </message>
        <message>
            <location line="-27" />
            <source>is missing (expected the organisation's name)</source>
            <translation>falta (se esperaba el nombre de la organización)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+57" />
            <source>unknown country code "%1" (expected an ISO 3166-1 alpha-2 code such as "ET")</source>
            <translation>código de país desconocido "%1" (se esperaba un código ISO 3166-1 alfa-2, como "ET")</translation>
        </message>
        <message>
            <location line="-53" />
            <location line="+152" />
            <source>cites a source twice</source>
            <translation>cita una fuente dos veces</translation>
        </message>
        <message>
            <location line="-147" />
            <location line="+152" />
            <source>source "%1" is not in the file or the catalogue</source>
            <translation>la fuente "%1" no está en el archivo ni en el catálogo</translation>
        </message>
        <message>
            <location line="-133" />
            <source>is missing (expected a title)</source>
            <translation>falta (se esperaba un título)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>lists a modality twice</source>
            <translation>indica una modalidad dos veces</translation>
        </message>
        <message>
            <location line="+9" />
            <source>is missing while an end date is given</source>
            <translation>falta, aunque se indica una fecha de finalización</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is before the start "%2"</source>
            <translation>"%1" es anterior al inicio "%2"</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 is not a share (expected 0 to 100)</source>
            <translation>%1 no es un porcentaje (se esperaba de 0 a 100)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+24" />
            <source>lists %1 as %2 twice</source>
            <translation>indica %1 como %2 dos veces</translation>
        </message>
        <message>
            <location line="-18" />
            <source>unknown programme area "%1" (expected an id from data/programme-areas.json such as "health")</source>
            <translation>área programática desconocida "%1" (se esperaba un identificador de data/programme-areas.json, como "health")</translation>
        </message>
        <message>
            <location line="+5" />
            <source>lists an area twice</source>
            <translation>indica un área dos veces</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+14" />
            <source>organisation "%1" is not in the file or the catalogue</source>
            <translation>la organización "%1" no está en el archivo ni en el catálogo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>is missing (an amount needs an ISO 4217 currency such as "USD")</source>
            <translation>falta (un importe necesita una moneda ISO 4217, como "USD")</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unknown currency "%1" (expected an ISO 4217 code such as "USD")</source>
            <translation>moneda desconocida "%1" (se esperaba un código ISO 4217, como "USD")</translation>
        </message>
        <message>
            <location line="+3" />
            <source>is negative</source>
            <translation>es negativo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a plausible year (expected 1900-2100)</source>
            <translation>%1 no es un año plausible (se esperaba 1900-2100)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"%1" is not an SDG (expected a goal 1-17 or a target such as "3.2")</source>
            <translation>"%1" no es un ODS (se esperaba un objetivo del 1 al 17 o una meta como "3.2")</translation>
        </message>
        <message>
            <location line="+5" />
            <source>lists "%1" twice</source>
            <translation>indica "%1" dos veces</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+14" />
            <source>"%1" is not a language code (expected ISO 639-1 such as "fr")</source>
            <translation>"%1" no es un código de idioma (se esperaba ISO 639-1, como "fr")</translation>
        </message>
        <message>
            <location line="-5" />
            <source>"%1" is not a translated field (expected title, summary or description)</source>
            <translation>"%1" no es un campo traducible (se esperaba title, summary o description)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>is empty</source>
            <translation>está vacío</translation>
        </message>
        <message>
            <location line="+3" />
            <source>gives the %1 in %2 twice</source>
            <translation>indica %1 en %2 dos veces</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is empty (every record must cite at least one source)</source>
            <translation>está vacío (cada registro debe citar al menos una fuente)</translation>
        </message>
    </context>
    <context>
        <name>ChangeBundle</name>
        <message>
            <location filename="../src/core/team/ChangeBundle.cpp" line="+68" />
            <source>%1 is not a copy of a team catalogue: give --since DATE</source>
            <translation>%1 no es una copia de un catálogo del equipo: indique --since FECHA</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+3" />
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>not a change bundle (expected "format": "%1")</source>
            <translation>no es un paquete de cambios (se esperaba "format": "%1")</translation>
        </message>
        <message>
            <location line="+5" />
            <source>a change bundle of another version (this program reads %1)</source>
            <translation>un paquete de cambios de otra versión (este programa lee %1)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>field "changes" is not a list</source>
            <translation>el campo "changes" no es una lista</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1, field "id": is missing (expected a string)</source>
            <translation>%1, campo "id": falta (se esperaba una cadena)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field "%2": expected a record or null</source>
            <translation>%1, campo "%2": se esperaba un registro o null</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field "author": expected text</source>
            <translation>%1, campo "author": se esperaba texto</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1: %2: %3</source>
            <translation>%1: %2: %3</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../src/cli/AddCommand.cpp" line="+26" />
            <source>add: give one file of initiatives in the catalogue format (JSON)</source>
            <translation>add: indique un archivo de iniciativas en el formato del catálogo (JSON)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>add: %1 has no initiatives to add</source>
            <translation>add: %1 no contiene iniciativas que añadir</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Added %n initiative(s)</source>
            <translation>
                <numerusform>Se añadió %n iniciativa</numerusform>
                <numerusform>Se añadieron %n iniciativas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>add FILE       add the initiatives of a catalogue file (JSON) as new</source>
            <translation>add FILE       añade como nuevas las iniciativas de un archivo de catálogo (JSON)</translation>
        </message>
        <message>
            <location filename="../src/cli/Command.cpp" line="+46" />
            <source>The password comes from ~/.pgpass (a line host:port:database:user:password, readable by you alone) or from PGPASSWORD; the window's File &gt; Team Catalogue &gt; Connect can keep it there.</source>
            <translation>La contraseña se toma de ~/.pgpass (una línea host:port:database:user:password, legible solo por usted) o de PGPASSWORD; la opción Archivo &gt; Catálogo del equipo &gt; Conectar de la ventana puede guardarla allí.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Name recorded in the history (default: the name in the window's preferences, else your account name).</source>
            <translation>Nombre que se registra en el historial (predeterminado: el nombre indicado en las preferencias de la ventana o, si no lo hay, el nombre de su cuenta).</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/cli/ExportCommand.cpp" line="+88" />
            <source>NAME</source>
            <translation>NOMBRE</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Output: table (default), json or csv.</source>
            <translation>Salida: table (predeterminada), json o csv.</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/cli/ExportCommand.cpp" line="-7" />
            <location filename="../src/cli/ReportCommand.cpp" line="+32" />
            <source>FORMAT</source>
            <translation>FORMATO</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--format: unknown format "%1" (expected table, json or csv)</source>
            <translation>--format: formato desconocido "%1" (se esperaba table, json o csv)</translation>
        </message>
        <message>
            <location filename="../src/cli/CommandLine.cpp" line="+26" />
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <location line="+32" />
            <source>Usage: ssc-catalogue [COMMAND] [OPTIONS]
With no command, opens the window.

Commands:
</source>
            <translation>Uso: ssc-catalogue [COMANDO] [OPCIONES]
Sin comando, abre la ventana.

Comandos:
</translation>
        </message>
        <message>
            <location line="+6" />
            <source>
Every command takes --db PATH (default: your catalogue in the user data folder).
Run `ssc-catalogue COMMAND --help` for its options.
Exit codes: 0 success, 1 usage or input error, 2 catalogue error.
</source>
            <translation>
Todos los comandos admiten --db RUTA (predeterminado: su catálogo en la carpeta de datos del usuario).
Ejecute `ssc-catalogue COMANDO --help` para ver sus opciones.
Códigos de salida: 0 éxito, 1 error de uso o de entrada, 2 error del catálogo.
</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--lang CODE, before or after the command, writes messages and reports in that language (%1; default: the system's).
</source>
            <translation>--lang CÓDIGO, antes o después del comando, escribe los mensajes y los informes en ese idioma (%1; por defecto, el del sistema).
</translation>
        </message>
        <message>
            <location line="+23" />
            <source>unknown command "%1" (expected %2; see --help)</source>
            <translation>comando desconocido "%1" (se esperaba %2; consulte --help)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ssc-catalogue %1</source>
            <translation>ssc-catalogue %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Catalogue file to use.</source>
            <translation>Archivo de catálogo que se usará.</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/cli/TeamCommands.cpp" line="+39" />
            <source>PATH</source>
            <translation>RUTA</translation>
        </message>
        <message>
            <location line="+6" />
            <source>See above.</source>
            <translation>Véase más arriba.</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (see ssc-catalogue %1 --help)</source>
            <translation> (consulte ssc-catalogue %1 --help)</translation>
        </message>
        <message>
            <location filename="../src/cli/DeleteCommand.cpp" line="+24" />
            <source>delete: give the IDs of the initiatives</source>
            <translation>delete: indique los identificadores de las iniciativas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>delete: no initiative "%1" in %2; nothing was deleted</source>
            <translation>delete: no hay ninguna iniciativa "%1" en %2; no se eliminó nada</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Deleted %n initiative(s)</source>
            <translation>
                <numerusform>Se eliminó %n iniciativa</numerusform>
                <numerusform>Se eliminaron %n iniciativas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>restore: give the ID of a deleted initiative</source>
            <translation>restore: indique el identificador de una iniciativa eliminada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>restore: %1</source>
            <translation>restore: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restored %1</source>
            <translation>Se restauró %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>delete ID...   delete initiatives (all or none)</source>
            <translation>delete ID...   elimina iniciativas (todas o ninguna)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>restore ID     bring back a deleted initiative as it was</source>
            <translation>restore ID     recupera una iniciativa eliminada tal como estaba</translation>
        </message>
        <message>
            <location filename="../src/cli/DuplicatesCommand.cpp" line="+29" />
            <source>Only pairs scoring N or more, 0 to 100 (default 60).</source>
            <translation>Solo los pares con una puntuación de N o más, de 0 a 100 (predeterminado: 60).</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/cli/GenerateCommand.cpp" line="+86" />
            <location filename="../src/cli/HistoryCommand.cpp" line="+27" />
            <location filename="../src/cli/ListCommand.cpp" line="+144" />
            <location line="+2" />
            <location filename="../src/cli/ReportCommand.cpp" line="+19" />
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <location line="+11" />
            <source>duplicates: takes no arguments</source>
            <translation>duplicates: no admite argumentos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>duplicates: --min-score takes a number from 0 to 100, not "%1"</source>
            <translation>duplicates: --min-score admite un número de 0 a 100, no "%1"</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>First</source>
            <translation>Primero</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <location filename="../src/cli/HistoryCommand.cpp" line="+77" />
            <location filename="../src/cli/ListCommand.cpp" line="-25" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Second</source>
            <translation>Segundo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No likely duplicates</source>
            <translation>No hay duplicados probables</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Which record's value a field takes: FIELD=kept, FIELD=other or (lists) FIELD=both. By default lists are united and other fields are the kept record's unless it has none.</source>
            <translation>De qué registro toma su valor un campo: CAMPO=kept, CAMPO=other o (listas) CAMPO=both. De forma predeterminada, las listas se unen y los demás campos toman el valor del registro conservado, salvo que este no lo tenga.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>FIELD=WHICH</source>
            <translation>CAMPO=CUÁL</translation>
        </message>
        <message>
            <location line="+17" />
            <source>merge: --take names a field of %1, not "%2"</source>
            <translation>merge: --take debe indicar uno de los campos %1, no "%2"</translation>
        </message>
        <message>
            <location line="+10" />
            <source>merge: --take %1= takes kept, other%2, not "%3"</source>
            <translation>merge: --take %1= admite kept, other%2, no "%3"</translation>
        </message>
        <message>
            <location line="+1" />
            <source> or both</source>
            <translation> o both</translation>
        </message>
        <message>
            <location line="+11" />
            <source>merge: give the ID of the record to keep and of the one to merge into it</source>
            <translation>merge: indique el identificador del registro que se conservará y el del registro que se fusionará con él</translation>
        </message>
        <message>
            <location line="+13" />
            <source>merge: %1; nothing was merged</source>
            <translation>merge: %1; no se fusionó nada</translation>
        </message>
        <message>
            <location line="+7" />
            <source>merge: %1</source>
            <translation>merge: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merged %1 into %2; %1 now finds %2</source>
            <translation>Se fusionó %1 con %2; %1 remite ahora a %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>merge KEEP OTHER  make two records one under KEEP (--take FIELD=other)</source>
            <translation>merge KEEP OTHER  une dos registros en uno con el identificador KEEP (--take CAMPO=other)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>duplicates     likely duplicate records, best first (--min-score N)</source>
            <translation>duplicates     registros probablemente duplicados, los más probables primero (--min-score N)</translation>
        </message>
        <message>
            <location filename="../src/cli/EditCommand.cpp" line="+26" />
            <source>Give FIELD this value (repeatable; an empty value clears it). Fields: %1.</source>
            <translation>Asigna este valor a CAMPO (repetible; un valor vacío lo borra). Campos: %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+4" />
            <location line="+2" />
            <source>FIELD=VALUE</source>
            <translation>CAMPO=VALOR</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Add a value to a list field: country=ET:recipient, partner=ORG:implementer, area=nutrition, sdg=3, modality=..., source=... (repeatable).</source>
            <translation>Añade un valor a un campo de lista: country=ET:recipient, partner=ORG:implementer, area=nutrition, sdg=3, modality=..., source=... (repetible).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove a value from a list field (repeatable).</source>
            <translation>Quita un valor de un campo de lista (repetible).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>edit: give one initiative ID and --set, --add or --remove</source>
            <translation>edit: indique un identificador de iniciativa y --set, --add o --remove</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+14" />
            <source>edit: %1</source>
            <translation>edit: %1</translation>
        </message>
        <message>
            <location line="-8" />
            <source>edit: nothing to change; give --set, --add or --remove</source>
            <translation>edit: no hay nada que cambiar; indique --set, --add o --remove</translation>
        </message>
        <message>
            <location line="+13" />
            <source>edit %1: %2</source>
            <translation>edit %1: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1: nothing changed</source>
            <translation>%1: no cambió nada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: changed %2</source>
            <translation>%1: campos cambiados: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>edit ID        change fields: --set FIELD=VALUE, --add, --remove</source>
            <translation>edit ID        cambia campos: --set CAMPO=VALOR, --add, --remove</translation>
        </message>
        <message>
            <location filename="../src/cli/ExportCommand.cpp" line="-54" />
            <source>export: give one FILE to write</source>
            <translation>export: indique un archivo en el que escribir</translation>
        </message>
        <message>
            <location line="+5" />
            <source>export: %1 is the catalogue itself; choose another file</source>
            <translation>export: %1 es el propio catálogo; elija otro archivo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>export: --format %1 is not supported (expected %2)</source>
            <translation>export: --format %1 no es compatible (se esperaba %2)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Exported %1 initiatives to %2 as IATI 2.03.</source>
            <translation>Se exportaron %1 iniciativas a %2 como IATI 2.03.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported %1 initiatives to %2 as CSV.</source>
            <translation>Se exportaron %1 iniciativas a %2 como CSV.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported %1 initiatives to %2.</source>
            <translation>Se exportaron %1 iniciativas a %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left out %1 that IATI cannot hold:</source>
            <translation>Se omitieron %1 que IATI no puede contener:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>File format: json (default), iati or csv.</source>
            <translation>Formato de archivo: json (predeterminado), iati o csv.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>IATI: the publisher's organisation identifier (reporting-org ref).</source>
            <translation>IATI: identificador de la organización del publicador (reporting-org ref).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>REF</source>
            <translation>REF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI: the publisher's OrganisationType code, such as 40.</source>
            <translation>IATI: código OrganisationType del publicador, como 40.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CODE</source>
            <translation>CÓDIGO</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI: the publisher's name (default: the catalogue's name).</source>
            <translation>IATI: nombre del publicador (predeterminado: el nombre del catálogo).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>export FILE    write the catalogue (or the filtered part) as JSON, IATI XML or CSV</source>
            <translation>export FILE    escribe el catálogo (o la parte filtrada) como JSON, IATI XML o CSV</translation>
        </message>
        <message>
            <location filename="../src/cli/FacetsCommand.cpp" line="+42" />
            <source>--facet: unknown facet "%1" (expected one of: %2)</source>
            <translation>--facet: faceta desconocida "%1" (se esperaba una de: %2)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Facet</source>
            <translation>Faceta</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/cli/ShowCommand.cpp" line="+61" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Count</source>
            <translation>Recuento</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 initiatives match</source>
            <translation>%1 iniciativas coinciden</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Only this facet (country, region, programme-area, partner, ...).</source>
            <translation>Solo esta faceta (country, region, programme-area, partner, ...).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FACET</source>
            <translation>FACETA</translation>
        </message>
        <message>
            <location line="+7" />
            <source>facets         count initiatives per country, area, partner, ... under the filter</source>
            <translation>facets         cuenta las iniciativas por país, área, asociado, ... con el filtro aplicado</translation>
        </message>
        <message>
            <location filename="../src/cli/GenerateCommand.cpp" line="-57" />
            <source>generate: give the new catalogue's --db PATH</source>
            <translation>generate: indique --db RUTA para el nuevo catálogo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>generate: %1 already exists; give a new file</source>
            <translation>generate: %1 ya existe; indique un archivo nuevo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--initiatives: expected a number of initiatives, such as 1000000</source>
            <translation>--initiatives: se esperaba un número de iniciativas, como 1000000</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--seed: expected a whole number</source>
            <translation>--seed: se esperaba un número entero</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 of %2 initiatives written</source>
            <translation>%1 de %2 iniciativas escritas</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot create %1</source>
            <translation>No se puede crear %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Generated %1 synthetic initiatives (seed %2) into %3 in %4 s.</source>
            <translation>Se generaron %1 iniciativas sintéticas (semilla %2) en %3 en %4 s.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>How many initiatives to generate.</source>
            <translation>Cuántas iniciativas se generarán.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Seed: the same seed gives the same catalogue.</source>
            <translation>Semilla: la misma semilla produce el mismo catálogo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <location line="+8" />
            <source>generate       write a synthetic catalogue: --initiatives N --db PATH [--seed S]</source>
            <translation>generate       escribe un catálogo sintético: --initiatives N --db RUTA [--seed S]</translation>
        </message>
        <message>
            <location filename="../src/cli/HistoryCommand.cpp" line="-81" />
            <source>Only changes on or after DATE (YYYY-MM-DD, or with a time: YYYY-MM-DDTHH:MM, UTC).</source>
            <translation>Solo los cambios realizados a partir de FECHA inclusive (AAAA-MM-DD o, con hora, AAAA-MM-DDTHH:MM, UTC).</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/cli/TeamCommands.cpp" line="+142" />
            <source>DATE</source>
            <translation>FECHA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At most N changes (default 100).</source>
            <translation>Como máximo N cambios (predeterminado: 100).</translation>
        </message>
        <message>
            <location line="+22" />
            <source>history: give at most one initiative ID</source>
            <translation>history: indique como máximo un identificador de iniciativa</translation>
        </message>
        <message>
            <location line="+7" />
            <source>history: --limit takes a number of 1 or more, not "%1"</source>
            <translation>history: --limit admite un número igual o mayor que 1, no "%1"</translation>
        </message>
        <message>
            <location line="+9" />
            <source>history: --since takes a date as YYYY-MM-DD, not "%1"</source>
            <translation>history: --since admite una fecha en formato AAAA-MM-DD, no "%1"</translation>
        </message>
        <message>
            <location line="+39" />
            <source>When (UTC)</source>
            <translation>Fecha (UTC)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <location line="+22" />
            <source>No changes recorded</source>
            <translation>No se han registrado cambios</translation>
        </message>
        <message>
            <location line="+11" />
            <source>history [ID]   who changed what and when (--since DATE, --format)</source>
            <translation>history [ID]   quién cambió qué y cuándo (--since FECHA, --format)</translation>
        </message>
        <message>
            <location filename="../src/cli/ImportCommand.cpp" line="+133" />
            <source>import FILE    add an IATI activity file, a CSV file or a catalogue file (JSON)</source>
            <translation>import FILE    añade un archivo de actividades IATI, un archivo CSV o un archivo de catálogo (JSON)</translation>
        </message>
        <message>
            <location filename="../src/cli/InitiativeText.cpp" line="+30" />
            <location filename="../src/cli/ListCommand.cpp" line="+0" />
            <location filename="../src/cli/TeamCommands.cpp" line="-40" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>IATI identifier</source>
            <translation>Identificador IATI</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/cli/ListCommand.cpp" line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity type</source>
            <translation>Tipo de actividad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Modalities</source>
            <translation>Modalidades</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../src/cli/ListCommand.cpp" line="-1" />
            <source>Programme areas</source>
            <translation>Áreas programáticas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Partner</source>
            <translation>Asociado</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../src/cli/ListCommand.cpp" line="+1" />
            <source>Funding</source>
            <translation>Financiación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SDGs</source>
            <translation>ODS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beneficiaries</source>
            <translation>Beneficiarios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <location filename="../src/cli/ListCommand.cpp" line="-64" />
            <source>--sort: unknown column "%1" (expected title, countries, areas, partners, funding, years, status, type or id)</source>
            <translation>--sort: columna desconocida "%1" (se esperaba title, countries, areas, partners, funding, years, status, type o id)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--limit: expected a whole number, 0 for all</source>
            <translation>--limit: se esperaba un número entero, 0 para todas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--offset: expected a whole number</source>
            <translation>--offset: se esperaba un número entero</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Countries</source>
            <translation>Países</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partners</source>
            <translation>Asociados</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Years</source>
            <translation>Años</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 of %2 initiatives</source>
            <translation>%1 de %2 iniciativas</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Sort by title, countries, areas, partners, funding, years, status, type or id.</source>
            <translation>Ordena por title, countries, areas, partners, funding, years, status, type o id.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>COLUMN</source>
            <translation>COLUMNA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sort in descending order.</source>
            <translation>Ordena de forma descendente.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At most N rows (default 50; 0 for all).</source>
            <translation>Como máximo N filas (predeterminado: 50; 0 para todas).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skip the first N rows.</source>
            <translation>Omite las primeras N filas.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>list           list initiatives matching the filter flags</source>
            <translation>list           enumera las iniciativas que cumplen las opciones de filtro</translation>
        </message>
        <message>
            <location filename="../src/cli/ReportCommand.cpp" line="-20" />
            <source>pdf, html, md, csv, xlsx or json (default: from the file name).</source>
            <translation>pdf, html, md, csv, xlsx o json (predeterminado: según el nombre del archivo).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The report file to write.</source>
            <translation>Archivo del informe que se escribirá.</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+4" />
            <location filename="../src/cli/TeamCommands.cpp" line="+41" />
            <source>FILE</source>
            <translation>ARCHIVO</translation>
        </message>
        <message>
            <location line="-3" />
            <source>The report's title (default: the filter in words).</source>
            <translation>Título del informe (predeterminado: el filtro expresado en palabras).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TITLE</source>
            <translation>TÍTULO</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An image drawn at the top of the first page (PDF, HTML).</source>
            <translation>Imagen que se dibuja en la parte superior de la primera página (PDF, HTML).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A paragraph under the title (PDF, HTML).</source>
            <translation>Párrafo bajo el título (PDF, HTML).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TEXT</source>
            <translation>TEXTO</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sections to include, comma-separated: headline, breakdowns, charts, initiatives, sources (default: all).</source>
            <translation>Secciones que se incluirán, separadas por comas: headline, breakdowns, charts, initiatives, sources (predeterminado: todas).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>LIST</source>
            <translation>LISTA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF paper size: a4 (default) or letter.</source>
            <translation>Tamaño del papel del PDF: a4 (predeterminado) o letter.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>SIZE</source>
            <translation>TAMAÑO</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF in landscape orientation.</source>
            <translation>PDF en orientación horizontal.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List at most N initiatives, or "all" (default: 1000 in PDF, HTML and Markdown, all in CSV, XLSX and JSON). The figures always cover every initiative.</source>
            <translation>Enumera como máximo N iniciativas, o "all" (predeterminado: 1000 en PDF, HTML y Markdown; todas en CSV, XLSX y JSON). Las cifras siempre abarcan todas las iniciativas.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>report: give the file to write with --output FILE</source>
            <translation>report: indique el archivo que se escribirá con --output ARCHIVO</translation>
        </message>
        <message>
            <location line="+6" />
            <source>report: cannot tell the format from "%1"</source>
            <translation>report: no se puede determinar el formato a partir de "%1"</translation>
        </message>
        <message>
            <location line="+1" />
            <source>report: unknown --format "%1"</source>
            <translation>report: --format desconocido "%1"</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (expected %1)</source>
            <translation> (se esperaba %1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>report: %1 needs the graphical libraries</source>
            <translation>report: %1 necesita las bibliotecas gráficas</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--logo: "%1" is not an image that can be read</source>
            <translation>--logo: "%1" no es una imagen legible</translation>
        </message>
        <message>
            <location line="+17" />
            <source>--sections: unknown section "%1" (expected headline, breakdowns, charts, initiatives or sources)</source>
            <translation>--sections: sección desconocida "%1" (se esperaba headline, breakdowns, charts, initiatives o sources)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--paper: expected a4 or letter, not "%1"</source>
            <translation>--paper: se esperaba a4 o letter, no "%1"</translation>
        </message>
        <message>
            <location line="+16" />
            <source>--list-limit: expected a number of initiatives or "all", not "%1"</source>
            <translation>--list-limit: se esperaba un número de iniciativas o "all", no "%1"</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Wrote a report on %1 initiatives to %2 in %3 s.</source>
            <translation>Se escribió un informe sobre %1 iniciativas en %2 en %3 s.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>report         write a summary report of the filtered initiatives: --output FILE
                 (PDF, HTML, Markdown, CSV, XLSX or JSON, from the extension)</source>
            <translation>report         escribe un informe resumido de las iniciativas filtradas: --output ARCHIVO
                 (PDF, HTML, Markdown, CSV, XLSX o JSON, según la extensión)</translation>
        </message>
        <message>
            <location filename="../src/cli/ShowCommand.cpp" line="-29" />
            <source>show: give one initiative ID (see `ssc-catalogue list`)</source>
            <translation>show: indique un identificador de iniciativa (véase `ssc-catalogue list`)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>show: no initiative "%1" in %2</source>
            <translation>show: no hay ninguna iniciativa "%1" en %2</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../src/cli/TeamCommands.cpp" line="-41" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="+14" />
            <source>show ID        everything about one initiative</source>
            <translation>show ID        muestra toda la información de una iniciativa</translation>
        </message>
        <message>
            <location filename="../src/cli/TeamCommands.cpp" line="-114" />
            <source>The team catalogue's PostgreSQL database, as libpq takes it: postgresql://user@host:port/dbname?sslmode=prefer. The password comes from ~/.pgpass or PGPASSWORD.</source>
            <translation>Base de datos PostgreSQL del catálogo del equipo, en el formato que admite libpq: postgresql://user@host:port/dbname?sslmode=prefer. La contraseña se toma de ~/.pgpass o de PGPASSWORD.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Publish this local catalogue to the new team catalogue; it becomes a copy that syncs.</source>
            <translation>Publica este catálogo local en el nuevo catálogo del equipo; el catálogo local pasa a ser una copia que se sincroniza.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Note: the connection to the team catalogue is not encrypted (no TLS); use sslmode=require where the network is not trusted.</source>
            <translation>Nota: la conexión con el catálogo del equipo no está cifrada (sin TLS); use sslmode=require si la red no es de confianza.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Received %1, sent %2, merged %3, in conflict %4</source>
            <translation>Recibidos: %1, enviados: %2, fusionados: %3, en conflicto: %4</translation>
        </message>
        <message>
            <location line="+7" />
            <source>See them with `ssc-catalogue conflicts`; settle each with `ssc-catalogue resolve ID FIELD --mine|--theirs`.</source>
            <translation>Véalos con `ssc-catalogue conflicts`; resuelva cada uno con `ssc-catalogue resolve ID FIELD --mine|--theirs`.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>server: the only action is `server init`</source>
            <translation>server: la única acción es `server init`</translation>
        </message>
        <message>
            <location line="+2" />
            <source>server init: give --server URL</source>
            <translation>server init: indique --server URL</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Created the team catalogue</source>
            <translation>Se creó el catálogo del equipo</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Published %n initiative(s) from %1; it is now a copy that syncs</source>
            <translation>
                <numerusform>Se publicó %n iniciativa de %1; ahora es una copia que se sincroniza</numerusform>
                <numerusform>Se publicaron %n iniciativas de %1; ahora es una copia que se sincroniza</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>clone: give --server URL and --db PATH</source>
            <translation>clone: indique --server URL y --db RUTA</translation>
        </message>
        <message>
            <location line="+6" />
            <source>clone: %1</source>
            <translation>clone: %1</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Mine</source>
            <translation>Mi valor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>Valor del equipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Cambiado por</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No conflicts</source>
            <translation>No hay conflictos</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Keep the value here (sent by the next sync).</source>
            <translation>Conserva el valor local (se envía en la próxima sincronización).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take the team catalogue's value.</source>
            <translation>Toma el valor del catálogo del equipo.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>resolve: give ID FIELD and one of --mine or --theirs</source>
            <translation>resolve: indique ID FIELD y una de las opciones --mine o --theirs</translation>
        </message>
        <message>
            <location line="+6" />
            <source>resolve: %1</source>
            <translation>resolve: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kept yours; the next sync sends it</source>
            <translation>Se conservó su valor; la próxima sincronización lo enviará</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Took theirs</source>
            <translation>Se tomó el valor del equipo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The records changed on or after DATE (YYYY-MM-DD, UTC); without it, in a copy of a team catalogue, those changed since the last sync.</source>
            <translation>Los registros modificados a partir de FECHA inclusive (AAAA-MM-DD, UTC); sin esta opción, en una copia de un catálogo del equipo, los modificados desde la última sincronización.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The bundle file to write.</source>
            <translation>Archivo de paquete que se escribirá.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>bundle: give --output FILE</source>
            <translation>bundle: indique --output ARCHIVO</translation>
        </message>
        <message>
            <location line="+9" />
            <source>bundle: --since takes a date as YYYY-MM-DD, not "%1"</source>
            <translation>bundle: --since admite una fecha en formato AAAA-MM-DD, no "%1"</translation>
        </message>
        <message>
            <location line="+9" />
            <source>bundle: %1</source>
            <translation>bundle: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Wrote %n changed initiative(s) to %1</source>
            <translation>
                <numerusform>Se escribió %n iniciativa modificada en %1</numerusform>
                <numerusform>Se escribieron %n iniciativas modificadas en %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>server init    make a PostgreSQL database a team catalogue (--server URL [--from PATH])</source>
            <translation>server init    convierte una base de datos PostgreSQL en un catálogo del equipo (--server URL [--from RUTA])</translation>
        </message>
        <message>
            <location line="+10" />
            <source>clone          a local copy of a team catalogue (--server URL --db PATH)</source>
            <translation>clone          crea una copia local de un catálogo del equipo (--server URL --db RUTA)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>sync           send and receive changes with the team catalogue</source>
            <translation>sync           envía y recibe cambios del catálogo del equipo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>bundle         changes as a file to carry (--since DATE --output FILE); import applies it</source>
            <translation>bundle         guarda los cambios en un archivo para transportarlos (--since FECHA --output ARCHIVO); import los aplica</translation>
        </message>
        <message>
            <location line="+10" />
            <source>conflicts      fields changed here and in the team catalogue, both values</source>
            <translation>conflicts      campos modificados aquí y en el catálogo del equipo, con ambos valores</translation>
        </message>
        <message>
            <location line="+9" />
            <source>resolve ID FIELD  settle a conflict: --mine or --theirs</source>
            <translation>resolve ID FIELD  resuelve un conflicto: --mine o --theirs</translation>
        </message>
    </context>
    <context>
        <name>CsvExport</name>
        <message>
            <location filename="../src/core/io/csv/CsvExport.cpp" line="+95" />
            <location line="+13" />
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
    </context>
    <context>
        <name>CsvImporter</name>
        <message>
            <location filename="../src/core/io/csv/CsvImporter.cpp" line="+47" />
            <source>line %1 has %2 cells where the header row has %3 (cells past the header were not read, missing ones are empty)</source>
            <translation>la línea %1 tiene %2 celdas y la fila de encabezado tiene %3 (las celdas más allá del encabezado no se leyeron, las que faltan quedan vacías)</translation>
        </message>
        <message>
            <location line="+69" />
            <source>the id column is empty</source>
            <translation>la columna id está vacía</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the title column is empty</source>
            <translation>la columna title está vacía</translation>
        </message>
        <message>
            <location line="+62" />
            <source>funding amount "%1" is not a number</source>
            <translation>el importe de financiación "%1" no es un número</translation>
        </message>
        <message>
            <location line="+52" />
            <source>%1 is empty (expected a header row naming the columns)</source>
            <translation>%1 está vacío (se esperaba una fila de encabezado con los nombres de las columnas)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 line %2: column "%3" is not an import column and was not read (expected: %4)</source>
            <translation>%1 línea %2: la columna "%3" no es una columna de importación y no se leyó (se esperaba: %4)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 line %2: column "%3" is given twice</source>
            <translation>%1 línea %2: la columna "%3" aparece dos veces</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 line %2: there is no "%3" column (the header row must name at least id and title)</source>
            <translation>%1 línea %2: no hay ninguna columna "%3" (la fila de encabezado debe incluir al menos id y title)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Spreadsheet %1</source>
            <translation>Hoja de cálculo %1</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <location filename="../src/core/base/CsvReader.cpp" line="+58" />
            <source>line %1, column %2: control character U+%3 removed</source>
            <translation>línea %1, columna %2: se eliminó el carácter de control U+%3</translation>
        </message>
        <message>
            <location line="+10" />
            <source>line %1, column %2: bytes that are not UTF-8 were replaced by U+FFFD (expected a file saved as UTF-8)</source>
            <translation>línea %1, columna %2: bytes que no son UTF-8 se sustituyeron por U+FFFD (se esperaba un archivo guardado en UTF-8)</translation>
        </message>
        <message>
            <location line="+53" />
            <source>%1, line %2: a quoted field is not closed (expected a closing " before the end of file)</source>
            <translation>%1, línea %2: un campo entre comillas no está cerrado (se esperaba un " de cierre antes del final del archivo)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DefaultCatalogue</name>
        <message>
            <location filename="../src/core/catalogue/DefaultCatalogue.cpp" line="+31" />
            <source>Cannot create the folder for %1</source>
            <translation>No se puede crear la carpeta para %1</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Cannot finish creating %1 (its log is not empty)</source>
            <translation>No se puede terminar de crear %1 (su registro de transacciones no está vacío)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot create %1</source>
            <translation>No se puede crear %1</translation>
        </message>
    </context>
    <context>
        <name>DuplicateFinder</name>
        <message>
            <location filename="../src/core/catalogue/DuplicateFinder.cpp" line="+203" />
            <location line="+139" />
            <source>Stopped: no duplicates were looked for</source>
            <translation>Detenido: no se buscaron duplicados</translation>
        </message>
        <message>
            <location line="-59" />
            <source>same IATI identifier</source>
            <translation>mismo identificador IATI</translation>
        </message>
        <message>
            <location line="+13" />
            <source>same title</source>
            <translation>mismo título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>similar title (%1%)</source>
            <translation>título similar (%1 %)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>countries in common: %1</source>
            <translation>países en común: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>both in %1</source>
            <translation>ambos en %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>years overlap: %1-%2</source>
            <translation>años coincidentes: %1-%2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ongoing</source>
            <translation>en curso</translation>
        </message>
    </context>
    <context>
        <name>Facet</name>
        <message>
            <location filename="../src/core/query/FacetDefinitions.cpp" line="+22" />
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regions</source>
            <translation>Regiones</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 regions</source>
            <translation>Regiones (%1)</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <location line="+8" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Countries</source>
            <translation>Países</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 countries</source>
            <translation>Países (%1)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <location line="+8" />
            <source>Programme area</source>
            <translation>Área programática</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+8" />
            <source>Partner</source>
            <translation>Asociado</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Partners</source>
            <translation>Asociados</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+6" />
            <source>Funding source</source>
            <translation>Fuente de financiación</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Funding sources</source>
            <translation>Fuentes de financiación</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <location line="+7" />
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+5" />
            <source>Activity type</source>
            <translation>Tipo de actividad</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>SDG</source>
            <translation>ODS</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+4" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
    </context>
    <context>
        <name>FacetIndex</name>
        <message>
            <location filename="../src/core/index/FacetIndexFile.cpp" line="+75" />
            <source>The saved facet index is damaged</source>
            <translation>El índice de facetas guardado está dañado</translation>
        </message>
        <message>
            <location filename="../src/core/index/FacetIndexWrites.cpp" line="+150" />
            <source>Row id %1 is out of range</source>
            <translation>El identificador de fila %1 está fuera del intervalo</translation>
        </message>
    </context>
    <context>
        <name>FacetSection</name>
        <message>
            <location filename="../src/gui/FacetSection.ui" line="+26" />
            <source>Show or hide this section</source>
            <translation>Mostrar u ocultar esta sección</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Clear this section's selection</source>
            <translation>Borrar la selección de esta sección</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Which part the checked countries and regions play</source>
            <translation>Qué función desempeñan los países y regiones marcados</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Find…</source>
            <translation>Buscar…</translation>
        </message>
    </context>
    <context>
        <name>FieldEdit</name>
        <message>
            <location filename="../src/core/catalogue/FieldEdit.cpp" line="+57" />
            <source>%1=%2: expected %3:ROLE, for example %4</source>
            <translation>%1=%2: se esperaba %3:FUNCIÓN, por ejemplo %4</translation>
        </message>
        <message>
            <location line="+23" />
            <source>%1=%2: the initiative does not have it</source>
            <translation>%1=%2: la iniciativa no lo tiene</translation>
        </message>
        <message>
            <location line="+25" />
            <source>"%1": expected FIELD=VALUE, for example status=completed</source>
            <translation>"%1": se esperaba CAMPO=VALOR, por ejemplo status=completed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is not a field that can be edited; expected one of: %2</source>
            <translation>"%1" no es un campo editable; se esperaba uno de: %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 holds one value: use --set %1=VALUE (an empty value clears it)</source>
            <translation>%1 contiene un solo valor: use --set %1=VALOR (un valor vacío lo borra)</translation>
        </message>
    </context>
    <context>
        <name>FileCommit</name>
        <message>
            <location filename="../src/core/base/FileCommit.cpp" line="+15" />
            <source>the file could not be written in full</source>
            <translation>no se pudo escribir el archivo completo</translation>
        </message>
    </context>
    <context>
        <name>FileFormats</name>
        <message>
            <location filename="../src/core/io/FileFormats.cpp" line="+36" />
            <source>export: no initiative matches the filter</source>
            <translation>export: ninguna iniciativa cumple el filtro</translation>
        </message>
        <message>
            <location line="+138" />
            <source> or </source>
            <translation> o </translation>
        </message>
    </context>
    <context>
        <name>FilterOptions</name>
        <message>
            <location filename="../src/cli/FilterOptions.cpp" line="+37" />
            <source>--%1: "%2" is not a year (expected a year such as 2015)</source>
            <translation>--%1: "%2" no es un año (se esperaba un año, como 2015)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>--%1: unknown country "%2" (expected an ISO code such as ET or a name such as Ethiopia)</source>
            <translation>--%1: país desconocido "%2" (se esperaba un código ISO, como ET, o un nombre en inglés, como Ethiopia)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--%1: unknown region "%2" (expected a UN M49 region or sub-region such as Africa, Eastern Africa or 002)</source>
            <translation>--%1: región desconocida "%2" (se esperaba una región o subregión UN M49, por código o por nombre en inglés, como Africa, Eastern Africa o 002)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--%1: unknown programme area "%2" (expected an id or name such as health or "Child protection")</source>
            <translation>--%1: área programática desconocida "%2" (se esperaba un identificador o un nombre en inglés, como health o "Child protection")</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--%1: no organisation "%2" in the catalogue (expected an organisation id, acronym or name; `facets` lists them)</source>
            <translation>--%1: no hay ninguna organización "%2" en el catálogo (se esperaba un identificador, una sigla o un nombre de organización; `facets` las enumera)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--%1: unknown %2 "%3" (expected one of: %4)</source>
            <translation>--%1: valor "%3" desconocido para %2 (se esperaba uno de: %4)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--%1: "%2" is not an SDG goal (expected a number 1-17)</source>
            <translation>--%1: "%2" no es un objetivo de los ODS (se esperaba un número del 1 al 17)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--%1: unknown value "%2"</source>
            <translation>--%1: valor desconocido "%2"</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Start from the search saved under NAME in the catalogue (the window's Saved searches); the other flags apply on top.</source>
            <translation>Parte de la búsqueda guardada con el nombre NOMBRE en el catálogo (Búsquedas guardadas, en la ventana); las demás opciones se aplican además.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>NAME</source>
            <translation>NOMBRE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Country role for --country and --region: provider, recipient, facilitator, host, participant.</source>
            <translation>Función de los países para --country y --region: provider, recipient, facilitator, host, participant.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ROLE</source>
            <translation>FUNCIÓN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active in or after YEAR.</source>
            <translation>Activas en AÑO o después.</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>YEAR</source>
            <translation>AÑO</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active in or before YEAR.</source>
            <translation>Activas en AÑO o antes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Words to find in titles, texts, partners and countries.</source>
            <translation>Palabras que se buscarán en títulos, textos, asociados y países.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>TEXT</source>
            <translation>TEXTO</translation>
        </message>
        <message>
            <location line="+21" />
            <source>--saved: no saved search "%1" in %2 (saved: %3)</source>
            <translation>--saved: no hay ninguna búsqueda guardada "%1" en %2 (guardadas: %3)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <location line="+28" />
            <source>--role: unknown %1 "%2" (expected one of: %3)</source>
            <translation>--role: valor "%2" desconocido para %1 (se esperaba uno de: %3)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--role: give one role (provider, recipient, facilitator, host or participant)</source>
            <translation>--role: indique una función (provider, recipient, facilitator, host o participant)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>--from %1 is after --to %2</source>
            <translation>--from %1 es posterior a --to %2</translation>
        </message>
        <message>
            <location filename="../src/core/query/FacetDefinitions.cpp" line="-66" />
            <source>REGION</source>
            <translation>REGIÓN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UN M49 region or sub-region (code or name; repeatable).</source>
            <translation>Región o subregión UN M49 (código o nombre; repetible).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>COUNTRY</source>
            <translation>PAÍS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Initiatives involving COUNTRY (ISO code or name; repeatable).</source>
            <translation>Iniciativas en las que participa PAÍS (código ISO o nombre; repetible).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>AREA</source>
            <translation>ÁREA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Programme area id or name; includes its sub-areas (repeatable).</source>
            <translation>Identificador o nombre del área programática; incluye sus subáreas (repetible).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>PARTNER</source>
            <translation>ASOCIADO</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner organisation id, acronym or name (repeatable).</source>
            <translation>Identificador, sigla o nombre de la organización asociada (repetible).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>SOURCE</source>
            <translation>FUENTE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding source id, acronym or name (repeatable).</source>
            <translation>Identificador, sigla o nombre de la fuente de financiación (repetible).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>MODALITY</source>
            <translation>MODALIDAD</translation>
        </message>
        <message>
            <location line="+1" />
            <source>knowledge-exchange, technical-assistance, technology-exchange, resource-exchange.</source>
            <translation>knowledge-exchange, technical-assistance, technology-exchange, resource-exchange.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>TYPE</source>
            <translation>TIPO</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity type, e.g. conference, webinar, study-tour.</source>
            <translation>Tipo de actividad, p. ej., conference, webinar, study-tour.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>GOAL</source>
            <translation>OBJETIVO</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SDG goal 1-17 (repeatable).</source>
            <translation>Objetivo de los ODS, del 1 al 17 (repetible).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>STATUS</source>
            <translation>ESTADO</translation>
        </message>
        <message>
            <location line="+1" />
            <source>planned, ongoing or completed.</source>
            <translation>planned, ongoing o completed.</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <location filename="../src/gui/FilterPanel.ui" line="+17" />
            <source>Clear every filter and the search (Ctrl+Shift+Backspace)</source>
            <translation>Borrar todos los filtros y la búsqueda (Ctrl+Shift+Backspace)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>C&amp;lear all</source>
            <translation>&amp;Borrar todo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Hide the values that no initiative under the current filter has</source>
            <translation>Ocultar los valores que no aparecen en ninguna iniciativa con el filtro actual</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hide values with &amp;no matches</source>
            <translation>Ocultar valores sin &amp;coincidencias</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Years</source>
            <translation>Añ&amp;os</translation>
        </message>
        <message>
            <location line="+10" />
            <source>From year</source>
            <translation>Desde el año</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives running in or after this year</source>
            <translation>Iniciativas activas en este año o después</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+32" />
            <source>any</source>
            <translation>cualquiera</translation>
        </message>
        <message>
            <location line="-6" />
            <source>To year</source>
            <translation>Hasta el año</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives running in or before this year</source>
            <translation>Iniciativas activas en este año o antes</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Clear the years</source>
            <translation>Borrar los años</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Filter panes</source>
            <translation>Paneles de filtros</translation>
        </message>
    </context>
    <context>
        <name>IatiActivityReader</name>
        <message>
            <location filename="../src/core/io/iati/IatiActivityReader.cpp" line="+51" />
            <source>element %1 uses the undeclared namespace prefix "%2"; skipped</source>
            <translation>el elemento %1 usa el prefijo de espacio de nombres no declarado "%2"; se omite</translation>
        </message>
        <message>
            <location line="+4" />
            <source>extension elements of namespace %1 are not read</source>
            <translation>no se leen los elementos de extensión del espacio de nombres %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>%1, line %2: %3</source>
            <translation>%1, línea %2: %3</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is not well-formed XML: line %2, column %3: %4</source>
            <translation>%1 no es XML bien formado: línea %2, columna %3: %4</translation>
        </message>
        <message>
            <location line="+16" />
            <source>version %1 is given on the activity only, not on iati-activities</source>
            <translation>la versión %1 se indica solo en la actividad, no en iati-activities</translation>
        </message>
        <message>
            <location line="+144" />
            <source>unknown catalogue element %1; skipped</source>
            <translation>elemento de catálogo desconocido %1; se omite</translation>
        </message>
        <message>
            <location line="+21" />
            <source>the activity at line %1</source>
            <translation>la actividad de la línea %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>activity %1</source>
            <translation>actividad %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: the text of &lt;%2&gt; is longer than %3 characters, the most one field may hold</source>
            <translation>%1: el texto de &lt;%2&gt; supera los %3 caracteres, el máximo para un campo</translation>
        </message>
    </context>
    <context>
        <name>IatiImporter</name>
        <message>
            <location filename="../src/core/io/iati/IatiImporter.cpp" line="+18" />
            <source>IATI activity file %1</source>
            <translation>Archivo de actividades IATI %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
    </context>
    <context>
        <name>IatiMapping</name>
        <message>
            <location filename="../src/core/io/iati/IatiMapping.cpp" line="+59" />
            <source>language "%1" is not an ISO 639-1 code; left out</source>
            <translation>el idioma "%1" no es un código ISO 639-1; se omite</translation>
        </message>
        <message>
            <location line="+25" />
            <source>description type "%1" is not in the DescriptionType codelist; read as general</source>
            <translation>el tipo de descripción "%1" no figura en la lista de códigos DescriptionType; se lee como general</translation>
        </message>
        <message>
            <location line="+54" />
            <source>activity-status "%1" is not in the ActivityStatus codelist; status left empty</source>
            <translation>activity-status "%1" no figura en la lista de códigos ActivityStatus; el estado se deja vacío</translation>
        </message>
        <message>
            <location line="+6" />
            <source>activity-status %1 (%2) has no catalogue status; left empty</source>
            <translation>activity-status %1 (%2) no corresponde a ningún estado del catálogo; se deja vacío</translation>
        </message>
        <message>
            <location line="+20" />
            <source>activity-date type "%1" is not in the ActivityDateType codelist; left out</source>
            <translation>el tipo de activity-date "%1" no figura en la lista de códigos ActivityDateType; se omite</translation>
        </message>
        <message>
            <location line="+8" />
            <source>activity-date "%1" is not a date (expected YYYY-MM-DD); left out</source>
            <translation>activity-date "%1" no es una fecha (se esperaba AAAA-MM-DD); se omite</translation>
        </message>
        <message>
            <location line="+13" />
            <source>an end date %1 is given without a start date; left out</source>
            <translation>se indica una fecha de finalización %1 sin fecha de inicio; se omite</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the end date %1 is before the start date %2; left out</source>
            <translation>la fecha de finalización %1 es anterior a la fecha de inicio %2; se omite</translation>
        </message>
        <message>
            <location line="+14" />
            <source>participating-org role "%1" is not in the OrganisationRole codelist; organisation left out</source>
            <translation>la función "%1" de participating-org no figura en la lista de códigos OrganisationRole; se omite la organización</translation>
        </message>
        <message>
            <location line="+32" />
            <source>recipient-country %1 percentage</source>
            <translation>porcentaje de recipient-country %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>recipient-country "%1" is a region (%2), not a country; left out</source>
            <translation>recipient-country "%1" es una región (%2), no un país; se omite</translation>
        </message>
        <message>
            <location line="+7" />
            <source>recipient-country "%1" (%2) is withdrawn from the Country codelist</source>
            <translation>recipient-country "%1" (%2) se ha retirado de la lista de códigos Country</translation>
        </message>
        <message>
            <location line="+6" />
            <source>recipient-country "%1" is not a current ISO 3166-1 country code; left out</source>
            <translation>recipient-country "%1" no es un código de país ISO 3166-1 vigente; se omite</translation>
        </message>
        <message>
            <location line="+8" />
            <source>recipient-country %1 is given twice; the first is kept</source>
            <translation>recipient-country %1 aparece dos veces; se conserva el primero</translation>
        </message>
        <message>
            <location line="+7" />
            <source>recipient-country %1 percentage %2 is not between 0 and 100; left out</source>
            <translation>el porcentaje %2 de recipient-country %1 no está entre 0 y 100; se omite</translation>
        </message>
        <message>
            <location line="+11" />
            <source>recipient-region percentage</source>
            <translation>porcentaje de recipient-region</translation>
        </message>
        <message>
            <location line="+5" />
            <source>recipient-country and recipient-region</source>
            <translation>recipient-country y recipient-region</translation>
        </message>
        <message>
            <location line="+35" />
            <source>iati-identifier "%1" has characters a catalogue key cannot hold; kept as published, with the key "%2"</source>
            <translation>iati-identifier "%1" contiene caracteres que una clave del catálogo no admite; se conserva tal como se publicó, con la clave "%2"</translation>
        </message>
        <message>
            <location line="+9" />
            <source>version "%1" is not an IATI version; read as 2.03</source>
            <translation>la versión "%1" no es una versión de IATI; se lee como 2.03</translation>
        </message>
        <message>
            <location line="+31" />
            <source>iati-identifier is missing</source>
            <translation>falta iati-identifier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the activity has no title</source>
            <translation>la actividad no tiene título</translation>
        </message>
        <message>
            <location filename="../src/core/io/iati/IatiMappingParts.h" line="+86" />
            <source>%1 "%2" is not a number; left out</source>
            <translation>%1 "%2" no es un número; se omite</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 "%2" has spaces inside; read as %3</source>
            <translation>%1 "%2" contiene espacios; se lee como %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 "%2" has no leading digit; read as %3</source>
            <translation>%1 "%2" no empieza por un dígito; se lee como %3</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 percentages add up to %2, not 100</source>
            <translation>los porcentajes de %1 suman %2, no 100</translation>
        </message>
        <message>
            <location line="+28" />
            <source>%1 ref "%2" has characters an identifier cannot hold; read as "%3"</source>
            <translation>la ref "%2" de %1 contiene caracteres que un identificador no admite; se lee como "%3"</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 has neither a ref nor a name; left out</source>
            <translation>%1 no tiene ref ni nombre; se omite</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 "%2" has the unknown organisation type "%3"</source>
            <translation>%1 "%2" tiene un tipo de organización desconocido: "%3"</translation>
        </message>
        <message>
            <location filename="../src/core/io/iati/IatiSectorsAndFunding.cpp" line="+22" />
            <source>%1 "%2" is not an SDG goal or target; left out</source>
            <translation>%1 "%2" no es un objetivo ni una meta de los ODS; se omite</translation>
        </message>
        <message>
            <location line="+14" />
            <source>sector %1 percentage</source>
            <translation>porcentaje del sector %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>sector "%1" is not in the %2 codelist; left out</source>
            <translation>el sector "%1" no figura en la lista de códigos %2; se omite</translation>
        </message>
        <message>
            <location line="+6" />
            <source>sector %1 (%2) is withdrawn from the %3 codelist</source>
            <translation>el sector %1 (%2) se ha retirado de la lista de códigos %3</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+23" />
            <source>sector (vocabulary %1)</source>
            <translation>sector (vocabulario %1)</translation>
        </message>
        <message>
            <location line="-16" />
            <source>programme area "%1" is not in data/programme-areas.json; left out</source>
            <translation>el área programática "%1" no figura en data/programme-areas.json; se omite</translation>
        </message>
        <message>
            <location line="+7" />
            <source>sector vocabulary "%1" is not in the SectorVocabulary codelist</source>
            <translation>el vocabulario de sectores "%1" no figura en la lista de códigos SectorVocabulary</translation>
        </message>
        <message>
            <location line="+12" />
            <source>tag (vocabulary %1)</source>
            <translation>tag (vocabulario %1)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>collaboration-type "%1" is not in the CollaborationType codelist</source>
            <translation>collaboration-type "%1" no figura en la lista de códigos CollaborationType</translation>
        </message>
        <message>
            <location line="+48" />
            <source>%1 value</source>
            <translation>valor de %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 value %2 has no currency and the activity no default-currency; the amount is left out</source>
            <translation>el valor %2 de %1 no tiene moneda y la actividad no tiene default-currency; se omite el importe</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 currency "%2" is not an ISO 4217 code; the amount is left out</source>
            <translation>la moneda "%2" de %1 no es un código ISO 4217; se omite el importe</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 currency %2 is withdrawn from the Currency codelist</source>
            <translation>la moneda %2 de %1 se ha retirado de la lista de códigos Currency</translation>
        </message>
        <message>
            <location line="+53" />
            <source>the %1 amounts from %2 add up to %3, below zero; left out</source>
            <translation>los importes en %1 de %2 suman %3, una cifra negativa; se omiten</translation>
        </message>
        <message>
            <location line="+8" />
            <source>funding is given in several currencies (%1); each is kept on its own</source>
            <translation>la financiación se indica en varias monedas (%1); cada una se conserva por separado</translation>
        </message>
    </context>
    <context>
        <name>IatiWriter</name>
        <message>
            <location filename="../src/core/io/iati/IatiWriter.cpp" line="+288" />
            <source>no status (IATI requires activity-status)</source>
            <translation>sin estado (IATI exige activity-status)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no start date (IATI requires an activity-date)</source>
            <translation>sin fecha de inicio (IATI exige un activity-date)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no partner organisation (IATI requires a participating-org)</source>
            <translation>sin organización asociada (IATI exige un participating-org)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no description or summary (IATI requires a description)</source>
            <translation>sin descripción ni resumen (IATI exige una descripción)</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+61" />
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Export cancelled: %1 was not written</source>
            <translation>Exportación cancelada: no se escribió %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>a text holds a character XML cannot hold</source>
            <translation>un texto contiene un carácter que XML no admite</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <location filename="../src/cli/ImportCommand.cpp" line="-104" />
            <source>File format: iati, csv or json (default: from the file name or its content).</source>
            <translation>Formato de archivo: iati, csv o json (predeterminado: según el nombre del archivo o su contenido).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FORMAT</source>
            <translation>FORMATO</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check the file and print the report; write nothing.</source>
            <translation>Comprueba el archivo y muestra el informe; no escribe nada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For catalogue files: where a record differs from the catalogue's, take the file's (default: keep the catalogue's).</source>
            <translation>Para archivos de catálogo: cuando un registro difiere del que tiene el catálogo, toma el del archivo (predeterminado: conservar el del catálogo).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also save the import report to FILE (.json for JSON, else text).</source>
            <translation>Guarda también el informe de importación en ARCHIVO (.json para JSON; si no, texto).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FILE</source>
            <translation>ARCHIVO</translation>
        </message>
        <message>
            <location line="+11" />
            <source>import: give one FILE to import</source>
            <translation>import: indique un archivo que importar</translation>
        </message>
        <message>
            <location line="+10" />
            <source>import: %1</source>
            <translation>import: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied the change bundle %1: changed %2, already so %3, in conflict %4</source>
            <translation>Se aplicó el paquete de cambios %1: modificados: %2, ya al día: %3, en conflicto: %4</translation>
        </message>
        <message>
            <location line="+13" />
            <source>import: --format %1 is not a format (expected iati, csv or json)</source>
            <translation>import: --format %1 no es un formato (se esperaba iati, csv o json)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>import: cannot tell the format of %1; give --format iati, csv or json</source>
            <translation>import: no se puede determinar el formato de %1; indique --format iati, csv o json</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../src/gui/ImportDialog.ui" line="+9" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Conflicts: records the catalogue already holds in another version</source>
            <translation>Conflictos: registros que el catálogo ya contiene en otra versión</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Initiatives in both the file and the catalogue</source>
            <translation>Iniciativas presentes en el archivo y en el catálogo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tick a record to take the file's version; unticked records keep the catalogue's</source>
            <translation>Marque un registro para tomar la versión del archivo; los registros sin marcar conservan la del catálogo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Take theirs</source>
            <translation>Tomar el del archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier</source>
            <translation>Identificador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What differs</source>
            <translation>Diferencias</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Keep all mine</source>
            <translation>&amp;Conservar todos los del catálogo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Take all theirs</source>
            <translation>&amp;Tomar todos los del archivo</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Import report</source>
            <translation>Informe de importación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The import report: what was (or will be) added, updated, skipped or rejected, and why</source>
            <translation>Informe de importación: lo que se ha añadido, actualizado, omitido o rechazado (o se hará), y por qué</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Save Report…</source>
            <translation>&amp;Guardar informe…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <location filename="../src/core/io/ImportReport.cpp" line="+25" />
            <source>added</source>
            <translation>añadido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>updated</source>
            <translation>actualizado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unchanged, skipped</source>
            <translation>sin cambios, omitido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>rejected</source>
            <translation>rechazado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>conflict</source>
            <translation>conflicto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>conflict, catalogue's kept</source>
            <translation>conflicto, se conserva el del catálogo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>checked: nothing has been written</source>
            <translation>comprobado: no se ha escrito nada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>written to the catalogue</source>
            <translation>escrito en el catálogo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not written: the catalogue is unchanged</source>
            <translation>no escrito: el catálogo no ha cambiado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import of %1 (%2), %3
</source>
            <translation>Importación de %1 (%2), %3
</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added: %1   Updated: %2   Unchanged (skipped): %3   Rejected: %4   Conflicts: %5   Warnings: %6
</source>
            <translation>Añadidos: %1   Actualizados: %2   Sin cambios (omitidos): %3   Rechazados: %4   Conflictos: %5   Advertencias: %6
</translation>
        </message>
        <message>
            <location line="+15" />
            <source>line %1</source>
            <translation>línea %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Rejected</source>
            <translation>Rechazados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Warnings</source>
            <translation>Advertencias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Updated</source>
            <translation>Actualizados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unchanged (skipped)</source>
            <translation>Sin cambios (omitidos)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Added</source>
            <translation>Añadidos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>  ... and %1 more added (the report lists the first %2)
</source>
            <translation>  ... y %1 añadidos más (el informe enumera los %2 primeros)
</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+4" />
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ImportSpill</name>
        <message>
            <location filename="../src/core/io/ImportSpill.cpp" line="+192" />
            <source>Cannot keep the checked records in %1: %2</source>
            <translation>No se pueden conservar los registros comprobados en %1: %2</translation>
        </message>
    </context>
    <context>
        <name>IndexedQuery</name>
        <message>
            <location filename="../src/core/index/IndexedQuerySaved.cpp" line="-101" />
            <source>The saved index %1 is damaged; it is built again from the catalogue</source>
            <translation>El índice guardado %1 está dañado; se vuelve a construir a partir del catálogo</translation>
        </message>
    </context>
    <context>
        <name>InitiativeEditor</name>
        <message>
            <location filename="../src/gui/InitiativeEditor.ui" line="+13" />
            <source>&amp;General</source>
            <translation>&amp;General</translation>
        </message>
        <message>
            <location line="+5" />
            <source>I&amp;dentifier:</source>
            <translation>I&amp;dentificador:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The catalogue's key: letters, digits and . _ : / -</source>
            <translation>Clave del catálogo: letras, dígitos y . _ : / -</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>S&amp;ummary:</source>
            <translation>Res&amp;umen:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Descri&amp;ption:</source>
            <translation>Descri&amp;pción:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Status:</source>
            <translation>&amp;Estado:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>St&amp;art and end:</source>
            <translation>&amp;Inicio y fin:</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+6" />
            <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>AAAA, AAAA-MM o AAAA-MM-DD</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location line="+6" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Activity t&amp;ype:</source>
            <translation>Tipo de a&amp;ctividad:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Beneficiaries:</source>
            <translation>&amp;Beneficiarios:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Results:</source>
            <translation>&amp;Resultados:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Countries and partners</source>
            <translation>Países y &amp;asociados</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Co&amp;untries and their roles:</source>
            <translation>&amp;Países y sus funciones:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Countries and their roles</source>
            <translation>Países y sus funciones</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add countr&amp;y</source>
            <translation>Añadir paí&amp;s</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove country</source>
            <translation>Quitar país</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Partners and their roles:</source>
            <translation>Asociados y sus f&amp;unciones:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Partners and their roles</source>
            <translation>Asociados y sus funciones</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add pa&amp;rtner</source>
            <translation>Añadir aso&amp;ciado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove partner</source>
            <translation>Quitar asociado</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+43" />
            <source>New &amp;organisation…</source>
            <translation>&amp;Nueva organización…</translation>
        </message>
        <message>
            <location line="-42" />
            <source>Adds an organisation the catalogue does not have yet and chooses it in the selected row (or a new one); it is written with the initiative</source>
            <translation>Añade una organización que el catálogo aún no tiene y la elige en la fila seleccionada (o en una nueva); se escribe junto con la iniciativa</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Funding and translations</source>
            <translation>&amp;Financiación y traducciones</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fu&amp;nding:</source>
            <translation>Financ&amp;iación:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Funding</source>
            <translation>Financiación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who funds the initiative, and when known how much, in which currency (ISO 4217) and year</source>
            <translation>Quién financia la iniciativa y, cuando se conoce, cuánto, en qué moneda (ISO 4217) y en qué año</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add funding &amp;row</source>
            <translation>Añadir fi&amp;la de financiación</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove funding</source>
            <translation>Quitar financiación</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Adds an organisation the catalogue does not have yet and chooses it as the source of the selected row (or a new one); it is written with the initiative</source>
            <translation>Añade una organización que el catálogo aún no tiene y la elige como fuente de la fila seleccionada (o de una nueva); se escribe junto con la iniciativa</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Translations of the title and description:</source>
            <translation>&amp;Traducciones del título y la descripción:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Translations</source>
            <translation>Traducciones</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add translat&amp;ion</source>
            <translation>Añadir tra&amp;ducción</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove translation</source>
            <translation>Quitar traducción</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Areas, SDGs and sources</source>
            <translation>Áreas, &amp;ODS y fuentes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Programme a&amp;reas:</source>
            <translation>Á&amp;reas programáticas:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Programme areas</source>
            <translation>Áreas programáticas</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Modalities:</source>
            <translation>&amp;Modalidades:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Modalities</source>
            <translation>Modalidades</translation>
        </message>
        <message>
            <location line="+6" />
            <source>S&amp;DG goals and targets:</source>
            <translation>Objetivos y metas de los OD&amp;S:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>SDG goals and targets</source>
            <translation>Objetivos y metas de los ODS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick a goal, or open it (Right, or +) to tick its targets such as 3.2</source>
            <translation>Marque un objetivo, o ábralo (tecla Right o +) para marcar sus metas, como la 3.2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>S&amp;ources:</source>
            <translation>F&amp;uentes:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <location line="+11" />
            <source>What is wrong with the record</source>
            <translation>Problemas del registro</translation>
        </message>
    </context>
    <context>
        <name>InitiativeMerge</name>
        <message>
            <location filename="../src/core/catalogue/InitiativeMerge.cpp" line="+109" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Modalities</source>
            <translation>Modalidades</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Activity type</source>
            <translation>Tipo de actividad</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Countries</source>
            <translation>Países</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Programme areas</source>
            <translation>Áreas programáticas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Partners</source>
            <translation>Asociados</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Funding</source>
            <translation>Financiación</translation>
        </message>
        <message>
            <location line="+10" />
            <source>SDGs</source>
            <translation>ODS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Beneficiaries</source>
            <translation>Beneficiarios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI identifier</source>
            <translation>Identificador IATI</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Triangular</source>
            <translation>Triangular</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Translations</source>
            <translation>Traducciones</translation>
        </message>
    </context>
    <context>
        <name>InitiativeReader</name>
        <message>
            <location filename="../src/core/storage/InitiativeReader.cpp" line="+134" />
            <source>initiatives were removed while reading</source>
            <translation>se eliminaron iniciativas durante la lectura</translation>
        </message>
        <message>
            <location line="+134" />
            <location line="+81" />
            <source>Cannot read the catalogue: %1</source>
            <translation>No se puede leer el catálogo: %1</translation>
        </message>
        <message>
            <location line="-68" />
            <source>No initiative "%1" in the catalogue</source>
            <translation>No hay ninguna iniciativa "%1" en el catálogo</translation>
        </message>
        <message>
            <location line="+116" />
            <source>No organisation "%1" in the catalogue</source>
            <translation>No hay ninguna organización "%1" en el catálogo</translation>
        </message>
    </context>
    <context>
        <name>InitiativeWriter</name>
        <message>
            <location filename="../src/core/storage/InitiativeWriter.cpp" line="+74" />
            <source>Could not write %1: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
        <message>
            <location line="+50" />
            <source>source %1</source>
            <translation>fuente %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>organisation %1</source>
            <translation>organización %1</translation>
        </message>
        <message>
            <location line="+23" />
            <source>initiative %1</source>
            <translation>iniciativa %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Could not write initiative %1: organisation %2 is not in the catalogue</source>
            <translation>No se pudo escribir la iniciativa %1: la organización %2 no está en el catálogo</translation>
        </message>
    </context>
    <context>
        <name>InterfaceLanguage</name>
        <message>
            <location filename="../src/core/domain/InterfaceLanguage.cpp" line="+84" />
            <source>There is no translation for "%1"; the languages are %2</source>
            <translation>No hay traducción para "%1"; los idiomas son %2</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../src/core/domain/ReferenceNames.cpp" line="+73" />
            <source>English</source>
            <translation>inglés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>French</source>
            <translation>francés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spanish</source>
            <translation>español</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Portuguese</source>
            <translation>portugués</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arabic</source>
            <translation>árabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chinese</source>
            <translation>chino</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Russian</source>
            <translation>ruso</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../src/gui/MainWindow.ui" line="+9" />
            <source>SSC Catalogue</source>
            <translation>SSC Catalogue</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Words to find in titles, descriptions, partners and countries; the last word may be unfinished</source>
            <translation>Palabras que se buscarán en títulos, descripciones, asociados y países; la última palabra puede estar incompleta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search titles, descriptions, partners and countries (Ctrl+F)</source>
            <translation>Buscar en títulos, descripciones, asociados y países (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No filters: the whole catalogue is shown.</source>
            <translation>Sin filtros: se muestra todo el catálogo.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No initiatives match these filters.</source>
            <translation>Ninguna iniciativa cumple estos filtros.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Clear the filters</source>
            <translation>Borrar los filtros</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Views of the results</source>
            <translation>Vistas de los resultados</translation>
        </message>
        <message>
            <location line="+7" />
            <source>List</source>
            <translation>Lista</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives under the current filter; click a column title to sort, Enter to read the selected one</source>
            <translation>Iniciativas del filtro actual; haga clic en el título de una columna para ordenar y pulse Enter para leer la seleccionada</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Details and history of the selected initiative</source>
            <translation>Detalles e historial de la iniciativa seleccionada</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Details</source>
            <translation>&amp;Detalles</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Details of the selected initiative</source>
            <translation>Detalles de la iniciativa seleccionada</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hi&amp;story</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <location line="+3" />
            <source>History of the selected initiative</source>
            <translation>Historial de la iniciativa seleccionada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who changed this initiative, when, and each field from what to what</source>
            <translation>Quién modificó esta iniciativa, cuándo y cada campo, de qué valor a qué valor</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Filters</source>
            <translation>Filtros</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location line="+22" />
            <source>&amp;Open Catalogue…</source>
            <translation>&amp;Abrir catálogo…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open another catalogue file</source>
            <translation>Abrir otro archivo de catálogo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+O</source>
            <translation>Ctrl+O</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add initiatives from an IATI activity file, a CSV file or another catalogue file (you can also drop a file on the window)</source>
            <translation>Añadir iniciativas desde un archivo de actividades IATI, un archivo CSV u otro archivo de catálogo (también puede soltar un archivo en la ventana)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export to &amp;IATI…</source>
            <translation>Exportar a IA&amp;TI…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the initiatives shown as an IATI 2.03 activity file</source>
            <translation>Escribir las iniciativas mostradas como archivo de actividades IATI 2.03</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export Catalogue &amp;File…</source>
            <translation>Exportar archivo de &amp;catálogo…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the whole catalogue, its history and saved searches, as a catalogue file (JSON) to share or keep</source>
            <translation>Escribir todo el catálogo, con su historial y sus búsquedas guardadas, como archivo de catálogo (JSON) para compartirlo o conservarlo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Export Report…</source>
            <translation>Exportar in&amp;forme…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write a summary report of the initiatives shown (PDF, HTML, Markdown, CSV, XLSX or JSON)</source>
            <translation>Escribir un informe resumido de las iniciativas mostradas (PDF, HTML, Markdown, CSV, XLSX o JSON)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;New Catalogue…</source>
            <translation>&amp;Nuevo catálogo…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create an empty catalogue file</source>
            <translation>Crear un archivo de catálogo vacío</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Shift+N</source>
            <translation>Ctrl+Shift+N</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Clear All Filters</source>
            <translation>&amp;Borrar todos los filtros</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Shift+Backspace</source>
            <translation>Ctrl+Shift+Backspace</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;User Guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How to browse, filter, search and export, in this program</source>
            <translation>Cómo explorar, filtrar, buscar y exportar en este programa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>A&amp;tajos de teclado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every key of the window and what it does</source>
            <translation>Todas las teclas de la ventana y su función</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;New Initiative…</source>
            <translation>&amp;Nueva iniciativa…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add an initiative to the catalogue</source>
            <translation>Añadir una iniciativa al catálogo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Edit Initiative…</source>
            <translation>&amp;Editar iniciativa…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change the selected initiative (or double-click it)</source>
            <translation>Modificar la iniciativa seleccionada (o hacer doble clic en ella)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>F2</source>
            <translation>F2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Duplicate Initiative…</source>
            <translation>D&amp;uplicar iniciativa…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A new initiative starting from a copy of the selected one</source>
            <translation>Una nueva iniciativa a partir de una copia de la seleccionada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+D</source>
            <translation>Ctrl+D</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Bulk Edit…</source>
            <translation>Edición en &amp;bloque…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One change to every selected initiative, in one step</source>
            <translation>Un mismo cambio en todas las iniciativas seleccionadas, en un solo paso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+B</source>
            <translation>Ctrl+B</translation>
        </message>
        <message>
            <location line="+5" />
            <source>De&amp;lete Initiatives…</source>
            <translation>E&amp;liminar iniciativas…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the selected initiatives (Edit &gt; Undo brings them back)</source>
            <translation>Eliminar las iniciativas seleccionadas (Editar &gt; Deshacer las recupera)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Preferences…</source>
            <translation>Pre&amp;ferencias…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export folder, page size, filter values, IATI reporting organisation</source>
            <translation>Carpeta de exportación, tamaño de página, valores de filtro, organización informante IATI</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;About SSC Catalogue</source>
            <translation>&amp;Acerca de SSC Catalogue</translation>
        </message>
    </context>
    <context>
        <name>PgPassFile</name>
        <message>
            <location filename="../src/core/team/PgPassFile.cpp" line="+81" />
            <source>Cannot read %1</source>
            <translation>No se puede leer %1</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
    </context>
    <context>
        <name>PictureExport</name>
        <message>
            <location filename="../src/gui/PictureExport.cpp" line="+88" />
            <source>Cannot write %1</source>
            <translation>No se puede escribir %1</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Cannot write %1 (a PNG or SVG file name was expected)</source>
            <translation>No se puede escribir %1 (se esperaba un nombre de archivo PNG o SVG)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+35" />
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Save as PNG or SVG…</source>
            <translation>Guardar como PNG o SVG…</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+10" />
            <source>Export %1</source>
            <translation>Exportar %1</translation>
        </message>
        <message>
            <location line="-9" />
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeArea</name>
        <message>
            <location filename="../src/core/domain/ReferenceNames.cpp" line="-61" />
            <source>Health</source>
            <translation>Salud</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maternal, newborn and child health</source>
            <translation>Salud materna, neonatal e infantil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>EMTCT of HIV and syphilis</source>
            <translation>ETMI del VIH y la sífilis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nutrition</source>
            <translation>Nutrición</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Water, sanitation and hygiene (WASH)</source>
            <translation>Agua, saneamiento e higiene (WASH)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Early childhood development</source>
            <translation>Desarrollo de la primera infancia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Education</source>
            <translation>Educación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child protection</source>
            <translation>Protección de la infancia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Social protection</source>
            <translation>Protección social</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash transfers</source>
            <translation>Transferencias en efectivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Social policy and child poverty</source>
            <translation>Política social y pobreza infantil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Climate, energy and environment</source>
            <translation>Clima, energía y medio ambiente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Air pollution</source>
            <translation>Contaminación atmosférica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Humanitarian action</source>
            <translation>Acción humanitaria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disaster risk reduction</source>
            <translation>Reducción del riesgo de desastres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adolescent development and participation</source>
            <translation>Desarrollo y participación de los adolescentes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Innovation</source>
            <translation>Innovación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child rights and policy advocacy</source>
            <translation>Derechos del niño y promoción de políticas</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <location filename="../src/gui/EditorWidgets.cpp" line="+46" />
            <source>(not given)</source>
            <translation>(no indicado)</translation>
        </message>
        <message>
            <location filename="../src/gui/HelpDialogs.cpp" line="+39" />
            <source>User guide</source>
            <translation>Guía del usuario</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The user guide is missing from this build.</source>
            <translation>Esta compilación no incluye la guía del usuario.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC Catalogue User Guide</source>
            <translation>Guía del usuario de SSC Catalogue</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick or clear the value (in a filter pane)</source>
            <translation>Marcar o desmarcar el valor (en un panel de filtros)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open, copy or export the selected rows (in the results)</source>
            <translation>Abrir, copiar o exportar las filas seleccionadas (en los resultados)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tab, Shift+Tab</source>
            <translation>Tab, Shift+Tab</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next or previous control</source>
            <translation>Control siguiente o anterior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+click</source>
            <translation>Ctrl+clic</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a linked value to the filter (in the details)</source>
            <translation>Añadir un valor vinculado al filtro (en los detalles)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alt+D, Alt+S</source>
            <translation>Alt+D, Alt+H</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The initiative's Details and History tabs</source>
            <translation>Pestañas Detalles e Historial de la iniciativa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+, -, arrows, Home</source>
            <translation>+, -, flechas, Home</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom, move, the whole world (on the map)</source>
            <translation>Zoom, desplazamiento, el mundo entero (en el mapa)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrows, Enter</source>
            <translation>Flechas, Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick a bar, filter by it (on a dashboard chart)</source>
            <translation>Elegir una barra y filtrar por ella (en un gráfico del tablero)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key</source>
            <translation>Tecla</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Does</source>
            <translation>Función</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Keyboard Shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location filename="../src/main.cpp" line="+110" />
            <location line="+4" />
            <source>SSC Catalogue</source>
            <translation>SSC Catalogue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 does not exist</source>
            <translation>%1 no existe</translation>
        </message>
    </context>
    <context>
        <name>Region</name>
        <message>
            <location filename="../src/core/domain/ReferenceNames.cpp" line="+4" />
            <source>Africa</source>
            <translation>África</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Americas</source>
            <translation>Américas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asia</source>
            <translation>Asia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Australia and New Zealand</source>
            <translation>Australia y Nueva Zelandia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caribbean</source>
            <translation>Caribe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Central America</source>
            <translation>Centroamérica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Central Asia</source>
            <translation>Asia Central</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eastern Africa</source>
            <translation>África Oriental</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eastern Asia</source>
            <translation>Asia Oriental</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eastern Europe</source>
            <translation>Europa Oriental</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Europe</source>
            <translation>Europa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latin America and the Caribbean</source>
            <translation>América Latina y el Caribe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Melanesia</source>
            <translation>Melanesia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Micronesia</source>
            <translation>Micronesia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Middle Africa</source>
            <translation>África Central</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Northern Africa</source>
            <translation>África Septentrional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Northern America</source>
            <translation>América Septentrional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Northern Europe</source>
            <translation>Europa Septentrional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Oceania</source>
            <translation>Oceanía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Polynesia</source>
            <translation>Polinesia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>South America</source>
            <translation>América del Sur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>South-eastern Asia</source>
            <translation>Asia Sudoriental</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Southern Africa</source>
            <translation>África Meridional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Southern Asia</source>
            <translation>Asia Meridional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Southern Europe</source>
            <translation>Europa Meridional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sub-Saharan Africa</source>
            <translation>África Subsahariana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Western Africa</source>
            <translation>África Occidental</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Western Asia</source>
            <translation>Asia Occidental</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Western Europe</source>
            <translation>Europa Occidental</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../src/report/Report.cpp" line="+39" />
            <location line="+191" />
            <location filename="../src/report/ReportFiles.cpp" line="+461" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <location line="-164" />
            <source>The list shows the first %1 of %2 initiatives, in title order. Export the report as CSV, XLSX or JSON for all of them.</source>
            <translation>La lista muestra las primeras %1 de %2 iniciativas, por orden de título. Exporte el informe como CSV, XLSX o JSON para obtenerlas todas.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>South-South cooperation initiatives: summary</source>
            <translation>Iniciativas de cooperación Sur-Sur: resumen</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Any %1 country</source>
            <translation>Cualquier país %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>From %1</source>
            <translation>Desde %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Until %1</source>
            <translation>Hasta %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Text: “%1”</source>
            <translation>Texto: «%1»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All initiatives in the catalogue</source>
            <translation>Todas las iniciativas del catálogo</translation>
        </message>
        <message>
            <location filename="../src/report/ReportFigures.cpp" line="+78" />
            <location filename="../src/report/ReportFiles.cpp" line="-355" />
            <location line="+102" />
            <location filename="../src/report/ReportHtml.cpp" line="+84" />
            <location line="+32" />
            <location line="+154" />
            <location filename="../src/report/ReportText.cpp" line="+124" />
            <location line="+18" />
            <location line="+46" />
            <location line="+13" />
            <location filename="../src/report/ReportWording.h" line="+54" />
            <source>Initiatives</source>
            <translation>Iniciativas</translation>
        </message>
        <message>
            <location filename="../src/report/ReportFiles.cpp" line="-170" />
            <source>Cannot write the report to %1: %2</source>
            <translation>No se puede escribir el informe en %1: %2</translation>
        </message>
        <message>
            <location line="+37" />
            <source>the file cannot be created</source>
            <translation>no se puede crear el archivo</translation>
        </message>
        <message>
            <location line="+24" />
            <location filename="../src/report/ReportText.cpp" line="-10" />
            <source>Catalogue</source>
            <translation>Catálogo</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/report/ReportText.cpp" line="+2" />
            <source>Prepared on</source>
            <translation>Fecha de elaboración</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/report/ReportText.cpp" line="+5" />
            <source>Scope</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/report/ReportHtml.cpp" line="-185" />
            <location filename="../src/report/ReportText.cpp" line="+4" />
            <location filename="../src/report/ReportWording.h" line="+1" />
            <source>Countries involved</source>
            <translation>Países participantes</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/report/ReportText.cpp" line="+2" />
            <location filename="../src/report/ReportWording.h" line="+2" />
            <source>%1 countries</source>
            <translation>Países (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/report/ReportHtml.cpp" line="+1" />
            <location line="+60" />
            <location filename="../src/report/ReportText.cpp" line="-61" />
            <location line="+62" />
            <location filename="../src/report/ReportWording.h" line="+1" />
            <source>Partners</source>
            <translation>Asociados</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/report/ReportWording.h" line="+2" />
            <source>Funding in %1</source>
            <translation>Financiación en %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>First year</source>
            <translation>Primer año</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last year</source>
            <translation>Último año</translation>
        </message>
        <message>
            <location line="+67" />
            <source>a row of the list could not be written (%1)</source>
            <translation>no se pudo escribir una fila de la lista (%1)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Breakdown</source>
            <translation>Desglose</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location line="+89" />
            <source>the PDF could not be written</source>
            <translation>no se pudo escribir el PDF</translation>
        </message>
        <message>
            <location line="+130" />
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <location line="+18" />
            <source>PDF and HTML reports need the graphical libraries</source>
            <translation>Los informes PDF y HTML necesitan las bibliotecas gráficas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the report was prepared for CSV, XLSX or JSON</source>
            <translation>el informe se preparó para CSV, XLSX o JSON</translation>
        </message>
        <message>
            <location line="+19" />
            <source>the finished file could not be moved into place</source>
            <translation>no se pudo mover el archivo terminado a su ubicación</translation>
        </message>
        <message>
            <location filename="../src/report/ReportHtml.cpp" line="-107" />
            <source>Initiatives per country</source>
            <translation>Iniciativas por país</translation>
        </message>
        <message>
            <location line="+48" />
            <location filename="../src/report/ReportText.cpp" line="+3" />
            <location filename="../src/report/ReportWording.h" line="+1" />
            <source>Years covered</source>
            <translation>Años abarcados</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 countries: %2</source>
            <translation>Países (%1): %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Funding: no amounts recorded</source>
            <translation>Financiación: no se han registrado importes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding recorded: </source>
            <translation>Financiación registrada: </translation>
        </message>
        <message>
            <location line="+2" />
            <source>each currency apart, never added together</source>
            <translation>cada moneda por separado, nunca sumadas entre sí</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../src/report/ReportText.cpp" line="-83" />
            <source>Amounts</source>
            <translation>Importes</translation>
        </message>
        <message>
            <location line="+26" />
            <location filename="../src/report/ReportText.cpp" line="+17" />
            <source>Countries</source>
            <translation>Países</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/report/ReportText.cpp" line="+1" />
            <source>Programme areas</source>
            <translation>Áreas programáticas</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/report/ReportText.cpp" line="+1" />
            <location line="+63" />
            <source>Funding</source>
            <translation>Financiación</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Years: %1</source>
            <translation>Años: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status: %1</source>
            <translation>Estado: %1</translation>
        </message>
        <message>
            <location line="+37" />
            <location filename="../src/report/ReportText.cpp" line="-101" />
            <source>Catalogue: %1</source>
            <translation>Catálogo: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/report/ReportText.cpp" line="+1" />
            <source>Prepared on %1</source>
            <translation>Elaborado el %1</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/report/ReportText.cpp" line="+2" />
            <source>Scope: %1</source>
            <translation>Alcance: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Initiatives per country, in any role</source>
            <translation>Iniciativas por país, con cualquier función</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The largest %1 of %2; all in the tables.</source>
            <translation>Los %1 valores mayores de %2; todos figuran en las tablas.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Breakdowns</source>
            <translation>Desgloses</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/report/ReportText.cpp" line="+11" />
            <source>None recorded.</source>
            <translation>No hay datos registrados.</translation>
        </message>
        <message>
            <location line="+25" />
            <location filename="../src/report/ReportText.cpp" line="+36" />
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <location filename="../src/report/ReportListFile.cpp" line="+167" />
            <source>a row is damaged</source>
            <translation>una fila está dañada</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot keep the report's list in %1: %2</source>
            <translation>No se puede conservar la lista del informe en %1: %2</translation>
        </message>
        <message>
            <location filename="../src/report/ReportPages.cpp" line="+320" />
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <location filename="../src/report/ReportTally.cpp" line="+91" />
            <source>Not recorded</source>
            <translation>No registrado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>An initiative with several values counts in each of their rows, so the rows add up to more than the initiatives.</source>
            <translation>Una iniciativa con varios valores cuenta en cada una de sus filas, por lo que la suma de las filas supera el número de iniciativas.</translation>
        </message>
        <message>
            <location line="+226" />
            <source>By programme area</source>
            <translation>Por área programática</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By recipient country</source>
            <translation>Por país receptor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By provider country</source>
            <translation>Por país proveedor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By region</source>
            <translation>Por región</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By funding source</source>
            <translation>Por fuente de financiación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By modality</source>
            <translation>Por modalidad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By activity type</source>
            <translation>Por tipo de actividad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By start year</source>
            <translation>Por año de inicio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By SDG</source>
            <translation>Por ODS</translation>
        </message>
        <message>
            <location filename="../src/report/ReportText.cpp" line="-45" />
            <location line="+89" />
            <source>Headline figures</source>
            <translation>Cifras principales</translation>
        </message>
        <message>
            <location line="-58" />
            <location line="+48" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Years</source>
            <translation>Años</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+1" />
            <location line="+6" />
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+112" />
            <source>Cannot write the report: %1</source>
            <translation>No se puede escribir el informe: %1</translation>
        </message>
        <message>
            <location filename="../src/report/ReportFiles.cpp" line="-412" />
            <location filename="../src/report/ReportPages.cpp" line="-126" />
            <source> … [cut: %1 characters]</source>
            <translation> … [recortado: %1 caracteres]</translation>
        </message>
        <message>
            <location line="+198" />
            <source>Cells cut to Excel's 32,767 characters</source>
            <translation>Celdas recortadas a 32.767 caracteres (límite de Excel)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rows left out: more than a worksheet holds</source>
            <translation>Filas omitidas: más de las que admite una hoja</translation>
        </message>
    </context>
    <context>
        <name>ReportBuilder</name>
        <message>
            <location filename="../src/report/ReportTitle.cpp" line="+27" />
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <location line="+46" />
            <source>Initiatives</source>
            <translation>Iniciativas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 initiatives</source>
            <translation>Iniciativas de %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 programme areas</source>
            <translation>%1 áreas programáticas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 countries and regions</source>
            <translation>%1 países y regiones</translation>
        </message>
        <message>
            <location line="-23" />
            <source> with %1s in %2</source>
            <translation> con %2 como %1</translation>
        </message>
        <message>
            <location line="+27" />
            <source> in %1</source>
            <translation> en %1</translation>
        </message>
        <message>
            <location line="-28" />
            <source> with any %1</source>
            <translation> con cualquier país %1</translation>
        </message>
        <message>
            <location line="-11" />
            <source> with providers in %1</source>
            <translation> con proveedores en %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any provider</source>
            <translation> con algún país proveedor</translation>
        </message>
        <message>
            <location line="+1" />
            <source> with recipients in %1</source>
            <translation> con receptores en %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any recipient</source>
            <translation> con algún país receptor</translation>
        </message>
        <message>
            <location line="+1" />
            <source> with facilitators in %1</source>
            <translation> con facilitadores en %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any facilitator</source>
            <translation> con algún país facilitador</translation>
        </message>
        <message>
            <location line="+1" />
            <source> hosted in %1</source>
            <translation> acogidas en %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any host</source>
            <translation> con algún país anfitrión</translation>
        </message>
        <message>
            <location line="+1" />
            <source> with participants in %1</source>
            <translation> con participantes en %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any participant</source>
            <translation> con algún país participante</translation>
        </message>
        <message>
            <location line="+38" />
            <source> with %1</source>
            <translation> con %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 partners</source>
            <translation>%1 asociados</translation>
        </message>
        <message>
            <location line="+2" />
            <source> funded by %1</source>
            <translation> financiadas por %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 sources</source>
            <translation>%1 fuentes</translation>
        </message>
        <message>
            <location line="+5" />
            <source> for SDG %1</source>
            <translation> para el ODS %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 goals</source>
            <translation>%1 objetivos</translation>
        </message>
        <message>
            <location line="+9" />
            <source> matching “%1”</source>
            <translation> que contienen «%1»</translation>
        </message>
        <message>
            <location line="+7" />
            <source>, from %1</source>
            <translation>, desde %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, until %1</source>
            <translation>, hasta %1</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../src/gui/ReportDialog.ui" line="+6" />
            <source>Export Report</source>
            <translation>Exportar informe</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Format:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>PDF and HTML are documents to read; CSV, XLSX and JSON carry every figure and the full list</source>
            <translation>PDF y HTML son documentos para leer; CSV, XLSX y JSON contienen todas las cifras y la lista completa</translation>
        </message>
        <message>
            <location line="+10" />
            <source>F&amp;ile:</source>
            <translation>&amp;Archivo:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The report file to write</source>
            <translation>Archivo del informe que se escribirá</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose where to save the report</source>
            <translation>Elegir dónde guardar el informe</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Browse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the file in a file dialog</source>
            <translation>Elegir el archivo en un cuadro de diálogo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Initiatives:</source>
            <translation>Iniciativas:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Under the current &amp;filter</source>
            <translation>Con el filtro a&amp;ctual</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exactly the initiatives the results list holds</source>
            <translation>Exactamente las iniciativas de la lista de resultados</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Selected rows</source>
            <translation>Filas &amp;seleccionadas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The rows selected in the results list</source>
            <translation>Las filas seleccionadas en la lista de resultados</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Whole catalogue</source>
            <translation>Todo el catálo&amp;go</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every initiative in the catalogue, whatever the filter</source>
            <translation>Todas las iniciativas del catálogo, sea cual sea el filtro</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The title printed at the top of the report</source>
            <translation>Título que se imprime en la parte superior del informe</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sections:</source>
            <translation>Secciones:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Headline figures</source>
            <translation>Cifras p&amp;rincipales</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives, countries by role, partners, funding per currency, years</source>
            <translation>Iniciativas, países por función, asociados, financiación por moneda, años</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Brea&amp;kdowns</source>
            <translation>&amp;Desgloses</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Counts by programme area, country, region, funding source, modality, activity type, year and SDG</source>
            <translation>Recuentos por área programática, país, región, fuente de financiación, modalidad, tipo de actividad, año y ODS</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Bar c&amp;harts</source>
            <translation>Gráficos de &amp;barras</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Bar charts of the main breakdowns (PDF and HTML)</source>
            <translation>Gráficos de barras de los principales desgloses (PDF y HTML)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;List of initiatives, at most</source>
            <translation>&amp;Lista de iniciativas, como máximo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The initiatives with their key fields, in title order</source>
            <translation>Las iniciativas con sus campos principales, por orden de título</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Most initiatives in the list</source>
            <translation>Número máximo de iniciativas en la lista</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How many initiatives the list shows; the figures always cover all of them</source>
            <translation>Cuántas iniciativas muestra la lista; las cifras siempre abarcan todas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>all</source>
            <translation>todas</translation>
        </message>
        <message>
            <location line="+25" />
            <source>S&amp;ources cited</source>
            <translation>F&amp;uentes citadas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The documents the initiatives cite</source>
            <translation>Documentos que citan las iniciativas</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Paper:</source>
            <translation>&amp;Papel:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Paper size of the PDF</source>
            <translation>Tamaño del papel del PDF</translation>
        </message>
        <message>
            <location line="+7" />
            <source>L&amp;andscape</source>
            <translation>&amp;Horizontal</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Print the PDF across the page</source>
            <translation>Imprimir el PDF en orientación horizontal</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Export status</source>
            <translation>Estado de la exportación</translation>
        </message>
        <message>
            <location filename="../src/report/ReportFiles.cpp" line="+93" />
            <source>PDF document (.pdf)</source>
            <translation>Documento PDF (.pdf)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Web page (.html)</source>
            <translation>Página web (.html)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Markdown (.md)</source>
            <translation>Markdown (.md)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>CSV table (.csv)</source>
            <translation>Tabla CSV (.csv)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Excel workbook (.xlsx)</source>
            <translation>Libro de Excel (.xlsx)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>JSON data (.json)</source>
            <translation>Datos JSON (.json)</translation>
        </message>
    </context>
    <context>
        <name>SchemaMigrator</name>
        <message>
            <location filename="../src/core/storage/SchemaMigrator.cpp" line="+65" />
            <source>Schema step %1 failed: %2 (in: %3)</source>
            <translation>Falló el paso %1 del esquema: %2 (en: %3)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Schema version %1 is not one this program can upgrade</source>
            <translation>La versión de esquema %1 no es una que este programa pueda actualizar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Schema step %1 is missing from the program</source>
            <translation>Falta en el programa el paso %1 del esquema</translation>
        </message>
    </context>
    <context>
        <name>TeamServer</name>
        <message>
            <location filename="../src/core/storage/TeamServer.cpp" line="+101" />
            <source>Team catalogue on %1: %2: %3</source>
            <translation>Catálogo del equipo en %1: %2: %3</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Cannot connect to the team catalogue: %1</source>
            <translation>No se puede conectar con el catálogo del equipo: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not a server address libpq reads: %1: %2</source>
            <translation>No es una dirección de servidor que libpq pueda leer: %1: %2</translation>
        </message>
        <message>
            <location line="+60" />
            <source>cannot read the database</source>
            <translation>no se puede leer la base de datos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The database already holds a team catalogue</source>
            <translation>La base de datos ya contiene un catálogo del equipo</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+10" />
            <source>cannot create the team catalogue</source>
            <translation>no se puede crear el catálogo del equipo</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not an SSC team catalogue</source>
            <translation>%1 no es un catálogo del equipo SSC</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The team catalogue's schema (version %1) is newer than this program reads (%2): update SSC Catalogue</source>
            <translation>El esquema del catálogo del equipo (versión %1) es más reciente de lo que este programa puede leer (%2): actualice SSC Catalogue</translation>
        </message>
        <message>
            <location line="+76" />
            <location line="+6" />
            <location line="+33" />
            <location line="+4" />
            <source>cannot read the changes</source>
            <translation>no se pueden leer los cambios</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the changes arrived malformed</source>
            <translation>los cambios llegaron con un formato incorrecto</translation>
        </message>
        <message>
            <location line="+8" />
            <source>cannot read the latest revision</source>
            <translation>no se puede leer la última revisión</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+4" />
            <source>cannot start writing</source>
            <translation>no se puede empezar a escribir</translation>
        </message>
        <message>
            <location line="+5" />
            <source>cannot read %1</source>
            <translation>no se puede leer %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>the server refused the change to %1</source>
            <translation>el servidor rechazó el cambio en %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>cannot tell the team of the change</source>
            <translation>no se puede avisar al equipo del cambio</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the server did not keep the changes</source>
            <translation>el servidor no conservó los cambios</translation>
        </message>
        <message>
            <location line="+7" />
            <source>cannot listen for the team's changes</source>
            <translation>no se pueden escuchar los cambios del equipo</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the connection was lost</source>
            <translation>se perdió la conexión</translation>
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <location filename="../src/core/team/TeamRecords.h" line="+75" />
            <source>A damaged record</source>
            <translation>Un registro dañado</translation>
        </message>
        <message>
            <location filename="../src/core/team/TeamSync.cpp" line="+244" />
            <source>The team catalogue kept changing during the sync; try again</source>
            <translation>El catálogo del equipo no dejó de cambiar durante la sincronización; vuelva a intentarlo</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 is already a copy of the team catalogue at %2</source>
            <translation>%1 ya es una copia del catálogo del equipo en %2</translation>
        </message>
        <message>
            <location line="+46" />
            <source>%1 is not empty: clone into a new catalogue</source>
            <translation>%1 no está vacío: clone en un catálogo nuevo</translation>
        </message>
        <message>
            <location line="+54" />
            <source>%1 exists; clone into a new file</source>
            <translation>%1 ya existe; clone en un archivo nuevo</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Cannot write %1</source>
            <translation>No se puede escribir %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a copy of a team catalogue (clone one with `ssc-catalogue clone`)</source>
            <translation>%1 no es una copia de un catálogo del equipo (clone uno con `ssc-catalogue clone`)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 is not a copy of a team catalogue</source>
            <translation>%1 no es una copia de un catálogo del equipo</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No conflict on %1 of %2</source>
            <translation>No hay ningún conflicto en %1 de %2</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 is not here to take the server's value</source>
            <translation>%1 no existe en esta copia para tomar el valor del servidor</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(deleted)</source>
            <translation>(eliminado)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the record ("%1")</source>
            <translation>el registro ("%1")</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../src/core/domain/Vocabulary.cpp" line="+24" />
            <source>Planned</source>
            <translation>Prevista</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ongoing</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation>Finalizada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Knowledge exchange</source>
            <translation>Intercambio de conocimientos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technical assistance</source>
            <translation>Asistencia técnica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technology exchange</source>
            <translation>Intercambio de tecnología</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resource exchange</source>
            <translation>Intercambio de recursos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High-level meeting</source>
            <translation>Reunión de alto nivel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conference</source>
            <translation>Conferencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Side event</source>
            <translation>Acto paralelo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Webinar</source>
            <translation>Seminario web</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Study tour</source>
            <translation>Viaje de estudios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Training</source>
            <translation>Capacitación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Community of practice</source>
            <translation>Comunidad de práctica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Publication</source>
            <translation>Publicación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Internship</source>
            <translation>Pasantía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Humanitarian response</source>
            <translation>Respuesta humanitaria</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+23" />
            <source>Fund</source>
            <translation>Fondo</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Provider</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipient</source>
            <translation>Receptor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>Facilitador</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+8" />
            <source>Host</source>
            <translation>Anfitrión</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Funder</source>
            <translation>Financiador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Implementer</source>
            <translation>Ejecutor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coordinator</source>
            <translation>Coordinador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technical partner</source>
            <translation>Asociado técnico</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Government</source>
            <translation>Gobierno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UN agency</source>
            <translation>Organismo de las Naciones Unidas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multilateral</source>
            <translation>Multilateral</translation>
        </message>
        <message>
            <location line="+1" />
            <source>NGO</source>
            <translation>ONG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Academia</source>
            <translation>Instituciones académicas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private sector</source>
            <translation>Sector privado</translation>
        </message>
    </context>
    <context>
        <name>WorldMapView</name>
        <message>
            <location filename="../src/report/MapPicture.cpp" line="+214" />
            <source>Provider → recipient</source>
            <translation>Proveedor → receptor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>line width: initiatives shared</source>
            <translation>grosor de línea: iniciativas compartidas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the %L1 largest of %L2 links</source>
            <translation>los %L1 vínculos más importantes de %L2</translation>
        </message>
        <message>
            <location line="+39" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
    </context>
    <context>
        <name>ssc::BulkEditDialog</name>
        <message>
            <location filename="../src/gui/BulkEditDialog.cpp" line="+17" />
            <source>Bulk Edit</source>
            <translation>Edición en bloque</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Set to</source>
            <translation>Cambiar a</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>for example completed, nutrition, 4, ET:recipient</source>
            <translation>por ejemplo completed, nutrition, 4, ET:recipient</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What is wrong with the change</source>
            <translation>Problemas del cambio</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>One change to each of the %n selected initiative(s):</source>
            <translation>
                <numerusform>Un mismo cambio en la %n iniciativa seleccionada:</numerusform>
                <numerusform>Un mismo cambio en cada una de las %n iniciativas seleccionadas:</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Field:</source>
            <translation>&amp;Campo:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change:</source>
            <translation>Ca&amp;mbio:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Value:</source>
            <translation>&amp;Valor:</translation>
        </message>
    </context>
    <context>
        <name>ssc::CatalogueEdits</name>
        <message>
            <location filename="../src/gui/CatalogueEdits.cpp" line="+140" />
            <source>New '%1'</source>
            <translation>Nueva iniciativa '%1'</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit '%1'</source>
            <translation>Editar '%1'</translation>
        </message>
        <message numerus="yes">
            <location line="+53" />
            <source>Bulk edit of %n initiative(s)</source>
            <translation>
                <numerusform>Edición en bloque de %n iniciativa</numerusform>
                <numerusform>Edición en bloque de %n iniciativas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Restore '%1'</source>
            <translation>Restaurar '%1'</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n initiative(s)? Edit &gt; Undo brings them back, and the history keeps them.</source>
            <translation>
                <numerusform>¿Eliminar %n iniciativa? Editar &gt; Deshacer la recupera y el historial la conserva.</numerusform>
                <numerusform>¿Eliminar %n iniciativas? Editar &gt; Deshacer las recupera y el historial las conserva.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+24" />
            <source>Delete '%1'</source>
            <translation>Eliminar '%1'</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n initiative(s)</source>
            <translation>
                <numerusform>Eliminar %n iniciativa</numerusform>
                <numerusform>Eliminar %n iniciativas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/CatalogueEditsMerge.cpp" line="+72" />
            <source>Merge '%1'</source>
            <translation>Fusionar '%1'</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The import of %1 changed more than %L2 records: it cannot be undone (its entry in the history says what it did).</source>
            <translation>La importación de %1 modificó más de %L2 registros: no se puede deshacer (su entrada en el historial indica lo que hizo).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Import '%1'</source>
            <translation>Importar '%1'</translation>
        </message>
    </context>
    <context>
        <name>ssc::ConflictDialog</name>
        <message>
            <location filename="../src/gui/ConflictDialog.cpp" line="+37" />
            <source>Review Conflicts</source>
            <translation>Revisar conflictos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Conflicts with the team catalogue</source>
            <translation>Conflictos con el catálogo del equipo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mine</source>
            <translation>Mi valor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>Valor del equipo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs by</source>
            <translation>Modificado en el equipo por</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Keep &amp;Mine</source>
            <translation>&amp;Conservar el mío</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take &amp;Theirs</source>
            <translation>&amp;Tomar el del equipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep All M&amp;ine</source>
            <translation>Conservar to&amp;dos los míos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take All T&amp;heirs</source>
            <translation>Tomar todos los del e&amp;quipo</translation>
        </message>
        <message>
            <location line="+47" />
            <source>No conflicts: every field agrees with the team catalogue.</source>
            <translation>No hay conflictos: todos los campos coinciden con el catálogo del equipo.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n field(s) were changed here and in the team catalogue. Your value is kept until you choose; Keep Mine sends it with the next sync.</source>
            <translation>
                <numerusform>%n campo se modificó aquí y en el catálogo del equipo. Se conserva su valor hasta que elija; Conservar el mío lo envía en la próxima sincronización.</numerusform>
                <numerusform>%n campos se modificaron aquí y en el catálogo del equipo. Se conserva su valor hasta que elija; Conservar el mío lo envía en la próxima sincronización.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::DashboardChart</name>
        <message>
            <location filename="../src/gui/DashboardChart.cpp" line="+69" />
            <source>Click a bar to filter by it; Ctrl+click adds it. From the keyboard: arrow keys and Enter</source>
            <translation>Haga clic en una barra para filtrar por ella; Ctrl+clic la añade. Con el teclado: teclas de flecha y Enter</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the chart %1</source>
            <translation>Exportar el gráfico %1</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Nothing to chart under this filter</source>
            <translation>No hay nada que representar con este filtro</translation>
        </message>
        <message>
            <location line="+160" />
            <source>Made with SSC Catalogue.</source>
            <translation>Elaborado con SSC Catalogue.</translation>
        </message>
    </context>
    <context>
        <name>ssc::DashboardPane</name>
        <message>
            <location filename="../src/gui/DashboardPane.cpp" line="+50" />
            <source>Initiatives by start year</source>
            <translation>Iniciativas por año de inicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By programme area</source>
            <translation>Por área programática</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By modality</source>
            <translation>Por modalidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By activity type</source>
            <translation>Por tipo de actividad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top partners</source>
            <translation>Principales asociados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding by year</source>
            <translation>Financiación por año</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Initiatives</source>
            <translation>Iniciativas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Currency of the funding chart</source>
            <translation>Moneda del gráfico de financiación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amounts are charted one currency at a time: they are never added across currencies</source>
            <translation>Los importes se representan por monedas, una cada vez: nunca se suman importes de monedas distintas</translation>
        </message>
        <message>
            <location line="+158" />
            <source>The %1 with the most initiatives, of %2.</source>
            <translation>Los %1 con más iniciativas, de %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 of the %2 initiatives have none recorded.</source>
            <translation>%1 de las %2 iniciativas no tienen datos registrados.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>An initiative with several values counts in each of their bars.</source>
            <translation>Una iniciativa con varios valores cuenta en cada una de sus barras.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>%1: %2 initiatives; click for those running that year</source>
            <translation>%1: %2 iniciativas; haga clic para ver las activas ese año</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 of the %2 initiatives have no start year recorded.</source>
            <translation>%1 de las %2 iniciativas no tienen registrado el año de inicio.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>One initiative under the filter.</source>
            <translation>Una iniciativa cumple el filtro.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 initiatives under the filter.</source>
            <translation>%1 iniciativas cumplen el filtro.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click a bar to filter by it.</source>
            <translation>Haga clic en una barra para filtrar por ella.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Some charts could not be counted: %1</source>
            <translation>No se pudieron contar algunos gráficos: %1</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Amount in %1</source>
            <translation>Importe en %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Billions of %1</source>
            <translation>Miles de millones de %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Millions of %1</source>
            <translation>Millones de %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Thousands of %1</source>
            <translation>Miles de %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Without a year (neither the funding's nor the initiative's start): %L1 %2.</source>
            <translation>Sin año (ni el de la financiación ni el de inicio de la iniciativa): %L1 %2.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: %2 %3 from %4 initiatives; click for those running that year</source>
            <translation>%1: %2 %3 de %4 iniciativas; haga clic para ver las activas ese año</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Also recorded in other currencies (%1), charted one at a time.</source>
            <translation>También hay importes en otras monedas (%1), representadas de una en una.</translation>
        </message>
    </context>
    <context>
        <name>ssc::DuplicatesDialog</name>
        <message>
            <location filename="../src/gui/DuplicatesDialog.cpp" line="+36" />
            <source>&amp;Stop</source>
            <translation>&amp;Detener</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merge…</source>
            <translation>&amp;Fusionar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Not Duplicates</source>
            <translation>&amp;No son duplicados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search &amp;Again</source>
            <translation>&amp;Buscar de nuevo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find Duplicates</source>
            <translation>Buscar duplicados</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Search for duplicates</source>
            <translation>Buscar registros duplicados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop looking for duplicates</source>
            <translation>Dejar de buscar duplicados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Likely duplicates</source>
            <translation>Duplicados probables</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Make the two records one, choosing each field side by side</source>
            <translation>Convertir los dos registros en uno, eligiendo cada campo tras compararlos lado a lado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>They are different initiatives: do not offer this pair again</source>
            <translation>Son iniciativas diferentes: no volver a proponer este par</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Looking for records with the same or a similar title and a country or year in common, or the same IATI identifier…</source>
            <translation>Buscando registros con el mismo título o uno similar y un país o un año en común, o con el mismo identificador IATI…</translation>
        </message>
        <message>
            <location line="+57" />
            <source>No likely duplicates in this catalogue.</source>
            <translation>No hay duplicados probables en este catálogo.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n pair(s) of records that may be one initiative, best first. Merge makes a pair one record (Edit &gt; Undo takes it back).</source>
            <translation>
                <numerusform>%n par de registros que pueden ser una misma iniciativa. Fusionar convierte el par en un solo registro (Editar &gt; Deshacer lo revierte).</numerusform>
                <numerusform>%n pares de registros que pueden ser una misma iniciativa, los más probables primero. Fusionar convierte un par en un solo registro (Editar &gt; Deshacer lo revierte).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::FacetModel</name>
        <message numerus="yes">
            <location filename="../src/gui/FacetModel.cpp" line="+145" />
            <source>%1: %n initiative(s) under the current filter</source>
            <translation>
                <numerusform>%1: %n iniciativa con el filtro actual</numerusform>
                <numerusform>%1: %n iniciativas con el filtro actual</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::FilterPanel</name>
        <message>
            <location filename="../src/gui/FilterPanel.cpp" line="+75" />
            <source>Any role</source>
            <translation>Cualquier función</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The role the ticked regions and countries have in an initiative</source>
            <translation>Función de las regiones y países marcados en una iniciativa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role of the ticked regions and countries</source>
            <translation>Función de las regiones y países marcados</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show only the values whose name holds this text</source>
            <translation>Mostrar solo los valores cuyo nombre contiene este texto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find in %1</source>
            <translation>Buscar en %1</translation>
        </message>
        <message>
            <location line="+76" />
            <source>None recorded in this catalogue</source>
            <translation>Ninguno registrado en este catálogo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No value matches</source>
            <translation>Ningún valor coincide</translation>
        </message>
    </context>
    <context>
        <name>ssc::HistoryDialog</name>
        <message>
            <location filename="../src/gui/HistoryDialog.cpp" line="+31" />
            <source>Recent Changes</source>
            <translation>Cambios recientes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recent changes to the catalogue</source>
            <translation>Cambios recientes en el catálogo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Restore Deleted Initiative</source>
            <translation>&amp;Restaurar iniciativa eliminada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write the selected deleted initiative back as it was</source>
            <translation>Volver a escribir la iniciativa eliminada seleccionada tal como estaba</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The selected change in full</source>
            <translation>El cambio seleccionado completo</translation>
        </message>
        <message>
            <location line="+30" />
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <location line="+48" />
            <source>history entry %1</source>
            <translation>entrada %1 del historial</translation>
        </message>
        <message>
            <location line="+5" />
            <source>As it was before:</source>
            <translation>Tal como estaba antes:</translation>
        </message>
    </context>
    <context>
        <name>ssc::ImportDialog</name>
        <message>
            <location filename="../src/gui/ImportDialog.cpp" line="+29" />
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>texts</source>
            <translation>textos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>status</source>
            <translation>estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dates</source>
            <translation>fechas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>countries</source>
            <translation>países</translation>
        </message>
        <message>
            <location line="+1" />
            <source>programme areas</source>
            <translation>áreas programáticas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>partners</source>
            <translation>asociados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>funding</source>
            <translation>financiación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SDGs</source>
            <translation>ODS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sources</source>
            <translation>fuentes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>other details</source>
            <translation>otros detalles</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Import %1</source>
            <translation>Importar %1</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Reading and checking %1…</source>
            <translation>Leyendo y comprobando %1…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message numerus="yes">
            <location line="+54" />
            <source>Nothing to import: %n record(s) checked, none new or changed.</source>
            <translation>
                <numerusform>Nada que importar: se comprobó %n registro, que no es nuevo ni ha cambiado.</numerusform>
                <numerusform>Nada que importar: se comprobaron %n registros, ninguno nuevo ni modificado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Checked %n record(s): %1 to add, %2 to update, %3 in conflict, %4 rejected. Nothing has been written yet.</source>
            <translation>
                <numerusform>Se comprobó %n registro: %1 para añadir, %2 para actualizar, %3 en conflicto, %4 rechazados. Todavía no se ha escrito nada.</numerusform>
                <numerusform>Se comprobaron %n registros: %1 para añadir, %2 para actualizar, %3 en conflicto, %4 rechazados. Todavía no se ha escrito nada.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Catalogue: %1
File: %2</source>
            <translation>Catálogo: %1
Archivo: %2</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>&amp;Import %n record(s)</source>
            <translation>
                <numerusform>&amp;Importar %n registro</numerusform>
                <numerusform>&amp;Importar %n registros</numerusform>
            </translation>
        </message>
        <message>
            <location line="+26" />
            <source>Writing to the catalogue… Cancel leaves it as it was.</source>
            <translation>Escribiendo en el catálogo… Cancelar lo deja como estaba.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Imported: %1 added, %2 updated, %3 unchanged, %4 rejected.</source>
            <translation>Importación terminada: %1 añadidos, %2 actualizados, %3 sin cambios, %4 rechazados.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Cannot save the report</source>
            <translation>No se puede guardar el informe</translation>
        </message>
        <message>
            <location line="+9" />
            <source>-import-report.txt</source>
            <translation>-informe-importacion.txt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save Import Report</source>
            <translation>Guardar informe de importación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text (*.txt);;JSON (*.json)</source>
            <translation>Texto (*.txt);;JSON (*.json)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
    </context>
    <context>
        <name>ssc::IndexStatus</name>
        <message>
            <location filename="../src/gui/IndexStatus.cpp" line="+23" />
            <source>Progress of the index build</source>
            <translation>Progreso de la creación del índice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop or start the index build</source>
            <translation>Detener o iniciar la creación del índice</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The counts appear when the index is built (see the status bar). Search, sorting and the results work meanwhile.</source>
            <translation>Los recuentos aparecen cuando se crea el índice (véase la barra de estado). Mientras tanto, la búsqueda, la ordenación y los resultados funcionan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No counts: building the index was stopped. Filtering by these values needs it: choose Build index in the status bar.</source>
            <translation>Sin recuentos: se detuvo la creación del índice, que es necesario para filtrar por estos valores: elija Crear índice en la barra de estado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No counts: the index could not be built (see the status bar).</source>
            <translation>Sin recuentos: no se pudo crear el índice (véase la barra de estado).</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Building the index for the filters…</source>
            <translation>Creando el índice para los filtros…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop building the index; the results stay, without counts</source>
            <translation>Detener la creación del índice; los resultados se mantienen, sin recuentos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Index not built.</source>
            <translation>Índice no creado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build index</source>
            <translation>Crear índice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build the index that the filters and their counts need</source>
            <translation>Crear el índice que necesitan los filtros y sus recuentos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The index could not be built: %1</source>
            <translation>No se pudo crear el índice: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build the index again</source>
            <translation>Volver a crear el índice</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hide this notice</source>
            <translation>Ocultar este aviso</translation>
        </message>
    </context>
    <context>
        <name>ssc::InitiativeDetailsView</name>
        <message>
            <location filename="../src/gui/InitiativeDetailsView.cpp" line="+124" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duplicate…</source>
            <translation>Duplicar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>D&amp;uplicate…</source>
            <translation>Du&amp;plicar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Select an initiative to read about it.</source>
            <translation>Seleccione una iniciativa para ver su información.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>In %1, from the record's translations; its own language is %2.</source>
            <translation>En %1, según las traducciones del registro; su idioma original es: %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In %1, the record's own language: it has no %2 translation.</source>
            <translation>En %1, el idioma original del registro: no tiene traducción al %2.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>IATI identifier</source>
            <translation>Identificador IATI</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cooperation</source>
            <translation>Cooperación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Triangular</source>
            <translation>Triangular</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Programme areas</source>
            <translation>Áreas programáticas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Partners</source>
            <translation>Asociados</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Funding</source>
            <translation>Financiación</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Target %1</source>
            <translation>Meta %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goal %1: %2</source>
            <translation>Objetivo %1: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SDGs</source>
            <translation>ODS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beneficiaries</source>
            <translation>Beneficiarios</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location line="+20" />
            <source>offline copy</source>
            <translation>copia sin conexión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>offline copy: %1</source>
            <translation>copia sin conexión: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No change has been recorded for this initiative.</source>
            <translation>No se ha registrado ningún cambio en esta iniciativa.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <location line="+12" />
            <source>History</source>
            <translation>Historial</translation>
        </message>
    </context>
    <context>
        <name>ssc::InitiativeEditor</name>
        <message>
            <location filename="../src/gui/InitiativeEditor.cpp" line="+30" />
            <source>Edit Initiative</source>
            <translation>Editar iniciativa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New Initiative</source>
            <translation>Nueva iniciativa</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+113" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location line="-113" />
            <location line="+2" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+111" />
            <source>Role of the country</source>
            <translation>Función del país</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Partner organisation</source>
            <translation>Organización asociada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role of the partner</source>
            <translation>Función del asociado</translation>
        </message>
        <message>
            <location line="+166" />
            <source> (row %1)</source>
            <translation> (fila %1)</translation>
        </message>
        <message>
            <location filename="../src/gui/InitiativeEditorTables.cpp" line="+63" />
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+59" />
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <location line="-59" />
            <location line="+63" />
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <location line="-63" />
            <location line="+71" />
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <location line="-68" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+93" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="-93" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Funding source</source>
            <translation>Fuente de financiación</translation>
        </message>
        <message>
            <location line="+8" />
            <source>such as 250000</source>
            <translation>por ejemplo, 250000</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 — %2 (withdrawn)</source>
            <translation>%1 — %2 (retirada)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>YYYY</source>
            <translation>AAAA</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Translated field</source>
            <translation>Campo traducido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Translated text</source>
            <translation>Texto traducido</translation>
        </message>
        <message>
            <location line="+46" />
            <source>field "funding[%1].amount": "%2" is not a number (expected an amount such as 250000)</source>
            <translation>campo "funding[%1].amount": "%2" no es un número (se esperaba un importe, como 250000)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>field "funding[%1].year": "%2" is not a year (expected YYYY)</source>
            <translation>campo "funding[%1].year": "%2" no es un año (se esperaba AAAA)</translation>
        </message>
    </context>
    <context>
        <name>ssc::InitiativeTableModel</name>
        <message>
            <location filename="../src/gui/InitiativeTableModel.cpp" line="+135" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Title in %1; the record does not state its own language</source>
            <translation>Título en %1; el registro no indica su idioma original</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title in %1; the record's own language is %2</source>
            <translation>Título en %1; el idioma original del registro es: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Title in %1, the record's own language</source>
            <translation>Título en %1, el idioma original del registro</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Countries</source>
            <translation>Países</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Programme areas</source>
            <translation>Áreas programáticas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Partners</source>
            <translation>Asociados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Funding</source>
            <translation>Financiación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Years</source>
            <translation>Años</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
    </context>
    <context>
        <name>ssc::KeyboardNavigation</name>
        <message>
            <location filename="../src/gui/KeyboardNavigation.cpp" line="+39" />
            <source>Go to the search box</source>
            <translation>Ir al cuadro de búsqueda</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Read the selected result (in the results)</source>
            <translation>Leer el resultado seleccionado (en los resultados)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Next area: search, filters, results, details</source>
            <translation>Área siguiente: búsqueda, filtros, resultados, detalles</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Previous area</source>
            <translation>Área anterior</translation>
        </message>
    </context>
    <context>
        <name>ssc::LanguageMenu</name>
        <message>
            <location filename="../src/gui/LanguageMenu.cpp" line="+18" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location line="+15" />
            <source>System Language (%1)</source>
            <translation>Idioma del sistema (%1)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC Catalogue will be in %1 the next time it starts.</source>
            <translation>Idioma la próxima vez que se inicie SSC Catalogue: %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Restart Now</source>
            <translation>&amp;Reiniciar ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Later</source>
            <translation>&amp;Más tarde</translation>
        </message>
    </context>
    <context>
        <name>ssc::MainWindow</name>
        <message>
            <location filename="../src/gui/MainWindow.cpp" line="+85" />
            <location line="+194" />
            <source>%L1 of %L2 initiatives</source>
            <translation>%L1 de %L2 iniciativas</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Searching…</source>
            <translation>Buscando…</translation>
        </message>
        <message numerus="yes">
            <location line="+51" />
            <source>%Ln initiative(s) shown</source>
            <translation>
                <numerusform>%Ln iniciativa mostrada</numerusform>
                <numerusform>%Ln iniciativas mostradas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+111" />
            <source>Report written to %1</source>
            <translation>Informe escrito en %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>About SSC Catalogue</source>
            <translation>Acerca de SSC Catalogue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;SSC Catalogue %1&lt;/h3&gt;&lt;p&gt;A catalogue of South-South and triangular cooperation initiatives for children.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3).&lt;/p&gt;&lt;p&gt;Data: country codes and UN M49 regions from ISO-3166-Countries-with-Regional-Codes (CC BY-SA 4.0); DAC sectors and currencies from the IATI Standard (iatistandard.org, CC BY 4.0); SDG short titles from Open SDG (MIT); SDG colours from the United Nations' SDG guidelines. The bundled catalogue is drawn from UNICEF's public pages on South-South cooperation.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;SSC Catalogue %1&lt;/h3&gt;&lt;p&gt;Catálogo de iniciativas de cooperación Sur-Sur y triangular en favor de la infancia.&lt;/p&gt;&lt;p&gt;Qt %2 (compilado con %3).&lt;/p&gt;&lt;p&gt;Datos: códigos de países y regiones UN M49 procedentes de ISO-3166-Countries-with-Regional-Codes (CC BY-SA 4.0); sectores del CAD y monedas procedentes del Estándar IATI (iatistandard.org, CC BY 4.0); títulos abreviados de los ODS procedentes de Open SDG (MIT); colores de los ODS según las directrices de las Naciones Unidas sobre los ODS. El catálogo incluido se basa en las páginas públicas de UNICEF sobre la cooperación Sur-Sur.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/MainWindowChips.cpp" line="+60" />
            <source>%1: %Ln selected</source>
            <translation>
                <numerusform>%1: %Ln seleccionado</numerusform>
                <numerusform>%1: %Ln seleccionados</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>Role: %1</source>
            <translation>Función: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Years: %1–%2</source>
            <translation>Años: %1–%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Search: %1</source>
            <translation>Búsqueda: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Remove this filter</source>
            <translation>Quitar este filtro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove these filters:
%1</source>
            <translation>Quitar estos filtros:
%1</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowEdits.cpp" line="+27" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location line="+49" />
            <source>F&amp;ind Duplicates…</source>
            <translation>Buscar du&amp;plicados…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Records that are likely one initiative brought in twice, to merge</source>
            <translation>Registros que probablemente son una misma iniciativa introducida dos veces, para fusionarlos</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Recent &amp;Changes…</source>
            <translation>&amp;Cambios recientes…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The catalogue's history: who changed what, and when</source>
            <translation>Historial del catálogo: quién cambió qué y cuándo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cannot change the catalogue</source>
            <translation>No se puede modificar el catálogo</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowFiles.cpp" line="+35" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importable files (*.xml *.csv *.json);;IATI activity files (*.xml);;CSV files (*.csv);;Catalogue files (*.json)</source>
            <translation>Archivos importables (*.xml *.csv *.json);;Archivos de actividades IATI (*.xml);;Archivos CSV (*.csv);;Archivos de catálogo (*.json)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cannot import</source>
            <translation>No se puede importar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not an IATI activity file (.xml), a CSV file (.csv) or a catalogue file (.json).</source>
            <translation>%1 no es un archivo de actividades IATI (.xml), un archivo CSV (.csv) ni un archivo de catálogo (.json).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Imported %1</source>
            <translation>Se importó %1</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Export to IATI</source>
            <translation>Exportar a IATI</translation>
        </message>
        <message>
            <location line="+3" />
            <source>IATI activity files (*.xml)</source>
            <translation>Archivos de actividades IATI (*.xml)</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+53" />
            <source>Writing %1…</source>
            <translation>Escribiendo %1…</translation>
        </message>
        <message>
            <location line="-45" />
            <source>No initiative is shown: there is nothing to export.</source>
            <translation>No se muestra ninguna iniciativa: no hay nada que exportar.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+50" />
            <source>Cannot export</source>
            <translation>No se puede exportar</translation>
        </message>
        <message numerus="yes">
            <location line="-46" />
            <source>Exported %Ln initiative(s) to %1</source>
            <translation>
                <numerusform>Se exportó %Ln iniciativa a %1</numerusform>
                <numerusform>Se exportaron %Ln iniciativas a %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exported to IATI</source>
            <translation>Exportado a IATI</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln initiative(s) written to %1 as IATI 2.03.</source>
            <translation>
                <numerusform>%Ln iniciativa escrita en %1 como IATI 2.03.</numerusform>
                <numerusform>%Ln iniciativas escritas en %1 como IATI 2.03.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%Ln left out because IATI requires what they lack (see details).</source>
            <translation>
                <numerusform>%Ln omitida porque IATI exige datos que le faltan (véanse los detalles).</numerusform>
                <numerusform>%Ln omitidas porque IATI exige datos que les faltan (véanse los detalles).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export Catalogue File</source>
            <translation>Exportar archivo de catálogo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Catalogue files (*.json)</source>
            <translation>Archivos de catálogo (*.json)</translation>
        </message>
        <message numerus="yes">
            <location line="+21" />
            <source>Exported the catalogue (%Ln initiative(s), its history and saved searches) to %1</source>
            <translation>
                <numerusform>Se exportó el catálogo (%Ln iniciativa, su historial y las búsquedas guardadas) a %1</numerusform>
                <numerusform>Se exportó el catálogo (%Ln iniciativas, su historial y las búsquedas guardadas) a %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Applying %1…</source>
            <translation>Aplicando %1…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot apply the change bundle</source>
            <translation>No se puede aplicar el paquete de cambios</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Applied %1: %2 changed, %3 already so, %4 in conflict</source>
            <translation>Se aplicó %1: %2 modificados, %3 ya al día, %4 en conflicto</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowOpen.cpp" line="+46" />
            <source>Opening %1…</source>
            <translation>Abriendo %1…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot open the catalogue</source>
            <translation>No se puede abrir el catálogo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 — SSC Catalogue</source>
            <translation>%1 — SSC Catalogue</translation>
        </message>
        <message>
            <location line="+82" />
            <source>Open Catalogue</source>
            <translation>Abrir catálogo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC catalogues (*.ssccat);;All files (*)</source>
            <translation>Catálogos SSC (*.ssccat);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+7" />
            <source>New Catalogue</source>
            <translation>Nuevo catálogo</translation>
        </message>
        <message>
            <location line="-6" />
            <source>SSC catalogues (*.ssccat)</source>
            <translation>Catálogos SSC (*.ssccat)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 already exists. Choose a new name, or open it with File &gt; Open Catalogue.</source>
            <translation>%1 ya existe. Elija un nombre nuevo o ábralo con Archivo &gt; Abrir catálogo.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>No recent catalogues</source>
            <translation>No hay catálogos recientes</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowSearches.cpp" line="+24" />
            <source>&amp;Save Search…</source>
            <translation>&amp;Guardar búsqueda…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep the current filters and search under a name, in the catalogue</source>
            <translation>Guardar los filtros y la búsqueda actuales con un nombre, en el catálogo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved Searc&amp;hes</source>
            <translation>Búsquedas guar&amp;dadas</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Saved searches</source>
            <translation>Búsquedas guardadas</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Search saved as "%1"</source>
            <translation>Búsqueda guardada como "%1"</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowViews.cpp" line="+25" />
            <source>Map</source>
            <translation>Mapa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The initiatives under the filter, as a list (Ctrl+1)</source>
            <translation>Las iniciativas del filtro, en forma de lista (Ctrl+1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dashboard</source>
            <translation>Tablero</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where they are, on a world map (Ctrl+2)</source>
            <translation>Dónde están, en un mapa del mundo (Ctrl+2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Charts of them: years, areas, partners, funding (Ctrl+3)</source>
            <translation>Gráficos sobre ellas: años, áreas, asociados, financiación (Ctrl+3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;List</source>
            <translation>&amp;Lista</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Map</source>
            <translation>&amp;Mapa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Dashboard</source>
            <translation>&amp;Tablero</translation>
        </message>
    </context>
    <context>
        <name>ssc::MapPane</name>
        <message>
            <location filename="../src/gui/MapPane.cpp" line="+29" />
            <source>Any role</source>
            <translation>Cualquier función</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Role the map counts countries in</source>
            <translation>Función con la que el mapa cuenta los países</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Countries as:</source>
            <translation>Países como:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Countries</source>
            <translation>Países</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Links: provider → recipient</source>
            <translation>Vínculos: proveedor → receptor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Countries shaded by their initiatives, or lines from each provider to each recipient</source>
            <translation>Países sombreados según sus iniciativas, o líneas de cada proveedor a cada receptor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the map shows</source>
            <translation>Qué muestra el mapa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whole World</source>
            <translation>Todo el mundo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the whole world again (Home)</source>
            <translation>Volver a mostrar todo el mundo (Home)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location line="+131" />
            <source>Initiatives</source>
            <translation>Iniciativas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Initiatives as %1</source>
            <translation>Iniciativas como %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not on the map (too small at this scale): %1</source>
            <translation>No aparecen en el mapa (demasiado pequeños a esta escala): %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Initiatives by country</source>
            <translation>Iniciativas por país</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Map data: Natural Earth (public domain). Made with SSC Catalogue.</source>
            <translation>Datos del mapa: Natural Earth (dominio público). Elaborado con SSC Catalogue.</translation>
        </message>
    </context>
    <context>
        <name>ssc::MergeDialog</name>
        <message>
            <location filename="../src/gui/MergeDialog.cpp" line="+56" />
            <source>Merge Duplicates</source>
            <translation>Fusionar duplicados</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fields of the two records</source>
            <translation>Campos de los dos registros</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Merge</source>
            <translation>&amp;Fusionar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Keep the Other's Key</source>
            <translation>&amp;Conservar la clave del otro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the second record's identifier and merge the first into it</source>
            <translation>Conservar el identificador del segundo registro y fusionar el primero con él</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Keep %1 "%2" and merge %3 "%4" into it. Choose each field that differs; lists are united unless you choose one side. Afterwards %3 finds the merged record, and Edit &gt; Undo takes the merge back.</source>
            <translation>Se conserva %1 "%2" y se le incorpora %3 "%4". Elija cada campo que difiera; las listas se unen salvo que elija uno de los lados. Después, %3 remite al registro fusionado y Editar &gt; Deshacer revierte la fusión.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep: %1</source>
            <translation>Conservar: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other: %1</source>
            <translation>Otro: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Both</source>
            <translation>Ambos</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the kept record's</source>
            <translation>el del registro conservado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the other record's</source>
            <translation>el del otro registro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>both</source>
            <translation>ambos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>both records'</source>
            <translation>los de ambos registros</translation>
        </message>
    </context>
    <context>
        <name>ssc::OrganisationDialog</name>
        <message>
            <location filename="../src/gui/OrganisationDialog.cpp" line="+25" />
            <source>New Organisation</source>
            <translation>Nueva organización</translation>
        </message>
        <message>
            <location line="+7" />
            <source>(not given)</source>
            <translation>(no indicado)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>such as UNICEF</source>
            <translation>como UNICEF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What is wrong with the organisation</source>
            <translation>Problemas de la organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier</source>
            <translation>Identificador</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Acronym:</source>
            <translation>&amp;Sigla:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Type:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Country:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier:</source>
            <translation>Identificador:</translation>
        </message>
    </context>
    <context>
        <name>ssc::PreferencesDialog</name>
        <message>
            <location filename="../src/gui/Preferences.cpp" line="+91" />
            <location line="+128" />
            <location line="+8" />
            <location line="+9" />
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <location line="-135" />
            <source>The name the catalogue's history gives your changes</source>
            <translation>Nombre con el que el historial del catálogo registra sus cambios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your &amp;name:</source>
            <translation>Su &amp;nombre:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Browse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the export folder</source>
            <translation>Elegir la carpeta de exportación</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+3" />
            <source>Export folder</source>
            <translation>Carpeta de exportación</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Export folder:</source>
            <translation>&amp;Carpeta de exportación:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Start in the last folder used</source>
            <translation>&amp;Empezar en la última carpeta usada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Page size of PDF reports:</source>
            <translation>&amp;Tamaño de página de los informes PDF:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+10" />
            <source>Logo of reports</source>
            <translation>Logotipo de los informes</translation>
        </message>
        <message>
            <location line="-9" />
            <source>An image (PNG, JPEG or SVG) drawn at the top of a report's first page</source>
            <translation>Imagen (PNG, JPEG o SVG) que se dibuja en la parte superior de la primera página de un informe</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ch&amp;oose…</source>
            <translation>Ele&amp;gir…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the logo of reports</source>
            <translation>Elegir el logotipo de los informes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Images (*.png *.jpg *.jpeg *.svg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Report &amp;logo:</source>
            <translation>&amp;Logotipo de los informes:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Introduction of reports</source>
            <translation>Introducción de los informes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A paragraph under the title of every report: who you are, why these initiatives</source>
            <translation>Párrafo bajo el título de cada informe: quién es usted, por qué estas iniciativas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Report &amp;introduction:</source>
            <translation>&amp;Introducción de los informes:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Printed above the figures on the first page: a long introduction pushes the figures and charts onto the next page. A few sentences fit.</source>
            <translation>Se imprime encima de las cifras en la primera página: una introducción larga desplaza las cifras y los gráficos a la página siguiente. Caben unas pocas frases.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Hide filter values with no matches</source>
            <translation>&amp;Ocultar valores de filtro sin coincidencias</translation>
        </message>
        <message>
            <location line="+3" />
            <source>for example XM-DAC-41122</source>
            <translation>por ejemplo, XM-DAC-41122</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your organisation's IATI identifier, written as the reporting organisation of IATI exports</source>
            <translation>Identificador IATI de su organización, que figura como organización informante en las exportaciones a IATI</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI &amp;reporting organisation:</source>
            <translation>Organización info&amp;rmante IATI:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(not given)</source>
            <translation>(no indicado)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Organisation &amp;type:</source>
            <translation>Tipo de organi&amp;zación:</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The export folder %1 does not exist. Choose a folder that exists, or leave the field empty for Documents.</source>
            <translation>La carpeta de exportación %1 no existe. Elija una carpeta que exista o deje el campo vacío para usar Documentos.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The report logo %1 is not an image this program can read. Choose a PNG, JPEG or SVG file, or leave the field empty.</source>
            <translation>El logotipo de informe %1 no es una imagen que este programa pueda leer. Elija un archivo PNG, JPEG o SVG, o deje el campo vacío.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The IATI reporting organisation is an identifier without spaces, such as XM-DAC-41122; "%1" has spaces.</source>
            <translation>La organización informante IATI es un identificador sin espacios, como XM-DAC-41122; "%1" contiene espacios.</translation>
        </message>
    </context>
    <context>
        <name>ssc::ReportDialog</name>
        <message>
            <location filename="../src/gui/ReportDialog.cpp" line="+60" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Under the current &amp;filter (%1)</source>
            <translation>Con el filtro a&amp;ctual (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Selected rows (%1)</source>
            <translation>Filas &amp;seleccionadas (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Whole catalogue (%1)</source>
            <translation>Todo el catálo&amp;go (%1)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Export</source>
            <translation>&amp;Exportar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pre&amp;view</source>
            <translation>&amp;Vista previa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See the PDF or HTML report before saving it</source>
            <translation>Ver el informe PDF o HTML antes de guardarlo</translation>
        </message>
        <message>
            <location line="+42" />
            <source>report</source>
            <translation>informe</translation>
        </message>
        <message>
            <location line="+1" />
            <source> report</source>
            <translation> informe</translation>
        </message>
        <message>
            <location line="+53" />
            <location line="+63" />
            <source>Export Report</source>
            <translation>Exportar informe</translation>
        </message>
        <message>
            <location line="-62" />
            <source>%1 (*.%2)</source>
            <translation>%1 (*.%2)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Choose the file to write the report to.</source>
            <translation>Elija el archivo en el que escribir el informe.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot write the report to %1: the folder %2 does not exist.</source>
            <translation>No se puede escribir el informe en %1: la carpeta %2 no existe.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot write the report to %1: it is a folder.</source>
            <translation>No se puede escribir el informe en %1: es una carpeta.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 already exists. Replace it?</source>
            <translation>%1 ya existe. ¿Desea reemplazarlo?</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Reading initiatives: %1 of %2</source>
            <translation>Leyendo iniciativas: %1 de %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Preparing the preview…</source>
            <translation>Preparando la vista previa…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preparing the report…</source>
            <translation>Preparando el informe…</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Preview cancelled.</source>
            <translation>Vista previa cancelada.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled: no file was written.</source>
            <translation>Cancelado: no se escribió ningún archivo.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Wrote %1.</source>
            <translation>Se escribió %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Report Exported</source>
            <translation>Informe exportado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The report on %1 initiatives was written to %2.</source>
            <translation>El informe sobre %1 iniciativas se escribió en %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open &amp;File</source>
            <translation>Abrir &amp;archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open F&amp;older</source>
            <translation>Abrir &amp;carpeta</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+7" />
            <source>Preview: %1</source>
            <translation>Vista previa: %1</translation>
        </message>
    </context>
    <context>
        <name>ssc::ReportTask</name>
        <message>
            <location filename="../src/gui/ReportTask.cpp" line="+70" />
            <source>%1 selected from: %2</source>
            <translation>%1 seleccionadas de: %2</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+13" />
            <location line="+16" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
    </context>
    <context>
        <name>ssc::ResultsView</name>
        <message>
            <location filename="../src/gui/ResultsView.cpp" line="+117" />
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Reset columns</source>
            <translation>Restablecer columnas</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>D&amp;uplicate…</source>
            <translation>D&amp;uplicar…</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>&amp;Delete %n initiative(s)…</source>
            <translation>
                <numerusform>E&amp;liminar %n iniciativa…</numerusform>
                <numerusform>E&amp;liminar %n iniciativas…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Copy as text</source>
            <translation>&amp;Copiar como texto</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Copy &amp;identifier</source>
            <translation>
                <numerusform>Copiar &amp;identificador</numerusform>
                <numerusform>Copiar &amp;identificadores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>&amp;Export %n selected row(s) as a report…</source>
            <translation>
                <numerusform>E&amp;xportar %n fila seleccionada como informe…</numerusform>
                <numerusform>E&amp;xportar %n filas seleccionadas como informe…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::SavedSearchesPane</name>
        <message>
            <location filename="../src/gui/SavedSearchesPane.cpp" line="+22" />
            <source>&lt;b&gt;Saved searches&lt;/b&gt;</source>
            <translation>&lt;b&gt;Búsquedas guardadas&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved searches</source>
            <translation>Búsquedas guardadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Double-click or press Enter to apply a saved search</source>
            <translation>Haga doble clic o pulse Enter para aplicar una búsqueda guardada</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save…</source>
            <translation>Guardar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the current filters and search under a name</source>
            <translation>Guardar los filtros y la búsqueda actuales con un nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Update</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make the selected saved search the current filters</source>
            <translation>Sustituir la búsqueda guardada seleccionada por los filtros actuales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename…</source>
            <translation>Cambiar nombre…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Rename Saved Search</source>
            <translation>Cambiar nombre de la búsqueda guardada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New name:</source>
            <translation>Nombre nuevo:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Delete Saved Search</source>
            <translation>Eliminar búsqueda guardada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the saved search "%1"?</source>
            <translation>¿Eliminar la búsqueda guardada "%1"?</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Save Search</source>
            <translation>Guardar búsqueda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name for the current filters and search:</source>
            <translation>Nombre para los filtros y la búsqueda actuales:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>None yet: Save… keeps the current filters</source>
            <translation>Ninguna todavía: Guardar… conserva los filtros actuales</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamCloneDialog</name>
        <message>
            <location filename="../src/gui/TeamCloneDialog.cpp" line="+25" />
            <source>&amp;Remember the password (system keychain, or ~/.pgpass where there is none)</source>
            <translation>&amp;Recordar la contraseña (llavero del sistema o, si no lo hay, ~/.pgpass)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Clone</source>
            <translation>&amp;Clonar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clone Team Catalogue</source>
            <translation>Clonar catálogo del equipo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>from ~/.pgpass when empty</source>
            <translation>se toma de ~/.pgpass si se deja vacío</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Browse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>Contr&amp;aseña:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Local copy:</source>
            <translation>Copia &amp;local:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Local Copy</source>
            <translation>Copia local</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC catalogues (*.ssccat)</source>
            <translation>Catálogos SSC (*.ssccat)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Give the team catalogue's server, as its keeper gave it.</source>
            <translation>Indique el servidor del catálogo del equipo tal como se lo facilitó su responsable.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a new file for the local copy.</source>
            <translation>Elija un archivo nuevo para la copia local.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cloning… a large team catalogue takes a minute.</source>
            <translation>Clonando… un catálogo del equipo grande tarda un minuto.</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamConnectDialog</name>
        <message>
            <location filename="../src/gui/TeamConnectDialog.cpp" line="+25" />
            <source>&amp;Remember the password (system keychain, or ~/.pgpass where there is none)</source>
            <translation>&amp;Recordar la contraseña (llavero del sistema o, si no lo hay, ~/.pgpass)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Connect</source>
            <translation>&amp;Conectar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connect to the Team Catalogue</source>
            <translation>Conectar con el catálogo del equipo</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Server:</source>
            <translation>Servidor:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>Contr&amp;aseña:</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Give the user (role) the team catalogue's keeper gave you.</source>
            <translation>Indique el usuario (rol) que le facilitó el responsable del catálogo del equipo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Connected.</source>
            <translation>Conectado.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Connected; the connection is not encrypted (no TLS).</source>
            <translation>Conectado; la conexión no está cifrada (sin TLS).</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamControl</name>
        <message>
            <location filename="../src/gui/TeamControl.cpp" line="+22" />
            <source>&amp;Team Catalogue</source>
            <translation>Catálogo del &amp;equipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Clone Team Catalogue…</source>
            <translation>&amp;Clonar catálogo del equipo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;onnect…</source>
            <translation>C&amp;onectar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Sync Now</source>
            <translation>&amp;Sincronizar ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Review Conflicts…</source>
            <translation>&amp;Revisar conflictos…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Send the changes made here and receive the team's</source>
            <translation>Enviar los cambios hechos aquí y recibir los del equipo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The user and password with which this copy reaches its server</source>
            <translation>Usuario y contraseña con los que esta copia accede a su servidor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fields changed here and in the team catalogue: choose each value</source>
            <translation>Campos modificados aquí y en el catálogo del equipo: elija cada valor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make a local copy of a team catalogue on a PostgreSQL server</source>
            <translation>Crear una copia local de un catálogo del equipo en un servidor PostgreSQL</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Team catalogue</source>
            <translation>Catálogo del equipo</translation>
        </message>
        <message>
            <location line="+86" />
            <source>Team: syncing…</source>
            <translation>Equipo: sincronizando…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team: not synced this session</source>
            <translation>Equipo: sin sincronizar en esta sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team: synced %1</source>
            <translation>Equipo: sincronizado a las %1</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n cambio pendiente</numerusform>
                <numerusform>%n cambios pendientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflicto</numerusform>
                <numerusform>%n conflictos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>new changes on the server by %1: &lt;a href="sync"&gt;Sync now&lt;/a&gt; (F9)</source>
            <translation>nuevos cambios de %1 en el servidor: &lt;a href="sync"&gt;Sincronizar ahora&lt;/a&gt; (F9)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 changed the team catalogue; Sync Now (F9) takes the change here.</source>
            <translation>%1 modificó el catálogo del equipo; Sincronizar ahora (F9) trae el cambio aquí.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The team catalogue's server asks for your password to sync this copy (%1).</source>
            <translation>El servidor del catálogo del equipo solicita su contraseña para sincronizar esta copia (%1).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Synced: received %1, sent %2, merged %3, in conflict %4</source>
            <translation>Sincronizado: recibidos %1, enviados %2, fusionados %3, en conflicto %4</translation>
        </message>
        <message>
            <location line="+7" />
            <source> (the connection is not encrypted)</source>
            <translation> (la conexión no está cifrada)</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamPasswords</name>
        <message>
            <location filename="../src/gui/TeamPasswords.cpp" line="+53" />
            <source>The password is kept in the system keychain.</source>
            <translation>La contraseña se guarda en el llavero del sistema.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The password could not be kept: %1; %2</source>
            <translation>No se pudo guardar la contraseña: %1; %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no system keychain here (%1); the password is kept in %2, readable by you alone.</source>
            <translation>No hay ningún llavero del sistema disponible (%1); la contraseña se guarda en %2, legible solo por usted.</translation>
        </message>
    </context>
    <context>
        <name>ssc::WorldMapView</name>
        <message>
            <location filename="../src/gui/WorldMapView.cpp" line="+30" />
            <source>World map</source>
            <translation>Mapa del mundo</translation>
        </message>
        <message>
            <location line="+43" />
            <source>No provider-to-recipient links under the filter.</source>
            <translation>No hay vínculos de proveedor a receptor con el filtro.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Provider to recipient: %1</source>
            <translation>De proveedor a receptor: %1</translation>
        </message>
        <message>
            <location line="+191" />
            <source>%1: among the links drawn, provider to %2 countries, recipient from %3</source>
            <translation>%1: entre los vínculos trazados, proveedor de %2 países y receptor de %3</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%1: %Ln initiative(s)</source>
            <translation>
                <numerusform>%1: %Ln iniciativa</numerusform>
                <numerusform>%1: %Ln iniciativas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+85" />
            <source>No country has initiatives under the filter.</source>
            <translation>Ningún país tiene iniciativas con el filtro.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1. Most: %2</source>
            <translation>%1. Con más iniciativas: %2</translation>
        </message>
    </context>
</TS>
