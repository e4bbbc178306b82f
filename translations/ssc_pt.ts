<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
    <context>
        <name>BoundedXmlReader</name>
        <message>
            <location filename="../src/core/io/iati/BoundedXmlReader.cpp" line="+54" />
            <location line="+19" />
            <source>its entity references could expand to more than %1 characters</source>
            <translation>as suas referências a entidades poderiam produzir mais de %1 carateres</translation>
        </message>
        <message>
            <location line="+18" />
            <source>nesting deeper than %1 elements</source>
            <translation>aninhamento de mais de %1 elementos</translation>
        </message>
    </context>
    <context>
        <name>BuildProgress</name>
        <message>
            <location filename="../src/core/index/BuildProgress.h" line="+32" />
            <source>Building the index was stopped</source>
            <translation>A criação do índice foi interrompida</translation>
        </message>
    </context>
    <context>
        <name>CatalogueEditor</name>
        <message>
            <location filename="../src/core/catalogue/CatalogueEditor.cpp" line="+92" />
            <location line="+7" />
            <source>%1: the record kept in the history is damaged</source>
            <translation>%1: o registo guardado no histórico está danificado</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Initiative %1 is in the catalogue: there is nothing to restore</source>
            <translation>A iniciativa %1 está no catálogo: não há nada a restaurar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>history entry %1</source>
            <translation>entrada do histórico %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Initiative %1 has no delete in the history to restore from</source>
            <translation>A iniciativa %1 não tem nenhuma eliminação no histórico a partir da qual possa ser restaurada</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Initiative %1 cannot be merged with itself</source>
            <translation>A iniciativa %1 não pode ser fundida consigo própria</translation>
        </message>
    </context>
    <context>
        <name>CatalogueImport</name>
        <message>
            <location filename="../src/core/io/CatalogueImport.cpp" line="+29" />
            <source>Import of %1 cancelled: the catalogue is unchanged</source>
            <translation>Importação de %1 cancelada: o catálogo não foi alterado</translation>
        </message>
        <message>
            <location line="+134" />
            <source>organisation %1 differs from the catalogue's; the catalogue's is kept</source>
            <translation>a organização %1 difere da do catálogo; mantém-se a do catálogo</translation>
        </message>
        <message>
            <location line="+37" />
            <source>organisations and sources of the file</source>
            <translation>organizações e fontes do ficheiro</translation>
        </message>
        <message>
            <location line="+20" />
            <source>the catalogue already holds this record as it is</source>
            <translation>o catálogo já contém este registo tal como está</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the catalogue holds a different record with this id</source>
            <translation>o catálogo contém um registo diferente com este ID</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Nothing was imported from %1, as a record breaks the catalogue's rules: line %2, %3: %4</source>
            <translation>Nada foi importado de %1, porque um registo infringe as regras do catálogo: linha %2, %3: %4</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing was imported from %1, as a record breaks the catalogue's rules: %2: %3</source>
            <translation>Nada foi importado de %1, porque um registo infringe as regras do catálogo: %2: %3</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source> (and %n more record(s); the import report lists each)</source>
            <translation>
                <numerusform> (e mais %n registo; o relatório de importação lista-os todos)</numerusform>
                <numerusform> (e mais %n registos; o relatório de importação lista-os todos)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import of %1: check the file before writing</source>
            <translation>Importação de %1: verificação do ficheiro antes da escrita</translation>
        </message>
        <message>
            <location line="+75" />
            <source>conflict: the file's record taken</source>
            <translation>conflito: aceite o registo do ficheiro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>conflict: the catalogue's record kept</source>
            <translation>conflito: mantido o registo do catálogo</translation>
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
            <translation>está em falta (esperava-se uma cadeia de caracteres)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+43" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+5" />
            <source>is a %1 (expected a string)</source>
            <translation>é do tipo %1 (esperava-se uma cadeia de caracteres)</translation>
        </message>
        <message>
            <location line="-36" />
            <source>is empty (expected a non-empty string)</source>
            <translation>está vazio (esperava-se uma cadeia não vazia)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>holds the control character U+%1 (expected text without control characters)</source>
            <translation>contém o caractere de controle U+%1 (esperava-se texto sem caracteres de controle)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>is a %1 (expected an array of strings)</source>
            <translation>é do tipo %1 (esperava-se uma matriz de cadeias de caracteres)</translation>
        </message>
        <message>
            <location line="+23" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="-14" />
            <source>is a %1 (expected an array)</source>
            <translation>é do tipo %1 (esperava-se uma matriz)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>is a %1 (expected a whole number from %2 to %3)</source>
            <translation>é do tipo %1 (esperava-se um número inteiro de %2 a %3)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>is %1 (expected a whole number from %2 to %3)</source>
            <translation>é %1 (esperava-se um número inteiro de %2 a %3)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>is a %1 (expected a number)</source>
            <translation>é do tipo %1 (esperava-se um número)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not a finite number</source>
            <translation>não é um número finito</translation>
        </message>
        <message>
            <location line="+16" />
            <source>is not a field of this record (expected one of: %1)</source>
            <translation>não é um campo deste registo (esperava-se um de: %1)</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+22" />
            <source>is a %1 (expected an object)</source>
            <translation>é do tipo %1 (esperava-se um objeto)</translation>
        </message>
        <message>
            <location line="+93" />
            <location line="+54" />
            <source>is a %1 (expected true or false)</source>
            <translation>é do tipo %1 (esperava-se true ou false)</translation>
        </message>
        <message>
            <location line="-34" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+105" />
            <source>the top level</source>
            <translation>o nível superior</translation>
        </message>
        <message>
            <location line="+3" />
            <source>is a %1 (expected an object with "format": "ssc-catalogue")</source>
            <translation>é do tipo %1 (esperava-se um objeto com "format": "ssc-catalogue")</translation>
        </message>
        <message>
            <location line="+6" />
            <source>is not "ssc-catalogue" (this is not an SSC catalogue file)</source>
            <translation>não é "ssc-catalogue" (este não é um ficheiro de catálogo SSC)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>is missing (expected 1)</source>
            <translation>está em falta (esperava-se 1)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>is %1, newer than this program reads (%2): update SSC Catalogue</source>
            <translation>é %1, mais recente do que a versão que este programa lê (%2): atualize o SSC Catalogue</translation>
        </message>
        <message>
            <location line="+89" />
            <source>%1: a number is out of range (%2)</source>
            <translation>%1: um número está fora do intervalo (%2)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, line %2, column %3: not valid JSON (%4)</source>
            <translation>%1, linha %2, coluna %3: JSON inválido (%4)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>is given twice (expected each field once; which one to keep is not clear)</source>
            <translation>aparece duas vezes (esperava-se cada campo uma só vez; não está claro qual manter)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot read %1: %2</source>
            <translation>Não é possível ler %1: %2</translation>
        </message>
        <message>
            <location line="+107" />
            <location line="+5" />
            <source>Cannot write %1: %2</source>
            <translation>Não é possível escrever %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="-94" />
            <source>is "%1" (expected a UTC time such as 2026-11-29T08:30:00Z)</source>
            <translation>é "%1" (esperava-se uma hora UTC, como 2026-11-29T08:30:00Z)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>is "%1" (expected add, edit, delete, restore, import or merge)</source>
            <translation>é "%1" (esperava-se add, edit, delete, restore, import ou merge)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>is a %1 (expected an initiative as an object)</source>
            <translation>é do tipo %1 (esperava-se uma iniciativa sob a forma de objeto)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>is empty (a saved search needs a name)</source>
            <translation>está vazio (uma pesquisa guardada precisa de um nome)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not a filter (expected an object)</source>
            <translation>não é um filtro (esperava-se um objeto)</translation>
        </message>
    </context>
    <context>
        <name>CatalogueSession</name>
        <message>
            <location filename="../src/gui/CatalogueSession.cpp" line="+18" />
            <source>The saved index of this catalogue was damaged; it was built again from the catalogue, which is unharmed.</source>
            <translation>O índice guardado deste catálogo estava danificado; foi reconstruído a partir do catálogo, que está intacto.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueStore</name>
        <message>
            <location filename="../src/core/index/IndexedQuerySaved.cpp" line="+124" />
            <location line="+18" />
            <source>Cannot save %1: %2</source>
            <translation>Não é possível guardar %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/BulkLoad.cpp" line="+12" />
            <location filename="../src/core/storage/CatalogueStore.cpp" line="+268" />
            <location filename="../src/core/storage/CatalogueWrites.cpp" line="+30" />
            <source>Cannot write to %1: %2</source>
            <translation>Não é possível escrever em %1: %2</translation>
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
            <translation>Não é possível ler %1: %2</translation>
        </message>
        <message>
            <location line="+42" />
            <source>A record cannot be a duplicate of itself (%1)</source>
            <translation>Um registo não pode ser duplicado de si próprio (%1)</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueHistory.cpp" line="+117" />
            <source>Initiative %1 already exists in the catalogue</source>
            <translation>A iniciativa %1 já existe no catálogo</translation>
        </message>
        <message>
            <location line="+78" />
            <source>The history of %1 has an unknown action "%2" (entry %3)</source>
            <translation>O histórico de %1 tem uma ação desconhecida "%2" (entrada %3)</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueImportSink.cpp" line="+53" />
            <source>Could not replace initiative %1: %2</source>
            <translation>Não foi possível substituir a iniciativa %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueStore.cpp" line="-319" />
            <source>%1 is a folder, not a catalogue file</source>
            <translation>%1 é uma pasta, não um ficheiro de catálogo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 cannot be read (permission denied)</source>
            <translation>Não é possível ler %1 (permissão negada)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is read-only: SSC Catalogue needs to write to its catalogue. Copy it to a folder you can write to, or make it writable.</source>
            <translation>%1 é só de leitura: o SSC Catalogue precisa de escrever no seu catálogo. Copie-o para uma pasta onde possa escrever ou torne-o gravável.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is empty (0 bytes), not an SSC catalogue; it was left as it is. To start a new catalogue, give a file name that does not exist yet.</source>
            <translation>%1 está vazio (0 bytes), não é um catálogo SSC; foi deixado como estava. Para começar um catálogo novo, indique um nome de arquivo que ainda não exista.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 cannot be read: %2</source>
            <translation>Não é possível ler %1: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not an SSC catalogue (it is not an SQLite database)</source>
            <translation>%1 não é um catálogo SSC (não é uma base de dados SQLite)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The folder of %1 is read-only: SSC Catalogue needs to write beside its catalogue.</source>
            <translation>A pasta de %1 é só de leitura: o SSC Catalogue precisa de escrever junto do seu catálogo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 does not exist</source>
            <translation>%1 não existe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot create %1: the folder %2 does not exist</source>
            <translation>Não é possível criar %1: a pasta %2 não existe</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Cannot open %1: %2</source>
            <translation>Não é possível abrir %1: %2</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+35" />
            <location line="+234" />
            <source>Cannot configure %1: %2</source>
            <translation>Não é possível configurar %1: %2</translation>
        </message>
        <message>
            <location line="-261" />
            <source>%1 is not an SSC catalogue (%2)</source>
            <translation>%1 não é um catálogo SSC (%2)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is an SQLite database but not an SSC catalogue</source>
            <translation>%1 é uma base de dados SQLite, mas não um catálogo SSC</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is damaged: its schema version is %2, which no SSC Catalogue writes</source>
            <translation>%1 está danificado: a sua versão de esquema é %2, que nenhum SSC Catalogue escreve</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 was made by a newer SSC Catalogue (schema version %2; this program knows up to %3). Update the program to open it.</source>
            <translation>%1 foi criado por uma versão mais recente do SSC Catalogue (versão do esquema %2; este programa conhece até à %3). Atualize o programa para o abrir.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Cannot upgrade %1: %2</source>
            <translation>Não é possível atualizar %1: %2</translation>
        </message>
        <message>
            <location line="+27" />
            <source>No initiative "%1" in %2</source>
            <translation>Não existe nenhuma iniciativa "%1" em %2</translation>
        </message>
        <message>
            <location line="+173" />
            <location filename="../src/core/storage/SqlQueryEngine.cpp" line="+2" />
            <source>the catalogue</source>
            <translation>o catálogo</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot finish writing %1: %2</source>
            <translation>Não é possível concluir a escrita de %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueWrites.cpp" line="+13" />
            <source>Cannot write to %1: another program has been writing to it for %2 seconds (an import, perhaps). Nothing was written; try again when it has finished.</source>
            <translation>Não é possível escrever em %1: outro programa está a escrever nele há %2 segundos (talvez uma importação). Nada foi escrito; tente de novo quando ele terminar.</translation>
        </message>
        <message>
            <location line="+95" />
            <source>Cancelled; nothing was written to %1</source>
            <translation>Cancelado; nada foi escrito em %1</translation>
        </message>
        <message>
            <location filename="../src/core/storage/ParallelTextIndex.cpp" line="+180" />
            <source>Cannot build the full-text index in %1: %2</source>
            <translation>Não é possível criar o índice de texto integral em %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/ReferenceTableWriter.cpp" line="+24" />
            <source>Cannot write reference data to %1: %2</source>
            <translation>Não é possível escrever os dados de referência em %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/SavedSearches.cpp" line="+23" />
            <source>A saved search needs a name</source>
            <translation>Uma pesquisa guardada precisa de um nome</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1: the saved search "%2" is damaged</source>
            <translation>%1: a pesquisa guardada "%2" está danificada</translation>
        </message>
        <message>
            <location line="+30" />
            <source>There is already a saved search "%1"</source>
            <translation>Já existe uma pesquisa guardada "%1"</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+15" />
            <source>There is no saved search "%1"</source>
            <translation>Não existe nenhuma pesquisa guardada "%1"</translation>
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
                <numerusform> (e mais %n problema)</numerusform>
                <numerusform> (e mais %n problemas)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+22" />
            <source>is missing (expected one of: %1)</source>
            <translation>está em falta (esperava-se um de: %1)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>unknown %1 "%2" (expected one of: %3)</source>
            <translation>valor desconhecido para %1: "%2" (esperava-se um de: %3)</translation>
        </message>
        <message>
            <location line="+53" />
            <source>"%1" is not a valid id (expected letters, digits, . _ : -)</source>
            <translation>"%1" não é um ID válido (esperavam-se letras, algarismos, . _ : -)</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+27" />
            <location line="+34" />
            <source>duplicate id "%1"</source>
            <translation>ID duplicado "%1"</translation>
        </message>
        <message>
            <location line="-57" />
            <source>is missing (expected the document's title)</source>
            <translation>está em falta (esperava-se o título do documento)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" is not a web address (expected http:// or https://)</source>
            <translation>"%1" não é um endereço web (esperava-se http:// ou https://)</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+65" />
            <source>"%1" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)</source>
            <translation>"%1" não é uma data (esperava-se AAAA, AAAA-MM ou AAAA-MM-DD)</translation>
        </message>
        <message>
            <location line="-52" />
            <location line="+33" />
            <source>"%1" is not a valid id (expected letters, digits, . _ : / -)</source>
            <translation>"%1" não é um ID válido (esperavam-se letras, algarismos, . _ : / -)</translation>
        </message>
        <message>
            <location line="-27" />
            <source>is missing (expected the organisation's name)</source>
            <translation>está em falta (esperava-se o nome da organização)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+57" />
            <source>unknown country code "%1" (expected an ISO 3166-1 alpha-2 code such as "ET")</source>
            <translation>código de país desconhecido "%1" (esperava-se um código ISO 3166-1 alfa-2, como "ET")</translation>
        </message>
        <message>
            <location line="-53" />
            <location line="+152" />
            <source>cites a source twice</source>
            <translation>cita uma fonte duas vezes</translation>
        </message>
        <message>
            <location line="-147" />
            <location line="+152" />
            <source>source "%1" is not in the file or the catalogue</source>
            <translation>a fonte "%1" não está no ficheiro nem no catálogo</translation>
        </message>
        <message>
            <location line="-133" />
            <source>is missing (expected a title)</source>
            <translation>está em falta (esperava-se um título)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>lists a modality twice</source>
            <translation>indica uma modalidade duas vezes</translation>
        </message>
        <message>
            <location line="+9" />
            <source>is missing while an end date is given</source>
            <translation>está em falta, embora seja indicada uma data de fim</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is before the start "%2"</source>
            <translation>"%1" é anterior ao início "%2"</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 is not a share (expected 0 to 100)</source>
            <translation>%1 não é uma percentagem (esperava-se de 0 a 100)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+24" />
            <source>lists %1 as %2 twice</source>
            <translation>indica %1 como %2 duas vezes</translation>
        </message>
        <message>
            <location line="-18" />
            <source>unknown programme area "%1" (expected an id from data/programme-areas.json such as "health")</source>
            <translation>área programática desconhecida "%1" (esperava-se um ID de data/programme-areas.json, como "health")</translation>
        </message>
        <message>
            <location line="+5" />
            <source>lists an area twice</source>
            <translation>indica uma área duas vezes</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+14" />
            <source>organisation "%1" is not in the file or the catalogue</source>
            <translation>a organização "%1" não está no ficheiro nem no catálogo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>is missing (an amount needs an ISO 4217 currency such as "USD")</source>
            <translation>está em falta (um montante requer uma moeda ISO 4217, como "USD")</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unknown currency "%1" (expected an ISO 4217 code such as "USD")</source>
            <translation>moeda desconhecida "%1" (esperava-se um código ISO 4217, como "USD")</translation>
        </message>
        <message>
            <location line="+3" />
            <source>is negative</source>
            <translation>é negativo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a plausible year (expected 1900-2100)</source>
            <translation>%1 não é um ano plausível (esperava-se 1900-2100)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"%1" is not an SDG (expected a goal 1-17 or a target such as "3.2")</source>
            <translation>"%1" não é um ODS (esperava-se um objetivo de 1 a 17 ou uma meta, como "3.2")</translation>
        </message>
        <message>
            <location line="+5" />
            <source>lists "%1" twice</source>
            <translation>indica "%1" duas vezes</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+14" />
            <source>"%1" is not a language code (expected ISO 639-1 such as "fr")</source>
            <translation>"%1" não é um código de língua (esperava-se um código ISO 639-1, como "fr")</translation>
        </message>
        <message>
            <location line="-5" />
            <source>"%1" is not a translated field (expected title, summary or description)</source>
            <translation>"%1" não é um campo traduzível (esperava-se title, summary ou description)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>is empty</source>
            <translation>está vazio</translation>
        </message>
        <message>
            <location line="+3" />
            <source>gives the %1 in %2 twice</source>
            <translation>indica %1 na língua %2 duas vezes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is empty (every record must cite at least one source)</source>
            <translation>está vazio (cada registo tem de citar pelo menos uma fonte)</translation>
        </message>
    </context>
    <context>
        <name>ChangeBundle</name>
        <message>
            <location filename="../src/core/team/ChangeBundle.cpp" line="+68" />
            <source>%1 is not a copy of a team catalogue: give --since DATE</source>
            <translation>%1 não é uma cópia de um catálogo da equipa: indique --since DATE</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+3" />
            <source>Cannot write %1: %2</source>
            <translation>Não é possível escrever %1: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot read %1: %2</source>
            <translation>Não é possível ler %1: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>not a change bundle (expected "format": "%1")</source>
            <translation>não é um pacote de alterações (esperava-se "format": "%1")</translation>
        </message>
        <message>
            <location line="+5" />
            <source>a change bundle of another version (this program reads %1)</source>
            <translation>um pacote de alterações de outra versão (este programa lê a versão %1)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>field "changes" is not a list</source>
            <translation>o campo "changes" não é uma lista</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1, field "id": is missing (expected a string)</source>
            <translation>%1, campo "id": está em falta (esperava-se uma cadeia de caracteres)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field "%2": expected a record or null</source>
            <translation>%1, campo "%2": esperava-se um registo ou null</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field "author": expected text</source>
            <translation>%1, campo "author": esperava-se texto</translation>
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
            <translation>add: indique um ficheiro de iniciativas no formato de catálogo (JSON)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>add: %1 has no initiatives to add</source>
            <translation>add: %1 não tem iniciativas para adicionar</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Added %n initiative(s)</source>
            <translation>
                <numerusform>%n iniciativa adicionada</numerusform>
                <numerusform>%n iniciativas adicionadas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>add FILE       add the initiatives of a catalogue file (JSON) as new</source>
            <translation>add FILE       adicionar as iniciativas de um ficheiro de catálogo (JSON) como novas</translation>
        </message>
        <message>
            <location filename="../src/cli/Command.cpp" line="+46" />
            <source>The password comes from ~/.pgpass (a line host:port:database:user:password, readable by you alone) or from PGPASSWORD; the window's File &gt; Team Catalogue &gt; Connect can keep it there.</source>
            <translation>A palavra-passe provém de ~/.pgpass (uma linha host:port:database:user:password, legível apenas por si) ou de PGPASSWORD; a opção Ficheiro &gt; Catálogo da equipa &gt; Ligar da janela pode guardá-la aí.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Name recorded in the history (default: the name in the window's preferences, else your account name).</source>
            <translation>Nome registado no histórico (predefinição: o nome definido nas preferências da janela ou, na sua falta, o nome da sua conta).</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/cli/ExportCommand.cpp" line="+88" />
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Output: table (default), json or csv.</source>
            <translation>Saída: table (predefinição), json ou csv.</translation>
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
            <translation>--format: formato desconhecido "%1" (esperava-se table, json ou csv)</translation>
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
            <translation>Utilização: ssc-catalogue [COMMAND] [OPTIONS]
Sem comando, abre a janela.

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
Todos os comandos aceitam --db PATH (predefinição: o seu catálogo na pasta de dados do utilizador).
Execute `ssc-catalogue COMMAND --help` para ver as respetivas opções.
Códigos de saída: 0 êxito, 1 erro de utilização ou de entrada, 2 erro do catálogo.
</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--lang CODE, before or after the command, writes messages and reports in that language (%1; default: the system's).
</source>
            <translation>--lang CÓDIGO, antes ou depois do comando, escreve as mensagens e os relatórios nessa língua (%1; por omissão, a do sistema).
</translation>
        </message>
        <message>
            <location line="+23" />
            <source>unknown command "%1" (expected %2; see --help)</source>
            <translation>comando desconhecido "%1" (esperava-se %2; consulte --help)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ssc-catalogue %1</source>
            <translation>ssc-catalogue %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Catalogue file to use.</source>
            <translation>Ficheiro de catálogo a utilizar.</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/cli/TeamCommands.cpp" line="+39" />
            <source>PATH</source>
            <translation>PATH</translation>
        </message>
        <message>
            <location line="+6" />
            <source>See above.</source>
            <translation>Ver acima.</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (see ssc-catalogue %1 --help)</source>
            <translation> (consulte ssc-catalogue %1 --help)</translation>
        </message>
        <message>
            <location filename="../src/cli/DeleteCommand.cpp" line="+24" />
            <source>delete: give the IDs of the initiatives</source>
            <translation>delete: indique os ID das iniciativas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>delete: no initiative "%1" in %2; nothing was deleted</source>
            <translation>delete: não existe nenhuma iniciativa "%1" em %2; nada foi eliminado</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Deleted %n initiative(s)</source>
            <translation>
                <numerusform>%n iniciativa eliminada</numerusform>
                <numerusform>%n iniciativas eliminadas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>restore: give the ID of a deleted initiative</source>
            <translation>restore: indique o ID de uma iniciativa eliminada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>restore: %1</source>
            <translation>restore: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restored %1</source>
            <translation>Iniciativa %1 restaurada</translation>
        </message>
        <message>
            <location line="+8" />
            <source>delete ID...   delete initiatives (all or none)</source>
            <translation>delete ID...   eliminar iniciativas (todas ou nenhuma)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>restore ID     bring back a deleted initiative as it was</source>
            <translation>restore ID     repor uma iniciativa eliminada tal como estava</translation>
        </message>
        <message>
            <location filename="../src/cli/DuplicatesCommand.cpp" line="+29" />
            <source>Only pairs scoring N or more, 0 to 100 (default 60).</source>
            <translation>Apenas os pares com pontuação igual ou superior a N, de 0 a 100 (predefinição: 60).</translation>
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
            <translation>duplicates: não aceita argumentos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>duplicates: --min-score takes a number from 0 to 100, not "%1"</source>
            <translation>duplicates: --min-score aceita um número de 0 a 100, não "%1"</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Score</source>
            <translation>Pontuação</translation>
        </message>
        <message>
            <location line="+0" />
            <source>First</source>
            <translation>Primeiro</translation>
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
            <translation>Nenhum duplicado provável</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Which record's value a field takes: FIELD=kept, FIELD=other or (lists) FIELD=both. By default lists are united and other fields are the kept record's unless it has none.</source>
            <translation>De que registo cada campo recebe o valor: FIELD=kept, FIELD=other ou (listas) FIELD=both. Por predefinição, as listas são unidas e os restantes campos ficam com o valor do registo mantido, salvo se este não tiver nenhum.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>FIELD=WHICH</source>
            <translation>FIELD=WHICH</translation>
        </message>
        <message>
            <location line="+17" />
            <source>merge: --take names a field of %1, not "%2"</source>
            <translation>merge: --take indica um campo de entre %1, não "%2"</translation>
        </message>
        <message>
            <location line="+10" />
            <source>merge: --take %1= takes kept, other%2, not "%3"</source>
            <translation>merge: --take %1= aceita kept, other%2, não "%3"</translation>
        </message>
        <message>
            <location line="+1" />
            <source> or both</source>
            <translation> ou both</translation>
        </message>
        <message>
            <location line="+11" />
            <source>merge: give the ID of the record to keep and of the one to merge into it</source>
            <translation>merge: indique o ID do registo a manter e o do registo a fundir nele</translation>
        </message>
        <message>
            <location line="+13" />
            <source>merge: %1; nothing was merged</source>
            <translation>merge: %1; nada foi fundido</translation>
        </message>
        <message>
            <location line="+7" />
            <source>merge: %1</source>
            <translation>merge: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merged %1 into %2; %1 now finds %2</source>
            <translation>%1 fundido em %2; %1 passa a encontrar %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>merge KEEP OTHER  make two records one under KEEP (--take FIELD=other)</source>
            <translation>merge KEEP OTHER  fundir dois registos num só, sob KEEP (--take FIELD=other)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>duplicates     likely duplicate records, best first (--min-score N)</source>
            <translation>duplicates     registos provavelmente duplicados, os mais prováveis primeiro (--min-score N)</translation>
        </message>
        <message>
            <location filename="../src/cli/EditCommand.cpp" line="+26" />
            <source>Give FIELD this value (repeatable; an empty value clears it). Fields: %1.</source>
            <translation>Atribuir este valor a FIELD (repetível; um valor vazio apaga-o). Campos: %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+4" />
            <location line="+2" />
            <source>FIELD=VALUE</source>
            <translation>FIELD=VALUE</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Add a value to a list field: country=ET:recipient, partner=ORG:implementer, area=nutrition, sdg=3, modality=..., source=... (repeatable).</source>
            <translation>Adicionar um valor a um campo de lista: country=ET:recipient, partner=ORG:implementer, area=nutrition, sdg=3, modality=..., source=... (repetível).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove a value from a list field (repeatable).</source>
            <translation>Remover um valor de um campo de lista (repetível).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>edit: give one initiative ID and --set, --add or --remove</source>
            <translation>edit: indique um ID de iniciativa e --set, --add ou --remove</translation>
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
            <translation>edit: nada a alterar; indique --set, --add ou --remove</translation>
        </message>
        <message>
            <location line="+13" />
            <source>edit %1: %2</source>
            <translation>edit %1: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1: nothing changed</source>
            <translation>%1: nada foi alterado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: changed %2</source>
            <translation>%1: alterações em %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>edit ID        change fields: --set FIELD=VALUE, --add, --remove</source>
            <translation>edit ID        alterar campos: --set FIELD=VALUE, --add, --remove</translation>
        </message>
        <message>
            <location filename="../src/cli/ExportCommand.cpp" line="-54" />
            <source>export: give one FILE to write</source>
            <translation>export: indique um ficheiro (FILE) a escrever</translation>
        </message>
        <message>
            <location line="+5" />
            <source>export: %1 is the catalogue itself; choose another file</source>
            <translation>export: %1 é o próprio catálogo; escolha outro ficheiro</translation>
        </message>
        <message>
            <location line="+7" />
            <source>export: --format %1 is not supported (expected %2)</source>
            <translation>export: --format %1 não é suportado (esperava-se %2)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Exported %1 initiatives to %2 as IATI 2.03.</source>
            <translation>%1 iniciativas exportadas para %2 em IATI 2.03.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported %1 initiatives to %2 as CSV.</source>
            <translation>%1 iniciativas exportadas para %2 em CSV.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported %1 initiatives to %2.</source>
            <translation>%1 iniciativas exportadas para %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left out %1 that IATI cannot hold:</source>
            <translation>Omitidas %1 iniciativas que o IATI não consegue representar:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>File format: json (default), iati or csv.</source>
            <translation>Formato do ficheiro: json (predefinição), iati ou csv.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>IATI: the publisher's organisation identifier (reporting-org ref).</source>
            <translation>IATI: identificador da organização publicadora (reporting-org ref).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>REF</source>
            <translation>REF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI: the publisher's OrganisationType code, such as 40.</source>
            <translation>IATI: código OrganisationType da organização publicadora, como 40.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CODE</source>
            <translation>CODE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI: the publisher's name (default: the catalogue's name).</source>
            <translation>IATI: nome da organização publicadora (predefinição: o nome do catálogo).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>export FILE    write the catalogue (or the filtered part) as JSON, IATI XML or CSV</source>
            <translation>export FILE    escrever o catálogo (ou a parte filtrada) em JSON, IATI XML ou CSV</translation>
        </message>
        <message>
            <location filename="../src/cli/FacetsCommand.cpp" line="+42" />
            <source>--facet: unknown facet "%1" (expected one of: %2)</source>
            <translation>--facet: faceta desconhecida "%1" (esperava-se uma de: %2)</translation>
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
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Count</source>
            <translation>Contagem</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 initiatives match</source>
            <translation>%1 iniciativas correspondem</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Only this facet (country, region, programme-area, partner, ...).</source>
            <translation>Apenas esta faceta (country, region, programme-area, partner, ...).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FACET</source>
            <translation>FACET</translation>
        </message>
        <message>
            <location line="+7" />
            <source>facets         count initiatives per country, area, partner, ... under the filter</source>
            <translation>facets         contar as iniciativas por país, área, parceiro, ... com o filtro aplicado</translation>
        </message>
        <message>
            <location filename="../src/cli/GenerateCommand.cpp" line="-57" />
            <source>generate: give the new catalogue's --db PATH</source>
            <translation>generate: indique o --db PATH do novo catálogo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>generate: %1 already exists; give a new file</source>
            <translation>generate: %1 já existe; indique um ficheiro novo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--initiatives: expected a number of initiatives, such as 1000000</source>
            <translation>--initiatives: esperava-se um número de iniciativas, como 1000000</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--seed: expected a whole number</source>
            <translation>--seed: esperava-se um número inteiro</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 of %2 initiatives written</source>
            <translation>%1 de %2 iniciativas escritas</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot create %1</source>
            <translation>Não é possível criar %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Generated %1 synthetic initiatives (seed %2) into %3 in %4 s.</source>
            <translation>Foram geradas %1 iniciativas sintéticas (semente %2) em %3, em %4 s.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>How many initiatives to generate.</source>
            <translation>Número de iniciativas a gerar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Seed: the same seed gives the same catalogue.</source>
            <translation>Semente: a mesma semente produz o mesmo catálogo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <location line="+8" />
            <source>generate       write a synthetic catalogue: --initiatives N --db PATH [--seed S]</source>
            <translation>generate       escrever um catálogo sintético: --initiatives N --db PATH [--seed S]</translation>
        </message>
        <message>
            <location filename="../src/cli/HistoryCommand.cpp" line="-81" />
            <source>Only changes on or after DATE (YYYY-MM-DD, or with a time: YYYY-MM-DDTHH:MM, UTC).</source>
            <translation>Apenas as alterações a partir de DATE, inclusive (AAAA-MM-DD ou, com hora, AAAA-MM-DDTHH:MM, UTC).</translation>
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
            <translation>No máximo N alterações (predefinição: 100).</translation>
        </message>
        <message>
            <location line="+22" />
            <source>history: give at most one initiative ID</source>
            <translation>history: indique no máximo um ID de iniciativa</translation>
        </message>
        <message>
            <location line="+7" />
            <source>history: --limit takes a number of 1 or more, not "%1"</source>
            <translation>history: --limit aceita um número igual ou superior a 1, não "%1"</translation>
        </message>
        <message>
            <location line="+9" />
            <source>history: --since takes a date as YYYY-MM-DD, not "%1"</source>
            <translation>history: --since aceita uma data no formato AAAA-MM-DD, não "%1"</translation>
        </message>
        <message>
            <location line="+39" />
            <source>When (UTC)</source>
            <translation>Quando (UTC)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>Quem</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>Registo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>Alterações</translation>
        </message>
        <message>
            <location line="+22" />
            <source>No changes recorded</source>
            <translation>Nenhuma alteração registada</translation>
        </message>
        <message>
            <location line="+11" />
            <source>history [ID]   who changed what and when (--since DATE, --format)</source>
            <translation>history [ID]   quem alterou o quê e quando (--since DATE, --format)</translation>
        </message>
        <message>
            <location filename="../src/cli/ImportCommand.cpp" line="+133" />
            <source>import FILE    add an IATI activity file, a CSV file or a catalogue file (JSON)</source>
            <translation>import FILE    adicionar um ficheiro de atividades IATI, um ficheiro CSV ou um ficheiro de catálogo (JSON)</translation>
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
            <translation>Tipo de atividade</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start</source>
            <translation>Início</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End</source>
            <translation>Fim</translation>
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
            <translation>Parceiro</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../src/cli/ListCommand.cpp" line="+1" />
            <source>Funding</source>
            <translation>Financiamento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SDGs</source>
            <translation>ODS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beneficiaries</source>
            <translation>Beneficiários</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Source</source>
            <translation>Fonte</translation>
        </message>
        <message>
            <location filename="../src/cli/ListCommand.cpp" line="-64" />
            <source>--sort: unknown column "%1" (expected title, countries, areas, partners, funding, years, status, type or id)</source>
            <translation>--sort: coluna desconhecida "%1" (esperava-se title, countries, areas, partners, funding, years, status, type ou id)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--limit: expected a whole number, 0 for all</source>
            <translation>--limit: esperava-se um número inteiro (0 para todas)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--offset: expected a whole number</source>
            <translation>--offset: esperava-se um número inteiro</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Countries</source>
            <translation>Países</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partners</source>
            <translation>Parceiros</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Years</source>
            <translation>Anos</translation>
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
            <translation>Ordenar por title, countries, areas, partners, funding, years, status, type ou id.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>COLUMN</source>
            <translation>COLUMN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sort in descending order.</source>
            <translation>Ordenar por ordem decrescente.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At most N rows (default 50; 0 for all).</source>
            <translation>No máximo N linhas (predefinição: 50; 0 para todas).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skip the first N rows.</source>
            <translation>Ignorar as primeiras N linhas.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>list           list initiatives matching the filter flags</source>
            <translation>list           listar as iniciativas que correspondem às opções de filtro</translation>
        </message>
        <message>
            <location filename="../src/cli/ReportCommand.cpp" line="-20" />
            <source>pdf, html, md, csv, xlsx or json (default: from the file name).</source>
            <translation>pdf, html, md, csv, xlsx ou json (predefinição: a partir do nome do ficheiro).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The report file to write.</source>
            <translation>O ficheiro de relatório a escrever.</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+4" />
            <location filename="../src/cli/TeamCommands.cpp" line="+41" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="-3" />
            <source>The report's title (default: the filter in words).</source>
            <translation>O título do relatório (predefinição: o filtro descrito por extenso).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TITLE</source>
            <translation>TITLE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An image drawn at the top of the first page (PDF, HTML).</source>
            <translation>Uma imagem apresentada no topo da primeira página (PDF, HTML).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A paragraph under the title (PDF, HTML).</source>
            <translation>Um parágrafo por baixo do título (PDF, HTML).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sections to include, comma-separated: headline, breakdowns, charts, initiatives, sources (default: all).</source>
            <translation>Secções a incluir, separadas por vírgulas: headline, breakdowns, charts, initiatives, sources (predefinição: todas).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>LIST</source>
            <translation>LIST</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF paper size: a4 (default) or letter.</source>
            <translation>Tamanho do papel do PDF: a4 (predefinição) ou letter.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>SIZE</source>
            <translation>SIZE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF in landscape orientation.</source>
            <translation>PDF na orientação horizontal.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List at most N initiatives, or "all" (default: 1000 in PDF, HTML and Markdown, all in CSV, XLSX and JSON). The figures always cover every initiative.</source>
            <translation>Listar no máximo N iniciativas, ou "all" (predefinição: 1000 em PDF, HTML e Markdown; todas em CSV, XLSX e JSON). Os números abrangem sempre todas as iniciativas.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>report: give the file to write with --output FILE</source>
            <translation>report: indique o ficheiro a escrever com --output FILE</translation>
        </message>
        <message>
            <location line="+6" />
            <source>report: cannot tell the format from "%1"</source>
            <translation>report: não é possível determinar o formato a partir de "%1"</translation>
        </message>
        <message>
            <location line="+1" />
            <source>report: unknown --format "%1"</source>
            <translation>report: --format desconhecido "%1"</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (expected %1)</source>
            <translation> (esperava-se %1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>report: %1 needs the graphical libraries</source>
            <translation>report: %1 requer as bibliotecas gráficas</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--logo: "%1" is not an image that can be read</source>
            <translation>--logo: "%1" não é uma imagem legível</translation>
        </message>
        <message>
            <location line="+17" />
            <source>--sections: unknown section "%1" (expected headline, breakdowns, charts, initiatives or sources)</source>
            <translation>--sections: secção desconhecida "%1" (esperava-se headline, breakdowns, charts, initiatives ou sources)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--paper: expected a4 or letter, not "%1"</source>
            <translation>--paper: esperava-se a4 ou letter, não "%1"</translation>
        </message>
        <message>
            <location line="+16" />
            <source>--list-limit: expected a number of initiatives or "all", not "%1"</source>
            <translation>--list-limit: esperava-se um número de iniciativas ou "all", não "%1"</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Wrote a report on %1 initiatives to %2 in %3 s.</source>
            <translation>Relatório sobre %1 iniciativas escrito em %2, em %3 s.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>report         write a summary report of the filtered initiatives: --output FILE
                 (PDF, HTML, Markdown, CSV, XLSX or JSON, from the extension)</source>
            <translation>report         escrever um relatório de síntese das iniciativas filtradas: --output FILE
                 (PDF, HTML, Markdown, CSV, XLSX ou JSON, conforme a extensão)</translation>
        </message>
        <message>
            <location filename="../src/cli/ShowCommand.cpp" line="-29" />
            <source>show: give one initiative ID (see `ssc-catalogue list`)</source>
            <translation>show: indique um ID de iniciativa (consulte `ssc-catalogue list`)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>show: no initiative "%1" in %2</source>
            <translation>show: não existe nenhuma iniciativa "%1" em %2</translation>
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
            <translation>show ID        todos os dados de uma iniciativa</translation>
        </message>
        <message>
            <location filename="../src/cli/TeamCommands.cpp" line="-114" />
            <source>The team catalogue's PostgreSQL database, as libpq takes it: postgresql://user@host:port/dbname?sslmode=prefer. The password comes from ~/.pgpass or PGPASSWORD.</source>
            <translation>A base de dados PostgreSQL do catálogo da equipa, no formato aceite pela libpq: postgresql://user@host:port/dbname?sslmode=prefer. A palavra-passe provém de ~/.pgpass ou de PGPASSWORD.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Publish this local catalogue to the new team catalogue; it becomes a copy that syncs.</source>
            <translation>Publicar este catálogo local no novo catálogo da equipa; passa a ser uma cópia sincronizada.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Note: the connection to the team catalogue is not encrypted (no TLS); use sslmode=require where the network is not trusted.</source>
            <translation>Nota: a ligação ao catálogo da equipa não está cifrada (sem TLS); utilize sslmode=require quando a rede não for de confiança.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Received %1, sent %2, merged %3, in conflict %4</source>
            <translation>Recebidas: %1, enviadas: %2, fundidas: %3, em conflito: %4</translation>
        </message>
        <message>
            <location line="+7" />
            <source>See them with `ssc-catalogue conflicts`; settle each with `ssc-catalogue resolve ID FIELD --mine|--theirs`.</source>
            <translation>Consulte-os com `ssc-catalogue conflicts`; resolva cada um com `ssc-catalogue resolve ID FIELD --mine|--theirs`.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>server: the only action is `server init`</source>
            <translation>server: a única ação é `server init`</translation>
        </message>
        <message>
            <location line="+2" />
            <source>server init: give --server URL</source>
            <translation>server init: indique --server URL</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Created the team catalogue</source>
            <translation>Catálogo da equipa criado</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Published %n initiative(s) from %1; it is now a copy that syncs</source>
            <translation>
                <numerusform>%n iniciativa publicada a partir de %1, que passa a ser uma cópia sincronizada</numerusform>
                <numerusform>%n iniciativas publicadas a partir de %1, que passa a ser uma cópia sincronizada</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>clone: give --server URL and --db PATH</source>
            <translation>clone: indique --server URL e --db PATH</translation>
        </message>
        <message>
            <location line="+6" />
            <source>clone: %1</source>
            <translation>clone: %1</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Mine</source>
            <translation>O meu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>O deles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No conflicts</source>
            <translation>Sem conflitos</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Keep the value here (sent by the next sync).</source>
            <translation>Manter o valor local (enviado na próxima sincronização).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take the team catalogue's value.</source>
            <translation>Aceitar o valor do catálogo da equipa.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>resolve: give ID FIELD and one of --mine or --theirs</source>
            <translation>resolve: indique ID FIELD e uma das opções --mine ou --theirs</translation>
        </message>
        <message>
            <location line="+6" />
            <source>resolve: %1</source>
            <translation>resolve: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kept yours; the next sync sends it</source>
            <translation>Mantido o seu valor; será enviado na próxima sincronização</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Took theirs</source>
            <translation>Aceite o valor deles</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The records changed on or after DATE (YYYY-MM-DD, UTC); without it, in a copy of a team catalogue, those changed since the last sync.</source>
            <translation>Os registos alterados a partir de DATE, inclusive (AAAA-MM-DD, UTC); sem esta opção, numa cópia de um catálogo da equipa, os alterados desde a última sincronização.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The bundle file to write.</source>
            <translation>O ficheiro de pacote a escrever.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>bundle: give --output FILE</source>
            <translation>bundle: indique --output FILE</translation>
        </message>
        <message>
            <location line="+9" />
            <source>bundle: --since takes a date as YYYY-MM-DD, not "%1"</source>
            <translation>bundle: --since aceita uma data no formato AAAA-MM-DD, não "%1"</translation>
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
                <numerusform>%n iniciativa alterada escrita em %1</numerusform>
                <numerusform>%n iniciativas alteradas escritas em %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>server init    make a PostgreSQL database a team catalogue (--server URL [--from PATH])</source>
            <translation>server init    transformar uma base de dados PostgreSQL num catálogo da equipa (--server URL [--from PATH])</translation>
        </message>
        <message>
            <location line="+10" />
            <source>clone          a local copy of a team catalogue (--server URL --db PATH)</source>
            <translation>clone          criar uma cópia local de um catálogo da equipa (--server URL --db PATH)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>sync           send and receive changes with the team catalogue</source>
            <translation>sync           enviar e receber alterações com o catálogo da equipa</translation>
        </message>
        <message>
            <location line="+9" />
            <source>bundle         changes as a file to carry (--since DATE --output FILE); import applies it</source>
            <translation>bundle         alterações num ficheiro para transportar (--since DATE --output FILE); import aplica-o</translation>
        </message>
        <message>
            <location line="+10" />
            <source>conflicts      fields changed here and in the team catalogue, both values</source>
            <translation>conflicts      campos alterados aqui e no catálogo da equipa, com ambos os valores</translation>
        </message>
        <message>
            <location line="+9" />
            <source>resolve ID FIELD  settle a conflict: --mine or --theirs</source>
            <translation>resolve ID FIELD  resolver um conflito: --mine ou --theirs</translation>
        </message>
    </context>
    <context>
        <name>CsvExport</name>
        <message>
            <location filename="../src/core/io/csv/CsvExport.cpp" line="+95" />
            <location line="+13" />
            <source>Cannot write %1: %2</source>
            <translation>Não é possível escrever %1: %2</translation>
        </message>
    </context>
    <context>
        <name>CsvImporter</name>
        <message>
            <location filename="../src/core/io/csv/CsvImporter.cpp" line="+47" />
            <source>line %1 has %2 cells where the header row has %3 (cells past the header were not read, missing ones are empty)</source>
            <translation>a linha %1 tem %2 células e a linha de cabeçalho tem %3 (as células além do cabeçalho não foram lidas, as que faltam ficam vazias)</translation>
        </message>
        <message>
            <location line="+69" />
            <source>the id column is empty</source>
            <translation>a coluna id está vazia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the title column is empty</source>
            <translation>a coluna title está vazia</translation>
        </message>
        <message>
            <location line="+62" />
            <source>funding amount "%1" is not a number</source>
            <translation>o montante de financiamento "%1" não é um número</translation>
        </message>
        <message>
            <location line="+52" />
            <source>%1 is empty (expected a header row naming the columns)</source>
            <translation>%1 está vazio (esperava-se uma linha de cabeçalho com os nomes das colunas)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 line %2: column "%3" is not an import column and was not read (expected: %4)</source>
            <translation>%1, linha %2: a coluna "%3" não é uma coluna de importação e não foi lida (esperava-se: %4)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 line %2: column "%3" is given twice</source>
            <translation>%1, linha %2: a coluna "%3" aparece duas vezes</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 line %2: there is no "%3" column (the header row must name at least id and title)</source>
            <translation>%1, linha %2: não existe a coluna "%3" (a linha de cabeçalho tem de indicar pelo menos id e title)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Spreadsheet %1</source>
            <translation>Folha de cálculo %1</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <location filename="../src/core/base/CsvReader.cpp" line="+58" />
            <source>line %1, column %2: control character U+%3 removed</source>
            <translation>linha %1, coluna %2: caractere de controle U+%3 removido</translation>
        </message>
        <message>
            <location line="+10" />
            <source>line %1, column %2: bytes that are not UTF-8 were replaced by U+FFFD (expected a file saved as UTF-8)</source>
            <translation>linha %1, coluna %2: bytes que não são UTF-8 foram substituídos por U+FFFD (esperava-se um arquivo salvo em UTF-8)</translation>
        </message>
        <message>
            <location line="+53" />
            <source>%1, line %2: a quoted field is not closed (expected a closing " before the end of file)</source>
            <translation>%1, linha %2: um campo entre aspas não está fechado (esperava-se um " de fecho antes do fim do ficheiro)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot read %1: %2</source>
            <translation>Não é possível ler %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DefaultCatalogue</name>
        <message>
            <location filename="../src/core/catalogue/DefaultCatalogue.cpp" line="+31" />
            <source>Cannot create the folder for %1</source>
            <translation>Não é possível criar a pasta para %1</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Cannot finish creating %1 (its log is not empty)</source>
            <translation>Não é possível concluir a criação de %1 (o respetivo registo de transações não está vazio)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot create %1</source>
            <translation>Não é possível criar %1</translation>
        </message>
    </context>
    <context>
        <name>DuplicateFinder</name>
        <message>
            <location filename="../src/core/catalogue/DuplicateFinder.cpp" line="+203" />
            <location line="+139" />
            <source>Stopped: no duplicates were looked for</source>
            <translation>Interrompido: não foram procurados duplicados</translation>
        </message>
        <message>
            <location line="-59" />
            <source>same IATI identifier</source>
            <translation>mesmo identificador IATI</translation>
        </message>
        <message>
            <location line="+13" />
            <source>same title</source>
            <translation>mesmo título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>similar title (%1%)</source>
            <translation>título semelhante (%1%)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>countries in common: %1</source>
            <translation>países em comum: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>both in %1</source>
            <translation>ambos em %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>years overlap: %1-%2</source>
            <translation>anos sobrepostos: %1-%2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ongoing</source>
            <translation>em curso</translation>
        </message>
    </context>
    <context>
        <name>Facet</name>
        <message>
            <location filename="../src/core/query/FacetDefinitions.cpp" line="+22" />
            <source>Region</source>
            <translation>Região</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regions</source>
            <translation>Regiões</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 regions</source>
            <translation>%1 regiões</translation>
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
            <translation>%1 países</translation>
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
            <translation>Parceiro</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Partners</source>
            <translation>Parceiros</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+6" />
            <source>Funding source</source>
            <translation>Fonte de financiamento</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Funding sources</source>
            <translation>Fontes de financiamento</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <location line="+7" />
            <source>Modality</source>
            <translation>Modalidade</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+5" />
            <source>Activity type</source>
            <translation>Tipo de atividade</translation>
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
            <translation>O índice de facetas guardado está danificado</translation>
        </message>
        <message>
            <location filename="../src/core/index/FacetIndexWrites.cpp" line="+150" />
            <source>Row id %1 is out of range</source>
            <translation>O ID de linha %1 está fora do intervalo</translation>
        </message>
    </context>
    <context>
        <name>FacetSection</name>
        <message>
            <location filename="../src/gui/FacetSection.ui" line="+26" />
            <source>Show or hide this section</source>
            <translation>Mostrar ou ocultar esta secção</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Clear this section's selection</source>
            <translation>Limpar a seleção desta secção</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clear</source>
            <translation>Limpar</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Which part the checked countries and regions play</source>
            <translation>O papel dos países e regiões assinalados</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Find…</source>
            <translation>Procurar…</translation>
        </message>
    </context>
    <context>
        <name>FieldEdit</name>
        <message>
            <location filename="../src/core/catalogue/FieldEdit.cpp" line="+57" />
            <source>%1=%2: expected %3:ROLE, for example %4</source>
            <translation>%1=%2: esperava-se %3:ROLE, por exemplo %4</translation>
        </message>
        <message>
            <location line="+23" />
            <source>%1=%2: the initiative does not have it</source>
            <translation>%1=%2: a iniciativa não tem este valor</translation>
        </message>
        <message>
            <location line="+25" />
            <source>"%1": expected FIELD=VALUE, for example status=completed</source>
            <translation>"%1": esperava-se FIELD=VALUE, por exemplo status=completed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is not a field that can be edited; expected one of: %2</source>
            <translation>"%1" não é um campo editável; esperava-se um de: %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 holds one value: use --set %1=VALUE (an empty value clears it)</source>
            <translation>%1 contém um único valor: utilize --set %1=VALUE (um valor vazio apaga-o)</translation>
        </message>
    </context>
    <context>
        <name>FileCommit</name>
        <message>
            <location filename="../src/core/base/FileCommit.cpp" line="+15" />
            <source>the file could not be written in full</source>
            <translation>não foi possível gravar o arquivo por inteiro</translation>
        </message>
    </context>
    <context>
        <name>FileFormats</name>
        <message>
            <location filename="../src/core/io/FileFormats.cpp" line="+36" />
            <source>export: no initiative matches the filter</source>
            <translation>export: nenhuma iniciativa corresponde ao filtro</translation>
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
            <translation>--%1: "%2" não é um ano (esperava-se um ano, como 2015)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>--%1: unknown country "%2" (expected an ISO code such as ET or a name such as Ethiopia)</source>
            <translation>--%1: país desconhecido "%2" (esperava-se um código ISO, como ET, ou um nome, como Ethiopia)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--%1: unknown region "%2" (expected a UN M49 region or sub-region such as Africa, Eastern Africa or 002)</source>
            <translation>--%1: região desconhecida "%2" (esperava-se uma região ou sub-região UN M49, como Africa, Eastern Africa ou 002)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--%1: unknown programme area "%2" (expected an id or name such as health or "Child protection")</source>
            <translation>--%1: área programática desconhecida "%2" (esperava-se um ID ou nome, como health ou "Child protection")</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--%1: no organisation "%2" in the catalogue (expected an organisation id, acronym or name; `facets` lists them)</source>
            <translation>--%1: não existe nenhuma organização "%2" no catálogo (esperava-se um ID, sigla ou nome de organização; `facets` apresenta-os)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--%1: unknown %2 "%3" (expected one of: %4)</source>
            <translation>--%1: valor desconhecido para %2: "%3" (esperava-se um de: %4)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--%1: "%2" is not an SDG goal (expected a number 1-17)</source>
            <translation>--%1: "%2" não é um objetivo dos ODS (esperava-se um número de 1 a 17)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--%1: unknown value "%2"</source>
            <translation>--%1: valor desconhecido "%2"</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Start from the search saved under NAME in the catalogue (the window's Saved searches); the other flags apply on top.</source>
            <translation>Partir da pesquisa guardada com o nome NAME no catálogo (Pesquisas guardadas, na janela); as restantes opções aplicam-se por cima.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Country role for --country and --region: provider, recipient, facilitator, host, participant.</source>
            <translation>Papel do país para --country e --region: provider, recipient, facilitator, host, participant.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ROLE</source>
            <translation>ROLE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active in or after YEAR.</source>
            <translation>Ativas em YEAR ou depois.</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>YEAR</source>
            <translation>YEAR</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active in or before YEAR.</source>
            <translation>Ativas em YEAR ou antes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Words to find in titles, texts, partners and countries.</source>
            <translation>Palavras a procurar nos títulos, textos, parceiros e países.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <location line="+21" />
            <source>--saved: no saved search "%1" in %2 (saved: %3)</source>
            <translation>--saved: não existe nenhuma pesquisa guardada "%1" em %2 (guardadas: %3)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>none</source>
            <translation>nenhuma</translation>
        </message>
        <message>
            <location line="+28" />
            <source>--role: unknown %1 "%2" (expected one of: %3)</source>
            <translation>--role: valor desconhecido para %1: "%2" (esperava-se um de: %3)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--role: give one role (provider, recipient, facilitator, host or participant)</source>
            <translation>--role: indique um papel (provider, recipient, facilitator, host ou participant)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>--from %1 is after --to %2</source>
            <translation>--from %1 é posterior a --to %2</translation>
        </message>
        <message>
            <location filename="../src/core/query/FacetDefinitions.cpp" line="-66" />
            <source>REGION</source>
            <translation>REGION</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UN M49 region or sub-region (code or name; repeatable).</source>
            <translation>Região ou sub-região UN M49 (código ou nome; repetível).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>COUNTRY</source>
            <translation>COUNTRY</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Initiatives involving COUNTRY (ISO code or name; repeatable).</source>
            <translation>Iniciativas que envolvem COUNTRY (código ISO ou nome; repetível).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>AREA</source>
            <translation>AREA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Programme area id or name; includes its sub-areas (repeatable).</source>
            <translation>ID ou nome da área programática; inclui as respetivas subáreas (repetível).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>PARTNER</source>
            <translation>PARTNER</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner organisation id, acronym or name (repeatable).</source>
            <translation>ID, sigla ou nome da organização parceira (repetível).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>SOURCE</source>
            <translation>SOURCE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding source id, acronym or name (repeatable).</source>
            <translation>ID, sigla ou nome da fonte de financiamento (repetível).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>MODALITY</source>
            <translation>MODALITY</translation>
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
            <translation>Tipo de atividade, p. ex. conference, webinar, study-tour.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>GOAL</source>
            <translation>GOAL</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SDG goal 1-17 (repeatable).</source>
            <translation>Objetivo dos ODS, de 1 a 17 (repetível).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>STATUS</source>
            <translation>STATUS</translation>
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
            <translation>Limpar todos os filtros e a pesquisa (Ctrl+Shift+Backspace)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>C&amp;lear all</source>
            <translation>Limpar &amp;tudo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Hide the values that no initiative under the current filter has</source>
            <translation>Ocultar os valores que nenhuma iniciativa do filtro atual tem</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hide values with &amp;no matches</source>
            <translation>Ocultar valores &amp;sem correspondências</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Years</source>
            <translation>&amp;Anos</translation>
        </message>
        <message>
            <location line="+10" />
            <source>From year</source>
            <translation>Do ano</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives running in or after this year</source>
            <translation>Iniciativas em curso neste ano ou depois</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+32" />
            <source>any</source>
            <translation>qualquer</translation>
        </message>
        <message>
            <location line="-6" />
            <source>To year</source>
            <translation>Até ao ano</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives running in or before this year</source>
            <translation>Iniciativas em curso neste ano ou antes</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Clear the years</source>
            <translation>Limpar os anos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clear</source>
            <translation>Limpar</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Filter panes</source>
            <translation>Painéis de filtros</translation>
        </message>
    </context>
    <context>
        <name>IatiActivityReader</name>
        <message>
            <location filename="../src/core/io/iati/IatiActivityReader.cpp" line="+51" />
            <source>element %1 uses the undeclared namespace prefix "%2"; skipped</source>
            <translation>o elemento %1 utiliza o prefixo de espaço de nomes não declarado "%2"; ignorado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>extension elements of namespace %1 are not read</source>
            <translation>os elementos de extensão do espaço de nomes %1 não são lidos</translation>
        </message>
        <message>
            <location line="+35" />
            <source>%1, line %2: %3</source>
            <translation>%1, linha %2: %3</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is not well-formed XML: line %2, column %3: %4</source>
            <translation>%1 não é XML bem formado: linha %2, coluna %3: %4</translation>
        </message>
        <message>
            <location line="+16" />
            <source>version %1 is given on the activity only, not on iati-activities</source>
            <translation>a versão %1 é indicada apenas na atividade, não em iati-activities</translation>
        </message>
        <message>
            <location line="+144" />
            <source>unknown catalogue element %1; skipped</source>
            <translation>elemento de catálogo desconhecido %1; ignorado</translation>
        </message>
        <message>
            <location line="+21" />
            <source>the activity at line %1</source>
            <translation>a atividade da linha %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>activity %1</source>
            <translation>atividade %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: the text of &lt;%2&gt; is longer than %3 characters, the most one field may hold</source>
            <translation>%1: o texto de &lt;%2&gt; excede %3 carateres, o máximo para um campo</translation>
        </message>
    </context>
    <context>
        <name>IatiImporter</name>
        <message>
            <location filename="../src/core/io/iati/IatiImporter.cpp" line="+18" />
            <source>IATI activity file %1</source>
            <translation>Ficheiro de atividades IATI %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot read %1: %2</source>
            <translation>Não é possível ler %1: %2</translation>
        </message>
    </context>
    <context>
        <name>IatiMapping</name>
        <message>
            <location filename="../src/core/io/iati/IatiMapping.cpp" line="+59" />
            <source>language "%1" is not an ISO 639-1 code; left out</source>
            <translation>a língua "%1" não é um código ISO 639-1; omitida</translation>
        </message>
        <message>
            <location line="+25" />
            <source>description type "%1" is not in the DescriptionType codelist; read as general</source>
            <translation>o tipo de descrição "%1" não consta da lista de códigos DescriptionType; lido como geral</translation>
        </message>
        <message>
            <location line="+54" />
            <source>activity-status "%1" is not in the ActivityStatus codelist; status left empty</source>
            <translation>activity-status "%1" não consta da lista de códigos ActivityStatus; estado deixado vazio</translation>
        </message>
        <message>
            <location line="+6" />
            <source>activity-status %1 (%2) has no catalogue status; left empty</source>
            <translation>activity-status %1 (%2) não tem estado correspondente no catálogo; deixado vazio</translation>
        </message>
        <message>
            <location line="+20" />
            <source>activity-date type "%1" is not in the ActivityDateType codelist; left out</source>
            <translation>o tipo de activity-date "%1" não consta da lista de códigos ActivityDateType; omitido</translation>
        </message>
        <message>
            <location line="+8" />
            <source>activity-date "%1" is not a date (expected YYYY-MM-DD); left out</source>
            <translation>activity-date "%1" não é uma data (esperava-se AAAA-MM-DD); omitida</translation>
        </message>
        <message>
            <location line="+13" />
            <source>an end date %1 is given without a start date; left out</source>
            <translation>é indicada uma data de fim %1 sem data de início; omitida</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the end date %1 is before the start date %2; left out</source>
            <translation>a data de fim %1 é anterior à data de início %2; omitida</translation>
        </message>
        <message>
            <location line="+14" />
            <source>participating-org role "%1" is not in the OrganisationRole codelist; organisation left out</source>
            <translation>o papel de participating-org "%1" não consta da lista de códigos OrganisationRole; organização omitida</translation>
        </message>
        <message>
            <location line="+32" />
            <source>recipient-country %1 percentage</source>
            <translation>percentagem de recipient-country %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>recipient-country "%1" is a region (%2), not a country; left out</source>
            <translation>recipient-country "%1" é uma região (%2), não um país; omitido</translation>
        </message>
        <message>
            <location line="+7" />
            <source>recipient-country "%1" (%2) is withdrawn from the Country codelist</source>
            <translation>recipient-country "%1" (%2) foi retirado da lista de códigos Country</translation>
        </message>
        <message>
            <location line="+6" />
            <source>recipient-country "%1" is not a current ISO 3166-1 country code; left out</source>
            <translation>recipient-country "%1" não é um código de país ISO 3166-1 em vigor; omitido</translation>
        </message>
        <message>
            <location line="+8" />
            <source>recipient-country %1 is given twice; the first is kept</source>
            <translation>recipient-country %1 é indicado duas vezes; mantém-se o primeiro</translation>
        </message>
        <message>
            <location line="+7" />
            <source>recipient-country %1 percentage %2 is not between 0 and 100; left out</source>
            <translation>a percentagem %2 de recipient-country %1 não está entre 0 e 100; omitida</translation>
        </message>
        <message>
            <location line="+11" />
            <source>recipient-region percentage</source>
            <translation>percentagem de recipient-region</translation>
        </message>
        <message>
            <location line="+5" />
            <source>recipient-country and recipient-region</source>
            <translation>recipient-country e recipient-region</translation>
        </message>
        <message>
            <location line="+35" />
            <source>iati-identifier "%1" has characters a catalogue key cannot hold; kept as published, with the key "%2"</source>
            <translation>iati-identifier "%1" contém caracteres que uma chave do catálogo não admite; mantido tal como publicado, com a chave "%2"</translation>
        </message>
        <message>
            <location line="+9" />
            <source>version "%1" is not an IATI version; read as 2.03</source>
            <translation>a versão "%1" não é uma versão IATI; lida como 2.03</translation>
        </message>
        <message>
            <location line="+31" />
            <source>iati-identifier is missing</source>
            <translation>iati-identifier está em falta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the activity has no title</source>
            <translation>a atividade não tem título</translation>
        </message>
        <message>
            <location filename="../src/core/io/iati/IatiMappingParts.h" line="+86" />
            <source>%1 "%2" is not a number; left out</source>
            <translation>%1 "%2" não é um número; omitido</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 "%2" has spaces inside; read as %3</source>
            <translation>%1 "%2" contém espaços; lido como %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 "%2" has no leading digit; read as %3</source>
            <translation>%1 "%2" não começa por um algarismo; lido como %3</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 percentages add up to %2, not 100</source>
            <translation>as percentagens de %1 somam %2, não 100</translation>
        </message>
        <message>
            <location line="+28" />
            <source>%1 ref "%2" has characters an identifier cannot hold; read as "%3"</source>
            <translation>a ref "%2" de %1 contém caracteres que um identificador não admite; lida como "%3"</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 has neither a ref nor a name; left out</source>
            <translation>%1 não tem ref nem nome; omitido</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 "%2" has the unknown organisation type "%3"</source>
            <translation>%1 "%2" tem o tipo de organização desconhecido "%3"</translation>
        </message>
        <message>
            <location filename="../src/core/io/iati/IatiSectorsAndFunding.cpp" line="+22" />
            <source>%1 "%2" is not an SDG goal or target; left out</source>
            <translation>%1 "%2" não é um objetivo nem uma meta dos ODS; omitido</translation>
        </message>
        <message>
            <location line="+14" />
            <source>sector %1 percentage</source>
            <translation>percentagem de sector %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>sector "%1" is not in the %2 codelist; left out</source>
            <translation>sector "%1" não consta da lista de códigos %2; omitido</translation>
        </message>
        <message>
            <location line="+6" />
            <source>sector %1 (%2) is withdrawn from the %3 codelist</source>
            <translation>sector %1 (%2) foi retirado da lista de códigos %3</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+23" />
            <source>sector (vocabulary %1)</source>
            <translation>sector (vocabulário %1)</translation>
        </message>
        <message>
            <location line="-16" />
            <source>programme area "%1" is not in data/programme-areas.json; left out</source>
            <translation>a área programática "%1" não consta de data/programme-areas.json; omitida</translation>
        </message>
        <message>
            <location line="+7" />
            <source>sector vocabulary "%1" is not in the SectorVocabulary codelist</source>
            <translation>o vocabulário de sector "%1" não consta da lista de códigos SectorVocabulary</translation>
        </message>
        <message>
            <location line="+12" />
            <source>tag (vocabulary %1)</source>
            <translation>tag (vocabulário %1)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>collaboration-type "%1" is not in the CollaborationType codelist</source>
            <translation>collaboration-type "%1" não consta da lista de códigos CollaborationType</translation>
        </message>
        <message>
            <location line="+48" />
            <source>%1 value</source>
            <translation>valor de %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 value %2 has no currency and the activity no default-currency; the amount is left out</source>
            <translation>o valor %2 de %1 não tem moeda e a atividade não tem default-currency; o montante é omitido</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 currency "%2" is not an ISO 4217 code; the amount is left out</source>
            <translation>a moeda "%2" de %1 não é um código ISO 4217; o montante é omitido</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 currency %2 is withdrawn from the Currency codelist</source>
            <translation>a moeda %2 de %1 foi retirada da lista de códigos Currency</translation>
        </message>
        <message>
            <location line="+53" />
            <source>the %1 amounts from %2 add up to %3, below zero; left out</source>
            <translation>os montantes de %1 provenientes de %2 somam %3, abaixo de zero; omitidos</translation>
        </message>
        <message>
            <location line="+8" />
            <source>funding is given in several currencies (%1); each is kept on its own</source>
            <translation>o financiamento é indicado em várias moedas (%1); cada uma é mantida separadamente</translation>
        </message>
    </context>
    <context>
        <name>IatiWriter</name>
        <message>
            <location filename="../src/core/io/iati/IatiWriter.cpp" line="+288" />
            <source>no status (IATI requires activity-status)</source>
            <translation>sem estado (o IATI exige activity-status)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no start date (IATI requires an activity-date)</source>
            <translation>sem data de início (o IATI exige o elemento activity-date)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no partner organisation (IATI requires a participating-org)</source>
            <translation>sem organização parceira (o IATI exige o elemento participating-org)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no description or summary (IATI requires a description)</source>
            <translation>sem descrição nem resumo (o IATI exige o elemento description)</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+61" />
            <source>Cannot write %1: %2</source>
            <translation>Não é possível escrever %1: %2</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Export cancelled: %1 was not written</source>
            <translation>Exportação cancelada: %1 não foi escrito</translation>
        </message>
        <message>
            <location line="+10" />
            <source>a text holds a character XML cannot hold</source>
            <translation>um texto contém um caractere que o XML não admite</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <location filename="../src/cli/ImportCommand.cpp" line="-104" />
            <source>File format: iati, csv or json (default: from the file name or its content).</source>
            <translation>Formato do ficheiro: iati, csv ou json (predefinição: a partir do nome do ficheiro ou do seu conteúdo).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check the file and print the report; write nothing.</source>
            <translation>Verificar o ficheiro e apresentar o relatório, sem escrever nada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For catalogue files: where a record differs from the catalogue's, take the file's (default: keep the catalogue's).</source>
            <translation>Para ficheiros de catálogo: quando um registo difere do registo do catálogo, aceitar o do ficheiro (predefinição: manter o do catálogo).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also save the import report to FILE (.json for JSON, else text).</source>
            <translation>Guardar também o relatório de importação em FILE (.json para JSON; caso contrário, texto).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="+11" />
            <source>import: give one FILE to import</source>
            <translation>import: indique um ficheiro (FILE) a importar</translation>
        </message>
        <message>
            <location line="+10" />
            <source>import: %1</source>
            <translation>import: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied the change bundle %1: changed %2, already so %3, in conflict %4</source>
            <translation>Pacote de alterações %1 aplicado: registos alterados: %2, já atualizados: %3, em conflito: %4</translation>
        </message>
        <message>
            <location line="+13" />
            <source>import: --format %1 is not a format (expected iati, csv or json)</source>
            <translation>import: --format %1 não é um formato (esperava-se iati, csv ou json)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>import: cannot tell the format of %1; give --format iati, csv or json</source>
            <translation>import: não é possível determinar o formato de %1; indique --format iati, csv ou json</translation>
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
            <translation>Conflitos: registos que o catálogo já contém noutra versão</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Initiatives in both the file and the catalogue</source>
            <translation>Iniciativas presentes no ficheiro e no catálogo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tick a record to take the file's version; unticked records keep the catalogue's</source>
            <translation>Assinale um registo para aceitar a versão do ficheiro; os registos não assinalados mantêm a do catálogo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Take theirs</source>
            <translation>Aceitar o do ficheiro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier</source>
            <translation>Identificador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What differs</source>
            <translation>Diferenças</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Keep all mine</source>
            <translation>&amp;Manter todos os do catálogo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Take all theirs</source>
            <translation>&amp;Aceitar todos os do ficheiro</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Import report</source>
            <translation>Relatório de importação</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The import report: what was (or will be) added, updated, skipped or rejected, and why</source>
            <translation>O relatório de importação: o que foi (ou será) adicionado, atualizado, ignorado ou rejeitado, e porquê</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Save Report…</source>
            <translation>&amp;Guardar relatório…</translation>
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
            <translation>adicionado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>updated</source>
            <translation>atualizado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unchanged, skipped</source>
            <translation>inalterado, ignorado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>rejected</source>
            <translation>rejeitado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>conflict</source>
            <translation>conflito</translation>
        </message>
        <message>
            <location line="+2" />
            <source>conflict, catalogue's kept</source>
            <translation>conflito, mantido o do catálogo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>checked: nothing has been written</source>
            <translation>verificado: nada foi escrito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>written to the catalogue</source>
            <translation>escrito no catálogo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not written: the catalogue is unchanged</source>
            <translation>não escrito: o catálogo não foi alterado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import of %1 (%2), %3
</source>
            <translation>Importação de %1 (%2), %3
</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added: %1   Updated: %2   Unchanged (skipped): %3   Rejected: %4   Conflicts: %5   Warnings: %6
</source>
            <translation>Adicionados: %1   Atualizados: %2   Inalterados (ignorados): %3   Rejeitados: %4   Conflitos: %5   Avisos: %6
</translation>
        </message>
        <message>
            <location line="+15" />
            <source>line %1</source>
            <translation>linha %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Rejected</source>
            <translation>Rejeitados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation>Conflitos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Warnings</source>
            <translation>Avisos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Updated</source>
            <translation>Atualizados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unchanged (skipped)</source>
            <translation>Inalterados (ignorados)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Added</source>
            <translation>Adicionados</translation>
        </message>
        <message>
            <location line="+4" />
            <source>  ... and %1 more added (the report lists the first %2)
</source>
            <translation>  ... e mais %1 adicionados (o relatório lista os primeiros %2)
</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+4" />
            <source>Cannot write %1: %2</source>
            <translation>Não é possível escrever %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ImportSpill</name>
        <message>
            <location filename="../src/core/io/ImportSpill.cpp" line="+192" />
            <source>Cannot keep the checked records in %1: %2</source>
            <translation>Não é possível guardar os registos verificados em %1: %2</translation>
        </message>
    </context>
    <context>
        <name>IndexedQuery</name>
        <message>
            <location filename="../src/core/index/IndexedQuerySaved.cpp" line="-101" />
            <source>The saved index %1 is damaged; it is built again from the catalogue</source>
            <translation>O índice guardado %1 está danificado; é construído de novo a partir do catálogo</translation>
        </message>
    </context>
    <context>
        <name>InitiativeEditor</name>
        <message>
            <location filename="../src/gui/InitiativeEditor.ui" line="+13" />
            <source>&amp;General</source>
            <translation>&amp;Geral</translation>
        </message>
        <message>
            <location line="+5" />
            <source>I&amp;dentifier:</source>
            <translation>&amp;Identificador:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The catalogue's key: letters, digits and . _ : / -</source>
            <translation>A chave do catálogo: letras, algarismos e . _ : / -</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>S&amp;ummary:</source>
            <translation>Res&amp;umo:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Descri&amp;ption:</source>
            <translation>&amp;Descrição:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Status:</source>
            <translation>&amp;Estado:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>St&amp;art and end:</source>
            <translation>Início e fi&amp;m:</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+6" />
            <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>AAAA, AAAA-MM ou AAAA-MM-DD</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Start</source>
            <translation>Início</translation>
        </message>
        <message>
            <location line="+6" />
            <source>End</source>
            <translation>Fim</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Activity t&amp;ype:</source>
            <translation>Tipo de ati&amp;vidade:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Beneficiaries:</source>
            <translation>&amp;Beneficiários:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Results:</source>
            <translation>Resu&amp;ltados:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Countries and partners</source>
            <translation>&amp;Países e parceiros</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Co&amp;untries and their roles:</source>
            <translation>P&amp;aíses e respetivos papéis:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Countries and their roles</source>
            <translation>Países e respetivos papéis</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add countr&amp;y</source>
            <translation>Adicionar paí&amp;s</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove country</source>
            <translation>Remover país</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Partners and their roles:</source>
            <translation>Parc&amp;eiros e respetivos papéis:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Partners and their roles</source>
            <translation>Parceiros e respetivos papéis</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add pa&amp;rtner</source>
            <translation>Adicionar par&amp;ceiro</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove partner</source>
            <translation>Remover parceiro</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+43" />
            <source>New &amp;organisation…</source>
            <translation>Nova &amp;organização…</translation>
        </message>
        <message>
            <location line="-42" />
            <source>Adds an organisation the catalogue does not have yet and chooses it in the selected row (or a new one); it is written with the initiative</source>
            <translation>Adiciona uma organização que o catálogo ainda não tem e seleciona-a na linha selecionada (ou numa nova); é escrita juntamente com a iniciativa</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Funding and translations</source>
            <translation>&amp;Financiamento e traduções</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fu&amp;nding:</source>
            <translation>Fi&amp;nanciamento:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Funding</source>
            <translation>Financiamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who funds the initiative, and when known how much, in which currency (ISO 4217) and year</source>
            <translation>Quem financia a iniciativa e, quando se sabe, o montante, a moeda (ISO 4217) e o ano</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add funding &amp;row</source>
            <translation>Adicionar &amp;linha de financiamento</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove funding</source>
            <translation>Remover financiamento</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Adds an organisation the catalogue does not have yet and chooses it as the source of the selected row (or a new one); it is written with the initiative</source>
            <translation>Adiciona uma organização que o catálogo ainda não tem e define-a como fonte da linha selecionada (ou de uma nova); é escrita juntamente com a iniciativa</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Translations of the title and description:</source>
            <translation>&amp;Traduções do título e da descrição:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Translations</source>
            <translation>Traduções</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add translat&amp;ion</source>
            <translation>A&amp;dicionar tradução</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove translation</source>
            <translation>Remover tradução</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Areas, SDGs and sources</source>
            <translation>Á&amp;reas, ODS e fontes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Programme a&amp;reas:</source>
            <translation>Áre&amp;as programáticas:</translation>
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
            <translation>Objetivos e metas dos O&amp;DS:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>SDG goals and targets</source>
            <translation>Objetivos e metas dos ODS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick a goal, or open it (Right, or +) to tick its targets such as 3.2</source>
            <translation>Assinale um objetivo ou abra-o (tecla Right ou +) para assinalar as respetivas metas, como a 3.2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>S&amp;ources:</source>
            <translation>F&amp;ontes:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sources</source>
            <translation>Fontes</translation>
        </message>
        <message>
            <location line="+11" />
            <source>What is wrong with the record</source>
            <translation>O que está errado no registo</translation>
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
            <translation>Resumo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start</source>
            <translation>Início</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End</source>
            <translation>Fim</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Modalities</source>
            <translation>Modalidades</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Activity type</source>
            <translation>Tipo de atividade</translation>
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
            <translation>Parceiros</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Funding</source>
            <translation>Financiamento</translation>
        </message>
        <message>
            <location line="+10" />
            <source>SDGs</source>
            <translation>ODS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Beneficiaries</source>
            <translation>Beneficiários</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sources</source>
            <translation>Fontes</translation>
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
            <translation>sim</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>não</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Língua</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Translations</source>
            <translation>Traduções</translation>
        </message>
    </context>
    <context>
        <name>InitiativeReader</name>
        <message>
            <location filename="../src/core/storage/InitiativeReader.cpp" line="+134" />
            <source>initiatives were removed while reading</source>
            <translation>foram removidas iniciativas durante a leitura</translation>
        </message>
        <message>
            <location line="+134" />
            <location line="+81" />
            <source>Cannot read the catalogue: %1</source>
            <translation>Não é possível ler o catálogo: %1</translation>
        </message>
        <message>
            <location line="-68" />
            <source>No initiative "%1" in the catalogue</source>
            <translation>Não existe nenhuma iniciativa "%1" no catálogo</translation>
        </message>
        <message>
            <location line="+116" />
            <source>No organisation "%1" in the catalogue</source>
            <translation>Não existe nenhuma organização "%1" no catálogo</translation>
        </message>
    </context>
    <context>
        <name>InitiativeWriter</name>
        <message>
            <location filename="../src/core/storage/InitiativeWriter.cpp" line="+74" />
            <source>Could not write %1: %2</source>
            <translation>Não foi possível escrever %1: %2</translation>
        </message>
        <message>
            <location line="+50" />
            <source>source %1</source>
            <translation>fonte %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>organisation %1</source>
            <translation>organização %1</translation>
        </message>
        <message>
            <location line="+23" />
            <source>initiative %1</source>
            <translation>iniciativa %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Could not write initiative %1: organisation %2 is not in the catalogue</source>
            <translation>Não foi possível escrever a iniciativa %1: a organização %2 não está no catálogo</translation>
        </message>
    </context>
    <context>
        <name>InterfaceLanguage</name>
        <message>
            <location filename="../src/core/domain/InterfaceLanguage.cpp" line="+84" />
            <source>There is no translation for "%1"; the languages are %2</source>
            <translation>Não há tradução para "%1"; as línguas são %2</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../src/core/domain/ReferenceNames.cpp" line="+73" />
            <source>English</source>
            <translation>inglês</translation>
        </message>
        <message>
            <location line="+1" />
            <source>French</source>
            <translation>francês</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spanish</source>
            <translation>espanhol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Portuguese</source>
            <translation>português</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arabic</source>
            <translation>árabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chinese</source>
            <translation>chinês</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Russian</source>
            <translation>russo</translation>
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
            <translation>Pesquisar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Words to find in titles, descriptions, partners and countries; the last word may be unfinished</source>
            <translation>Palavras a procurar nos títulos, descrições, parceiros e países; a última palavra pode estar incompleta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search titles, descriptions, partners and countries (Ctrl+F)</source>
            <translation>Pesquisar títulos, descrições, parceiros e países (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No filters: the whole catalogue is shown.</source>
            <translation>Sem filtros: é apresentado todo o catálogo.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No initiatives match these filters.</source>
            <translation>Nenhuma iniciativa corresponde a estes filtros.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Clear the filters</source>
            <translation>Limpar os filtros</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Views of the results</source>
            <translation>Vistas dos resultados</translation>
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
            <translation>Iniciativas do filtro atual; clique no título de uma coluna para ordenar ou prima Enter para ler a selecionada</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Details and history of the selected initiative</source>
            <translation>Detalhes e histórico da iniciativa selecionada</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Details</source>
            <translation>&amp;Detalhes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Details of the selected initiative</source>
            <translation>Detalhes da iniciativa selecionada</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hi&amp;story</source>
            <translation>Hi&amp;stórico</translation>
        </message>
        <message>
            <location line="+3" />
            <source>History of the selected initiative</source>
            <translation>Histórico da iniciativa selecionada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who changed this initiative, when, and each field from what to what</source>
            <translation>Quem alterou esta iniciativa, quando e, em cada campo, o valor anterior e o novo</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Filters</source>
            <translation>Filtros</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;File</source>
            <translation>&amp;Ficheiro</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open &amp;Recent</source>
            <translation>Abrir r&amp;ecentes</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Help</source>
            <translation>&amp;Ajuda</translation>
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
            <translation>Abrir outro ficheiro de catálogo</translation>
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
            <translation>Adicionar iniciativas a partir de um ficheiro de atividades IATI, de um ficheiro CSV ou de outro ficheiro de catálogo (também pode largar um ficheiro na janela)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export to &amp;IATI…</source>
            <translation>Ex&amp;portar para IATI…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the initiatives shown as an IATI 2.03 activity file</source>
            <translation>Escrever as iniciativas apresentadas num ficheiro de atividades IATI 2.03</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export Catalogue &amp;File…</source>
            <translation>Exportar &amp;ficheiro de catálogo…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the whole catalogue, its history and saved searches, as a catalogue file (JSON) to share or keep</source>
            <translation>Escrever todo o catálogo, com o histórico e as pesquisas guardadas, num ficheiro de catálogo (JSON) para partilhar ou conservar</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Export Report…</source>
            <translation>Exportar &amp;relatório…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write a summary report of the initiatives shown (PDF, HTML, Markdown, CSV, XLSX or JSON)</source>
            <translation>Escrever um relatório de síntese das iniciativas apresentadas (PDF, HTML, Markdown, CSV, XLSX ou JSON)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;New Catalogue…</source>
            <translation>&amp;Novo catálogo…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create an empty catalogue file</source>
            <translation>Criar um ficheiro de catálogo vazio</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Shift+N</source>
            <translation>Ctrl+Shift+N</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Clear All Filters</source>
            <translation>Limpar &amp;todos os filtros</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Shift+Backspace</source>
            <translation>Ctrl+Shift+Backspace</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;User Guide</source>
            <translation>&amp;Guia do utilizador</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How to browse, filter, search and export, in this program</source>
            <translation>Como navegar, filtrar, pesquisar e exportar neste programa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Atalhos de teclado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every key of the window and what it does</source>
            <translation>Todas as teclas da janela e o que fazem</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;New Initiative…</source>
            <translation>&amp;Nova iniciativa…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add an initiative to the catalogue</source>
            <translation>Adicionar uma iniciativa ao catálogo</translation>
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
            <translation>Alterar a iniciativa selecionada (ou fazer duplo clique nela)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>F2</source>
            <translation>F2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Duplicate Initiative…</source>
            <translation>&amp;Duplicar iniciativa…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A new initiative starting from a copy of the selected one</source>
            <translation>Uma nova iniciativa criada a partir de uma cópia da selecionada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+D</source>
            <translation>Ctrl+D</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Bulk Edit…</source>
            <translation>Edição em &amp;massa…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One change to every selected initiative, in one step</source>
            <translation>Uma alteração aplicada a todas as iniciativas selecionadas, de uma só vez</translation>
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
            <translation>Eliminar as iniciativas selecionadas (Editar &gt; Anular repõe-nas)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferências…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export folder, page size, filter values, IATI reporting organisation</source>
            <translation>Pasta de exportação, tamanho da página, valores dos filtros, organização relatora IATI</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;About SSC Catalogue</source>
            <translation>Acerca do &amp;SSC Catalogue</translation>
        </message>
    </context>
    <context>
        <name>PgPassFile</name>
        <message>
            <location filename="../src/core/team/PgPassFile.cpp" line="+81" />
            <source>Cannot read %1</source>
            <translation>Não é possível ler %1</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Cannot write %1: %2</source>
            <translation>Não é possível escrever %1: %2</translation>
        </message>
    </context>
    <context>
        <name>PictureExport</name>
        <message>
            <location filename="../src/gui/PictureExport.cpp" line="+88" />
            <source>Cannot write %1</source>
            <translation>Não é possível escrever %1</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Cannot write %1 (a PNG or SVG file name was expected)</source>
            <translation>Não é possível escrever %1 (esperava-se um nome de ficheiro PNG ou SVG)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+35" />
            <source>Cannot write %1: %2</source>
            <translation>Não é possível escrever %1: %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Save as PNG or SVG…</source>
            <translation>Guardar como PNG ou SVG…</translation>
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
            <translation>Imagem PNG (*.png);;Desenho SVG (*.svg)</translation>
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
            <translation>Saúde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maternal, newborn and child health</source>
            <translation>Saúde materna, neonatal e infantil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>EMTCT of HIV and syphilis</source>
            <translation>Eliminação da transmissão vertical do VIH e da sífilis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nutrition</source>
            <translation>Nutrição</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Water, sanitation and hygiene (WASH)</source>
            <translation>Água, saneamento e higiene (WASH)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Early childhood development</source>
            <translation>Desenvolvimento na primeira infância</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Education</source>
            <translation>Educação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child protection</source>
            <translation>Proteção da criança</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Social protection</source>
            <translation>Proteção social</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash transfers</source>
            <translation>Transferências monetárias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Social policy and child poverty</source>
            <translation>Política social e pobreza infantil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Climate, energy and environment</source>
            <translation>Clima, energia e ambiente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Air pollution</source>
            <translation>Poluição do ar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Humanitarian action</source>
            <translation>Ação humanitária</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disaster risk reduction</source>
            <translation>Redução do risco de catástrofes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adolescent development and participation</source>
            <translation>Desenvolvimento e participação dos adolescentes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Innovation</source>
            <translation>Inovação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child rights and policy advocacy</source>
            <translation>Direitos da criança e advocacia política</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <location filename="../src/gui/EditorWidgets.cpp" line="+46" />
            <source>(not given)</source>
            <translation>(não indicado)</translation>
        </message>
        <message>
            <location filename="../src/gui/HelpDialogs.cpp" line="+39" />
            <source>User guide</source>
            <translation>Guia do utilizador</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The user guide is missing from this build.</source>
            <translation>O guia do utilizador não está incluído nesta versão.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC Catalogue User Guide</source>
            <translation>Guia do utilizador do SSC Catalogue</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick or clear the value (in a filter pane)</source>
            <translation>Assinalar ou desmarcar o valor (num painel de filtro)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open, copy or export the selected rows (in the results)</source>
            <translation>Abrir, copiar ou exportar as linhas selecionadas (nos resultados)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tab, Shift+Tab</source>
            <translation>Tab, Shift+Tab</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next or previous control</source>
            <translation>Controlo seguinte ou anterior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+click</source>
            <translation>Ctrl+clique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a linked value to the filter (in the details)</source>
            <translation>Adicionar um valor ligado ao filtro (nos detalhes)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alt+D, Alt+S</source>
            <translation>Alt+D, Alt+S</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The initiative's Details and History tabs</source>
            <translation>Os separadores Detalhes e Histórico da iniciativa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+, -, arrows, Home</source>
            <translation>+, -, setas, Home</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom, move, the whole world (on the map)</source>
            <translation>Ampliar/reduzir, deslocar, mundo inteiro (no mapa)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrows, Enter</source>
            <translation>Setas, Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick a bar, filter by it (on a dashboard chart)</source>
            <translation>Escolher uma barra e filtrar por ela (num gráfico do painel de indicadores)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Keyboard shortcuts</source>
            <translation>Atalhos de teclado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key</source>
            <translation>Tecla</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Does</source>
            <translation>Função</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Keyboard Shortcuts</source>
            <translation>Atalhos de teclado</translation>
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
            <translation>%1 não existe</translation>
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
            <translation>Ásia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Australia and New Zealand</source>
            <translation>Austrália e Nova Zelândia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caribbean</source>
            <translation>Caraíbas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Central America</source>
            <translation>América Central</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Central Asia</source>
            <translation>Ásia Central</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eastern Africa</source>
            <translation>África Oriental</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eastern Asia</source>
            <translation>Ásia Oriental</translation>
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
            <translation>América Latina e Caraíbas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Melanesia</source>
            <translation>Melanésia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Micronesia</source>
            <translation>Micronésia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Middle Africa</source>
            <translation>África Central</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Northern Africa</source>
            <translation>África do Norte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Northern America</source>
            <translation>América do Norte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Northern Europe</source>
            <translation>Europa do Norte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Oceania</source>
            <translation>Oceânia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Polynesia</source>
            <translation>Polinésia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>South America</source>
            <translation>América do Sul</translation>
        </message>
        <message>
            <location line="+1" />
            <source>South-eastern Asia</source>
            <translation>Sudeste Asiático</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Southern Africa</source>
            <translation>África Austral</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Southern Asia</source>
            <translation>Ásia do Sul</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Southern Europe</source>
            <translation>Europa do Sul</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sub-Saharan Africa</source>
            <translation>África Subsariana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Western Africa</source>
            <translation>África Ocidental</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Western Asia</source>
            <translation>Ásia Ocidental</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Western Europe</source>
            <translation>Europa Ocidental</translation>
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
            <translation>A lista apresenta as primeiras %1 de %2 iniciativas, por ordem de título. Exporte o relatório em CSV, XLSX ou JSON para as obter todas.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>South-South cooperation initiatives: summary</source>
            <translation>Iniciativas de cooperação Sul-Sul: síntese</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Any %1 country</source>
            <translation>Qualquer país no papel de %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>From %1</source>
            <translation>A partir de %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Until %1</source>
            <translation>Até %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Text: “%1”</source>
            <translation>Texto: “%1”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All initiatives in the catalogue</source>
            <translation>Todas as iniciativas do catálogo</translation>
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
            <translation>Não é possível escrever o relatório em %1: %2</translation>
        </message>
        <message>
            <location line="+37" />
            <source>the file cannot be created</source>
            <translation>não é possível criar o ficheiro</translation>
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
            <translation>Preparado em</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/report/ReportText.cpp" line="+5" />
            <source>Scope</source>
            <translation>Âmbito</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/report/ReportHtml.cpp" line="-185" />
            <location filename="../src/report/ReportText.cpp" line="+4" />
            <location filename="../src/report/ReportWording.h" line="+1" />
            <source>Countries involved</source>
            <translation>Países envolvidos</translation>
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
            <translation>Parceiros</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/report/ReportWording.h" line="+2" />
            <source>Funding in %1</source>
            <translation>Financiamento em %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>First year</source>
            <translation>Primeiro ano</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last year</source>
            <translation>Último ano</translation>
        </message>
        <message>
            <location line="+67" />
            <source>a row of the list could not be written (%1)</source>
            <translation>não foi possível escrever uma linha da lista (%1)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Breakdown</source>
            <translation>Desagregação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location line="+89" />
            <source>the PDF could not be written</source>
            <translation>não foi possível escrever o PDF</translation>
        </message>
        <message>
            <location line="+130" />
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message>
            <location line="+18" />
            <source>PDF and HTML reports need the graphical libraries</source>
            <translation>Os relatórios em PDF e HTML requerem as bibliotecas gráficas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the report was prepared for CSV, XLSX or JSON</source>
            <translation>o relatório foi preparado para CSV, XLSX ou JSON</translation>
        </message>
        <message>
            <location line="+19" />
            <source>the finished file could not be moved into place</source>
            <translation>não foi possível mover o ficheiro concluído para o local de destino</translation>
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
            <translation>Anos abrangidos</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 countries: %2</source>
            <translation>Países (%1): %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Funding: no amounts recorded</source>
            <translation>Financiamento: nenhum montante registado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding recorded: </source>
            <translation>Financiamento registado: </translation>
        </message>
        <message>
            <location line="+2" />
            <source>each currency apart, never added together</source>
            <translation>cada moeda em separado, nunca somadas</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../src/report/ReportText.cpp" line="-83" />
            <source>Amounts</source>
            <translation>Montantes</translation>
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
            <translation>Financiamento</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Years: %1</source>
            <translation>Anos: %1</translation>
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
            <translation>Preparado em %1</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/report/ReportText.cpp" line="+2" />
            <source>Scope: %1</source>
            <translation>Âmbito: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Initiatives per country, in any role</source>
            <translation>Iniciativas por país, em qualquer papel</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The largest %1 of %2; all in the tables.</source>
            <translation>Os %1 valores mais elevados de %2; todos constam das tabelas.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Breakdowns</source>
            <translation>Desagregações</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/report/ReportText.cpp" line="+11" />
            <source>None recorded.</source>
            <translation>Sem registos.</translation>
        </message>
        <message>
            <location line="+25" />
            <location filename="../src/report/ReportText.cpp" line="+36" />
            <source>Sources</source>
            <translation>Fontes</translation>
        </message>
        <message>
            <location filename="../src/report/ReportListFile.cpp" line="+167" />
            <source>a row is damaged</source>
            <translation>uma linha está danificada</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot keep the report's list in %1: %2</source>
            <translation>Não é possível guardar a lista do relatório em %1: %2</translation>
        </message>
        <message>
            <location filename="../src/report/ReportPages.cpp" line="+320" />
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <location filename="../src/report/ReportTally.cpp" line="+91" />
            <source>Not recorded</source>
            <translation>Não registado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>An initiative with several values counts in each of their rows, so the rows add up to more than the initiatives.</source>
            <translation>Uma iniciativa com vários valores é contada em cada uma das linhas correspondentes, pelo que a soma das linhas excede o número de iniciativas.</translation>
        </message>
        <message>
            <location line="+226" />
            <source>By programme area</source>
            <translation>Por área programática</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By recipient country</source>
            <translation>Por país recetor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By provider country</source>
            <translation>Por país provedor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By region</source>
            <translation>Por região</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By funding source</source>
            <translation>Por fonte de financiamento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By modality</source>
            <translation>Por modalidade</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By activity type</source>
            <translation>Por tipo de atividade</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By start year</source>
            <translation>Por ano de início</translation>
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
            <translation>Números principais</translation>
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
            <translation>Anos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Section</source>
            <translation>Secção</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>Montante</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>Detalhes</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+1" />
            <location line="+6" />
            <source>Report</source>
            <translation>Relatório</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Source</source>
            <translation>Fonte</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+112" />
            <source>Cannot write the report: %1</source>
            <translation>Não é possível escrever o relatório: %1</translation>
        </message>
        <message>
            <location filename="../src/report/ReportFiles.cpp" line="-412" />
            <location filename="../src/report/ReportPages.cpp" line="-126" />
            <source> … [cut: %1 characters]</source>
            <translation> … [cortado: %1 caracteres]</translation>
        </message>
        <message>
            <location line="+198" />
            <source>Cells cut to Excel's 32,767 characters</source>
            <translation>Células cortadas em 32.767 caracteres (limite do Excel)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rows left out: more than a worksheet holds</source>
            <translation>Linhas omitidas: mais do que uma folha comporta</translation>
        </message>
    </context>
    <context>
        <name>ReportBuilder</name>
        <message>
            <location filename="../src/report/ReportTitle.cpp" line="+27" />
            <source> and </source>
            <translation> e </translation>
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
            <translation>%1 países e regiões</translation>
        </message>
        <message>
            <location line="-23" />
            <source> with %1s in %2</source>
            <translation> com %2 no papel de %1</translation>
        </message>
        <message>
            <location line="+27" />
            <source> in %1</source>
            <translation> em %1</translation>
        </message>
        <message>
            <location line="-28" />
            <source> with any %1</source>
            <translation> com algum país no papel de %1</translation>
        </message>
        <message>
            <location line="-11" />
            <source> with providers in %1</source>
            <translation> com países provedores: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any provider</source>
            <translation> com algum país provedor</translation>
        </message>
        <message>
            <location line="+1" />
            <source> with recipients in %1</source>
            <translation> com países recetores: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any recipient</source>
            <translation> com algum país recetor</translation>
        </message>
        <message>
            <location line="+1" />
            <source> with facilitators in %1</source>
            <translation> com países facilitadores: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any facilitator</source>
            <translation> com algum país facilitador</translation>
        </message>
        <message>
            <location line="+1" />
            <source> hosted in %1</source>
            <translation> com países anfitriões: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any host</source>
            <translation> com algum país anfitrião</translation>
        </message>
        <message>
            <location line="+1" />
            <source> with participants in %1</source>
            <translation> com países participantes: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any participant</source>
            <translation> com algum país participante</translation>
        </message>
        <message>
            <location line="+38" />
            <source> with %1</source>
            <translation> com %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 partners</source>
            <translation>%1 parceiros</translation>
        </message>
        <message>
            <location line="+2" />
            <source> funded by %1</source>
            <translation> financiadas por %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 sources</source>
            <translation>%1 fontes</translation>
        </message>
        <message>
            <location line="+5" />
            <source> for SDG %1</source>
            <translation> (ODS %1)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 goals</source>
            <translation>%1 objetivos</translation>
        </message>
        <message>
            <location line="+9" />
            <source> matching “%1”</source>
            <translation> que contêm “%1”</translation>
        </message>
        <message>
            <location line="+7" />
            <source>, from %1</source>
            <translation>, a partir de %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, until %1</source>
            <translation>, até %1</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../src/gui/ReportDialog.ui" line="+6" />
            <source>Export Report</source>
            <translation>Exportar relatório</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Format:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>PDF and HTML are documents to read; CSV, XLSX and JSON carry every figure and the full list</source>
            <translation>PDF e HTML são documentos para leitura; CSV, XLSX e JSON contêm todos os números e a lista completa</translation>
        </message>
        <message>
            <location line="+10" />
            <source>F&amp;ile:</source>
            <translation>F&amp;icheiro:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The report file to write</source>
            <translation>O ficheiro de relatório a escrever</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose where to save the report</source>
            <translation>Escolher onde guardar o relatório</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Browse…</source>
            <translation>P&amp;rocurar…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the file in a file dialog</source>
            <translation>Escolher o ficheiro numa caixa de diálogo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Initiatives:</source>
            <translation>Iniciativas:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Under the current &amp;filter</source>
            <translation>Com o filtro &amp;atual</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exactly the initiatives the results list holds</source>
            <translation>Exatamente as iniciativas que constam da lista de resultados</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Selected rows</source>
            <translation>Linhas &amp;selecionadas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The rows selected in the results list</source>
            <translation>As linhas selecionadas na lista de resultados</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Whole catalogue</source>
            <translation>&amp;Catálogo completo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every initiative in the catalogue, whatever the filter</source>
            <translation>Todas as iniciativas do catálogo, independentemente do filtro</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The title printed at the top of the report</source>
            <translation>O título impresso no topo do relatório</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sections:</source>
            <translation>Secções:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Headline figures</source>
            <translation>&amp;Números principais</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives, countries by role, partners, funding per currency, years</source>
            <translation>Iniciativas, países por papel, parceiros, financiamento por moeda, anos</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Brea&amp;kdowns</source>
            <translation>&amp;Desagregações</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Counts by programme area, country, region, funding source, modality, activity type, year and SDG</source>
            <translation>Contagens por área programática, país, região, fonte de financiamento, modalidade, tipo de atividade, ano e ODS</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Bar c&amp;harts</source>
            <translation>&amp;Gráficos de barras</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Bar charts of the main breakdowns (PDF and HTML)</source>
            <translation>Gráficos de barras das principais desagregações (PDF e HTML)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;List of initiatives, at most</source>
            <translation>&amp;Lista de iniciativas, no máximo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The initiatives with their key fields, in title order</source>
            <translation>As iniciativas com os respetivos campos principais, por ordem de título</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Most initiatives in the list</source>
            <translation>Número máximo de iniciativas na lista</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How many initiatives the list shows; the figures always cover all of them</source>
            <translation>Quantas iniciativas a lista apresenta; os números abrangem sempre todas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>all</source>
            <translation>todas</translation>
        </message>
        <message>
            <location line="+25" />
            <source>S&amp;ources cited</source>
            <translation>F&amp;ontes citadas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The documents the initiatives cite</source>
            <translation>Os documentos citados pelas iniciativas</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Paper:</source>
            <translation>&amp;Papel:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Paper size of the PDF</source>
            <translation>Tamanho do papel do PDF</translation>
        </message>
        <message>
            <location line="+7" />
            <source>L&amp;andscape</source>
            <translation>Orientação &amp;horizontal</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Print the PDF across the page</source>
            <translation>Imprimir o PDF com a página na horizontal</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Export status</source>
            <translation>Estado da exportação</translation>
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
            <translation>Tabela CSV (.csv)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Excel workbook (.xlsx)</source>
            <translation>Livro do Excel (.xlsx)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>JSON data (.json)</source>
            <translation>Dados JSON (.json)</translation>
        </message>
    </context>
    <context>
        <name>SchemaMigrator</name>
        <message>
            <location filename="../src/core/storage/SchemaMigrator.cpp" line="+65" />
            <source>Schema step %1 failed: %2 (in: %3)</source>
            <translation>O passo %1 do esquema falhou: %2 (em: %3)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Schema version %1 is not one this program can upgrade</source>
            <translation>A versão de esquema %1 não é uma que este programa possa atualizar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Schema step %1 is missing from the program</source>
            <translation>O passo %1 do esquema não existe no programa</translation>
        </message>
    </context>
    <context>
        <name>TeamServer</name>
        <message>
            <location filename="../src/core/storage/TeamServer.cpp" line="+101" />
            <source>Team catalogue on %1: %2: %3</source>
            <translation>Catálogo da equipa em %1: %2: %3</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Cannot connect to the team catalogue: %1</source>
            <translation>Não é possível ligar ao catálogo da equipa: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not a server address libpq reads: %1: %2</source>
            <translation>Não é um endereço de servidor legível pela libpq: %1: %2</translation>
        </message>
        <message>
            <location line="+60" />
            <source>cannot read the database</source>
            <translation>não é possível ler a base de dados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The database already holds a team catalogue</source>
            <translation>A base de dados já contém um catálogo da equipa</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+10" />
            <source>cannot create the team catalogue</source>
            <translation>não é possível criar o catálogo da equipa</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not an SSC team catalogue</source>
            <translation>%1 não é um catálogo da equipa SSC</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The team catalogue's schema (version %1) is newer than this program reads (%2): update SSC Catalogue</source>
            <translation>O esquema do catálogo da equipa (versão %1) é mais recente do que a versão que este programa lê (%2): atualize o SSC Catalogue</translation>
        </message>
        <message>
            <location line="+76" />
            <location line="+6" />
            <location line="+33" />
            <location line="+4" />
            <source>cannot read the changes</source>
            <translation>não é possível ler as alterações</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the changes arrived malformed</source>
            <translation>as alterações chegaram malformadas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>cannot read the latest revision</source>
            <translation>não é possível ler a revisão mais recente</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+4" />
            <source>cannot start writing</source>
            <translation>não é possível iniciar a escrita</translation>
        </message>
        <message>
            <location line="+5" />
            <source>cannot read %1</source>
            <translation>não é possível ler %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>the server refused the change to %1</source>
            <translation>o servidor recusou a alteração de %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>cannot tell the team of the change</source>
            <translation>não é possível informar a equipa da alteração</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the server did not keep the changes</source>
            <translation>o servidor não guardou as alterações</translation>
        </message>
        <message>
            <location line="+7" />
            <source>cannot listen for the team's changes</source>
            <translation>não é possível escutar as alterações da equipa</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the connection was lost</source>
            <translation>a ligação foi interrompida</translation>
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <location filename="../src/core/team/TeamRecords.h" line="+75" />
            <source>A damaged record</source>
            <translation>Um registo danificado</translation>
        </message>
        <message>
            <location filename="../src/core/team/TeamSync.cpp" line="+244" />
            <source>The team catalogue kept changing during the sync; try again</source>
            <translation>O catálogo da equipa continuou a mudar durante a sincronização; tente novamente</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 is already a copy of the team catalogue at %2</source>
            <translation>%1 já é uma cópia do catálogo da equipa em %2</translation>
        </message>
        <message>
            <location line="+46" />
            <source>%1 is not empty: clone into a new catalogue</source>
            <translation>%1 não está vazio: clone para um catálogo novo</translation>
        </message>
        <message>
            <location line="+54" />
            <source>%1 exists; clone into a new file</source>
            <translation>%1 já existe; clone para um ficheiro novo</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Cannot write %1</source>
            <translation>Não é possível escrever %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a copy of a team catalogue (clone one with `ssc-catalogue clone`)</source>
            <translation>%1 não é uma cópia de um catálogo da equipa (clone um com `ssc-catalogue clone`)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 is not a copy of a team catalogue</source>
            <translation>%1 não é uma cópia de um catálogo da equipa</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No conflict on %1 of %2</source>
            <translation>Não há conflito no campo %1 de %2</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 is not here to take the server's value</source>
            <translation>%1 não existe aqui para receber o valor do servidor</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(none)</source>
            <translation>(nenhum)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(deleted)</source>
            <translation>(eliminado)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the record ("%1")</source>
            <translation>o registo ("%1")</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../src/core/domain/Vocabulary.cpp" line="+24" />
            <source>Planned</source>
            <translation>Planeada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ongoing</source>
            <translation>Em curso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation>Concluída</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Knowledge exchange</source>
            <translation>Intercâmbio de conhecimentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technical assistance</source>
            <translation>Assistência técnica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technology exchange</source>
            <translation>Intercâmbio de tecnologia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resource exchange</source>
            <translation>Intercâmbio de recursos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High-level meeting</source>
            <translation>Reunião de alto nível</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conference</source>
            <translation>Conferência</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Side event</source>
            <translation>Evento paralelo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Webinar</source>
            <translation>Webinar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Study tour</source>
            <translation>Visita de estudo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Training</source>
            <translation>Formação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Community of practice</source>
            <translation>Comunidade de prática</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Publication</source>
            <translation>Publicação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Internship</source>
            <translation>Estágio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Humanitarian response</source>
            <translation>Resposta humanitária</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+23" />
            <source>Fund</source>
            <translation>Fundo</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Provider</source>
            <translation>Provedor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipient</source>
            <translation>Recetor</translation>
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
            <translation>Anfitrião</translation>
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
            <translation>Entidade executora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coordinator</source>
            <translation>Coordenador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technical partner</source>
            <translation>Parceiro técnico</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Government</source>
            <translation>Governo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UN agency</source>
            <translation>Agência da ONU</translation>
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
            <translation>Meio académico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private sector</source>
            <translation>Setor privado</translation>
        </message>
    </context>
    <context>
        <name>WorldMapView</name>
        <message>
            <location filename="../src/report/MapPicture.cpp" line="+214" />
            <source>Provider → recipient</source>
            <translation>Provedor → recetor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>line width: initiatives shared</source>
            <translation>espessura da linha: iniciativas partilhadas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the %L1 largest of %L2 links</source>
            <translation>as %L1 maiores de %L2 ligações</translation>
        </message>
        <message>
            <location line="+39" />
            <source>none</source>
            <translation>nenhuma</translation>
        </message>
    </context>
    <context>
        <name>ssc::BulkEditDialog</name>
        <message>
            <location filename="../src/gui/BulkEditDialog.cpp" line="+17" />
            <source>Bulk Edit</source>
            <translation>Edição em massa</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Set to</source>
            <translation>Definir como</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location line="+1" />
            <source>for example completed, nutrition, 4, ET:recipient</source>
            <translation>por exemplo completed, nutrition, 4, ET:recipient</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What is wrong with the change</source>
            <translation>O que está errado na alteração</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>One change to each of the %n selected initiative(s):</source>
            <translation>
                <numerusform>Uma alteração à %n iniciativa selecionada:</numerusform>
                <numerusform>Uma alteração a cada uma das %n iniciativas selecionadas:</numerusform>
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
            <translation>&amp;Alteração:</translation>
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
            <translation>Criar '%1'</translation>
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
                <numerusform>Edição em massa de %n iniciativa</numerusform>
                <numerusform>Edição em massa de %n iniciativas</numerusform>
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
                <numerusform>Eliminar %n iniciativa? Editar &gt; Anular repõe-na e o histórico conserva-a.</numerusform>
                <numerusform>Eliminar %n iniciativas? Editar &gt; Anular repõe-nas e o histórico conserva-as.</numerusform>
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
            <translation>Fundir '%1'</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The import of %1 changed more than %L2 records: it cannot be undone (its entry in the history says what it did).</source>
            <translation>A importação de %1 alterou mais de %L2 registos: não pode ser anulada (a respetiva entrada no histórico indica o que foi feito).</translation>
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
            <translation>Rever conflitos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Conflicts with the team catalogue</source>
            <translation>Conflitos com o catálogo da equipa</translation>
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
            <translation>O meu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>O deles</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs by</source>
            <translation>O deles, por</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Keep &amp;Mine</source>
            <translation>Manter o &amp;meu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take &amp;Theirs</source>
            <translation>Aceitar o &amp;deles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep All M&amp;ine</source>
            <translation>Manter &amp;todos os meus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take All T&amp;heirs</source>
            <translation>Aceitar todos os de&amp;les</translation>
        </message>
        <message>
            <location line="+47" />
            <source>No conflicts: every field agrees with the team catalogue.</source>
            <translation>Sem conflitos: todos os campos coincidem com o catálogo da equipa.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n field(s) were changed here and in the team catalogue. Your value is kept until you choose; Keep Mine sends it with the next sync.</source>
            <translation>
                <numerusform>%n campo foi alterado aqui e no catálogo da equipa. O seu valor é mantido até escolher; Manter o meu envia-o na próxima sincronização.</numerusform>
                <numerusform>%n campos foram alterados aqui e no catálogo da equipa. Os seus valores são mantidos até escolher; Manter o meu envia-os na próxima sincronização.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::DashboardChart</name>
        <message>
            <location filename="../src/gui/DashboardChart.cpp" line="+69" />
            <source>Click a bar to filter by it; Ctrl+click adds it. From the keyboard: arrow keys and Enter</source>
            <translation>Clique numa barra para filtrar por ela; Ctrl+clique adiciona-a. No teclado: teclas de seta e Enter</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the chart %1</source>
            <translation>Exportar o gráfico %1</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Nothing to chart under this filter</source>
            <translation>Nada a representar com este filtro</translation>
        </message>
        <message>
            <location line="+160" />
            <source>Made with SSC Catalogue.</source>
            <translation>Criado com o SSC Catalogue.</translation>
        </message>
    </context>
    <context>
        <name>ssc::DashboardPane</name>
        <message>
            <location filename="../src/gui/DashboardPane.cpp" line="+50" />
            <source>Initiatives by start year</source>
            <translation>Iniciativas por ano de início</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By programme area</source>
            <translation>Por área programática</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By modality</source>
            <translation>Por modalidade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By activity type</source>
            <translation>Por tipo de atividade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top partners</source>
            <translation>Principais parceiros</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding by year</source>
            <translation>Financiamento por ano</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Initiatives</source>
            <translation>Iniciativas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Currency of the funding chart</source>
            <translation>Moeda do gráfico de financiamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amounts are charted one currency at a time: they are never added across currencies</source>
            <translation>Os montantes são representados uma moeda de cada vez: nunca são somados entre moedas diferentes</translation>
        </message>
        <message>
            <location line="+158" />
            <source>The %1 with the most initiatives, of %2.</source>
            <translation>Os %1 valores com mais iniciativas, de um total de %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 of the %2 initiatives have none recorded.</source>
            <translation>%1 das %2 iniciativas não têm nenhum valor registado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>An initiative with several values counts in each of their bars.</source>
            <translation>Uma iniciativa com vários valores é contada em cada uma das barras correspondentes.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>%1: %2 initiatives; click for those running that year</source>
            <translation>%1: %2 iniciativas; clique para ver as que decorriam nesse ano</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 of the %2 initiatives have no start year recorded.</source>
            <translation>%1 das %2 iniciativas não têm ano de início registado.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>One initiative under the filter.</source>
            <translation>Uma iniciativa com o filtro aplicado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 initiatives under the filter.</source>
            <translation>%1 iniciativas com o filtro aplicado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click a bar to filter by it.</source>
            <translation>Clique numa barra para filtrar por ela.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Some charts could not be counted: %1</source>
            <translation>Não foi possível calcular alguns gráficos: %1</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Amount in %1</source>
            <translation>Montante em %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Billions of %1</source>
            <translation>Milhares de milhões de %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Millions of %1</source>
            <translation>Milhões de %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Thousands of %1</source>
            <translation>Milhares de %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Without a year (neither the funding's nor the initiative's start): %L1 %2.</source>
            <translation>Sem ano (nem do financiamento nem do início da iniciativa): %L1 %2.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: %2 %3 from %4 initiatives; click for those running that year</source>
            <translation>%1: %2 %3 de %4 iniciativas; clique para ver as que decorriam nesse ano</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Also recorded in other currencies (%1), charted one at a time.</source>
            <translation>Também registado noutras moedas (%1), representadas uma de cada vez.</translation>
        </message>
    </context>
    <context>
        <name>ssc::DuplicatesDialog</name>
        <message>
            <location filename="../src/gui/DuplicatesDialog.cpp" line="+36" />
            <source>&amp;Stop</source>
            <translation>&amp;Parar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merge…</source>
            <translation>&amp;Fundir…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Not Duplicates</source>
            <translation>&amp;Não são duplicados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search &amp;Again</source>
            <translation>Procurar no&amp;vamente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find Duplicates</source>
            <translation>Procurar duplicados</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Search for duplicates</source>
            <translation>Procurar duplicados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop looking for duplicates</source>
            <translation>Parar a procura de duplicados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Likely duplicates</source>
            <translation>Duplicados prováveis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>Pontuação</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Records</source>
            <translation>Registos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Make the two records one, choosing each field side by side</source>
            <translation>Fundir os dois registos num só, escolhendo cada campo lado a lado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>They are different initiatives: do not offer this pair again</source>
            <translation>São iniciativas diferentes: não voltar a propor este par</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Looking for records with the same or a similar title and a country or year in common, or the same IATI identifier…</source>
            <translation>A procurar registos com título igual ou semelhante e um país ou ano em comum, ou com o mesmo identificador IATI…</translation>
        </message>
        <message>
            <location line="+57" />
            <source>No likely duplicates in this catalogue.</source>
            <translation>Não há duplicados prováveis neste catálogo.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n pair(s) of records that may be one initiative, best first. Merge makes a pair one record (Edit &gt; Undo takes it back).</source>
            <translation>
                <numerusform>%n par de registos que pode corresponder a uma única iniciativa. Fundir transforma o par num único registo (Editar &gt; Anular reverte a operação).</numerusform>
                <numerusform>%n pares de registos que podem corresponder a uma única iniciativa, os mais prováveis primeiro. Fundir transforma um par num único registo (Editar &gt; Anular reverte a operação).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::FacetModel</name>
        <message numerus="yes">
            <location filename="../src/gui/FacetModel.cpp" line="+145" />
            <source>%1: %n initiative(s) under the current filter</source>
            <translation>
                <numerusform>%1: %n iniciativa com o filtro atual</numerusform>
                <numerusform>%1: %n iniciativas com o filtro atual</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::FilterPanel</name>
        <message>
            <location filename="../src/gui/FilterPanel.cpp" line="+75" />
            <source>Any role</source>
            <translation>Qualquer papel</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The role the ticked regions and countries have in an initiative</source>
            <translation>O papel que as regiões e os países assinalados têm numa iniciativa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role of the ticked regions and countries</source>
            <translation>Papel das regiões e dos países assinalados</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show only the values whose name holds this text</source>
            <translation>Mostrar apenas os valores cujo nome contém este texto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find in %1</source>
            <translation>Procurar em %1</translation>
        </message>
        <message>
            <location line="+76" />
            <source>None recorded in this catalogue</source>
            <translation>Sem valores registados neste catálogo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No value matches</source>
            <translation>Nenhum valor corresponde</translation>
        </message>
    </context>
    <context>
        <name>ssc::HistoryDialog</name>
        <message>
            <location filename="../src/gui/HistoryDialog.cpp" line="+31" />
            <source>Recent Changes</source>
            <translation>Alterações recentes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recent changes to the catalogue</source>
            <translation>Alterações recentes ao catálogo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>Quem</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record</source>
            <translation>Registo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>Alterações</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Restore Deleted Initiative</source>
            <translation>&amp;Restaurar iniciativa eliminada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write the selected deleted initiative back as it was</source>
            <translation>Repor a iniciativa eliminada selecionada tal como estava</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The selected change in full</source>
            <translation>A alteração selecionada na íntegra</translation>
        </message>
        <message>
            <location line="+30" />
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <location line="+48" />
            <source>history entry %1</source>
            <translation>entrada do histórico %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>As it was before:</source>
            <translation>Como estava antes:</translation>
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
            <translation>datas</translation>
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
            <translation>parceiros</translation>
        </message>
        <message>
            <location line="+1" />
            <source>funding</source>
            <translation>financiamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SDGs</source>
            <translation>ODS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sources</source>
            <translation>fontes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>other details</source>
            <translation>outros detalhes</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Import %1</source>
            <translation>Importar %1</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Reading and checking %1…</source>
            <translation>A ler e verificar %1…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Close</source>
            <translation>Fechar</translation>
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
                <numerusform>Nada a importar: %n registo verificado, nenhum novo ou alterado.</numerusform>
                <numerusform>Nada a importar: %n registos verificados, nenhum novo ou alterado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Checked %n record(s): %1 to add, %2 to update, %3 in conflict, %4 rejected. Nothing has been written yet.</source>
            <translation>
                <numerusform>%n registo verificado: %1 a adicionar, %2 a atualizar, %3 em conflito, %4 rejeitados. Ainda não foi escrito nada.</numerusform>
                <numerusform>%n registos verificados: %1 a adicionar, %2 a atualizar, %3 em conflito, %4 rejeitados. Ainda não foi escrito nada.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Catalogue: %1
File: %2</source>
            <translation>Catálogo: %1
Ficheiro: %2</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>&amp;Import %n record(s)</source>
            <translation>
                <numerusform>&amp;Importar %n registo</numerusform>
                <numerusform>&amp;Importar %n registos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+26" />
            <source>Writing to the catalogue… Cancel leaves it as it was.</source>
            <translation>A escrever no catálogo… Cancelar deixa-o como estava.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Imported: %1 added, %2 updated, %3 unchanged, %4 rejected.</source>
            <translation>Importação concluída: %1 adicionados, %2 atualizados, %3 inalterados, %4 rejeitados.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Cannot save the report</source>
            <translation>Não é possível guardar o relatório</translation>
        </message>
        <message>
            <location line="+9" />
            <source>-import-report.txt</source>
            <translation>-relatorio-importacao.txt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save Import Report</source>
            <translation>Guardar relatório de importação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text (*.txt);;JSON (*.json)</source>
            <translation>Texto (*.txt);;JSON (*.json)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cancelling…</source>
            <translation>A cancelar…</translation>
        </message>
    </context>
    <context>
        <name>ssc::IndexStatus</name>
        <message>
            <location filename="../src/gui/IndexStatus.cpp" line="+23" />
            <source>Progress of the index build</source>
            <translation>Progresso da criação do índice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop or start the index build</source>
            <translation>Parar ou iniciar a criação do índice</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The counts appear when the index is built (see the status bar). Search, sorting and the results work meanwhile.</source>
            <translation>As contagens aparecem quando o índice estiver criado (ver a barra de estado). Entretanto, a pesquisa, a ordenação e os resultados funcionam.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No counts: building the index was stopped. Filtering by these values needs it: choose Build index in the status bar.</source>
            <translation>Sem contagens: a criação do índice foi interrompida. A filtragem por estes valores requer o índice: escolha Criar índice na barra de estado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No counts: the index could not be built (see the status bar).</source>
            <translation>Sem contagens: não foi possível criar o índice (ver a barra de estado).</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Building the index for the filters…</source>
            <translation>A criar o índice para os filtros…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop building the index; the results stay, without counts</source>
            <translation>Parar a criação do índice; os resultados mantêm-se, sem contagens</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Index not built.</source>
            <translation>Índice não criado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build index</source>
            <translation>Criar índice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build the index that the filters and their counts need</source>
            <translation>Criar o índice de que os filtros e as respetivas contagens necessitam</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The index could not be built: %1</source>
            <translation>Não foi possível criar o índice: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try again</source>
            <translation>Tentar novamente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build the index again</source>
            <translation>Criar o índice novamente</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Dismiss</source>
            <translation>Dispensar</translation>
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
            <translation>D&amp;uplicar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Select an initiative to read about it.</source>
            <translation>Selecione uma iniciativa para ver os respetivos detalhes.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>In %1, from the record's translations; its own language is %2.</source>
            <translation>Em %1, a partir das traduções do registo; a sua língua original é: %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In %1, the record's own language: it has no %2 translation.</source>
            <translation>Em %1, a língua original do registo: não tem tradução em %2.</translation>
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
            <translation>Datas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Modality</source>
            <translation>Modalidade</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cooperation</source>
            <translation>Cooperação</translation>
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
            <translation>Parceiros</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Funding</source>
            <translation>Financiamento</translation>
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
            <translation>Beneficiários</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location line="+20" />
            <source>offline copy</source>
            <translation>cópia guardada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>offline copy: %1</source>
            <translation>cópia guardada: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sources</source>
            <translation>Fontes</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No change has been recorded for this initiative.</source>
            <translation>Não foi registada nenhuma alteração para esta iniciativa.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <location line="+12" />
            <source>History</source>
            <translation>Histórico</translation>
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
            <translation>Nova iniciativa</translation>
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
            <translation>Papel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Organisation</source>
            <translation>Organização</translation>
        </message>
        <message>
            <location line="+111" />
            <source>Role of the country</source>
            <translation>Papel do país</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Partner organisation</source>
            <translation>Organização parceira</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role of the partner</source>
            <translation>Papel do parceiro</translation>
        </message>
        <message>
            <location line="+166" />
            <source> (row %1)</source>
            <translation> (linha %1)</translation>
        </message>
        <message>
            <location filename="../src/gui/InitiativeEditorTables.cpp" line="+63" />
            <source>Source</source>
            <translation>Fonte</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+59" />
            <source>Amount</source>
            <translation>Montante</translation>
        </message>
        <message>
            <location line="-59" />
            <location line="+63" />
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <location line="-63" />
            <location line="+71" />
            <source>Year</source>
            <translation>Ano</translation>
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
            <translation>Língua</translation>
        </message>
        <message>
            <location line="-93" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Funding source</source>
            <translation>Fonte de financiamento</translation>
        </message>
        <message>
            <location line="+8" />
            <source>such as 250000</source>
            <translation>por exemplo 250000</translation>
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
            <translation>Campo traduzido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Translated text</source>
            <translation>Texto traduzido</translation>
        </message>
        <message>
            <location line="+46" />
            <source>field "funding[%1].amount": "%2" is not a number (expected an amount such as 250000)</source>
            <translation>campo "funding[%1].amount": "%2" não é um número (esperava-se um montante, como 250000)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>field "funding[%1].year": "%2" is not a year (expected YYYY)</source>
            <translation>campo "funding[%1].year": "%2" não é um ano (esperava-se AAAA)</translation>
        </message>
    </context>
    <context>
        <name>ssc::InitiativeTableModel</name>
        <message>
            <location filename="../src/gui/InitiativeTableModel.cpp" line="+135" />
            <source>Loading…</source>
            <translation>A carregar…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Title in %1; the record does not state its own language</source>
            <translation>Título em %1; o registo não indica a sua língua original</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title in %1; the record's own language is %2</source>
            <translation>Título em %1; a língua original do registo é: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Title in %1, the record's own language</source>
            <translation>Título em %1, a língua original do registo</translation>
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
            <translation>Parceiros</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Funding</source>
            <translation>Financiamento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Years</source>
            <translation>Anos</translation>
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
            <translation>Ir para a caixa de pesquisa</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Read the selected result (in the results)</source>
            <translation>Ler o resultado selecionado (nos resultados)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Next area: search, filters, results, details</source>
            <translation>Área seguinte: pesquisa, filtros, resultados, detalhes</translation>
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
            <translation>&amp;Língua</translation>
        </message>
        <message>
            <location line="+15" />
            <source>System Language (%1)</source>
            <translation>Língua do sistema (%1)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Language</source>
            <translation>Língua</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC Catalogue will be in %1 the next time it starts.</source>
            <translation>Língua no próximo arranque do SSC Catalogue: %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Restart Now</source>
            <translation>&amp;Reiniciar agora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Later</source>
            <translation>&amp;Mais tarde</translation>
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
            <translation>A pesquisar…</translation>
        </message>
        <message numerus="yes">
            <location line="+51" />
            <source>%Ln initiative(s) shown</source>
            <translation>
                <numerusform>%Ln iniciativa apresentada</numerusform>
                <numerusform>%Ln iniciativas apresentadas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+111" />
            <source>Report written to %1</source>
            <translation>Relatório escrito em %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>About SSC Catalogue</source>
            <translation>Acerca do SSC Catalogue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;SSC Catalogue %1&lt;/h3&gt;&lt;p&gt;A catalogue of South-South and triangular cooperation initiatives for children.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3).&lt;/p&gt;&lt;p&gt;Data: country codes and UN M49 regions from ISO-3166-Countries-with-Regional-Codes (CC BY-SA 4.0); DAC sectors and currencies from the IATI Standard (iatistandard.org, CC BY 4.0); SDG short titles from Open SDG (MIT); SDG colours from the United Nations' SDG guidelines. The bundled catalogue is drawn from UNICEF's public pages on South-South cooperation.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;SSC Catalogue %1&lt;/h3&gt;&lt;p&gt;Um catálogo de iniciativas de cooperação Sul-Sul e triangular em prol das crianças.&lt;/p&gt;&lt;p&gt;Qt %2 (compilado com %3).&lt;/p&gt;&lt;p&gt;Dados: códigos de países e regiões UN M49 de ISO-3166-Countries-with-Regional-Codes (CC BY-SA 4.0); setores do CAD e moedas da norma IATI (iatistandard.org, CC BY 4.0); títulos abreviados dos ODS do Open SDG (MIT); cores dos ODS segundo as diretrizes das Nações Unidas para os ODS. O catálogo incluído baseia-se nas páginas públicas do UNICEF sobre a cooperação Sul-Sul.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/MainWindowChips.cpp" line="+60" />
            <source>%1: %Ln selected</source>
            <translation>
                <numerusform>%1: %Ln selecionado</numerusform>
                <numerusform>%1: %Ln selecionados</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>Role: %1</source>
            <translation>Papel: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Years: %1–%2</source>
            <translation>Anos: %1–%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Search: %1</source>
            <translation>Pesquisa: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Remove this filter</source>
            <translation>Remover este filtro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove these filters:
%1</source>
            <translation>Remover estes filtros:
%1</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowEdits.cpp" line="+27" />
            <source>&amp;Undo</source>
            <translation>&amp;Anular</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <location line="+49" />
            <source>F&amp;ind Duplicates…</source>
            <translation>Procurar d&amp;uplicados…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Records that are likely one initiative brought in twice, to merge</source>
            <translation>Registos que provavelmente correspondem a uma mesma iniciativa introduzida duas vezes, para fundir</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Recent &amp;Changes…</source>
            <translation>Alterações re&amp;centes…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The catalogue's history: who changed what, and when</source>
            <translation>O histórico do catálogo: quem alterou o quê e quando</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cannot change the catalogue</source>
            <translation>Não é possível alterar o catálogo</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowFiles.cpp" line="+35" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importable files (*.xml *.csv *.json);;IATI activity files (*.xml);;CSV files (*.csv);;Catalogue files (*.json)</source>
            <translation>Ficheiros importáveis (*.xml *.csv *.json);;Ficheiros de atividades IATI (*.xml);;Ficheiros CSV (*.csv);;Ficheiros de catálogo (*.json)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cannot import</source>
            <translation>Não é possível importar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not an IATI activity file (.xml), a CSV file (.csv) or a catalogue file (.json).</source>
            <translation>%1 não é um ficheiro de atividades IATI (.xml), um ficheiro CSV (.csv) nem um ficheiro de catálogo (.json).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Imported %1</source>
            <translation>%1 importado</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Export to IATI</source>
            <translation>Exportar para IATI</translation>
        </message>
        <message>
            <location line="+3" />
            <source>IATI activity files (*.xml)</source>
            <translation>Ficheiros de atividades IATI (*.xml)</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+53" />
            <source>Writing %1…</source>
            <translation>A escrever %1…</translation>
        </message>
        <message>
            <location line="-45" />
            <source>No initiative is shown: there is nothing to export.</source>
            <translation>Não é apresentada nenhuma iniciativa: não há nada a exportar.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+50" />
            <source>Cannot export</source>
            <translation>Não é possível exportar</translation>
        </message>
        <message numerus="yes">
            <location line="-46" />
            <source>Exported %Ln initiative(s) to %1</source>
            <translation>
                <numerusform>%Ln iniciativa exportada para %1</numerusform>
                <numerusform>%Ln iniciativas exportadas para %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exported to IATI</source>
            <translation>Exportado para IATI</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln initiative(s) written to %1 as IATI 2.03.</source>
            <translation>
                <numerusform>%Ln iniciativa escrita em %1 no formato IATI 2.03.</numerusform>
                <numerusform>%Ln iniciativas escritas em %1 no formato IATI 2.03.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%Ln left out because IATI requires what they lack (see details).</source>
            <translation>
                <numerusform>%Ln omitida porque lhe falta informação que o IATI exige (ver detalhes).</numerusform>
                <numerusform>%Ln omitidas porque lhes falta informação que o IATI exige (ver detalhes).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export Catalogue File</source>
            <translation>Exportar ficheiro de catálogo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Catalogue files (*.json)</source>
            <translation>Ficheiros de catálogo (*.json)</translation>
        </message>
        <message numerus="yes">
            <location line="+21" />
            <source>Exported the catalogue (%Ln initiative(s), its history and saved searches) to %1</source>
            <translation>
                <numerusform>Catálogo exportado (%Ln iniciativa, o histórico e as pesquisas guardadas) para %1</numerusform>
                <numerusform>Catálogo exportado (%Ln iniciativas, o histórico e as pesquisas guardadas) para %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Applying %1…</source>
            <translation>A aplicar %1…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot apply the change bundle</source>
            <translation>Não é possível aplicar o pacote de alterações</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Applied %1: %2 changed, %3 already so, %4 in conflict</source>
            <translation>%1 aplicado: %2 alterados, %3 já atualizados, %4 em conflito</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowOpen.cpp" line="+46" />
            <source>Opening %1…</source>
            <translation>A abrir %1…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot open the catalogue</source>
            <translation>Não é possível abrir o catálogo</translation>
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
            <translation>Catálogos SSC (*.ssccat);;Todos os ficheiros (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+7" />
            <source>New Catalogue</source>
            <translation>Novo catálogo</translation>
        </message>
        <message>
            <location line="-6" />
            <source>SSC catalogues (*.ssccat)</source>
            <translation>Catálogos SSC (*.ssccat)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 already exists. Choose a new name, or open it with File &gt; Open Catalogue.</source>
            <translation>%1 já existe. Escolha um nome novo ou abra-o com Ficheiro &gt; Abrir catálogo.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>No recent catalogues</source>
            <translation>Nenhum catálogo recente</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowSearches.cpp" line="+24" />
            <source>&amp;Save Search…</source>
            <translation>&amp;Guardar pesquisa…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep the current filters and search under a name, in the catalogue</source>
            <translation>Guardar os filtros e a pesquisa atuais com um nome, no catálogo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved Searc&amp;hes</source>
            <translation>Pe&amp;squisas guardadas</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Saved searches</source>
            <translation>Pesquisas guardadas</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Search saved as "%1"</source>
            <translation>Pesquisa guardada como "%1"</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowViews.cpp" line="+25" />
            <source>Map</source>
            <translation>Mapa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The initiatives under the filter, as a list (Ctrl+1)</source>
            <translation>As iniciativas do filtro, sob a forma de lista (Ctrl+1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dashboard</source>
            <translation>Painel de indicadores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where they are, on a world map (Ctrl+2)</source>
            <translation>Onde se situam, num mapa-múndi (Ctrl+2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Charts of them: years, areas, partners, funding (Ctrl+3)</source>
            <translation>Gráficos: anos, áreas, parceiros, financiamento (Ctrl+3)</translation>
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
            <translation>&amp;Painel de indicadores</translation>
        </message>
    </context>
    <context>
        <name>ssc::MapPane</name>
        <message>
            <location filename="../src/gui/MapPane.cpp" line="+29" />
            <source>Any role</source>
            <translation>Qualquer papel</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Role the map counts countries in</source>
            <translation>Papel em que o mapa conta os países</translation>
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
            <translation>Ligações: provedor → recetor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Countries shaded by their initiatives, or lines from each provider to each recipient</source>
            <translation>Países sombreados segundo as respetivas iniciativas, ou linhas de cada provedor para cada recetor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the map shows</source>
            <translation>O que o mapa mostra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whole World</source>
            <translation>Mundo inteiro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the whole world again (Home)</source>
            <translation>Mostrar novamente o mundo inteiro (Home)</translation>
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
            <translation>Fora do mapa (demasiado pequenos a esta escala): %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Initiatives by country</source>
            <translation>Iniciativas por país</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Map data: Natural Earth (public domain). Made with SSC Catalogue.</source>
            <translation>Dados cartográficos: Natural Earth (domínio público). Criado com o SSC Catalogue.</translation>
        </message>
    </context>
    <context>
        <name>ssc::MergeDialog</name>
        <message>
            <location filename="../src/gui/MergeDialog.cpp" line="+56" />
            <source>Merge Duplicates</source>
            <translation>Fundir duplicados</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fields of the two records</source>
            <translation>Campos dos dois registos</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Merge</source>
            <translation>&amp;Fundir</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Keep the Other's Key</source>
            <translation>&amp;Manter a chave do outro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the second record's identifier and merge the first into it</source>
            <translation>Manter o identificador do segundo registo e fundir nele o primeiro</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Keep %1 "%2" and merge %3 "%4" into it. Choose each field that differs; lists are united unless you choose one side. Afterwards %3 finds the merged record, and Edit &gt; Undo takes the merge back.</source>
            <translation>Manter %1 "%2" e fundir nele %3 "%4". Escolha cada campo que difere; as listas são unidas, salvo se escolher um dos lados. Depois, %3 encontra o registo fundido e Editar &gt; Anular reverte a fusão.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep: %1</source>
            <translation>Manter: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other: %1</source>
            <translation>Outro: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Both</source>
            <translation>Ambos</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(none)</source>
            <translation>(nenhum)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the kept record's</source>
            <translation>valor do registo mantido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the other record's</source>
            <translation>valor do outro registo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>both</source>
            <translation>ambos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>both records'</source>
            <translation>valores de ambos os registos</translation>
        </message>
    </context>
    <context>
        <name>ssc::OrganisationDialog</name>
        <message>
            <location filename="../src/gui/OrganisationDialog.cpp" line="+25" />
            <source>New Organisation</source>
            <translation>Nova organização</translation>
        </message>
        <message>
            <location line="+7" />
            <source>(not given)</source>
            <translation>(não indicado)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>such as UNICEF</source>
            <translation>por exemplo UNICEF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What is wrong with the organisation</source>
            <translation>O que está errado na organização</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier</source>
            <translation>Identificador</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
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
            <translation>Preferências</translation>
        </message>
        <message>
            <location line="-135" />
            <source>The name the catalogue's history gives your changes</source>
            <translation>O nome que o histórico do catálogo atribui às suas alterações</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your &amp;name:</source>
            <translation>O seu &amp;nome:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Browse…</source>
            <translation>&amp;Procurar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the export folder</source>
            <translation>Escolher a pasta de exportação</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+3" />
            <source>Export folder</source>
            <translation>Pasta de exportação</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Export folder:</source>
            <translation>Pasta de &amp;exportação:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Start in the last folder used</source>
            <translation>&amp;Começar na última pasta utilizada</translation>
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
            <translation>&amp;Tamanho da página dos relatórios PDF:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+10" />
            <source>Logo of reports</source>
            <translation>Logótipo dos relatórios</translation>
        </message>
        <message>
            <location line="-9" />
            <source>An image (PNG, JPEG or SVG) drawn at the top of a report's first page</source>
            <translation>Uma imagem (PNG, JPEG ou SVG) apresentada no topo da primeira página de um relatório</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ch&amp;oose…</source>
            <translation>Escol&amp;her…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the logo of reports</source>
            <translation>Escolher o logótipo dos relatórios</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Images (*.png *.jpg *.jpeg *.svg)</source>
            <translation>Imagens (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Report &amp;logo:</source>
            <translation>&amp;Logótipo dos relatórios:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Introduction of reports</source>
            <translation>Introdução dos relatórios</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A paragraph under the title of every report: who you are, why these initiatives</source>
            <translation>Um parágrafo por baixo do título de cada relatório: quem é e porquê estas iniciativas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Report &amp;introduction:</source>
            <translation>&amp;Introdução dos relatórios:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Printed above the figures on the first page: a long introduction pushes the figures and charts onto the next page. A few sentences fit.</source>
            <translation>Impressa por cima dos números na primeira página: uma introdução longa empurra os números e os gráficos para a página seguinte. Cabem algumas frases.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Hide filter values with no matches</source>
            <translation>Oc&amp;ultar valores de filtro sem correspondências</translation>
        </message>
        <message>
            <location line="+3" />
            <source>for example XM-DAC-41122</source>
            <translation>por exemplo XM-DAC-41122</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your organisation's IATI identifier, written as the reporting organisation of IATI exports</source>
            <translation>O identificador IATI da sua organização, indicado como organização relatora nas exportações IATI</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI &amp;reporting organisation:</source>
            <translation>Organização &amp;relatora IATI:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(not given)</source>
            <translation>(não indicado)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Organisation &amp;type:</source>
            <translation>Tipo de &amp;organização:</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The export folder %1 does not exist. Choose a folder that exists, or leave the field empty for Documents.</source>
            <translation>A pasta de exportação %1 não existe. Escolha uma pasta existente ou deixe o campo vazio para utilizar Documentos.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The report logo %1 is not an image this program can read. Choose a PNG, JPEG or SVG file, or leave the field empty.</source>
            <translation>O logótipo dos relatórios %1 não é uma imagem que este programa consiga ler. Escolha um ficheiro PNG, JPEG ou SVG ou deixe o campo vazio.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The IATI reporting organisation is an identifier without spaces, such as XM-DAC-41122; "%1" has spaces.</source>
            <translation>A organização relatora IATI é um identificador sem espaços, como XM-DAC-41122; "%1" contém espaços.</translation>
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
            <translation>Com o filtro &amp;atual (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Selected rows (%1)</source>
            <translation>Linhas &amp;selecionadas (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Whole catalogue (%1)</source>
            <translation>&amp;Catálogo completo (%1)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Export</source>
            <translation>&amp;Exportar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pre&amp;view</source>
            <translation>Pré-&amp;visualizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See the PDF or HTML report before saving it</source>
            <translation>Ver o relatório em PDF ou HTML antes de o guardar</translation>
        </message>
        <message>
            <location line="+42" />
            <source>report</source>
            <translation>relatório</translation>
        </message>
        <message>
            <location line="+1" />
            <source> report</source>
            <translation> - relatório</translation>
        </message>
        <message>
            <location line="+53" />
            <location line="+63" />
            <source>Export Report</source>
            <translation>Exportar relatório</translation>
        </message>
        <message>
            <location line="-62" />
            <source>%1 (*.%2)</source>
            <translation>%1 (*.%2)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Choose the file to write the report to.</source>
            <translation>Escolha o ficheiro onde escrever o relatório.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot write the report to %1: the folder %2 does not exist.</source>
            <translation>Não é possível escrever o relatório em %1: a pasta %2 não existe.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot write the report to %1: it is a folder.</source>
            <translation>Não é possível escrever o relatório em %1: é uma pasta.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 already exists. Replace it?</source>
            <translation>%1 já existe. Pretende substituí-lo?</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cancelling…</source>
            <translation>A cancelar…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Reading initiatives: %1 of %2</source>
            <translation>A ler as iniciativas: %1 de %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Preparing the preview…</source>
            <translation>A preparar a pré-visualização…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preparing the report…</source>
            <translation>A preparar o relatório…</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Preview cancelled.</source>
            <translation>Pré-visualização cancelada.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled: no file was written.</source>
            <translation>Cancelado: nenhum ficheiro foi escrito.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Wrote %1.</source>
            <translation>%1 escrito.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Report Exported</source>
            <translation>Relatório exportado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The report on %1 initiatives was written to %2.</source>
            <translation>O relatório sobre %1 iniciativas foi escrito em %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open &amp;File</source>
            <translation>Abrir &amp;ficheiro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open F&amp;older</source>
            <translation>Abrir &amp;pasta</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+7" />
            <source>Preview: %1</source>
            <translation>Pré-visualização: %1</translation>
        </message>
    </context>
    <context>
        <name>ssc::ReportTask</name>
        <message>
            <location filename="../src/gui/ReportTask.cpp" line="+70" />
            <source>%1 selected from: %2</source>
            <translation>%1 selecionadas de: %2</translation>
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
            <translation>Colunas</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Reset columns</source>
            <translation>Repor colunas</translation>
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
                <numerusform>E&amp;xportar %n linha selecionada como relatório…</numerusform>
                <numerusform>E&amp;xportar %n linhas selecionadas como relatório…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::SavedSearchesPane</name>
        <message>
            <location filename="../src/gui/SavedSearchesPane.cpp" line="+22" />
            <source>&lt;b&gt;Saved searches&lt;/b&gt;</source>
            <translation>&lt;b&gt;Pesquisas guardadas&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved searches</source>
            <translation>Pesquisas guardadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Double-click or press Enter to apply a saved search</source>
            <translation>Faça duplo clique ou prima Enter para aplicar uma pesquisa guardada</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save…</source>
            <translation>Guardar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the current filters and search under a name</source>
            <translation>Guardar os filtros e a pesquisa atuais com um nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Update</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make the selected saved search the current filters</source>
            <translation>Atualizar a pesquisa guardada selecionada com os filtros atuais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename…</source>
            <translation>Mudar o nome…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Rename Saved Search</source>
            <translation>Mudar o nome da pesquisa guardada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New name:</source>
            <translation>Novo nome:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Delete Saved Search</source>
            <translation>Eliminar pesquisa guardada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the saved search "%1"?</source>
            <translation>Eliminar a pesquisa guardada "%1"?</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Save Search</source>
            <translation>Guardar pesquisa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name for the current filters and search:</source>
            <translation>Nome para os filtros e a pesquisa atuais:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>None yet: Save… keeps the current filters</source>
            <translation>Ainda não há nenhuma: Guardar… guarda os filtros atuais</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamCloneDialog</name>
        <message>
            <location filename="../src/gui/TeamCloneDialog.cpp" line="+25" />
            <source>&amp;Remember the password (system keychain, or ~/.pgpass where there is none)</source>
            <translation>&amp;Memorizar a palavra-passe (porta-chaves do sistema ou, na sua falta, ~/.pgpass)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Clone</source>
            <translation>&amp;Clonar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clone Team Catalogue</source>
            <translation>Clonar catálogo da equipa</translation>
        </message>
        <message>
            <location line="+5" />
            <source>from ~/.pgpass when empty</source>
            <translation>de ~/.pgpass se estiver vazio</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Browse…</source>
            <translation>&amp;Procurar…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>Palavra-p&amp;asse:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Local copy:</source>
            <translation>Cópia &amp;local:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Local Copy</source>
            <translation>Cópia local</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC catalogues (*.ssccat)</source>
            <translation>Catálogos SSC (*.ssccat)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Give the team catalogue's server, as its keeper gave it.</source>
            <translation>Indique o servidor do catálogo da equipa, tal como lhe foi fornecido pelo respetivo responsável.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a new file for the local copy.</source>
            <translation>Escolha um ficheiro novo para a cópia local.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cloning… a large team catalogue takes a minute.</source>
            <translation>A clonar… um catálogo da equipa grande demora cerca de um minuto.</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamConnectDialog</name>
        <message>
            <location filename="../src/gui/TeamConnectDialog.cpp" line="+25" />
            <source>&amp;Remember the password (system keychain, or ~/.pgpass where there is none)</source>
            <translation>&amp;Memorizar a palavra-passe (porta-chaves do sistema ou, na sua falta, ~/.pgpass)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Connect</source>
            <translation>&amp;Ligar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connect to the Team Catalogue</source>
            <translation>Ligar ao catálogo da equipa</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Server:</source>
            <translation>Servidor:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User:</source>
            <translation>&amp;Utilizador:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>Palavra-&amp;passe:</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Give the user (role) the team catalogue's keeper gave you.</source>
            <translation>Indique o utilizador (role) que o responsável pelo catálogo da equipa lhe forneceu.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Connecting…</source>
            <translation>A ligar…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Connected.</source>
            <translation>Ligado.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Connected; the connection is not encrypted (no TLS).</source>
            <translation>Ligado; a ligação não está cifrada (sem TLS).</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamControl</name>
        <message>
            <location filename="../src/gui/TeamControl.cpp" line="+22" />
            <source>&amp;Team Catalogue</source>
            <translation>&amp;Catálogo da equipa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Clone Team Catalogue…</source>
            <translation>&amp;Clonar catálogo da equipa…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;onnect…</source>
            <translation>&amp;Ligar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Sync Now</source>
            <translation>&amp;Sincronizar agora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Review Conflicts…</source>
            <translation>&amp;Rever conflitos…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Send the changes made here and receive the team's</source>
            <translation>Enviar as alterações feitas aqui e receber as da equipa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The user and password with which this copy reaches its server</source>
            <translation>O utilizador e a palavra-passe com que esta cópia acede ao respetivo servidor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fields changed here and in the team catalogue: choose each value</source>
            <translation>Campos alterados aqui e no catálogo da equipa: escolha cada valor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make a local copy of a team catalogue on a PostgreSQL server</source>
            <translation>Criar uma cópia local de um catálogo da equipa num servidor PostgreSQL</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Team catalogue</source>
            <translation>Catálogo da equipa</translation>
        </message>
        <message>
            <location line="+86" />
            <source>Team: syncing…</source>
            <translation>Equipa: a sincronizar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team: not synced this session</source>
            <translation>Equipa: não sincronizado nesta sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team: synced %1</source>
            <translation>Equipa: sincronizado às %1</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n alteração pendente</numerusform>
                <numerusform>%n alterações pendentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflito</numerusform>
                <numerusform>%n conflitos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>new changes on the server by %1: &lt;a href="sync"&gt;Sync now&lt;/a&gt; (F9)</source>
            <translation>novas alterações no servidor feitas por %1: &lt;a href="sync"&gt;Sincronizar agora&lt;/a&gt; (F9)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 changed the team catalogue; Sync Now (F9) takes the change here.</source>
            <translation>%1 alterou o catálogo da equipa; Sincronizar agora (F9) traz a alteração para aqui.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The team catalogue's server asks for your password to sync this copy (%1).</source>
            <translation>O servidor do catálogo da equipa pede a sua palavra-passe para sincronizar esta cópia (%1).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Synced: received %1, sent %2, merged %3, in conflict %4</source>
            <translation>Sincronizado: %1 recebidas, %2 enviadas, %3 fundidas, %4 em conflito</translation>
        </message>
        <message>
            <location line="+7" />
            <source> (the connection is not encrypted)</source>
            <translation> (a ligação não está cifrada)</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamPasswords</name>
        <message>
            <location filename="../src/gui/TeamPasswords.cpp" line="+53" />
            <source>The password is kept in the system keychain.</source>
            <translation>A palavra-passe é guardada no porta-chaves do sistema.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The password could not be kept: %1; %2</source>
            <translation>Não foi possível guardar a palavra-passe: %1; %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no system keychain here (%1); the password is kept in %2, readable by you alone.</source>
            <translation>Não existe porta-chaves do sistema neste computador (%1); a palavra-passe é guardada em %2, legível apenas por si.</translation>
        </message>
    </context>
    <context>
        <name>ssc::WorldMapView</name>
        <message>
            <location filename="../src/gui/WorldMapView.cpp" line="+30" />
            <source>World map</source>
            <translation>Mapa-múndi</translation>
        </message>
        <message>
            <location line="+43" />
            <source>No provider-to-recipient links under the filter.</source>
            <translation>Nenhuma ligação provedor-recetor com o filtro aplicado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Provider to recipient: %1</source>
            <translation>De provedor para recetor: %1</translation>
        </message>
        <message>
            <location line="+191" />
            <source>%1: among the links drawn, provider to %2 countries, recipient from %3</source>
            <translation>%1: nas ligações representadas, provedor para %2 países e recetor de %3</translation>
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
            <translation>Nenhum país tem iniciativas com o filtro aplicado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1. Most: %2</source>
            <translation>%1. Países com mais iniciativas: %2</translation>
        </message>
    </context>
</TS>
