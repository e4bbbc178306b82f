<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>BoundedXmlReader</name>
        <message>
            <location filename="../src/core/io/iati/BoundedXmlReader.cpp" line="+54" />
            <location line="+19" />
            <source>its entity references could expand to more than %1 characters</source>
            <translation>ссылки на сущности в нем могут развернуться более чем в %1 символов</translation>
        </message>
        <message>
            <location line="+18" />
            <source>nesting deeper than %1 elements</source>
            <translation>вложенность глубже %1 элементов</translation>
        </message>
    </context>
    <context>
        <name>BuildProgress</name>
        <message>
            <location filename="../src/core/index/BuildProgress.h" line="+32" />
            <source>Building the index was stopped</source>
            <translation>Построение индекса остановлено</translation>
        </message>
    </context>
    <context>
        <name>CatalogueEditor</name>
        <message>
            <location filename="../src/core/catalogue/CatalogueEditor.cpp" line="+92" />
            <location line="+7" />
            <source>%1: the record kept in the history is damaged</source>
            <translation>%1: запись, сохраненная в истории изменений, повреждена</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Initiative %1 is in the catalogue: there is nothing to restore</source>
            <translation>Инициатива %1 есть в каталоге: восстанавливать нечего</translation>
        </message>
        <message>
            <location line="+7" />
            <source>history entry %1</source>
            <translation>запись истории изменений %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Initiative %1 has no delete in the history to restore from</source>
            <translation>В истории изменений нет удаления инициативы %1, из которого ее можно восстановить</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Initiative %1 cannot be merged with itself</source>
            <translation>Инициативу %1 нельзя объединить с самой собой</translation>
        </message>
    </context>
    <context>
        <name>CatalogueImport</name>
        <message>
            <location filename="../src/core/io/CatalogueImport.cpp" line="+29" />
            <source>Import of %1 cancelled: the catalogue is unchanged</source>
            <translation>Импорт %1 отменен: каталог не изменен</translation>
        </message>
        <message>
            <location line="+134" />
            <source>organisation %1 differs from the catalogue's; the catalogue's is kept</source>
            <translation>организация %1 отличается от организации в каталоге; сохранены данные каталога</translation>
        </message>
        <message>
            <location line="+37" />
            <source>organisations and sources of the file</source>
            <translation>организации и источники из файла</translation>
        </message>
        <message>
            <location line="+20" />
            <source>the catalogue already holds this record as it is</source>
            <translation>в каталоге уже есть эта запись в точно таком же виде</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the catalogue holds a different record with this id</source>
            <translation>в каталоге есть другая запись с этим идентификатором</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Nothing was imported from %1, as a record breaks the catalogue's rules: line %2, %3: %4</source>
            <translation>Из %1 ничего не импортировано: запись нарушает правила каталога: строка %2, %3: %4</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing was imported from %1, as a record breaks the catalogue's rules: %2: %3</source>
            <translation>Из %1 ничего не импортировано: запись нарушает правила каталога: %2: %3</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source> (and %n more record(s); the import report lists each)</source>
            <translation>
                <numerusform> (и еще %n запись; в отчете об импорте перечислены все)</numerusform>
                <numerusform> (и еще %n записи; в отчете об импорте перечислены все)</numerusform>
                <numerusform> (и еще %n записей; в отчете об импорте перечислены все)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import of %1: check the file before writing</source>
            <translation>Импорт %1: проверка файла перед записью</translation>
        </message>
        <message>
            <location line="+75" />
            <source>conflict: the file's record taken</source>
            <translation>конфликт: принята запись из файла</translation>
        </message>
        <message>
            <location line="+1" />
            <source>conflict: the catalogue's record kept</source>
            <translation>конфликт: сохранена запись каталога</translation>
        </message>
    </context>
    <context>
        <name>CatalogueJson</name>
        <message>
            <location filename="../src/core/io/json/CatalogueJson.cpp" line="+40" />
            <location line="+389" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+31" />
            <source>%1: %2, field "%3": %4</source>
            <translation>%1: %2, поле "%3": %4</translation>
        </message>
        <message>
            <location line="-371" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+20" />
            <source>is missing (expected a string)</source>
            <translation>отсутствует (ожидается строка)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+43" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+5" />
            <source>is a %1 (expected a string)</source>
            <translation>имеет тип %1 (ожидается строка)</translation>
        </message>
        <message>
            <location line="-36" />
            <source>is empty (expected a non-empty string)</source>
            <translation>пусто (ожидалась непустая строка)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>holds the control character U+%1 (expected text without control characters)</source>
            <translation>содержит управляющий символ U+%1 (ожидается текст без управляющих символов)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>is a %1 (expected an array of strings)</source>
            <translation>имеет тип %1 (ожидается массив строк)</translation>
        </message>
        <message>
            <location line="+23" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="-14" />
            <source>is a %1 (expected an array)</source>
            <translation>имеет тип %1 (ожидается массив)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>is a %1 (expected a whole number from %2 to %3)</source>
            <translation>имеет тип %1 (ожидается целое число от %2 до %3)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>is %1 (expected a whole number from %2 to %3)</source>
            <translation>имеет значение %1 (ожидается целое число от %2 до %3)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>is a %1 (expected a number)</source>
            <translation>имеет тип %1 (ожидается число)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not a finite number</source>
            <translation>не является конечным числом</translation>
        </message>
        <message>
            <location line="+16" />
            <source>is not a field of this record (expected one of: %1)</source>
            <translation>не является полем этой записи (ожидается одно из: %1)</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+22" />
            <source>is a %1 (expected an object)</source>
            <translation>имеет тип %1 (ожидается объект)</translation>
        </message>
        <message>
            <location line="+93" />
            <location line="+54" />
            <source>is a %1 (expected true or false)</source>
            <translation>имеет тип %1 (ожидается true или false)</translation>
        </message>
        <message>
            <location line="-34" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+105" />
            <source>the top level</source>
            <translation>верхний уровень</translation>
        </message>
        <message>
            <location line="+3" />
            <source>is a %1 (expected an object with "format": "ssc-catalogue")</source>
            <translation>имеет тип %1 (ожидается объект с "format": "ssc-catalogue")</translation>
        </message>
        <message>
            <location line="+6" />
            <source>is not "ssc-catalogue" (this is not an SSC catalogue file)</source>
            <translation>не равно "ssc-catalogue" (это не файл каталога SSC)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>is missing (expected 1)</source>
            <translation>отсутствует (ожидается 1)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>is %1, newer than this program reads (%2): update SSC Catalogue</source>
            <translation>имеет значение %1 — это более новая версия, чем поддерживает программа (%2): обновите SSC Catalogue</translation>
        </message>
        <message>
            <location line="+89" />
            <source>%1: a number is out of range (%2)</source>
            <translation>%1: число вне допустимого диапазона (%2)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, line %2, column %3: not valid JSON (%4)</source>
            <translation>%1, строка %2, столбец %3: недопустимый JSON (%4)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>is given twice (expected each field once; which one to keep is not clear)</source>
            <translation>указано дважды (каждое поле ожидается один раз; неясно, какое значение оставить)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot read %1: %2</source>
            <translation>Не удается прочитать %1: %2</translation>
        </message>
        <message>
            <location line="+107" />
            <location line="+5" />
            <source>Cannot write %1: %2</source>
            <translation>Не удается записать %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="-94" />
            <source>is "%1" (expected a UTC time such as 2026-11-29T08:30:00Z)</source>
            <translation>имеет значение "%1" (ожидается время в формате UTC, например 2026-11-29T08:30:00Z)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>is "%1" (expected add, edit, delete, restore, import or merge)</source>
            <translation>имеет значение "%1" (ожидается add, edit, delete, restore, import или merge)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>is a %1 (expected an initiative as an object)</source>
            <translation>имеет тип %1 (ожидается инициатива в виде объекта)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>is empty (a saved search needs a name)</source>
            <translation>не заполнено (у сохраненного поиска должно быть имя)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not a filter (expected an object)</source>
            <translation>не является фильтром (ожидается объект)</translation>
        </message>
    </context>
    <context>
        <name>CatalogueSession</name>
        <message>
            <location filename="../src/gui/CatalogueSession.cpp" line="+18" />
            <source>The saved index of this catalogue was damaged; it was built again from the catalogue, which is unharmed.</source>
            <translation>Сохранённый индекс этого каталога был повреждён; он построен заново по каталогу, который не пострадал.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueStore</name>
        <message>
            <location filename="../src/core/index/IndexedQuerySaved.cpp" line="+124" />
            <location line="+18" />
            <source>Cannot save %1: %2</source>
            <translation>Не удается сохранить %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/BulkLoad.cpp" line="+12" />
            <location filename="../src/core/storage/CatalogueStore.cpp" line="+268" />
            <location filename="../src/core/storage/CatalogueWrites.cpp" line="+30" />
            <source>Cannot write to %1: %2</source>
            <translation>Не удается выполнить запись в %1: %2</translation>
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
            <translation>Не удается прочитать %1: %2</translation>
        </message>
        <message>
            <location line="+42" />
            <source>A record cannot be a duplicate of itself (%1)</source>
            <translation>Запись не может быть дубликатом самой себя (%1)</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueHistory.cpp" line="+117" />
            <source>Initiative %1 already exists in the catalogue</source>
            <translation>Инициатива %1 уже есть в каталоге</translation>
        </message>
        <message>
            <location line="+78" />
            <source>The history of %1 has an unknown action "%2" (entry %3)</source>
            <translation>В истории изменений %1 есть неизвестное действие "%2" (запись %3)</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueImportSink.cpp" line="+53" />
            <source>Could not replace initiative %1: %2</source>
            <translation>Не удалось заменить инициативу %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueStore.cpp" line="-319" />
            <source>%1 is a folder, not a catalogue file</source>
            <translation>%1 — это папка, а не файл каталога</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 cannot be read (permission denied)</source>
            <translation>Не удается прочитать %1 (отказано в доступе)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is read-only: SSC Catalogue needs to write to its catalogue. Copy it to a folder you can write to, or make it writable.</source>
            <translation>Файл %1 доступен только для чтения, а SSC Catalogue необходимо записывать данные в свой каталог. Скопируйте файл в папку, доступную для записи, или разрешите запись в него.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is empty (0 bytes), not an SSC catalogue; it was left as it is. To start a new catalogue, give a file name that does not exist yet.</source>
            <translation>%1 пуст (0 байт) и не является каталогом SSC; файл оставлен как есть. Чтобы начать новый каталог, укажите имя файла, которого ещё нет.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 cannot be read: %2</source>
            <translation>Не удается прочитать %1: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not an SSC catalogue (it is not an SQLite database)</source>
            <translation>%1 не является каталогом SSC (это не база данных SQLite)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The folder of %1 is read-only: SSC Catalogue needs to write beside its catalogue.</source>
            <translation>Папка, в которой находится %1, доступна только для чтения, а SSC Catalogue необходимо записывать файлы рядом с каталогом.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 does not exist</source>
            <translation>%1 не существует</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot create %1: the folder %2 does not exist</source>
            <translation>Не удается создать %1: папка %2 не существует</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Cannot open %1: %2</source>
            <translation>Не удается открыть %1: %2</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+35" />
            <location line="+234" />
            <source>Cannot configure %1: %2</source>
            <translation>Не удается настроить %1: %2</translation>
        </message>
        <message>
            <location line="-261" />
            <source>%1 is not an SSC catalogue (%2)</source>
            <translation>%1 не является каталогом SSC (%2)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is an SQLite database but not an SSC catalogue</source>
            <translation>%1 — база данных SQLite, но не каталог SSC</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is damaged: its schema version is %2, which no SSC Catalogue writes</source>
            <translation>%1 повреждён: версия его схемы — %2, такую не записывает ни одна версия SSC Catalogue</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 was made by a newer SSC Catalogue (schema version %2; this program knows up to %3). Update the program to open it.</source>
            <translation>Файл %1 создан более новой версией SSC Catalogue (версия схемы %2; эта программа поддерживает версии до %3). Чтобы открыть его, обновите программу.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Cannot upgrade %1: %2</source>
            <translation>Не удается обновить %1: %2</translation>
        </message>
        <message>
            <location line="+27" />
            <source>No initiative "%1" in %2</source>
            <translation>В %2 нет инициативы "%1"</translation>
        </message>
        <message>
            <location line="+173" />
            <location filename="../src/core/storage/SqlQueryEngine.cpp" line="+2" />
            <source>the catalogue</source>
            <translation>каталог</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot finish writing %1: %2</source>
            <translation>Не удается завершить запись %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueWrites.cpp" line="+13" />
            <source>Cannot write to %1: another program has been writing to it for %2 seconds (an import, perhaps). Nothing was written; try again when it has finished.</source>
            <translation>Не удается записать в %1: другая программа пишет в него уже %2 секунд (возможно, импорт). Ничего не записано; повторите попытку, когда она закончит.</translation>
        </message>
        <message>
            <location line="+95" />
            <source>Cancelled; nothing was written to %1</source>
            <translation>Отменено; в %1 ничего не записано</translation>
        </message>
        <message>
            <location filename="../src/core/storage/ParallelTextIndex.cpp" line="+180" />
            <source>Cannot build the full-text index in %1: %2</source>
            <translation>Не удается построить полнотекстовый индекс в %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/ReferenceTableWriter.cpp" line="+24" />
            <source>Cannot write reference data to %1: %2</source>
            <translation>Не удается записать справочные данные в %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/SavedSearches.cpp" line="+23" />
            <source>A saved search needs a name</source>
            <translation>У сохраненного поиска должно быть имя</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1: the saved search "%2" is damaged</source>
            <translation>%1: сохраненный поиск "%2" поврежден</translation>
        </message>
        <message>
            <location line="+30" />
            <source>There is already a saved search "%1"</source>
            <translation>Сохраненный поиск "%1" уже существует</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+15" />
            <source>There is no saved search "%1"</source>
            <translation>Сохраненного поиска "%1" нет</translation>
        </message>
    </context>
    <context>
        <name>CatalogueValidator</name>
        <message>
            <location filename="../src/core/domain/CatalogueValidator.cpp" line="+26" />
            <source>%1, field "%2": %3</source>
            <translation>%1, поле "%2": %3</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source> (and %n more problem(s))</source>
            <translation>
                <numerusform> (и еще %n ошибка)</numerusform>
                <numerusform> (и еще %n ошибки)</numerusform>
                <numerusform> (и еще %n ошибок)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+22" />
            <source>is missing (expected one of: %1)</source>
            <translation>отсутствует (ожидается одно из: %1)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>unknown %1 "%2" (expected one of: %3)</source>
            <translation>неизвестное значение %1 "%2" (ожидается одно из: %3)</translation>
        </message>
        <message>
            <location line="+53" />
            <source>"%1" is not a valid id (expected letters, digits, . _ : -)</source>
            <translation>"%1" — недопустимый идентификатор (ожидаются буквы, цифры и символы . _ : -)</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+27" />
            <location line="+34" />
            <source>duplicate id "%1"</source>
            <translation>повторяющийся идентификатор "%1"</translation>
        </message>
        <message>
            <location line="-57" />
            <source>is missing (expected the document's title)</source>
            <translation>отсутствует (ожидается название документа)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" is not a web address (expected http:// or https://)</source>
            <translation>"%1" не является веб-адресом (ожидается http:// или https://)</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+65" />
            <source>"%1" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)</source>
            <translation>"%1" не является датой (ожидается ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <location line="-52" />
            <location line="+33" />
            <source>"%1" is not a valid id (expected letters, digits, . _ : / -)</source>
            <translation>"%1" — недопустимый идентификатор (ожидаются буквы, цифры и символы . _ : / -)</translation>
        </message>
        <message>
            <location line="-27" />
            <source>is missing (expected the organisation's name)</source>
            <translation>отсутствует (ожидается название организации)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+57" />
            <source>unknown country code "%1" (expected an ISO 3166-1 alpha-2 code such as "ET")</source>
            <translation>неизвестный код страны "%1" (ожидается код ISO 3166-1 alpha-2, например "ET")</translation>
        </message>
        <message>
            <location line="-53" />
            <location line="+152" />
            <source>cites a source twice</source>
            <translation>один и тот же источник указан дважды</translation>
        </message>
        <message>
            <location line="-147" />
            <location line="+152" />
            <source>source "%1" is not in the file or the catalogue</source>
            <translation>источника "%1" нет ни в файле, ни в каталоге</translation>
        </message>
        <message>
            <location line="-133" />
            <source>is missing (expected a title)</source>
            <translation>отсутствует (ожидается название)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>lists a modality twice</source>
            <translation>форма сотрудничества указана дважды</translation>
        </message>
        <message>
            <location line="+9" />
            <source>is missing while an end date is given</source>
            <translation>отсутствует, хотя указана дата окончания</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is before the start "%2"</source>
            <translation>"%1" раньше даты начала "%2"</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 is not a share (expected 0 to 100)</source>
            <translation>%1 не является долей (ожидается значение от 0 до 100)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+24" />
            <source>lists %1 as %2 twice</source>
            <translation>%1 с ролью %2 указано дважды</translation>
        </message>
        <message>
            <location line="-18" />
            <source>unknown programme area "%1" (expected an id from data/programme-areas.json such as "health")</source>
            <translation>неизвестная программная область "%1" (ожидается идентификатор из data/programme-areas.json, например "health")</translation>
        </message>
        <message>
            <location line="+5" />
            <source>lists an area twice</source>
            <translation>программная область указана дважды</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+14" />
            <source>organisation "%1" is not in the file or the catalogue</source>
            <translation>организации "%1" нет ни в файле, ни в каталоге</translation>
        </message>
        <message>
            <location line="+4" />
            <source>is missing (an amount needs an ISO 4217 currency such as "USD")</source>
            <translation>отсутствует (для суммы требуется код валюты ISO 4217, например "USD")</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unknown currency "%1" (expected an ISO 4217 code such as "USD")</source>
            <translation>неизвестная валюта "%1" (ожидается код ISO 4217, например "USD")</translation>
        </message>
        <message>
            <location line="+3" />
            <source>is negative</source>
            <translation>имеет отрицательное значение</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a plausible year (expected 1900-2100)</source>
            <translation>%1 — неправдоподобный год (ожидается 1900-2100)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"%1" is not an SDG (expected a goal 1-17 or a target such as "3.2")</source>
            <translation>"%1" не является ЦУР (ожидается цель 1-17 или задача, например "3.2")</translation>
        </message>
        <message>
            <location line="+5" />
            <source>lists "%1" twice</source>
            <translation>"%1" указано дважды</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+14" />
            <source>"%1" is not a language code (expected ISO 639-1 such as "fr")</source>
            <translation>"%1" не является кодом языка (ожидается код ISO 639-1, например "fr")</translation>
        </message>
        <message>
            <location line="-5" />
            <source>"%1" is not a translated field (expected title, summary or description)</source>
            <translation>"%1" не является переводимым полем (ожидалось title, summary или description)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>is empty</source>
            <translation>не заполнено</translation>
        </message>
        <message>
            <location line="+3" />
            <source>gives the %1 in %2 twice</source>
            <translation>перевод поля %1 на язык %2 указан дважды</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is empty (every record must cite at least one source)</source>
            <translation>не заполнено (в каждой записи должен быть указан хотя бы один источник)</translation>
        </message>
    </context>
    <context>
        <name>ChangeBundle</name>
        <message>
            <location filename="../src/core/team/ChangeBundle.cpp" line="+68" />
            <source>%1 is not a copy of a team catalogue: give --since DATE</source>
            <translation>%1 не является копией общего каталога: укажите --since DATE</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+3" />
            <source>Cannot write %1: %2</source>
            <translation>Не удается записать %1: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot read %1: %2</source>
            <translation>Не удается прочитать %1: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>not a change bundle (expected "format": "%1")</source>
            <translation>не является пакетом изменений (ожидается "format": "%1")</translation>
        </message>
        <message>
            <location line="+5" />
            <source>a change bundle of another version (this program reads %1)</source>
            <translation>пакет изменений другой версии (эта программа поддерживает версию %1)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>field "changes" is not a list</source>
            <translation>поле "changes" не является списком</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1, field "id": is missing (expected a string)</source>
            <translation>%1, поле "id": отсутствует (ожидается строка)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field "%2": expected a record or null</source>
            <translation>%1, поле "%2": ожидается запись или null</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field "author": expected text</source>
            <translation>%1, поле "author": ожидается текст</translation>
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
            <translation>add: укажите один файл инициатив в формате каталога (JSON)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>add: %1 has no initiatives to add</source>
            <translation>add: в %1 нет инициатив для добавления</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Added %n initiative(s)</source>
            <translation>
                <numerusform>Добавлена %n инициатива</numerusform>
                <numerusform>Добавлено %n инициативы</numerusform>
                <numerusform>Добавлено %n инициатив</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>add FILE       add the initiatives of a catalogue file (JSON) as new</source>
            <translation>add FILE       добавить инициативы из файла каталога (JSON) как новые</translation>
        </message>
        <message>
            <location filename="../src/cli/Command.cpp" line="+46" />
            <source>The password comes from ~/.pgpass (a line host:port:database:user:password, readable by you alone) or from PGPASSWORD; the window's File &gt; Team Catalogue &gt; Connect can keep it there.</source>
            <translation>Пароль берется из ~/.pgpass (строка host:port:database:user:password; файл должен быть доступен для чтения только вам) или из PGPASSWORD; сохранить его там можно в окне программы: Файл &gt; Общий каталог &gt; Подключиться.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Name recorded in the history (default: the name in the window's preferences, else your account name).</source>
            <translation>Имя, записываемое в историю изменений (по умолчанию — имя из параметров программы, а если его нет — имя вашей учетной записи).</translation>
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
            <translation>Вывод: table (по умолчанию), json или csv.</translation>
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
            <translation>--format: неизвестный формат "%1" (ожидается table, json или csv)</translation>
        </message>
        <message>
            <location filename="../src/cli/CommandLine.cpp" line="+26" />
            <source> or </source>
            <translation> или </translation>
        </message>
        <message>
            <location line="+32" />
            <source>Usage: ssc-catalogue [COMMAND] [OPTIONS]
With no command, opens the window.

Commands:
</source>
            <translation>Использование: ssc-catalogue [COMMAND] [OPTIONS]
Без команды открывает окно программы.

Команды:
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
Любая команда принимает --db PATH (по умолчанию — ваш каталог в папке данных пользователя).
Параметры команды: `ssc-catalogue COMMAND --help`.
Коды завершения: 0 — успешно, 1 — ошибка вызова или входных данных, 2 — ошибка каталога.
</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--lang CODE, before or after the command, writes messages and reports in that language (%1; default: the system's).
</source>
            <translation>--lang КОД, до или после команды, выводит сообщения и отчеты на этом языке (%1; по умолчанию — язык системы).
</translation>
        </message>
        <message>
            <location line="+23" />
            <source>unknown command "%1" (expected %2; see --help)</source>
            <translation>неизвестная команда "%1" (ожидается %2; см. --help)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ssc-catalogue %1</source>
            <translation>ssc-catalogue %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Catalogue file to use.</source>
            <translation>Используемый файл каталога.</translation>
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
            <translation>См. выше.</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (see ssc-catalogue %1 --help)</source>
            <translation> (см. ssc-catalogue %1 --help)</translation>
        </message>
        <message>
            <location filename="../src/cli/DeleteCommand.cpp" line="+24" />
            <source>delete: give the IDs of the initiatives</source>
            <translation>delete: укажите ID инициатив</translation>
        </message>
        <message>
            <location line="+6" />
            <source>delete: no initiative "%1" in %2; nothing was deleted</source>
            <translation>delete: в %2 нет инициативы "%1"; ничего не удалено</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Deleted %n initiative(s)</source>
            <translation>
                <numerusform>Удалена %n инициатива</numerusform>
                <numerusform>Удалено %n инициативы</numerusform>
                <numerusform>Удалено %n инициатив</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>restore: give the ID of a deleted initiative</source>
            <translation>restore: укажите ID удаленной инициативы</translation>
        </message>
        <message>
            <location line="+6" />
            <source>restore: %1</source>
            <translation>restore: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restored %1</source>
            <translation>Восстановлена инициатива %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>delete ID...   delete initiatives (all or none)</source>
            <translation>delete ID...   удалить инициативы (все или ни одной)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>restore ID     bring back a deleted initiative as it was</source>
            <translation>restore ID     вернуть удаленную инициативу в прежнем виде</translation>
        </message>
        <message>
            <location filename="../src/cli/DuplicatesCommand.cpp" line="+29" />
            <source>Only pairs scoring N or more, 0 to 100 (default 60).</source>
            <translation>Только пары с оценкой сходства не ниже N, от 0 до 100 (по умолчанию 60).</translation>
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
            <translation>duplicates: команда не принимает аргументов</translation>
        </message>
        <message>
            <location line="+6" />
            <source>duplicates: --min-score takes a number from 0 to 100, not "%1"</source>
            <translation>duplicates: --min-score принимает число от 0 до 100, а не "%1"</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <location line="+0" />
            <source>First</source>
            <translation>Первая</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <location filename="../src/cli/HistoryCommand.cpp" line="+77" />
            <location filename="../src/cli/ListCommand.cpp" line="-25" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Second</source>
            <translation>Вторая</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No likely duplicates</source>
            <translation>Вероятных дубликатов нет</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Which record's value a field takes: FIELD=kept, FIELD=other or (lists) FIELD=both. By default lists are united and other fields are the kept record's unless it has none.</source>
            <translation>Из какой записи берется значение поля: FIELD=kept, FIELD=other или (для списков) FIELD=both. По умолчанию списки объединяются, а остальные поля берутся из сохраняемой записи, если они в ней заполнены.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>FIELD=WHICH</source>
            <translation>FIELD=WHICH</translation>
        </message>
        <message>
            <location line="+17" />
            <source>merge: --take names a field of %1, not "%2"</source>
            <translation>merge: в --take указывается одно из полей %1, а не "%2"</translation>
        </message>
        <message>
            <location line="+10" />
            <source>merge: --take %1= takes kept, other%2, not "%3"</source>
            <translation>merge: --take %1= принимает значения kept, other%2, а не "%3"</translation>
        </message>
        <message>
            <location line="+1" />
            <source> or both</source>
            <translation> или both</translation>
        </message>
        <message>
            <location line="+11" />
            <source>merge: give the ID of the record to keep and of the one to merge into it</source>
            <translation>merge: укажите ID сохраняемой записи и ID записи, которую нужно с ней объединить</translation>
        </message>
        <message>
            <location line="+13" />
            <source>merge: %1; nothing was merged</source>
            <translation>merge: %1; ничего не объединено</translation>
        </message>
        <message>
            <location line="+7" />
            <source>merge: %1</source>
            <translation>merge: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merged %1 into %2; %1 now finds %2</source>
            <translation>Запись %1 объединена с %2; теперь по %1 находится %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>merge KEEP OTHER  make two records one under KEEP (--take FIELD=other)</source>
            <translation>merge KEEP OTHER  объединить две записи в одну с идентификатором KEEP (--take FIELD=other)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>duplicates     likely duplicate records, best first (--min-score N)</source>
            <translation>duplicates     вероятные дубликаты записей, начиная с наиболее вероятных (--min-score N)</translation>
        </message>
        <message>
            <location filename="../src/cli/EditCommand.cpp" line="+26" />
            <source>Give FIELD this value (repeatable; an empty value clears it). Fields: %1.</source>
            <translation>Присвоить полю FIELD это значение (можно повторять; пустое значение очищает поле). Поля: %1.</translation>
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
            <translation>Добавить значение в поле-список: country=ET:recipient, partner=ORG:implementer, area=nutrition, sdg=3, modality=..., source=... (можно повторять).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove a value from a list field (repeatable).</source>
            <translation>Удалить значение из поля-списка (можно повторять).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>edit: give one initiative ID and --set, --add or --remove</source>
            <translation>edit: укажите один ID инициативы и --set, --add или --remove</translation>
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
            <translation>edit: изменять нечего; укажите --set, --add или --remove</translation>
        </message>
        <message>
            <location line="+13" />
            <source>edit %1: %2</source>
            <translation>edit %1: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1: nothing changed</source>
            <translation>%1: ничего не изменено</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: changed %2</source>
            <translation>%1: изменены поля %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>edit ID        change fields: --set FIELD=VALUE, --add, --remove</source>
            <translation>edit ID        изменить поля: --set FIELD=VALUE, --add, --remove</translation>
        </message>
        <message>
            <location filename="../src/cli/ExportCommand.cpp" line="-54" />
            <source>export: give one FILE to write</source>
            <translation>export: укажите один файл (FILE) для записи</translation>
        </message>
        <message>
            <location line="+5" />
            <source>export: %1 is the catalogue itself; choose another file</source>
            <translation>export: %1 — это сам каталог; выберите другой файл</translation>
        </message>
        <message>
            <location line="+7" />
            <source>export: --format %1 is not supported (expected %2)</source>
            <translation>export: --format %1 не поддерживается (ожидается %2)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Exported %1 initiatives to %2 as IATI 2.03.</source>
            <translation>Экспортировано инициатив в %2 (в формате IATI 2.03): %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported %1 initiatives to %2 as CSV.</source>
            <translation>Экспортировано инициатив в %2 (в формате CSV): %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported %1 initiatives to %2.</source>
            <translation>Экспортировано инициатив в %2: %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left out %1 that IATI cannot hold:</source>
            <translation>Не включены инициативы (%1), которые нельзя представить в IATI:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>File format: json (default), iati or csv.</source>
            <translation>Формат файла: json (по умолчанию), iati или csv.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>IATI: the publisher's organisation identifier (reporting-org ref).</source>
            <translation>IATI: идентификатор организации-публикатора (reporting-org ref).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>REF</source>
            <translation>REF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI: the publisher's OrganisationType code, such as 40.</source>
            <translation>IATI: код OrganisationType организации-публикатора, например 40.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CODE</source>
            <translation>CODE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI: the publisher's name (default: the catalogue's name).</source>
            <translation>IATI: название организации-публикатора (по умолчанию — название каталога).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>export FILE    write the catalogue (or the filtered part) as JSON, IATI XML or CSV</source>
            <translation>export FILE    записать каталог (или его отфильтрованную часть) в формате JSON, IATI XML или CSV</translation>
        </message>
        <message>
            <location filename="../src/cli/FacetsCommand.cpp" line="+42" />
            <source>--facet: unknown facet "%1" (expected one of: %2)</source>
            <translation>--facet: неизвестный признак "%1" (ожидается одно из: %2)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Facet</source>
            <translation>Признак</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/cli/ShowCommand.cpp" line="+61" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Count</source>
            <translation>Количество</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 initiatives match</source>
            <translation>Соответствующих инициатив: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Only this facet (country, region, programme-area, partner, ...).</source>
            <translation>Только этот признак (country, region, programme-area, partner, ...).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FACET</source>
            <translation>FACET</translation>
        </message>
        <message>
            <location line="+7" />
            <source>facets         count initiatives per country, area, partner, ... under the filter</source>
            <translation>facets         число инициатив по странам, областям, партнерам и т. д. с учетом фильтра</translation>
        </message>
        <message>
            <location filename="../src/cli/GenerateCommand.cpp" line="-57" />
            <source>generate: give the new catalogue's --db PATH</source>
            <translation>generate: укажите --db PATH для нового каталога</translation>
        </message>
        <message>
            <location line="+3" />
            <source>generate: %1 already exists; give a new file</source>
            <translation>generate: %1 уже существует; укажите новый файл</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--initiatives: expected a number of initiatives, such as 1000000</source>
            <translation>--initiatives: ожидается число инициатив, например 1000000</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--seed: expected a whole number</source>
            <translation>--seed: ожидается целое число</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 of %2 initiatives written</source>
            <translation>Записано инициатив: %1 из %2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot create %1</source>
            <translation>Не удается создать %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Generated %1 synthetic initiatives (seed %2) into %3 in %4 s.</source>
            <translation>Создано синтетических инициатив: %1 (начальное значение %2) в %3 за %4 с.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>How many initiatives to generate.</source>
            <translation>Сколько инициатив создать.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Seed: the same seed gives the same catalogue.</source>
            <translation>Начальное значение: при одном и том же значении создается один и тот же каталог.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <location line="+8" />
            <source>generate       write a synthetic catalogue: --initiatives N --db PATH [--seed S]</source>
            <translation>generate       создать синтетический каталог: --initiatives N --db PATH [--seed S]</translation>
        </message>
        <message>
            <location filename="../src/cli/HistoryCommand.cpp" line="-81" />
            <source>Only changes on or after DATE (YYYY-MM-DD, or with a time: YYYY-MM-DDTHH:MM, UTC).</source>
            <translation>Только изменения с даты DATE включительно (ГГГГ-ММ-ДД или со временем: ГГГГ-ММ-ДДTЧЧ:ММ, UTC).</translation>
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
            <translation>Не более N изменений (по умолчанию 100).</translation>
        </message>
        <message>
            <location line="+22" />
            <source>history: give at most one initiative ID</source>
            <translation>history: укажите не более одного ID инициативы</translation>
        </message>
        <message>
            <location line="+7" />
            <source>history: --limit takes a number of 1 or more, not "%1"</source>
            <translation>history: --limit принимает число не меньше 1, а не "%1"</translation>
        </message>
        <message>
            <location line="+9" />
            <source>history: --since takes a date as YYYY-MM-DD, not "%1"</source>
            <translation>history: --since принимает дату в формате ГГГГ-ММ-ДД, а не "%1"</translation>
        </message>
        <message>
            <location line="+39" />
            <source>When (UTC)</source>
            <translation>Когда (UTC)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>Изменено</translation>
        </message>
        <message>
            <location line="+22" />
            <source>No changes recorded</source>
            <translation>Изменения не зарегистрированы</translation>
        </message>
        <message>
            <location line="+11" />
            <source>history [ID]   who changed what and when (--since DATE, --format)</source>
            <translation>history [ID]   кто, что и когда изменил (--since DATE, --format)</translation>
        </message>
        <message>
            <location filename="../src/cli/ImportCommand.cpp" line="+133" />
            <source>import FILE    add an IATI activity file, a CSV file or a catalogue file (JSON)</source>
            <translation>import FILE    добавить файл деятельности IATI, файл CSV или файл каталога (JSON)</translation>
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
            <translation>Идентификатор IATI</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/cli/ListCommand.cpp" line="+1" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity type</source>
            <translation>Вид деятельности</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End</source>
            <translation>Окончание</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Modalities</source>
            <translation>Формы сотрудничества</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../src/cli/ListCommand.cpp" line="-1" />
            <source>Programme areas</source>
            <translation>Программные области</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Partner</source>
            <translation>Партнер</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../src/cli/ListCommand.cpp" line="+1" />
            <source>Funding</source>
            <translation>Финансирование</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SDGs</source>
            <translation>ЦУР</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beneficiaries</source>
            <translation>Бенефициары</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>Краткое описание</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../src/cli/ListCommand.cpp" line="-64" />
            <source>--sort: unknown column "%1" (expected title, countries, areas, partners, funding, years, status, type or id)</source>
            <translation>--sort: неизвестный столбец "%1" (ожидается title, countries, areas, partners, funding, years, status, type или id)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--limit: expected a whole number, 0 for all</source>
            <translation>--limit: ожидается целое число (0 — все)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--offset: expected a whole number</source>
            <translation>--offset: ожидается целое число</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Countries</source>
            <translation>Страны</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partners</source>
            <translation>Партнеры</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Years</source>
            <translation>Годы</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 of %2 initiatives</source>
            <translation>Инициатив: %1 из %2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Sort by title, countries, areas, partners, funding, years, status, type or id.</source>
            <translation>Сортировать по title, countries, areas, partners, funding, years, status, type или id.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>COLUMN</source>
            <translation>COLUMN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sort in descending order.</source>
            <translation>Сортировать по убыванию.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At most N rows (default 50; 0 for all).</source>
            <translation>Не более N строк (по умолчанию 50; 0 — все).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skip the first N rows.</source>
            <translation>Пропустить первые N строк.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>list           list initiatives matching the filter flags</source>
            <translation>list           вывести инициативы, соответствующие параметрам фильтра</translation>
        </message>
        <message>
            <location filename="../src/cli/ReportCommand.cpp" line="-20" />
            <source>pdf, html, md, csv, xlsx or json (default: from the file name).</source>
            <translation>pdf, html, md, csv, xlsx или json (по умолчанию — по имени файла).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The report file to write.</source>
            <translation>Файл отчета для записи.</translation>
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
            <translation>Заголовок отчета (по умолчанию — описание фильтра словами).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TITLE</source>
            <translation>TITLE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An image drawn at the top of the first page (PDF, HTML).</source>
            <translation>Изображение в верхней части первой страницы (PDF, HTML).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A paragraph under the title (PDF, HTML).</source>
            <translation>Абзац под заголовком (PDF, HTML).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sections to include, comma-separated: headline, breakdowns, charts, initiatives, sources (default: all).</source>
            <translation>Включаемые разделы через запятую: headline, breakdowns, charts, initiatives, sources (по умолчанию — все).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>LIST</source>
            <translation>LIST</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF paper size: a4 (default) or letter.</source>
            <translation>Формат бумаги для PDF: a4 (по умолчанию) или letter.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>SIZE</source>
            <translation>SIZE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF in landscape orientation.</source>
            <translation>PDF в альбомной ориентации.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List at most N initiatives, or "all" (default: 1000 in PDF, HTML and Markdown, all in CSV, XLSX and JSON). The figures always cover every initiative.</source>
            <translation>Включить в список не более N инициатив или "all" (по умолчанию: 1000 в PDF, HTML и Markdown, все в CSV, XLSX и JSON). Показатели всегда охватывают все инициативы.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>report: give the file to write with --output FILE</source>
            <translation>report: укажите файл для записи с помощью --output FILE</translation>
        </message>
        <message>
            <location line="+6" />
            <source>report: cannot tell the format from "%1"</source>
            <translation>report: не удается определить формат по "%1"</translation>
        </message>
        <message>
            <location line="+1" />
            <source>report: unknown --format "%1"</source>
            <translation>report: неизвестное значение --format "%1"</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (expected %1)</source>
            <translation> (ожидается %1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>report: %1 needs the graphical libraries</source>
            <translation>report: для %1 требуются графические библиотеки</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--logo: "%1" is not an image that can be read</source>
            <translation>--logo: "%1" не является изображением, которое можно прочитать</translation>
        </message>
        <message>
            <location line="+17" />
            <source>--sections: unknown section "%1" (expected headline, breakdowns, charts, initiatives or sources)</source>
            <translation>--sections: неизвестный раздел "%1" (ожидается headline, breakdowns, charts, initiatives или sources)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--paper: expected a4 or letter, not "%1"</source>
            <translation>--paper: ожидается a4 или letter, а не "%1"</translation>
        </message>
        <message>
            <location line="+16" />
            <source>--list-limit: expected a number of initiatives or "all", not "%1"</source>
            <translation>--list-limit: ожидается число инициатив или "all", а не "%1"</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Wrote a report on %1 initiatives to %2 in %3 s.</source>
            <translation>Отчет по инициативам (%1) записан в %2 за %3 с.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>report         write a summary report of the filtered initiatives: --output FILE
                 (PDF, HTML, Markdown, CSV, XLSX or JSON, from the extension)</source>
            <translation>report         записать сводный отчет по отфильтрованным инициативам: --output FILE
                 (PDF, HTML, Markdown, CSV, XLSX или JSON, по расширению файла)</translation>
        </message>
        <message>
            <location filename="../src/cli/ShowCommand.cpp" line="-29" />
            <source>show: give one initiative ID (see `ssc-catalogue list`)</source>
            <translation>show: укажите один ID инициативы (см. `ssc-catalogue list`)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>show: no initiative "%1" in %2</source>
            <translation>show: в %2 нет инициативы "%1"</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../src/cli/TeamCommands.cpp" line="-41" />
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <location line="+14" />
            <source>show ID        everything about one initiative</source>
            <translation>show ID        все сведения об одной инициативе</translation>
        </message>
        <message>
            <location filename="../src/cli/TeamCommands.cpp" line="-114" />
            <source>The team catalogue's PostgreSQL database, as libpq takes it: postgresql://user@host:port/dbname?sslmode=prefer. The password comes from ~/.pgpass or PGPASSWORD.</source>
            <translation>База данных PostgreSQL общего каталога в формате libpq: postgresql://user@host:port/dbname?sslmode=prefer. Пароль берется из ~/.pgpass или PGPASSWORD.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Publish this local catalogue to the new team catalogue; it becomes a copy that syncs.</source>
            <translation>Опубликовать этот локальный каталог в новом общем каталоге; он станет синхронизируемой копией.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Note: the connection to the team catalogue is not encrypted (no TLS); use sslmode=require where the network is not trusted.</source>
            <translation>Внимание: соединение с общим каталогом не зашифровано (нет TLS); в недоверенных сетях используйте sslmode=require.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Received %1, sent %2, merged %3, in conflict %4</source>
            <translation>Получено: %1, отправлено: %2, объединено: %3, в конфликте: %4</translation>
        </message>
        <message>
            <location line="+7" />
            <source>See them with `ssc-catalogue conflicts`; settle each with `ssc-catalogue resolve ID FIELD --mine|--theirs`.</source>
            <translation>Просмотреть их: `ssc-catalogue conflicts`; разрешить каждый: `ssc-catalogue resolve ID FIELD --mine|--theirs`.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>server: the only action is `server init`</source>
            <translation>server: единственное действие — `server init`</translation>
        </message>
        <message>
            <location line="+2" />
            <source>server init: give --server URL</source>
            <translation>server init: укажите --server URL</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Created the team catalogue</source>
            <translation>Общий каталог создан</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Published %n initiative(s) from %1; it is now a copy that syncs</source>
            <translation>
                <numerusform>Опубликована %n инициатива из %1; теперь это синхронизируемая копия</numerusform>
                <numerusform>Опубликовано %n инициативы из %1; теперь это синхронизируемая копия</numerusform>
                <numerusform>Опубликовано %n инициатив из %1; теперь это синхронизируемая копия</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>clone: give --server URL and --db PATH</source>
            <translation>clone: укажите --server URL и --db PATH</translation>
        </message>
        <message>
            <location line="+6" />
            <source>clone: %1</source>
            <translation>clone: %1</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Mine</source>
            <translation>Мое</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>На сервере</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Автор</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No conflicts</source>
            <translation>Конфликтов нет</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Keep the value here (sent by the next sync).</source>
            <translation>Оставить локальное значение (оно будет отправлено при следующей синхронизации).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take the team catalogue's value.</source>
            <translation>Принять значение из общего каталога.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>resolve: give ID FIELD and one of --mine or --theirs</source>
            <translation>resolve: укажите ID, FIELD и один из параметров: --mine или --theirs</translation>
        </message>
        <message>
            <location line="+6" />
            <source>resolve: %1</source>
            <translation>resolve: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kept yours; the next sync sends it</source>
            <translation>Оставлено ваше значение; оно будет отправлено при следующей синхронизации</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Took theirs</source>
            <translation>Принято значение из общего каталога</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The records changed on or after DATE (YYYY-MM-DD, UTC); without it, in a copy of a team catalogue, those changed since the last sync.</source>
            <translation>Записи, измененные начиная с даты DATE (ГГГГ-ММ-ДД, UTC); без этого параметра в копии общего каталога — записи, измененные после последней синхронизации.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The bundle file to write.</source>
            <translation>Файл пакета изменений для записи.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>bundle: give --output FILE</source>
            <translation>bundle: укажите --output FILE</translation>
        </message>
        <message>
            <location line="+9" />
            <source>bundle: --since takes a date as YYYY-MM-DD, not "%1"</source>
            <translation>bundle: --since принимает дату в формате ГГГГ-ММ-ДД, а не "%1"</translation>
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
                <numerusform>В %1 записана %n измененная инициатива</numerusform>
                <numerusform>В %1 записаны %n измененные инициативы</numerusform>
                <numerusform>В %1 записано %n измененных инициатив</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>server init    make a PostgreSQL database a team catalogue (--server URL [--from PATH])</source>
            <translation>server init    сделать базу данных PostgreSQL общим каталогом (--server URL [--from PATH])</translation>
        </message>
        <message>
            <location line="+10" />
            <source>clone          a local copy of a team catalogue (--server URL --db PATH)</source>
            <translation>clone          создать локальную копию общего каталога (--server URL --db PATH)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>sync           send and receive changes with the team catalogue</source>
            <translation>sync           отправить изменения в общий каталог и получить изменения из него</translation>
        </message>
        <message>
            <location line="+9" />
            <source>bundle         changes as a file to carry (--since DATE --output FILE); import applies it</source>
            <translation>bundle         изменения в виде файла для переноса (--since DATE --output FILE); применяется командой import</translation>
        </message>
        <message>
            <location line="+10" />
            <source>conflicts      fields changed here and in the team catalogue, both values</source>
            <translation>conflicts      поля, измененные и здесь, и в общем каталоге, с обоими значениями</translation>
        </message>
        <message>
            <location line="+9" />
            <source>resolve ID FIELD  settle a conflict: --mine or --theirs</source>
            <translation>resolve ID FIELD  разрешить конфликт: --mine или --theirs</translation>
        </message>
    </context>
    <context>
        <name>CsvExport</name>
        <message>
            <location filename="../src/core/io/csv/CsvExport.cpp" line="+95" />
            <location line="+13" />
            <source>Cannot write %1: %2</source>
            <translation>Не удается записать %1: %2</translation>
        </message>
    </context>
    <context>
        <name>CsvImporter</name>
        <message>
            <location filename="../src/core/io/csv/CsvImporter.cpp" line="+47" />
            <source>line %1 has %2 cells where the header row has %3 (cells past the header were not read, missing ones are empty)</source>
            <translation>в строке %1 ячеек: %2, а в строке заголовков: %3 (ячейки за пределами заголовков не прочитаны, недостающие пусты)</translation>
        </message>
        <message>
            <location line="+69" />
            <source>the id column is empty</source>
            <translation>столбец id не заполнен</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the title column is empty</source>
            <translation>столбец title не заполнен</translation>
        </message>
        <message>
            <location line="+62" />
            <source>funding amount "%1" is not a number</source>
            <translation>сумма финансирования "%1" не является числом</translation>
        </message>
        <message>
            <location line="+52" />
            <source>%1 is empty (expected a header row naming the columns)</source>
            <translation>Файл %1 пуст (ожидается строка заголовка с названиями столбцов)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 line %2: column "%3" is not an import column and was not read (expected: %4)</source>
            <translation>%1, строка %2: столбец "%3" не относится к импортируемым и не был прочитан (ожидаются: %4)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 line %2: column "%3" is given twice</source>
            <translation>%1, строка %2: столбец "%3" указан дважды</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 line %2: there is no "%3" column (the header row must name at least id and title)</source>
            <translation>%1, строка %2: нет столбца "%3" (в строке заголовка должны быть как минимум id и title)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Spreadsheet %1</source>
            <translation>Электронная таблица %1</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <location filename="../src/core/base/CsvReader.cpp" line="+58" />
            <source>line %1, column %2: control character U+%3 removed</source>
            <translation>строка %1, столбец %2: управляющий символ U+%3 удалён</translation>
        </message>
        <message>
            <location line="+10" />
            <source>line %1, column %2: bytes that are not UTF-8 were replaced by U+FFFD (expected a file saved as UTF-8)</source>
            <translation>строка %1, столбец %2: байты не в UTF-8 заменены на U+FFFD (ожидается файл в кодировке UTF-8)</translation>
        </message>
        <message>
            <location line="+53" />
            <source>%1, line %2: a quoted field is not closed (expected a closing " before the end of file)</source>
            <translation>%1, строка %2: поле в кавычках не закрыто (ожидается закрывающая кавычка " до конца файла)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot read %1: %2</source>
            <translation>Не удается прочитать %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DefaultCatalogue</name>
        <message>
            <location filename="../src/core/catalogue/DefaultCatalogue.cpp" line="+31" />
            <source>Cannot create the folder for %1</source>
            <translation>Не удается создать папку для %1</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Cannot finish creating %1 (its log is not empty)</source>
            <translation>Не удается завершить создание %1 (его журнал не пуст)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot create %1</source>
            <translation>Не удается создать %1</translation>
        </message>
    </context>
    <context>
        <name>DuplicateFinder</name>
        <message>
            <location filename="../src/core/catalogue/DuplicateFinder.cpp" line="+203" />
            <location line="+139" />
            <source>Stopped: no duplicates were looked for</source>
            <translation>Остановлено: поиск дубликатов не выполнялся</translation>
        </message>
        <message>
            <location line="-59" />
            <source>same IATI identifier</source>
            <translation>одинаковый идентификатор IATI</translation>
        </message>
        <message>
            <location line="+13" />
            <source>same title</source>
            <translation>одинаковое название</translation>
        </message>
        <message>
            <location line="+1" />
            <source>similar title (%1%)</source>
            <translation>похожее название (%1%)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>countries in common: %1</source>
            <translation>общие страны: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>both in %1</source>
            <translation>обе в %1 г.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>years overlap: %1-%2</source>
            <translation>годы пересекаются: %1-%2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ongoing</source>
            <translation>наст. время</translation>
        </message>
    </context>
    <context>
        <name>Facet</name>
        <message>
            <location filename="../src/core/query/FacetDefinitions.cpp" line="+22" />
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regions</source>
            <translation>Регионы</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 regions</source>
            <translation>Регионы в роли «%1»</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <location line="+8" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Countries</source>
            <translation>Страны</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 countries</source>
            <translation>Страны в роли «%1»</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <location line="+8" />
            <source>Programme area</source>
            <translation>Программная область</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+8" />
            <source>Partner</source>
            <translation>Партнер</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Partners</source>
            <translation>Партнеры</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+6" />
            <source>Funding source</source>
            <translation>Источник финансирования</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Funding sources</source>
            <translation>Источники финансирования</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <location line="+7" />
            <source>Modality</source>
            <translation>Форма сотрудничества</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+5" />
            <source>Activity type</source>
            <translation>Вид деятельности</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>SDG</source>
            <translation>ЦУР</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+4" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
    </context>
    <context>
        <name>FacetIndex</name>
        <message>
            <location filename="../src/core/index/FacetIndexFile.cpp" line="+75" />
            <source>The saved facet index is damaged</source>
            <translation>Сохраненный индекс фильтров поврежден</translation>
        </message>
        <message>
            <location filename="../src/core/index/FacetIndexWrites.cpp" line="+150" />
            <source>Row id %1 is out of range</source>
            <translation>Идентификатор строки %1 вне допустимого диапазона</translation>
        </message>
    </context>
    <context>
        <name>FacetSection</name>
        <message>
            <location filename="../src/gui/FacetSection.ui" line="+26" />
            <source>Show or hide this section</source>
            <translation>Показать или скрыть этот раздел</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Clear this section's selection</source>
            <translation>Снять выбор в этом разделе</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clear</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Which part the checked countries and regions play</source>
            <translation>Какую роль играют отмеченные страны и регионы</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Find…</source>
            <translation>Найти…</translation>
        </message>
    </context>
    <context>
        <name>FieldEdit</name>
        <message>
            <location filename="../src/core/catalogue/FieldEdit.cpp" line="+57" />
            <source>%1=%2: expected %3:ROLE, for example %4</source>
            <translation>%1=%2: ожидается %3:ROLE, например %4</translation>
        </message>
        <message>
            <location line="+23" />
            <source>%1=%2: the initiative does not have it</source>
            <translation>%1=%2: у инициативы нет такого значения</translation>
        </message>
        <message>
            <location line="+25" />
            <source>"%1": expected FIELD=VALUE, for example status=completed</source>
            <translation>"%1": ожидается FIELD=VALUE, например status=completed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is not a field that can be edited; expected one of: %2</source>
            <translation>"%1" не является изменяемым полем; ожидается одно из: %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 holds one value: use --set %1=VALUE (an empty value clears it)</source>
            <translation>Поле %1 содержит только одно значение: используйте --set %1=VALUE (пустое значение очищает поле)</translation>
        </message>
    </context>
    <context>
        <name>FileCommit</name>
        <message>
            <location filename="../src/core/base/FileCommit.cpp" line="+15" />
            <source>the file could not be written in full</source>
            <translation>файл не удалось записать полностью</translation>
        </message>
    </context>
    <context>
        <name>FileFormats</name>
        <message>
            <location filename="../src/core/io/FileFormats.cpp" line="+36" />
            <source>export: no initiative matches the filter</source>
            <translation>export: нет инициатив, соответствующих фильтру</translation>
        </message>
        <message>
            <location line="+138" />
            <source> or </source>
            <translation> или </translation>
        </message>
    </context>
    <context>
        <name>FilterOptions</name>
        <message>
            <location filename="../src/cli/FilterOptions.cpp" line="+37" />
            <source>--%1: "%2" is not a year (expected a year such as 2015)</source>
            <translation>--%1: "%2" не является годом (ожидается год, например 2015)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>--%1: unknown country "%2" (expected an ISO code such as ET or a name such as Ethiopia)</source>
            <translation>--%1: неизвестная страна "%2" (ожидается код ISO, например ET, или название, например Ethiopia)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--%1: unknown region "%2" (expected a UN M49 region or sub-region such as Africa, Eastern Africa or 002)</source>
            <translation>--%1: неизвестный регион "%2" (ожидается регион или субрегион UN M49, например Africa, Eastern Africa или 002)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--%1: unknown programme area "%2" (expected an id or name such as health or "Child protection")</source>
            <translation>--%1: неизвестная программная область "%2" (ожидается идентификатор или название, например health или "Child protection")</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--%1: no organisation "%2" in the catalogue (expected an organisation id, acronym or name; `facets` lists them)</source>
            <translation>--%1: в каталоге нет организации "%2" (ожидается идентификатор, аббревиатура или название организации; их список выводит команда `facets`)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--%1: unknown %2 "%3" (expected one of: %4)</source>
            <translation>--%1: неизвестное значение %2 "%3" (ожидается одно из: %4)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--%1: "%2" is not an SDG goal (expected a number 1-17)</source>
            <translation>--%1: "%2" не является целью ЦУР (ожидается число 1-17)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--%1: unknown value "%2"</source>
            <translation>--%1: неизвестное значение "%2"</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Start from the search saved under NAME in the catalogue (the window's Saved searches); the other flags apply on top.</source>
            <translation>Начать с поиска, сохраненного в каталоге под именем NAME (сохраненные поиски в окне программы); остальные параметры применяются поверх него.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Country role for --country and --region: provider, recipient, facilitator, host, participant.</source>
            <translation>Роль страны для --country и --region: provider, recipient, facilitator, host, participant.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ROLE</source>
            <translation>ROLE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active in or after YEAR.</source>
            <translation>Осуществлялись в году YEAR или позднее.</translation>
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
            <translation>Осуществлялись в году YEAR или ранее.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Words to find in titles, texts, partners and countries.</source>
            <translation>Слова для поиска в названиях, текстах, именах партнеров и названиях стран.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <location line="+21" />
            <source>--saved: no saved search "%1" in %2 (saved: %3)</source>
            <translation>--saved: в %2 нет сохраненного поиска "%1" (сохранены: %3)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <location line="+28" />
            <source>--role: unknown %1 "%2" (expected one of: %3)</source>
            <translation>--role: неизвестное значение %1 "%2" (ожидается одно из: %3)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--role: give one role (provider, recipient, facilitator, host or participant)</source>
            <translation>--role: укажите одну роль (provider, recipient, facilitator, host или participant)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>--from %1 is after --to %2</source>
            <translation>--from %1 позже, чем --to %2</translation>
        </message>
        <message>
            <location filename="../src/core/query/FacetDefinitions.cpp" line="-66" />
            <source>REGION</source>
            <translation>REGION</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UN M49 region or sub-region (code or name; repeatable).</source>
            <translation>Регион или субрегион UN M49 (код или название; можно повторять).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>COUNTRY</source>
            <translation>COUNTRY</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Initiatives involving COUNTRY (ISO code or name; repeatable).</source>
            <translation>Инициативы с участием страны COUNTRY (код ISO или название; можно повторять).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>AREA</source>
            <translation>AREA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Programme area id or name; includes its sub-areas (repeatable).</source>
            <translation>Идентификатор или название программной области, включая ее подобласти (можно повторять).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>PARTNER</source>
            <translation>PARTNER</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner organisation id, acronym or name (repeatable).</source>
            <translation>Идентификатор, аббревиатура или название организации-партнера (можно повторять).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>SOURCE</source>
            <translation>SOURCE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding source id, acronym or name (repeatable).</source>
            <translation>Идентификатор, аббревиатура или название источника финансирования (можно повторять).</translation>
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
            <translation>Вид деятельности, например conference, webinar, study-tour.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>GOAL</source>
            <translation>GOAL</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SDG goal 1-17 (repeatable).</source>
            <translation>Цель ЦУР 1-17 (можно повторять).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>planned, ongoing or completed.</source>
            <translation>planned, ongoing или completed.</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <location filename="../src/gui/FilterPanel.ui" line="+17" />
            <source>Clear every filter and the search (Ctrl+Shift+Backspace)</source>
            <translation>Сбросить все фильтры и поиск (Ctrl+Shift+Backspace)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>C&amp;lear all</source>
            <translation>&amp;Сбросить все</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Hide the values that no initiative under the current filter has</source>
            <translation>Скрыть значения, которых нет ни у одной инициативы с учетом текущего фильтра</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hide values with &amp;no matches</source>
            <translation>Скрыть значения без &amp;совпадений</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Years</source>
            <translation>&amp;Годы</translation>
        </message>
        <message>
            <location line="+10" />
            <source>From year</source>
            <translation>С года</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives running in or after this year</source>
            <translation>Инициативы, осуществлявшиеся в этом году или позднее</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+32" />
            <source>any</source>
            <translation>любой</translation>
        </message>
        <message>
            <location line="-6" />
            <source>To year</source>
            <translation>До года</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives running in or before this year</source>
            <translation>Инициативы, осуществлявшиеся в этом году или ранее</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Clear the years</source>
            <translation>Сбросить годы</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clear</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Filter panes</source>
            <translation>Панели фильтров</translation>
        </message>
    </context>
    <context>
        <name>IatiActivityReader</name>
        <message>
            <location filename="../src/core/io/iati/IatiActivityReader.cpp" line="+51" />
            <source>element %1 uses the undeclared namespace prefix "%2"; skipped</source>
            <translation>элемент %1 использует необъявленный префикс пространства имен "%2"; пропущен</translation>
        </message>
        <message>
            <location line="+4" />
            <source>extension elements of namespace %1 are not read</source>
            <translation>элементы расширения из пространства имен %1 не читаются</translation>
        </message>
        <message>
            <location line="+35" />
            <source>%1, line %2: %3</source>
            <translation>%1, строка %2: %3</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is not well-formed XML: line %2, column %3: %4</source>
            <translation>%1 не является правильно сформированным XML: строка %2, столбец %3: %4</translation>
        </message>
        <message>
            <location line="+16" />
            <source>version %1 is given on the activity only, not on iati-activities</source>
            <translation>версия %1 указана только в iati-activity, но не в iati-activities</translation>
        </message>
        <message>
            <location line="+144" />
            <source>unknown catalogue element %1; skipped</source>
            <translation>неизвестный элемент каталога %1; пропущен</translation>
        </message>
        <message>
            <location line="+21" />
            <source>the activity at line %1</source>
            <translation>деятельность в строке %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>activity %1</source>
            <translation>деятельность %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: the text of &lt;%2&gt; is longer than %3 characters, the most one field may hold</source>
            <translation>%1: текст &lt;%2&gt; длиннее %3 символов — максимума для одного поля</translation>
        </message>
    </context>
    <context>
        <name>IatiImporter</name>
        <message>
            <location filename="../src/core/io/iati/IatiImporter.cpp" line="+18" />
            <source>IATI activity file %1</source>
            <translation>Файл деятельности IATI %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot read %1: %2</source>
            <translation>Не удается прочитать %1: %2</translation>
        </message>
    </context>
    <context>
        <name>IatiMapping</name>
        <message>
            <location filename="../src/core/io/iati/IatiMapping.cpp" line="+59" />
            <source>language "%1" is not an ISO 639-1 code; left out</source>
            <translation>язык "%1" не является кодом ISO 639-1; пропущен</translation>
        </message>
        <message>
            <location line="+25" />
            <source>description type "%1" is not in the DescriptionType codelist; read as general</source>
            <translation>тип описания "%1" отсутствует в справочнике кодов DescriptionType; прочитан как общий</translation>
        </message>
        <message>
            <location line="+54" />
            <source>activity-status "%1" is not in the ActivityStatus codelist; status left empty</source>
            <translation>activity-status "%1" отсутствует в справочнике кодов ActivityStatus; статус не заполнен</translation>
        </message>
        <message>
            <location line="+6" />
            <source>activity-status %1 (%2) has no catalogue status; left empty</source>
            <translation>activity-status %1 (%2) не соответствует ни одному статусу каталога; не заполнено</translation>
        </message>
        <message>
            <location line="+20" />
            <source>activity-date type "%1" is not in the ActivityDateType codelist; left out</source>
            <translation>тип activity-date "%1" отсутствует в справочнике кодов ActivityDateType; пропущено</translation>
        </message>
        <message>
            <location line="+8" />
            <source>activity-date "%1" is not a date (expected YYYY-MM-DD); left out</source>
            <translation>activity-date "%1" не является датой (ожидается ГГГГ-ММ-ДД); пропущено</translation>
        </message>
        <message>
            <location line="+13" />
            <source>an end date %1 is given without a start date; left out</source>
            <translation>дата окончания %1 указана без даты начала; пропущена</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the end date %1 is before the start date %2; left out</source>
            <translation>дата окончания %1 раньше даты начала %2; пропущена</translation>
        </message>
        <message>
            <location line="+14" />
            <source>participating-org role "%1" is not in the OrganisationRole codelist; organisation left out</source>
            <translation>роль participating-org "%1" отсутствует в справочнике кодов OrganisationRole; организация пропущена</translation>
        </message>
        <message>
            <location line="+32" />
            <source>recipient-country %1 percentage</source>
            <translation>процентная доля recipient-country %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>recipient-country "%1" is a region (%2), not a country; left out</source>
            <translation>recipient-country "%1" — это регион (%2), а не страна; пропущено</translation>
        </message>
        <message>
            <location line="+7" />
            <source>recipient-country "%1" (%2) is withdrawn from the Country codelist</source>
            <translation>recipient-country "%1" (%2) исключен из справочника кодов Country</translation>
        </message>
        <message>
            <location line="+6" />
            <source>recipient-country "%1" is not a current ISO 3166-1 country code; left out</source>
            <translation>recipient-country "%1" не является действующим кодом страны ISO 3166-1; пропущено</translation>
        </message>
        <message>
            <location line="+8" />
            <source>recipient-country %1 is given twice; the first is kept</source>
            <translation>recipient-country %1 указан дважды; сохранено первое значение</translation>
        </message>
        <message>
            <location line="+7" />
            <source>recipient-country %1 percentage %2 is not between 0 and 100; left out</source>
            <translation>процентная доля recipient-country %1, равная %2, не находится в диапазоне от 0 до 100; пропущено</translation>
        </message>
        <message>
            <location line="+11" />
            <source>recipient-region percentage</source>
            <translation>процентная доля recipient-region</translation>
        </message>
        <message>
            <location line="+5" />
            <source>recipient-country and recipient-region</source>
            <translation>recipient-country и recipient-region</translation>
        </message>
        <message>
            <location line="+35" />
            <source>iati-identifier "%1" has characters a catalogue key cannot hold; kept as published, with the key "%2"</source>
            <translation>iati-identifier "%1" содержит символы, недопустимые в ключе каталога; сохранен в опубликованном виде с ключом "%2"</translation>
        </message>
        <message>
            <location line="+9" />
            <source>version "%1" is not an IATI version; read as 2.03</source>
            <translation>версия "%1" не является версией IATI; прочитано как 2.03</translation>
        </message>
        <message>
            <location line="+31" />
            <source>iati-identifier is missing</source>
            <translation>отсутствует iati-identifier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the activity has no title</source>
            <translation>у деятельности нет названия</translation>
        </message>
        <message>
            <location filename="../src/core/io/iati/IatiMappingParts.h" line="+86" />
            <source>%1 "%2" is not a number; left out</source>
            <translation>%1: "%2" не является числом; пропущено</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 "%2" has spaces inside; read as %3</source>
            <translation>%1: "%2" содержит пробелы; прочитано как %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 "%2" has no leading digit; read as %3</source>
            <translation>%1: "%2" не начинается с цифры; прочитано как %3</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 percentages add up to %2, not 100</source>
            <translation>сумма процентных долей (%1) равна %2, а не 100</translation>
        </message>
        <message>
            <location line="+28" />
            <source>%1 ref "%2" has characters an identifier cannot hold; read as "%3"</source>
            <translation>%1: ref "%2" содержит символы, недопустимые в идентификаторе; прочитано как "%3"</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 has neither a ref nor a name; left out</source>
            <translation>%1: нет ни ref, ни названия; пропущено</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 "%2" has the unknown organisation type "%3"</source>
            <translation>%1 "%2": неизвестный тип организации "%3"</translation>
        </message>
        <message>
            <location filename="../src/core/io/iati/IatiSectorsAndFunding.cpp" line="+22" />
            <source>%1 "%2" is not an SDG goal or target; left out</source>
            <translation>%1: "%2" не является целью или задачей ЦУР; пропущено</translation>
        </message>
        <message>
            <location line="+14" />
            <source>sector %1 percentage</source>
            <translation>процентная доля sector %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>sector "%1" is not in the %2 codelist; left out</source>
            <translation>sector "%1" отсутствует в справочнике кодов %2; пропущено</translation>
        </message>
        <message>
            <location line="+6" />
            <source>sector %1 (%2) is withdrawn from the %3 codelist</source>
            <translation>sector %1 (%2) исключен из справочника кодов %3</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+23" />
            <source>sector (vocabulary %1)</source>
            <translation>sector (словарь %1)</translation>
        </message>
        <message>
            <location line="-16" />
            <source>programme area "%1" is not in data/programme-areas.json; left out</source>
            <translation>программная область "%1" отсутствует в data/programme-areas.json; пропущена</translation>
        </message>
        <message>
            <location line="+7" />
            <source>sector vocabulary "%1" is not in the SectorVocabulary codelist</source>
            <translation>словарь sector "%1" отсутствует в справочнике кодов SectorVocabulary</translation>
        </message>
        <message>
            <location line="+12" />
            <source>tag (vocabulary %1)</source>
            <translation>tag (словарь %1)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>collaboration-type "%1" is not in the CollaborationType codelist</source>
            <translation>collaboration-type "%1" отсутствует в справочнике кодов CollaborationType</translation>
        </message>
        <message>
            <location line="+48" />
            <source>%1 value</source>
            <translation>значение %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 value %2 has no currency and the activity no default-currency; the amount is left out</source>
            <translation>%1: у значения %2 не указана валюта, а у деятельности нет default-currency; сумма пропущена</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 currency "%2" is not an ISO 4217 code; the amount is left out</source>
            <translation>%1: валюта "%2" не является кодом ISO 4217; сумма пропущена</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 currency %2 is withdrawn from the Currency codelist</source>
            <translation>%1: валюта %2 исключена из справочника кодов Currency</translation>
        </message>
        <message>
            <location line="+53" />
            <source>the %1 amounts from %2 add up to %3, below zero; left out</source>
            <translation>сумма средств в %1 от %2 составляет %3, то есть меньше нуля; пропущено</translation>
        </message>
        <message>
            <location line="+8" />
            <source>funding is given in several currencies (%1); each is kept on its own</source>
            <translation>финансирование указано в нескольких валютах (%1); суммы в каждой валюте сохранены отдельно</translation>
        </message>
    </context>
    <context>
        <name>IatiWriter</name>
        <message>
            <location filename="../src/core/io/iati/IatiWriter.cpp" line="+288" />
            <source>no status (IATI requires activity-status)</source>
            <translation>нет статуса (IATI требует activity-status)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no start date (IATI requires an activity-date)</source>
            <translation>нет даты начала (IATI требует activity-date)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no partner organisation (IATI requires a participating-org)</source>
            <translation>нет организации-партнера (IATI требует participating-org)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no description or summary (IATI requires a description)</source>
            <translation>нет ни описания, ни краткого описания (IATI требует description)</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+61" />
            <source>Cannot write %1: %2</source>
            <translation>Не удается записать %1: %2</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Export cancelled: %1 was not written</source>
            <translation>Экспорт отменен: %1 не записан</translation>
        </message>
        <message>
            <location line="+10" />
            <source>a text holds a character XML cannot hold</source>
            <translation>текст содержит символ, недопустимый в XML</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <location filename="../src/cli/ImportCommand.cpp" line="-104" />
            <source>File format: iati, csv or json (default: from the file name or its content).</source>
            <translation>Формат файла: iati, csv или json (по умолчанию — по имени файла или его содержимому).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check the file and print the report; write nothing.</source>
            <translation>Проверить файл и вывести отчет, ничего не записывая.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For catalogue files: where a record differs from the catalogue's, take the file's (default: keep the catalogue's).</source>
            <translation>Для файлов каталога: если запись отличается от записи в каталоге, принять запись из файла (по умолчанию сохраняется запись каталога).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also save the import report to FILE (.json for JSON, else text).</source>
            <translation>Также сохранить отчет об импорте в FILE (.json — в формате JSON, иначе — текстом).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="+11" />
            <source>import: give one FILE to import</source>
            <translation>import: укажите один файл (FILE) для импорта</translation>
        </message>
        <message>
            <location line="+10" />
            <source>import: %1</source>
            <translation>import: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied the change bundle %1: changed %2, already so %3, in conflict %4</source>
            <translation>Применен пакет изменений %1: изменено: %2, уже совпадало: %3, в конфликте: %4</translation>
        </message>
        <message>
            <location line="+13" />
            <source>import: --format %1 is not a format (expected iati, csv or json)</source>
            <translation>import: --format %1 не является форматом (ожидается iati, csv или json)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>import: cannot tell the format of %1; give --format iati, csv or json</source>
            <translation>import: не удается определить формат %1; укажите --format iati, csv или json</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../src/gui/ImportDialog.ui" line="+9" />
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Conflicts: records the catalogue already holds in another version</source>
            <translation>Конфликты: записи, которые уже есть в каталоге в другой версии</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Initiatives in both the file and the catalogue</source>
            <translation>Инициативы, которые есть и в файле, и в каталоге</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tick a record to take the file's version; unticked records keep the catalogue's</source>
            <translation>Отметьте запись, чтобы принять версию из файла; для неотмеченных записей сохраняется версия каталога</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Take theirs</source>
            <translation>Принять из файла</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier</source>
            <translation>Идентификатор</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What differs</source>
            <translation>Различия</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Keep all mine</source>
            <translation>&amp;Оставить все из каталога</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Take all theirs</source>
            <translation>&amp;Принять все из файла</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Import report</source>
            <translation>Отчет об импорте</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The import report: what was (or will be) added, updated, skipped or rejected, and why</source>
            <translation>Отчет об импорте: что было (или будет) добавлено, обновлено, пропущено или отклонено и почему</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Save Report…</source>
            <translation>&amp;Сохранить отчет…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Import</source>
            <translation>&amp;Импортировать</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <location filename="../src/core/io/ImportReport.cpp" line="+25" />
            <source>added</source>
            <translation>добавлена</translation>
        </message>
        <message>
            <location line="+2" />
            <source>updated</source>
            <translation>обновлена</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unchanged, skipped</source>
            <translation>без изменений, пропущена</translation>
        </message>
        <message>
            <location line="+2" />
            <source>rejected</source>
            <translation>отклонена</translation>
        </message>
        <message>
            <location line="+2" />
            <source>conflict</source>
            <translation>конфликт</translation>
        </message>
        <message>
            <location line="+2" />
            <source>conflict, catalogue's kept</source>
            <translation>конфликт, сохранена версия каталога</translation>
        </message>
        <message>
            <location line="+8" />
            <source>checked: nothing has been written</source>
            <translation>проверено: ничего не записано</translation>
        </message>
        <message>
            <location line="+1" />
            <source>written to the catalogue</source>
            <translation>записано в каталог</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not written: the catalogue is unchanged</source>
            <translation>не записано: каталог не изменен</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import of %1 (%2), %3
</source>
            <translation>Импорт %1 (%2), %3
</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added: %1   Updated: %2   Unchanged (skipped): %3   Rejected: %4   Conflicts: %5   Warnings: %6
</source>
            <translation>Добавлено: %1   Обновлено: %2   Без изменений (пропущено): %3   Отклонено: %4   Конфликтов: %5   Предупреждений: %6
</translation>
        </message>
        <message>
            <location line="+15" />
            <source>line %1</source>
            <translation>строка %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Rejected</source>
            <translation>Отклоненные</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation>Конфликты</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Warnings</source>
            <translation>Предупреждения</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Updated</source>
            <translation>Обновленные</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unchanged (skipped)</source>
            <translation>Без изменений (пропущенные)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Added</source>
            <translation>Добавленные</translation>
        </message>
        <message>
            <location line="+4" />
            <source>  ... and %1 more added (the report lists the first %2)
</source>
            <translation>  ... и еще добавлено: %1 (в отчете перечислены первые %2)
</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+4" />
            <source>Cannot write %1: %2</source>
            <translation>Не удается записать %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ImportSpill</name>
        <message>
            <location filename="../src/core/io/ImportSpill.cpp" line="+192" />
            <source>Cannot keep the checked records in %1: %2</source>
            <translation>Не удается сохранить проверенные записи в %1: %2</translation>
        </message>
    </context>
    <context>
        <name>IndexedQuery</name>
        <message>
            <location filename="../src/core/index/IndexedQuerySaved.cpp" line="-101" />
            <source>The saved index %1 is damaged; it is built again from the catalogue</source>
            <translation>Сохраненный индекс %1 поврежден; он строится заново по каталогу</translation>
        </message>
    </context>
    <context>
        <name>InitiativeEditor</name>
        <message>
            <location filename="../src/gui/InitiativeEditor.ui" line="+13" />
            <source>&amp;General</source>
            <translation>&amp;Общие сведения</translation>
        </message>
        <message>
            <location line="+5" />
            <source>I&amp;dentifier:</source>
            <translation>&amp;Идентификатор:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The catalogue's key: letters, digits and . _ : / -</source>
            <translation>Ключ в каталоге: буквы, цифры и символы . _ : / -</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Title:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>S&amp;ummary:</source>
            <translation>&amp;Краткое описание:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Descri&amp;ption:</source>
            <translation>О&amp;писание:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Status:</source>
            <translation>Стат&amp;ус:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>St&amp;art and end:</source>
            <translation>Нача&amp;ло и окончание:</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+6" />
            <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <location line="+6" />
            <source>End</source>
            <translation>Окончание</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Activity t&amp;ype:</source>
            <translation>&amp;Вид деятельности:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Beneficiaries:</source>
            <translation>&amp;Бенефициары:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Results:</source>
            <translation>&amp;Результаты:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Countries and partners</source>
            <translation>&amp;Страны и партнеры</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Co&amp;untries and their roles:</source>
            <translation>Ст&amp;раны и их роли:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Countries and their roles</source>
            <translation>Страны и их роли</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add countr&amp;y</source>
            <translation>Добавить стр&amp;ану</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove country</source>
            <translation>Удалить страну</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Partners and their roles:</source>
            <translation>&amp;Партнеры и их роли:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Partners and their roles</source>
            <translation>Партнеры и их роли</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add pa&amp;rtner</source>
            <translation>Добавить пар&amp;тнера</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove partner</source>
            <translation>Удалить партнера</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+43" />
            <source>New &amp;organisation…</source>
            <translation>&amp;Новая организация…</translation>
        </message>
        <message>
            <location line="-42" />
            <source>Adds an organisation the catalogue does not have yet and chooses it in the selected row (or a new one); it is written with the initiative</source>
            <translation>Добавляет организацию, которой еще нет в каталоге, и выбирает ее в выделенной строке (или в новой); организация записывается вместе с инициативой</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Funding and translations</source>
            <translation>&amp;Финансирование и переводы</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fu&amp;nding:</source>
            <translation>Финанси&amp;рование:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Funding</source>
            <translation>Финансирование</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who funds the initiative, and when known how much, in which currency (ISO 4217) and year</source>
            <translation>Кто финансирует инициативу и, если известно, в каком объеме, в какой валюте (ISO 4217) и в каком году</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add funding &amp;row</source>
            <translation>Добавить стро&amp;ку финансирования</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove funding</source>
            <translation>Удалить финансирование</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Adds an organisation the catalogue does not have yet and chooses it as the source of the selected row (or a new one); it is written with the initiative</source>
            <translation>Добавляет организацию, которой еще нет в каталоге, и выбирает ее в качестве источника финансирования в выделенной строке (или в новой); организация записывается вместе с инициативой</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Translations of the title and description:</source>
            <translation>&amp;Переводы названия и описания:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Translations</source>
            <translation>Переводы</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add translat&amp;ion</source>
            <translation>Добавить пере&amp;вод</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove translation</source>
            <translation>Удалить перевод</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Areas, SDGs and sources</source>
            <translation>Области, &amp;ЦУР и источники</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Programme a&amp;reas:</source>
            <translation>Про&amp;граммные области:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Programme areas</source>
            <translation>Программные области</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Modalities:</source>
            <translation>Фор&amp;мы сотрудничества:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Modalities</source>
            <translation>Формы сотрудничества</translation>
        </message>
        <message>
            <location line="+6" />
            <source>S&amp;DG goals and targets:</source>
            <translation>Цели и &amp;задачи ЦУР:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>SDG goals and targets</source>
            <translation>Цели и задачи ЦУР</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick a goal, or open it (Right, or +) to tick its targets such as 3.2</source>
            <translation>Отметьте цель или раскройте ее (Right или +), чтобы отметить ее задачи, например 3.2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>S&amp;ources:</source>
            <translation>Ис&amp;точники:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <location line="+11" />
            <source>What is wrong with the record</source>
            <translation>Ошибки в записи</translation>
        </message>
    </context>
    <context>
        <name>InitiativeMerge</name>
        <message>
            <location filename="../src/core/catalogue/InitiativeMerge.cpp" line="+109" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>Краткое описание</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End</source>
            <translation>Окончание</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Modalities</source>
            <translation>Формы сотрудничества</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Activity type</source>
            <translation>Вид деятельности</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Countries</source>
            <translation>Страны</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Programme areas</source>
            <translation>Программные области</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Partners</source>
            <translation>Партнеры</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Funding</source>
            <translation>Финансирование</translation>
        </message>
        <message>
            <location line="+10" />
            <source>SDGs</source>
            <translation>ЦУР</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Beneficiaries</source>
            <translation>Бенефициары</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI identifier</source>
            <translation>Идентификатор IATI</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Triangular</source>
            <translation>Трехстороннее сотрудничество</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Translations</source>
            <translation>Переводы</translation>
        </message>
    </context>
    <context>
        <name>InitiativeReader</name>
        <message>
            <location filename="../src/core/storage/InitiativeReader.cpp" line="+134" />
            <source>initiatives were removed while reading</source>
            <translation>во время чтения были удалены инициативы</translation>
        </message>
        <message>
            <location line="+134" />
            <location line="+81" />
            <source>Cannot read the catalogue: %1</source>
            <translation>Не удается прочитать каталог: %1</translation>
        </message>
        <message>
            <location line="-68" />
            <source>No initiative "%1" in the catalogue</source>
            <translation>В каталоге нет инициативы "%1"</translation>
        </message>
        <message>
            <location line="+116" />
            <source>No organisation "%1" in the catalogue</source>
            <translation>В каталоге нет организации "%1"</translation>
        </message>
    </context>
    <context>
        <name>InitiativeWriter</name>
        <message>
            <location filename="../src/core/storage/InitiativeWriter.cpp" line="+74" />
            <source>Could not write %1: %2</source>
            <translation>Не удалось записать %1: %2</translation>
        </message>
        <message>
            <location line="+50" />
            <source>source %1</source>
            <translation>источник %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>organisation %1</source>
            <translation>организацию %1</translation>
        </message>
        <message>
            <location line="+23" />
            <source>initiative %1</source>
            <translation>инициативу %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Could not write initiative %1: organisation %2 is not in the catalogue</source>
            <translation>Не удалось записать инициативу %1: организации %2 нет в каталоге</translation>
        </message>
    </context>
    <context>
        <name>InterfaceLanguage</name>
        <message>
            <location filename="../src/core/domain/InterfaceLanguage.cpp" line="+84" />
            <source>There is no translation for "%1"; the languages are %2</source>
            <translation>Нет перевода для "%1"; доступные языки: %2</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../src/core/domain/ReferenceNames.cpp" line="+73" />
            <source>English</source>
            <translation>английский</translation>
        </message>
        <message>
            <location line="+1" />
            <source>French</source>
            <translation>французский</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spanish</source>
            <translation>испанский</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Portuguese</source>
            <translation>португальский</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arabic</source>
            <translation>арабский</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chinese</source>
            <translation>китайский</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Russian</source>
            <translation>русский</translation>
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
            <translation>Поиск</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Words to find in titles, descriptions, partners and countries; the last word may be unfinished</source>
            <translation>Слова для поиска в названиях, описаниях, именах партнеров и названиях стран; последнее слово можно не дописывать</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search titles, descriptions, partners and countries (Ctrl+F)</source>
            <translation>Поиск по названиям, описаниям, партнерам и странам (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No filters: the whole catalogue is shown.</source>
            <translation>Фильтры не заданы: показан весь каталог.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No initiatives match these filters.</source>
            <translation>Нет инициатив, соответствующих этим фильтрам.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Clear the filters</source>
            <translation>Сбросить фильтры</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Views of the results</source>
            <translation>Представления результатов</translation>
        </message>
        <message>
            <location line="+7" />
            <source>List</source>
            <translation>Список</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Results</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives under the current filter; click a column title to sort, Enter to read the selected one</source>
            <translation>Инициативы с учетом текущего фильтра; щелкните заголовок столбца для сортировки или нажмите Enter, чтобы просмотреть выбранную</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Details and history of the selected initiative</source>
            <translation>Сведения и история изменений выбранной инициативы</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Details</source>
            <translation>&amp;Сведения</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Details of the selected initiative</source>
            <translation>Сведения о выбранной инициативе</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hi&amp;story</source>
            <translation>&amp;История</translation>
        </message>
        <message>
            <location line="+3" />
            <source>History of the selected initiative</source>
            <translation>История изменений выбранной инициативы</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who changed this initiative, when, and each field from what to what</source>
            <translation>Кто и когда изменял эту инициативу и как менялось каждое поле</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Filters</source>
            <translation>Фильтры</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open &amp;Recent</source>
            <translation>Открыть &amp;недавний</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location line="+22" />
            <source>&amp;Open Catalogue…</source>
            <translation>&amp;Открыть каталог…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open another catalogue file</source>
            <translation>Открыть другой файл каталога</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+O</source>
            <translation>Ctrl+O</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add initiatives from an IATI activity file, a CSV file or another catalogue file (you can also drop a file on the window)</source>
            <translation>Добавить инициативы из файла деятельности IATI, файла CSV или другого файла каталога (файл также можно перетащить в окно)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export to &amp;IATI…</source>
            <translation>Экспо&amp;рт в IATI…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the initiatives shown as an IATI 2.03 activity file</source>
            <translation>Записать показанные инициативы в файл деятельности IATI 2.03</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export Catalogue &amp;File…</source>
            <translation>Экспорт &amp;файла каталога…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the whole catalogue, its history and saved searches, as a catalogue file (JSON) to share or keep</source>
            <translation>Записать весь каталог, его историю изменений и сохраненные поиски в файл каталога (JSON) для передачи или хранения</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Export Report…</source>
            <translation>&amp;Экспорт отчета…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write a summary report of the initiatives shown (PDF, HTML, Markdown, CSV, XLSX or JSON)</source>
            <translation>Записать сводный отчет по показанным инициативам (PDF, HTML, Markdown, CSV, XLSX или JSON)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;New Catalogue…</source>
            <translation>&amp;Создать каталог…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create an empty catalogue file</source>
            <translation>Создать пустой файл каталога</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Shift+N</source>
            <translation>Ctrl+Shift+N</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Clear All Filters</source>
            <translation>Сбросить &amp;все фильтры</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Shift+Backspace</source>
            <translation>Ctrl+Shift+Backspace</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;User Guide</source>
            <translation>&amp;Руководство пользователя</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How to browse, filter, search and export, in this program</source>
            <translation>Как просматривать, фильтровать, искать и экспортировать данные в этой программе</translation>
        </message>
        <message>
            <location line="+3" />
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every key of the window and what it does</source>
            <translation>Все клавиши окна и их назначение</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;New Initiative…</source>
            <translation>&amp;Новая инициатива…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add an initiative to the catalogue</source>
            <translation>Добавить инициативу в каталог</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Edit Initiative…</source>
            <translation>&amp;Изменить инициативу…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change the selected initiative (or double-click it)</source>
            <translation>Изменить выбранную инициативу (или дважды щелкните ее)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>F2</source>
            <translation>F2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Duplicate Initiative…</source>
            <translation>&amp;Дублировать инициативу…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A new initiative starting from a copy of the selected one</source>
            <translation>Новая инициатива на основе копии выбранной</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+D</source>
            <translation>Ctrl+D</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Bulk Edit…</source>
            <translation>&amp;Массовое изменение…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One change to every selected initiative, in one step</source>
            <translation>Одно изменение для всех выбранных инициатив за один шаг</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+B</source>
            <translation>Ctrl+B</translation>
        </message>
        <message>
            <location line="+5" />
            <source>De&amp;lete Initiatives…</source>
            <translation>&amp;Удалить инициативы…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the selected initiatives (Edit &gt; Undo brings them back)</source>
            <translation>Удалить выбранные инициативы (вернуть их можно командой Правка &gt; Отменить)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Preferences…</source>
            <translation>П&amp;араметры…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export folder, page size, filter values, IATI reporting organisation</source>
            <translation>Папка экспорта, формат страницы, значения фильтров, отчитывающаяся организация IATI</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;About SSC Catalogue</source>
            <translation>&amp;О программе SSC Catalogue</translation>
        </message>
    </context>
    <context>
        <name>PgPassFile</name>
        <message>
            <location filename="../src/core/team/PgPassFile.cpp" line="+81" />
            <source>Cannot read %1</source>
            <translation>Не удается прочитать %1</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Cannot write %1: %2</source>
            <translation>Не удается записать %1: %2</translation>
        </message>
    </context>
    <context>
        <name>PictureExport</name>
        <message>
            <location filename="../src/gui/PictureExport.cpp" line="+88" />
            <source>Cannot write %1</source>
            <translation>Не удается записать %1</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Cannot write %1 (a PNG or SVG file name was expected)</source>
            <translation>Не удается записать %1 (ожидалось имя файла PNG или SVG)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+35" />
            <source>Cannot write %1: %2</source>
            <translation>Не удается записать %1: %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Save as PNG or SVG…</source>
            <translation>Сохранить как PNG или SVG…</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+10" />
            <source>Export %1</source>
            <translation>Экспорт: %1</translation>
        </message>
        <message>
            <location line="-9" />
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeArea</name>
        <message>
            <location filename="../src/core/domain/ReferenceNames.cpp" line="-61" />
            <source>Health</source>
            <translation>Здравоохранение</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maternal, newborn and child health</source>
            <translation>Охрана здоровья матерей, новорожденных и детей</translation>
        </message>
        <message>
            <location line="+1" />
            <source>EMTCT of HIV and syphilis</source>
            <translation>Элиминация передачи ВИЧ и сифилиса от матери ребенку</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nutrition</source>
            <translation>Питание</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Water, sanitation and hygiene (WASH)</source>
            <translation>Водоснабжение, санитария и гигиена (ВСГ)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Early childhood development</source>
            <translation>Развитие детей раннего возраста</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Education</source>
            <translation>Образование</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child protection</source>
            <translation>Защита детей</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Social protection</source>
            <translation>Социальная защита</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash transfers</source>
            <translation>Денежные трансферты</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Social policy and child poverty</source>
            <translation>Социальная политика и детская бедность</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Climate, energy and environment</source>
            <translation>Климат, энергетика и окружающая среда</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Air pollution</source>
            <translation>Загрязнение воздуха</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Humanitarian action</source>
            <translation>Гуманитарная деятельность</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disaster risk reduction</source>
            <translation>Снижение риска бедствий</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adolescent development and participation</source>
            <translation>Развитие и участие подростков</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Innovation</source>
            <translation>Инновации</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child rights and policy advocacy</source>
            <translation>Права ребенка и пропаганда в области политики</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <location filename="../src/gui/EditorWidgets.cpp" line="+46" />
            <source>(not given)</source>
            <translation>(не указано)</translation>
        </message>
        <message>
            <location filename="../src/gui/HelpDialogs.cpp" line="+39" />
            <source>User guide</source>
            <translation>Руководство пользователя</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The user guide is missing from this build.</source>
            <translation>Руководство пользователя отсутствует в этой сборке.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC Catalogue User Guide</source>
            <translation>Руководство пользователя SSC Catalogue</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick or clear the value (in a filter pane)</source>
            <translation>Отметить значение или снять отметку (на панели фильтров)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open, copy or export the selected rows (in the results)</source>
            <translation>Открыть, скопировать или экспортировать выбранные строки (в результатах)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tab, Shift+Tab</source>
            <translation>Tab, Shift+Tab</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next or previous control</source>
            <translation>Следующий или предыдущий элемент управления</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+click</source>
            <translation>Ctrl+щелчок</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a linked value to the filter (in the details)</source>
            <translation>Добавить значение по ссылке в фильтр (в сведениях)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alt+D, Alt+S</source>
            <translation>Alt+С, Alt+И</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The initiative's Details and History tabs</source>
            <translation>Вкладки «Сведения» и «История» инициативы</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+, -, arrows, Home</source>
            <translation>+, -, стрелки, Home</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom, move, the whole world (on the map)</source>
            <translation>Масштаб, перемещение, весь мир (на карте)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrows, Enter</source>
            <translation>Стрелки, Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick a bar, filter by it (on a dashboard chart)</source>
            <translation>Выбрать столбец и отфильтровать по нему (на диаграмме сводной панели)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key</source>
            <translation>Клавиша</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Does</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Keyboard Shortcuts</source>
            <translation>Сочетания клавиш</translation>
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
            <translation>%1 не существует</translation>
        </message>
    </context>
    <context>
        <name>Region</name>
        <message>
            <location filename="../src/core/domain/ReferenceNames.cpp" line="+4" />
            <source>Africa</source>
            <translation>Африка</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Americas</source>
            <translation>Америка</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asia</source>
            <translation>Азия</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Australia and New Zealand</source>
            <translation>Австралия и Новая Зеландия</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caribbean</source>
            <translation>Карибский бассейн</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Central America</source>
            <translation>Центральная Америка</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Central Asia</source>
            <translation>Центральная Азия</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eastern Africa</source>
            <translation>Восточная Африка</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eastern Asia</source>
            <translation>Восточная Азия</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eastern Europe</source>
            <translation>Восточная Европа</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Europe</source>
            <translation>Европа</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latin America and the Caribbean</source>
            <translation>Латинская Америка и Карибский бассейн</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Melanesia</source>
            <translation>Меланезия</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Micronesia</source>
            <translation>Микронезия</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Middle Africa</source>
            <translation>Центральная Африка</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Northern Africa</source>
            <translation>Северная Африка</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Northern America</source>
            <translation>Северная Америка</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Northern Europe</source>
            <translation>Северная Европа</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Oceania</source>
            <translation>Океания</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Polynesia</source>
            <translation>Полинезия</translation>
        </message>
        <message>
            <location line="+1" />
            <source>South America</source>
            <translation>Южная Америка</translation>
        </message>
        <message>
            <location line="+1" />
            <source>South-eastern Asia</source>
            <translation>Юго-Восточная Азия</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Southern Africa</source>
            <translation>Южная часть Африки</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Southern Asia</source>
            <translation>Южная Азия</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Southern Europe</source>
            <translation>Южная Европа</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sub-Saharan Africa</source>
            <translation>Африка к югу от Сахары</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Western Africa</source>
            <translation>Западная Африка</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Western Asia</source>
            <translation>Западная Азия</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Western Europe</source>
            <translation>Западная Европа</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../src/report/Report.cpp" line="+39" />
            <location line="+191" />
            <location filename="../src/report/ReportFiles.cpp" line="+461" />
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <location line="-164" />
            <source>The list shows the first %1 of %2 initiatives, in title order. Export the report as CSV, XLSX or JSON for all of them.</source>
            <translation>В списке показаны первые инициативы (%1 из %2) в алфавитном порядке названий. Чтобы получить полный список, экспортируйте отчет в формате CSV, XLSX или JSON.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>South-South cooperation initiatives: summary</source>
            <translation>Инициативы в рамках сотрудничества Юг-Юг: сводный отчет</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Any %1 country</source>
            <translation>Любая страна в роли «%1»</translation>
        </message>
        <message>
            <location line="+35" />
            <source>From %1</source>
            <translation>С %1 г.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Until %1</source>
            <translation>По %1 г.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Text: “%1”</source>
            <translation>Текст: «%1»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All initiatives in the catalogue</source>
            <translation>Все инициативы в каталоге</translation>
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
            <translation>Инициативы</translation>
        </message>
        <message>
            <location filename="../src/report/ReportFiles.cpp" line="-170" />
            <source>Cannot write the report to %1: %2</source>
            <translation>Не удается записать отчет в %1: %2</translation>
        </message>
        <message>
            <location line="+37" />
            <source>the file cannot be created</source>
            <translation>не удается создать файл</translation>
        </message>
        <message>
            <location line="+24" />
            <location filename="../src/report/ReportText.cpp" line="-10" />
            <source>Catalogue</source>
            <translation>Каталог</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/report/ReportText.cpp" line="+2" />
            <source>Prepared on</source>
            <translation>Дата подготовки</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/report/ReportText.cpp" line="+5" />
            <source>Scope</source>
            <translation>Охват</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/report/ReportHtml.cpp" line="-185" />
            <location filename="../src/report/ReportText.cpp" line="+4" />
            <location filename="../src/report/ReportWording.h" line="+1" />
            <source>Countries involved</source>
            <translation>Участвующие страны</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/report/ReportText.cpp" line="+2" />
            <location filename="../src/report/ReportWording.h" line="+2" />
            <source>%1 countries</source>
            <translation>Страны в роли «%1»</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/report/ReportHtml.cpp" line="+1" />
            <location line="+60" />
            <location filename="../src/report/ReportText.cpp" line="-61" />
            <location line="+62" />
            <location filename="../src/report/ReportWording.h" line="+1" />
            <source>Partners</source>
            <translation>Партнеры</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/report/ReportWording.h" line="+2" />
            <source>Funding in %1</source>
            <translation>Финансирование (%1)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>First year</source>
            <translation>Первый год</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last year</source>
            <translation>Последний год</translation>
        </message>
        <message>
            <location line="+67" />
            <source>a row of the list could not be written (%1)</source>
            <translation>не удалось записать строку списка (%1)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Breakdown</source>
            <translation>Разбивка</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location line="+89" />
            <source>the PDF could not be written</source>
            <translation>не удалось записать PDF</translation>
        </message>
        <message>
            <location line="+130" />
            <source> or </source>
            <translation> или </translation>
        </message>
        <message>
            <location line="+18" />
            <source>PDF and HTML reports need the graphical libraries</source>
            <translation>Для отчетов в формате PDF и HTML требуются графические библиотеки</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the report was prepared for CSV, XLSX or JSON</source>
            <translation>отчет был подготовлен для CSV, XLSX или JSON</translation>
        </message>
        <message>
            <location line="+19" />
            <source>the finished file could not be moved into place</source>
            <translation>не удалось переместить готовый файл в место назначения</translation>
        </message>
        <message>
            <location filename="../src/report/ReportHtml.cpp" line="-107" />
            <source>Initiatives per country</source>
            <translation>Инициативы по странам</translation>
        </message>
        <message>
            <location line="+48" />
            <location filename="../src/report/ReportText.cpp" line="+3" />
            <location filename="../src/report/ReportWording.h" line="+1" />
            <source>Years covered</source>
            <translation>Охватываемые годы</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 countries: %2</source>
            <translation>Страны в роли «%1»: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Funding: no amounts recorded</source>
            <translation>Финансирование: суммы не указаны</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding recorded: </source>
            <translation>Зарегистрированное финансирование: </translation>
        </message>
        <message>
            <location line="+2" />
            <source>each currency apart, never added together</source>
            <translation>по каждой валюте отдельно, без суммирования</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../src/report/ReportText.cpp" line="-83" />
            <source>Amounts</source>
            <translation>Суммы</translation>
        </message>
        <message>
            <location line="+26" />
            <location filename="../src/report/ReportText.cpp" line="+17" />
            <source>Countries</source>
            <translation>Страны</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/report/ReportText.cpp" line="+1" />
            <source>Programme areas</source>
            <translation>Программные области</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/report/ReportText.cpp" line="+1" />
            <location line="+63" />
            <source>Funding</source>
            <translation>Финансирование</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Years: %1</source>
            <translation>Годы: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status: %1</source>
            <translation>Статус: %1</translation>
        </message>
        <message>
            <location line="+37" />
            <location filename="../src/report/ReportText.cpp" line="-101" />
            <source>Catalogue: %1</source>
            <translation>Каталог: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/report/ReportText.cpp" line="+1" />
            <source>Prepared on %1</source>
            <translation>Дата подготовки: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/report/ReportText.cpp" line="+2" />
            <source>Scope: %1</source>
            <translation>Охват: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Initiatives per country, in any role</source>
            <translation>Инициативы по странам (в любой роли)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The largest %1 of %2; all in the tables.</source>
            <translation>Показаны крупнейшие значения: %1 из %2; все значения приведены в таблицах.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Breakdowns</source>
            <translation>Разбивки</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/report/ReportText.cpp" line="+11" />
            <source>None recorded.</source>
            <translation>Нет данных.</translation>
        </message>
        <message>
            <location line="+25" />
            <location filename="../src/report/ReportText.cpp" line="+36" />
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <location filename="../src/report/ReportListFile.cpp" line="+167" />
            <source>a row is damaged</source>
            <translation>строка повреждена</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot keep the report's list in %1: %2</source>
            <translation>Не удается сохранить список для отчета в %1: %2</translation>
        </message>
        <message>
            <location filename="../src/report/ReportPages.cpp" line="+320" />
            <source>Page %1 of %2</source>
            <translation>Страница %1 из %2</translation>
        </message>
        <message>
            <location filename="../src/report/ReportTally.cpp" line="+91" />
            <source>Not recorded</source>
            <translation>Не указано</translation>
        </message>
        <message>
            <location line="+7" />
            <source>An initiative with several values counts in each of their rows, so the rows add up to more than the initiatives.</source>
            <translation>Инициатива с несколькими значениями учитывается в каждой соответствующей строке, поэтому сумма по строкам превышает число инициатив.</translation>
        </message>
        <message>
            <location line="+226" />
            <source>By programme area</source>
            <translation>По программным областям</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By recipient country</source>
            <translation>По получающим странам</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By provider country</source>
            <translation>По предоставляющим странам</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By region</source>
            <translation>По регионам</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By funding source</source>
            <translation>По источникам финансирования</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By modality</source>
            <translation>По формам сотрудничества</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By activity type</source>
            <translation>По видам деятельности</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By start year</source>
            <translation>По году начала</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By SDG</source>
            <translation>По ЦУР</translation>
        </message>
        <message>
            <location filename="../src/report/ReportText.cpp" line="-45" />
            <location line="+89" />
            <source>Headline figures</source>
            <translation>Основные показатели</translation>
        </message>
        <message>
            <location line="-58" />
            <location line="+48" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Years</source>
            <translation>Годы</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Section</source>
            <translation>Раздел</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Item</source>
            <translation>Элемент</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>Сведения</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+1" />
            <location line="+6" />
            <source>Report</source>
            <translation>Отчет</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Initiative</source>
            <translation>Инициатива</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+112" />
            <source>Cannot write the report: %1</source>
            <translation>Не удается записать отчет: %1</translation>
        </message>
        <message>
            <location filename="../src/report/ReportFiles.cpp" line="-412" />
            <location filename="../src/report/ReportPages.cpp" line="-126" />
            <source> … [cut: %1 characters]</source>
            <translation> … [обрезано символов: %1]</translation>
        </message>
        <message>
            <location line="+198" />
            <source>Cells cut to Excel's 32,767 characters</source>
            <translation>Ячейки, обрезанные до 32 767 символов (предел Excel)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rows left out: more than a worksheet holds</source>
            <translation>Пропущенные строки: больше, чем вмещает лист</translation>
        </message>
    </context>
    <context>
        <name>ReportBuilder</name>
        <message>
            <location filename="../src/report/ReportTitle.cpp" line="+27" />
            <source> and </source>
            <translation> и </translation>
        </message>
        <message>
            <location line="+46" />
            <source>Initiatives</source>
            <translation>Инициативы</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 initiatives</source>
            <translation>Инициативы: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 programme areas</source>
            <translation>программные области (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 countries and regions</source>
            <translation>страны и регионы (%1)</translation>
        </message>
        <message>
            <location line="-23" />
            <source> with %1s in %2</source>
            <translation> — %2 (роль: %1)</translation>
        </message>
        <message>
            <location line="+27" />
            <source> in %1</source>
            <translation> — %1</translation>
        </message>
        <message>
            <location line="-28" />
            <source> with any %1</source>
            <translation> — роль стран: %1</translation>
        </message>
        <message>
            <location line="-11" />
            <source> with providers in %1</source>
            <translation> — предоставляющие стороны: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any provider</source>
            <translation> — с любой предоставляющей стороной</translation>
        </message>
        <message>
            <location line="+1" />
            <source> with recipients in %1</source>
            <translation> — получающие стороны: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any recipient</source>
            <translation> — с любой получающей стороной</translation>
        </message>
        <message>
            <location line="+1" />
            <source> with facilitators in %1</source>
            <translation> — содействующие стороны: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any facilitator</source>
            <translation> — с любой содействующей стороной</translation>
        </message>
        <message>
            <location line="+1" />
            <source> hosted in %1</source>
            <translation> — принимающая сторона: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any host</source>
            <translation> — с любой принимающей стороной</translation>
        </message>
        <message>
            <location line="+1" />
            <source> with participants in %1</source>
            <translation> — участники: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any participant</source>
            <translation> — с любой страной-участницей</translation>
        </message>
        <message>
            <location line="+38" />
            <source> with %1</source>
            <translation> — партнеры: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 partners</source>
            <translation>всего %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source> funded by %1</source>
            <translation> — источники финансирования: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 sources</source>
            <translation>всего %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source> for SDG %1</source>
            <translation> — ЦУР: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 goals</source>
            <translation>всего %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source> matching “%1”</source>
            <translation> — поиск: «%1»</translation>
        </message>
        <message>
            <location line="+7" />
            <source>, from %1</source>
            <translation>, с %1 г.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, until %1</source>
            <translation>, по %1 г.</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../src/gui/ReportDialog.ui" line="+6" />
            <source>Export Report</source>
            <translation>Экспорт отчета</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>PDF and HTML are documents to read; CSV, XLSX and JSON carry every figure and the full list</source>
            <translation>PDF и HTML — документы для чтения; CSV, XLSX и JSON содержат все показатели и полный список</translation>
        </message>
        <message>
            <location line="+10" />
            <source>F&amp;ile:</source>
            <translation>Фа&amp;йл:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The report file to write</source>
            <translation>Файл отчета для записи</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose where to save the report</source>
            <translation>Выберите, куда сохранить отчет</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the file in a file dialog</source>
            <translation>Выбрать файл в диалоговом окне</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Initiatives:</source>
            <translation>Инициативы:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Under the current &amp;filter</source>
            <translation>&amp;С учетом текущего фильтра</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exactly the initiatives the results list holds</source>
            <translation>Именно те инициативы, которые есть в списке результатов</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Selected rows</source>
            <translation>&amp;Выбранные строки</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The rows selected in the results list</source>
            <translation>Строки, выбранные в списке результатов</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Whole catalogue</source>
            <translation>Весь &amp;каталог</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every initiative in the catalogue, whatever the filter</source>
            <translation>Все инициативы в каталоге независимо от фильтра</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Title:</source>
            <translation>&amp;Заголовок:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The title printed at the top of the report</source>
            <translation>Заголовок в верхней части отчета</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sections:</source>
            <translation>Разделы:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Headline figures</source>
            <translation>Основные &amp;показатели</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives, countries by role, partners, funding per currency, years</source>
            <translation>Инициативы, страны по ролям, партнеры, финансирование по валютам, годы</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Brea&amp;kdowns</source>
            <translation>&amp;Разбивки</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Counts by programme area, country, region, funding source, modality, activity type, year and SDG</source>
            <translation>Количество по программным областям, странам, регионам, источникам финансирования, формам сотрудничества, видам деятельности, годам и ЦУР</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Bar c&amp;harts</source>
            <translation>Столбчатые &amp;диаграммы</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Bar charts of the main breakdowns (PDF and HTML)</source>
            <translation>Столбчатые диаграммы основных разбивок (PDF и HTML)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;List of initiatives, at most</source>
            <translation>Список &amp;инициатив, не более</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The initiatives with their key fields, in title order</source>
            <translation>Инициативы с основными полями в алфавитном порядке названий</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Most initiatives in the list</source>
            <translation>Максимальное число инициатив в списке</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How many initiatives the list shows; the figures always cover all of them</source>
            <translation>Сколько инициатив показывать в списке; показатели всегда охватывают все инициативы</translation>
        </message>
        <message>
            <location line="+3" />
            <source>all</source>
            <translation>все</translation>
        </message>
        <message>
            <location line="+25" />
            <source>S&amp;ources cited</source>
            <translation>&amp;Цитируемые источники</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The documents the initiatives cite</source>
            <translation>Документы, на которые ссылаются инициативы</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Paper:</source>
            <translation>&amp;Бумага:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Paper size of the PDF</source>
            <translation>Формат бумаги для PDF</translation>
        </message>
        <message>
            <location line="+7" />
            <source>L&amp;andscape</source>
            <translation>&amp;Альбомная ориентация</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Print the PDF across the page</source>
            <translation>Печатать PDF в альбомной ориентации</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Export status</source>
            <translation>Состояние экспорта</translation>
        </message>
        <message>
            <location filename="../src/report/ReportFiles.cpp" line="+93" />
            <source>PDF document (.pdf)</source>
            <translation>Документ PDF (.pdf)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Web page (.html)</source>
            <translation>Веб-страница (.html)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Markdown (.md)</source>
            <translation>Markdown (.md)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>CSV table (.csv)</source>
            <translation>Таблица CSV (.csv)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Excel workbook (.xlsx)</source>
            <translation>Книга Excel (.xlsx)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>JSON data (.json)</source>
            <translation>Данные JSON (.json)</translation>
        </message>
    </context>
    <context>
        <name>SchemaMigrator</name>
        <message>
            <location filename="../src/core/storage/SchemaMigrator.cpp" line="+65" />
            <source>Schema step %1 failed: %2 (in: %3)</source>
            <translation>Шаг обновления схемы %1 не выполнен: %2 (в: %3)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Schema version %1 is not one this program can upgrade</source>
            <translation>Версию схемы %1 эта программа не может обновить</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Schema step %1 is missing from the program</source>
            <translation>Шаг обновления схемы %1 отсутствует в программе</translation>
        </message>
    </context>
    <context>
        <name>TeamServer</name>
        <message>
            <location filename="../src/core/storage/TeamServer.cpp" line="+101" />
            <source>Team catalogue on %1: %2: %3</source>
            <translation>Общий каталог на %1: %2: %3</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Cannot connect to the team catalogue: %1</source>
            <translation>Не удается подключиться к общему каталогу: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not a server address libpq reads: %1: %2</source>
            <translation>Адрес сервера не распознается libpq: %1: %2</translation>
        </message>
        <message>
            <location line="+60" />
            <source>cannot read the database</source>
            <translation>не удается прочитать базу данных</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The database already holds a team catalogue</source>
            <translation>База данных уже содержит общий каталог</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+10" />
            <source>cannot create the team catalogue</source>
            <translation>не удается создать общий каталог</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not an SSC team catalogue</source>
            <translation>%1 не является общим каталогом SSC</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The team catalogue's schema (version %1) is newer than this program reads (%2): update SSC Catalogue</source>
            <translation>Схема общего каталога (версия %1) новее, чем поддерживает эта программа (%2): обновите SSC Catalogue</translation>
        </message>
        <message>
            <location line="+76" />
            <location line="+6" />
            <location line="+33" />
            <location line="+4" />
            <source>cannot read the changes</source>
            <translation>не удается прочитать изменения</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the changes arrived malformed</source>
            <translation>изменения получены в искаженном виде</translation>
        </message>
        <message>
            <location line="+8" />
            <source>cannot read the latest revision</source>
            <translation>не удается прочитать последнюю редакцию</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+4" />
            <source>cannot start writing</source>
            <translation>не удается начать запись</translation>
        </message>
        <message>
            <location line="+5" />
            <source>cannot read %1</source>
            <translation>не удается прочитать %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>the server refused the change to %1</source>
            <translation>сервер отклонил изменение %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>cannot tell the team of the change</source>
            <translation>не удается уведомить коллег об изменении</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the server did not keep the changes</source>
            <translation>сервер не сохранил изменения</translation>
        </message>
        <message>
            <location line="+7" />
            <source>cannot listen for the team's changes</source>
            <translation>не удается отслеживать изменения коллег</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the connection was lost</source>
            <translation>соединение потеряно</translation>
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <location filename="../src/core/team/TeamRecords.h" line="+75" />
            <source>A damaged record</source>
            <translation>Поврежденная запись</translation>
        </message>
        <message>
            <location filename="../src/core/team/TeamSync.cpp" line="+244" />
            <source>The team catalogue kept changing during the sync; try again</source>
            <translation>Общий каталог непрерывно изменялся во время синхронизации; повторите попытку</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 is already a copy of the team catalogue at %2</source>
            <translation>%1 уже является копией общего каталога на %2</translation>
        </message>
        <message>
            <location line="+46" />
            <source>%1 is not empty: clone into a new catalogue</source>
            <translation>%1 не пуст: клонируйте в новый каталог</translation>
        </message>
        <message>
            <location line="+54" />
            <source>%1 exists; clone into a new file</source>
            <translation>%1 уже существует; клонируйте в новый файл</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Cannot write %1</source>
            <translation>Не удается записать %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a copy of a team catalogue (clone one with `ssc-catalogue clone`)</source>
            <translation>%1 не является копией общего каталога (создайте копию командой `ssc-catalogue clone`)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 is not a copy of a team catalogue</source>
            <translation>%1 не является копией общего каталога</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No conflict on %1 of %2</source>
            <translation>Нет конфликта по полю %1 записи %2</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 is not here to take the server's value</source>
            <translation>Записи %1 здесь нет, поэтому принять значение с сервера невозможно</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(deleted)</source>
            <translation>(удалено)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the record ("%1")</source>
            <translation>запись «%1»</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../src/core/domain/Vocabulary.cpp" line="+24" />
            <source>Planned</source>
            <translation>Запланирована</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ongoing</source>
            <translation>Осуществляется</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation>Завершена</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Knowledge exchange</source>
            <translation>Обмен знаниями</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technical assistance</source>
            <translation>Техническая помощь</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technology exchange</source>
            <translation>Обмен технологиями</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resource exchange</source>
            <translation>Обмен ресурсами</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Programme</source>
            <translation>Программа</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High-level meeting</source>
            <translation>Совещание высокого уровня</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conference</source>
            <translation>Конференция</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Side event</source>
            <translation>Параллельное мероприятие</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Webinar</source>
            <translation>Вебинар</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Study tour</source>
            <translation>Ознакомительная поездка</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Training</source>
            <translation>Обучение</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Community of practice</source>
            <translation>Сообщество практиков</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Publication</source>
            <translation>Публикация</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Internship</source>
            <translation>Стажировка</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Humanitarian response</source>
            <translation>Гуманитарное реагирование</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+23" />
            <source>Fund</source>
            <translation>Фонд</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Provider</source>
            <translation>Предоставляющая сторона</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipient</source>
            <translation>Получающая сторона</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>Содействующая сторона</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+8" />
            <source>Host</source>
            <translation>Принимающая сторона</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Participant</source>
            <translation>Участник</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Funder</source>
            <translation>Финансирующая сторона</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Implementer</source>
            <translation>Исполнитель</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coordinator</source>
            <translation>Координатор</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technical partner</source>
            <translation>Технический партнер</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Government</source>
            <translation>Правительство</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UN agency</source>
            <translation>Учреждение ООН</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multilateral</source>
            <translation>Многосторонняя организация</translation>
        </message>
        <message>
            <location line="+1" />
            <source>NGO</source>
            <translation>НПО</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Academia</source>
            <translation>Научные круги</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private sector</source>
            <translation>Частный сектор</translation>
        </message>
    </context>
    <context>
        <name>WorldMapView</name>
        <message>
            <location filename="../src/report/MapPicture.cpp" line="+214" />
            <source>Provider → recipient</source>
            <translation>Предоставляющая → получающая сторона</translation>
        </message>
        <message>
            <location line="+0" />
            <source>line width: initiatives shared</source>
            <translation>толщина линии: число общих инициатив</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the %L1 largest of %L2 links</source>
            <translation>крупнейшие связи: %L1 из %L2</translation>
        </message>
        <message>
            <location line="+39" />
            <source>none</source>
            <translation>нет</translation>
        </message>
    </context>
    <context>
        <name>ssc::BulkEditDialog</name>
        <message>
            <location filename="../src/gui/BulkEditDialog.cpp" line="+17" />
            <source>Bulk Edit</source>
            <translation>Массовое изменение</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Set to</source>
            <translation>Установить</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location line="+1" />
            <source>for example completed, nutrition, 4, ET:recipient</source>
            <translation>например completed, nutrition, 4, ET:recipient</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What is wrong with the change</source>
            <translation>Ошибки в изменении</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>One change to each of the %n selected initiative(s):</source>
            <translation>
                <numerusform>Одно изменение для %n выбранной инициативы:</numerusform>
                <numerusform>Одно изменение для каждой из %n выбранных инициатив:</numerusform>
                <numerusform>Одно изменение для каждой из %n выбранных инициатив:</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Field:</source>
            <translation>&amp;Поле:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change:</source>
            <translation>&amp;Изменение:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Value:</source>
            <translation>&amp;Значение:</translation>
        </message>
    </context>
    <context>
        <name>ssc::CatalogueEdits</name>
        <message>
            <location filename="../src/gui/CatalogueEdits.cpp" line="+140" />
            <source>New '%1'</source>
            <translation>создание «%1»</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit '%1'</source>
            <translation>изменение «%1»</translation>
        </message>
        <message numerus="yes">
            <location line="+53" />
            <source>Bulk edit of %n initiative(s)</source>
            <translation>
                <numerusform>массовое изменение %n инициативы</numerusform>
                <numerusform>массовое изменение %n инициатив</numerusform>
                <numerusform>массовое изменение %n инициатив</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Restore '%1'</source>
            <translation>восстановление «%1»</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Delete</source>
            <translation>Удаление</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n initiative(s)? Edit &gt; Undo brings them back, and the history keeps them.</source>
            <translation>
                <numerusform>Удалить %n инициативу? Удаленное можно вернуть командой Правка &gt; Отменить, а история изменений сохраняет удаленные записи.</numerusform>
                <numerusform>Удалить %n инициативы? Удаленное можно вернуть командой Правка &gt; Отменить, а история изменений сохраняет удаленные записи.</numerusform>
                <numerusform>Удалить %n инициатив? Удаленное можно вернуть командой Правка &gt; Отменить, а история изменений сохраняет удаленные записи.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+24" />
            <source>Delete '%1'</source>
            <translation>удаление «%1»</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n initiative(s)</source>
            <translation>
                <numerusform>удаление %n инициативы</numerusform>
                <numerusform>удаление %n инициатив</numerusform>
                <numerusform>удаление %n инициатив</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/CatalogueEditsMerge.cpp" line="+72" />
            <source>Merge '%1'</source>
            <translation>объединение «%1»</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The import of %1 changed more than %L2 records: it cannot be undone (its entry in the history says what it did).</source>
            <translation>Импорт %1 изменил более %L2 записей: его нельзя отменить (что именно было сделано, указано в соответствующей записи истории изменений).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Import '%1'</source>
            <translation>импорт «%1»</translation>
        </message>
    </context>
    <context>
        <name>ssc::ConflictDialog</name>
        <message>
            <location filename="../src/gui/ConflictDialog.cpp" line="+37" />
            <source>Review Conflicts</source>
            <translation>Разрешение конфликтов</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Conflicts with the team catalogue</source>
            <translation>Конфликты с общим каталогом</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Initiative</source>
            <translation>Инициатива</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mine</source>
            <translation>Мое</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>На сервере</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs by</source>
            <translation>Кем изменено на сервере</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Keep &amp;Mine</source>
            <translation>Оставить &amp;мое</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take &amp;Theirs</source>
            <translation>Принять с &amp;сервера</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep All M&amp;ine</source>
            <translation>Оставить &amp;все мои</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take All T&amp;heirs</source>
            <translation>Принять все с с&amp;ервера</translation>
        </message>
        <message>
            <location line="+47" />
            <source>No conflicts: every field agrees with the team catalogue.</source>
            <translation>Конфликтов нет: все поля совпадают с общим каталогом.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n field(s) were changed here and in the team catalogue. Your value is kept until you choose; Keep Mine sends it with the next sync.</source>
            <translation>
                <numerusform>%n поле изменено и здесь, и в общем каталоге. Ваши значения сохраняются, пока вы не сделаете выбор; «Оставить мое» отправляет значение при следующей синхронизации.</numerusform>
                <numerusform>%n поля изменены и здесь, и в общем каталоге. Ваши значения сохраняются, пока вы не сделаете выбор; «Оставить мое» отправляет значение при следующей синхронизации.</numerusform>
                <numerusform>%n полей изменено и здесь, и в общем каталоге. Ваши значения сохраняются, пока вы не сделаете выбор; «Оставить мое» отправляет значение при следующей синхронизации.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::DashboardChart</name>
        <message>
            <location filename="../src/gui/DashboardChart.cpp" line="+69" />
            <source>Click a bar to filter by it; Ctrl+click adds it. From the keyboard: arrow keys and Enter</source>
            <translation>Щелкните столбец, чтобы отфильтровать по нему; Ctrl+щелчок добавляет его к фильтру. С клавиатуры: клавиши со стрелками и Enter</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the chart %1</source>
            <translation>Экспортировать диаграмму «%1»</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Nothing to chart under this filter</source>
            <translation>С учетом этого фильтра нет данных для диаграммы</translation>
        </message>
        <message>
            <location line="+160" />
            <source>Made with SSC Catalogue.</source>
            <translation>Создано в SSC Catalogue.</translation>
        </message>
    </context>
    <context>
        <name>ssc::DashboardPane</name>
        <message>
            <location filename="../src/gui/DashboardPane.cpp" line="+50" />
            <source>Initiatives by start year</source>
            <translation>Инициативы по году начала</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By programme area</source>
            <translation>По программным областям</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By modality</source>
            <translation>По формам сотрудничества</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By activity type</source>
            <translation>По видам деятельности</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top partners</source>
            <translation>Ведущие партнеры</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding by year</source>
            <translation>Финансирование по годам</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Initiatives</source>
            <translation>Инициативы</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Currency of the funding chart</source>
            <translation>Валюта диаграммы финансирования</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amounts are charted one currency at a time: they are never added across currencies</source>
            <translation>Суммы отображаются на диаграмме по одной валюте: суммы в разных валютах никогда не складываются</translation>
        </message>
        <message>
            <location line="+158" />
            <source>The %1 with the most initiatives, of %2.</source>
            <translation>Показаны первые %1 по числу инициатив из %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 of the %2 initiatives have none recorded.</source>
            <translation>У %1 из %2 инициатив значение не указано.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>An initiative with several values counts in each of their bars.</source>
            <translation>Инициатива с несколькими значениями учитывается в каждом соответствующем столбце.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>%1: %2 initiatives; click for those running that year</source>
            <translation>%1: инициатив: %2; щелкните, чтобы показать осуществлявшиеся в этом году</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 of the %2 initiatives have no start year recorded.</source>
            <translation>У %1 из %2 инициатив не указан год начала.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>One initiative under the filter.</source>
            <translation>С учетом фильтра: одна инициатива.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 initiatives under the filter.</source>
            <translation>С учетом фильтра инициатив: %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click a bar to filter by it.</source>
            <translation>Щелкните столбец, чтобы отфильтровать по нему.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Some charts could not be counted: %1</source>
            <translation>Не удалось подсчитать данные для некоторых диаграмм: %1</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Amount in %1</source>
            <translation>Сумма, %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Billions of %1</source>
            <translation>Млрд %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Millions of %1</source>
            <translation>Млн %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Thousands of %1</source>
            <translation>Тыс. %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Without a year (neither the funding's nor the initiative's start): %L1 %2.</source>
            <translation>Без года (не указан ни год финансирования, ни год начала инициативы): %L1 %2.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: %2 %3 from %4 initiatives; click for those running that year</source>
            <translation>%1: %2 %3, инициатив: %4; щелкните, чтобы показать осуществлявшиеся в этом году</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Also recorded in other currencies (%1), charted one at a time.</source>
            <translation>Есть также суммы в других валютах (%1); они отображаются по одной валюте.</translation>
        </message>
    </context>
    <context>
        <name>ssc::DuplicatesDialog</name>
        <message>
            <location filename="../src/gui/DuplicatesDialog.cpp" line="+36" />
            <source>&amp;Stop</source>
            <translation>Ос&amp;тановить</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merge…</source>
            <translation>&amp;Объединить…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Not Duplicates</source>
            <translation>&amp;Не дубликаты</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search &amp;Again</source>
            <translation>&amp;Искать снова</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find Duplicates</source>
            <translation>Поиск дубликатов</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Search for duplicates</source>
            <translation>Искать дубликаты</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop looking for duplicates</source>
            <translation>Остановить поиск дубликатов</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Likely duplicates</source>
            <translation>Вероятные дубликаты</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Records</source>
            <translation>Записи</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Make the two records one, choosing each field side by side</source>
            <translation>Объединить две записи в одну, сравнивая и выбирая каждое поле</translation>
        </message>
        <message>
            <location line="+2" />
            <source>They are different initiatives: do not offer this pair again</source>
            <translation>Это разные инициативы: больше не предлагать эту пару</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Looking for records with the same or a similar title and a country or year in common, or the same IATI identifier…</source>
            <translation>Поиск записей с одинаковым или похожим названием и общей страной или годом либо с одинаковым идентификатором IATI…</translation>
        </message>
        <message>
            <location line="+57" />
            <source>No likely duplicates in this catalogue.</source>
            <translation>В этом каталоге нет вероятных дубликатов.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n pair(s) of records that may be one initiative, best first. Merge makes a pair one record (Edit &gt; Undo takes it back).</source>
            <translation>
                <numerusform>%n пара записей, которые могут относиться к одной инициативе, начиная с наиболее вероятных. «Объединить» превращает пару в одну запись (отменить можно командой Правка &gt; Отменить).</numerusform>
                <numerusform>%n пары записей, которые могут относиться к одной инициативе, начиная с наиболее вероятных. «Объединить» превращает пару в одну запись (отменить можно командой Правка &gt; Отменить).</numerusform>
                <numerusform>%n пар записей, которые могут относиться к одной инициативе, начиная с наиболее вероятных. «Объединить» превращает пару в одну запись (отменить можно командой Правка &gt; Отменить).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::FacetModel</name>
        <message numerus="yes">
            <location filename="../src/gui/FacetModel.cpp" line="+145" />
            <source>%1: %n initiative(s) under the current filter</source>
            <translation>
                <numerusform>%1: %n инициатива с учетом текущего фильтра</numerusform>
                <numerusform>%1: %n инициативы с учетом текущего фильтра</numerusform>
                <numerusform>%1: %n инициатив с учетом текущего фильтра</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::FilterPanel</name>
        <message>
            <location filename="../src/gui/FilterPanel.cpp" line="+75" />
            <source>Any role</source>
            <translation>Любая роль</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The role the ticked regions and countries have in an initiative</source>
            <translation>Роль отмеченных регионов и стран в инициативе</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role of the ticked regions and countries</source>
            <translation>Роль отмеченных регионов и стран</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show only the values whose name holds this text</source>
            <translation>Показывать только значения, название которых содержит этот текст</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find in %1</source>
            <translation>Поиск в разделе «%1»</translation>
        </message>
        <message>
            <location line="+76" />
            <source>None recorded in this catalogue</source>
            <translation>В этом каталоге нет значений</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No value matches</source>
            <translation>Нет совпадающих значений</translation>
        </message>
    </context>
    <context>
        <name>ssc::HistoryDialog</name>
        <message>
            <location filename="../src/gui/HistoryDialog.cpp" line="+31" />
            <source>Recent Changes</source>
            <translation>Последние изменения</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recent changes to the catalogue</source>
            <translation>Последние изменения в каталоге</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>Изменено</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Restore Deleted Initiative</source>
            <translation>&amp;Восстановить удаленную инициативу</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write the selected deleted initiative back as it was</source>
            <translation>Восстановить выбранную удаленную инициативу в прежнем виде</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The selected change in full</source>
            <translation>Выбранное изменение полностью</translation>
        </message>
        <message>
            <location line="+30" />
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <location line="+48" />
            <source>history entry %1</source>
            <translation>запись истории изменений %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>As it was before:</source>
            <translation>Прежний вид:</translation>
        </message>
    </context>
    <context>
        <name>ssc::ImportDialog</name>
        <message>
            <location filename="../src/gui/ImportDialog.cpp" line="+29" />
            <source>title</source>
            <translation>название</translation>
        </message>
        <message>
            <location line="+1" />
            <source>texts</source>
            <translation>тексты</translation>
        </message>
        <message>
            <location line="+1" />
            <source>status</source>
            <translation>статус</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dates</source>
            <translation>даты</translation>
        </message>
        <message>
            <location line="+1" />
            <source>countries</source>
            <translation>страны</translation>
        </message>
        <message>
            <location line="+1" />
            <source>programme areas</source>
            <translation>программные области</translation>
        </message>
        <message>
            <location line="+1" />
            <source>partners</source>
            <translation>партнеры</translation>
        </message>
        <message>
            <location line="+1" />
            <source>funding</source>
            <translation>финансирование</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SDGs</source>
            <translation>ЦУР</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sources</source>
            <translation>источники</translation>
        </message>
        <message>
            <location line="+2" />
            <source>other details</source>
            <translation>прочие сведения</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Import %1</source>
            <translation>Импорт %1</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Reading and checking %1…</source>
            <translation>Чтение и проверка %1…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message numerus="yes">
            <location line="+54" />
            <source>Nothing to import: %n record(s) checked, none new or changed.</source>
            <translation>
                <numerusform>Импортировать нечего: проверена %n запись, новых или измененных нет.</numerusform>
                <numerusform>Импортировать нечего: проверены %n записи, новых или измененных нет.</numerusform>
                <numerusform>Импортировать нечего: проверено %n записей, новых или измененных нет.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Checked %n record(s): %1 to add, %2 to update, %3 in conflict, %4 rejected. Nothing has been written yet.</source>
            <translation>
                <numerusform>Проверена %n запись: к добавлению — %1, к обновлению — %2, в конфликте — %3, отклонено — %4. Пока ничего не записано.</numerusform>
                <numerusform>Проверены %n записи: к добавлению — %1, к обновлению — %2, в конфликте — %3, отклонено — %4. Пока ничего не записано.</numerusform>
                <numerusform>Проверено %n записей: к добавлению — %1, к обновлению — %2, в конфликте — %3, отклонено — %4. Пока ничего не записано.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Catalogue: %1
File: %2</source>
            <translation>Каталог: %1
Файл: %2</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>&amp;Import %n record(s)</source>
            <translation>
                <numerusform>&amp;Импортировать %n запись</numerusform>
                <numerusform>&amp;Импортировать %n записи</numerusform>
                <numerusform>&amp;Импортировать %n записей</numerusform>
            </translation>
        </message>
        <message>
            <location line="+26" />
            <source>Writing to the catalogue… Cancel leaves it as it was.</source>
            <translation>Запись в каталог… При отмене каталог останется без изменений.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Imported: %1 added, %2 updated, %3 unchanged, %4 rejected.</source>
            <translation>Импортировано: добавлено — %1, обновлено — %2, без изменений — %3, отклонено — %4.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Cannot save the report</source>
            <translation>Не удается сохранить отчет</translation>
        </message>
        <message>
            <location line="+9" />
            <source>-import-report.txt</source>
            <translation>-import-report.txt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save Import Report</source>
            <translation>Сохранение отчета об импорте</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text (*.txt);;JSON (*.json)</source>
            <translation>Текст (*.txt);;JSON (*.json)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
    </context>
    <context>
        <name>ssc::IndexStatus</name>
        <message>
            <location filename="../src/gui/IndexStatus.cpp" line="+23" />
            <source>Progress of the index build</source>
            <translation>Ход построения индекса</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop or start the index build</source>
            <translation>Остановить или запустить построение индекса</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The counts appear when the index is built (see the status bar). Search, sorting and the results work meanwhile.</source>
            <translation>Счетчики появятся после построения индекса (см. строку состояния). Поиск, сортировка и результаты тем временем доступны.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No counts: building the index was stopped. Filtering by these values needs it: choose Build index in the status bar.</source>
            <translation>Счетчиков нет: построение индекса остановлено. Для фильтрации по этим значениям он необходим: выберите «Построить индекс» в строке состояния.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No counts: the index could not be built (see the status bar).</source>
            <translation>Счетчиков нет: не удалось построить индекс (см. строку состояния).</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Building the index for the filters…</source>
            <translation>Построение индекса для фильтров…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop</source>
            <translation>Остановить</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop building the index; the results stay, without counts</source>
            <translation>Остановить построение индекса; результаты останутся, но без счетчиков</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Index not built.</source>
            <translation>Индекс не построен.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build index</source>
            <translation>Построить индекс</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build the index that the filters and their counts need</source>
            <translation>Построить индекс, необходимый для фильтров и их счетчиков</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The index could not be built: %1</source>
            <translation>Не удалось построить индекс: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try again</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build the index again</source>
            <translation>Построить индекс заново</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Dismiss</source>
            <translation>Скрыть</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hide this notice</source>
            <translation>Скрыть это уведомление</translation>
        </message>
    </context>
    <context>
        <name>ssc::InitiativeDetailsView</name>
        <message>
            <location filename="../src/gui/InitiativeDetailsView.cpp" line="+124" />
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duplicate…</source>
            <translation>Дублировать…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>D&amp;uplicate…</source>
            <translation>&amp;Дублировать…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Select an initiative to read about it.</source>
            <translation>Выберите инициативу, чтобы просмотреть сведения о ней.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>In %1, from the record's translations; its own language is %2.</source>
            <translation>Язык: %1, из переводов записи; исходный язык записи: %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In %1, the record's own language: it has no %2 translation.</source>
            <translation>Язык: %1, исходный язык записи; перевода на язык «%2» нет.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>IATI identifier</source>
            <translation>Идентификатор IATI</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation>Вид деятельности</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Dates</source>
            <translation>Сроки</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Modality</source>
            <translation>Форма сотрудничества</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cooperation</source>
            <translation>Сотрудничество</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Triangular</source>
            <translation>Трехстороннее</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Programme areas</source>
            <translation>Программные области</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Partners</source>
            <translation>Партнеры</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Funding</source>
            <translation>Финансирование</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Target %1</source>
            <translation>Задача %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goal %1: %2</source>
            <translation>Цель %1: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SDGs</source>
            <translation>ЦУР</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beneficiaries</source>
            <translation>Бенефициары</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Results</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <location line="+20" />
            <source>offline copy</source>
            <translation>локальная копия</translation>
        </message>
        <message>
            <location line="+1" />
            <source>offline copy: %1</source>
            <translation>локальная копия: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No change has been recorded for this initiative.</source>
            <translation>Изменения этой инициативы не зарегистрированы.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <location line="+12" />
            <source>History</source>
            <translation>История</translation>
        </message>
    </context>
    <context>
        <name>ssc::InitiativeEditor</name>
        <message>
            <location filename="../src/gui/InitiativeEditor.cpp" line="+30" />
            <source>Edit Initiative</source>
            <translation>Изменение инициативы</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New Initiative</source>
            <translation>Новая инициатива</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+113" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <location line="-113" />
            <location line="+2" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location line="+111" />
            <source>Role of the country</source>
            <translation>Роль страны</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Partner organisation</source>
            <translation>Организация-партнер</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role of the partner</source>
            <translation>Роль партнера</translation>
        </message>
        <message>
            <location line="+166" />
            <source> (row %1)</source>
            <translation> (строка %1)</translation>
        </message>
        <message>
            <location filename="../src/gui/InitiativeEditorTables.cpp" line="+63" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+59" />
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location line="-59" />
            <location line="+63" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <location line="-63" />
            <location line="+71" />
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <location line="-68" />
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+93" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location line="-93" />
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Funding source</source>
            <translation>Источник финансирования</translation>
        </message>
        <message>
            <location line="+8" />
            <source>such as 250000</source>
            <translation>например, 250000</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 — %2 (withdrawn)</source>
            <translation>%1 — %2 (изъята из обращения)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>YYYY</source>
            <translation>ГГГГ</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Translated field</source>
            <translation>Переводимое поле</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>Краткое описание</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Translated text</source>
            <translation>Текст перевода</translation>
        </message>
        <message>
            <location line="+46" />
            <source>field "funding[%1].amount": "%2" is not a number (expected an amount such as 250000)</source>
            <translation>поле "funding[%1].amount": "%2" не является числом (ожидается сумма, например 250000)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>field "funding[%1].year": "%2" is not a year (expected YYYY)</source>
            <translation>поле "funding[%1].year": "%2" не является годом (ожидается ГГГГ)</translation>
        </message>
    </context>
    <context>
        <name>ssc::InitiativeTableModel</name>
        <message>
            <location filename="../src/gui/InitiativeTableModel.cpp" line="+135" />
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Title in %1; the record does not state its own language</source>
            <translation>Название на языке: %1; исходный язык записи не указан</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title in %1; the record's own language is %2</source>
            <translation>Название на языке: %1; исходный язык записи: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Title in %1, the record's own language</source>
            <translation>Название на языке: %1 (исходный язык записи)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Countries</source>
            <translation>Страны</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Programme areas</source>
            <translation>Программные области</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Partners</source>
            <translation>Партнеры</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Funding</source>
            <translation>Финансирование</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Years</source>
            <translation>Годы</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
    </context>
    <context>
        <name>ssc::KeyboardNavigation</name>
        <message>
            <location filename="../src/gui/KeyboardNavigation.cpp" line="+39" />
            <source>Go to the search box</source>
            <translation>Перейти к полю поиска</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Read the selected result (in the results)</source>
            <translation>Просмотреть выбранный результат (в результатах)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Next area: search, filters, results, details</source>
            <translation>Следующая область: поиск, фильтры, результаты, сведения</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Previous area</source>
            <translation>Предыдущая область</translation>
        </message>
    </context>
    <context>
        <name>ssc::LanguageMenu</name>
        <message>
            <location filename="../src/gui/LanguageMenu.cpp" line="+18" />
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <location line="+15" />
            <source>System Language (%1)</source>
            <translation>Язык системы (%1)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC Catalogue will be in %1 the next time it starts.</source>
            <translation>Язык SSC Catalogue при следующем запуске: %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Restart Now</source>
            <translation>&amp;Перезапустить сейчас</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Later</source>
            <translation>&amp;Позже</translation>
        </message>
    </context>
    <context>
        <name>ssc::MainWindow</name>
        <message>
            <location filename="../src/gui/MainWindow.cpp" line="+85" />
            <location line="+194" />
            <source>%L1 of %L2 initiatives</source>
            <translation>Инициатив: %L1 из %L2</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Searching…</source>
            <translation>Поиск…</translation>
        </message>
        <message numerus="yes">
            <location line="+51" />
            <source>%Ln initiative(s) shown</source>
            <translation>
                <numerusform>Показана %Ln инициатива</numerusform>
                <numerusform>Показаны %Ln инициативы</numerusform>
                <numerusform>Показано %Ln инициатив</numerusform>
            </translation>
        </message>
        <message>
            <location line="+111" />
            <source>Report written to %1</source>
            <translation>Отчет записан в %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>About SSC Catalogue</source>
            <translation>О программе SSC Catalogue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;SSC Catalogue %1&lt;/h3&gt;&lt;p&gt;A catalogue of South-South and triangular cooperation initiatives for children.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3).&lt;/p&gt;&lt;p&gt;Data: country codes and UN M49 regions from ISO-3166-Countries-with-Regional-Codes (CC BY-SA 4.0); DAC sectors and currencies from the IATI Standard (iatistandard.org, CC BY 4.0); SDG short titles from Open SDG (MIT); SDG colours from the United Nations' SDG guidelines. The bundled catalogue is drawn from UNICEF's public pages on South-South cooperation.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;SSC Catalogue %1&lt;/h3&gt;&lt;p&gt;Каталог инициатив в рамках сотрудничества Юг-Юг и трехстороннего сотрудничества в интересах детей.&lt;/p&gt;&lt;p&gt;Qt %2 (сборка с %3).&lt;/p&gt;&lt;p&gt;Данные: коды стран и регионы UN M49 — из ISO-3166-Countries-with-Regional-Codes (CC BY-SA 4.0); секторы КСР и валюты — из стандарта IATI (iatistandard.org, CC BY 4.0); краткие названия ЦУР — из Open SDG (MIT); цвета ЦУР — из руководства Организации Объединенных Наций по использованию символики ЦУР. Встроенный каталог составлен на основе общедоступных страниц ЮНИСЕФ, посвященных сотрудничеству Юг-Юг.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/MainWindowChips.cpp" line="+60" />
            <source>%1: %Ln selected</source>
            <translation>
                <numerusform>%1: выбрано %Ln</numerusform>
                <numerusform>%1: выбрано %Ln</numerusform>
                <numerusform>%1: выбрано %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>Role: %1</source>
            <translation>Роль: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Years: %1–%2</source>
            <translation>Годы: %1–%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Search: %1</source>
            <translation>Поиск: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Remove this filter</source>
            <translation>Удалить этот фильтр</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove these filters:
%1</source>
            <translation>Удалить эти фильтры:
%1</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowEdits.cpp" line="+27" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location line="+49" />
            <source>F&amp;ind Duplicates…</source>
            <translation>Найти дуб&amp;ликаты…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Records that are likely one initiative brought in twice, to merge</source>
            <translation>Записи, которые, вероятно, представляют одну и ту же инициативу, внесенную дважды, — для объединения</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Recent &amp;Changes…</source>
            <translation>Последние изм&amp;енения…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The catalogue's history: who changed what, and when</source>
            <translation>История изменений каталога: кто, что и когда изменил</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cannot change the catalogue</source>
            <translation>Не удается изменить каталог</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowFiles.cpp" line="+35" />
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importable files (*.xml *.csv *.json);;IATI activity files (*.xml);;CSV files (*.csv);;Catalogue files (*.json)</source>
            <translation>Файлы для импорта (*.xml *.csv *.json);;Файлы деятельности IATI (*.xml);;Файлы CSV (*.csv);;Файлы каталога (*.json)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cannot import</source>
            <translation>Не удается импортировать</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not an IATI activity file (.xml), a CSV file (.csv) or a catalogue file (.json).</source>
            <translation>%1 не является файлом деятельности IATI (.xml), файлом CSV (.csv) или файлом каталога (.json).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Imported %1</source>
            <translation>Импортирован файл %1</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Export to IATI</source>
            <translation>Экспорт в IATI</translation>
        </message>
        <message>
            <location line="+3" />
            <source>IATI activity files (*.xml)</source>
            <translation>Файлы деятельности IATI (*.xml)</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+53" />
            <source>Writing %1…</source>
            <translation>Запись %1…</translation>
        </message>
        <message>
            <location line="-45" />
            <source>No initiative is shown: there is nothing to export.</source>
            <translation>Нет показанных инициатив: экспортировать нечего.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+50" />
            <source>Cannot export</source>
            <translation>Не удается экспортировать</translation>
        </message>
        <message numerus="yes">
            <location line="-46" />
            <source>Exported %Ln initiative(s) to %1</source>
            <translation>
                <numerusform>В %1 экспортирована %Ln инициатива</numerusform>
                <numerusform>В %1 экспортированы %Ln инициативы</numerusform>
                <numerusform>В %1 экспортировано %Ln инициатив</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exported to IATI</source>
            <translation>Экспорт в IATI выполнен</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln initiative(s) written to %1 as IATI 2.03.</source>
            <translation>
                <numerusform>%Ln инициатива записана в %1 в формате IATI 2.03.</numerusform>
                <numerusform>%Ln инициативы записаны в %1 в формате IATI 2.03.</numerusform>
                <numerusform>%Ln инициатив записано в %1 в формате IATI 2.03.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%Ln left out because IATI requires what they lack (see details).</source>
            <translation>
                <numerusform>%Ln не включена, так как в ней нет данных, обязательных для IATI (см. подробности).</numerusform>
                <numerusform>%Ln не включены, так как в них нет данных, обязательных для IATI (см. подробности).</numerusform>
                <numerusform>%Ln не включено, так как в них нет данных, обязательных для IATI (см. подробности).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export Catalogue File</source>
            <translation>Экспорт файла каталога</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Catalogue files (*.json)</source>
            <translation>Файлы каталога (*.json)</translation>
        </message>
        <message numerus="yes">
            <location line="+21" />
            <source>Exported the catalogue (%Ln initiative(s), its history and saved searches) to %1</source>
            <translation>
                <numerusform>Каталог (%Ln инициатива, история изменений и сохраненные поиски) экспортирован в %1</numerusform>
                <numerusform>Каталог (%Ln инициативы, история изменений и сохраненные поиски) экспортирован в %1</numerusform>
                <numerusform>Каталог (%Ln инициатив, история изменений и сохраненные поиски) экспортирован в %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Applying %1…</source>
            <translation>Применение %1…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot apply the change bundle</source>
            <translation>Не удается применить пакет изменений</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Applied %1: %2 changed, %3 already so, %4 in conflict</source>
            <translation>Применен %1: изменено — %2, уже совпадало — %3, в конфликте — %4</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowOpen.cpp" line="+46" />
            <source>Opening %1…</source>
            <translation>Открытие %1…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot open the catalogue</source>
            <translation>Не удается открыть каталог</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 — SSC Catalogue</source>
            <translation>%1 — SSC Catalogue</translation>
        </message>
        <message>
            <location line="+82" />
            <source>Open Catalogue</source>
            <translation>Открытие каталога</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC catalogues (*.ssccat);;All files (*)</source>
            <translation>Каталоги SSC (*.ssccat);;Все файлы (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+7" />
            <source>New Catalogue</source>
            <translation>Новый каталог</translation>
        </message>
        <message>
            <location line="-6" />
            <source>SSC catalogues (*.ssccat)</source>
            <translation>Каталоги SSC (*.ssccat)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 already exists. Choose a new name, or open it with File &gt; Open Catalogue.</source>
            <translation>%1 уже существует. Выберите новое имя или откройте этот файл командой Файл &gt; Открыть каталог.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>No recent catalogues</source>
            <translation>Нет недавних каталогов</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowSearches.cpp" line="+24" />
            <source>&amp;Save Search…</source>
            <translation>Сохранить п&amp;оиск…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep the current filters and search under a name, in the catalogue</source>
            <translation>Сохранить текущие фильтры и поиск в каталоге под определенным именем</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved Searc&amp;hes</source>
            <translation>Сохраненные по&amp;иски</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Saved searches</source>
            <translation>Сохраненные поиски</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Search saved as "%1"</source>
            <translation>Поиск сохранен под именем «%1»</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowViews.cpp" line="+25" />
            <source>Map</source>
            <translation>Карта</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The initiatives under the filter, as a list (Ctrl+1)</source>
            <translation>Инициативы с учетом фильтра в виде списка (Ctrl+1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dashboard</source>
            <translation>Сводная панель</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where they are, on a world map (Ctrl+2)</source>
            <translation>Их расположение на карте мира (Ctrl+2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Charts of them: years, areas, partners, funding (Ctrl+3)</source>
            <translation>Диаграммы: годы, области, партнеры, финансирование (Ctrl+3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;List</source>
            <translation>&amp;Список</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Map</source>
            <translation>&amp;Карта</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Dashboard</source>
            <translation>Сводная &amp;панель</translation>
        </message>
    </context>
    <context>
        <name>ssc::MapPane</name>
        <message>
            <location filename="../src/gui/MapPane.cpp" line="+29" />
            <source>Any role</source>
            <translation>Любая роль</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Role the map counts countries in</source>
            <translation>Роль, в которой страны учитываются на карте</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Countries as:</source>
            <translation>Страны в роли:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Countries</source>
            <translation>Страны</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Links: provider → recipient</source>
            <translation>Связи: предоставляющая → получающая сторона</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Countries shaded by their initiatives, or lines from each provider to each recipient</source>
            <translation>Страны, закрашенные по числу инициатив, или линии от каждой предоставляющей стороны к каждой получающей</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the map shows</source>
            <translation>Что показывает карта</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show:</source>
            <translation>Показать:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whole World</source>
            <translation>Весь мир</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the whole world again (Home)</source>
            <translation>Снова показать весь мир (Home)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <location line="+131" />
            <source>Initiatives</source>
            <translation>Инициативы</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Initiatives as %1</source>
            <translation>Инициативы (роль: %1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not on the map (too small at this scale): %1</source>
            <translation>Не показаны на карте (слишком малы при этом масштабе): %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Initiatives by country</source>
            <translation>Инициативы по странам</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Map data: Natural Earth (public domain). Made with SSC Catalogue.</source>
            <translation>Картографические данные: Natural Earth (общественное достояние). Создано в SSC Catalogue.</translation>
        </message>
    </context>
    <context>
        <name>ssc::MergeDialog</name>
        <message>
            <location filename="../src/gui/MergeDialog.cpp" line="+56" />
            <source>Merge Duplicates</source>
            <translation>Объединение дубликатов</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fields of the two records</source>
            <translation>Поля двух записей</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Merge</source>
            <translation>&amp;Объединить</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Keep the Other's Key</source>
            <translation>&amp;Сохранить ключ другой записи</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the second record's identifier and merge the first into it</source>
            <translation>Сохранить идентификатор второй записи и объединить с ней первую</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Keep %1 "%2" and merge %3 "%4" into it. Choose each field that differs; lists are united unless you choose one side. Afterwards %3 finds the merged record, and Edit &gt; Undo takes the merge back.</source>
            <translation>Сохранить запись %1 «%2» и объединить с ней запись %3 «%4». Выберите значение каждого различающегося поля; списки объединяются, если не выбрана одна из сторон. После этого по %3 будет находиться объединенная запись, а команда Правка &gt; Отменить отменит объединение.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep: %1</source>
            <translation>Сохраняемая: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other: %1</source>
            <translation>Другая: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Both</source>
            <translation>Обе</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the kept record's</source>
            <translation>из сохраняемой записи</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the other record's</source>
            <translation>из другой записи</translation>
        </message>
        <message>
            <location line="+2" />
            <source>both</source>
            <translation>обе</translation>
        </message>
        <message>
            <location line="+0" />
            <source>both records'</source>
            <translation>из обеих записей</translation>
        </message>
    </context>
    <context>
        <name>ssc::OrganisationDialog</name>
        <message>
            <location filename="../src/gui/OrganisationDialog.cpp" line="+25" />
            <source>New Organisation</source>
            <translation>Новая организация</translation>
        </message>
        <message>
            <location line="+7" />
            <source>(not given)</source>
            <translation>(не указано)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>such as UNICEF</source>
            <translation>например, UNICEF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What is wrong with the organisation</source>
            <translation>Ошибки в данных организации</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier</source>
            <translation>Идентификатор</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Acronym:</source>
            <translation>&amp;Аббревиатура:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Type:</source>
            <translation>&amp;Тип:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Country:</source>
            <translation>&amp;Страна:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier:</source>
            <translation>Идентификатор:</translation>
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
            <translation>Параметры</translation>
        </message>
        <message>
            <location line="-135" />
            <source>The name the catalogue's history gives your changes</source>
            <translation>Имя, под которым ваши изменения записываются в историю изменений каталога</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your &amp;name:</source>
            <translation>&amp;Ваше имя:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the export folder</source>
            <translation>Выберите папку экспорта</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+3" />
            <source>Export folder</source>
            <translation>Папка экспорта</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Export folder:</source>
            <translation>Папка &amp;экспорта:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Start in the last folder used</source>
            <translation>&amp;Начинать с последней использованной папки</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Page size of PDF reports:</source>
            <translation>&amp;Формат страницы отчетов PDF:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+10" />
            <source>Logo of reports</source>
            <translation>Логотип отчетов</translation>
        </message>
        <message>
            <location line="-9" />
            <source>An image (PNG, JPEG or SVG) drawn at the top of a report's first page</source>
            <translation>Изображение (PNG, JPEG или SVG) в верхней части первой страницы отчета</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ch&amp;oose…</source>
            <translation>Вы&amp;брать…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the logo of reports</source>
            <translation>Выберите логотип отчетов</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Images (*.png *.jpg *.jpeg *.svg)</source>
            <translation>Изображения (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Report &amp;logo:</source>
            <translation>&amp;Логотип отчетов:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Introduction of reports</source>
            <translation>Введение к отчетам</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A paragraph under the title of every report: who you are, why these initiatives</source>
            <translation>Абзац под заголовком каждого отчета: кто вы и почему выбраны эти инициативы</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Report &amp;introduction:</source>
            <translation>Вв&amp;едение к отчетам:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Printed above the figures on the first page: a long introduction pushes the figures and charts onto the next page. A few sentences fit.</source>
            <translation>Печатается над показателями на первой странице: длинное введение переносит показатели и диаграммы на следующую страницу. Достаточно нескольких предложений.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Hide filter values with no matches</source>
            <translation>&amp;Скрывать значения фильтров без совпадений</translation>
        </message>
        <message>
            <location line="+3" />
            <source>for example XM-DAC-41122</source>
            <translation>например, XM-DAC-41122</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your organisation's IATI identifier, written as the reporting organisation of IATI exports</source>
            <translation>Идентификатор IATI вашей организации, указываемый в качестве отчитывающейся организации при экспорте в IATI</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI &amp;reporting organisation:</source>
            <translation>От&amp;читывающаяся организация IATI:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(not given)</source>
            <translation>(не указано)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Organisation &amp;type:</source>
            <translation>&amp;Тип организации:</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The export folder %1 does not exist. Choose a folder that exists, or leave the field empty for Documents.</source>
            <translation>Папка экспорта %1 не существует. Выберите существующую папку или оставьте поле пустым, чтобы использовать папку «Документы».</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The report logo %1 is not an image this program can read. Choose a PNG, JPEG or SVG file, or leave the field empty.</source>
            <translation>Логотип отчетов %1 не является изображением, которое может прочитать эта программа. Выберите файл PNG, JPEG или SVG или оставьте поле пустым.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The IATI reporting organisation is an identifier without spaces, such as XM-DAC-41122; "%1" has spaces.</source>
            <translation>Отчитывающаяся организация IATI указывается идентификатором без пробелов, например XM-DAC-41122; в "%1" есть пробелы.</translation>
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
            <translation>Letter</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Under the current &amp;filter (%1)</source>
            <translation>&amp;С учетом текущего фильтра (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Selected rows (%1)</source>
            <translation>&amp;Выбранные строки (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Whole catalogue (%1)</source>
            <translation>Весь &amp;каталог (%1)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Export</source>
            <translation>&amp;Экспортировать</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pre&amp;view</source>
            <translation>Просмо&amp;тр</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See the PDF or HTML report before saving it</source>
            <translation>Просмотреть отчет PDF или HTML перед сохранением</translation>
        </message>
        <message>
            <location line="+42" />
            <source>report</source>
            <translation>отчет</translation>
        </message>
        <message>
            <location line="+1" />
            <source> report</source>
            <translation> отчет</translation>
        </message>
        <message>
            <location line="+53" />
            <location line="+63" />
            <source>Export Report</source>
            <translation>Экспорт отчета</translation>
        </message>
        <message>
            <location line="-62" />
            <source>%1 (*.%2)</source>
            <translation>%1 (*.%2)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Choose the file to write the report to.</source>
            <translation>Выберите файл для записи отчета.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot write the report to %1: the folder %2 does not exist.</source>
            <translation>Не удается записать отчет в %1: папка %2 не существует.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot write the report to %1: it is a folder.</source>
            <translation>Не удается записать отчет в %1: это папка.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 already exists. Replace it?</source>
            <translation>%1 уже существует. Заменить?</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Reading initiatives: %1 of %2</source>
            <translation>Чтение инициатив: %1 из %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Preparing the preview…</source>
            <translation>Подготовка предварительного просмотра…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preparing the report…</source>
            <translation>Подготовка отчета…</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Preview cancelled.</source>
            <translation>Предварительный просмотр отменен.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled: no file was written.</source>
            <translation>Отменено: файл не записан.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Wrote %1.</source>
            <translation>Записан файл %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Report Exported</source>
            <translation>Отчет экспортирован</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The report on %1 initiatives was written to %2.</source>
            <translation>Отчет по инициативам (%1) записан в %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open &amp;File</source>
            <translation>Открыть &amp;файл</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open F&amp;older</source>
            <translation>Открыть &amp;папку</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+7" />
            <source>Preview: %1</source>
            <translation>Предварительный просмотр: %1</translation>
        </message>
    </context>
    <context>
        <name>ssc::ReportTask</name>
        <message>
            <location filename="../src/gui/ReportTask.cpp" line="+70" />
            <source>%1 selected from: %2</source>
            <translation>Выбрано %1 из: %2</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+13" />
            <location line="+16" />
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
    </context>
    <context>
        <name>ssc::ResultsView</name>
        <message>
            <location filename="../src/gui/ResultsView.cpp" line="+117" />
            <source>Columns</source>
            <translation>Столбцы</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Reset columns</source>
            <translation>Сбросить настройки столбцов</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>D&amp;uplicate…</source>
            <translation>&amp;Дублировать…</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>&amp;Delete %n initiative(s)…</source>
            <translation>
                <numerusform>&amp;Удалить %n инициативу…</numerusform>
                <numerusform>&amp;Удалить %n инициативы…</numerusform>
                <numerusform>&amp;Удалить %n инициатив…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Copy as text</source>
            <translation>&amp;Копировать как текст</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Copy &amp;identifier</source>
            <translation>
                <numerusform>Копировать идент&amp;ификатор</numerusform>
                <numerusform>Копировать идент&amp;ификаторы</numerusform>
                <numerusform>Копировать идент&amp;ификаторы</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>&amp;Export %n selected row(s) as a report…</source>
            <translation>
                <numerusform>&amp;Экспортировать %n выбранную строку как отчет…</numerusform>
                <numerusform>&amp;Экспортировать %n выбранные строки как отчет…</numerusform>
                <numerusform>&amp;Экспортировать %n выбранных строк как отчет…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::SavedSearchesPane</name>
        <message>
            <location filename="../src/gui/SavedSearchesPane.cpp" line="+22" />
            <source>&lt;b&gt;Saved searches&lt;/b&gt;</source>
            <translation>&lt;b&gt;Сохраненные поиски&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved searches</source>
            <translation>Сохраненные поиски</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Double-click or press Enter to apply a saved search</source>
            <translation>Дважды щелкните или нажмите Enter, чтобы применить сохраненный поиск</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save…</source>
            <translation>Сохранить…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the current filters and search under a name</source>
            <translation>Сохранить текущие фильтры и поиск под определенным именем</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Update</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make the selected saved search the current filters</source>
            <translation>Заменить выбранный сохраненный поиск текущими фильтрами</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename…</source>
            <translation>Переименовать…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Rename Saved Search</source>
            <translation>Переименование сохраненного поиска</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New name:</source>
            <translation>Новое имя:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Delete Saved Search</source>
            <translation>Удаление сохраненного поиска</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the saved search "%1"?</source>
            <translation>Удалить сохраненный поиск «%1»?</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Save Search</source>
            <translation>Сохранение поиска</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name for the current filters and search:</source>
            <translation>Имя для текущих фильтров и поиска:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>None yet: Save… keeps the current filters</source>
            <translation>Пока нет: кнопка «Сохранить…» сохраняет текущие фильтры</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamCloneDialog</name>
        <message>
            <location filename="../src/gui/TeamCloneDialog.cpp" line="+25" />
            <source>&amp;Remember the password (system keychain, or ~/.pgpass where there is none)</source>
            <translation>&amp;Запомнить пароль (в системном хранилище ключей или, если его нет, в ~/.pgpass)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Clone</source>
            <translation>&amp;Клонировать</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clone Team Catalogue</source>
            <translation>Клонирование общего каталога</translation>
        </message>
        <message>
            <location line="+5" />
            <source>from ~/.pgpass when empty</source>
            <translation>если пусто — из ~/.pgpass</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Server:</source>
            <translation>&amp;Сервер:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Local copy:</source>
            <translation>&amp;Локальная копия:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Local Copy</source>
            <translation>Локальная копия</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC catalogues (*.ssccat)</source>
            <translation>Каталоги SSC (*.ssccat)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Give the team catalogue's server, as its keeper gave it.</source>
            <translation>Укажите сервер общего каталога в том виде, в каком его сообщил администратор каталога.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a new file for the local copy.</source>
            <translation>Выберите новый файл для локальной копии.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cloning… a large team catalogue takes a minute.</source>
            <translation>Клонирование… Для большого общего каталога это займет около минуты.</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamConnectDialog</name>
        <message>
            <location filename="../src/gui/TeamConnectDialog.cpp" line="+25" />
            <source>&amp;Remember the password (system keychain, or ~/.pgpass where there is none)</source>
            <translation>&amp;Запомнить пароль (в системном хранилище ключей или, если его нет, в ~/.pgpass)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Connect</source>
            <translation>&amp;Подключиться</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connect to the Team Catalogue</source>
            <translation>Подключение к общему каталогу</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Server:</source>
            <translation>Сервер:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User:</source>
            <translation>&amp;Имя пользователя:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>Па&amp;роль:</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Give the user (role) the team catalogue's keeper gave you.</source>
            <translation>Укажите пользователя (роль), которого вам назначил администратор общего каталога.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Connecting…</source>
            <translation>Подключение…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Connected.</source>
            <translation>Подключено.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Connected; the connection is not encrypted (no TLS).</source>
            <translation>Подключено; соединение не зашифровано (нет TLS).</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamControl</name>
        <message>
            <location filename="../src/gui/TeamControl.cpp" line="+22" />
            <source>&amp;Team Catalogue</source>
            <translation>Общий &amp;каталог</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Clone Team Catalogue…</source>
            <translation>&amp;Клонировать общий каталог…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;onnect…</source>
            <translation>&amp;Подключиться…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Sync Now</source>
            <translation>&amp;Синхронизировать</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Review Conflicts…</source>
            <translation>&amp;Разрешение конфликтов…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Send the changes made here and receive the team's</source>
            <translation>Отправить сделанные здесь изменения и получить изменения коллег</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The user and password with which this copy reaches its server</source>
            <translation>Имя пользователя и пароль, с которыми эта копия подключается к серверу</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fields changed here and in the team catalogue: choose each value</source>
            <translation>Поля, измененные и здесь, и в общем каталоге: выберите значение для каждого</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make a local copy of a team catalogue on a PostgreSQL server</source>
            <translation>Создать локальную копию общего каталога, размещенного на сервере PostgreSQL</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Team catalogue</source>
            <translation>Общий каталог</translation>
        </message>
        <message>
            <location line="+86" />
            <source>Team: syncing…</source>
            <translation>Общий каталог: синхронизация…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team: not synced this session</source>
            <translation>Общий каталог: в этом сеансе не синхронизировался</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team: synced %1</source>
            <translation>Общий каталог: синхронизирован %1</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n изменение ожидает отправки</numerusform>
                <numerusform>%n изменения ожидают отправки</numerusform>
                <numerusform>%n изменений ожидают отправки</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n конфликт</numerusform>
                <numerusform>%n конфликта</numerusform>
                <numerusform>%n конфликтов</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>new changes on the server by %1: &lt;a href="sync"&gt;Sync now&lt;/a&gt; (F9)</source>
            <translation>новые изменения на сервере от %1: &lt;a href="sync"&gt;Синхронизировать&lt;/a&gt; (F9)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 changed the team catalogue; Sync Now (F9) takes the change here.</source>
            <translation>Общий каталог изменен пользователем %1; команда «Синхронизировать» (F9) перенесет изменение сюда.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The team catalogue's server asks for your password to sync this copy (%1).</source>
            <translation>Сервер общего каталога запрашивает пароль для синхронизации этой копии (%1).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Synced: received %1, sent %2, merged %3, in conflict %4</source>
            <translation>Синхронизировано: получено — %1, отправлено — %2, объединено — %3, в конфликте — %4</translation>
        </message>
        <message>
            <location line="+7" />
            <source> (the connection is not encrypted)</source>
            <translation> (соединение не зашифровано)</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamPasswords</name>
        <message>
            <location filename="../src/gui/TeamPasswords.cpp" line="+53" />
            <source>The password is kept in the system keychain.</source>
            <translation>Пароль сохранен в системном хранилище ключей.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The password could not be kept: %1; %2</source>
            <translation>Не удалось сохранить пароль: %1; %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no system keychain here (%1); the password is kept in %2, readable by you alone.</source>
            <translation>Системное хранилище ключей недоступно (%1); пароль сохранен в %2, доступном для чтения только вам.</translation>
        </message>
    </context>
    <context>
        <name>ssc::WorldMapView</name>
        <message>
            <location filename="../src/gui/WorldMapView.cpp" line="+30" />
            <source>World map</source>
            <translation>Карта мира</translation>
        </message>
        <message>
            <location line="+43" />
            <source>No provider-to-recipient links under the filter.</source>
            <translation>С учетом фильтра нет связей между предоставляющими и получающими сторонами.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Provider to recipient: %1</source>
            <translation>От предоставляющей к получающей стороне: %1</translation>
        </message>
        <message>
            <location line="+191" />
            <source>%1: among the links drawn, provider to %2 countries, recipient from %3</source>
            <translation>%1: среди показанных связей — предоставляющая сторона для стран: %2, получающая сторона от стран: %3</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%1: %Ln initiative(s)</source>
            <translation>
                <numerusform>%1: %Ln инициатива</numerusform>
                <numerusform>%1: %Ln инициативы</numerusform>
                <numerusform>%1: %Ln инициатив</numerusform>
            </translation>
        </message>
        <message>
            <location line="+85" />
            <source>No country has initiatives under the filter.</source>
            <translation>С учетом фильтра ни у одной страны нет инициатив.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1. Most: %2</source>
            <translation>%1. Больше всего: %2</translation>
        </message>
    </context>
</TS>
