<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>BoundedXmlReader</name>
        <message>
            <location filename="../src/core/io/iati/BoundedXmlReader.cpp" line="+54" />
            <location line="+19" />
            <source>its entity references could expand to more than %1 characters</source>
            <translation>ses références d'entités pourraient produire plus de %1 caractères</translation>
        </message>
        <message>
            <location line="+18" />
            <source>nesting deeper than %1 elements</source>
            <translation>imbrication de plus de %1 éléments</translation>
        </message>
    </context>
    <context>
        <name>BuildProgress</name>
        <message>
            <location filename="../src/core/index/BuildProgress.h" line="+32" />
            <source>Building the index was stopped</source>
            <translation>La construction de l'index a été interrompue</translation>
        </message>
    </context>
    <context>
        <name>CatalogueEditor</name>
        <message>
            <location filename="../src/core/catalogue/CatalogueEditor.cpp" line="+92" />
            <location line="+7" />
            <source>%1: the record kept in the history is damaged</source>
            <translation>%1 : la fiche conservée dans l'historique est endommagée</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Initiative %1 is in the catalogue: there is nothing to restore</source>
            <translation>L'initiative %1 figure dans le catalogue : il n'y a rien à restaurer</translation>
        </message>
        <message>
            <location line="+7" />
            <source>history entry %1</source>
            <translation>entrée %1 de l'historique</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Initiative %1 has no delete in the history to restore from</source>
            <translation>L'historique ne contient aucune suppression de l'initiative %1 à partir de laquelle la restaurer</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Initiative %1 cannot be merged with itself</source>
            <translation>L'initiative %1 ne peut pas être fusionnée avec elle-même</translation>
        </message>
    </context>
    <context>
        <name>CatalogueImport</name>
        <message>
            <location filename="../src/core/io/CatalogueImport.cpp" line="+29" />
            <source>Import of %1 cancelled: the catalogue is unchanged</source>
            <translation>Importation de %1 annulée : le catalogue n'a pas été modifié</translation>
        </message>
        <message>
            <location line="+134" />
            <source>organisation %1 differs from the catalogue's; the catalogue's is kept</source>
            <translation>l'organisation %1 diffère de celle du catalogue ; celle du catalogue est conservée</translation>
        </message>
        <message>
            <location line="+37" />
            <source>organisations and sources of the file</source>
            <translation>organisations et sources du fichier</translation>
        </message>
        <message>
            <location line="+20" />
            <source>the catalogue already holds this record as it is</source>
            <translation>le catalogue contient déjà cette fiche à l'identique</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the catalogue holds a different record with this id</source>
            <translation>le catalogue contient une autre fiche portant cet identifiant</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Nothing was imported from %1, as a record breaks the catalogue's rules: line %2, %3: %4</source>
            <translation>Rien n’a été importé de %1, car un enregistrement enfreint les règles du catalogue : ligne %2, %3 : %4</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing was imported from %1, as a record breaks the catalogue's rules: %2: %3</source>
            <translation>Rien n’a été importé de %1, car un enregistrement enfreint les règles du catalogue : %2 : %3</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source> (and %n more record(s); the import report lists each)</source>
            <translation>
                <numerusform> (et %n autre enregistrement ; le rapport d’importation les liste tous)</numerusform>
                <numerusform> (et %n autres enregistrements ; le rapport d’importation les liste tous)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import of %1: check the file before writing</source>
            <translation>Importation de %1 : le fichier doit être vérifié avant l'écriture</translation>
        </message>
        <message>
            <location line="+75" />
            <source>conflict: the file's record taken</source>
            <translation>conflit : fiche du fichier retenue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>conflict: the catalogue's record kept</source>
            <translation>conflit : fiche du catalogue conservée</translation>
        </message>
    </context>
    <context>
        <name>CatalogueJson</name>
        <message>
            <location filename="../src/core/io/json/CatalogueJson.cpp" line="+40" />
            <location line="+389" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+31" />
            <source>%1: %2, field "%3": %4</source>
            <translation>%1 : %2, champ « %3 » : %4</translation>
        </message>
        <message>
            <location line="-371" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+20" />
            <source>is missing (expected a string)</source>
            <translation>est absent (chaîne de caractères attendue)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+43" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+5" />
            <source>is a %1 (expected a string)</source>
            <translation>est de type %1 (chaîne de caractères attendue)</translation>
        </message>
        <message>
            <location line="-36" />
            <source>is empty (expected a non-empty string)</source>
            <translation>est vide (une chaîne non vide est attendue)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>holds the control character U+%1 (expected text without control characters)</source>
            <translation>contient le caractère de contrôle U+%1 (texte sans caractères de contrôle attendu)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>is a %1 (expected an array of strings)</source>
            <translation>est de type %1 (tableau de chaînes de caractères attendu)</translation>
        </message>
        <message>
            <location line="+23" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="-14" />
            <source>is a %1 (expected an array)</source>
            <translation>est de type %1 (tableau attendu)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>is a %1 (expected a whole number from %2 to %3)</source>
            <translation>est de type %1 (nombre entier de %2 à %3 attendu)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>is %1 (expected a whole number from %2 to %3)</source>
            <translation>vaut %1 (nombre entier de %2 à %3 attendu)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>is a %1 (expected a number)</source>
            <translation>est de type %1 (nombre attendu)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not a finite number</source>
            <translation>n'est pas un nombre fini</translation>
        </message>
        <message>
            <location line="+16" />
            <source>is not a field of this record (expected one of: %1)</source>
            <translation>n'est pas un champ de cette fiche (attendu parmi : %1)</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+22" />
            <source>is a %1 (expected an object)</source>
            <translation>est de type %1 (objet attendu)</translation>
        </message>
        <message>
            <location line="+93" />
            <location line="+54" />
            <source>is a %1 (expected true or false)</source>
            <translation>est de type %1 (true ou false attendu)</translation>
        </message>
        <message>
            <location line="-34" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+105" />
            <source>the top level</source>
            <translation>le niveau racine</translation>
        </message>
        <message>
            <location line="+3" />
            <source>is a %1 (expected an object with "format": "ssc-catalogue")</source>
            <translation>est de type %1 (objet avec "format": "ssc-catalogue" attendu)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>is not "ssc-catalogue" (this is not an SSC catalogue file)</source>
            <translation>n'est pas « ssc-catalogue » (ce fichier n'est pas un fichier de catalogue SSC)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>is missing (expected 1)</source>
            <translation>est absent (1 attendu)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>is %1, newer than this program reads (%2): update SSC Catalogue</source>
            <translation>vaut %1, version plus récente que celles que ce programme sait lire (%2) : mettez à jour SSC Catalogue</translation>
        </message>
        <message>
            <location line="+89" />
            <source>%1: a number is out of range (%2)</source>
            <translation>%1 : un nombre est hors limites (%2)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, line %2, column %3: not valid JSON (%4)</source>
            <translation>%1, ligne %2, colonne %3 : JSON non valide (%4)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>is given twice (expected each field once; which one to keep is not clear)</source>
            <translation>est donné deux fois (chaque champ attendu une seule fois ; on ne sait pas lequel garder)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <location line="+107" />
            <location line="+5" />
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="-94" />
            <source>is "%1" (expected a UTC time such as 2026-11-29T08:30:00Z)</source>
            <translation>vaut « %1 » (heure UTC attendue, par exemple 2026-11-29T08:30:00Z)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>is "%1" (expected add, edit, delete, restore, import or merge)</source>
            <translation>vaut « %1 » (add, edit, delete, restore, import ou merge attendu)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>is a %1 (expected an initiative as an object)</source>
            <translation>est de type %1 (initiative sous forme d'objet attendue)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>is empty (a saved search needs a name)</source>
            <translation>est vide (une recherche enregistrée doit avoir un nom)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not a filter (expected an object)</source>
            <translation>n'est pas un filtre (objet attendu)</translation>
        </message>
    </context>
    <context>
        <name>CatalogueSession</name>
        <message>
            <location filename="../src/gui/CatalogueSession.cpp" line="+18" />
            <source>The saved index of this catalogue was damaged; it was built again from the catalogue, which is unharmed.</source>
            <translation>L’index enregistré de ce catalogue était endommagé ; il a été reconstruit à partir du catalogue, qui est intact.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueStore</name>
        <message>
            <location filename="../src/core/index/IndexedQuerySaved.cpp" line="+124" />
            <location line="+18" />
            <source>Cannot save %1: %2</source>
            <translation>Impossible d'enregistrer %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/BulkLoad.cpp" line="+12" />
            <location filename="../src/core/storage/CatalogueStore.cpp" line="+268" />
            <location filename="../src/core/storage/CatalogueWrites.cpp" line="+30" />
            <source>Cannot write to %1: %2</source>
            <translation>Impossible d'écrire dans %1 : %2</translation>
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
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <location line="+42" />
            <source>A record cannot be a duplicate of itself (%1)</source>
            <translation>Une fiche ne peut pas être un doublon d'elle-même (%1)</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueHistory.cpp" line="+117" />
            <source>Initiative %1 already exists in the catalogue</source>
            <translation>L'initiative %1 existe déjà dans le catalogue</translation>
        </message>
        <message>
            <location line="+78" />
            <source>The history of %1 has an unknown action "%2" (entry %3)</source>
            <translation>L'historique de %1 contient une action inconnue « %2 » (entrée %3)</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueImportSink.cpp" line="+53" />
            <source>Could not replace initiative %1: %2</source>
            <translation>Impossible de remplacer l'initiative %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueStore.cpp" line="-319" />
            <source>%1 is a folder, not a catalogue file</source>
            <translation>%1 est un dossier, et non un fichier de catalogue</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 cannot be read (permission denied)</source>
            <translation>%1 ne peut pas être lu (autorisation refusée)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is read-only: SSC Catalogue needs to write to its catalogue. Copy it to a folder you can write to, or make it writable.</source>
            <translation>%1 est en lecture seule : SSC Catalogue doit pouvoir écrire dans son catalogue. Copiez-le dans un dossier où vous pouvez écrire, ou rendez-le accessible en écriture.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is empty (0 bytes), not an SSC catalogue; it was left as it is. To start a new catalogue, give a file name that does not exist yet.</source>
            <translation>%1 est vide (0 octet), ce n’est pas un catalogue SSC ; il a été laissé tel quel. Pour commencer un nouveau catalogue, donnez un nom de fichier qui n’existe pas encore.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 cannot be read: %2</source>
            <translation>%1 ne peut pas être lu : %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not an SSC catalogue (it is not an SQLite database)</source>
            <translation>%1 n'est pas un catalogue SSC (ce n'est pas une base de données SQLite)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The folder of %1 is read-only: SSC Catalogue needs to write beside its catalogue.</source>
            <translation>Le dossier de %1 est en lecture seule : SSC Catalogue doit pouvoir écrire à côté de son catalogue.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 does not exist</source>
            <translation>%1 n'existe pas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot create %1: the folder %2 does not exist</source>
            <translation>Impossible de créer %1 : le dossier %2 n'existe pas</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Cannot open %1: %2</source>
            <translation>Impossible d'ouvrir %1 : %2</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+35" />
            <location line="+234" />
            <source>Cannot configure %1: %2</source>
            <translation>Impossible de configurer %1 : %2</translation>
        </message>
        <message>
            <location line="-261" />
            <source>%1 is not an SSC catalogue (%2)</source>
            <translation>%1 n'est pas un catalogue SSC (%2)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is an SQLite database but not an SSC catalogue</source>
            <translation>%1 est une base de données SQLite, mais pas un catalogue SSC</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is damaged: its schema version is %2, which no SSC Catalogue writes</source>
            <translation>%1 est endommagé : sa version de schéma est %2, qu'aucun SSC Catalogue n'écrit</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 was made by a newer SSC Catalogue (schema version %2; this program knows up to %3). Update the program to open it.</source>
            <translation>%1 a été créé par une version plus récente de SSC Catalogue (version de schéma %2 ; ce programme connaît jusqu'à la version %3). Mettez à jour le programme pour l'ouvrir.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Cannot upgrade %1: %2</source>
            <translation>Impossible de mettre à niveau %1 : %2</translation>
        </message>
        <message>
            <location line="+27" />
            <source>No initiative "%1" in %2</source>
            <translation>Aucune initiative « %1 » dans %2</translation>
        </message>
        <message>
            <location line="+173" />
            <location filename="../src/core/storage/SqlQueryEngine.cpp" line="+2" />
            <source>the catalogue</source>
            <translation>le catalogue</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot finish writing %1: %2</source>
            <translation>Impossible de terminer l'écriture de %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueWrites.cpp" line="+13" />
            <source>Cannot write to %1: another program has been writing to it for %2 seconds (an import, perhaps). Nothing was written; try again when it has finished.</source>
            <translation>Impossible d’écrire dans %1 : un autre programme y écrit depuis %2 secondes (une importation, peut-être). Rien n’a été écrit ; réessayez quand il aura terminé.</translation>
        </message>
        <message>
            <location line="+95" />
            <source>Cancelled; nothing was written to %1</source>
            <translation>Annulé ; rien n'a été écrit dans %1</translation>
        </message>
        <message>
            <location filename="../src/core/storage/ParallelTextIndex.cpp" line="+180" />
            <source>Cannot build the full-text index in %1: %2</source>
            <translation>Impossible de construire l'index plein texte dans %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/ReferenceTableWriter.cpp" line="+24" />
            <source>Cannot write reference data to %1: %2</source>
            <translation>Impossible d'écrire les données de référence dans %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/SavedSearches.cpp" line="+23" />
            <source>A saved search needs a name</source>
            <translation>Une recherche enregistrée doit avoir un nom</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1: the saved search "%2" is damaged</source>
            <translation>%1 : la recherche enregistrée « %2 » est endommagée</translation>
        </message>
        <message>
            <location line="+30" />
            <source>There is already a saved search "%1"</source>
            <translation>Une recherche enregistrée « %1 » existe déjà</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+15" />
            <source>There is no saved search "%1"</source>
            <translation>Il n'existe aucune recherche enregistrée « %1 »</translation>
        </message>
    </context>
    <context>
        <name>CatalogueValidator</name>
        <message>
            <location filename="../src/core/domain/CatalogueValidator.cpp" line="+26" />
            <source>%1, field "%2": %3</source>
            <translation>%1, champ « %2 » : %3</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source> (and %n more problem(s))</source>
            <translation>
                <numerusform> (et %n autre problème)</numerusform>
                <numerusform> (et %n autres problèmes)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+22" />
            <source>is missing (expected one of: %1)</source>
            <translation>est absent (attendu parmi : %1)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>unknown %1 "%2" (expected one of: %3)</source>
            <translation>%1 : valeur inconnue « %2 » (attendu parmi : %3)</translation>
        </message>
        <message>
            <location line="+53" />
            <source>"%1" is not a valid id (expected letters, digits, . _ : -)</source>
            <translation>« %1 » n'est pas un identifiant valide (lettres, chiffres, . _ : - attendus)</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+27" />
            <location line="+34" />
            <source>duplicate id "%1"</source>
            <translation>identifiant « %1 » en double</translation>
        </message>
        <message>
            <location line="-57" />
            <source>is missing (expected the document's title)</source>
            <translation>est absent (titre du document attendu)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" is not a web address (expected http:// or https://)</source>
            <translation>« %1 » n'est pas une adresse web (http:// ou https:// attendu)</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+65" />
            <source>"%1" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)</source>
            <translation>« %1 » n'est pas une date (AAAA, AAAA-MM ou AAAA-MM-JJ attendu)</translation>
        </message>
        <message>
            <location line="-52" />
            <location line="+33" />
            <source>"%1" is not a valid id (expected letters, digits, . _ : / -)</source>
            <translation>« %1 » n'est pas un identifiant valide (lettres, chiffres, . _ : / - attendus)</translation>
        </message>
        <message>
            <location line="-27" />
            <source>is missing (expected the organisation's name)</source>
            <translation>est absent (nom de l'organisation attendu)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+57" />
            <source>unknown country code "%1" (expected an ISO 3166-1 alpha-2 code such as "ET")</source>
            <translation>code de pays inconnu « %1 » (code ISO 3166-1 alpha-2 attendu, par exemple « ET »)</translation>
        </message>
        <message>
            <location line="-53" />
            <location line="+152" />
            <source>cites a source twice</source>
            <translation>cite deux fois la même source</translation>
        </message>
        <message>
            <location line="-147" />
            <location line="+152" />
            <source>source "%1" is not in the file or the catalogue</source>
            <translation>la source « %1 » ne figure ni dans le fichier ni dans le catalogue</translation>
        </message>
        <message>
            <location line="-133" />
            <source>is missing (expected a title)</source>
            <translation>est absent (titre attendu)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>lists a modality twice</source>
            <translation>mentionne deux fois la même modalité</translation>
        </message>
        <message>
            <location line="+9" />
            <source>is missing while an end date is given</source>
            <translation>est absent alors qu'une date de fin est indiquée</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is before the start "%2"</source>
            <translation>« %1 » est antérieure au début « %2 »</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 is not a share (expected 0 to 100)</source>
            <translation>%1 n'est pas une part valide (0 à 100 attendu)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+24" />
            <source>lists %1 as %2 twice</source>
            <translation>mentionne deux fois %1 comme %2</translation>
        </message>
        <message>
            <location line="-18" />
            <source>unknown programme area "%1" (expected an id from data/programme-areas.json such as "health")</source>
            <translation>domaine de programme inconnu « %1 » (identifiant de data/programme-areas.json attendu, par exemple « health »)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>lists an area twice</source>
            <translation>mentionne deux fois le même domaine</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+14" />
            <source>organisation "%1" is not in the file or the catalogue</source>
            <translation>l'organisation « %1 » ne figure ni dans le fichier ni dans le catalogue</translation>
        </message>
        <message>
            <location line="+4" />
            <source>is missing (an amount needs an ISO 4217 currency such as "USD")</source>
            <translation>est absent (un montant doit avoir une devise ISO 4217, par exemple « USD »)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unknown currency "%1" (expected an ISO 4217 code such as "USD")</source>
            <translation>devise inconnue « %1 » (code ISO 4217 attendu, par exemple « USD »)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>is negative</source>
            <translation>est négatif</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a plausible year (expected 1900-2100)</source>
            <translation>%1 n'est pas une année plausible (1900-2100 attendu)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"%1" is not an SDG (expected a goal 1-17 or a target such as "3.2")</source>
            <translation>« %1 » n'est pas un ODD (attendu : un objectif de 1 à 17 ou une cible, par exemple « 3.2 »)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>lists "%1" twice</source>
            <translation>mentionne deux fois « %1 »</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+14" />
            <source>"%1" is not a language code (expected ISO 639-1 such as "fr")</source>
            <translation>« %1 » n'est pas un code de langue (code ISO 639-1 attendu, par exemple « fr »)</translation>
        </message>
        <message>
            <location line="-5" />
            <source>"%1" is not a translated field (expected title, summary or description)</source>
            <translation>« %1 » n'est pas un champ traduisible (attendu : title, summary ou description)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>is empty</source>
            <translation>est vide</translation>
        </message>
        <message>
            <location line="+3" />
            <source>gives the %1 in %2 twice</source>
            <translation>indique deux fois le champ %1 en langue %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is empty (every record must cite at least one source)</source>
            <translation>est vide (chaque fiche doit citer au moins une source)</translation>
        </message>
    </context>
    <context>
        <name>ChangeBundle</name>
        <message>
            <location filename="../src/core/team/ChangeBundle.cpp" line="+68" />
            <source>%1 is not a copy of a team catalogue: give --since DATE</source>
            <translation>%1 n'est pas une copie d'un catalogue d'équipe : indiquez --since DATE</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+3" />
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>not a change bundle (expected "format": "%1")</source>
            <translation>n'est pas un lot de modifications ("format": "%1" attendu)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>a change bundle of another version (this program reads %1)</source>
            <translation>lot de modifications d'une autre version (ce programme lit la version %1)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>field "changes" is not a list</source>
            <translation>le champ « changes » n'est pas une liste</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1, field "id": is missing (expected a string)</source>
            <translation>%1, champ « id » : est absent (chaîne de caractères attendue)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field "%2": expected a record or null</source>
            <translation>%1, champ « %2 » : fiche ou null attendu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field "author": expected text</source>
            <translation>%1, champ « author » : texte attendu</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1: %2: %3</source>
            <translation>%1 : %2 : %3</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../src/cli/AddCommand.cpp" line="+26" />
            <source>add: give one file of initiatives in the catalogue format (JSON)</source>
            <translation>add : indiquez un fichier d'initiatives au format du catalogue (JSON)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>add: %1 has no initiatives to add</source>
            <translation>add : %1 ne contient aucune initiative à ajouter</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Added %n initiative(s)</source>
            <translation>
                <numerusform>%n initiative ajoutée</numerusform>
                <numerusform>%n initiatives ajoutées</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>add FILE       add the initiatives of a catalogue file (JSON) as new</source>
            <translation>add FILE       ajouter comme nouvelles les initiatives d'un fichier de catalogue (JSON)</translation>
        </message>
        <message>
            <location filename="../src/cli/Command.cpp" line="+46" />
            <source>The password comes from ~/.pgpass (a line host:port:database:user:password, readable by you alone) or from PGPASSWORD; the window's File &gt; Team Catalogue &gt; Connect can keep it there.</source>
            <translation>Le mot de passe provient de ~/.pgpass (une ligne host:port:database:user:password, lisible par vous seul) ou de PGPASSWORD ; dans la fenêtre, Fichier &gt; Catalogue d'équipe &gt; Se connecter peut l'y enregistrer.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Name recorded in the history (default: the name in the window's preferences, else your account name).</source>
            <translation>Nom inscrit dans l'historique (par défaut : le nom indiqué dans les préférences de la fenêtre, sinon le nom de votre compte).</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/cli/ExportCommand.cpp" line="+88" />
            <source>NAME</source>
            <translation>NOM</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Output: table (default), json or csv.</source>
            <translation>Sortie : table (par défaut), json ou csv.</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/cli/ExportCommand.cpp" line="-7" />
            <location filename="../src/cli/ReportCommand.cpp" line="+32" />
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--format: unknown format "%1" (expected table, json or csv)</source>
            <translation>--format : format inconnu « %1 » (table, json ou csv attendu)</translation>
        </message>
        <message>
            <location filename="../src/cli/CommandLine.cpp" line="+26" />
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message>
            <location line="+32" />
            <source>Usage: ssc-catalogue [COMMAND] [OPTIONS]
With no command, opens the window.

Commands:
</source>
            <translation>Usage : ssc-catalogue [COMMANDE] [OPTIONS]
Sans commande, ouvre la fenêtre.

Commandes :
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
Toutes les commandes acceptent --db CHEMIN (par défaut : votre catalogue dans le dossier des données utilisateur).
Exécutez `ssc-catalogue COMMANDE --help` pour afficher ses options.
Codes de sortie : 0 succès, 1 erreur d'utilisation ou de saisie, 2 erreur du catalogue.
</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--lang CODE, before or after the command, writes messages and reports in that language (%1; default: the system's).
</source>
            <translation>--lang CODE, avant ou après la commande, écrit les messages et les rapports dans cette langue (%1 ; par défaut : celle du système).
</translation>
        </message>
        <message>
            <location line="+23" />
            <source>unknown command "%1" (expected %2; see --help)</source>
            <translation>commande inconnue « %1 » (attendu : %2 ; voir --help)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ssc-catalogue %1</source>
            <translation>ssc-catalogue %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Catalogue file to use.</source>
            <translation>Fichier de catalogue à utiliser.</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/cli/TeamCommands.cpp" line="+39" />
            <source>PATH</source>
            <translation>CHEMIN</translation>
        </message>
        <message>
            <location line="+6" />
            <source>See above.</source>
            <translation>Voir ci-dessus.</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (see ssc-catalogue %1 --help)</source>
            <translation> (voir ssc-catalogue %1 --help)</translation>
        </message>
        <message>
            <location filename="../src/cli/DeleteCommand.cpp" line="+24" />
            <source>delete: give the IDs of the initiatives</source>
            <translation>delete : indiquez les identifiants des initiatives</translation>
        </message>
        <message>
            <location line="+6" />
            <source>delete: no initiative "%1" in %2; nothing was deleted</source>
            <translation>delete : aucune initiative « %1 » dans %2 ; rien n'a été supprimé</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Deleted %n initiative(s)</source>
            <translation>
                <numerusform>%n initiative supprimée</numerusform>
                <numerusform>%n initiatives supprimées</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>restore: give the ID of a deleted initiative</source>
            <translation>restore : indiquez l'identifiant d'une initiative supprimée</translation>
        </message>
        <message>
            <location line="+6" />
            <source>restore: %1</source>
            <translation>restore : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restored %1</source>
            <translation>%1 restaurée</translation>
        </message>
        <message>
            <location line="+8" />
            <source>delete ID...   delete initiatives (all or none)</source>
            <translation>delete ID...   supprimer des initiatives (toutes ou aucune)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>restore ID     bring back a deleted initiative as it was</source>
            <translation>restore ID     rétablir une initiative supprimée telle qu'elle était</translation>
        </message>
        <message>
            <location filename="../src/cli/DuplicatesCommand.cpp" line="+29" />
            <source>Only pairs scoring N or more, 0 to 100 (default 60).</source>
            <translation>Uniquement les paires dont le score est d'au moins N, de 0 à 100 (par défaut : 60).</translation>
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
            <translation>duplicates : n'accepte aucun argument</translation>
        </message>
        <message>
            <location line="+6" />
            <source>duplicates: --min-score takes a number from 0 to 100, not "%1"</source>
            <translation>duplicates : --min-score accepte un nombre de 0 à 100, et non « %1 »</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location line="+0" />
            <source>First</source>
            <translation>Fiche 1</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <location filename="../src/cli/HistoryCommand.cpp" line="+77" />
            <location filename="../src/cli/ListCommand.cpp" line="-25" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Second</source>
            <translation>Fiche 2</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No likely duplicates</source>
            <translation>Aucun doublon probable</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Which record's value a field takes: FIELD=kept, FIELD=other or (lists) FIELD=both. By default lists are united and other fields are the kept record's unless it has none.</source>
            <translation>Valeur retenue pour un champ : CHAMP=kept (fiche conservée), CHAMP=other (autre fiche) ou, pour les listes, CHAMP=both. Par défaut, les listes sont réunies et les autres champs prennent la valeur de la fiche conservée, sauf si elle n'en a pas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>FIELD=WHICH</source>
            <translation>CHAMP=LAQUELLE</translation>
        </message>
        <message>
            <location line="+17" />
            <source>merge: --take names a field of %1, not "%2"</source>
            <translation>merge : --take désigne un champ parmi %1, et non « %2 »</translation>
        </message>
        <message>
            <location line="+10" />
            <source>merge: --take %1= takes kept, other%2, not "%3"</source>
            <translation>merge : --take %1= accepte kept, other%2, et non « %3 »</translation>
        </message>
        <message>
            <location line="+1" />
            <source> or both</source>
            <translation> ou both</translation>
        </message>
        <message>
            <location line="+11" />
            <source>merge: give the ID of the record to keep and of the one to merge into it</source>
            <translation>merge : indiquez l'identifiant de la fiche à conserver et celui de la fiche à fusionner avec elle</translation>
        </message>
        <message>
            <location line="+13" />
            <source>merge: %1; nothing was merged</source>
            <translation>merge : %1 ; aucune fusion n'a été effectuée</translation>
        </message>
        <message>
            <location line="+7" />
            <source>merge: %1</source>
            <translation>merge : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merged %1 into %2; %1 now finds %2</source>
            <translation>%1 fusionnée dans %2 ; %1 renvoie désormais à %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>merge KEEP OTHER  make two records one under KEEP (--take FIELD=other)</source>
            <translation>merge KEEP OTHER  fusionner deux fiches en une seule sous KEEP (--take CHAMP=other)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>duplicates     likely duplicate records, best first (--min-score N)</source>
            <translation>duplicates     doublons probables, les plus probables en premier (--min-score N)</translation>
        </message>
        <message>
            <location filename="../src/cli/EditCommand.cpp" line="+26" />
            <source>Give FIELD this value (repeatable; an empty value clears it). Fields: %1.</source>
            <translation>Donner cette valeur au CHAMP (répétable ; une valeur vide l'efface). Champs : %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+4" />
            <location line="+2" />
            <source>FIELD=VALUE</source>
            <translation>CHAMP=VALEUR</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Add a value to a list field: country=ET:recipient, partner=ORG:implementer, area=nutrition, sdg=3, modality=..., source=... (repeatable).</source>
            <translation>Ajouter une valeur à un champ de liste : country=ET:recipient, partner=ORG:implementer, area=nutrition, sdg=3, modality=..., source=... (répétable).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove a value from a list field (repeatable).</source>
            <translation>Retirer une valeur d'un champ de liste (répétable).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>edit: give one initiative ID and --set, --add or --remove</source>
            <translation>edit : indiquez un identifiant d'initiative et --set, --add ou --remove</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+14" />
            <source>edit: %1</source>
            <translation>edit : %1</translation>
        </message>
        <message>
            <location line="-8" />
            <source>edit: nothing to change; give --set, --add or --remove</source>
            <translation>edit : rien à modifier ; indiquez --set, --add ou --remove</translation>
        </message>
        <message>
            <location line="+13" />
            <source>edit %1: %2</source>
            <translation>edit %1 : %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1: nothing changed</source>
            <translation>%1 : aucune modification</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: changed %2</source>
            <translation>%1 : champs modifiés : %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>edit ID        change fields: --set FIELD=VALUE, --add, --remove</source>
            <translation>edit ID        modifier des champs : --set CHAMP=VALEUR, --add, --remove</translation>
        </message>
        <message>
            <location filename="../src/cli/ExportCommand.cpp" line="-54" />
            <source>export: give one FILE to write</source>
            <translation>export : indiquez le fichier (FILE) à écrire</translation>
        </message>
        <message>
            <location line="+5" />
            <source>export: %1 is the catalogue itself; choose another file</source>
            <translation>export : %1 est le catalogue lui-même ; choisissez un autre fichier</translation>
        </message>
        <message>
            <location line="+7" />
            <source>export: --format %1 is not supported (expected %2)</source>
            <translation>export : --format %1 n'est pas pris en charge (attendu : %2)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Exported %1 initiatives to %2 as IATI 2.03.</source>
            <translation>%1 initiatives exportées vers %2 au format IATI 2.03.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported %1 initiatives to %2 as CSV.</source>
            <translation>%1 initiatives exportées vers %2 au format CSV.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported %1 initiatives to %2.</source>
            <translation>%1 initiatives exportées vers %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left out %1 that IATI cannot hold:</source>
            <translation>%1 initiatives omises, car IATI ne peut pas les contenir :</translation>
        </message>
        <message>
            <location line="+10" />
            <source>File format: json (default), iati or csv.</source>
            <translation>Format de fichier : json (par défaut), iati ou csv.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>IATI: the publisher's organisation identifier (reporting-org ref).</source>
            <translation>IATI : identifiant d'organisation de l'éditeur (reporting-org ref).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>REF</source>
            <translation>RÉF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI: the publisher's OrganisationType code, such as 40.</source>
            <translation>IATI : code OrganisationType de l'éditeur, par exemple 40.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CODE</source>
            <translation>CODE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI: the publisher's name (default: the catalogue's name).</source>
            <translation>IATI : nom de l'éditeur (par défaut : le nom du catalogue).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>export FILE    write the catalogue (or the filtered part) as JSON, IATI XML or CSV</source>
            <translation>export FILE    écrire le catalogue (ou sa partie filtrée) au format JSON, IATI XML ou CSV</translation>
        </message>
        <message>
            <location filename="../src/cli/FacetsCommand.cpp" line="+42" />
            <source>--facet: unknown facet "%1" (expected one of: %2)</source>
            <translation>--facet : facette inconnue « %1 » (attendu parmi : %2)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Facet</source>
            <translation>Facette</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/cli/ShowCommand.cpp" line="+61" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 initiatives match</source>
            <translation>%1 initiatives correspondent</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Only this facet (country, region, programme-area, partner, ...).</source>
            <translation>Uniquement cette facette (country, region, programme-area, partner, ...).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FACET</source>
            <translation>FACETTE</translation>
        </message>
        <message>
            <location line="+7" />
            <source>facets         count initiatives per country, area, partner, ... under the filter</source>
            <translation>facets         compter les initiatives par pays, domaine, partenaire, etc., selon le filtre</translation>
        </message>
        <message>
            <location filename="../src/cli/GenerateCommand.cpp" line="-57" />
            <source>generate: give the new catalogue's --db PATH</source>
            <translation>generate : indiquez le --db CHEMIN du nouveau catalogue</translation>
        </message>
        <message>
            <location line="+3" />
            <source>generate: %1 already exists; give a new file</source>
            <translation>generate : %1 existe déjà ; indiquez un nouveau fichier</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--initiatives: expected a number of initiatives, such as 1000000</source>
            <translation>--initiatives : nombre d'initiatives attendu, par exemple 1000000</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--seed: expected a whole number</source>
            <translation>--seed : nombre entier attendu</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 of %2 initiatives written</source>
            <translation>%1 initiatives écrites sur %2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot create %1</source>
            <translation>Impossible de créer %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Generated %1 synthetic initiatives (seed %2) into %3 in %4 s.</source>
            <translation>%1 initiatives synthétiques générées (graine %2) dans %3 en %4 s.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>How many initiatives to generate.</source>
            <translation>Nombre d'initiatives à générer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Seed: the same seed gives the same catalogue.</source>
            <translation>Graine : une même graine produit le même catalogue.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <location line="+8" />
            <source>generate       write a synthetic catalogue: --initiatives N --db PATH [--seed S]</source>
            <translation>generate       écrire un catalogue synthétique : --initiatives N --db CHEMIN [--seed S]</translation>
        </message>
        <message>
            <location filename="../src/cli/HistoryCommand.cpp" line="-81" />
            <source>Only changes on or after DATE (YYYY-MM-DD, or with a time: YYYY-MM-DDTHH:MM, UTC).</source>
            <translation>Uniquement les modifications effectuées à partir de DATE (AAAA-MM-JJ, ou avec l'heure : AAAA-MM-JJTHH:MM, UTC).</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/cli/TeamCommands.cpp" line="+142" />
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At most N changes (default 100).</source>
            <translation>Au plus N modifications (par défaut : 100).</translation>
        </message>
        <message>
            <location line="+22" />
            <source>history: give at most one initiative ID</source>
            <translation>history : indiquez au plus un identifiant d'initiative</translation>
        </message>
        <message>
            <location line="+7" />
            <source>history: --limit takes a number of 1 or more, not "%1"</source>
            <translation>history : --limit accepte un nombre supérieur ou égal à 1, et non « %1 »</translation>
        </message>
        <message>
            <location line="+9" />
            <source>history: --since takes a date as YYYY-MM-DD, not "%1"</source>
            <translation>history : --since accepte une date au format AAAA-MM-JJ, et non « %1 »</translation>
        </message>
        <message>
            <location line="+39" />
            <source>When (UTC)</source>
            <translation>Date (UTC)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>Champs modifiés</translation>
        </message>
        <message>
            <location line="+22" />
            <source>No changes recorded</source>
            <translation>Aucune modification enregistrée</translation>
        </message>
        <message>
            <location line="+11" />
            <source>history [ID]   who changed what and when (--since DATE, --format)</source>
            <translation>history [ID]   qui a modifié quoi et quand (--since DATE, --format)</translation>
        </message>
        <message>
            <location filename="../src/cli/ImportCommand.cpp" line="+133" />
            <source>import FILE    add an IATI activity file, a CSV file or a catalogue file (JSON)</source>
            <translation>import FILE    ajouter un fichier d'activités IATI, un fichier CSV ou un fichier de catalogue (JSON)</translation>
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
            <translation>Identifiant IATI</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/cli/ListCommand.cpp" line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity type</source>
            <translation>Type d'activité</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Modalities</source>
            <translation>Modalités</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../src/cli/ListCommand.cpp" line="-1" />
            <source>Programme areas</source>
            <translation>Domaines de programme</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../src/cli/ListCommand.cpp" line="+1" />
            <source>Funding</source>
            <translation>Financement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SDGs</source>
            <translation>ODD</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beneficiaries</source>
            <translation>Bénéficiaires</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../src/cli/ListCommand.cpp" line="-64" />
            <source>--sort: unknown column "%1" (expected title, countries, areas, partners, funding, years, status, type or id)</source>
            <translation>--sort : colonne inconnue « %1 » (attendu : title, countries, areas, partners, funding, years, status, type ou id)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--limit: expected a whole number, 0 for all</source>
            <translation>--limit : nombre entier attendu, 0 pour tout afficher</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--offset: expected a whole number</source>
            <translation>--offset : nombre entier attendu</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Years</source>
            <translation>Années</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 of %2 initiatives</source>
            <translation>%1 initiatives sur %2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Sort by title, countries, areas, partners, funding, years, status, type or id.</source>
            <translation>Trier par title, countries, areas, partners, funding, years, status, type ou id.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>COLUMN</source>
            <translation>COLONNE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sort in descending order.</source>
            <translation>Trier par ordre décroissant.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At most N rows (default 50; 0 for all).</source>
            <translation>Au plus N lignes (par défaut : 50 ; 0 pour toutes).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skip the first N rows.</source>
            <translation>Ignorer les N premières lignes.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>list           list initiatives matching the filter flags</source>
            <translation>list           lister les initiatives correspondant aux options de filtre</translation>
        </message>
        <message>
            <location filename="../src/cli/ReportCommand.cpp" line="-20" />
            <source>pdf, html, md, csv, xlsx or json (default: from the file name).</source>
            <translation>pdf, html, md, csv, xlsx ou json (par défaut : d'après le nom du fichier).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The report file to write.</source>
            <translation>Fichier du rapport à écrire.</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+4" />
            <location filename="../src/cli/TeamCommands.cpp" line="+41" />
            <source>FILE</source>
            <translation>FICHIER</translation>
        </message>
        <message>
            <location line="-3" />
            <source>The report's title (default: the filter in words).</source>
            <translation>Titre du rapport (par défaut : le filtre exprimé en toutes lettres).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TITLE</source>
            <translation>TITRE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An image drawn at the top of the first page (PDF, HTML).</source>
            <translation>Image placée en haut de la première page (PDF, HTML).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A paragraph under the title (PDF, HTML).</source>
            <translation>Paragraphe placé sous le titre (PDF, HTML).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TEXT</source>
            <translation>TEXTE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sections to include, comma-separated: headline, breakdowns, charts, initiatives, sources (default: all).</source>
            <translation>Sections à inclure, séparées par des virgules : headline, breakdowns, charts, initiatives, sources (par défaut : toutes).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>LIST</source>
            <translation>LISTE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF paper size: a4 (default) or letter.</source>
            <translation>Format du papier PDF : a4 (par défaut) ou letter.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>SIZE</source>
            <translation>TAILLE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF in landscape orientation.</source>
            <translation>PDF en orientation paysage.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List at most N initiatives, or "all" (default: 1000 in PDF, HTML and Markdown, all in CSV, XLSX and JSON). The figures always cover every initiative.</source>
            <translation>Lister au plus N initiatives, ou « all » (par défaut : 1000 en PDF, HTML et Markdown, toutes en CSV, XLSX et JSON). Les chiffres portent toujours sur toutes les initiatives.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>report: give the file to write with --output FILE</source>
            <translation>report : indiquez le fichier à écrire avec --output FICHIER</translation>
        </message>
        <message>
            <location line="+6" />
            <source>report: cannot tell the format from "%1"</source>
            <translation>report : impossible de déterminer le format d'après « %1 »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>report: unknown --format "%1"</source>
            <translation>report : --format inconnu « %1 »</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (expected %1)</source>
            <translation> (attendu : %1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>report: %1 needs the graphical libraries</source>
            <translation>report : %1 nécessite les bibliothèques graphiques</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--logo: "%1" is not an image that can be read</source>
            <translation>--logo : « %1 » n'est pas une image lisible</translation>
        </message>
        <message>
            <location line="+17" />
            <source>--sections: unknown section "%1" (expected headline, breakdowns, charts, initiatives or sources)</source>
            <translation>--sections : section inconnue « %1 » (attendu : headline, breakdowns, charts, initiatives ou sources)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--paper: expected a4 or letter, not "%1"</source>
            <translation>--paper : a4 ou letter attendu, et non « %1 »</translation>
        </message>
        <message>
            <location line="+16" />
            <source>--list-limit: expected a number of initiatives or "all", not "%1"</source>
            <translation>--list-limit : nombre d'initiatives ou « all » attendu, et non « %1 »</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Wrote a report on %1 initiatives to %2 in %3 s.</source>
            <translation>Rapport sur %1 initiatives écrit dans %2 en %3 s.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>report         write a summary report of the filtered initiatives: --output FILE
                 (PDF, HTML, Markdown, CSV, XLSX or JSON, from the extension)</source>
            <translation>report         écrire un rapport de synthèse sur les initiatives filtrées : --output FICHIER
                 (PDF, HTML, Markdown, CSV, XLSX ou JSON, d'après l'extension)</translation>
        </message>
        <message>
            <location filename="../src/cli/ShowCommand.cpp" line="-29" />
            <source>show: give one initiative ID (see `ssc-catalogue list`)</source>
            <translation>show : indiquez un identifiant d'initiative (voir `ssc-catalogue list`)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>show: no initiative "%1" in %2</source>
            <translation>show : aucune initiative « %1 » dans %2</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../src/cli/TeamCommands.cpp" line="-41" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location line="+14" />
            <source>show ID        everything about one initiative</source>
            <translation>show ID        tout sur une initiative</translation>
        </message>
        <message>
            <location filename="../src/cli/TeamCommands.cpp" line="-114" />
            <source>The team catalogue's PostgreSQL database, as libpq takes it: postgresql://user@host:port/dbname?sslmode=prefer. The password comes from ~/.pgpass or PGPASSWORD.</source>
            <translation>Base de données PostgreSQL du catalogue d'équipe, au format accepté par libpq : postgresql://user@host:port/dbname?sslmode=prefer. Le mot de passe provient de ~/.pgpass ou de PGPASSWORD.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Publish this local catalogue to the new team catalogue; it becomes a copy that syncs.</source>
            <translation>Publier ce catalogue local dans le nouveau catalogue d'équipe ; il devient une copie synchronisée.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Note: the connection to the team catalogue is not encrypted (no TLS); use sslmode=require where the network is not trusted.</source>
            <translation>Remarque : la connexion au catalogue d'équipe n'est pas chiffrée (pas de TLS) ; utilisez sslmode=require si le réseau n'est pas sûr.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Received %1, sent %2, merged %3, in conflict %4</source>
            <translation>Reçues : %1, envoyées : %2, fusionnées : %3, en conflit : %4</translation>
        </message>
        <message>
            <location line="+7" />
            <source>See them with `ssc-catalogue conflicts`; settle each with `ssc-catalogue resolve ID FIELD --mine|--theirs`.</source>
            <translation>Consultez-les avec `ssc-catalogue conflicts` ; réglez chacun d'eux avec `ssc-catalogue resolve ID FIELD --mine|--theirs`.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>server: the only action is `server init`</source>
            <translation>server : la seule action possible est `server init`</translation>
        </message>
        <message>
            <location line="+2" />
            <source>server init: give --server URL</source>
            <translation>server init : indiquez --server URL</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Created the team catalogue</source>
            <translation>Catalogue d'équipe créé</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Published %n initiative(s) from %1; it is now a copy that syncs</source>
            <translation>
                <numerusform>%n initiative publiée depuis %1 ; c'est désormais une copie synchronisée</numerusform>
                <numerusform>%n initiatives publiées depuis %1 ; c'est désormais une copie synchronisée</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>clone: give --server URL and --db PATH</source>
            <translation>clone : indiquez --server URL et --db CHEMIN</translation>
        </message>
        <message>
            <location line="+6" />
            <source>clone: %1</source>
            <translation>clone : %1</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Mine</source>
            <translation>Ma valeur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>Leur valeur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No conflicts</source>
            <translation>Aucun conflit</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Keep the value here (sent by the next sync).</source>
            <translation>Conserver la valeur locale (envoyée lors de la prochaine synchronisation).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take the team catalogue's value.</source>
            <translation>Prendre la valeur du catalogue d'équipe.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>resolve: give ID FIELD and one of --mine or --theirs</source>
            <translation>resolve : indiquez ID FIELD et l'une des options --mine ou --theirs</translation>
        </message>
        <message>
            <location line="+6" />
            <source>resolve: %1</source>
            <translation>resolve : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kept yours; the next sync sends it</source>
            <translation>Votre valeur est conservée ; la prochaine synchronisation l'enverra</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Took theirs</source>
            <translation>Leur valeur a été retenue</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The records changed on or after DATE (YYYY-MM-DD, UTC); without it, in a copy of a team catalogue, those changed since the last sync.</source>
            <translation>Les fiches modifiées à partir de DATE (AAAA-MM-JJ, UTC) ; sans cette option, dans une copie d'un catalogue d'équipe, celles modifiées depuis la dernière synchronisation.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The bundle file to write.</source>
            <translation>Fichier du lot à écrire.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>bundle: give --output FILE</source>
            <translation>bundle : indiquez --output FICHIER</translation>
        </message>
        <message>
            <location line="+9" />
            <source>bundle: --since takes a date as YYYY-MM-DD, not "%1"</source>
            <translation>bundle : --since accepte une date au format AAAA-MM-JJ, et non « %1 »</translation>
        </message>
        <message>
            <location line="+9" />
            <source>bundle: %1</source>
            <translation>bundle : %1</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Wrote %n changed initiative(s) to %1</source>
            <translation>
                <numerusform>%n initiative modifiée écrite dans %1</numerusform>
                <numerusform>%n initiatives modifiées écrites dans %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>server init    make a PostgreSQL database a team catalogue (--server URL [--from PATH])</source>
            <translation>server init    faire d'une base de données PostgreSQL un catalogue d'équipe (--server URL [--from CHEMIN])</translation>
        </message>
        <message>
            <location line="+10" />
            <source>clone          a local copy of a team catalogue (--server URL --db PATH)</source>
            <translation>clone          créer une copie locale d'un catalogue d'équipe (--server URL --db CHEMIN)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>sync           send and receive changes with the team catalogue</source>
            <translation>sync           envoyer et recevoir les modifications du catalogue d'équipe</translation>
        </message>
        <message>
            <location line="+9" />
            <source>bundle         changes as a file to carry (--since DATE --output FILE); import applies it</source>
            <translation>bundle         les modifications dans un fichier à transporter (--since DATE --output FICHIER) ; import l'applique</translation>
        </message>
        <message>
            <location line="+10" />
            <source>conflicts      fields changed here and in the team catalogue, both values</source>
            <translation>conflicts      champs modifiés ici et dans le catalogue d'équipe, avec les deux valeurs</translation>
        </message>
        <message>
            <location line="+9" />
            <source>resolve ID FIELD  settle a conflict: --mine or --theirs</source>
            <translation>resolve ID FIELD  régler un conflit : --mine ou --theirs</translation>
        </message>
    </context>
    <context>
        <name>CsvExport</name>
        <message>
            <location filename="../src/core/io/csv/CsvExport.cpp" line="+95" />
            <location line="+13" />
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>CsvImporter</name>
        <message>
            <location filename="../src/core/io/csv/CsvImporter.cpp" line="+47" />
            <source>line %1 has %2 cells where the header row has %3 (cells past the header were not read, missing ones are empty)</source>
            <translation>la ligne %1 a %2 cellules alors que la ligne d’en-tête en a %3 (les cellules au-delà de l’en-tête n’ont pas été lues, celles qui manquent sont vides)</translation>
        </message>
        <message>
            <location line="+69" />
            <source>the id column is empty</source>
            <translation>la colonne id est vide</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the title column is empty</source>
            <translation>la colonne title est vide</translation>
        </message>
        <message>
            <location line="+62" />
            <source>funding amount "%1" is not a number</source>
            <translation>le montant de financement « %1 » n'est pas un nombre</translation>
        </message>
        <message>
            <location line="+52" />
            <source>%1 is empty (expected a header row naming the columns)</source>
            <translation>%1 est vide (ligne d'en-tête nommant les colonnes attendue)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 line %2: column "%3" is not an import column and was not read (expected: %4)</source>
            <translation>%1 ligne %2 : la colonne « %3 » n'est pas une colonne d'importation et n'a pas été lue (attendu : %4)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 line %2: column "%3" is given twice</source>
            <translation>%1 ligne %2 : la colonne « %3 » figure deux fois</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 line %2: there is no "%3" column (the header row must name at least id and title)</source>
            <translation>%1 ligne %2 : il n'y a pas de colonne « %3 » (la ligne d'en-tête doit nommer au moins id et title)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Spreadsheet %1</source>
            <translation>Feuille de calcul %1</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <location filename="../src/core/base/CsvReader.cpp" line="+58" />
            <source>line %1, column %2: control character U+%3 removed</source>
            <translation>ligne %1, colonne %2 : caractère de contrôle U+%3 retiré</translation>
        </message>
        <message>
            <location line="+10" />
            <source>line %1, column %2: bytes that are not UTF-8 were replaced by U+FFFD (expected a file saved as UTF-8)</source>
            <translation>ligne %1, colonne %2 : des octets qui ne sont pas de l’UTF-8 ont été remplacés par U+FFFD (fichier enregistré en UTF-8 attendu)</translation>
        </message>
        <message>
            <location line="+53" />
            <source>%1, line %2: a quoted field is not closed (expected a closing " before the end of file)</source>
            <translation>%1, ligne %2 : un champ entre guillemets n'est pas fermé (" fermant attendu avant la fin du fichier)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>DefaultCatalogue</name>
        <message>
            <location filename="../src/core/catalogue/DefaultCatalogue.cpp" line="+31" />
            <source>Cannot create the folder for %1</source>
            <translation>Impossible de créer le dossier de %1</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Cannot finish creating %1 (its log is not empty)</source>
            <translation>Impossible de terminer la création de %1 (son journal n'est pas vide)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot create %1</source>
            <translation>Impossible de créer %1</translation>
        </message>
    </context>
    <context>
        <name>DuplicateFinder</name>
        <message>
            <location filename="../src/core/catalogue/DuplicateFinder.cpp" line="+203" />
            <location line="+139" />
            <source>Stopped: no duplicates were looked for</source>
            <translation>Arrêté : aucune recherche de doublons n'a été effectuée</translation>
        </message>
        <message>
            <location line="-59" />
            <source>same IATI identifier</source>
            <translation>même identifiant IATI</translation>
        </message>
        <message>
            <location line="+13" />
            <source>same title</source>
            <translation>même titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>similar title (%1%)</source>
            <translation>titre similaire (%1 %)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>countries in common: %1</source>
            <translation>pays en commun : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>both in %1</source>
            <translation>toutes deux en %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>years overlap: %1-%2</source>
            <translation>années communes : %1-%2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ongoing</source>
            <translation>en cours</translation>
        </message>
    </context>
    <context>
        <name>Facet</name>
        <message>
            <location filename="../src/core/query/FacetDefinitions.cpp" line="+22" />
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regions</source>
            <translation>Régions</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 regions</source>
            <translation>Régions (%1)</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <location line="+8" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 countries</source>
            <translation>Pays (%1)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <location line="+8" />
            <source>Programme area</source>
            <translation>Domaine de programme</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+8" />
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+6" />
            <source>Funding source</source>
            <translation>Source de financement</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Funding sources</source>
            <translation>Sources de financement</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <location line="+7" />
            <source>Modality</source>
            <translation>Modalité</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+5" />
            <source>Activity type</source>
            <translation>Type d'activité</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>SDG</source>
            <translation>ODD</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+4" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
    </context>
    <context>
        <name>FacetIndex</name>
        <message>
            <location filename="../src/core/index/FacetIndexFile.cpp" line="+75" />
            <source>The saved facet index is damaged</source>
            <translation>L'index des facettes enregistré est endommagé</translation>
        </message>
        <message>
            <location filename="../src/core/index/FacetIndexWrites.cpp" line="+150" />
            <source>Row id %1 is out of range</source>
            <translation>L'identifiant de ligne %1 est hors limites</translation>
        </message>
    </context>
    <context>
        <name>FacetSection</name>
        <message>
            <location filename="../src/gui/FacetSection.ui" line="+26" />
            <source>Show or hide this section</source>
            <translation>Afficher ou masquer cette section</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Clear this section's selection</source>
            <translation>Effacer la sélection de cette section</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Which part the checked countries and regions play</source>
            <translation>Rôle joué par les pays et régions cochés</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Find…</source>
            <translation>Rechercher…</translation>
        </message>
    </context>
    <context>
        <name>FieldEdit</name>
        <message>
            <location filename="../src/core/catalogue/FieldEdit.cpp" line="+57" />
            <source>%1=%2: expected %3:ROLE, for example %4</source>
            <translation>%1=%2 : %3:RÔLE attendu, par exemple %4</translation>
        </message>
        <message>
            <location line="+23" />
            <source>%1=%2: the initiative does not have it</source>
            <translation>%1=%2 : l'initiative ne comporte pas cette valeur</translation>
        </message>
        <message>
            <location line="+25" />
            <source>"%1": expected FIELD=VALUE, for example status=completed</source>
            <translation>« %1 » : CHAMP=VALEUR attendu, par exemple status=completed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is not a field that can be edited; expected one of: %2</source>
            <translation>« %1 » n'est pas un champ modifiable ; attendu parmi : %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 holds one value: use --set %1=VALUE (an empty value clears it)</source>
            <translation>%1 ne contient qu'une valeur : utilisez --set %1=VALEUR (une valeur vide l'efface)</translation>
        </message>
    </context>
    <context>
        <name>FileCommit</name>
        <message>
            <location filename="../src/core/base/FileCommit.cpp" line="+15" />
            <source>the file could not be written in full</source>
            <translation>le fichier n’a pas pu être écrit en entier</translation>
        </message>
    </context>
    <context>
        <name>FileFormats</name>
        <message>
            <location filename="../src/core/io/FileFormats.cpp" line="+36" />
            <source>export: no initiative matches the filter</source>
            <translation>export : aucune initiative ne correspond au filtre</translation>
        </message>
        <message>
            <location line="+138" />
            <source> or </source>
            <translation> ou </translation>
        </message>
    </context>
    <context>
        <name>FilterOptions</name>
        <message>
            <location filename="../src/cli/FilterOptions.cpp" line="+37" />
            <source>--%1: "%2" is not a year (expected a year such as 2015)</source>
            <translation>--%1 : « %2 » n'est pas une année (année attendue, par exemple 2015)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>--%1: unknown country "%2" (expected an ISO code such as ET or a name such as Ethiopia)</source>
            <translation>--%1 : pays inconnu « %2 » (attendu : un code ISO, par exemple ET, ou un nom, par exemple Ethiopia)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--%1: unknown region "%2" (expected a UN M49 region or sub-region such as Africa, Eastern Africa or 002)</source>
            <translation>--%1 : région inconnue « %2 » (attendu : une région ou sous-région UN M49, par exemple Africa, Eastern Africa ou 002)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--%1: unknown programme area "%2" (expected an id or name such as health or "Child protection")</source>
            <translation>--%1 : domaine de programme inconnu « %2 » (attendu : un identifiant ou un nom, par exemple health ou « Child protection »)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--%1: no organisation "%2" in the catalogue (expected an organisation id, acronym or name; `facets` lists them)</source>
            <translation>--%1 : aucune organisation « %2 » dans le catalogue (attendu : l'identifiant, le sigle ou le nom d'une organisation ; `facets` les liste)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--%1: unknown %2 "%3" (expected one of: %4)</source>
            <translation>--%1 : %2 : valeur inconnue « %3 » (attendu parmi : %4)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--%1: "%2" is not an SDG goal (expected a number 1-17)</source>
            <translation>--%1 : « %2 » n'est pas un ODD (nombre de 1 à 17 attendu)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--%1: unknown value "%2"</source>
            <translation>--%1 : valeur inconnue « %2 »</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Start from the search saved under NAME in the catalogue (the window's Saved searches); the other flags apply on top.</source>
            <translation>Partir de la recherche enregistrée sous NOM dans le catalogue (Recherches enregistrées, dans la fenêtre) ; les autres options s'y ajoutent.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>NAME</source>
            <translation>NOM</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Country role for --country and --region: provider, recipient, facilitator, host, participant.</source>
            <translation>Rôle des pays pour --country et --region : provider, recipient, facilitator, host, participant.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ROLE</source>
            <translation>RÔLE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active in or after YEAR.</source>
            <translation>Actives en ANNÉE ou après.</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>YEAR</source>
            <translation>ANNÉE</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active in or before YEAR.</source>
            <translation>Actives en ANNÉE ou avant.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Words to find in titles, texts, partners and countries.</source>
            <translation>Mots à rechercher dans les titres, les textes, les partenaires et les pays.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>TEXT</source>
            <translation>TEXTE</translation>
        </message>
        <message>
            <location line="+21" />
            <source>--saved: no saved search "%1" in %2 (saved: %3)</source>
            <translation>--saved : aucune recherche enregistrée « %1 » dans %2 (recherches enregistrées : %3)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location line="+28" />
            <source>--role: unknown %1 "%2" (expected one of: %3)</source>
            <translation>--role : %1 : valeur inconnue « %2 » (attendu parmi : %3)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--role: give one role (provider, recipient, facilitator, host or participant)</source>
            <translation>--role : indiquez un seul rôle (provider, recipient, facilitator, host ou participant)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>--from %1 is after --to %2</source>
            <translation>--from %1 est postérieur à --to %2</translation>
        </message>
        <message>
            <location filename="../src/core/query/FacetDefinitions.cpp" line="-66" />
            <source>REGION</source>
            <translation>RÉGION</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UN M49 region or sub-region (code or name; repeatable).</source>
            <translation>Région ou sous-région UN M49 (code ou nom ; répétable).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>COUNTRY</source>
            <translation>PAYS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Initiatives involving COUNTRY (ISO code or name; repeatable).</source>
            <translation>Initiatives concernant PAYS (code ISO ou nom ; répétable).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>AREA</source>
            <translation>DOMAINE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Programme area id or name; includes its sub-areas (repeatable).</source>
            <translation>Identifiant ou nom du domaine de programme ; inclut ses sous-domaines (répétable).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>PARTNER</source>
            <translation>PARTENAIRE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner organisation id, acronym or name (repeatable).</source>
            <translation>Identifiant, sigle ou nom de l'organisation partenaire (répétable).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>SOURCE</source>
            <translation>SOURCE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding source id, acronym or name (repeatable).</source>
            <translation>Identifiant, sigle ou nom de la source de financement (répétable).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>MODALITY</source>
            <translation>MODALITÉ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>knowledge-exchange, technical-assistance, technology-exchange, resource-exchange.</source>
            <translation>knowledge-exchange, technical-assistance, technology-exchange, resource-exchange.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>TYPE</source>
            <translation>TYPE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity type, e.g. conference, webinar, study-tour.</source>
            <translation>Type d'activité, par exemple conference, webinar, study-tour.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>GOAL</source>
            <translation>OBJECTIF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SDG goal 1-17 (repeatable).</source>
            <translation>Objectif de développement durable, de 1 à 17 (répétable).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>STATUS</source>
            <translation>STATUT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>planned, ongoing or completed.</source>
            <translation>planned, ongoing ou completed.</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <location filename="../src/gui/FilterPanel.ui" line="+17" />
            <source>Clear every filter and the search (Ctrl+Shift+Backspace)</source>
            <translation>Effacer tous les filtres et la recherche (Ctrl+Shift+Backspace)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>C&amp;lear all</source>
            <translation>Tout &amp;effacer</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Hide the values that no initiative under the current filter has</source>
            <translation>Masquer les valeurs qu'aucune initiative ne présente avec le filtre actuel</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hide values with &amp;no matches</source>
            <translation>Masquer les valeurs sans &amp;correspondance</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Years</source>
            <translation>&amp;Années</translation>
        </message>
        <message>
            <location line="+10" />
            <source>From year</source>
            <translation>Depuis l'année</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives running in or after this year</source>
            <translation>Initiatives en cours cette année-là ou après</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+32" />
            <source>any</source>
            <translation>toutes</translation>
        </message>
        <message>
            <location line="-6" />
            <source>To year</source>
            <translation>Jusqu'à l'année</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives running in or before this year</source>
            <translation>Initiatives en cours cette année-là ou avant</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Clear the years</source>
            <translation>Effacer les années</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Filter panes</source>
            <translation>Volets de filtre</translation>
        </message>
    </context>
    <context>
        <name>IatiActivityReader</name>
        <message>
            <location filename="../src/core/io/iati/IatiActivityReader.cpp" line="+51" />
            <source>element %1 uses the undeclared namespace prefix "%2"; skipped</source>
            <translation>l'élément %1 utilise le préfixe d'espace de noms non déclaré « %2 » ; ignoré</translation>
        </message>
        <message>
            <location line="+4" />
            <source>extension elements of namespace %1 are not read</source>
            <translation>les éléments d'extension de l'espace de noms %1 ne sont pas lus</translation>
        </message>
        <message>
            <location line="+35" />
            <source>%1, line %2: %3</source>
            <translation>%1, ligne %2 : %3</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is not well-formed XML: line %2, column %3: %4</source>
            <translation>%1 n'est pas un XML bien formé : ligne %2, colonne %3 : %4</translation>
        </message>
        <message>
            <location line="+16" />
            <source>version %1 is given on the activity only, not on iati-activities</source>
            <translation>la version %1 est indiquée uniquement sur l'activité, et non sur iati-activities</translation>
        </message>
        <message>
            <location line="+144" />
            <source>unknown catalogue element %1; skipped</source>
            <translation>élément de catalogue inconnu %1 ; ignoré</translation>
        </message>
        <message>
            <location line="+21" />
            <source>the activity at line %1</source>
            <translation>l'activité de la ligne %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>activity %1</source>
            <translation>activité %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: the text of &lt;%2&gt; is longer than %3 characters, the most one field may hold</source>
            <translation>%1 : le texte de &lt;%2&gt; dépasse %3 caractères, le maximum pour un champ</translation>
        </message>
    </context>
    <context>
        <name>IatiImporter</name>
        <message>
            <location filename="../src/core/io/iati/IatiImporter.cpp" line="+18" />
            <source>IATI activity file %1</source>
            <translation>Fichier d'activités IATI %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>IatiMapping</name>
        <message>
            <location filename="../src/core/io/iati/IatiMapping.cpp" line="+59" />
            <source>language "%1" is not an ISO 639-1 code; left out</source>
            <translation>la langue « %1 » n'est pas un code ISO 639-1 ; omise</translation>
        </message>
        <message>
            <location line="+25" />
            <source>description type "%1" is not in the DescriptionType codelist; read as general</source>
            <translation>le type de description « %1 » ne figure pas dans la liste de codes DescriptionType ; considéré comme général</translation>
        </message>
        <message>
            <location line="+54" />
            <source>activity-status "%1" is not in the ActivityStatus codelist; status left empty</source>
            <translation>activity-status « %1 » ne figure pas dans la liste de codes ActivityStatus ; statut laissé vide</translation>
        </message>
        <message>
            <location line="+6" />
            <source>activity-status %1 (%2) has no catalogue status; left empty</source>
            <translation>activity-status %1 (%2) n'a pas d'équivalent parmi les statuts du catalogue ; laissé vide</translation>
        </message>
        <message>
            <location line="+20" />
            <source>activity-date type "%1" is not in the ActivityDateType codelist; left out</source>
            <translation>le type d'activity-date « %1 » ne figure pas dans la liste de codes ActivityDateType ; omis</translation>
        </message>
        <message>
            <location line="+8" />
            <source>activity-date "%1" is not a date (expected YYYY-MM-DD); left out</source>
            <translation>activity-date « %1 » n'est pas une date (AAAA-MM-JJ attendu) ; omise</translation>
        </message>
        <message>
            <location line="+13" />
            <source>an end date %1 is given without a start date; left out</source>
            <translation>une date de fin %1 est indiquée sans date de début ; omise</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the end date %1 is before the start date %2; left out</source>
            <translation>la date de fin %1 est antérieure à la date de début %2 ; omise</translation>
        </message>
        <message>
            <location line="+14" />
            <source>participating-org role "%1" is not in the OrganisationRole codelist; organisation left out</source>
            <translation>le rôle de participating-org « %1 » ne figure pas dans la liste de codes OrganisationRole ; organisation omise</translation>
        </message>
        <message>
            <location line="+32" />
            <source>recipient-country %1 percentage</source>
            <translation>pourcentage de recipient-country %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>recipient-country "%1" is a region (%2), not a country; left out</source>
            <translation>recipient-country « %1 » est une région (%2), et non un pays ; omis</translation>
        </message>
        <message>
            <location line="+7" />
            <source>recipient-country "%1" (%2) is withdrawn from the Country codelist</source>
            <translation>recipient-country « %1 » (%2) a été retiré de la liste de codes Country</translation>
        </message>
        <message>
            <location line="+6" />
            <source>recipient-country "%1" is not a current ISO 3166-1 country code; left out</source>
            <translation>recipient-country « %1 » n'est pas un code de pays ISO 3166-1 en vigueur ; omis</translation>
        </message>
        <message>
            <location line="+8" />
            <source>recipient-country %1 is given twice; the first is kept</source>
            <translation>recipient-country %1 figure deux fois ; le premier est conservé</translation>
        </message>
        <message>
            <location line="+7" />
            <source>recipient-country %1 percentage %2 is not between 0 and 100; left out</source>
            <translation>le pourcentage %2 de recipient-country %1 n'est pas compris entre 0 et 100 ; omis</translation>
        </message>
        <message>
            <location line="+11" />
            <source>recipient-region percentage</source>
            <translation>pourcentage de recipient-region</translation>
        </message>
        <message>
            <location line="+5" />
            <source>recipient-country and recipient-region</source>
            <translation>recipient-country et recipient-region</translation>
        </message>
        <message>
            <location line="+35" />
            <source>iati-identifier "%1" has characters a catalogue key cannot hold; kept as published, with the key "%2"</source>
            <translation>iati-identifier « %1 » contient des caractères non admis dans une clé de catalogue ; conservé tel que publié, avec la clé « %2 »</translation>
        </message>
        <message>
            <location line="+9" />
            <source>version "%1" is not an IATI version; read as 2.03</source>
            <translation>la version « %1 » n'est pas une version IATI ; lue comme 2.03</translation>
        </message>
        <message>
            <location line="+31" />
            <source>iati-identifier is missing</source>
            <translation>iati-identifier est absent</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the activity has no title</source>
            <translation>l'activité n'a pas de titre</translation>
        </message>
        <message>
            <location filename="../src/core/io/iati/IatiMappingParts.h" line="+86" />
            <source>%1 "%2" is not a number; left out</source>
            <translation>%1 « %2 » n'est pas un nombre ; omis</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 "%2" has spaces inside; read as %3</source>
            <translation>%1 « %2 » contient des espaces ; lu comme %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 "%2" has no leading digit; read as %3</source>
            <translation>%1 « %2 » ne commence pas par un chiffre ; lu comme %3</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 percentages add up to %2, not 100</source>
            <translation>la somme des pourcentages de %1 est %2, et non 100</translation>
        </message>
        <message>
            <location line="+28" />
            <source>%1 ref "%2" has characters an identifier cannot hold; read as "%3"</source>
            <translation>la ref de %1 « %2 » contient des caractères non admis dans un identifiant ; lue comme « %3 »</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 has neither a ref nor a name; left out</source>
            <translation>%1 n'a ni ref ni nom ; omis</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 "%2" has the unknown organisation type "%3"</source>
            <translation>%1 « %2 » a un type d'organisation inconnu « %3 »</translation>
        </message>
        <message>
            <location filename="../src/core/io/iati/IatiSectorsAndFunding.cpp" line="+22" />
            <source>%1 "%2" is not an SDG goal or target; left out</source>
            <translation>%1 « %2 » n'est ni un objectif ni une cible des ODD ; omis</translation>
        </message>
        <message>
            <location line="+14" />
            <source>sector %1 percentage</source>
            <translation>pourcentage de sector %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>sector "%1" is not in the %2 codelist; left out</source>
            <translation>sector « %1 » ne figure pas dans la liste de codes %2 ; omis</translation>
        </message>
        <message>
            <location line="+6" />
            <source>sector %1 (%2) is withdrawn from the %3 codelist</source>
            <translation>sector %1 (%2) a été retiré de la liste de codes %3</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+23" />
            <source>sector (vocabulary %1)</source>
            <translation>sector (vocabulaire %1)</translation>
        </message>
        <message>
            <location line="-16" />
            <source>programme area "%1" is not in data/programme-areas.json; left out</source>
            <translation>le domaine de programme « %1 » ne figure pas dans data/programme-areas.json ; omis</translation>
        </message>
        <message>
            <location line="+7" />
            <source>sector vocabulary "%1" is not in the SectorVocabulary codelist</source>
            <translation>le vocabulaire de sector « %1 » ne figure pas dans la liste de codes SectorVocabulary</translation>
        </message>
        <message>
            <location line="+12" />
            <source>tag (vocabulary %1)</source>
            <translation>tag (vocabulaire %1)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>collaboration-type "%1" is not in the CollaborationType codelist</source>
            <translation>collaboration-type « %1 » ne figure pas dans la liste de codes CollaborationType</translation>
        </message>
        <message>
            <location line="+48" />
            <source>%1 value</source>
            <translation>valeur de %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 value %2 has no currency and the activity no default-currency; the amount is left out</source>
            <translation>la valeur de %1 %2 n'a pas de devise et l'activité n'a pas de default-currency ; le montant est omis</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 currency "%2" is not an ISO 4217 code; the amount is left out</source>
            <translation>la devise de %1 « %2 » n'est pas un code ISO 4217 ; le montant est omis</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 currency %2 is withdrawn from the Currency codelist</source>
            <translation>la devise de %1 %2 a été retirée de la liste de codes Currency</translation>
        </message>
        <message>
            <location line="+53" />
            <source>the %1 amounts from %2 add up to %3, below zero; left out</source>
            <translation>les montants en %1 provenant de %2 totalisent %3, soit un total négatif ; omis</translation>
        </message>
        <message>
            <location line="+8" />
            <source>funding is given in several currencies (%1); each is kept on its own</source>
            <translation>le financement est indiqué en plusieurs devises (%1) ; chacune est conservée séparément</translation>
        </message>
    </context>
    <context>
        <name>IatiWriter</name>
        <message>
            <location filename="../src/core/io/iati/IatiWriter.cpp" line="+288" />
            <source>no status (IATI requires activity-status)</source>
            <translation>pas de statut (IATI exige activity-status)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no start date (IATI requires an activity-date)</source>
            <translation>pas de date de début (IATI exige un activity-date)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no partner organisation (IATI requires a participating-org)</source>
            <translation>pas d'organisation partenaire (IATI exige un participating-org)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no description or summary (IATI requires a description)</source>
            <translation>ni description ni résumé (IATI exige une description)</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+61" />
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Export cancelled: %1 was not written</source>
            <translation>Exportation annulée : %1 n'a pas été écrit</translation>
        </message>
        <message>
            <location line="+10" />
            <source>a text holds a character XML cannot hold</source>
            <translation>un texte contient un caractère que XML ne peut pas contenir</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <location filename="../src/cli/ImportCommand.cpp" line="-104" />
            <source>File format: iati, csv or json (default: from the file name or its content).</source>
            <translation>Format de fichier : iati, csv ou json (par défaut : d'après le nom du fichier ou son contenu).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check the file and print the report; write nothing.</source>
            <translation>Vérifier le fichier et afficher le rapport, sans rien écrire.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For catalogue files: where a record differs from the catalogue's, take the file's (default: keep the catalogue's).</source>
            <translation>Pour les fichiers de catalogue : lorsqu'une fiche diffère de celle du catalogue, prendre celle du fichier (par défaut : conserver celle du catalogue).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also save the import report to FILE (.json for JSON, else text).</source>
            <translation>Enregistrer aussi le rapport d'importation dans FICHIER (.json pour du JSON, sinon du texte).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FILE</source>
            <translation>FICHIER</translation>
        </message>
        <message>
            <location line="+11" />
            <source>import: give one FILE to import</source>
            <translation>import : indiquez le fichier (FILE) à importer</translation>
        </message>
        <message>
            <location line="+10" />
            <source>import: %1</source>
            <translation>import : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied the change bundle %1: changed %2, already so %3, in conflict %4</source>
            <translation>Lot de modifications %1 appliqué — modifiées : %2, déjà à jour : %3, en conflit : %4</translation>
        </message>
        <message>
            <location line="+13" />
            <source>import: --format %1 is not a format (expected iati, csv or json)</source>
            <translation>import : --format %1 n'est pas un format (iati, csv ou json attendu)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>import: cannot tell the format of %1; give --format iati, csv or json</source>
            <translation>import : impossible de déterminer le format de %1 ; indiquez --format iati, csv ou json</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../src/gui/ImportDialog.ui" line="+9" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Conflicts: records the catalogue already holds in another version</source>
            <translation>Conflits : fiches que le catalogue contient déjà dans une autre version</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Initiatives in both the file and the catalogue</source>
            <translation>Initiatives présentes à la fois dans le fichier et dans le catalogue</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tick a record to take the file's version; unticked records keep the catalogue's</source>
            <translation>Cochez une fiche pour prendre la version du fichier ; les fiches non cochées gardent celle du catalogue</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Take theirs</source>
            <translation>Prendre celle du fichier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What differs</source>
            <translation>Différences</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Keep all mine</source>
            <translation>&amp;Garder toutes les miennes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Take all theirs</source>
            <translation>&amp;Prendre toutes les leurs</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Import report</source>
            <translation>Rapport d'importation</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The import report: what was (or will be) added, updated, skipped or rejected, and why</source>
            <translation>Le rapport d'importation : ce qui a été (ou sera) ajouté, mis à jour, ignoré ou rejeté, et pourquoi</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Save Report…</source>
            <translation>&amp;Enregistrer le rapport…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <location filename="../src/core/io/ImportReport.cpp" line="+25" />
            <source>added</source>
            <translation>ajoutée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>updated</source>
            <translation>mise à jour</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unchanged, skipped</source>
            <translation>inchangée, ignorée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>rejected</source>
            <translation>rejetée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>conflict</source>
            <translation>conflit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>conflict, catalogue's kept</source>
            <translation>conflit, celle du catalogue conservée</translation>
        </message>
        <message>
            <location line="+8" />
            <source>checked: nothing has been written</source>
            <translation>vérifié : rien n'a été écrit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>written to the catalogue</source>
            <translation>écrit dans le catalogue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not written: the catalogue is unchanged</source>
            <translation>non écrit : le catalogue n'a pas été modifié</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import of %1 (%2), %3
</source>
            <translation>Importation de %1 (%2), %3
</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added: %1   Updated: %2   Unchanged (skipped): %3   Rejected: %4   Conflicts: %5   Warnings: %6
</source>
            <translation>Ajoutées : %1   Mises à jour : %2   Inchangées (ignorées) : %3   Rejetées : %4   Conflits : %5   Avertissements : %6
</translation>
        </message>
        <message>
            <location line="+15" />
            <source>line %1</source>
            <translation>ligne %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Rejected</source>
            <translation>Rejetées</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Warnings</source>
            <translation>Avertissements</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Updated</source>
            <translation>Mises à jour</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unchanged (skipped)</source>
            <translation>Inchangées (ignorées)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Added</source>
            <translation>Ajoutées</translation>
        </message>
        <message>
            <location line="+4" />
            <source>  ... and %1 more added (the report lists the first %2)
</source>
            <translation>  ... et %1 autres ajoutées (le rapport liste les %2 premières)
</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+4" />
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>ImportSpill</name>
        <message>
            <location filename="../src/core/io/ImportSpill.cpp" line="+192" />
            <source>Cannot keep the checked records in %1: %2</source>
            <translation>Impossible de conserver les fiches vérifiées dans %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>IndexedQuery</name>
        <message>
            <location filename="../src/core/index/IndexedQuerySaved.cpp" line="-101" />
            <source>The saved index %1 is damaged; it is built again from the catalogue</source>
            <translation>L'index enregistré %1 est endommagé ; il est reconstruit à partir du catalogue</translation>
        </message>
    </context>
    <context>
        <name>InitiativeEditor</name>
        <message>
            <location filename="../src/gui/InitiativeEditor.ui" line="+13" />
            <source>&amp;General</source>
            <translation>&amp;Général</translation>
        </message>
        <message>
            <location line="+5" />
            <source>I&amp;dentifier:</source>
            <translation>&amp;Identifiant :</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The catalogue's key: letters, digits and . _ : / -</source>
            <translation>La clé du catalogue : lettres, chiffres et . _ : / -</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <location line="+9" />
            <source>S&amp;ummary:</source>
            <translation>Ré&amp;sumé :</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Descri&amp;ption:</source>
            <translation>Des&amp;cription :</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Status:</source>
            <translation>Stat&amp;ut :</translation>
        </message>
        <message>
            <location line="+9" />
            <source>St&amp;art and end:</source>
            <translation>Dé&amp;but et fin :</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+6" />
            <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <location line="+6" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Activity t&amp;ype:</source>
            <translation>T&amp;ype d'activité :</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Beneficiaries:</source>
            <translation>Bé&amp;néficiaires :</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Results:</source>
            <translation>&amp;Résultats :</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Countries and partners</source>
            <translation>&amp;Pays et partenaires</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Co&amp;untries and their roles:</source>
            <translation>Pa&amp;ys et leurs rôles :</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Countries and their roles</source>
            <translation>Pays et leurs rôles</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add countr&amp;y</source>
            <translation>Ajouter un p&amp;ays</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove country</source>
            <translation>Retirer le pays</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Partners and their roles:</source>
            <translation>Pa&amp;rtenaires et leurs rôles :</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Partners and their roles</source>
            <translation>Partenaires et leurs rôles</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add pa&amp;rtner</source>
            <translation>Ajouter un partena&amp;ire</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove partner</source>
            <translation>Retirer le partenaire</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+43" />
            <source>New &amp;organisation…</source>
            <translation>N&amp;ouvelle organisation…</translation>
        </message>
        <message>
            <location line="-42" />
            <source>Adds an organisation the catalogue does not have yet and chooses it in the selected row (or a new one); it is written with the initiative</source>
            <translation>Ajoute une organisation qui ne figure pas encore dans le catalogue et la choisit dans la ligne sélectionnée (ou dans une nouvelle ligne) ; elle est enregistrée avec l'initiative</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Funding and translations</source>
            <translation>&amp;Financement et traductions</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fu&amp;nding:</source>
            <translation>Fi&amp;nancement :</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Funding</source>
            <translation>Financement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who funds the initiative, and when known how much, in which currency (ISO 4217) and year</source>
            <translation>Qui finance l'initiative et, lorsqu'on le sait, le montant, la devise (ISO 4217) et l'année</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add funding &amp;row</source>
            <translation>Ajouter une &amp;ligne de financement</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove funding</source>
            <translation>Retirer le financement</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Adds an organisation the catalogue does not have yet and chooses it as the source of the selected row (or a new one); it is written with the initiative</source>
            <translation>Ajoute une organisation qui ne figure pas encore dans le catalogue et la choisit comme source de la ligne sélectionnée (ou d'une nouvelle ligne) ; elle est enregistrée avec l'initiative</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Translations of the title and description:</source>
            <translation>&amp;Traductions du titre et de la description :</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Translations</source>
            <translation>Traductions</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add translat&amp;ion</source>
            <translation>Ajouter une traduct&amp;ion</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove translation</source>
            <translation>Retirer la traduction</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Areas, SDGs and sources</source>
            <translation>&amp;Domaines, ODD et sources</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Programme a&amp;reas:</source>
            <translation>Domaines de p&amp;rogramme :</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Programme areas</source>
            <translation>Domaines de programme</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Modalities:</source>
            <translation>&amp;Modalités :</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Modalities</source>
            <translation>Modalités</translation>
        </message>
        <message>
            <location line="+6" />
            <source>S&amp;DG goals and targets:</source>
            <translation>&amp;Objectifs et cibles des ODD :</translation>
        </message>
        <message>
            <location line="+6" />
            <source>SDG goals and targets</source>
            <translation>Objectifs et cibles des ODD</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick a goal, or open it (Right, or +) to tick its targets such as 3.2</source>
            <translation>Cochez un objectif, ou développez-le (touche Right ou +) pour cocher ses cibles, par exemple 3.2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>S&amp;ources:</source>
            <translation>So&amp;urces :</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location line="+11" />
            <source>What is wrong with the record</source>
            <translation>Problèmes détectés dans la fiche</translation>
        </message>
    </context>
    <context>
        <name>InitiativeMerge</name>
        <message>
            <location filename="../src/core/catalogue/InitiativeMerge.cpp" line="+109" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Modalities</source>
            <translation>Modalités</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Activity type</source>
            <translation>Type d'activité</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Programme areas</source>
            <translation>Domaines de programme</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Funding</source>
            <translation>Financement</translation>
        </message>
        <message>
            <location line="+10" />
            <source>SDGs</source>
            <translation>ODD</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Beneficiaries</source>
            <translation>Bénéficiaires</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI identifier</source>
            <translation>Identifiant IATI</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Triangular</source>
            <translation>Triangulaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Translations</source>
            <translation>Traductions</translation>
        </message>
    </context>
    <context>
        <name>InitiativeReader</name>
        <message>
            <location filename="../src/core/storage/InitiativeReader.cpp" line="+134" />
            <source>initiatives were removed while reading</source>
            <translation>des initiatives ont été supprimées pendant la lecture</translation>
        </message>
        <message>
            <location line="+134" />
            <location line="+81" />
            <source>Cannot read the catalogue: %1</source>
            <translation>Impossible de lire le catalogue : %1</translation>
        </message>
        <message>
            <location line="-68" />
            <source>No initiative "%1" in the catalogue</source>
            <translation>Aucune initiative « %1 » dans le catalogue</translation>
        </message>
        <message>
            <location line="+116" />
            <source>No organisation "%1" in the catalogue</source>
            <translation>Aucune organisation « %1 » dans le catalogue</translation>
        </message>
    </context>
    <context>
        <name>InitiativeWriter</name>
        <message>
            <location filename="../src/core/storage/InitiativeWriter.cpp" line="+74" />
            <source>Could not write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <location line="+50" />
            <source>source %1</source>
            <translation>source %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>organisation %1</source>
            <translation>organisation %1</translation>
        </message>
        <message>
            <location line="+23" />
            <source>initiative %1</source>
            <translation>initiative %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Could not write initiative %1: organisation %2 is not in the catalogue</source>
            <translation>Impossible d'écrire l'initiative %1 : l'organisation %2 ne figure pas dans le catalogue</translation>
        </message>
    </context>
    <context>
        <name>InterfaceLanguage</name>
        <message>
            <location filename="../src/core/domain/InterfaceLanguage.cpp" line="+84" />
            <source>There is no translation for "%1"; the languages are %2</source>
            <translation>Aucune traduction pour « %1 » ; les langues sont : %2</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../src/core/domain/ReferenceNames.cpp" line="+73" />
            <source>English</source>
            <translation>anglais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>French</source>
            <translation>français</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spanish</source>
            <translation>espagnol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Portuguese</source>
            <translation>portugais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arabic</source>
            <translation>arabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chinese</source>
            <translation>chinois</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Russian</source>
            <translation>russe</translation>
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
            <translation>Recherche</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Words to find in titles, descriptions, partners and countries; the last word may be unfinished</source>
            <translation>Mots à rechercher dans les titres, les descriptions, les partenaires et les pays ; le dernier mot peut être incomplet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search titles, descriptions, partners and countries (Ctrl+F)</source>
            <translation>Rechercher dans les titres, descriptions, partenaires et pays (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No filters: the whole catalogue is shown.</source>
            <translation>Aucun filtre : tout le catalogue est affiché.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No initiatives match these filters.</source>
            <translation>Aucune initiative ne correspond à ces filtres.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Clear the filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Views of the results</source>
            <translation>Vues des résultats</translation>
        </message>
        <message>
            <location line="+7" />
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives under the current filter; click a column title to sort, Enter to read the selected one</source>
            <translation>Initiatives correspondant au filtre actuel ; cliquez sur un titre de colonne pour trier, appuyez sur Enter pour lire l'initiative sélectionnée</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Details and history of the selected initiative</source>
            <translation>Détails et historique de l'initiative sélectionnée</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Details</source>
            <translation>&amp;Détails</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Details of the selected initiative</source>
            <translation>Détails de l'initiative sélectionnée</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hi&amp;story</source>
            <translation>Hi&amp;storique</translation>
        </message>
        <message>
            <location line="+3" />
            <source>History of the selected initiative</source>
            <translation>Historique de l'initiative sélectionnée</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who changed this initiative, when, and each field from what to what</source>
            <translation>Qui a modifié cette initiative, quand, et l'ancienne et la nouvelle valeur de chaque champ</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Filters</source>
            <translation>Filtres</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open &amp;Recent</source>
            <translation>Ouvrir un catalogue &amp;récent</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <location line="+22" />
            <source>&amp;Open Catalogue…</source>
            <translation>&amp;Ouvrir un catalogue…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open another catalogue file</source>
            <translation>Ouvrir un autre fichier de catalogue</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+O</source>
            <translation>Ctrl+O</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add initiatives from an IATI activity file, a CSV file or another catalogue file (you can also drop a file on the window)</source>
            <translation>Ajouter des initiatives à partir d'un fichier d'activités IATI, d'un fichier CSV ou d'un autre fichier de catalogue (vous pouvez aussi déposer un fichier sur la fenêtre)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export to &amp;IATI…</source>
            <translation>Exporter au format IA&amp;TI…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the initiatives shown as an IATI 2.03 activity file</source>
            <translation>Écrire les initiatives affichées dans un fichier d'activités IATI 2.03</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export Catalogue &amp;File…</source>
            <translation>Exporter un &amp;fichier de catalogue…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the whole catalogue, its history and saved searches, as a catalogue file (JSON) to share or keep</source>
            <translation>Écrire l'ensemble du catalogue, avec son historique et ses recherches enregistrées, dans un fichier de catalogue (JSON) à partager ou à conserver</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Export Report…</source>
            <translation>&amp;Exporter un rapport…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write a summary report of the initiatives shown (PDF, HTML, Markdown, CSV, XLSX or JSON)</source>
            <translation>Écrire un rapport de synthèse sur les initiatives affichées (PDF, HTML, Markdown, CSV, XLSX ou JSON)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;New Catalogue…</source>
            <translation>&amp;Nouveau catalogue…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create an empty catalogue file</source>
            <translation>Créer un fichier de catalogue vide</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Shift+N</source>
            <translation>Ctrl+Shift+N</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Clear All Filters</source>
            <translation>Effa&amp;cer tous les filtres</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Shift+Backspace</source>
            <translation>Ctrl+Shift+Backspace</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;User Guide</source>
            <translation>&amp;Guide de l'utilisateur</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How to browse, filter, search and export, in this program</source>
            <translation>Comment parcourir, filtrer, rechercher et exporter dans ce programme</translation>
        </message>
        <message>
            <location line="+3" />
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every key of the window and what it does</source>
            <translation>Toutes les touches de la fenêtre et leur fonction</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;New Initiative…</source>
            <translation>&amp;Nouvelle initiative…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add an initiative to the catalogue</source>
            <translation>Ajouter une initiative au catalogue</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Edit Initiative…</source>
            <translation>&amp;Modifier l'initiative…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change the selected initiative (or double-click it)</source>
            <translation>Modifier l'initiative sélectionnée (ou double-cliquez dessus)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>F2</source>
            <translation>F2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Duplicate Initiative…</source>
            <translation>&amp;Dupliquer l'initiative…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A new initiative starting from a copy of the selected one</source>
            <translation>Une nouvelle initiative créée à partir d'une copie de l'initiative sélectionnée</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+D</source>
            <translation>Ctrl+D</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Bulk Edit…</source>
            <translation>Modification &amp;groupée…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One change to every selected initiative, in one step</source>
            <translation>Une même modification appliquée en une seule opération à toutes les initiatives sélectionnées</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+B</source>
            <translation>Ctrl+B</translation>
        </message>
        <message>
            <location line="+5" />
            <source>De&amp;lete Initiatives…</source>
            <translation>&amp;Supprimer les initiatives…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the selected initiatives (Edit &gt; Undo brings them back)</source>
            <translation>Supprimer les initiatives sélectionnées (Édition &gt; Annuler les rétablit)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export folder, page size, filter values, IATI reporting organisation</source>
            <translation>Dossier d'exportation, format de page, valeurs des filtres, organisation déclarante IATI</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;About SSC Catalogue</source>
            <translation>À &amp;propos de SSC Catalogue</translation>
        </message>
    </context>
    <context>
        <name>PgPassFile</name>
        <message>
            <location filename="../src/core/team/PgPassFile.cpp" line="+81" />
            <source>Cannot read %1</source>
            <translation>Impossible de lire %1</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>PictureExport</name>
        <message>
            <location filename="../src/gui/PictureExport.cpp" line="+88" />
            <source>Cannot write %1</source>
            <translation>Impossible d'écrire %1</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Cannot write %1 (a PNG or SVG file name was expected)</source>
            <translation>Impossible d'écrire %1 (nom de fichier PNG ou SVG attendu)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+35" />
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Save as PNG or SVG…</source>
            <translation>Enregistrer au format PNG ou SVG…</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+10" />
            <source>Export %1</source>
            <translation>Exporter %1</translation>
        </message>
        <message>
            <location line="-9" />
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeArea</name>
        <message>
            <location filename="../src/core/domain/ReferenceNames.cpp" line="-61" />
            <source>Health</source>
            <translation>Santé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maternal, newborn and child health</source>
            <translation>Santé maternelle, néonatale et infantile</translation>
        </message>
        <message>
            <location line="+1" />
            <source>EMTCT of HIV and syphilis</source>
            <translation>Élimination de la transmission mère-enfant (ETME) du VIH et de la syphilis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nutrition</source>
            <translation>Nutrition</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Water, sanitation and hygiene (WASH)</source>
            <translation>Eau, assainissement et hygiène (EAH)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Early childhood development</source>
            <translation>Développement de la petite enfance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Education</source>
            <translation>Éducation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child protection</source>
            <translation>Protection de l'enfance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Social protection</source>
            <translation>Protection sociale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash transfers</source>
            <translation>Transferts monétaires</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Social policy and child poverty</source>
            <translation>Politique sociale et pauvreté des enfants</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Climate, energy and environment</source>
            <translation>Climat, énergie et environnement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Air pollution</source>
            <translation>Pollution de l'air</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Humanitarian action</source>
            <translation>Action humanitaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disaster risk reduction</source>
            <translation>Réduction des risques de catastrophe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adolescent development and participation</source>
            <translation>Développement et participation des adolescents</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Innovation</source>
            <translation>Innovation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child rights and policy advocacy</source>
            <translation>Droits de l'enfant et plaidoyer politique</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <location filename="../src/gui/EditorWidgets.cpp" line="+46" />
            <source>(not given)</source>
            <translation>(non indiqué)</translation>
        </message>
        <message>
            <location filename="../src/gui/HelpDialogs.cpp" line="+39" />
            <source>User guide</source>
            <translation>Guide de l'utilisateur</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The user guide is missing from this build.</source>
            <translation>Le guide de l'utilisateur est absent de cette version du programme.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC Catalogue User Guide</source>
            <translation>Guide de l'utilisateur de SSC Catalogue</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick or clear the value (in a filter pane)</source>
            <translation>Cocher ou décocher la valeur (dans un volet de filtre)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open, copy or export the selected rows (in the results)</source>
            <translation>Ouvrir, copier ou exporter les lignes sélectionnées (dans les résultats)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tab, Shift+Tab</source>
            <translation>Tab, Shift+Tab</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next or previous control</source>
            <translation>Contrôle suivant ou précédent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+click</source>
            <translation>Ctrl+clic</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a linked value to the filter (in the details)</source>
            <translation>Ajouter une valeur liée au filtre (dans les détails)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alt+D, Alt+S</source>
            <translation>Alt+D, Alt+S</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The initiative's Details and History tabs</source>
            <translation>Onglets Détails et Historique de l'initiative</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+, -, arrows, Home</source>
            <translation>+, -, flèches, Home</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom, move, the whole world (on the map)</source>
            <translation>Zoomer, se déplacer, afficher le monde entier (sur la carte)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrows, Enter</source>
            <translation>Flèches, Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick a bar, filter by it (on a dashboard chart)</source>
            <translation>Choisir une barre et filtrer selon celle-ci (sur un graphique du tableau de bord)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key</source>
            <translation>Touche</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Does</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Keyboard Shortcuts</source>
            <translation>Raccourcis clavier</translation>
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
            <translation>%1 n'existe pas</translation>
        </message>
    </context>
    <context>
        <name>Region</name>
        <message>
            <location filename="../src/core/domain/ReferenceNames.cpp" line="+4" />
            <source>Africa</source>
            <translation>Afrique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Americas</source>
            <translation>Amériques</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asia</source>
            <translation>Asie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Australia and New Zealand</source>
            <translation>Australie et Nouvelle-Zélande</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caribbean</source>
            <translation>Caraïbes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Central America</source>
            <translation>Amérique centrale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Central Asia</source>
            <translation>Asie centrale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eastern Africa</source>
            <translation>Afrique orientale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eastern Asia</source>
            <translation>Asie orientale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eastern Europe</source>
            <translation>Europe orientale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Europe</source>
            <translation>Europe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latin America and the Caribbean</source>
            <translation>Amérique latine et Caraïbes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Melanesia</source>
            <translation>Mélanésie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Micronesia</source>
            <translation>Micronésie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Middle Africa</source>
            <translation>Afrique centrale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Northern Africa</source>
            <translation>Afrique septentrionale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Northern America</source>
            <translation>Amérique septentrionale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Northern Europe</source>
            <translation>Europe septentrionale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Oceania</source>
            <translation>Océanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Polynesia</source>
            <translation>Polynésie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>South America</source>
            <translation>Amérique du Sud</translation>
        </message>
        <message>
            <location line="+1" />
            <source>South-eastern Asia</source>
            <translation>Asie du Sud-Est</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Southern Africa</source>
            <translation>Afrique australe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Southern Asia</source>
            <translation>Asie méridionale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Southern Europe</source>
            <translation>Europe méridionale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sub-Saharan Africa</source>
            <translation>Afrique subsaharienne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Western Africa</source>
            <translation>Afrique occidentale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Western Asia</source>
            <translation>Asie occidentale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Western Europe</source>
            <translation>Europe occidentale</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../src/report/Report.cpp" line="+39" />
            <location line="+191" />
            <location filename="../src/report/ReportFiles.cpp" line="+461" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location line="-164" />
            <source>The list shows the first %1 of %2 initiatives, in title order. Export the report as CSV, XLSX or JSON for all of them.</source>
            <translation>La liste présente les %1 premières des %2 initiatives, par ordre de titre. Exportez le rapport au format CSV, XLSX ou JSON pour les obtenir toutes.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>South-South cooperation initiatives: summary</source>
            <translation>Initiatives de coopération Sud-Sud : synthèse</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Any %1 country</source>
            <translation>Tout pays %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>From %1</source>
            <translation>À partir de %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Until %1</source>
            <translation>Jusqu'en %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Text: “%1”</source>
            <translation>Texte : « %1 »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All initiatives in the catalogue</source>
            <translation>Toutes les initiatives du catalogue</translation>
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
            <translation>Initiatives</translation>
        </message>
        <message>
            <location filename="../src/report/ReportFiles.cpp" line="-170" />
            <source>Cannot write the report to %1: %2</source>
            <translation>Impossible d'écrire le rapport dans %1 : %2</translation>
        </message>
        <message>
            <location line="+37" />
            <source>the file cannot be created</source>
            <translation>le fichier ne peut pas être créé</translation>
        </message>
        <message>
            <location line="+24" />
            <location filename="../src/report/ReportText.cpp" line="-10" />
            <source>Catalogue</source>
            <translation>Catalogue</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/report/ReportText.cpp" line="+2" />
            <source>Prepared on</source>
            <translation>Établi le</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/report/ReportText.cpp" line="+5" />
            <source>Scope</source>
            <translation>Périmètre</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/report/ReportHtml.cpp" line="-185" />
            <location filename="../src/report/ReportText.cpp" line="+4" />
            <location filename="../src/report/ReportWording.h" line="+1" />
            <source>Countries involved</source>
            <translation>Pays concernés</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/report/ReportText.cpp" line="+2" />
            <location filename="../src/report/ReportWording.h" line="+2" />
            <source>%1 countries</source>
            <translation>Pays (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/report/ReportHtml.cpp" line="+1" />
            <location line="+60" />
            <location filename="../src/report/ReportText.cpp" line="-61" />
            <location line="+62" />
            <location filename="../src/report/ReportWording.h" line="+1" />
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/report/ReportWording.h" line="+2" />
            <source>Funding in %1</source>
            <translation>Financement en %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>First year</source>
            <translation>Première année</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last year</source>
            <translation>Dernière année</translation>
        </message>
        <message>
            <location line="+67" />
            <source>a row of the list could not be written (%1)</source>
            <translation>une ligne de la liste n'a pas pu être écrite (%1)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Breakdown</source>
            <translation>Ventilation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location line="+89" />
            <source>the PDF could not be written</source>
            <translation>le PDF n'a pas pu être écrit</translation>
        </message>
        <message>
            <location line="+130" />
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message>
            <location line="+18" />
            <source>PDF and HTML reports need the graphical libraries</source>
            <translation>Les rapports PDF et HTML nécessitent les bibliothèques graphiques</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the report was prepared for CSV, XLSX or JSON</source>
            <translation>le rapport a été préparé pour CSV, XLSX ou JSON</translation>
        </message>
        <message>
            <location line="+19" />
            <source>the finished file could not be moved into place</source>
            <translation>le fichier terminé n'a pas pu être placé à son emplacement définitif</translation>
        </message>
        <message>
            <location filename="../src/report/ReportHtml.cpp" line="-107" />
            <source>Initiatives per country</source>
            <translation>Initiatives par pays</translation>
        </message>
        <message>
            <location line="+48" />
            <location filename="../src/report/ReportText.cpp" line="+3" />
            <location filename="../src/report/ReportWording.h" line="+1" />
            <source>Years covered</source>
            <translation>Années couvertes</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 countries: %2</source>
            <translation>Pays (%1) : %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Funding: no amounts recorded</source>
            <translation>Financement : aucun montant enregistré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding recorded: </source>
            <translation>Financement enregistré : </translation>
        </message>
        <message>
            <location line="+2" />
            <source>each currency apart, never added together</source>
            <translation>chaque devise séparément, sans jamais les additionner</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../src/report/ReportText.cpp" line="-83" />
            <source>Amounts</source>
            <translation>Montants</translation>
        </message>
        <message>
            <location line="+26" />
            <location filename="../src/report/ReportText.cpp" line="+17" />
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/report/ReportText.cpp" line="+1" />
            <source>Programme areas</source>
            <translation>Domaines de programme</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/report/ReportText.cpp" line="+1" />
            <location line="+63" />
            <source>Funding</source>
            <translation>Financement</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Years: %1</source>
            <translation>Années : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status: %1</source>
            <translation>Statut : %1</translation>
        </message>
        <message>
            <location line="+37" />
            <location filename="../src/report/ReportText.cpp" line="-101" />
            <source>Catalogue: %1</source>
            <translation>Catalogue : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/report/ReportText.cpp" line="+1" />
            <source>Prepared on %1</source>
            <translation>Établi le %1</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/report/ReportText.cpp" line="+2" />
            <source>Scope: %1</source>
            <translation>Périmètre : %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Initiatives per country, in any role</source>
            <translation>Initiatives par pays, quel que soit le rôle</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The largest %1 of %2; all in the tables.</source>
            <translation>Les %1 valeurs les plus élevées sur %2 ; toutes figurent dans les tableaux.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Breakdowns</source>
            <translation>Ventilations</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/report/ReportText.cpp" line="+11" />
            <source>None recorded.</source>
            <translation>Aucune donnée enregistrée.</translation>
        </message>
        <message>
            <location line="+25" />
            <location filename="../src/report/ReportText.cpp" line="+36" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location filename="../src/report/ReportListFile.cpp" line="+167" />
            <source>a row is damaged</source>
            <translation>une ligne est endommagée</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot keep the report's list in %1: %2</source>
            <translation>Impossible de conserver la liste du rapport dans %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/report/ReportPages.cpp" line="+320" />
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <location filename="../src/report/ReportTally.cpp" line="+91" />
            <source>Not recorded</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <location line="+7" />
            <source>An initiative with several values counts in each of their rows, so the rows add up to more than the initiatives.</source>
            <translation>Une initiative ayant plusieurs valeurs est comptée dans chacune des lignes correspondantes ; le total des lignes dépasse donc le nombre d'initiatives.</translation>
        </message>
        <message>
            <location line="+226" />
            <source>By programme area</source>
            <translation>Par domaine de programme</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By recipient country</source>
            <translation>Par pays bénéficiaire</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By provider country</source>
            <translation>Par pays fournisseur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By region</source>
            <translation>Par région</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By funding source</source>
            <translation>Par source de financement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By modality</source>
            <translation>Par modalité</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By activity type</source>
            <translation>Par type d'activité</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By start year</source>
            <translation>Par année de début</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By SDG</source>
            <translation>Par ODD</translation>
        </message>
        <message>
            <location filename="../src/report/ReportText.cpp" line="-45" />
            <location line="+89" />
            <source>Headline figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <location line="-58" />
            <location line="+48" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Years</source>
            <translation>Années</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+1" />
            <location line="+6" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+112" />
            <source>Cannot write the report: %1</source>
            <translation>Impossible d'écrire le rapport : %1</translation>
        </message>
        <message>
            <location filename="../src/report/ReportFiles.cpp" line="-412" />
            <location filename="../src/report/ReportPages.cpp" line="-126" />
            <source> … [cut: %1 characters]</source>
            <translation> … [coupé : %1 caractères]</translation>
        </message>
        <message>
            <location line="+198" />
            <source>Cells cut to Excel's 32,767 characters</source>
            <translation>Cellules coupées à 32 767 caractères (limite d’Excel)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rows left out: more than a worksheet holds</source>
            <translation>Lignes omises : plus qu’une feuille n’en contient</translation>
        </message>
    </context>
    <context>
        <name>ReportBuilder</name>
        <message>
            <location filename="../src/report/ReportTitle.cpp" line="+27" />
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <location line="+46" />
            <source>Initiatives</source>
            <translation>Initiatives</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 initiatives</source>
            <translation>Initiatives – %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 programme areas</source>
            <translation>%1 domaines de programme</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 countries and regions</source>
            <translation>%1 pays et régions</translation>
        </message>
        <message>
            <location line="-23" />
            <source> with %1s in %2</source>
            <translation> : %2 (rôle : %1)</translation>
        </message>
        <message>
            <location line="+27" />
            <source> in %1</source>
            <translation> : %1</translation>
        </message>
        <message>
            <location line="-28" />
            <source> with any %1</source>
            <translation> (tout pays %1)</translation>
        </message>
        <message>
            <location line="-11" />
            <source> with providers in %1</source>
            <translation> (fournisseurs : %1)</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any provider</source>
            <translation> (avec un pays fournisseur)</translation>
        </message>
        <message>
            <location line="+1" />
            <source> with recipients in %1</source>
            <translation> (bénéficiaires : %1)</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any recipient</source>
            <translation> (avec un pays bénéficiaire)</translation>
        </message>
        <message>
            <location line="+1" />
            <source> with facilitators in %1</source>
            <translation> (facilitateurs : %1)</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any facilitator</source>
            <translation> (avec un pays facilitateur)</translation>
        </message>
        <message>
            <location line="+1" />
            <source> hosted in %1</source>
            <translation> (pays hôte : %1)</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any host</source>
            <translation> (avec un pays hôte)</translation>
        </message>
        <message>
            <location line="+1" />
            <source> with participants in %1</source>
            <translation> (participants : %1)</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any participant</source>
            <translation> (avec un pays participant)</translation>
        </message>
        <message>
            <location line="+38" />
            <source> with %1</source>
            <translation> avec %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 partners</source>
            <translation>%1 partenaires</translation>
        </message>
        <message>
            <location line="+2" />
            <source> funded by %1</source>
            <translation> financées par %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 sources</source>
            <translation>%1 sources</translation>
        </message>
        <message>
            <location line="+5" />
            <source> for SDG %1</source>
            <translation>, ODD : %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 goals</source>
            <translation>%1 objectifs</translation>
        </message>
        <message>
            <location line="+9" />
            <source> matching “%1”</source>
            <translation> contenant « %1 »</translation>
        </message>
        <message>
            <location line="+7" />
            <source>, from %1</source>
            <translation>, à partir de %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, until %1</source>
            <translation>, jusqu'en %1</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../src/gui/ReportDialog.ui" line="+6" />
            <source>Export Report</source>
            <translation>Exporter un rapport</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Format:</source>
            <translation>For&amp;mat :</translation>
        </message>
        <message>
            <location line="+7" />
            <source>PDF and HTML are documents to read; CSV, XLSX and JSON carry every figure and the full list</source>
            <translation>PDF et HTML sont des documents à lire ; CSV, XLSX et JSON contiennent tous les chiffres et la liste complète</translation>
        </message>
        <message>
            <location line="+10" />
            <source>F&amp;ile:</source>
            <translation>Fic&amp;hier :</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The report file to write</source>
            <translation>Fichier du rapport à écrire</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose where to save the report</source>
            <translation>Choisir où enregistrer le rapport</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the file in a file dialog</source>
            <translation>Choisir le fichier dans une boîte de dialogue</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Initiatives:</source>
            <translation>Initiatives :</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Under the current &amp;filter</source>
            <translation>Selon le &amp;filtre actuel</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exactly the initiatives the results list holds</source>
            <translation>Exactement les initiatives de la liste des résultats</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Selected rows</source>
            <translation>Lignes &amp;sélectionnées</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The rows selected in the results list</source>
            <translation>Les lignes sélectionnées dans la liste des résultats</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Whole catalogue</source>
            <translation>&amp;Tout le catalogue</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every initiative in the catalogue, whatever the filter</source>
            <translation>Toutes les initiatives du catalogue, quel que soit le filtre</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Title:</source>
            <translation>T&amp;itre :</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The title printed at the top of the report</source>
            <translation>Titre imprimé en haut du rapport</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sections:</source>
            <translation>Sections :</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Headline figures</source>
            <translation>&amp;Chiffres clés</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives, countries by role, partners, funding per currency, years</source>
            <translation>Initiatives, pays par rôle, partenaires, financement par devise, années</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Brea&amp;kdowns</source>
            <translation>&amp;Ventilations</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Counts by programme area, country, region, funding source, modality, activity type, year and SDG</source>
            <translation>Décomptes par domaine de programme, pays, région, source de financement, modalité, type d'activité, année et ODD</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Bar c&amp;harts</source>
            <translation>&amp;Graphiques à barres</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Bar charts of the main breakdowns (PDF and HTML)</source>
            <translation>Graphiques à barres des principales ventilations (PDF et HTML)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;List of initiatives, at most</source>
            <translation>&amp;Liste des initiatives, au plus</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The initiatives with their key fields, in title order</source>
            <translation>Les initiatives avec leurs principaux champs, par ordre de titre</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Most initiatives in the list</source>
            <translation>Nombre maximal d'initiatives dans la liste</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How many initiatives the list shows; the figures always cover all of them</source>
            <translation>Nombre d'initiatives présentées dans la liste ; les chiffres portent toujours sur toutes les initiatives</translation>
        </message>
        <message>
            <location line="+3" />
            <source>all</source>
            <translation>toutes</translation>
        </message>
        <message>
            <location line="+25" />
            <source>S&amp;ources cited</source>
            <translation>S&amp;ources citées</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The documents the initiatives cite</source>
            <translation>Les documents cités par les initiatives</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Paper:</source>
            <translation>P&amp;apier :</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Paper size of the PDF</source>
            <translation>Format du papier du PDF</translation>
        </message>
        <message>
            <location line="+7" />
            <source>L&amp;andscape</source>
            <translation>Pa&amp;ysage</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Print the PDF across the page</source>
            <translation>Imprimer le PDF en orientation paysage</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Export status</source>
            <translation>État de l'exportation</translation>
        </message>
        <message>
            <location filename="../src/report/ReportFiles.cpp" line="+93" />
            <source>PDF document (.pdf)</source>
            <translation>Document PDF (.pdf)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Web page (.html)</source>
            <translation>Page web (.html)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Markdown (.md)</source>
            <translation>Markdown (.md)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>CSV table (.csv)</source>
            <translation>Tableau CSV (.csv)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Excel workbook (.xlsx)</source>
            <translation>Classeur Excel (.xlsx)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>JSON data (.json)</source>
            <translation>Données JSON (.json)</translation>
        </message>
    </context>
    <context>
        <name>SchemaMigrator</name>
        <message>
            <location filename="../src/core/storage/SchemaMigrator.cpp" line="+65" />
            <source>Schema step %1 failed: %2 (in: %3)</source>
            <translation>L'étape de schéma %1 a échoué : %2 (dans : %3)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Schema version %1 is not one this program can upgrade</source>
            <translation>La version de schéma %1 n'est pas une version que ce programme peut mettre à niveau</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Schema step %1 is missing from the program</source>
            <translation>L'étape de schéma %1 est absente du programme</translation>
        </message>
    </context>
    <context>
        <name>TeamServer</name>
        <message>
            <location filename="../src/core/storage/TeamServer.cpp" line="+101" />
            <source>Team catalogue on %1: %2: %3</source>
            <translation>Catalogue d'équipe sur %1 : %2 : %3</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Cannot connect to the team catalogue: %1</source>
            <translation>Impossible de se connecter au catalogue d'équipe : %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not a server address libpq reads: %1: %2</source>
            <translation>Adresse de serveur non reconnue par libpq : %1 : %2</translation>
        </message>
        <message>
            <location line="+60" />
            <source>cannot read the database</source>
            <translation>impossible de lire la base de données</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The database already holds a team catalogue</source>
            <translation>La base de données contient déjà un catalogue d'équipe</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+10" />
            <source>cannot create the team catalogue</source>
            <translation>impossible de créer le catalogue d'équipe</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not an SSC team catalogue</source>
            <translation>%1 n'est pas un catalogue d'équipe SSC</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The team catalogue's schema (version %1) is newer than this program reads (%2): update SSC Catalogue</source>
            <translation>Le schéma du catalogue d'équipe (version %1) est plus récent que ceux que ce programme sait lire (%2) : mettez à jour SSC Catalogue</translation>
        </message>
        <message>
            <location line="+76" />
            <location line="+6" />
            <location line="+33" />
            <location line="+4" />
            <source>cannot read the changes</source>
            <translation>impossible de lire les modifications</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the changes arrived malformed</source>
            <translation>les modifications reçues sont mal formées</translation>
        </message>
        <message>
            <location line="+8" />
            <source>cannot read the latest revision</source>
            <translation>impossible de lire la dernière révision</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+4" />
            <source>cannot start writing</source>
            <translation>impossible de commencer l'écriture</translation>
        </message>
        <message>
            <location line="+5" />
            <source>cannot read %1</source>
            <translation>impossible de lire %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>the server refused the change to %1</source>
            <translation>le serveur a refusé la modification de %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>cannot tell the team of the change</source>
            <translation>impossible d'informer l'équipe de la modification</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the server did not keep the changes</source>
            <translation>le serveur n'a pas conservé les modifications</translation>
        </message>
        <message>
            <location line="+7" />
            <source>cannot listen for the team's changes</source>
            <translation>impossible de surveiller les modifications de l'équipe</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the connection was lost</source>
            <translation>la connexion a été perdue</translation>
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <location filename="../src/core/team/TeamRecords.h" line="+75" />
            <source>A damaged record</source>
            <translation>Une fiche endommagée</translation>
        </message>
        <message>
            <location filename="../src/core/team/TeamSync.cpp" line="+244" />
            <source>The team catalogue kept changing during the sync; try again</source>
            <translation>Le catalogue d'équipe n'a cessé de changer pendant la synchronisation ; réessayez</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 is already a copy of the team catalogue at %2</source>
            <translation>%1 est déjà une copie du catalogue d'équipe situé sur %2</translation>
        </message>
        <message>
            <location line="+46" />
            <source>%1 is not empty: clone into a new catalogue</source>
            <translation>%1 n'est pas vide : clonez dans un nouveau catalogue</translation>
        </message>
        <message>
            <location line="+54" />
            <source>%1 exists; clone into a new file</source>
            <translation>%1 existe ; clonez dans un nouveau fichier</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Cannot write %1</source>
            <translation>Impossible d'écrire %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a copy of a team catalogue (clone one with `ssc-catalogue clone`)</source>
            <translation>%1 n'est pas une copie d'un catalogue d'équipe (clonez-en un avec `ssc-catalogue clone`)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 is not a copy of a team catalogue</source>
            <translation>%1 n'est pas une copie d'un catalogue d'équipe</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No conflict on %1 of %2</source>
            <translation>Aucun conflit sur le champ %1 de %2</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 is not here to take the server's value</source>
            <translation>%1 n'existe pas ici : impossible de prendre la valeur du serveur</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(none)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(deleted)</source>
            <translation>(supprimée)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the record ("%1")</source>
            <translation>la fiche (« %1 »)</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../src/core/domain/Vocabulary.cpp" line="+24" />
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ongoing</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation>Achevée</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Knowledge exchange</source>
            <translation>Échange de connaissances</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technical assistance</source>
            <translation>Assistance technique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technology exchange</source>
            <translation>Échange de technologies</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resource exchange</source>
            <translation>Échange de ressources</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High-level meeting</source>
            <translation>Réunion de haut niveau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conference</source>
            <translation>Conférence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Side event</source>
            <translation>Manifestation parallèle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Webinar</source>
            <translation>Webinaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Study tour</source>
            <translation>Voyage d'étude</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Community of practice</source>
            <translation>Communauté de pratique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Publication</source>
            <translation>Publication</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Internship</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Humanitarian response</source>
            <translation>Intervention humanitaire</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+23" />
            <source>Fund</source>
            <translation>Fonds</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Provider</source>
            <translation>Fournisseur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipient</source>
            <translation>Bénéficiaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>Facilitateur</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+8" />
            <source>Host</source>
            <translation>Hôte</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Funder</source>
            <translation>Bailleur de fonds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Implementer</source>
            <translation>Agent d'exécution</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coordinator</source>
            <translation>Coordonnateur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technical partner</source>
            <translation>Partenaire technique</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Government</source>
            <translation>Gouvernement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UN agency</source>
            <translation>Organisme des Nations Unies</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multilateral</source>
            <translation>Organisation multilatérale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>NGO</source>
            <translation>ONG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Academia</source>
            <translation>Milieu universitaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private sector</source>
            <translation>Secteur privé</translation>
        </message>
    </context>
    <context>
        <name>WorldMapView</name>
        <message>
            <location filename="../src/report/MapPicture.cpp" line="+214" />
            <source>Provider → recipient</source>
            <translation>Fournisseur → bénéficiaire</translation>
        </message>
        <message>
            <location line="+0" />
            <source>line width: initiatives shared</source>
            <translation>épaisseur du trait : initiatives communes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the %L1 largest of %L2 links</source>
            <translation>les %L1 liens les plus importants sur %L2</translation>
        </message>
        <message>
            <location line="+39" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
    </context>
    <context>
        <name>ssc::BulkEditDialog</name>
        <message>
            <location filename="../src/gui/BulkEditDialog.cpp" line="+17" />
            <source>Bulk Edit</source>
            <translation>Modification groupée</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Set to</source>
            <translation>Remplacer par</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>for example completed, nutrition, 4, ET:recipient</source>
            <translation>par exemple completed, nutrition, 4, ET:recipient</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What is wrong with the change</source>
            <translation>Problèmes détectés dans la modification</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>One change to each of the %n selected initiative(s):</source>
            <translation>
                <numerusform>Une modification appliquée à %n initiative sélectionnée :</numerusform>
                <numerusform>Une même modification appliquée à chacune des %n initiatives sélectionnées :</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Field:</source>
            <translation>&amp;Champ :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change:</source>
            <translation>&amp;Modification :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Value:</source>
            <translation>&amp;Valeur :</translation>
        </message>
    </context>
    <context>
        <name>ssc::CatalogueEdits</name>
        <message>
            <location filename="../src/gui/CatalogueEdits.cpp" line="+140" />
            <source>New '%1'</source>
            <translation>création de « %1 »</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit '%1'</source>
            <translation>modification de « %1 »</translation>
        </message>
        <message numerus="yes">
            <location line="+53" />
            <source>Bulk edit of %n initiative(s)</source>
            <translation>
                <numerusform>modification groupée de %n initiative</numerusform>
                <numerusform>modification groupée de %n initiatives</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Restore '%1'</source>
            <translation>restauration de « %1 »</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n initiative(s)? Edit &gt; Undo brings them back, and the history keeps them.</source>
            <translation>
                <numerusform>Supprimer %n initiative ? Édition &gt; Annuler la rétablit, et l'historique la conserve.</numerusform>
                <numerusform>Supprimer %n initiatives ? Édition &gt; Annuler les rétablit, et l'historique les conserve.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+24" />
            <source>Delete '%1'</source>
            <translation>suppression de « %1 »</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n initiative(s)</source>
            <translation>
                <numerusform>suppression de %n initiative</numerusform>
                <numerusform>suppression de %n initiatives</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/CatalogueEditsMerge.cpp" line="+72" />
            <source>Merge '%1'</source>
            <translation>fusion de « %1 »</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The import of %1 changed more than %L2 records: it cannot be undone (its entry in the history says what it did).</source>
            <translation>L'importation de %1 a modifié plus de %L2 fiches : elle ne peut pas être annulée (son entrée dans l'historique indique ce qu'elle a fait).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Import '%1'</source>
            <translation>importation de « %1 »</translation>
        </message>
    </context>
    <context>
        <name>ssc::ConflictDialog</name>
        <message>
            <location filename="../src/gui/ConflictDialog.cpp" line="+37" />
            <source>Review Conflicts</source>
            <translation>Examiner les conflits</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Conflicts with the team catalogue</source>
            <translation>Conflits avec le catalogue d'équipe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mine</source>
            <translation>Ma valeur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>Leur valeur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs by</source>
            <translation>Modifiée par</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Keep &amp;Mine</source>
            <translation>Garder la &amp;mienne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take &amp;Theirs</source>
            <translation>Prendre la &amp;leur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep All M&amp;ine</source>
            <translation>Garder toutes les m&amp;iennes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take All T&amp;heirs</source>
            <translation>Prendre toutes les l&amp;eurs</translation>
        </message>
        <message>
            <location line="+47" />
            <source>No conflicts: every field agrees with the team catalogue.</source>
            <translation>Aucun conflit : tous les champs concordent avec le catalogue d'équipe.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n field(s) were changed here and in the team catalogue. Your value is kept until you choose; Keep Mine sends it with the next sync.</source>
            <translation>
                <numerusform>%n champ a été modifié ici et dans le catalogue d'équipe. Votre valeur est conservée jusqu'à ce que vous fassiez un choix ; Garder la mienne l'envoie lors de la prochaine synchronisation.</numerusform>
                <numerusform>%n champs ont été modifiés ici et dans le catalogue d'équipe. Votre valeur est conservée jusqu'à ce que vous fassiez un choix ; Garder la mienne l'envoie lors de la prochaine synchronisation.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::DashboardChart</name>
        <message>
            <location filename="../src/gui/DashboardChart.cpp" line="+69" />
            <source>Click a bar to filter by it; Ctrl+click adds it. From the keyboard: arrow keys and Enter</source>
            <translation>Cliquez sur une barre pour filtrer selon sa valeur ; Ctrl+clic l'ajoute. Au clavier : touches fléchées et Enter</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the chart %1</source>
            <translation>Exporter le graphique %1</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Nothing to chart under this filter</source>
            <translation>Aucune donnée à représenter avec ce filtre</translation>
        </message>
        <message>
            <location line="+160" />
            <source>Made with SSC Catalogue.</source>
            <translation>Réalisé avec SSC Catalogue.</translation>
        </message>
    </context>
    <context>
        <name>ssc::DashboardPane</name>
        <message>
            <location filename="../src/gui/DashboardPane.cpp" line="+50" />
            <source>Initiatives by start year</source>
            <translation>Initiatives par année de début</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By programme area</source>
            <translation>Par domaine de programme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By modality</source>
            <translation>Par modalité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By activity type</source>
            <translation>Par type d'activité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top partners</source>
            <translation>Principaux partenaires</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding by year</source>
            <translation>Financement par année</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Initiatives</source>
            <translation>Initiatives</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Currency of the funding chart</source>
            <translation>Devise du graphique de financement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amounts are charted one currency at a time: they are never added across currencies</source>
            <translation>Les montants sont représentés une devise à la fois : ils ne sont jamais additionnés d'une devise à l'autre</translation>
        </message>
        <message>
            <location line="+158" />
            <source>The %1 with the most initiatives, of %2.</source>
            <translation>Les %1 valeurs comptant le plus d'initiatives, sur %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 of the %2 initiatives have none recorded.</source>
            <translation>%1 des %2 initiatives n'ont aucune valeur enregistrée.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>An initiative with several values counts in each of their bars.</source>
            <translation>Une initiative ayant plusieurs valeurs est comptée dans chacune des barres correspondantes.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>%1: %2 initiatives; click for those running that year</source>
            <translation>%1 : %2 initiatives ; cliquez pour afficher celles en cours cette année-là</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 of the %2 initiatives have no start year recorded.</source>
            <translation>%1 des %2 initiatives n'ont pas d'année de début enregistrée.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>One initiative under the filter.</source>
            <translation>Une initiative correspond au filtre.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 initiatives under the filter.</source>
            <translation>%1 initiatives correspondent au filtre.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click a bar to filter by it.</source>
            <translation>Cliquez sur une barre pour filtrer selon sa valeur.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Some charts could not be counted: %1</source>
            <translation>Certains graphiques n'ont pas pu être calculés : %1</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Amount in %1</source>
            <translation>Montant en %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Billions of %1</source>
            <translation>Milliards (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Millions of %1</source>
            <translation>Millions (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Thousands of %1</source>
            <translation>Milliers (%1)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Without a year (neither the funding's nor the initiative's start): %L1 %2.</source>
            <translation>Sans année (ni celle du financement ni celle du début de l'initiative) : %L1 %2.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: %2 %3 from %4 initiatives; click for those running that year</source>
            <translation>%1 : %2 %3 provenant de %4 initiatives ; cliquez pour afficher celles en cours cette année-là</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Also recorded in other currencies (%1), charted one at a time.</source>
            <translation>Également enregistré dans d'autres devises (%1), représentées une à la fois.</translation>
        </message>
    </context>
    <context>
        <name>ssc::DuplicatesDialog</name>
        <message>
            <location filename="../src/gui/DuplicatesDialog.cpp" line="+36" />
            <source>&amp;Stop</source>
            <translation>&amp;Arrêter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merge…</source>
            <translation>&amp;Fusionner…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Not Duplicates</source>
            <translation>&amp;Pas des doublons</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search &amp;Again</source>
            <translation>&amp;Relancer la recherche</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find Duplicates</source>
            <translation>Rechercher les doublons</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Search for duplicates</source>
            <translation>Rechercher des doublons</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop looking for duplicates</source>
            <translation>Arrêter la recherche de doublons</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Likely duplicates</source>
            <translation>Doublons probables</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Records</source>
            <translation>Fiches</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Make the two records one, choosing each field side by side</source>
            <translation>Fusionner les deux fiches en une seule, en choisissant chaque champ côte à côte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>They are different initiatives: do not offer this pair again</source>
            <translation>Il s'agit d'initiatives différentes : ne plus proposer cette paire</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Looking for records with the same or a similar title and a country or year in common, or the same IATI identifier…</source>
            <translation>Recherche de fiches ayant un titre identique ou similaire et un pays ou une année en commun, ou le même identifiant IATI…</translation>
        </message>
        <message>
            <location line="+57" />
            <source>No likely duplicates in this catalogue.</source>
            <translation>Aucun doublon probable dans ce catalogue.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n pair(s) of records that may be one initiative, best first. Merge makes a pair one record (Edit &gt; Undo takes it back).</source>
            <translation>
                <numerusform>%n paire de fiches pouvant correspondre à une seule initiative, les plus probables en premier. Fusionner réunit une paire en une seule fiche (Édition &gt; Annuler revient en arrière).</numerusform>
                <numerusform>%n paires de fiches pouvant correspondre chacune à une seule initiative, les plus probables en premier. Fusionner réunit une paire en une seule fiche (Édition &gt; Annuler revient en arrière).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::FacetModel</name>
        <message numerus="yes">
            <location filename="../src/gui/FacetModel.cpp" line="+145" />
            <source>%1: %n initiative(s) under the current filter</source>
            <translation>
                <numerusform>%1 : %n initiative avec le filtre actuel</numerusform>
                <numerusform>%1 : %n initiatives avec le filtre actuel</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::FilterPanel</name>
        <message>
            <location filename="../src/gui/FilterPanel.cpp" line="+75" />
            <source>Any role</source>
            <translation>Tous les rôles</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The role the ticked regions and countries have in an initiative</source>
            <translation>Le rôle que jouent les régions et pays cochés dans une initiative</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role of the ticked regions and countries</source>
            <translation>Rôle des régions et pays cochés</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show only the values whose name holds this text</source>
            <translation>Afficher uniquement les valeurs dont le nom contient ce texte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find in %1</source>
            <translation>Rechercher dans %1</translation>
        </message>
        <message>
            <location line="+76" />
            <source>None recorded in this catalogue</source>
            <translation>Aucune valeur enregistrée dans ce catalogue</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No value matches</source>
            <translation>Aucune valeur ne correspond</translation>
        </message>
    </context>
    <context>
        <name>ssc::HistoryDialog</name>
        <message>
            <location filename="../src/gui/HistoryDialog.cpp" line="+31" />
            <source>Recent Changes</source>
            <translation>Modifications récentes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recent changes to the catalogue</source>
            <translation>Modifications récentes du catalogue</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>Champs modifiés</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Restore Deleted Initiative</source>
            <translation>&amp;Restaurer l'initiative supprimée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write the selected deleted initiative back as it was</source>
            <translation>Rétablir l'initiative supprimée sélectionnée telle qu'elle était</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The selected change in full</source>
            <translation>Détail complet de la modification sélectionnée</translation>
        </message>
        <message>
            <location line="+30" />
            <source>%1: %2 → %3</source>
            <translation>%1 : %2 → %3</translation>
        </message>
        <message>
            <location line="+48" />
            <source>history entry %1</source>
            <translation>entrée %1 de l'historique</translation>
        </message>
        <message>
            <location line="+5" />
            <source>As it was before:</source>
            <translation>État antérieur :</translation>
        </message>
    </context>
    <context>
        <name>ssc::ImportDialog</name>
        <message>
            <location filename="../src/gui/ImportDialog.cpp" line="+29" />
            <source>title</source>
            <translation>titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>texts</source>
            <translation>textes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dates</source>
            <translation>dates</translation>
        </message>
        <message>
            <location line="+1" />
            <source>countries</source>
            <translation>pays</translation>
        </message>
        <message>
            <location line="+1" />
            <source>programme areas</source>
            <translation>domaines de programme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>partners</source>
            <translation>partenaires</translation>
        </message>
        <message>
            <location line="+1" />
            <source>funding</source>
            <translation>financement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SDGs</source>
            <translation>ODD</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sources</source>
            <translation>sources</translation>
        </message>
        <message>
            <location line="+2" />
            <source>other details</source>
            <translation>autres détails</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Import %1</source>
            <translation>Importer %1</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Reading and checking %1…</source>
            <translation>Lecture et vérification de %1…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message numerus="yes">
            <location line="+54" />
            <source>Nothing to import: %n record(s) checked, none new or changed.</source>
            <translation>
                <numerusform>Rien à importer : %n fiche vérifiée, ni nouvelle ni modifiée.</numerusform>
                <numerusform>Rien à importer : %n fiches vérifiées, aucune nouvelle ni modifiée.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Checked %n record(s): %1 to add, %2 to update, %3 in conflict, %4 rejected. Nothing has been written yet.</source>
            <translation>
                <numerusform>%n fiche vérifiée — à ajouter : %1, à mettre à jour : %2, en conflit : %3, rejetées : %4. Rien n'a encore été écrit.</numerusform>
                <numerusform>%n fiches vérifiées — à ajouter : %1, à mettre à jour : %2, en conflit : %3, rejetées : %4. Rien n'a encore été écrit.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Catalogue: %1
File: %2</source>
            <translation>Catalogue : %1
Fichier : %2</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>&amp;Import %n record(s)</source>
            <translation>
                <numerusform>&amp;Importer %n fiche</numerusform>
                <numerusform>&amp;Importer %n fiches</numerusform>
            </translation>
        </message>
        <message>
            <location line="+26" />
            <source>Writing to the catalogue… Cancel leaves it as it was.</source>
            <translation>Écriture dans le catalogue… Annuler le laisse tel qu'il était.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Imported: %1 added, %2 updated, %3 unchanged, %4 rejected.</source>
            <translation>Importation terminée — ajoutées : %1, mises à jour : %2, inchangées : %3, rejetées : %4.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Cannot save the report</source>
            <translation>Impossible d'enregistrer le rapport</translation>
        </message>
        <message>
            <location line="+9" />
            <source>-import-report.txt</source>
            <translation>-rapport-importation.txt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save Import Report</source>
            <translation>Enregistrer le rapport d'importation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text (*.txt);;JSON (*.json)</source>
            <translation>Texte (*.txt);;JSON (*.json)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
    </context>
    <context>
        <name>ssc::IndexStatus</name>
        <message>
            <location filename="../src/gui/IndexStatus.cpp" line="+23" />
            <source>Progress of the index build</source>
            <translation>Progression de la construction de l'index</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop or start the index build</source>
            <translation>Arrêter ou lancer la construction de l'index</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The counts appear when the index is built (see the status bar). Search, sorting and the results work meanwhile.</source>
            <translation>Les décomptes s'affichent une fois l'index construit (voir la barre d'état). La recherche, le tri et les résultats fonctionnent en attendant.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No counts: building the index was stopped. Filtering by these values needs it: choose Build index in the status bar.</source>
            <translation>Aucun décompte : la construction de l'index a été interrompue. Le filtrage selon ces valeurs en a besoin : choisissez Construire l'index dans la barre d'état.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No counts: the index could not be built (see the status bar).</source>
            <translation>Aucun décompte : l'index n'a pas pu être construit (voir la barre d'état).</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Building the index for the filters…</source>
            <translation>Construction de l'index des filtres…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop building the index; the results stay, without counts</source>
            <translation>Arrêter la construction de l'index ; les résultats restent affichés, sans décomptes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Index not built.</source>
            <translation>Index non construit.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build index</source>
            <translation>Construire l'index</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build the index that the filters and their counts need</source>
            <translation>Construire l'index nécessaire aux filtres et à leurs décomptes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The index could not be built: %1</source>
            <translation>L'index n'a pas pu être construit : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build the index again</source>
            <translation>Reconstruire l'index</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hide this notice</source>
            <translation>Masquer cet avis</translation>
        </message>
    </context>
    <context>
        <name>ssc::InitiativeDetailsView</name>
        <message>
            <location filename="../src/gui/InitiativeDetailsView.cpp" line="+124" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duplicate…</source>
            <translation>Dupliquer…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>D&amp;uplicate…</source>
            <translation>D&amp;upliquer…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Select an initiative to read about it.</source>
            <translation>Sélectionnez une initiative pour en afficher le détail.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>In %1, from the record's translations; its own language is %2.</source>
            <translation>En %1, d'après les traductions de la fiche ; sa langue d'origine est : %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In %1, the record's own language: it has no %2 translation.</source>
            <translation>En %1, la langue d'origine de la fiche : elle n'a pas de traduction en %2.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>IATI identifier</source>
            <translation>Identifiant IATI</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Modality</source>
            <translation>Modalité</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cooperation</source>
            <translation>Coopération</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Triangular</source>
            <translation>Triangulaire</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Programme areas</source>
            <translation>Domaines de programme</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Funding</source>
            <translation>Financement</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Target %1</source>
            <translation>Cible %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goal %1: %2</source>
            <translation>Objectif %1 : %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SDGs</source>
            <translation>ODD</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beneficiaries</source>
            <translation>Bénéficiaires</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <location line="+20" />
            <source>offline copy</source>
            <translation>copie hors ligne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>offline copy: %1</source>
            <translation>copie hors ligne : %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No change has been recorded for this initiative.</source>
            <translation>Aucune modification n'a été enregistrée pour cette initiative.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: %2 → %3</source>
            <translation>%1 : %2 → %3</translation>
        </message>
        <message>
            <location line="+12" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
    </context>
    <context>
        <name>ssc::InitiativeEditor</name>
        <message>
            <location filename="../src/gui/InitiativeEditor.cpp" line="+30" />
            <source>Edit Initiative</source>
            <translation>Modifier l'initiative</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New Initiative</source>
            <translation>Nouvelle initiative</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+113" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location line="-113" />
            <location line="+2" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+111" />
            <source>Role of the country</source>
            <translation>Rôle du pays</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Partner organisation</source>
            <translation>Organisation partenaire</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role of the partner</source>
            <translation>Rôle du partenaire</translation>
        </message>
        <message>
            <location line="+166" />
            <source> (row %1)</source>
            <translation> (ligne %1)</translation>
        </message>
        <message>
            <location filename="../src/gui/InitiativeEditorTables.cpp" line="+63" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+59" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location line="-59" />
            <location line="+63" />
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <location line="-63" />
            <location line="+71" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <location line="-68" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+93" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location line="-93" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Funding source</source>
            <translation>Source de financement</translation>
        </message>
        <message>
            <location line="+8" />
            <source>such as 250000</source>
            <translation>par exemple 250000</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 — %2 (withdrawn)</source>
            <translation>%1 — %2 (retirée)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>YYYY</source>
            <translation>AAAA</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Translated field</source>
            <translation>Champ traduit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Translated text</source>
            <translation>Texte traduit</translation>
        </message>
        <message>
            <location line="+46" />
            <source>field "funding[%1].amount": "%2" is not a number (expected an amount such as 250000)</source>
            <translation>champ « funding[%1].amount » : « %2 » n'est pas un nombre (montant attendu, par exemple 250000)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>field "funding[%1].year": "%2" is not a year (expected YYYY)</source>
            <translation>champ « funding[%1].year » : « %2 » n'est pas une année (AAAA attendu)</translation>
        </message>
    </context>
    <context>
        <name>ssc::InitiativeTableModel</name>
        <message>
            <location filename="../src/gui/InitiativeTableModel.cpp" line="+135" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Title in %1; the record does not state its own language</source>
            <translation>Titre en %1 ; la fiche n'indique pas sa langue d'origine</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title in %1; the record's own language is %2</source>
            <translation>Titre en %1 ; la langue d'origine de la fiche est : %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Title in %1, the record's own language</source>
            <translation>Titre en %1, la langue d'origine de la fiche</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Programme areas</source>
            <translation>Domaines de programme</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Funding</source>
            <translation>Financement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Years</source>
            <translation>Années</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
    </context>
    <context>
        <name>ssc::KeyboardNavigation</name>
        <message>
            <location filename="../src/gui/KeyboardNavigation.cpp" line="+39" />
            <source>Go to the search box</source>
            <translation>Aller au champ de recherche</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Read the selected result (in the results)</source>
            <translation>Lire le résultat sélectionné (dans les résultats)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Next area: search, filters, results, details</source>
            <translation>Zone suivante : recherche, filtres, résultats, détails</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Previous area</source>
            <translation>Zone précédente</translation>
        </message>
    </context>
    <context>
        <name>ssc::LanguageMenu</name>
        <message>
            <location filename="../src/gui/LanguageMenu.cpp" line="+18" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location line="+15" />
            <source>System Language (%1)</source>
            <translation>Langue du système (%1)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC Catalogue will be in %1 the next time it starts.</source>
            <translation>Langue au prochain démarrage de SSC Catalogue : %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Restart Now</source>
            <translation>&amp;Redémarrer maintenant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Later</source>
            <translation>&amp;Plus tard</translation>
        </message>
    </context>
    <context>
        <name>ssc::MainWindow</name>
        <message>
            <location filename="../src/gui/MainWindow.cpp" line="+85" />
            <location line="+194" />
            <source>%L1 of %L2 initiatives</source>
            <translation>%L1 initiatives sur %L2</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Searching…</source>
            <translation>Recherche en cours…</translation>
        </message>
        <message numerus="yes">
            <location line="+51" />
            <source>%Ln initiative(s) shown</source>
            <translation>
                <numerusform>%Ln initiative affichée</numerusform>
                <numerusform>%Ln initiatives affichées</numerusform>
            </translation>
        </message>
        <message>
            <location line="+111" />
            <source>Report written to %1</source>
            <translation>Rapport écrit dans %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>About SSC Catalogue</source>
            <translation>À propos de SSC Catalogue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;SSC Catalogue %1&lt;/h3&gt;&lt;p&gt;A catalogue of South-South and triangular cooperation initiatives for children.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3).&lt;/p&gt;&lt;p&gt;Data: country codes and UN M49 regions from ISO-3166-Countries-with-Regional-Codes (CC BY-SA 4.0); DAC sectors and currencies from the IATI Standard (iatistandard.org, CC BY 4.0); SDG short titles from Open SDG (MIT); SDG colours from the United Nations' SDG guidelines. The bundled catalogue is drawn from UNICEF's public pages on South-South cooperation.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;SSC Catalogue %1&lt;/h3&gt;&lt;p&gt;Un catalogue d'initiatives de coopération Sud-Sud et triangulaire en faveur des enfants.&lt;/p&gt;&lt;p&gt;Qt %2 (compilé avec %3).&lt;/p&gt;&lt;p&gt;Données : codes de pays et régions UN M49 issus de ISO-3166-Countries-with-Regional-Codes (CC BY-SA 4.0) ; secteurs du CAD et devises issus de la norme IATI (iatistandard.org, CC BY 4.0) ; titres abrégés des ODD issus d'Open SDG (MIT) ; couleurs des ODD conformes aux directives de l'Organisation des Nations Unies relatives aux ODD. Le catalogue fourni est tiré des pages publiques de l'UNICEF consacrées à la coopération Sud-Sud.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/MainWindowChips.cpp" line="+60" />
            <source>%1: %Ln selected</source>
            <translation>
                <numerusform>%1 : %Ln sélectionné</numerusform>
                <numerusform>%1 : %Ln sélectionnés</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>Role: %1</source>
            <translation>Rôle : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Years: %1–%2</source>
            <translation>Années : %1–%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Search: %1</source>
            <translation>Recherche : %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Remove this filter</source>
            <translation>Retirer ce filtre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove these filters:
%1</source>
            <translation>Retirer ces filtres :
%1</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowEdits.cpp" line="+27" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location line="+49" />
            <source>F&amp;ind Duplicates…</source>
            <translation>Rechercher les d&amp;oublons…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Records that are likely one initiative brought in twice, to merge</source>
            <translation>Fiches correspondant probablement à une même initiative saisie deux fois, à fusionner</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Recent &amp;Changes…</source>
            <translation>Modifications ré&amp;centes…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The catalogue's history: who changed what, and when</source>
            <translation>Historique du catalogue : qui a modifié quoi, et quand</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cannot change the catalogue</source>
            <translation>Impossible de modifier le catalogue</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowFiles.cpp" line="+35" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importable files (*.xml *.csv *.json);;IATI activity files (*.xml);;CSV files (*.csv);;Catalogue files (*.json)</source>
            <translation>Fichiers importables (*.xml *.csv *.json);;Fichiers d'activités IATI (*.xml);;Fichiers CSV (*.csv);;Fichiers de catalogue (*.json)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cannot import</source>
            <translation>Importation impossible</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not an IATI activity file (.xml), a CSV file (.csv) or a catalogue file (.json).</source>
            <translation>%1 n'est ni un fichier d'activités IATI (.xml), ni un fichier CSV (.csv), ni un fichier de catalogue (.json).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Imported %1</source>
            <translation>%1 importé</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Export to IATI</source>
            <translation>Exporter au format IATI</translation>
        </message>
        <message>
            <location line="+3" />
            <source>IATI activity files (*.xml)</source>
            <translation>Fichiers d'activités IATI (*.xml)</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+53" />
            <source>Writing %1…</source>
            <translation>Écriture de %1…</translation>
        </message>
        <message>
            <location line="-45" />
            <source>No initiative is shown: there is nothing to export.</source>
            <translation>Aucune initiative n'est affichée : il n'y a rien à exporter.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+50" />
            <source>Cannot export</source>
            <translation>Exportation impossible</translation>
        </message>
        <message numerus="yes">
            <location line="-46" />
            <source>Exported %Ln initiative(s) to %1</source>
            <translation>
                <numerusform>%Ln initiative exportée vers %1</numerusform>
                <numerusform>%Ln initiatives exportées vers %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exported to IATI</source>
            <translation>Exporté au format IATI</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln initiative(s) written to %1 as IATI 2.03.</source>
            <translation>
                <numerusform>%Ln initiative écrite dans %1 au format IATI 2.03.</numerusform>
                <numerusform>%Ln initiatives écrites dans %1 au format IATI 2.03.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%Ln left out because IATI requires what they lack (see details).</source>
            <translation>
                <numerusform>%Ln omise, car il lui manque des éléments exigés par IATI (voir les détails).</numerusform>
                <numerusform>%Ln omises, car il leur manque des éléments exigés par IATI (voir les détails).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export Catalogue File</source>
            <translation>Exporter un fichier de catalogue</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Catalogue files (*.json)</source>
            <translation>Fichiers de catalogue (*.json)</translation>
        </message>
        <message numerus="yes">
            <location line="+21" />
            <source>Exported the catalogue (%Ln initiative(s), its history and saved searches) to %1</source>
            <translation>
                <numerusform>Catalogue exporté vers %1 (%Ln initiative, son historique et ses recherches enregistrées)</numerusform>
                <numerusform>Catalogue exporté vers %1 (%Ln initiatives, son historique et ses recherches enregistrées)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Applying %1…</source>
            <translation>Application de %1…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot apply the change bundle</source>
            <translation>Impossible d'appliquer le lot de modifications</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Applied %1: %2 changed, %3 already so, %4 in conflict</source>
            <translation>%1 appliqué — modifiées : %2, déjà à jour : %3, en conflit : %4</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowOpen.cpp" line="+46" />
            <source>Opening %1…</source>
            <translation>Ouverture de %1…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot open the catalogue</source>
            <translation>Impossible d'ouvrir le catalogue</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 — SSC Catalogue</source>
            <translation>%1 — SSC Catalogue</translation>
        </message>
        <message>
            <location line="+82" />
            <source>Open Catalogue</source>
            <translation>Ouvrir un catalogue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC catalogues (*.ssccat);;All files (*)</source>
            <translation>Catalogues SSC (*.ssccat);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+7" />
            <source>New Catalogue</source>
            <translation>Nouveau catalogue</translation>
        </message>
        <message>
            <location line="-6" />
            <source>SSC catalogues (*.ssccat)</source>
            <translation>Catalogues SSC (*.ssccat)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 already exists. Choose a new name, or open it with File &gt; Open Catalogue.</source>
            <translation>%1 existe déjà. Choisissez un autre nom, ou ouvrez-le avec Fichier &gt; Ouvrir un catalogue.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>No recent catalogues</source>
            <translation>Aucun catalogue récent</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowSearches.cpp" line="+24" />
            <source>&amp;Save Search…</source>
            <translation>Enregi&amp;strer la recherche…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep the current filters and search under a name, in the catalogue</source>
            <translation>Conserver les filtres et la recherche actuels sous un nom, dans le catalogue</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved Searc&amp;hes</source>
            <translation>Recherc&amp;hes enregistrées</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Saved searches</source>
            <translation>Recherches enregistrées</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Search saved as "%1"</source>
            <translation>Recherche enregistrée sous « %1 »</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowViews.cpp" line="+25" />
            <source>Map</source>
            <translation>Carte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The initiatives under the filter, as a list (Ctrl+1)</source>
            <translation>Les initiatives correspondant au filtre, sous forme de liste (Ctrl+1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where they are, on a world map (Ctrl+2)</source>
            <translation>Leur localisation, sur une carte du monde (Ctrl+2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Charts of them: years, areas, partners, funding (Ctrl+3)</source>
            <translation>Leurs graphiques : années, domaines, partenaires, financement (Ctrl+3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;List</source>
            <translation>&amp;Liste</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Map</source>
            <translation>&amp;Carte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Dashboard</source>
            <translation>&amp;Tableau de bord</translation>
        </message>
    </context>
    <context>
        <name>ssc::MapPane</name>
        <message>
            <location filename="../src/gui/MapPane.cpp" line="+29" />
            <source>Any role</source>
            <translation>Tous les rôles</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Role the map counts countries in</source>
            <translation>Rôle selon lequel la carte compte les pays</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Countries as:</source>
            <translation>Pays en tant que :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Links: provider → recipient</source>
            <translation>Liens : fournisseur → bénéficiaire</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Countries shaded by their initiatives, or lines from each provider to each recipient</source>
            <translation>Pays colorés selon leurs initiatives, ou lignes reliant chaque fournisseur à chaque bénéficiaire</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the map shows</source>
            <translation>Contenu de la carte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whole World</source>
            <translation>Monde entier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the whole world again (Home)</source>
            <translation>Afficher de nouveau le monde entier (Home)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location line="+131" />
            <source>Initiatives</source>
            <translation>Initiatives</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Initiatives as %1</source>
            <translation>Initiatives (rôle : %1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not on the map (too small at this scale): %1</source>
            <translation>Absents de la carte (trop petits à cette échelle) : %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Initiatives by country</source>
            <translation>Initiatives par pays</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Map data: Natural Earth (public domain). Made with SSC Catalogue.</source>
            <translation>Données cartographiques : Natural Earth (domaine public). Réalisé avec SSC Catalogue.</translation>
        </message>
    </context>
    <context>
        <name>ssc::MergeDialog</name>
        <message>
            <location filename="../src/gui/MergeDialog.cpp" line="+56" />
            <source>Merge Duplicates</source>
            <translation>Fusionner des doublons</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fields of the two records</source>
            <translation>Champs des deux fiches</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Merge</source>
            <translation>&amp;Fusionner</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Keep the Other's Key</source>
            <translation>&amp;Garder la clé de l'autre fiche</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the second record's identifier and merge the first into it</source>
            <translation>Garder l'identifiant de la seconde fiche et y fusionner la première</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Keep %1 "%2" and merge %3 "%4" into it. Choose each field that differs; lists are united unless you choose one side. Afterwards %3 finds the merged record, and Edit &gt; Undo takes the merge back.</source>
            <translation>Conserver %1 « %2 » et y fusionner %3 « %4 ». Choisissez chaque champ qui diffère ; les listes sont réunies, sauf si vous choisissez l'un des côtés. Ensuite, %3 renvoie à la fiche fusionnée, et Édition &gt; Annuler permet d'annuler la fusion.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep: %1</source>
            <translation>Conserver : %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other: %1</source>
            <translation>Autre : %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Both</source>
            <translation>Les deux</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(none)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the kept record's</source>
            <translation>valeur de la fiche conservée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the other record's</source>
            <translation>valeur de l'autre fiche</translation>
        </message>
        <message>
            <location line="+2" />
            <source>both</source>
            <translation>les deux</translation>
        </message>
        <message>
            <location line="+0" />
            <source>both records'</source>
            <translation>valeurs des deux fiches</translation>
        </message>
    </context>
    <context>
        <name>ssc::OrganisationDialog</name>
        <message>
            <location filename="../src/gui/OrganisationDialog.cpp" line="+25" />
            <source>New Organisation</source>
            <translation>Nouvelle organisation</translation>
        </message>
        <message>
            <location line="+7" />
            <source>(not given)</source>
            <translation>(non indiqué)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>such as UNICEF</source>
            <translation>par exemple UNICEF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What is wrong with the organisation</source>
            <translation>Problèmes détectés dans l'organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Acronym:</source>
            <translation>&amp;Sigle :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Type:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Country:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier:</source>
            <translation>Identifiant :</translation>
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
            <translation>Préférences</translation>
        </message>
        <message>
            <location line="-135" />
            <source>The name the catalogue's history gives your changes</source>
            <translation>Nom associé à vos modifications dans l'historique du catalogue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your &amp;name:</source>
            <translation>Votre &amp;nom :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the export folder</source>
            <translation>Choisir le dossier d'exportation</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+3" />
            <source>Export folder</source>
            <translation>Dossier d'exportation</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Export folder:</source>
            <translation>&amp;Dossier d'exportation :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Start in the last folder used</source>
            <translation>Commencer dans le dernier dossier &amp;utilisé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letter</source>
            <translation>Lettre US</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Page size of PDF reports:</source>
            <translation>&amp;Format de page des rapports PDF :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+10" />
            <source>Logo of reports</source>
            <translation>Logo des rapports</translation>
        </message>
        <message>
            <location line="-9" />
            <source>An image (PNG, JPEG or SVG) drawn at the top of a report's first page</source>
            <translation>Image (PNG, JPEG ou SVG) placée en haut de la première page d'un rapport</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ch&amp;oose…</source>
            <translation>Ch&amp;oisir…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the logo of reports</source>
            <translation>Choisir le logo des rapports</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Images (*.png *.jpg *.jpeg *.svg)</source>
            <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Report &amp;logo:</source>
            <translation>&amp;Logo des rapports :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Introduction of reports</source>
            <translation>Introduction des rapports</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A paragraph under the title of every report: who you are, why these initiatives</source>
            <translation>Paragraphe placé sous le titre de chaque rapport : qui vous êtes, pourquoi ces initiatives</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Report &amp;introduction:</source>
            <translation>&amp;Introduction des rapports :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Printed above the figures on the first page: a long introduction pushes the figures and charts onto the next page. A few sentences fit.</source>
            <translation>Imprimée au-dessus des chiffres sur la première page : une longue introduction repousse les chiffres et les graphiques à la page suivante. Quelques phrases suffisent.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Hide filter values with no matches</source>
            <translation>&amp;Masquer les valeurs de filtre sans correspondance</translation>
        </message>
        <message>
            <location line="+3" />
            <source>for example XM-DAC-41122</source>
            <translation>par exemple XM-DAC-41122</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your organisation's IATI identifier, written as the reporting organisation of IATI exports</source>
            <translation>Identifiant IATI de votre organisation, inscrit comme organisation déclarante dans les exportations IATI</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI &amp;reporting organisation:</source>
            <translation>Organisation décla&amp;rante IATI :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(not given)</source>
            <translation>(non indiqué)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Organisation &amp;type:</source>
            <translation>&amp;Type d'organisation :</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The export folder %1 does not exist. Choose a folder that exists, or leave the field empty for Documents.</source>
            <translation>Le dossier d'exportation %1 n'existe pas. Choisissez un dossier existant, ou laissez le champ vide pour utiliser Documents.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The report logo %1 is not an image this program can read. Choose a PNG, JPEG or SVG file, or leave the field empty.</source>
            <translation>Le logo des rapports %1 n'est pas une image que ce programme peut lire. Choisissez un fichier PNG, JPEG ou SVG, ou laissez le champ vide.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The IATI reporting organisation is an identifier without spaces, such as XM-DAC-41122; "%1" has spaces.</source>
            <translation>L'organisation déclarante IATI est un identifiant sans espaces, par exemple XM-DAC-41122 ; « %1 » contient des espaces.</translation>
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
            <translation>Lettre US</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Under the current &amp;filter (%1)</source>
            <translation>Selon le &amp;filtre actuel (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Selected rows (%1)</source>
            <translation>Lignes &amp;sélectionnées (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Whole catalogue (%1)</source>
            <translation>&amp;Tout le catalogue (%1)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Export</source>
            <translation>&amp;Exporter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pre&amp;view</source>
            <translation>Aperç&amp;u</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See the PDF or HTML report before saving it</source>
            <translation>Afficher le rapport PDF ou HTML avant de l'enregistrer</translation>
        </message>
        <message>
            <location line="+42" />
            <source>report</source>
            <translation>rapport</translation>
        </message>
        <message>
            <location line="+1" />
            <source> report</source>
            <translation> rapport</translation>
        </message>
        <message>
            <location line="+53" />
            <location line="+63" />
            <source>Export Report</source>
            <translation>Exporter un rapport</translation>
        </message>
        <message>
            <location line="-62" />
            <source>%1 (*.%2)</source>
            <translation>%1 (*.%2)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Choose the file to write the report to.</source>
            <translation>Choisissez le fichier dans lequel écrire le rapport.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot write the report to %1: the folder %2 does not exist.</source>
            <translation>Impossible d'écrire le rapport dans %1 : le dossier %2 n'existe pas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot write the report to %1: it is a folder.</source>
            <translation>Impossible d'écrire le rapport dans %1 : il s'agit d'un dossier.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 already exists. Replace it?</source>
            <translation>%1 existe déjà. Voulez-vous le remplacer ?</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Reading initiatives: %1 of %2</source>
            <translation>Lecture des initiatives : %1 sur %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Preparing the preview…</source>
            <translation>Préparation de l'aperçu…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preparing the report…</source>
            <translation>Préparation du rapport…</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Preview cancelled.</source>
            <translation>Aperçu annulé.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled: no file was written.</source>
            <translation>Annulé : aucun fichier n'a été écrit.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Wrote %1.</source>
            <translation>%1 écrit.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Report Exported</source>
            <translation>Rapport exporté</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The report on %1 initiatives was written to %2.</source>
            <translation>Le rapport sur %1 initiatives a été écrit dans %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open &amp;File</source>
            <translation>Ouvrir le &amp;fichier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open F&amp;older</source>
            <translation>Ouvrir le &amp;dossier</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+7" />
            <source>Preview: %1</source>
            <translation>Aperçu : %1</translation>
        </message>
    </context>
    <context>
        <name>ssc::ReportTask</name>
        <message>
            <location filename="../src/gui/ReportTask.cpp" line="+70" />
            <source>%1 selected from: %2</source>
            <translation>%1 sélectionnées parmi : %2</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+13" />
            <location line="+16" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
    </context>
    <context>
        <name>ssc::ResultsView</name>
        <message>
            <location filename="../src/gui/ResultsView.cpp" line="+117" />
            <source>Columns</source>
            <translation>Colonnes</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Reset columns</source>
            <translation>Réinitialiser les colonnes</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>D&amp;uplicate…</source>
            <translation>D&amp;upliquer…</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>&amp;Delete %n initiative(s)…</source>
            <translation>
                <numerusform>&amp;Supprimer %n initiative…</numerusform>
                <numerusform>&amp;Supprimer %n initiatives…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Copy as text</source>
            <translation>&amp;Copier en texte</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Copy &amp;identifier</source>
            <translation>
                <numerusform>Copier l'&amp;identifiant</numerusform>
                <numerusform>Copier les &amp;identifiants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>&amp;Export %n selected row(s) as a report…</source>
            <translation>
                <numerusform>&amp;Exporter %n ligne sélectionnée dans un rapport…</numerusform>
                <numerusform>&amp;Exporter %n lignes sélectionnées dans un rapport…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::SavedSearchesPane</name>
        <message>
            <location filename="../src/gui/SavedSearchesPane.cpp" line="+22" />
            <source>&lt;b&gt;Saved searches&lt;/b&gt;</source>
            <translation>&lt;b&gt;Recherches enregistrées&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved searches</source>
            <translation>Recherches enregistrées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Double-click or press Enter to apply a saved search</source>
            <translation>Double-cliquez ou appuyez sur Enter pour appliquer une recherche enregistrée</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save…</source>
            <translation>Enregistrer…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the current filters and search under a name</source>
            <translation>Enregistrer les filtres et la recherche actuels sous un nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Update</source>
            <translation>Mettre à jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make the selected saved search the current filters</source>
            <translation>Remplacer la recherche enregistrée sélectionnée par les filtres actuels</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Rename Saved Search</source>
            <translation>Renommer la recherche enregistrée</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Delete Saved Search</source>
            <translation>Supprimer la recherche enregistrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the saved search "%1"?</source>
            <translation>Supprimer la recherche enregistrée « %1 » ?</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Save Search</source>
            <translation>Enregistrer la recherche</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name for the current filters and search:</source>
            <translation>Nom des filtres et de la recherche actuels :</translation>
        </message>
        <message>
            <location line="+14" />
            <source>None yet: Save… keeps the current filters</source>
            <translation>Aucune pour l'instant : Enregistrer… conserve les filtres actuels</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamCloneDialog</name>
        <message>
            <location filename="../src/gui/TeamCloneDialog.cpp" line="+25" />
            <source>&amp;Remember the password (system keychain, or ~/.pgpass where there is none)</source>
            <translation>&amp;Mémoriser le mot de passe (trousseau du système, ou ~/.pgpass s'il n'y en a pas)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Clone</source>
            <translation>&amp;Cloner</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clone Team Catalogue</source>
            <translation>Cloner un catalogue d'équipe</translation>
        </message>
        <message>
            <location line="+5" />
            <source>from ~/.pgpass when empty</source>
            <translation>tiré de ~/.pgpass si vide</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Server:</source>
            <translation>&amp;Serveur :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>Mo&amp;t de passe :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Local copy:</source>
            <translation>Copie &amp;locale :</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Local Copy</source>
            <translation>Copie locale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC catalogues (*.ssccat)</source>
            <translation>Catalogues SSC (*.ssccat)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Give the team catalogue's server, as its keeper gave it.</source>
            <translation>Indiquez le serveur du catalogue d'équipe, tel que son administrateur l'a communiqué.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a new file for the local copy.</source>
            <translation>Choisissez un nouveau fichier pour la copie locale.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cloning… a large team catalogue takes a minute.</source>
            <translation>Clonage en cours… un catalogue d'équipe volumineux prend environ une minute.</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamConnectDialog</name>
        <message>
            <location filename="../src/gui/TeamConnectDialog.cpp" line="+25" />
            <source>&amp;Remember the password (system keychain, or ~/.pgpass where there is none)</source>
            <translation>&amp;Mémoriser le mot de passe (trousseau du système, ou ~/.pgpass s'il n'y en a pas)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Connect</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connect to the Team Catalogue</source>
            <translation>Se connecter au catalogue d'équipe</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Server:</source>
            <translation>Serveur :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User:</source>
            <translation>&amp;Utilisateur :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Give the user (role) the team catalogue's keeper gave you.</source>
            <translation>Indiquez l'utilisateur (rôle) que l'administrateur du catalogue d'équipe vous a attribué.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Connected.</source>
            <translation>Connecté.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Connected; the connection is not encrypted (no TLS).</source>
            <translation>Connecté ; la connexion n'est pas chiffrée (pas de TLS).</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamControl</name>
        <message>
            <location filename="../src/gui/TeamControl.cpp" line="+22" />
            <source>&amp;Team Catalogue</source>
            <translation>Ca&amp;talogue d'équipe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Clone Team Catalogue…</source>
            <translation>&amp;Cloner un catalogue d'équipe…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;onnect…</source>
            <translation>Se c&amp;onnecter…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Sync Now</source>
            <translation>&amp;Synchroniser maintenant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Review Conflicts…</source>
            <translation>&amp;Examiner les conflits…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Send the changes made here and receive the team's</source>
            <translation>Envoyer les modifications effectuées ici et recevoir celles de l'équipe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The user and password with which this copy reaches its server</source>
            <translation>L'utilisateur et le mot de passe avec lesquels cette copie accède à son serveur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fields changed here and in the team catalogue: choose each value</source>
            <translation>Champs modifiés ici et dans le catalogue d'équipe : choisissez chaque valeur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make a local copy of a team catalogue on a PostgreSQL server</source>
            <translation>Créer une copie locale d'un catalogue d'équipe situé sur un serveur PostgreSQL</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Team catalogue</source>
            <translation>Catalogue d'équipe</translation>
        </message>
        <message>
            <location line="+86" />
            <source>Team: syncing…</source>
            <translation>Équipe : synchronisation…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team: not synced this session</source>
            <translation>Équipe : pas encore synchronisé dans cette session</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team: synced %1</source>
            <translation>Équipe : synchronisé à %1</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n modification en attente</numerusform>
                <numerusform>%n modifications en attente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflit</numerusform>
                <numerusform>%n conflits</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>new changes on the server by %1: &lt;a href="sync"&gt;Sync now&lt;/a&gt; (F9)</source>
            <translation>nouvelles modifications sur le serveur par %1 : &lt;a href="sync"&gt;Synchroniser maintenant&lt;/a&gt; (F9)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 changed the team catalogue; Sync Now (F9) takes the change here.</source>
            <translation>%1 a modifié le catalogue d'équipe ; Synchroniser maintenant (F9) rapatrie la modification ici.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The team catalogue's server asks for your password to sync this copy (%1).</source>
            <translation>Le serveur du catalogue d'équipe demande votre mot de passe pour synchroniser cette copie (%1).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Synced: received %1, sent %2, merged %3, in conflict %4</source>
            <translation>Synchronisé — reçues : %1, envoyées : %2, fusionnées : %3, en conflit : %4</translation>
        </message>
        <message>
            <location line="+7" />
            <source> (the connection is not encrypted)</source>
            <translation> (la connexion n'est pas chiffrée)</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamPasswords</name>
        <message>
            <location filename="../src/gui/TeamPasswords.cpp" line="+53" />
            <source>The password is kept in the system keychain.</source>
            <translation>Le mot de passe est conservé dans le trousseau du système.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The password could not be kept: %1; %2</source>
            <translation>Le mot de passe n'a pas pu être conservé : %1 ; %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no system keychain here (%1); the password is kept in %2, readable by you alone.</source>
            <translation>Aucun trousseau système n'est disponible ici (%1) ; le mot de passe est conservé dans %2, lisible par vous seul.</translation>
        </message>
    </context>
    <context>
        <name>ssc::WorldMapView</name>
        <message>
            <location filename="../src/gui/WorldMapView.cpp" line="+30" />
            <source>World map</source>
            <translation>Carte du monde</translation>
        </message>
        <message>
            <location line="+43" />
            <source>No provider-to-recipient links under the filter.</source>
            <translation>Aucun lien fournisseur-bénéficiaire avec ce filtre.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Provider to recipient: %1</source>
            <translation>Du fournisseur au bénéficiaire : %1</translation>
        </message>
        <message>
            <location line="+191" />
            <source>%1: among the links drawn, provider to %2 countries, recipient from %3</source>
            <translation>%1 : parmi les liens tracés, fournisseur de %2 pays et bénéficiaire de %3</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%1: %Ln initiative(s)</source>
            <translation>
                <numerusform>%1 : %Ln initiative</numerusform>
                <numerusform>%1 : %Ln initiatives</numerusform>
            </translation>
        </message>
        <message>
            <location line="+85" />
            <source>No country has initiatives under the filter.</source>
            <translation>Aucun pays n'a d'initiatives correspondant au filtre.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1. Most: %2</source>
            <translation>%1. Pays en tête : %2</translation>
        </message>
    </context>
</TS>
