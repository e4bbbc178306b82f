<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>BoundedXmlReader</name>
        <message>
            <location filename="../src/core/io/iati/BoundedXmlReader.cpp" line="+54" />
            <location line="+19" />
            <source>its entity references could expand to more than %1 characters</source>
            <translation>قد تتوسع مراجع الكيانات فيه إلى أكثر من %1 حرف</translation>
        </message>
        <message>
            <location line="+18" />
            <source>nesting deeper than %1 elements</source>
            <translation>تداخل أعمق من %1 عنصر</translation>
        </message>
    </context>
    <context>
        <name>BuildProgress</name>
        <message>
            <location filename="../src/core/index/BuildProgress.h" line="+32" />
            <source>Building the index was stopped</source>
            <translation>توقف إنشاء الفهرس</translation>
        </message>
    </context>
    <context>
        <name>CatalogueEditor</name>
        <message>
            <location filename="../src/core/catalogue/CatalogueEditor.cpp" line="+92" />
            <location line="+7" />
            <source>%1: the record kept in the history is damaged</source>
            <translation>%1: السجل المحفوظ في سجل التغييرات تالف</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Initiative %1 is in the catalogue: there is nothing to restore</source>
            <translation>المبادرة %1 موجودة في الكتالوج: لا يوجد ما يمكن استعادته</translation>
        </message>
        <message>
            <location line="+7" />
            <source>history entry %1</source>
            <translation>القيد %1 في سجل التغييرات</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Initiative %1 has no delete in the history to restore from</source>
            <translation>لا يتضمن سجل التغييرات أي عملية حذف للمبادرة %1 يمكن الاستعادة منها</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Initiative %1 cannot be merged with itself</source>
            <translation>لا يمكن دمج المبادرة %1 مع نفسها</translation>
        </message>
    </context>
    <context>
        <name>CatalogueImport</name>
        <message>
            <location filename="../src/core/io/CatalogueImport.cpp" line="+29" />
            <source>Import of %1 cancelled: the catalogue is unchanged</source>
            <translation>أُلغي استيراد %1: لم يتغير الكتالوج</translation>
        </message>
        <message>
            <location line="+134" />
            <source>organisation %1 differs from the catalogue's; the catalogue's is kept</source>
            <translation>المنظمة %1 تختلف عن المنظمة الموجودة في الكتالوج؛ يُحتفظ بما في الكتالوج</translation>
        </message>
        <message>
            <location line="+37" />
            <source>organisations and sources of the file</source>
            <translation>منظمات الملف ومصادره</translation>
        </message>
        <message>
            <location line="+20" />
            <source>the catalogue already holds this record as it is</source>
            <translation>يتضمن الكتالوج هذا السجل بالفعل كما هو</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the catalogue holds a different record with this id</source>
            <translation>يتضمن الكتالوج سجلًا مختلفًا بهذا المعرِّف</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Nothing was imported from %1, as a record breaks the catalogue's rules: line %2, %3: %4</source>
            <translation>لم يُستورد شيء من %1، لأن سجلًا يخالف قواعد الكتالوج: السطر %2، %3: %4</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing was imported from %1, as a record breaks the catalogue's rules: %2: %3</source>
            <translation>لم يُستورد شيء من %1، لأن سجلًا يخالف قواعد الكتالوج: %2: %3</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source> (and %n more record(s); the import report lists each)</source>
            <translation>
                <numerusform> (ولا سجلات أخرى؛ يسرد تقرير الاستيراد كلًّا منها)</numerusform>
                <numerusform> (وسجل واحد آخر؛ يسرد تقرير الاستيراد كلًّا منها)</numerusform>
                <numerusform> (وسجلان آخران؛ يسرد تقرير الاستيراد كلًّا منها)</numerusform>
                <numerusform> (و%n سجلات أخرى؛ يسرد تقرير الاستيراد كلًّا منها)</numerusform>
                <numerusform> (و%n سجلًا آخر؛ يسرد تقرير الاستيراد كلًّا منها)</numerusform>
                <numerusform> (و%n سجل آخر؛ يسرد تقرير الاستيراد كلًّا منها)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import of %1: check the file before writing</source>
            <translation>استيراد %1: افحص الملف قبل الكتابة</translation>
        </message>
        <message>
            <location line="+75" />
            <source>conflict: the file's record taken</source>
            <translation>تعارض: أُخذ سجل الملف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>conflict: the catalogue's record kept</source>
            <translation>تعارض: احتُفظ بسجل الكتالوج</translation>
        </message>
    </context>
    <context>
        <name>CatalogueJson</name>
        <message>
            <location filename="../src/core/io/json/CatalogueJson.cpp" line="+40" />
            <location line="+389" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+31" />
            <source>%1: %2, field "%3": %4</source>
            <translation>%1: %2، الحقل "%3": %4</translation>
        </message>
        <message>
            <location line="-371" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+20" />
            <source>is missing (expected a string)</source>
            <translation>مفقود (المتوقع: سلسلة نصية)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+43" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+5" />
            <source>is a %1 (expected a string)</source>
            <translation>من النوع %1 (المتوقع: سلسلة نصية)</translation>
        </message>
        <message>
            <location line="-36" />
            <source>is empty (expected a non-empty string)</source>
            <translation>فارغ (المتوقع سلسلة نصية غير فارغة)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>holds the control character U+%1 (expected text without control characters)</source>
            <translation>يحتوي على حرف التحكم U+%1 (المتوقع نص بلا أحرف تحكم)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>is a %1 (expected an array of strings)</source>
            <translation>من النوع %1 (المتوقع: مصفوفة من السلاسل النصية)</translation>
        </message>
        <message>
            <location line="+23" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="-14" />
            <source>is a %1 (expected an array)</source>
            <translation>من النوع %1 (المتوقع: مصفوفة)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>is a %1 (expected a whole number from %2 to %3)</source>
            <translation>من النوع %1 (المتوقع: عدد صحيح من %2 إلى %3)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>is %1 (expected a whole number from %2 to %3)</source>
            <translation>قيمته %1 (المتوقع: عدد صحيح من %2 إلى %3)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>is a %1 (expected a number)</source>
            <translation>من النوع %1 (المتوقع: عدد)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not a finite number</source>
            <translation>ليس عددًا منتهيًا</translation>
        </message>
        <message>
            <location line="+16" />
            <source>is not a field of this record (expected one of: %1)</source>
            <translation>ليس حقلًا في هذا السجل (المتوقع أحد ما يلي: %1)</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+22" />
            <source>is a %1 (expected an object)</source>
            <translation>من النوع %1 (المتوقع: كائن)</translation>
        </message>
        <message>
            <location line="+93" />
            <location line="+54" />
            <source>is a %1 (expected true or false)</source>
            <translation>من النوع %1 (المتوقع: true أو false)</translation>
        </message>
        <message>
            <location line="-34" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+105" />
            <source>the top level</source>
            <translation>المستوى الأعلى</translation>
        </message>
        <message>
            <location line="+3" />
            <source>is a %1 (expected an object with "format": "ssc-catalogue")</source>
            <translation>من النوع %1 (المتوقع: كائن يتضمن "format": "ssc-catalogue")</translation>
        </message>
        <message>
            <location line="+6" />
            <source>is not "ssc-catalogue" (this is not an SSC catalogue file)</source>
            <translation>ليس "ssc-catalogue" (هذا ليس ملف كتالوج SSC)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>is missing (expected 1)</source>
            <translation>مفقود (المتوقع: 1)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>is %1, newer than this program reads (%2): update SSC Catalogue</source>
            <translation>قيمته %1، وهو إصدار أحدث مما يقرؤه هذا البرنامج (%2): حدِّث SSC Catalogue</translation>
        </message>
        <message>
            <location line="+89" />
            <source>%1: a number is out of range (%2)</source>
            <translation>%1: عدد خارج النطاق (%2)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, line %2, column %3: not valid JSON (%4)</source>
            <translation>%1، السطر %2، العمود %3: ليس JSON صالحًا (%4)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>is given twice (expected each field once; which one to keep is not clear)</source>
            <translation>مذكور مرتين (المتوقع ذكر كل حقل مرة واحدة؛ لا يُعرف أيهما يُحتفظ به)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot read %1: %2</source>
            <translation>تتعذر قراءة %1: %2</translation>
        </message>
        <message>
            <location line="+107" />
            <location line="+5" />
            <source>Cannot write %1: %2</source>
            <translation>تتعذر كتابة %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="-94" />
            <source>is "%1" (expected a UTC time such as 2026-11-29T08:30:00Z)</source>
            <translation>قيمته "%1" (المتوقع: وقت بالتوقيت العالمي المنسق UTC مثل 2026-11-29T08:30:00Z)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>is "%1" (expected add, edit, delete, restore, import or merge)</source>
            <translation>قيمته "%1" (المتوقع: add أو edit أو delete أو restore أو import أو merge)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>is a %1 (expected an initiative as an object)</source>
            <translation>من النوع %1 (المتوقع: مبادرة في صورة كائن)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>is empty (a saved search needs a name)</source>
            <translation>فارغ (يلزم اسم للبحث المحفوظ)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not a filter (expected an object)</source>
            <translation>ليس عامل تصفية (المتوقع: كائن)</translation>
        </message>
    </context>
    <context>
        <name>CatalogueSession</name>
        <message>
            <location filename="../src/gui/CatalogueSession.cpp" line="+18" />
            <source>The saved index of this catalogue was damaged; it was built again from the catalogue, which is unharmed.</source>
            <translation>كان الفهرس المحفوظ لهذا الكتالوج تالفًا؛ فأُعيد بناؤه من الكتالوج، وهو سليم.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueStore</name>
        <message>
            <location filename="../src/core/index/IndexedQuerySaved.cpp" line="+124" />
            <location line="+18" />
            <source>Cannot save %1: %2</source>
            <translation>يتعذر حفظ %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/BulkLoad.cpp" line="+12" />
            <location filename="../src/core/storage/CatalogueStore.cpp" line="+268" />
            <location filename="../src/core/storage/CatalogueWrites.cpp" line="+30" />
            <source>Cannot write to %1: %2</source>
            <translation>تتعذر الكتابة في %1: %2</translation>
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
            <translation>تتعذر قراءة %1: %2</translation>
        </message>
        <message>
            <location line="+42" />
            <source>A record cannot be a duplicate of itself (%1)</source>
            <translation>لا يمكن أن يكون السجل مكررًا لنفسه (%1)</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueHistory.cpp" line="+117" />
            <source>Initiative %1 already exists in the catalogue</source>
            <translation>المبادرة %1 موجودة بالفعل في الكتالوج</translation>
        </message>
        <message>
            <location line="+78" />
            <source>The history of %1 has an unknown action "%2" (entry %3)</source>
            <translation>يتضمن سجل تغييرات %1 إجراءً غير معروف "%2" (القيد %3)</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueImportSink.cpp" line="+53" />
            <source>Could not replace initiative %1: %2</source>
            <translation>تعذر استبدال المبادرة %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueStore.cpp" line="-319" />
            <source>%1 is a folder, not a catalogue file</source>
            <translation>%1 مجلد، وليس ملف كتالوج</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 cannot be read (permission denied)</source>
            <translation>تتعذر قراءة %1 (تم رفض الإذن)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is read-only: SSC Catalogue needs to write to its catalogue. Copy it to a folder you can write to, or make it writable.</source>
            <translation>%1 للقراءة فقط: يحتاج SSC Catalogue إلى الكتابة في الكتالوج الخاص به. انسخه إلى مجلد يمكنك الكتابة فيه، أو اجعله قابلًا للكتابة.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is empty (0 bytes), not an SSC catalogue; it was left as it is. To start a new catalogue, give a file name that does not exist yet.</source>
            <translation>%1 فارغ (0 بايت)، وليس فهرس SSC؛ وقد تُرك كما هو. لبدء فهرس جديد، أعطِ اسم ملف غير موجود بعد.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 cannot be read: %2</source>
            <translation>تتعذر قراءة %1: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not an SSC catalogue (it is not an SQLite database)</source>
            <translation>%1 ليس كتالوج SSC (فهو ليس قاعدة بيانات SQLite)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The folder of %1 is read-only: SSC Catalogue needs to write beside its catalogue.</source>
            <translation>مجلد %1 للقراءة فقط: يحتاج SSC Catalogue إلى الكتابة بجوار الكتالوج الخاص به.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 does not exist</source>
            <translation>%1 غير موجود</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot create %1: the folder %2 does not exist</source>
            <translation>يتعذر إنشاء %1: المجلد %2 غير موجود</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Cannot open %1: %2</source>
            <translation>يتعذر فتح %1: %2</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+35" />
            <location line="+234" />
            <source>Cannot configure %1: %2</source>
            <translation>تتعذر تهيئة %1: %2</translation>
        </message>
        <message>
            <location line="-261" />
            <source>%1 is not an SSC catalogue (%2)</source>
            <translation>%1 ليس كتالوج SSC (%2)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is an SQLite database but not an SSC catalogue</source>
            <translation>%1 قاعدة بيانات SQLite ولكنه ليس كتالوج SSC</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is damaged: its schema version is %2, which no SSC Catalogue writes</source>
            <translation>%1 تالف: إصدار مخططه هو %2، ولا يكتب أي SSC Catalogue هذا الإصدار</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 was made by a newer SSC Catalogue (schema version %2; this program knows up to %3). Update the program to open it.</source>
            <translation>أُنشئ %1 بإصدار أحدث من SSC Catalogue (إصدار المخطط %2؛ ويعرف هذا البرنامج الإصدارات حتى %3). حدِّث البرنامج لفتحه.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Cannot upgrade %1: %2</source>
            <translation>تتعذر ترقية %1: %2</translation>
        </message>
        <message>
            <location line="+27" />
            <source>No initiative "%1" in %2</source>
            <translation>لا توجد مبادرة "%1" في %2</translation>
        </message>
        <message>
            <location line="+173" />
            <location filename="../src/core/storage/SqlQueryEngine.cpp" line="+2" />
            <source>the catalogue</source>
            <translation>الكتالوج</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot finish writing %1: %2</source>
            <translation>يتعذر إكمال كتابة %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueWrites.cpp" line="+13" />
            <source>Cannot write to %1: another program has been writing to it for %2 seconds (an import, perhaps). Nothing was written; try again when it has finished.</source>
            <translation>تتعذر الكتابة في %1: برنامج آخر يكتب فيه منذ %2 ثانية (ربما عملية استيراد). لم يُكتب شيء؛ أعد المحاولة عندما ينتهي.</translation>
        </message>
        <message>
            <location line="+95" />
            <source>Cancelled; nothing was written to %1</source>
            <translation>أُلغيت العملية؛ لم يُكتب أي شيء في %1</translation>
        </message>
        <message>
            <location filename="../src/core/storage/ParallelTextIndex.cpp" line="+180" />
            <source>Cannot build the full-text index in %1: %2</source>
            <translation>يتعذر إنشاء فهرس النص الكامل في %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/ReferenceTableWriter.cpp" line="+24" />
            <source>Cannot write reference data to %1: %2</source>
            <translation>تتعذر كتابة البيانات المرجعية في %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/SavedSearches.cpp" line="+23" />
            <source>A saved search needs a name</source>
            <translation>يلزم اسم للبحث المحفوظ</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1: the saved search "%2" is damaged</source>
            <translation>%1: البحث المحفوظ "%2" تالف</translation>
        </message>
        <message>
            <location line="+30" />
            <source>There is already a saved search "%1"</source>
            <translation>يوجد بالفعل بحث محفوظ باسم "%1"</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+15" />
            <source>There is no saved search "%1"</source>
            <translation>لا يوجد بحث محفوظ باسم "%1"</translation>
        </message>
    </context>
    <context>
        <name>CatalogueValidator</name>
        <message>
            <location filename="../src/core/domain/CatalogueValidator.cpp" line="+26" />
            <source>%1, field "%2": %3</source>
            <translation>%1، الحقل "%2": %3</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source> (and %n more problem(s))</source>
            <translation>
                <numerusform> (ولا توجد مشكلات أخرى)</numerusform>
                <numerusform> (ومشكلة أخرى واحدة)</numerusform>
                <numerusform> (ومشكلتان أخريان)</numerusform>
                <numerusform> (و%n مشكلات أخرى)</numerusform>
                <numerusform> (و%n مشكلة أخرى)</numerusform>
                <numerusform> (و%n مشكلة أخرى)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+22" />
            <source>is missing (expected one of: %1)</source>
            <translation>مفقود (المتوقع أحد ما يلي: %1)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>unknown %1 "%2" (expected one of: %3)</source>
            <translation>قيمة غير معروفة لـ %1 "%2" (المتوقع أحد ما يلي: %3)</translation>
        </message>
        <message>
            <location line="+53" />
            <source>"%1" is not a valid id (expected letters, digits, . _ : -)</source>
            <translation>"%1" ليس معرِّفًا صالحًا (المتوقع: حروف وأرقام و. _ : -)</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+27" />
            <location line="+34" />
            <source>duplicate id "%1"</source>
            <translation>معرِّف مكرر "%1"</translation>
        </message>
        <message>
            <location line="-57" />
            <source>is missing (expected the document's title)</source>
            <translation>مفقود (المتوقع: عنوان الوثيقة)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" is not a web address (expected http:// or https://)</source>
            <translation>"%1" ليس عنوانًا على الويب (المتوقع: http:// أو https://)</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+65" />
            <source>"%1" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)</source>
            <translation>"%1" ليس تاريخًا (المتوقع: YYYY أو YYYY-MM أو YYYY-MM-DD)</translation>
        </message>
        <message>
            <location line="-52" />
            <location line="+33" />
            <source>"%1" is not a valid id (expected letters, digits, . _ : / -)</source>
            <translation>"%1" ليس معرِّفًا صالحًا (المتوقع: حروف وأرقام و. _ : / -)</translation>
        </message>
        <message>
            <location line="-27" />
            <source>is missing (expected the organisation's name)</source>
            <translation>مفقود (المتوقع: اسم المنظمة)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+57" />
            <source>unknown country code "%1" (expected an ISO 3166-1 alpha-2 code such as "ET")</source>
            <translation>رمز بلد غير معروف "%1" (المتوقع: رمز ISO 3166-1 alpha-2 مثل "ET")</translation>
        </message>
        <message>
            <location line="-53" />
            <location line="+152" />
            <source>cites a source twice</source>
            <translation>يذكر مصدرًا واحدًا مرتين</translation>
        </message>
        <message>
            <location line="-147" />
            <location line="+152" />
            <source>source "%1" is not in the file or the catalogue</source>
            <translation>المصدر "%1" غير موجود في الملف ولا في الكتالوج</translation>
        </message>
        <message>
            <location line="-133" />
            <source>is missing (expected a title)</source>
            <translation>مفقود (المتوقع: عنوان)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>lists a modality twice</source>
            <translation>يذكر طريقة التعاون نفسها مرتين</translation>
        </message>
        <message>
            <location line="+9" />
            <source>is missing while an end date is given</source>
            <translation>مفقود في حين أن تاريخ الانتهاء مذكور</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is before the start "%2"</source>
            <translation>"%1" يسبق تاريخ البدء "%2"</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 is not a share (expected 0 to 100)</source>
            <translation>%1 ليست نسبة صالحة (المتوقع: من 0 إلى 100)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+24" />
            <source>lists %1 as %2 twice</source>
            <translation>يذكر %1 بدور %2 مرتين</translation>
        </message>
        <message>
            <location line="-18" />
            <source>unknown programme area "%1" (expected an id from data/programme-areas.json such as "health")</source>
            <translation>مجال برنامجي غير معروف "%1" (المتوقع: معرِّف من data/programme-areas.json مثل "health")</translation>
        </message>
        <message>
            <location line="+5" />
            <source>lists an area twice</source>
            <translation>يذكر المجال نفسه مرتين</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+14" />
            <source>organisation "%1" is not in the file or the catalogue</source>
            <translation>المنظمة "%1" غير موجودة في الملف ولا في الكتالوج</translation>
        </message>
        <message>
            <location line="+4" />
            <source>is missing (an amount needs an ISO 4217 currency such as "USD")</source>
            <translation>مفقود (يلزم للمبلغ رمز عملة وفق ISO 4217 مثل "USD")</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unknown currency "%1" (expected an ISO 4217 code such as "USD")</source>
            <translation>عملة غير معروفة "%1" (المتوقع: رمز ISO 4217 مثل "USD")</translation>
        </message>
        <message>
            <location line="+3" />
            <source>is negative</source>
            <translation>قيمة سالبة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a plausible year (expected 1900-2100)</source>
            <translation>%1 ليست سنة معقولة (المتوقع: 1900-2100)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"%1" is not an SDG (expected a goal 1-17 or a target such as "3.2")</source>
            <translation>"%1" ليس من أهداف التنمية المستدامة (المتوقع: هدف من 1 إلى 17 أو غاية مثل "3.2")</translation>
        </message>
        <message>
            <location line="+5" />
            <source>lists "%1" twice</source>
            <translation>يذكر "%1" مرتين</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+14" />
            <source>"%1" is not a language code (expected ISO 639-1 such as "fr")</source>
            <translation>"%1" ليس رمز لغة (المتوقع: رمز ISO 639-1 مثل "fr")</translation>
        </message>
        <message>
            <location line="-5" />
            <source>"%1" is not a translated field (expected title, summary or description)</source>
            <translation>"%1" ليس حقلًا قابلًا للترجمة (المتوقع: title أو summary أو description)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>is empty</source>
            <translation>فارغ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>gives the %1 in %2 twice</source>
            <translation>يذكر %1 باللغة %2 مرتين</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is empty (every record must cite at least one source)</source>
            <translation>فارغ (يجب أن يذكر كل سجل مصدرًا واحدًا على الأقل)</translation>
        </message>
    </context>
    <context>
        <name>ChangeBundle</name>
        <message>
            <location filename="../src/core/team/ChangeBundle.cpp" line="+68" />
            <source>%1 is not a copy of a team catalogue: give --since DATE</source>
            <translation>%1 ليس نسخة من كتالوج فريق: حدِّد --since DATE</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+3" />
            <source>Cannot write %1: %2</source>
            <translation>تتعذر كتابة %1: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot read %1: %2</source>
            <translation>تتعذر قراءة %1: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>not a change bundle (expected "format": "%1")</source>
            <translation>ليس حزمة تغييرات (المتوقع: "format": "%1")</translation>
        </message>
        <message>
            <location line="+5" />
            <source>a change bundle of another version (this program reads %1)</source>
            <translation>حزمة تغييرات من إصدار آخر (يقرأ هذا البرنامج الإصدار %1)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>field "changes" is not a list</source>
            <translation>الحقل "changes" ليس قائمة</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1, field "id": is missing (expected a string)</source>
            <translation>%1، الحقل "id": مفقود (المتوقع: سلسلة نصية)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field "%2": expected a record or null</source>
            <translation>%1، الحقل "%2": المتوقع سجل أو null</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field "author": expected text</source>
            <translation>%1، الحقل "author": المتوقع نص</translation>
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
            <translation>add: حدِّد ملفًا واحدًا للمبادرات بتنسيق الكتالوج (JSON)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>add: %1 has no initiatives to add</source>
            <translation>add: لا يتضمن %1 أي مبادرات لإضافتها</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Added %n initiative(s)</source>
            <translation>
                <numerusform>لم تُضَف أي مبادرة</numerusform>
                <numerusform>أُضيفت مبادرة واحدة</numerusform>
                <numerusform>أُضيفت مبادرتان</numerusform>
                <numerusform>أُضيفت %n مبادرات</numerusform>
                <numerusform>أُضيفت %n مبادرة</numerusform>
                <numerusform>أُضيفت %n مبادرة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>add FILE       add the initiatives of a catalogue file (JSON) as new</source>
            <translation>add FILE       إضافة مبادرات ملف كتالوج (JSON) بوصفها مبادرات جديدة</translation>
        </message>
        <message>
            <location filename="../src/cli/Command.cpp" line="+46" />
            <source>The password comes from ~/.pgpass (a line host:port:database:user:password, readable by you alone) or from PGPASSWORD; the window's File &gt; Team Catalogue &gt; Connect can keep it there.</source>
            <translation>تؤخذ كلمة المرور من ~/.pgpass (سطر بالصيغة host:port:database:user:password، لا يقرؤه أحد غيرك) أو من PGPASSWORD؛ ويمكن للأمر ملف &gt; كتالوج الفريق &gt; اتصال في النافذة حفظها هناك.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Name recorded in the history (default: the name in the window's preferences, else your account name).</source>
            <translation>الاسم المسجل في سجل التغييرات (الافتراضي: الاسم الوارد في تفضيلات النافذة، وإلا فاسم حسابك).</translation>
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
            <translation>المخرجات: table (الافتراضي) أو json أو csv.</translation>
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
            <translation>--format: تنسيق غير معروف "%1" (المتوقع: table أو json أو csv)</translation>
        </message>
        <message>
            <location filename="../src/cli/CommandLine.cpp" line="+26" />
            <source> or </source>
            <translation> أو </translation>
        </message>
        <message>
            <location line="+32" />
            <source>Usage: ssc-catalogue [COMMAND] [OPTIONS]
With no command, opens the window.

Commands:
</source>
            <translation>الاستخدام: ssc-catalogue [COMMAND] [OPTIONS]
بدون أمر، تُفتح النافذة.

الأوامر:
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
يقبل كل أمر الخيار --db PATH (الافتراضي: الكتالوج الخاص بك في مجلد بيانات المستخدم).
شغِّل `ssc-catalogue COMMAND --help` لعرض خياراته.
رموز الخروج: 0 نجاح، 1 خطأ في الاستخدام أو المدخلات، 2 خطأ في الكتالوج.
</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--lang CODE, before or after the command, writes messages and reports in that language (%1; default: the system's).
</source>
            <translation>--lang CODE، قبل الأمر أو بعده، يكتب الرسائل والتقارير بتلك اللغة (%1؛ الافتراضي: لغة النظام).
</translation>
        </message>
        <message>
            <location line="+23" />
            <source>unknown command "%1" (expected %2; see --help)</source>
            <translation>أمر غير معروف "%1" (المتوقع: %2؛ راجع --help)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ssc-catalogue %1</source>
            <translation>ssc-catalogue %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Catalogue file to use.</source>
            <translation>ملف الكتالوج المراد استخدامه.</translation>
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
            <translation>انظر أعلاه.</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (see ssc-catalogue %1 --help)</source>
            <translation> (راجع ssc-catalogue %1 --help)</translation>
        </message>
        <message>
            <location filename="../src/cli/DeleteCommand.cpp" line="+24" />
            <source>delete: give the IDs of the initiatives</source>
            <translation>delete: حدِّد معرِّفات المبادرات</translation>
        </message>
        <message>
            <location line="+6" />
            <source>delete: no initiative "%1" in %2; nothing was deleted</source>
            <translation>delete: لا توجد مبادرة "%1" في %2؛ لم يُحذف أي شيء</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Deleted %n initiative(s)</source>
            <translation>
                <numerusform>لم تُحذف أي مبادرة</numerusform>
                <numerusform>حُذفت مبادرة واحدة</numerusform>
                <numerusform>حُذفت مبادرتان</numerusform>
                <numerusform>حُذفت %n مبادرات</numerusform>
                <numerusform>حُذفت %n مبادرة</numerusform>
                <numerusform>حُذفت %n مبادرة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>restore: give the ID of a deleted initiative</source>
            <translation>restore: حدِّد معرِّف مبادرة محذوفة</translation>
        </message>
        <message>
            <location line="+6" />
            <source>restore: %1</source>
            <translation>restore: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restored %1</source>
            <translation>تمت استعادة %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>delete ID...   delete initiatives (all or none)</source>
            <translation>delete ID...   حذف مبادرات (جميعها أو لا شيء)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>restore ID     bring back a deleted initiative as it was</source>
            <translation>restore ID     إعادة مبادرة محذوفة كما كانت</translation>
        </message>
        <message>
            <location filename="../src/cli/DuplicatesCommand.cpp" line="+29" />
            <source>Only pairs scoring N or more, 0 to 100 (default 60).</source>
            <translation>الأزواج التي تبلغ درجتها N أو أكثر فقط، من 0 إلى 100 (الافتراضي 60).</translation>
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
            <translation>duplicates: لا يقبل أي وسيطات</translation>
        </message>
        <message>
            <location line="+6" />
            <source>duplicates: --min-score takes a number from 0 to 100, not "%1"</source>
            <translation>duplicates: يقبل --min-score عددًا من 0 إلى 100، وليس "%1"</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Score</source>
            <translation>الدرجة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>First</source>
            <translation>الأول</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <location filename="../src/cli/HistoryCommand.cpp" line="+77" />
            <location filename="../src/cli/ListCommand.cpp" line="-25" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Second</source>
            <translation>الثاني</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No likely duplicates</source>
            <translation>لا توجد سجلات يُرجَّح أنها مكررة</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Which record's value a field takes: FIELD=kept, FIELD=other or (lists) FIELD=both. By default lists are united and other fields are the kept record's unless it has none.</source>
            <translation>قيمة أي السجلين يأخذها الحقل: FIELD=kept أو FIELD=other أو (للقوائم) FIELD=both. افتراضيًا تُوحَّد القوائم، وتؤخذ الحقول الأخرى من السجل المحتفظ به ما لم تكن فارغة فيه.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>FIELD=WHICH</source>
            <translation>FIELD=WHICH</translation>
        </message>
        <message>
            <location line="+17" />
            <source>merge: --take names a field of %1, not "%2"</source>
            <translation>merge: يحدد --take حقلًا من حقول %1، وليس "%2"</translation>
        </message>
        <message>
            <location line="+10" />
            <source>merge: --take %1= takes kept, other%2, not "%3"</source>
            <translation>merge: يقبل --take %1= القيمة kept أو other%2، وليس "%3"</translation>
        </message>
        <message>
            <location line="+1" />
            <source> or both</source>
            <translation> أو both</translation>
        </message>
        <message>
            <location line="+11" />
            <source>merge: give the ID of the record to keep and of the one to merge into it</source>
            <translation>merge: حدِّد معرِّف السجل المراد الاحتفاظ به ومعرِّف السجل المراد دمجه فيه</translation>
        </message>
        <message>
            <location line="+13" />
            <source>merge: %1; nothing was merged</source>
            <translation>merge: %1؛ لم يُدمج أي شيء</translation>
        </message>
        <message>
            <location line="+7" />
            <source>merge: %1</source>
            <translation>merge: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merged %1 into %2; %1 now finds %2</source>
            <translation>دُمج %1 في %2؛ ويؤدي %1 الآن إلى %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>merge KEEP OTHER  make two records one under KEEP (--take FIELD=other)</source>
            <translation>merge KEEP OTHER  جعل سجلين سجلًا واحدًا تحت KEEP (--take FIELD=other)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>duplicates     likely duplicate records, best first (--min-score N)</source>
            <translation>duplicates     السجلات التي يُرجَّح أنها مكررة، الأرجح أولًا (--min-score N)</translation>
        </message>
        <message>
            <location filename="../src/cli/EditCommand.cpp" line="+26" />
            <source>Give FIELD this value (repeatable; an empty value clears it). Fields: %1.</source>
            <translation>إسناد هذه القيمة إلى FIELD (قابل للتكرار؛ القيمة الفارغة تمحوه). الحقول: %1.</translation>
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
            <translation>إضافة قيمة إلى حقل قائمة: country=ET:recipient، partner=ORG:implementer، area=nutrition، sdg=3، modality=...، source=... (قابل للتكرار).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove a value from a list field (repeatable).</source>
            <translation>إزالة قيمة من حقل قائمة (قابل للتكرار).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>edit: give one initiative ID and --set, --add or --remove</source>
            <translation>edit: حدِّد معرِّف مبادرة واحدة والخيار --set أو --add أو --remove</translation>
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
            <translation>edit: لا يوجد ما يُغيَّر؛ حدِّد --set أو --add أو --remove</translation>
        </message>
        <message>
            <location line="+13" />
            <source>edit %1: %2</source>
            <translation>edit %1: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1: nothing changed</source>
            <translation>%1: لم يتغير شيء</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: changed %2</source>
            <translation>%1: تم تغيير %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>edit ID        change fields: --set FIELD=VALUE, --add, --remove</source>
            <translation>edit ID        تغيير الحقول: --set FIELD=VALUE، --add، --remove</translation>
        </message>
        <message>
            <location filename="../src/cli/ExportCommand.cpp" line="-54" />
            <source>export: give one FILE to write</source>
            <translation>export: حدِّد ملفًا واحدًا FILE للكتابة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>export: %1 is the catalogue itself; choose another file</source>
            <translation>export: %1 هو الكتالوج نفسه؛ اختر ملفًا آخر</translation>
        </message>
        <message>
            <location line="+7" />
            <source>export: --format %1 is not supported (expected %2)</source>
            <translation>export: التنسيق --format %1 غير مدعوم (المتوقع: %2)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Exported %1 initiatives to %2 as IATI 2.03.</source>
            <translation>عدد المبادرات المُصدَّرة إلى %2 بتنسيق IATI 2.03: %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported %1 initiatives to %2 as CSV.</source>
            <translation>عدد المبادرات المُصدَّرة إلى %2 بتنسيق CSV: %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported %1 initiatives to %2.</source>
            <translation>عدد المبادرات المُصدَّرة إلى %2: %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left out %1 that IATI cannot hold:</source>
            <translation>المبادرات المستبعدة لأن IATI لا يمكنه استيعابها (%1):</translation>
        </message>
        <message>
            <location line="+10" />
            <source>File format: json (default), iati or csv.</source>
            <translation>تنسيق الملف: json (الافتراضي) أو iati أو csv.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>IATI: the publisher's organisation identifier (reporting-org ref).</source>
            <translation>IATI: معرِّف المنظمة الناشرة (reporting-org ref).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>REF</source>
            <translation>REF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI: the publisher's OrganisationType code, such as 40.</source>
            <translation>IATI: رمز OrganisationType للمنظمة الناشرة، مثل 40.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CODE</source>
            <translation>CODE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI: the publisher's name (default: the catalogue's name).</source>
            <translation>IATI: اسم المنظمة الناشرة (الافتراضي: اسم الكتالوج).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>export FILE    write the catalogue (or the filtered part) as JSON, IATI XML or CSV</source>
            <translation>export FILE    كتابة الكتالوج (أو الجزء المُصفّى منه) بتنسيق JSON أو IATI XML أو CSV</translation>
        </message>
        <message>
            <location filename="../src/cli/FacetsCommand.cpp" line="+42" />
            <source>--facet: unknown facet "%1" (expected one of: %2)</source>
            <translation>--facet: فئة تصفية غير معروفة "%1" (المتوقع أحد ما يلي: %2)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Facet</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/cli/ShowCommand.cpp" line="+61" />
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Count</source>
            <translation>العدد</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 initiatives match</source>
            <translation>عدد المبادرات المطابقة: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Only this facet (country, region, programme-area, partner, ...).</source>
            <translation>هذه الفئة فقط (country، region، programme-area، partner، ...).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FACET</source>
            <translation>FACET</translation>
        </message>
        <message>
            <location line="+7" />
            <source>facets         count initiatives per country, area, partner, ... under the filter</source>
            <translation>facets         عدد المبادرات حسب البلد والمجال والشريك... ضمن عامل التصفية</translation>
        </message>
        <message>
            <location filename="../src/cli/GenerateCommand.cpp" line="-57" />
            <source>generate: give the new catalogue's --db PATH</source>
            <translation>generate: حدِّد --db PATH للكتالوج الجديد</translation>
        </message>
        <message>
            <location line="+3" />
            <source>generate: %1 already exists; give a new file</source>
            <translation>generate: %1 موجود بالفعل؛ حدِّد ملفًا جديدًا</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--initiatives: expected a number of initiatives, such as 1000000</source>
            <translation>--initiatives: المتوقع عدد المبادرات، مثل 1000000</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--seed: expected a whole number</source>
            <translation>--seed: المتوقع عدد صحيح</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 of %2 initiatives written</source>
            <translation>تمت كتابة %1 من أصل %2 مبادرة</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot create %1</source>
            <translation>يتعذر إنشاء %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Generated %1 synthetic initiatives (seed %2) into %3 in %4 s.</source>
            <translation>أُنشئت مبادرات اصطناعية عددها %1 (البذرة %2) في %3 خلال %4 ث.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>How many initiatives to generate.</source>
            <translation>عدد المبادرات المراد إنشاؤها.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Seed: the same seed gives the same catalogue.</source>
            <translation>البذرة: تعطي البذرة نفسها الكتالوج نفسه.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <location line="+8" />
            <source>generate       write a synthetic catalogue: --initiatives N --db PATH [--seed S]</source>
            <translation>generate       كتابة كتالوج اصطناعي: --initiatives N --db PATH [--seed S]</translation>
        </message>
        <message>
            <location filename="../src/cli/HistoryCommand.cpp" line="-81" />
            <source>Only changes on or after DATE (YYYY-MM-DD, or with a time: YYYY-MM-DDTHH:MM, UTC).</source>
            <translation>التغييرات في DATE أو بعده فقط (YYYY-MM-DD، أو مع الوقت: YYYY-MM-DDTHH:MM، بالتوقيت العالمي المنسق UTC).</translation>
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
            <translation>N من التغييرات كحد أقصى (الافتراضي 100).</translation>
        </message>
        <message>
            <location line="+22" />
            <source>history: give at most one initiative ID</source>
            <translation>history: حدِّد معرِّف مبادرة واحدة على الأكثر</translation>
        </message>
        <message>
            <location line="+7" />
            <source>history: --limit takes a number of 1 or more, not "%1"</source>
            <translation>history: يقبل --limit عددًا يساوي 1 أو أكثر، وليس "%1"</translation>
        </message>
        <message>
            <location line="+9" />
            <source>history: --since takes a date as YYYY-MM-DD, not "%1"</source>
            <translation>history: يقبل --since تاريخًا بالصيغة YYYY-MM-DD، وليس "%1"</translation>
        </message>
        <message>
            <location line="+39" />
            <source>When (UTC)</source>
            <translation>التاريخ والوقت (UTC)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>المستخدم</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>السجل</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>الحقول المُغيَّرة</translation>
        </message>
        <message>
            <location line="+22" />
            <source>No changes recorded</source>
            <translation>لا توجد تغييرات مسجلة</translation>
        </message>
        <message>
            <location line="+11" />
            <source>history [ID]   who changed what and when (--since DATE, --format)</source>
            <translation>history [ID]   من غيَّر ماذا ومتى (--since DATE، --format)</translation>
        </message>
        <message>
            <location filename="../src/cli/ImportCommand.cpp" line="+133" />
            <source>import FILE    add an IATI activity file, a CSV file or a catalogue file (JSON)</source>
            <translation>import FILE    إضافة ملف أنشطة IATI أو ملف CSV أو ملف كتالوج (JSON)</translation>
        </message>
        <message>
            <location filename="../src/cli/InitiativeText.cpp" line="+30" />
            <location filename="../src/cli/ListCommand.cpp" line="+0" />
            <location filename="../src/cli/TeamCommands.cpp" line="-40" />
            <source>ID</source>
            <translation>المعرِّف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>IATI identifier</source>
            <translation>معرِّف IATI</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/cli/ListCommand.cpp" line="+1" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity type</source>
            <translation>نوع النشاط</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start</source>
            <translation>البدء</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End</source>
            <translation>الانتهاء</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Modalities</source>
            <translation>طرائق التعاون</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../src/cli/ListCommand.cpp" line="-1" />
            <source>Programme areas</source>
            <translation>المجالات البرنامجية</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Partner</source>
            <translation>الشريك</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../src/cli/ListCommand.cpp" line="+1" />
            <source>Funding</source>
            <translation>التمويل</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SDGs</source>
            <translation>أهداف التنمية المستدامة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beneficiaries</source>
            <translation>المستفيدون</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results</source>
            <translation>النتائج</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>الملخص</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <location filename="../src/cli/ListCommand.cpp" line="-64" />
            <source>--sort: unknown column "%1" (expected title, countries, areas, partners, funding, years, status, type or id)</source>
            <translation>--sort: عمود غير معروف "%1" (المتوقع: title أو countries أو areas أو partners أو funding أو years أو status أو type أو id)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--limit: expected a whole number, 0 for all</source>
            <translation>--limit: المتوقع عدد صحيح، و0 للكل</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--offset: expected a whole number</source>
            <translation>--offset: المتوقع عدد صحيح</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Countries</source>
            <translation>البلدان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partners</source>
            <translation>الشركاء</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Years</source>
            <translation>السنوات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 of %2 initiatives</source>
            <translation>%1 من أصل %2 مبادرة</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Sort by title, countries, areas, partners, funding, years, status, type or id.</source>
            <translation>الفرز حسب title أو countries أو areas أو partners أو funding أو years أو status أو type أو id.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>COLUMN</source>
            <translation>COLUMN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sort in descending order.</source>
            <translation>الفرز بترتيب تنازلي.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At most N rows (default 50; 0 for all).</source>
            <translation>N من الصفوف كحد أقصى (الافتراضي 50؛ و0 للكل).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skip the first N rows.</source>
            <translation>تخطي أول N من الصفوف.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>list           list initiatives matching the filter flags</source>
            <translation>list           سرد المبادرات المطابقة لخيارات التصفية</translation>
        </message>
        <message>
            <location filename="../src/cli/ReportCommand.cpp" line="-20" />
            <source>pdf, html, md, csv, xlsx or json (default: from the file name).</source>
            <translation>pdf أو html أو md أو csv أو xlsx أو json (الافتراضي: حسب اسم الملف).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The report file to write.</source>
            <translation>ملف التقرير المراد كتابته.</translation>
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
            <translation>عنوان التقرير (الافتراضي: وصف عامل التصفية بالكلمات).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TITLE</source>
            <translation>TITLE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An image drawn at the top of the first page (PDF, HTML).</source>
            <translation>صورة تُرسم أعلى الصفحة الأولى (PDF، HTML).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A paragraph under the title (PDF, HTML).</source>
            <translation>فقرة أسفل العنوان (PDF، HTML).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sections to include, comma-separated: headline, breakdowns, charts, initiatives, sources (default: all).</source>
            <translation>الأقسام المراد تضمينها، مفصولة بفواصل: headline, breakdowns, charts, initiatives, sources (الافتراضي: جميعها).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>LIST</source>
            <translation>LIST</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF paper size: a4 (default) or letter.</source>
            <translation>حجم ورق PDF: a4 (الافتراضي) أو letter.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>SIZE</source>
            <translation>SIZE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF in landscape orientation.</source>
            <translation>PDF في الاتجاه الأفقي.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List at most N initiatives, or "all" (default: 1000 in PDF, HTML and Markdown, all in CSV, XLSX and JSON). The figures always cover every initiative.</source>
            <translation>سرد N من المبادرات كحد أقصى، أو "all" (الافتراضي: 1000 في PDF وHTML وMarkdown، وجميعها في CSV وXLSX وJSON). تشمل الأرقام دائمًا كل المبادرات.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>report: give the file to write with --output FILE</source>
            <translation>report: حدِّد الملف المراد كتابته باستخدام --output FILE</translation>
        </message>
        <message>
            <location line="+6" />
            <source>report: cannot tell the format from "%1"</source>
            <translation>report: يتعذر تحديد التنسيق من "%1"</translation>
        </message>
        <message>
            <location line="+1" />
            <source>report: unknown --format "%1"</source>
            <translation>report: قيمة --format غير معروفة "%1"</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (expected %1)</source>
            <translation> (المتوقع: %1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>report: %1 needs the graphical libraries</source>
            <translation>report: يحتاج %1 إلى المكتبات الرسومية</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--logo: "%1" is not an image that can be read</source>
            <translation>--logo: "%1" ليس صورة يمكن قراءتها</translation>
        </message>
        <message>
            <location line="+17" />
            <source>--sections: unknown section "%1" (expected headline, breakdowns, charts, initiatives or sources)</source>
            <translation>--sections: قسم غير معروف "%1" (المتوقع: headline أو breakdowns أو charts أو initiatives أو sources)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--paper: expected a4 or letter, not "%1"</source>
            <translation>--paper: المتوقع a4 أو letter، وليس "%1"</translation>
        </message>
        <message>
            <location line="+16" />
            <source>--list-limit: expected a number of initiatives or "all", not "%1"</source>
            <translation>--list-limit: المتوقع عدد من المبادرات أو "all"، وليس "%1"</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Wrote a report on %1 initiatives to %2 in %3 s.</source>
            <translation>كُتب تقرير عن المبادرات (عددها %1) في %2 خلال %3 ث.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>report         write a summary report of the filtered initiatives: --output FILE
                 (PDF, HTML, Markdown, CSV, XLSX or JSON, from the extension)</source>
            <translation>report         كتابة تقرير موجز عن المبادرات المُصفّاة: --output FILE
                 (PDF أو HTML أو Markdown أو CSV أو XLSX أو JSON، حسب الامتداد)</translation>
        </message>
        <message>
            <location filename="../src/cli/ShowCommand.cpp" line="-29" />
            <source>show: give one initiative ID (see `ssc-catalogue list`)</source>
            <translation>show: حدِّد معرِّف مبادرة واحدة (راجع `ssc-catalogue list`)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>show: no initiative "%1" in %2</source>
            <translation>show: لا توجد مبادرة "%1" في %2</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../src/cli/TeamCommands.cpp" line="-41" />
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <location line="+14" />
            <source>show ID        everything about one initiative</source>
            <translation>show ID        كل المعلومات عن مبادرة واحدة</translation>
        </message>
        <message>
            <location filename="../src/cli/TeamCommands.cpp" line="-114" />
            <source>The team catalogue's PostgreSQL database, as libpq takes it: postgresql://user@host:port/dbname?sslmode=prefer. The password comes from ~/.pgpass or PGPASSWORD.</source>
            <translation>قاعدة بيانات PostgreSQL لكتالوج الفريق، بالصيغة التي تقبلها libpq: postgresql://user@host:port/dbname?sslmode=prefer. تؤخذ كلمة المرور من ~/.pgpass أو PGPASSWORD.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Publish this local catalogue to the new team catalogue; it becomes a copy that syncs.</source>
            <translation>نشر هذا الكتالوج المحلي في كتالوج الفريق الجديد؛ فيصبح نسخة تخضع للمزامنة.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Note: the connection to the team catalogue is not encrypted (no TLS); use sslmode=require where the network is not trusted.</source>
            <translation>ملاحظة: الاتصال بكتالوج الفريق غير مشفَّر (بدون TLS)؛ استخدم sslmode=require حيث لا تكون الشبكة موثوقة.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Received %1, sent %2, merged %3, in conflict %4</source>
            <translation>المستلَمة: %1، المرسَلة: %2، المدمجة: %3، المتعارضة: %4</translation>
        </message>
        <message>
            <location line="+7" />
            <source>See them with `ssc-catalogue conflicts`; settle each with `ssc-catalogue resolve ID FIELD --mine|--theirs`.</source>
            <translation>اعرضها باستخدام `ssc-catalogue conflicts`؛ وسوِّ كلًّا منها باستخدام `ssc-catalogue resolve ID FIELD --mine|--theirs`.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>server: the only action is `server init`</source>
            <translation>server: الإجراء الوحيد المتاح هو `server init`</translation>
        </message>
        <message>
            <location line="+2" />
            <source>server init: give --server URL</source>
            <translation>server init: حدِّد --server URL</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Created the team catalogue</source>
            <translation>أُنشئ كتالوج الفريق</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Published %n initiative(s) from %1; it is now a copy that syncs</source>
            <translation>
                <numerusform>لم تُنشر أي مبادرة من %1؛ وأصبح الآن نسخة تخضع للمزامنة</numerusform>
                <numerusform>نُشرت مبادرة واحدة من %1؛ وأصبح الآن نسخة تخضع للمزامنة</numerusform>
                <numerusform>نُشرت مبادرتان من %1؛ وأصبح الآن نسخة تخضع للمزامنة</numerusform>
                <numerusform>نُشرت %n مبادرات من %1؛ وأصبح الآن نسخة تخضع للمزامنة</numerusform>
                <numerusform>نُشرت %n مبادرة من %1؛ وأصبح الآن نسخة تخضع للمزامنة</numerusform>
                <numerusform>نُشرت %n مبادرة من %1؛ وأصبح الآن نسخة تخضع للمزامنة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>clone: give --server URL and --db PATH</source>
            <translation>clone: حدِّد --server URL والخيار --db PATH</translation>
        </message>
        <message>
            <location line="+6" />
            <source>clone: %1</source>
            <translation>clone: %1</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Mine</source>
            <translation>قيمتي</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>قيمتهم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>بواسطة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No conflicts</source>
            <translation>لا توجد تعارضات</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Keep the value here (sent by the next sync).</source>
            <translation>الاحتفاظ بالقيمة الموجودة هنا (تُرسَل في المزامنة التالية).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take the team catalogue's value.</source>
            <translation>أخذ قيمة كتالوج الفريق.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>resolve: give ID FIELD and one of --mine or --theirs</source>
            <translation>resolve: حدِّد ID FIELD وأحد الخيارين --mine أو --theirs</translation>
        </message>
        <message>
            <location line="+6" />
            <source>resolve: %1</source>
            <translation>resolve: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kept yours; the next sync sends it</source>
            <translation>احتُفظ بقيمتك؛ وستُرسَل في المزامنة التالية</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Took theirs</source>
            <translation>أُخذت قيمتهم</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The records changed on or after DATE (YYYY-MM-DD, UTC); without it, in a copy of a team catalogue, those changed since the last sync.</source>
            <translation>السجلات التي تغيَّرت في DATE أو بعده (YYYY-MM-DD، بالتوقيت UTC)؛ وبدونه، في نسخة من كتالوج فريق، السجلات التي تغيَّرت منذ آخر مزامنة.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The bundle file to write.</source>
            <translation>ملف الحزمة المراد كتابته.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>bundle: give --output FILE</source>
            <translation>bundle: حدِّد --output FILE</translation>
        </message>
        <message>
            <location line="+9" />
            <source>bundle: --since takes a date as YYYY-MM-DD, not "%1"</source>
            <translation>bundle: يقبل --since تاريخًا بالصيغة YYYY-MM-DD، وليس "%1"</translation>
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
                <numerusform>لم تُكتب أي مبادرة مُغيَّرة في %1</numerusform>
                <numerusform>كُتبت مبادرة مُغيَّرة واحدة في %1</numerusform>
                <numerusform>كُتبت مبادرتان مُغيَّرتان في %1</numerusform>
                <numerusform>كُتبت %n مبادرات مُغيَّرة في %1</numerusform>
                <numerusform>كُتبت %n مبادرة مُغيَّرة في %1</numerusform>
                <numerusform>كُتبت %n مبادرة مُغيَّرة في %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>server init    make a PostgreSQL database a team catalogue (--server URL [--from PATH])</source>
            <translation>server init    جعل قاعدة بيانات PostgreSQL كتالوجًا للفريق (--server URL [--from PATH])</translation>
        </message>
        <message>
            <location line="+10" />
            <source>clone          a local copy of a team catalogue (--server URL --db PATH)</source>
            <translation>clone          نسخة محلية من كتالوج فريق (--server URL --db PATH)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>sync           send and receive changes with the team catalogue</source>
            <translation>sync           إرسال التغييرات إلى كتالوج الفريق واستلامها منه</translation>
        </message>
        <message>
            <location line="+9" />
            <source>bundle         changes as a file to carry (--since DATE --output FILE); import applies it</source>
            <translation>bundle         التغييرات في ملف قابل للنقل (--since DATE --output FILE)؛ ويطبقه الأمر import</translation>
        </message>
        <message>
            <location line="+10" />
            <source>conflicts      fields changed here and in the team catalogue, both values</source>
            <translation>conflicts      الحقول التي تغيَّرت هنا وفي كتالوج الفريق، مع القيمتين</translation>
        </message>
        <message>
            <location line="+9" />
            <source>resolve ID FIELD  settle a conflict: --mine or --theirs</source>
            <translation>resolve ID FIELD  تسوية تعارض: --mine أو --theirs</translation>
        </message>
    </context>
    <context>
        <name>CsvExport</name>
        <message>
            <location filename="../src/core/io/csv/CsvExport.cpp" line="+95" />
            <location line="+13" />
            <source>Cannot write %1: %2</source>
            <translation>تتعذر كتابة %1: %2</translation>
        </message>
    </context>
    <context>
        <name>CsvImporter</name>
        <message>
            <location filename="../src/core/io/csv/CsvImporter.cpp" line="+47" />
            <source>line %1 has %2 cells where the header row has %3 (cells past the header were not read, missing ones are empty)</source>
            <translation>السطر %1 فيه %2 خلايا بينما في سطر العناوين %3 (لم تُقرأ الخلايا الزائدة عن العناوين، والخلايا الناقصة فارغة)</translation>
        </message>
        <message>
            <location line="+69" />
            <source>the id column is empty</source>
            <translation>العمود id فارغ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the title column is empty</source>
            <translation>العمود title فارغ</translation>
        </message>
        <message>
            <location line="+62" />
            <source>funding amount "%1" is not a number</source>
            <translation>مبلغ التمويل "%1" ليس عددًا</translation>
        </message>
        <message>
            <location line="+52" />
            <source>%1 is empty (expected a header row naming the columns)</source>
            <translation>%1 فارغ (المتوقع: صف عناوين يسمّي الأعمدة)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 line %2: column "%3" is not an import column and was not read (expected: %4)</source>
            <translation>%1 السطر %2: العمود "%3" ليس من أعمدة الاستيراد ولم تتم قراءته (المتوقع: %4)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 line %2: column "%3" is given twice</source>
            <translation>%1 السطر %2: العمود "%3" مذكور مرتين</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 line %2: there is no "%3" column (the header row must name at least id and title)</source>
            <translation>%1 السطر %2: لا يوجد عمود "%3" (يجب أن يسمّي صف العناوين العمودين id وtitle على الأقل)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Spreadsheet %1</source>
            <translation>جدول البيانات %1</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <location filename="../src/core/base/CsvReader.cpp" line="+58" />
            <source>line %1, column %2: control character U+%3 removed</source>
            <translation>السطر %1، العمود %2: أُزيل حرف التحكم U+%3</translation>
        </message>
        <message>
            <location line="+10" />
            <source>line %1, column %2: bytes that are not UTF-8 were replaced by U+FFFD (expected a file saved as UTF-8)</source>
            <translation>السطر %1، العمود %2: استُبدلت البايتات التي ليست UTF-8 بالرمز U+FFFD (المتوقع ملف محفوظ بترميز UTF-8)</translation>
        </message>
        <message>
            <location line="+53" />
            <source>%1, line %2: a quoted field is not closed (expected a closing " before the end of file)</source>
            <translation>%1، السطر %2: حقل بين علامتي اقتباس غير مغلق (المتوقع: علامة " ختامية قبل نهاية الملف)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot read %1: %2</source>
            <translation>تتعذر قراءة %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DefaultCatalogue</name>
        <message>
            <location filename="../src/core/catalogue/DefaultCatalogue.cpp" line="+31" />
            <source>Cannot create the folder for %1</source>
            <translation>يتعذر إنشاء المجلد الخاص بـ %1</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Cannot finish creating %1 (its log is not empty)</source>
            <translation>يتعذر إكمال إنشاء %1 (ملف السجل الخاص به غير فارغ)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot create %1</source>
            <translation>يتعذر إنشاء %1</translation>
        </message>
    </context>
    <context>
        <name>DuplicateFinder</name>
        <message>
            <location filename="../src/core/catalogue/DuplicateFinder.cpp" line="+203" />
            <location line="+139" />
            <source>Stopped: no duplicates were looked for</source>
            <translation>توقف: لم يتم البحث عن سجلات مكررة</translation>
        </message>
        <message>
            <location line="-59" />
            <source>same IATI identifier</source>
            <translation>معرِّف IATI نفسه</translation>
        </message>
        <message>
            <location line="+13" />
            <source>same title</source>
            <translation>العنوان نفسه</translation>
        </message>
        <message>
            <location line="+1" />
            <source>similar title (%1%)</source>
            <translation>عنوان مشابه (%1%)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>countries in common: %1</source>
            <translation>بلدان مشتركة: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>both in %1</source>
            <translation>كلاهما في %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>years overlap: %1-%2</source>
            <translation>تداخل السنوات: %1-%2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ongoing</source>
            <translation>جارية</translation>
        </message>
    </context>
    <context>
        <name>Facet</name>
        <message>
            <location filename="../src/core/query/FacetDefinitions.cpp" line="+22" />
            <source>Region</source>
            <translation>المنطقة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regions</source>
            <translation>المناطق</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 regions</source>
            <translation>المناطق بدور %1</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <location line="+8" />
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Countries</source>
            <translation>البلدان</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 countries</source>
            <translation>البلدان بدور %1</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <location line="+8" />
            <source>Programme area</source>
            <translation>المجال البرنامجي</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+8" />
            <source>Partner</source>
            <translation>الشريك</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Partners</source>
            <translation>الشركاء</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+6" />
            <source>Funding source</source>
            <translation>مصدر التمويل</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Funding sources</source>
            <translation>مصادر التمويل</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <location line="+7" />
            <source>Modality</source>
            <translation>طريقة التعاون</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+5" />
            <source>Activity type</source>
            <translation>نوع النشاط</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>SDG</source>
            <translation>أهداف التنمية المستدامة</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+4" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
    </context>
    <context>
        <name>FacetIndex</name>
        <message>
            <location filename="../src/core/index/FacetIndexFile.cpp" line="+75" />
            <source>The saved facet index is damaged</source>
            <translation>فهرس فئات التصفية المحفوظ تالف</translation>
        </message>
        <message>
            <location filename="../src/core/index/FacetIndexWrites.cpp" line="+150" />
            <source>Row id %1 is out of range</source>
            <translation>معرِّف الصف %1 خارج النطاق</translation>
        </message>
    </context>
    <context>
        <name>FacetSection</name>
        <message>
            <location filename="../src/gui/FacetSection.ui" line="+26" />
            <source>Show or hide this section</source>
            <translation>إظهار هذا القسم أو إخفاؤه</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Clear this section's selection</source>
            <translation>مسح التحديد في هذا القسم</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Which part the checked countries and regions play</source>
            <translation>الدور الذي تؤديه البلدان والمناطق المحددة</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Find…</source>
            <translation>بحث…</translation>
        </message>
    </context>
    <context>
        <name>FieldEdit</name>
        <message>
            <location filename="../src/core/catalogue/FieldEdit.cpp" line="+57" />
            <source>%1=%2: expected %3:ROLE, for example %4</source>
            <translation>%1=%2: المتوقع %3:ROLE، مثل %4</translation>
        </message>
        <message>
            <location line="+23" />
            <source>%1=%2: the initiative does not have it</source>
            <translation>%1=%2: غير موجودة في المبادرة</translation>
        </message>
        <message>
            <location line="+25" />
            <source>"%1": expected FIELD=VALUE, for example status=completed</source>
            <translation>"%1": المتوقع FIELD=VALUE، مثل status=completed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is not a field that can be edited; expected one of: %2</source>
            <translation>"%1" ليس حقلًا قابلًا للتحرير؛ المتوقع أحد ما يلي: %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 holds one value: use --set %1=VALUE (an empty value clears it)</source>
            <translation>يحمل %1 قيمة واحدة: استخدم --set %1=VALUE (القيمة الفارغة تمحوه)</translation>
        </message>
    </context>
    <context>
        <name>FileCommit</name>
        <message>
            <location filename="../src/core/base/FileCommit.cpp" line="+15" />
            <source>the file could not be written in full</source>
            <translation>تعذرت كتابة الملف كاملاً</translation>
        </message>
    </context>
    <context>
        <name>FileFormats</name>
        <message>
            <location filename="../src/core/io/FileFormats.cpp" line="+36" />
            <source>export: no initiative matches the filter</source>
            <translation>export: لا توجد مبادرة مطابقة لعامل التصفية</translation>
        </message>
        <message>
            <location line="+138" />
            <source> or </source>
            <translation> أو </translation>
        </message>
    </context>
    <context>
        <name>FilterOptions</name>
        <message>
            <location filename="../src/cli/FilterOptions.cpp" line="+37" />
            <source>--%1: "%2" is not a year (expected a year such as 2015)</source>
            <translation>--%1: "%2" ليست سنة (المتوقع: سنة مثل 2015)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>--%1: unknown country "%2" (expected an ISO code such as ET or a name such as Ethiopia)</source>
            <translation>--%1: بلد غير معروف "%2" (المتوقع: رمز ISO مثل ET أو اسم مثل Ethiopia)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--%1: unknown region "%2" (expected a UN M49 region or sub-region such as Africa, Eastern Africa or 002)</source>
            <translation>--%1: منطقة غير معروفة "%2" (المتوقع: منطقة أو منطقة فرعية وفق UN M49 مثل Africa أو Eastern Africa أو 002)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--%1: unknown programme area "%2" (expected an id or name such as health or "Child protection")</source>
            <translation>--%1: مجال برنامجي غير معروف "%2" (المتوقع: معرِّف أو اسم مثل health أو "Child protection")</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--%1: no organisation "%2" in the catalogue (expected an organisation id, acronym or name; `facets` lists them)</source>
            <translation>--%1: لا توجد منظمة "%2" في الكتالوج (المتوقع: معرِّف منظمة أو اختصارها أو اسمها؛ ويسردها الأمر `facets`)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--%1: unknown %2 "%3" (expected one of: %4)</source>
            <translation>--%1: قيمة غير معروفة لـ %2 "%3" (المتوقع أحد ما يلي: %4)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--%1: "%2" is not an SDG goal (expected a number 1-17)</source>
            <translation>--%1: "%2" ليس هدفًا من أهداف التنمية المستدامة (المتوقع: عدد من 1 إلى 17)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--%1: unknown value "%2"</source>
            <translation>--%1: قيمة غير معروفة "%2"</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Start from the search saved under NAME in the catalogue (the window's Saved searches); the other flags apply on top.</source>
            <translation>البدء من البحث المحفوظ باسم NAME في الكتالوج (عمليات البحث المحفوظة في النافذة)؛ وتُطبَّق الخيارات الأخرى فوقه.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Country role for --country and --region: provider, recipient, facilitator, host, participant.</source>
            <translation>دور البلد للخيارين --country و--region: provider، recipient، facilitator، host، participant.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ROLE</source>
            <translation>ROLE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active in or after YEAR.</source>
            <translation>نشطة في YEAR أو بعدها.</translation>
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
            <translation>نشطة في YEAR أو قبلها.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Words to find in titles, texts, partners and countries.</source>
            <translation>كلمات للبحث عنها في العناوين والنصوص والشركاء والبلدان.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <location line="+21" />
            <source>--saved: no saved search "%1" in %2 (saved: %3)</source>
            <translation>--saved: لا يوجد بحث محفوظ باسم "%1" في %2 (عمليات البحث المحفوظة: %3)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <location line="+28" />
            <source>--role: unknown %1 "%2" (expected one of: %3)</source>
            <translation>--role: قيمة غير معروفة لـ %1 "%2" (المتوقع أحد ما يلي: %3)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--role: give one role (provider, recipient, facilitator, host or participant)</source>
            <translation>--role: حدِّد دورًا واحدًا (provider أو recipient أو facilitator أو host أو participant)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>--from %1 is after --to %2</source>
            <translation>--from %1 يأتي بعد --to %2</translation>
        </message>
        <message>
            <location filename="../src/core/query/FacetDefinitions.cpp" line="-66" />
            <source>REGION</source>
            <translation>REGION</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UN M49 region or sub-region (code or name; repeatable).</source>
            <translation>منطقة أو منطقة فرعية وفق UN M49 (رمز أو اسم؛ قابل للتكرار).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>COUNTRY</source>
            <translation>COUNTRY</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Initiatives involving COUNTRY (ISO code or name; repeatable).</source>
            <translation>المبادرات التي يشارك فيها COUNTRY (رمز ISO أو اسم؛ قابل للتكرار).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>AREA</source>
            <translation>AREA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Programme area id or name; includes its sub-areas (repeatable).</source>
            <translation>معرِّف المجال البرنامجي أو اسمه؛ ويشمل مجالاته الفرعية (قابل للتكرار).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>PARTNER</source>
            <translation>PARTNER</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner organisation id, acronym or name (repeatable).</source>
            <translation>معرِّف المنظمة الشريكة أو اختصارها أو اسمها (قابل للتكرار).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>SOURCE</source>
            <translation>SOURCE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding source id, acronym or name (repeatable).</source>
            <translation>معرِّف مصدر التمويل أو اختصاره أو اسمه (قابل للتكرار).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>MODALITY</source>
            <translation>MODALITY</translation>
        </message>
        <message>
            <location line="+1" />
            <source>knowledge-exchange, technical-assistance, technology-exchange, resource-exchange.</source>
            <translation>knowledge-exchange أو technical-assistance أو technology-exchange أو resource-exchange.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>TYPE</source>
            <translation>TYPE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity type, e.g. conference, webinar, study-tour.</source>
            <translation>نوع النشاط، مثل conference أو webinar أو study-tour.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>GOAL</source>
            <translation>GOAL</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SDG goal 1-17 (repeatable).</source>
            <translation>هدف من أهداف التنمية المستدامة من 1 إلى 17 (قابل للتكرار).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>planned, ongoing or completed.</source>
            <translation>planned أو ongoing أو completed.</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <location filename="../src/gui/FilterPanel.ui" line="+17" />
            <source>Clear every filter and the search (Ctrl+Shift+Backspace)</source>
            <translation>مسح كل عوامل التصفية والبحث (Ctrl+Shift+Backspace)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>C&amp;lear all</source>
            <translation>&amp;مسح الكل</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Hide the values that no initiative under the current filter has</source>
            <translation>إخفاء القيم التي لا توجد في أي مبادرة ضمن عامل التصفية الحالي</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hide values with &amp;no matches</source>
            <translation>إخفاء القيم &amp;غير المطابقة</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Years</source>
            <translation>ال&amp;سنوات</translation>
        </message>
        <message>
            <location line="+10" />
            <source>From year</source>
            <translation>من سنة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives running in or after this year</source>
            <translation>المبادرات الجارية في هذه السنة أو بعدها</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+32" />
            <source>any</source>
            <translation>أي سنة</translation>
        </message>
        <message>
            <location line="-6" />
            <source>To year</source>
            <translation>إلى سنة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives running in or before this year</source>
            <translation>المبادرات الجارية في هذه السنة أو قبلها</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Clear the years</source>
            <translation>مسح السنوات</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Filter panes</source>
            <translation>أجزاء التصفية</translation>
        </message>
    </context>
    <context>
        <name>IatiActivityReader</name>
        <message>
            <location filename="../src/core/io/iati/IatiActivityReader.cpp" line="+51" />
            <source>element %1 uses the undeclared namespace prefix "%2"; skipped</source>
            <translation>يستخدم العنصر %1 بادئة مساحة الاسم غير المعرَّفة "%2"؛ تم تخطيه</translation>
        </message>
        <message>
            <location line="+4" />
            <source>extension elements of namespace %1 are not read</source>
            <translation>لا تُقرأ عناصر الامتداد الخاصة بمساحة الاسم %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>%1, line %2: %3</source>
            <translation>%1، السطر %2: %3</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is not well-formed XML: line %2, column %3: %4</source>
            <translation>%1 ليس XML سليم البنية: السطر %2، العمود %3: %4</translation>
        </message>
        <message>
            <location line="+16" />
            <source>version %1 is given on the activity only, not on iati-activities</source>
            <translation>الإصدار %1 محدد في النشاط فقط، وليس في iati-activities</translation>
        </message>
        <message>
            <location line="+144" />
            <source>unknown catalogue element %1; skipped</source>
            <translation>عنصر كتالوج غير معروف %1؛ تم تخطيه</translation>
        </message>
        <message>
            <location line="+21" />
            <source>the activity at line %1</source>
            <translation>النشاط في السطر %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>activity %1</source>
            <translation>النشاط %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: the text of &lt;%2&gt; is longer than %3 characters, the most one field may hold</source>
            <translation>%1: نص &lt;%2&gt; أطول من %3 حرف، وهو أقصى ما يتسع له حقل واحد</translation>
        </message>
    </context>
    <context>
        <name>IatiImporter</name>
        <message>
            <location filename="../src/core/io/iati/IatiImporter.cpp" line="+18" />
            <source>IATI activity file %1</source>
            <translation>ملف أنشطة IATI %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot read %1: %2</source>
            <translation>تتعذر قراءة %1: %2</translation>
        </message>
    </context>
    <context>
        <name>IatiMapping</name>
        <message>
            <location filename="../src/core/io/iati/IatiMapping.cpp" line="+59" />
            <source>language "%1" is not an ISO 639-1 code; left out</source>
            <translation>اللغة "%1" ليست رمزًا وفق ISO 639-1؛ تم استبعادها</translation>
        </message>
        <message>
            <location line="+25" />
            <source>description type "%1" is not in the DescriptionType codelist; read as general</source>
            <translation>نوع الوصف "%1" غير موجود في قائمة الرموز DescriptionType؛ قُرئ بوصفه وصفًا عامًا</translation>
        </message>
        <message>
            <location line="+54" />
            <source>activity-status "%1" is not in the ActivityStatus codelist; status left empty</source>
            <translation>activity-status "%1" غير موجود في قائمة الرموز ActivityStatus؛ تُركت الحالة فارغة</translation>
        </message>
        <message>
            <location line="+6" />
            <source>activity-status %1 (%2) has no catalogue status; left empty</source>
            <translation>ليس لـ activity-status %1 (%2) حالة مقابلة في الكتالوج؛ تُركت فارغة</translation>
        </message>
        <message>
            <location line="+20" />
            <source>activity-date type "%1" is not in the ActivityDateType codelist; left out</source>
            <translation>نوع activity-date "%1" غير موجود في قائمة الرموز ActivityDateType؛ تم استبعاده</translation>
        </message>
        <message>
            <location line="+8" />
            <source>activity-date "%1" is not a date (expected YYYY-MM-DD); left out</source>
            <translation>activity-date "%1" ليس تاريخًا (المتوقع: YYYY-MM-DD)؛ تم استبعاده</translation>
        </message>
        <message>
            <location line="+13" />
            <source>an end date %1 is given without a start date; left out</source>
            <translation>ذُكر تاريخ انتهاء %1 دون تاريخ بدء؛ تم استبعاده</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the end date %1 is before the start date %2; left out</source>
            <translation>تاريخ الانتهاء %1 يسبق تاريخ البدء %2؛ تم استبعاده</translation>
        </message>
        <message>
            <location line="+14" />
            <source>participating-org role "%1" is not in the OrganisationRole codelist; organisation left out</source>
            <translation>دور participating-org "%1" غير موجود في قائمة الرموز OrganisationRole؛ تم استبعاد المنظمة</translation>
        </message>
        <message>
            <location line="+32" />
            <source>recipient-country %1 percentage</source>
            <translation>النسبة المئوية لـ recipient-country %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>recipient-country "%1" is a region (%2), not a country; left out</source>
            <translation>recipient-country "%1" منطقة (%2)، وليس بلدًا؛ تم استبعاده</translation>
        </message>
        <message>
            <location line="+7" />
            <source>recipient-country "%1" (%2) is withdrawn from the Country codelist</source>
            <translation>recipient-country "%1" (%2) مسحوب من قائمة الرموز Country</translation>
        </message>
        <message>
            <location line="+6" />
            <source>recipient-country "%1" is not a current ISO 3166-1 country code; left out</source>
            <translation>recipient-country "%1" ليس رمز بلد ساريًا وفق ISO 3166-1؛ تم استبعاده</translation>
        </message>
        <message>
            <location line="+8" />
            <source>recipient-country %1 is given twice; the first is kept</source>
            <translation>recipient-country %1 مذكور مرتين؛ يُحتفظ بالأول</translation>
        </message>
        <message>
            <location line="+7" />
            <source>recipient-country %1 percentage %2 is not between 0 and 100; left out</source>
            <translation>النسبة المئوية %2 لـ recipient-country %1 ليست بين 0 و100؛ تم استبعادها</translation>
        </message>
        <message>
            <location line="+11" />
            <source>recipient-region percentage</source>
            <translation>النسبة المئوية لـ recipient-region</translation>
        </message>
        <message>
            <location line="+5" />
            <source>recipient-country and recipient-region</source>
            <translation>recipient-country وrecipient-region</translation>
        </message>
        <message>
            <location line="+35" />
            <source>iati-identifier "%1" has characters a catalogue key cannot hold; kept as published, with the key "%2"</source>
            <translation>يتضمن iati-identifier "%1" محارف لا يمكن أن يتضمنها مفتاح الكتالوج؛ احتُفظ به كما نُشر، مع المفتاح "%2"</translation>
        </message>
        <message>
            <location line="+9" />
            <source>version "%1" is not an IATI version; read as 2.03</source>
            <translation>الإصدار "%1" ليس إصدارًا من IATI؛ قُرئ بوصفه 2.03</translation>
        </message>
        <message>
            <location line="+31" />
            <source>iati-identifier is missing</source>
            <translation>iati-identifier مفقود</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the activity has no title</source>
            <translation>النشاط بلا عنوان</translation>
        </message>
        <message>
            <location filename="../src/core/io/iati/IatiMappingParts.h" line="+86" />
            <source>%1 "%2" is not a number; left out</source>
            <translation>%1 "%2" ليس عددًا؛ تم استبعاده</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 "%2" has spaces inside; read as %3</source>
            <translation>%1 "%2" يتضمن مسافات؛ قُرئ بوصفه %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 "%2" has no leading digit; read as %3</source>
            <translation>%1 "%2" لا يبدأ برقم؛ قُرئ بوصفه %3</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 percentages add up to %2, not 100</source>
            <translation>مجموع النسب المئوية لـ %1 يساوي %2، وليس 100</translation>
        </message>
        <message>
            <location line="+28" />
            <source>%1 ref "%2" has characters an identifier cannot hold; read as "%3"</source>
            <translation>يتضمن ref الخاص بـ %1 "%2" محارف لا يمكن أن يتضمنها المعرِّف؛ قُرئ بوصفه "%3"</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 has neither a ref nor a name; left out</source>
            <translation>ليس لـ %1 ref ولا اسم؛ تم استبعاده</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 "%2" has the unknown organisation type "%3"</source>
            <translation>نوع المنظمة "%3" لـ %1 "%2" غير معروف</translation>
        </message>
        <message>
            <location filename="../src/core/io/iati/IatiSectorsAndFunding.cpp" line="+22" />
            <source>%1 "%2" is not an SDG goal or target; left out</source>
            <translation>%1 "%2" ليس هدفًا ولا غاية من أهداف التنمية المستدامة؛ تم استبعاده</translation>
        </message>
        <message>
            <location line="+14" />
            <source>sector %1 percentage</source>
            <translation>النسبة المئوية للقطاع %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>sector "%1" is not in the %2 codelist; left out</source>
            <translation>القطاع "%1" غير موجود في قائمة الرموز %2؛ تم استبعاده</translation>
        </message>
        <message>
            <location line="+6" />
            <source>sector %1 (%2) is withdrawn from the %3 codelist</source>
            <translation>القطاع %1 (%2) مسحوب من قائمة الرموز %3</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+23" />
            <source>sector (vocabulary %1)</source>
            <translation>القطاع (المفردات %1)</translation>
        </message>
        <message>
            <location line="-16" />
            <source>programme area "%1" is not in data/programme-areas.json; left out</source>
            <translation>المجال البرنامجي "%1" غير موجود في data/programme-areas.json؛ تم استبعاده</translation>
        </message>
        <message>
            <location line="+7" />
            <source>sector vocabulary "%1" is not in the SectorVocabulary codelist</source>
            <translation>مفردات القطاع "%1" غير موجودة في قائمة الرموز SectorVocabulary</translation>
        </message>
        <message>
            <location line="+12" />
            <source>tag (vocabulary %1)</source>
            <translation>الوسم (المفردات %1)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>collaboration-type "%1" is not in the CollaborationType codelist</source>
            <translation>collaboration-type "%1" غير موجود في قائمة الرموز CollaborationType</translation>
        </message>
        <message>
            <location line="+48" />
            <source>%1 value</source>
            <translation>قيمة %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 value %2 has no currency and the activity no default-currency; the amount is left out</source>
            <translation>القيمة %2 لـ %1 بلا عملة، وليس للنشاط default-currency؛ تم استبعاد المبلغ</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 currency "%2" is not an ISO 4217 code; the amount is left out</source>
            <translation>عملة %1 "%2" ليست رمزًا وفق ISO 4217؛ تم استبعاد المبلغ</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 currency %2 is withdrawn from the Currency codelist</source>
            <translation>عملة %1 %2 مسحوبة من قائمة الرموز Currency</translation>
        </message>
        <message>
            <location line="+53" />
            <source>the %1 amounts from %2 add up to %3, below zero; left out</source>
            <translation>مجموع مبالغ %1 من %2 يساوي %3، أي أقل من الصفر؛ تم استبعادها</translation>
        </message>
        <message>
            <location line="+8" />
            <source>funding is given in several currencies (%1); each is kept on its own</source>
            <translation>التمويل مذكور بعدة عملات (%1)؛ يُحتفظ بكل منها على حدة</translation>
        </message>
    </context>
    <context>
        <name>IatiWriter</name>
        <message>
            <location filename="../src/core/io/iati/IatiWriter.cpp" line="+288" />
            <source>no status (IATI requires activity-status)</source>
            <translation>لا توجد حالة (يتطلب IATI العنصر activity-status)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no start date (IATI requires an activity-date)</source>
            <translation>لا يوجد تاريخ بدء (يتطلب IATI العنصر activity-date)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no partner organisation (IATI requires a participating-org)</source>
            <translation>لا توجد منظمة شريكة (يتطلب IATI العنصر participating-org)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no description or summary (IATI requires a description)</source>
            <translation>لا يوجد وصف ولا ملخص (يتطلب IATI وصفًا)</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+61" />
            <source>Cannot write %1: %2</source>
            <translation>تتعذر كتابة %1: %2</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Export cancelled: %1 was not written</source>
            <translation>أُلغي التصدير: لم تتم كتابة %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>a text holds a character XML cannot hold</source>
            <translation>يحتوي نص على حرف لا يمكن أن يحمله XML</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <location filename="../src/cli/ImportCommand.cpp" line="-104" />
            <source>File format: iati, csv or json (default: from the file name or its content).</source>
            <translation>تنسيق الملف: iati أو csv أو json (الافتراضي: حسب اسم الملف أو محتواه).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check the file and print the report; write nothing.</source>
            <translation>فحص الملف وطباعة التقرير دون كتابة أي شيء.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For catalogue files: where a record differs from the catalogue's, take the file's (default: keep the catalogue's).</source>
            <translation>لملفات الكتالوج: حيث يختلف سجل عن سجل الكتالوج، يؤخذ سجل الملف (الافتراضي: الاحتفاظ بسجل الكتالوج).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also save the import report to FILE (.json for JSON, else text).</source>
            <translation>حفظ تقرير الاستيراد أيضًا في FILE (بتنسيق JSON إذا كان الامتداد .json، وإلا فبتنسيق نصي).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="+11" />
            <source>import: give one FILE to import</source>
            <translation>import: حدِّد ملفًا واحدًا FILE لاستيراده</translation>
        </message>
        <message>
            <location line="+10" />
            <source>import: %1</source>
            <translation>import: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied the change bundle %1: changed %2, already so %3, in conflict %4</source>
            <translation>طُبِّقت حزمة التغييرات %1: المُغيَّرة %2، المطابقة مسبقًا %3، المتعارضة %4</translation>
        </message>
        <message>
            <location line="+13" />
            <source>import: --format %1 is not a format (expected iati, csv or json)</source>
            <translation>import: القيمة %1 للخيار --format ليست تنسيقًا (المتوقع: iati أو csv أو json)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>import: cannot tell the format of %1; give --format iati, csv or json</source>
            <translation>import: يتعذر تحديد تنسيق %1؛ حدِّد --format iati أو csv أو json</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../src/gui/ImportDialog.ui" line="+9" />
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Conflicts: records the catalogue already holds in another version</source>
            <translation>التعارضات: سجلات يتضمنها الكتالوج بالفعل بنسخة أخرى</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Initiatives in both the file and the catalogue</source>
            <translation>المبادرات الموجودة في الملف وفي الكتالوج كليهما</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tick a record to take the file's version; unticked records keep the catalogue's</source>
            <translation>حدِّد سجلًا لأخذ نسخة الملف؛ وتحتفظ السجلات غير المحددة بنسخة الكتالوج</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Take theirs</source>
            <translation>أخذ نسخة الملف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier</source>
            <translation>المعرِّف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What differs</source>
            <translation>أوجه الاختلاف</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Keep all mine</source>
            <translation>الاحتفاظ بكل نسخ ال&amp;كتالوج</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Take all theirs</source>
            <translation>&amp;أخذ كل نسخ الملف</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Import report</source>
            <translation>تقرير الاستيراد</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The import report: what was (or will be) added, updated, skipped or rejected, and why</source>
            <translation>تقرير الاستيراد: ما أُضيف (أو سيُضاف) أو حُدِّث أو تم تخطيه أو رُفض، وسبب ذلك</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Save Report…</source>
            <translation>&amp;حفظ التقرير…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Import</source>
            <translation>ا&amp;ستيراد</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <location filename="../src/core/io/ImportReport.cpp" line="+25" />
            <source>added</source>
            <translation>مُضاف</translation>
        </message>
        <message>
            <location line="+2" />
            <source>updated</source>
            <translation>مُحدَّث</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unchanged, skipped</source>
            <translation>دون تغيير، تم تخطيه</translation>
        </message>
        <message>
            <location line="+2" />
            <source>rejected</source>
            <translation>مرفوض</translation>
        </message>
        <message>
            <location line="+2" />
            <source>conflict</source>
            <translation>تعارض</translation>
        </message>
        <message>
            <location line="+2" />
            <source>conflict, catalogue's kept</source>
            <translation>تعارض، احتُفظ بنسخة الكتالوج</translation>
        </message>
        <message>
            <location line="+8" />
            <source>checked: nothing has been written</source>
            <translation>تم الفحص: لم يُكتب أي شيء</translation>
        </message>
        <message>
            <location line="+1" />
            <source>written to the catalogue</source>
            <translation>كُتب في الكتالوج</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not written: the catalogue is unchanged</source>
            <translation>لم تتم الكتابة: لم يتغير الكتالوج</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import of %1 (%2), %3
</source>
            <translation>استيراد %1 (%2)، %3
</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added: %1   Updated: %2   Unchanged (skipped): %3   Rejected: %4   Conflicts: %5   Warnings: %6
</source>
            <translation>المُضافة: %1   المُحدَّثة: %2   دون تغيير (تم تخطيها): %3   المرفوضة: %4   التعارضات: %5   التحذيرات: %6
</translation>
        </message>
        <message>
            <location line="+15" />
            <source>line %1</source>
            <translation>السطر %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Rejected</source>
            <translation>المرفوضة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation>التعارضات</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Warnings</source>
            <translation>التحذيرات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Updated</source>
            <translation>المُحدَّثة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unchanged (skipped)</source>
            <translation>دون تغيير (تم تخطيها)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Added</source>
            <translation>المُضافة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>  ... and %1 more added (the report lists the first %2)
</source>
            <translation>  ... وسجلات مُضافة أخرى عددها %1 (يسرد التقرير أول %2 منها)
</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+4" />
            <source>Cannot write %1: %2</source>
            <translation>تتعذر كتابة %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ImportSpill</name>
        <message>
            <location filename="../src/core/io/ImportSpill.cpp" line="+192" />
            <source>Cannot keep the checked records in %1: %2</source>
            <translation>يتعذر الاحتفاظ بالسجلات المفحوصة في %1: %2</translation>
        </message>
    </context>
    <context>
        <name>IndexedQuery</name>
        <message>
            <location filename="../src/core/index/IndexedQuerySaved.cpp" line="-101" />
            <source>The saved index %1 is damaged; it is built again from the catalogue</source>
            <translation>الفهرس المحفوظ %1 تالف؛ يُعاد بناؤه من الكتالوج</translation>
        </message>
    </context>
    <context>
        <name>InitiativeEditor</name>
        <message>
            <location filename="../src/gui/InitiativeEditor.ui" line="+13" />
            <source>&amp;General</source>
            <translation>&amp;عام</translation>
        </message>
        <message>
            <location line="+5" />
            <source>I&amp;dentifier:</source>
            <translation>ال&amp;معرِّف:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The catalogue's key: letters, digits and . _ : / -</source>
            <translation>مفتاح الكتالوج: حروف وأرقام و. _ : / -</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Title:</source>
            <translation>العن&amp;وان:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>S&amp;ummary:</source>
            <translation>المل&amp;خص:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Descri&amp;ption:</source>
            <translation>الو&amp;صف:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Status:</source>
            <translation>ال&amp;حالة:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>St&amp;art and end:</source>
            <translation>ال&amp;بدء والانتهاء:</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+6" />
            <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>YYYY أو YYYY-MM أو YYYY-MM-DD</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Start</source>
            <translation>البدء</translation>
        </message>
        <message>
            <location line="+6" />
            <source>End</source>
            <translation>الانتهاء</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Activity t&amp;ype:</source>
            <translation>&amp;نوع النشاط:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Beneficiaries:</source>
            <translation>المست&amp;فيدون:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Results:</source>
            <translation>النتائ&amp;ج:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Countries and partners</source>
            <translation>البلدان وال&amp;شركاء</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Co&amp;untries and their roles:</source>
            <translation>البلدان و&amp;أدوارها:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Countries and their roles</source>
            <translation>البلدان وأدوارها</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add countr&amp;y</source>
            <translation>إضافة &amp;بلد</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove country</source>
            <translation>إزالة البلد</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Partners and their roles:</source>
            <translation>الشركاء وأدوا&amp;رهم:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Partners and their roles</source>
            <translation>الشركاء وأدوارهم</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add pa&amp;rtner</source>
            <translation>إضافة شري&amp;ك</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove partner</source>
            <translation>إزالة الشريك</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+43" />
            <source>New &amp;organisation…</source>
            <translation>منظمة &amp;جديدة…</translation>
        </message>
        <message>
            <location line="-42" />
            <source>Adds an organisation the catalogue does not have yet and chooses it in the selected row (or a new one); it is written with the initiative</source>
            <translation>يضيف منظمة غير موجودة بعد في الكتالوج ويختارها في الصف المحدد (أو في صف جديد)؛ وتُكتب مع المبادرة</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Funding and translations</source>
            <translation>ال&amp;تمويل والترجمات</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fu&amp;nding:</source>
            <translation>التموي&amp;ل:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Funding</source>
            <translation>التمويل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who funds the initiative, and when known how much, in which currency (ISO 4217) and year</source>
            <translation>الجهة التي تموّل المبادرة، والمبلغ والعملة (ISO 4217) والسنة عند معرفتها</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add funding &amp;row</source>
            <translation>إضافة &amp;صف تمويل</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove funding</source>
            <translation>إزالة التمويل</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Adds an organisation the catalogue does not have yet and chooses it as the source of the selected row (or a new one); it is written with the initiative</source>
            <translation>يضيف منظمة غير موجودة بعد في الكتالوج ويختارها مصدرًا للصف المحدد (أو لصف جديد)؛ وتُكتب مع المبادرة</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Translations of the title and description:</source>
            <translation>ترج&amp;مات العنوان والوصف:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Translations</source>
            <translation>الترجمات</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add translat&amp;ion</source>
            <translation>إضافة تر&amp;جمة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove translation</source>
            <translation>إزالة الترجمة</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Areas, SDGs and sources</source>
            <translation>ال&amp;مجالات والأهداف والمصادر</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Programme a&amp;reas:</source>
            <translation>المجالات ال&amp;برنامجية:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Programme areas</source>
            <translation>المجالات البرنامجية</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Modalities:</source>
            <translation>&amp;طرائق التعاون:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Modalities</source>
            <translation>طرائق التعاون</translation>
        </message>
        <message>
            <location line="+6" />
            <source>S&amp;DG goals and targets:</source>
            <translation>أهداف التنمية المستدامة و&amp;غاياتها:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>SDG goals and targets</source>
            <translation>أهداف التنمية المستدامة وغاياتها</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick a goal, or open it (Right, or +) to tick its targets such as 3.2</source>
            <translation>حدِّد هدفًا، أو افتحه (بمفتاح السهم أو +) لتحديد غاياته مثل 3.2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>S&amp;ources:</source>
            <translation>المصا&amp;در:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location line="+11" />
            <source>What is wrong with the record</source>
            <translation>ما الخطأ في السجل</translation>
        </message>
    </context>
    <context>
        <name>InitiativeMerge</name>
        <message>
            <location filename="../src/core/catalogue/InitiativeMerge.cpp" line="+109" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>الملخص</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start</source>
            <translation>البدء</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End</source>
            <translation>الانتهاء</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Modalities</source>
            <translation>طرائق التعاون</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Activity type</source>
            <translation>نوع النشاط</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Countries</source>
            <translation>البلدان</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Programme areas</source>
            <translation>المجالات البرنامجية</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Partners</source>
            <translation>الشركاء</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Funding</source>
            <translation>التمويل</translation>
        </message>
        <message>
            <location line="+10" />
            <source>SDGs</source>
            <translation>أهداف التنمية المستدامة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Beneficiaries</source>
            <translation>المستفيدون</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results</source>
            <translation>النتائج</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI identifier</source>
            <translation>معرِّف IATI</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Triangular</source>
            <translation>تعاون ثلاثي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Translations</source>
            <translation>الترجمات</translation>
        </message>
    </context>
    <context>
        <name>InitiativeReader</name>
        <message>
            <location filename="../src/core/storage/InitiativeReader.cpp" line="+134" />
            <source>initiatives were removed while reading</source>
            <translation>أُزيلت مبادرات أثناء القراءة</translation>
        </message>
        <message>
            <location line="+134" />
            <location line="+81" />
            <source>Cannot read the catalogue: %1</source>
            <translation>تتعذر قراءة الكتالوج: %1</translation>
        </message>
        <message>
            <location line="-68" />
            <source>No initiative "%1" in the catalogue</source>
            <translation>لا توجد مبادرة "%1" في الكتالوج</translation>
        </message>
        <message>
            <location line="+116" />
            <source>No organisation "%1" in the catalogue</source>
            <translation>لا توجد منظمة "%1" في الكتالوج</translation>
        </message>
    </context>
    <context>
        <name>InitiativeWriter</name>
        <message>
            <location filename="../src/core/storage/InitiativeWriter.cpp" line="+74" />
            <source>Could not write %1: %2</source>
            <translation>تعذرت كتابة %1: %2</translation>
        </message>
        <message>
            <location line="+50" />
            <source>source %1</source>
            <translation>المصدر %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>organisation %1</source>
            <translation>المنظمة %1</translation>
        </message>
        <message>
            <location line="+23" />
            <source>initiative %1</source>
            <translation>المبادرة %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Could not write initiative %1: organisation %2 is not in the catalogue</source>
            <translation>تعذرت كتابة المبادرة %1: المنظمة %2 غير موجودة في الكتالوج</translation>
        </message>
    </context>
    <context>
        <name>InterfaceLanguage</name>
        <message>
            <location filename="../src/core/domain/InterfaceLanguage.cpp" line="+84" />
            <source>There is no translation for "%1"; the languages are %2</source>
            <translation>لا توجد ترجمة لـ "%1"؛ اللغات المتاحة هي %2</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../src/core/domain/ReferenceNames.cpp" line="+73" />
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>French</source>
            <translation>الفرنسية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spanish</source>
            <translation>الإسبانية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Portuguese</source>
            <translation>البرتغالية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chinese</source>
            <translation>الصينية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Russian</source>
            <translation>الروسية</translation>
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
            <translation>البحث</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Words to find in titles, descriptions, partners and countries; the last word may be unfinished</source>
            <translation>كلمات للبحث عنها في العناوين والأوصاف والشركاء والبلدان؛ ويمكن أن تكون الكلمة الأخيرة غير مكتملة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search titles, descriptions, partners and countries (Ctrl+F)</source>
            <translation>البحث في العناوين والأوصاف والشركاء والبلدان (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No filters: the whole catalogue is shown.</source>
            <translation>لا توجد عوامل تصفية: يُعرض الكتالوج بأكمله.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No initiatives match these filters.</source>
            <translation>لا توجد مبادرات مطابقة لعوامل التصفية هذه.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Clear the filters</source>
            <translation>مسح عوامل التصفية</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Views of the results</source>
            <translation>طرق عرض النتائج</translation>
        </message>
        <message>
            <location line="+7" />
            <source>List</source>
            <translation>القائمة</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Results</source>
            <translation>النتائج</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives under the current filter; click a column title to sort, Enter to read the selected one</source>
            <translation>المبادرات ضمن عامل التصفية الحالي؛ انقر عنوان عمود للفرز، واضغط Enter لقراءة المبادرة المحددة</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Details and history of the selected initiative</source>
            <translation>تفاصيل المبادرة المحددة وسجل تغييراتها</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Details</source>
            <translation>التفاصيل (&amp;D)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Details of the selected initiative</source>
            <translation>تفاصيل المبادرة المحددة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hi&amp;story</source>
            <translation>سجل التغييرات (&amp;S)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>History of the selected initiative</source>
            <translation>سجل تغييرات المبادرة المحددة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who changed this initiative, when, and each field from what to what</source>
            <translation>من غيَّر هذه المبادرة ومتى، وكل حقل من أي قيمة إلى أي قيمة</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Filters</source>
            <translation>عوامل التصفية</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open &amp;Recent</source>
            <translation>الملفات ال&amp;حديثة</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Help</source>
            <translation>تعل&amp;يمات</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Edit</source>
            <translation>&amp;تحرير</translation>
        </message>
        <message>
            <location line="+22" />
            <source>&amp;Open Catalogue…</source>
            <translation>&amp;فتح كتالوج…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open another catalogue file</source>
            <translation>فتح ملف كتالوج آخر</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+O</source>
            <translation>Ctrl+O</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Import…</source>
            <translation>ا&amp;ستيراد…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add initiatives from an IATI activity file, a CSV file or another catalogue file (you can also drop a file on the window)</source>
            <translation>إضافة مبادرات من ملف أنشطة IATI أو ملف CSV أو ملف كتالوج آخر (يمكنك أيضًا إفلات ملف على النافذة)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export to &amp;IATI…</source>
            <translation>تصدير إلى &amp;IATI…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the initiatives shown as an IATI 2.03 activity file</source>
            <translation>كتابة المبادرات المعروضة في ملف أنشطة بتنسيق IATI 2.03</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export Catalogue &amp;File…</source>
            <translation>تصدير ملف ال&amp;كتالوج…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the whole catalogue, its history and saved searches, as a catalogue file (JSON) to share or keep</source>
            <translation>كتابة الكتالوج بأكمله، مع سجل تغييراته وعمليات البحث المحفوظة، في ملف كتالوج (JSON) لمشاركته أو الاحتفاظ به</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Export Report…</source>
            <translation>&amp;تصدير تقرير…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write a summary report of the initiatives shown (PDF, HTML, Markdown, CSV, XLSX or JSON)</source>
            <translation>كتابة تقرير موجز عن المبادرات المعروضة (PDF أو HTML أو Markdown أو CSV أو XLSX أو JSON)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;New Catalogue…</source>
            <translation>كتالوج &amp;جديد…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create an empty catalogue file</source>
            <translation>إنشاء ملف كتالوج فارغ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Shift+N</source>
            <translation>Ctrl+Shift+N</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Clear All Filters</source>
            <translation>م&amp;سح كل عوامل التصفية</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Shift+Backspace</source>
            <translation>Ctrl+Shift+Backspace</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;User Guide</source>
            <translation>&amp;دليل المستخدم</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How to browse, filter, search and export, in this program</source>
            <translation>كيفية الاستعراض والتصفية والبحث والتصدير في هذا البرنامج</translation>
        </message>
        <message>
            <location line="+3" />
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>اختصارات لوحة ال&amp;مفاتيح</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every key of the window and what it does</source>
            <translation>كل مفاتيح النافذة ووظيفة كل منها</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;New Initiative…</source>
            <translation>مبادرة &amp;جديدة…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add an initiative to the catalogue</source>
            <translation>إضافة مبادرة إلى الكتالوج</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Edit Initiative…</source>
            <translation>تحرير ال&amp;مبادرة…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change the selected initiative (or double-click it)</source>
            <translation>تغيير المبادرة المحددة (أو انقر عليها نقرًا مزدوجًا)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>F2</source>
            <translation>F2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Duplicate Initiative…</source>
            <translation>تك&amp;رار المبادرة…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A new initiative starting from a copy of the selected one</source>
            <translation>مبادرة جديدة تبدأ من نسخة من المبادرة المحددة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+D</source>
            <translation>Ctrl+D</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Bulk Edit…</source>
            <translation>تحرير جماع&amp;ي…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One change to every selected initiative, in one step</source>
            <translation>تغيير واحد لكل المبادرات المحددة، في خطوة واحدة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+B</source>
            <translation>Ctrl+B</translation>
        </message>
        <message>
            <location line="+5" />
            <source>De&amp;lete Initiatives…</source>
            <translation>&amp;حذف المبادرات…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the selected initiatives (Edit &gt; Undo brings them back)</source>
            <translation>حذف المبادرات المحددة (يعيدها الأمر تحرير &gt; تراجع)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Preferences…</source>
            <translation>التف&amp;ضيلات…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export folder, page size, filter values, IATI reporting organisation</source>
            <translation>مجلد التصدير، وحجم الصفحة، وقيم التصفية، والمنظمة المبلِّغة في IATI</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;About SSC Catalogue</source>
            <translation>&amp;حول SSC Catalogue</translation>
        </message>
    </context>
    <context>
        <name>PgPassFile</name>
        <message>
            <location filename="../src/core/team/PgPassFile.cpp" line="+81" />
            <source>Cannot read %1</source>
            <translation>تتعذر قراءة %1</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Cannot write %1: %2</source>
            <translation>تتعذر كتابة %1: %2</translation>
        </message>
    </context>
    <context>
        <name>PictureExport</name>
        <message>
            <location filename="../src/gui/PictureExport.cpp" line="+88" />
            <source>Cannot write %1</source>
            <translation>تتعذر كتابة %1</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Cannot write %1 (a PNG or SVG file name was expected)</source>
            <translation>تتعذر كتابة %1 (المتوقع: اسم ملف PNG أو SVG)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+35" />
            <source>Cannot write %1: %2</source>
            <translation>تتعذر كتابة %1: %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Save as PNG or SVG…</source>
            <translation>حفظ بتنسيق PNG أو SVG…</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+10" />
            <source>Export %1</source>
            <translation>تصدير %1</translation>
        </message>
        <message>
            <location line="-9" />
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>صورة PNG (*.png);;رسم SVG (*.svg)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeArea</name>
        <message>
            <location filename="../src/core/domain/ReferenceNames.cpp" line="-61" />
            <source>Health</source>
            <translation>الصحة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maternal, newborn and child health</source>
            <translation>صحة الأم والمولود والطفل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>EMTCT of HIV and syphilis</source>
            <translation>القضاء على انتقال فيروس نقص المناعة البشرية والزهري من الأم إلى الطفل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nutrition</source>
            <translation>التغذية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Water, sanitation and hygiene (WASH)</source>
            <translation>المياه والصرف الصحي والنظافة الصحية (WASH)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Early childhood development</source>
            <translation>تنمية الطفولة المبكرة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Education</source>
            <translation>التعليم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child protection</source>
            <translation>حماية الطفل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Social protection</source>
            <translation>الحماية الاجتماعية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash transfers</source>
            <translation>التحويلات النقدية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Social policy and child poverty</source>
            <translation>السياسة الاجتماعية وفقر الأطفال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Climate, energy and environment</source>
            <translation>المناخ والطاقة والبيئة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Air pollution</source>
            <translation>تلوث الهواء</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Humanitarian action</source>
            <translation>العمل الإنساني</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disaster risk reduction</source>
            <translation>الحد من مخاطر الكوارث</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adolescent development and participation</source>
            <translation>نماء المراهقين ومشاركتهم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Innovation</source>
            <translation>الابتكار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child rights and policy advocacy</source>
            <translation>حقوق الطفل والدعوة في مجال السياسات</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <location filename="../src/gui/EditorWidgets.cpp" line="+46" />
            <source>(not given)</source>
            <translation>(غير محدد)</translation>
        </message>
        <message>
            <location filename="../src/gui/HelpDialogs.cpp" line="+39" />
            <source>User guide</source>
            <translation>دليل المستخدم</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The user guide is missing from this build.</source>
            <translation>دليل المستخدم غير موجود في هذا الإصدار من البرنامج.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC Catalogue User Guide</source>
            <translation>دليل مستخدم SSC Catalogue</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick or clear the value (in a filter pane)</source>
            <translation>تحديد القيمة أو إلغاء تحديدها (في جزء تصفية)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open, copy or export the selected rows (in the results)</source>
            <translation>فتح الصفوف المحددة أو نسخها أو تصديرها (في النتائج)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tab, Shift+Tab</source>
            <translation>Tab، Shift+Tab</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next or previous control</source>
            <translation>عنصر التحكم التالي أو السابق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+click</source>
            <translation>Ctrl+نقر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a linked value to the filter (in the details)</source>
            <translation>إضافة قيمة مرتبطة إلى عامل التصفية (في التفاصيل)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alt+D, Alt+S</source>
            <translation>Alt+D، Alt+S</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The initiative's Details and History tabs</source>
            <translation>علامتا التبويب «التفاصيل» و«سجل التغييرات» للمبادرة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+, -, arrows, Home</source>
            <translation>+، -، الأسهم، Home</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom, move, the whole world (on the map)</source>
            <translation>التكبير والتصغير، والتحريك، والعالم بأكمله (على الخريطة)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrows, Enter</source>
            <translation>الأسهم، Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick a bar, filter by it (on a dashboard chart)</source>
            <translation>اختيار عمود والتصفية حسبه (في مخطط بلوحة المعلومات)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key</source>
            <translation>المفتاح</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Does</source>
            <translation>الوظيفة</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Keyboard Shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
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
            <translation>%1 غير موجود</translation>
        </message>
    </context>
    <context>
        <name>Region</name>
        <message>
            <location filename="../src/core/domain/ReferenceNames.cpp" line="+4" />
            <source>Africa</source>
            <translation>أفريقيا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Americas</source>
            <translation>الأمريكتان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asia</source>
            <translation>آسيا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Australia and New Zealand</source>
            <translation>أستراليا ونيوزيلندا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caribbean</source>
            <translation>منطقة البحر الكاريبي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Central America</source>
            <translation>أمريكا الوسطى</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Central Asia</source>
            <translation>آسيا الوسطى</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eastern Africa</source>
            <translation>شرق أفريقيا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eastern Asia</source>
            <translation>شرق آسيا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eastern Europe</source>
            <translation>أوروبا الشرقية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Europe</source>
            <translation>أوروبا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latin America and the Caribbean</source>
            <translation>أمريكا اللاتينية ومنطقة البحر الكاريبي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Melanesia</source>
            <translation>ميلانيزيا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Micronesia</source>
            <translation>ميكرونيزيا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Middle Africa</source>
            <translation>وسط أفريقيا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Northern Africa</source>
            <translation>شمال أفريقيا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Northern America</source>
            <translation>أمريكا الشمالية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Northern Europe</source>
            <translation>أوروبا الشمالية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Oceania</source>
            <translation>أوقيانوسيا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Polynesia</source>
            <translation>بولينيزيا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>South America</source>
            <translation>أمريكا الجنوبية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>South-eastern Asia</source>
            <translation>جنوب شرق آسيا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Southern Africa</source>
            <translation>الجنوب الأفريقي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Southern Asia</source>
            <translation>جنوب آسيا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Southern Europe</source>
            <translation>أوروبا الجنوبية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sub-Saharan Africa</source>
            <translation>أفريقيا جنوب الصحراء الكبرى</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Western Africa</source>
            <translation>غرب أفريقيا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Western Asia</source>
            <translation>غرب آسيا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Western Europe</source>
            <translation>أوروبا الغربية</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../src/report/Report.cpp" line="+39" />
            <location line="+191" />
            <location filename="../src/report/ReportFiles.cpp" line="+461" />
            <source>Cancelled</source>
            <translation>أُلغي</translation>
        </message>
        <message>
            <location line="-164" />
            <source>The list shows the first %1 of %2 initiatives, in title order. Export the report as CSV, XLSX or JSON for all of them.</source>
            <translation>تعرض القائمة أول %1 من أصل %2 مبادرة، مرتبة حسب العنوان. صدِّر التقرير بتنسيق CSV أو XLSX أو JSON للحصول عليها جميعًا.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>South-South cooperation initiatives: summary</source>
            <translation>مبادرات التعاون فيما بين بلدان الجنوب: موجز</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Any %1 country</source>
            <translation>أي بلد بدور %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>From %1</source>
            <translation>من %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Until %1</source>
            <translation>حتى %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Text: “%1”</source>
            <translation>النص: «%1»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All initiatives in the catalogue</source>
            <translation>جميع المبادرات في الكتالوج</translation>
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
            <translation>المبادرات</translation>
        </message>
        <message>
            <location filename="../src/report/ReportFiles.cpp" line="-170" />
            <source>Cannot write the report to %1: %2</source>
            <translation>تتعذر كتابة التقرير في %1: %2</translation>
        </message>
        <message>
            <location line="+37" />
            <source>the file cannot be created</source>
            <translation>يتعذر إنشاء الملف</translation>
        </message>
        <message>
            <location line="+24" />
            <location filename="../src/report/ReportText.cpp" line="-10" />
            <source>Catalogue</source>
            <translation>الكتالوج</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/report/ReportText.cpp" line="+2" />
            <source>Prepared on</source>
            <translation>تاريخ الإعداد</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/report/ReportText.cpp" line="+5" />
            <source>Scope</source>
            <translation>النطاق</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/report/ReportHtml.cpp" line="-185" />
            <location filename="../src/report/ReportText.cpp" line="+4" />
            <location filename="../src/report/ReportWording.h" line="+1" />
            <source>Countries involved</source>
            <translation>البلدان المشاركة</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/report/ReportText.cpp" line="+2" />
            <location filename="../src/report/ReportWording.h" line="+2" />
            <source>%1 countries</source>
            <translation>البلدان بدور %1</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/report/ReportHtml.cpp" line="+1" />
            <location line="+60" />
            <location filename="../src/report/ReportText.cpp" line="-61" />
            <location line="+62" />
            <location filename="../src/report/ReportWording.h" line="+1" />
            <source>Partners</source>
            <translation>الشركاء</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/report/ReportWording.h" line="+2" />
            <source>Funding in %1</source>
            <translation>التمويل بعملة %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>First year</source>
            <translation>السنة الأولى</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last year</source>
            <translation>السنة الأخيرة</translation>
        </message>
        <message>
            <location line="+67" />
            <source>a row of the list could not be written (%1)</source>
            <translation>تعذرت كتابة صف من القائمة (%1)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Breakdown</source>
            <translation>التوزيع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <location line="+89" />
            <source>the PDF could not be written</source>
            <translation>تعذرت كتابة ملف PDF</translation>
        </message>
        <message>
            <location line="+130" />
            <source> or </source>
            <translation> أو </translation>
        </message>
        <message>
            <location line="+18" />
            <source>PDF and HTML reports need the graphical libraries</source>
            <translation>تحتاج تقارير PDF وHTML إلى المكتبات الرسومية</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the report was prepared for CSV, XLSX or JSON</source>
            <translation>أُعد التقرير لتنسيق CSV أو XLSX أو JSON</translation>
        </message>
        <message>
            <location line="+19" />
            <source>the finished file could not be moved into place</source>
            <translation>تعذر نقل الملف المكتمل إلى موضعه</translation>
        </message>
        <message>
            <location filename="../src/report/ReportHtml.cpp" line="-107" />
            <source>Initiatives per country</source>
            <translation>المبادرات حسب البلد</translation>
        </message>
        <message>
            <location line="+48" />
            <location filename="../src/report/ReportText.cpp" line="+3" />
            <location filename="../src/report/ReportWording.h" line="+1" />
            <source>Years covered</source>
            <translation>السنوات المشمولة</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 countries: %2</source>
            <translation>البلدان بدور %1: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Funding: no amounts recorded</source>
            <translation>التمويل: لا توجد مبالغ مسجلة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding recorded: </source>
            <translation>التمويل المسجل: </translation>
        </message>
        <message>
            <location line="+2" />
            <source>each currency apart, never added together</source>
            <translation>كل عملة على حدة، دون جمعها أبدًا</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../src/report/ReportText.cpp" line="-83" />
            <source>Amounts</source>
            <translation>المبالغ</translation>
        </message>
        <message>
            <location line="+26" />
            <location filename="../src/report/ReportText.cpp" line="+17" />
            <source>Countries</source>
            <translation>البلدان</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/report/ReportText.cpp" line="+1" />
            <source>Programme areas</source>
            <translation>المجالات البرنامجية</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/report/ReportText.cpp" line="+1" />
            <location line="+63" />
            <source>Funding</source>
            <translation>التمويل</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Years: %1</source>
            <translation>السنوات: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status: %1</source>
            <translation>الحالة: %1</translation>
        </message>
        <message>
            <location line="+37" />
            <location filename="../src/report/ReportText.cpp" line="-101" />
            <source>Catalogue: %1</source>
            <translation>الكتالوج: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/report/ReportText.cpp" line="+1" />
            <source>Prepared on %1</source>
            <translation>أُعد في %1</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/report/ReportText.cpp" line="+2" />
            <source>Scope: %1</source>
            <translation>النطاق: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Initiatives per country, in any role</source>
            <translation>المبادرات حسب البلد، بأي دور</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The largest %1 of %2; all in the tables.</source>
            <translation>أكبر %1 من أصل %2؛ وترد جميعها في الجداول.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Breakdowns</source>
            <translation>التوزيعات</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/report/ReportText.cpp" line="+11" />
            <source>None recorded.</source>
            <translation>لا يوجد شيء مسجل.</translation>
        </message>
        <message>
            <location line="+25" />
            <location filename="../src/report/ReportText.cpp" line="+36" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location filename="../src/report/ReportListFile.cpp" line="+167" />
            <source>a row is damaged</source>
            <translation>صف تالف</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot keep the report's list in %1: %2</source>
            <translation>يتعذر الاحتفاظ بقائمة التقرير في %1: %2</translation>
        </message>
        <message>
            <location filename="../src/report/ReportPages.cpp" line="+320" />
            <source>Page %1 of %2</source>
            <translation>الصفحة %1 من %2</translation>
        </message>
        <message>
            <location filename="../src/report/ReportTally.cpp" line="+91" />
            <source>Not recorded</source>
            <translation>غير مسجل</translation>
        </message>
        <message>
            <location line="+7" />
            <source>An initiative with several values counts in each of their rows, so the rows add up to more than the initiatives.</source>
            <translation>تُحتسب المبادرة ذات القيم المتعددة في كل صف من صفوفها، لذا يتجاوز مجموع الصفوف عدد المبادرات.</translation>
        </message>
        <message>
            <location line="+226" />
            <source>By programme area</source>
            <translation>حسب المجال البرنامجي</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By recipient country</source>
            <translation>حسب البلد المتلقي</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By provider country</source>
            <translation>حسب البلد المقدِّم</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By region</source>
            <translation>حسب المنطقة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By funding source</source>
            <translation>حسب مصدر التمويل</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By modality</source>
            <translation>حسب طريقة التعاون</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By activity type</source>
            <translation>حسب نوع النشاط</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By start year</source>
            <translation>حسب سنة البدء</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By SDG</source>
            <translation>حسب أهداف التنمية المستدامة</translation>
        </message>
        <message>
            <location filename="../src/report/ReportText.cpp" line="-45" />
            <location line="+89" />
            <source>Headline figures</source>
            <translation>الأرقام الرئيسية</translation>
        </message>
        <message>
            <location line="-58" />
            <location line="+48" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Years</source>
            <translation>السنوات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Section</source>
            <translation>القسم</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Item</source>
            <translation>البند</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Currency</source>
            <translation>العملة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+1" />
            <location line="+6" />
            <source>Report</source>
            <translation>التقرير</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Initiative</source>
            <translation>المبادرة</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+112" />
            <source>Cannot write the report: %1</source>
            <translation>تتعذر كتابة التقرير: %1</translation>
        </message>
        <message>
            <location filename="../src/report/ReportFiles.cpp" line="-412" />
            <location filename="../src/report/ReportPages.cpp" line="-126" />
            <source> … [cut: %1 characters]</source>
            <translation> … [اقتُطع: %1 حرفًا]</translation>
        </message>
        <message>
            <location line="+198" />
            <source>Cells cut to Excel's 32,767 characters</source>
            <translation>خلايا اقتُطعت إلى 32767 حرفًا (حدّ Excel)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rows left out: more than a worksheet holds</source>
            <translation>صفوف حُذفت: أكثر مما تتسع له ورقة العمل</translation>
        </message>
    </context>
    <context>
        <name>ReportBuilder</name>
        <message>
            <location filename="../src/report/ReportTitle.cpp" line="+27" />
            <source> and </source>
            <translation> و</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Initiatives</source>
            <translation>المبادرات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 initiatives</source>
            <translation>مبادرات %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 programme areas</source>
            <translation>%1 من المجالات البرنامجية</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 countries and regions</source>
            <translation>%1 من البلدان والمناطق</translation>
        </message>
        <message>
            <location line="-23" />
            <source> with %1s in %2</source>
            <translation> تشارك فيها %2 بدور %1</translation>
        </message>
        <message>
            <location line="+27" />
            <source> in %1</source>
            <translation> في %1</translation>
        </message>
        <message>
            <location line="-28" />
            <source> with any %1</source>
            <translation> لها بلد بدور %1</translation>
        </message>
        <message>
            <location line="-11" />
            <source> with providers in %1</source>
            <translation> تشارك فيها %1 بدور المقدِّم</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any provider</source>
            <translation> لها بلد بدور المقدِّم</translation>
        </message>
        <message>
            <location line="+1" />
            <source> with recipients in %1</source>
            <translation> تشارك فيها %1 بدور المتلقي</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any recipient</source>
            <translation> لها بلد بدور المتلقي</translation>
        </message>
        <message>
            <location line="+1" />
            <source> with facilitators in %1</source>
            <translation> تشارك فيها %1 بدور الميسِّر</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any facilitator</source>
            <translation> لها بلد بدور الميسِّر</translation>
        </message>
        <message>
            <location line="+1" />
            <source> hosted in %1</source>
            <translation> تستضيفها %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any host</source>
            <translation> لها بلد مضيف</translation>
        </message>
        <message>
            <location line="+1" />
            <source> with participants in %1</source>
            <translation> تشارك فيها %1 بدور المشارك</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any participant</source>
            <translation> لها بلد مشارك</translation>
        </message>
        <message>
            <location line="+38" />
            <source> with %1</source>
            <translation> مع %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 partners</source>
            <translation>%1 من الشركاء</translation>
        </message>
        <message>
            <location line="+2" />
            <source> funded by %1</source>
            <translation> بتمويل من %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 sources</source>
            <translation>%1 من المصادر</translation>
        </message>
        <message>
            <location line="+5" />
            <source> for SDG %1</source>
            <translation> (أهداف التنمية المستدامة: %1)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 goals</source>
            <translation>%1 من الأهداف</translation>
        </message>
        <message>
            <location line="+9" />
            <source> matching “%1”</source>
            <translation> تطابق «%1»</translation>
        </message>
        <message>
            <location line="+7" />
            <source>, from %1</source>
            <translation>، من %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, until %1</source>
            <translation>، حتى %1</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../src/gui/ReportDialog.ui" line="+6" />
            <source>Export Report</source>
            <translation>تصدير تقرير</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Format:</source>
            <translation>ال&amp;تنسيق:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>PDF and HTML are documents to read; CSV, XLSX and JSON carry every figure and the full list</source>
            <translation>ملفات PDF وHTML مستندات للقراءة؛ أما CSV وXLSX وJSON فتتضمن كل الأرقام والقائمة الكاملة</translation>
        </message>
        <message>
            <location line="+10" />
            <source>F&amp;ile:</source>
            <translation>ال&amp;ملف:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The report file to write</source>
            <translation>ملف التقرير المراد كتابته</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose where to save the report</source>
            <translation>اختيار مكان حفظ التقرير</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Browse…</source>
            <translation>ا&amp;ستعراض…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the file in a file dialog</source>
            <translation>اختيار الملف من مربع حوار الملفات</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Initiatives:</source>
            <translation>المبادرات:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Under the current &amp;filter</source>
            <translation>&amp;ضمن عامل التصفية الحالي</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exactly the initiatives the results list holds</source>
            <translation>المبادرات الواردة في قائمة النتائج تمامًا</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Selected rows</source>
            <translation>ال&amp;صفوف المحددة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The rows selected in the results list</source>
            <translation>الصفوف المحددة في قائمة النتائج</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Whole catalogue</source>
            <translation>الكتالوج &amp;بأكمله</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every initiative in the catalogue, whatever the filter</source>
            <translation>كل المبادرات في الكتالوج، أيًّا كان عامل التصفية</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Title:</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The title printed at the top of the report</source>
            <translation>العنوان المطبوع أعلى التقرير</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sections:</source>
            <translation>الأقسام:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Headline figures</source>
            <translation>الأرقام ال&amp;رئيسية</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives, countries by role, partners, funding per currency, years</source>
            <translation>المبادرات، والبلدان حسب الدور، والشركاء، والتمويل حسب العملة، والسنوات</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Brea&amp;kdowns</source>
            <translation>التو&amp;زيعات</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Counts by programme area, country, region, funding source, modality, activity type, year and SDG</source>
            <translation>الأعداد حسب المجال البرنامجي والبلد والمنطقة ومصدر التمويل وطريقة التعاون ونوع النشاط والسنة وأهداف التنمية المستدامة</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Bar c&amp;harts</source>
            <translation>المخططات ال&amp;شريطية</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Bar charts of the main breakdowns (PDF and HTML)</source>
            <translation>مخططات شريطية للتوزيعات الرئيسية (PDF وHTML)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;List of initiatives, at most</source>
            <translation>&amp;قائمة المبادرات، بحد أقصى</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The initiatives with their key fields, in title order</source>
            <translation>المبادرات مع حقولها الرئيسية، مرتبة حسب العنوان</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Most initiatives in the list</source>
            <translation>الحد الأقصى لعدد المبادرات في القائمة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How many initiatives the list shows; the figures always cover all of them</source>
            <translation>عدد المبادرات التي تعرضها القائمة؛ وتشمل الأرقام دائمًا جميع المبادرات</translation>
        </message>
        <message>
            <location line="+3" />
            <source>all</source>
            <translation>الكل</translation>
        </message>
        <message>
            <location line="+25" />
            <source>S&amp;ources cited</source>
            <translation>المصادر المذ&amp;كورة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The documents the initiatives cite</source>
            <translation>الوثائق التي تذكرها المبادرات</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Paper:</source>
            <translation>ال&amp;ورق:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Paper size of the PDF</source>
            <translation>حجم ورق ملف PDF</translation>
        </message>
        <message>
            <location line="+7" />
            <source>L&amp;andscape</source>
            <translation>&amp;أفقي</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Print the PDF across the page</source>
            <translation>طباعة ملف PDF في الاتجاه الأفقي</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Export status</source>
            <translation>حالة التصدير</translation>
        </message>
        <message>
            <location filename="../src/report/ReportFiles.cpp" line="+93" />
            <source>PDF document (.pdf)</source>
            <translation>مستند PDF (.pdf)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Web page (.html)</source>
            <translation>صفحة ويب (.html)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Markdown (.md)</source>
            <translation>Markdown (.md)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>CSV table (.csv)</source>
            <translation>جدول CSV (.csv)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Excel workbook (.xlsx)</source>
            <translation>مصنف Excel (.xlsx)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>JSON data (.json)</source>
            <translation>بيانات JSON (.json)</translation>
        </message>
    </context>
    <context>
        <name>SchemaMigrator</name>
        <message>
            <location filename="../src/core/storage/SchemaMigrator.cpp" line="+65" />
            <source>Schema step %1 failed: %2 (in: %3)</source>
            <translation>فشلت خطوة المخطط %1: %2 (في: %3)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Schema version %1 is not one this program can upgrade</source>
            <translation>إصدار المخطط %1 ليس إصدارًا يمكن لهذا البرنامج ترقيته</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Schema step %1 is missing from the program</source>
            <translation>خطوة المخطط %1 غير موجودة في البرنامج</translation>
        </message>
    </context>
    <context>
        <name>TeamServer</name>
        <message>
            <location filename="../src/core/storage/TeamServer.cpp" line="+101" />
            <source>Team catalogue on %1: %2: %3</source>
            <translation>كتالوج الفريق على %1: %2: %3</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Cannot connect to the team catalogue: %1</source>
            <translation>يتعذر الاتصال بكتالوج الفريق: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not a server address libpq reads: %1: %2</source>
            <translation>ليس عنوان خادم تقرؤه libpq: %1: %2</translation>
        </message>
        <message>
            <location line="+60" />
            <source>cannot read the database</source>
            <translation>تتعذر قراءة قاعدة البيانات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The database already holds a team catalogue</source>
            <translation>تتضمن قاعدة البيانات بالفعل كتالوج فريق</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+10" />
            <source>cannot create the team catalogue</source>
            <translation>يتعذر إنشاء كتالوج الفريق</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not an SSC team catalogue</source>
            <translation>%1 ليس كتالوج فريق SSC</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The team catalogue's schema (version %1) is newer than this program reads (%2): update SSC Catalogue</source>
            <translation>مخطط كتالوج الفريق (الإصدار %1) أحدث مما يقرؤه هذا البرنامج (%2): حدِّث SSC Catalogue</translation>
        </message>
        <message>
            <location line="+76" />
            <location line="+6" />
            <location line="+33" />
            <location line="+4" />
            <source>cannot read the changes</source>
            <translation>تتعذر قراءة التغييرات</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the changes arrived malformed</source>
            <translation>وصلت التغييرات بصيغة غير سليمة</translation>
        </message>
        <message>
            <location line="+8" />
            <source>cannot read the latest revision</source>
            <translation>تتعذر قراءة أحدث مراجعة</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+4" />
            <source>cannot start writing</source>
            <translation>يتعذر بدء الكتابة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>cannot read %1</source>
            <translation>تتعذر قراءة %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>the server refused the change to %1</source>
            <translation>رفض الخادم التغيير على %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>cannot tell the team of the change</source>
            <translation>يتعذر إبلاغ الفريق بالتغيير</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the server did not keep the changes</source>
            <translation>لم يحتفظ الخادم بالتغييرات</translation>
        </message>
        <message>
            <location line="+7" />
            <source>cannot listen for the team's changes</source>
            <translation>تتعذر متابعة تغييرات الفريق</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the connection was lost</source>
            <translation>انقطع الاتصال</translation>
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <location filename="../src/core/team/TeamRecords.h" line="+75" />
            <source>A damaged record</source>
            <translation>سجل تالف</translation>
        </message>
        <message>
            <location filename="../src/core/team/TeamSync.cpp" line="+244" />
            <source>The team catalogue kept changing during the sync; try again</source>
            <translation>استمر كتالوج الفريق في التغيُّر أثناء المزامنة؛ حاول مرة أخرى</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 is already a copy of the team catalogue at %2</source>
            <translation>%1 نسخة بالفعل من كتالوج الفريق على %2</translation>
        </message>
        <message>
            <location line="+46" />
            <source>%1 is not empty: clone into a new catalogue</source>
            <translation>%1 ليس فارغًا: استنسخ في كتالوج جديد</translation>
        </message>
        <message>
            <location line="+54" />
            <source>%1 exists; clone into a new file</source>
            <translation>%1 موجود؛ استنسخ في ملف جديد</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Cannot write %1</source>
            <translation>تتعذر كتابة %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a copy of a team catalogue (clone one with `ssc-catalogue clone`)</source>
            <translation>%1 ليس نسخة من كتالوج فريق (استنسخ واحدًا باستخدام `ssc-catalogue clone`)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 is not a copy of a team catalogue</source>
            <translation>%1 ليس نسخة من كتالوج فريق</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No conflict on %1 of %2</source>
            <translation>لا يوجد تعارض في الحقل %1 من %2</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 is not here to take the server's value</source>
            <translation>%1 غير موجود هنا لأخذ قيمة الخادم</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(none)</source>
            <translation>(لا شيء)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(deleted)</source>
            <translation>(محذوف)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the record ("%1")</source>
            <translation>السجل ("%1")</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../src/core/domain/Vocabulary.cpp" line="+24" />
            <source>Planned</source>
            <translation>مخطط لها</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ongoing</source>
            <translation>جارية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation>منجزة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Knowledge exchange</source>
            <translation>تبادل المعارف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technical assistance</source>
            <translation>المساعدة التقنية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technology exchange</source>
            <translation>تبادل التكنولوجيا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resource exchange</source>
            <translation>تبادل الموارد</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Programme</source>
            <translation>برنامج</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High-level meeting</source>
            <translation>اجتماع رفيع المستوى</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conference</source>
            <translation>مؤتمر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Side event</source>
            <translation>مناسبة جانبية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Webinar</source>
            <translation>ندوة عبر الإنترنت</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Study tour</source>
            <translation>جولة دراسية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Training</source>
            <translation>تدريب</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Community of practice</source>
            <translation>جماعة الممارسين</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Publication</source>
            <translation>منشور</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Internship</source>
            <translation>تدريب داخلي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Humanitarian response</source>
            <translation>الاستجابة الإنسانية</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+23" />
            <source>Fund</source>
            <translation>صندوق</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Provider</source>
            <translation>مقدِّم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipient</source>
            <translation>متلقٍّ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>ميسِّر</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+8" />
            <source>Host</source>
            <translation>مضيف</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Participant</source>
            <translation>مشارك</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Funder</source>
            <translation>جهة ممولة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Implementer</source>
            <translation>جهة منفذة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coordinator</source>
            <translation>جهة منسقة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technical partner</source>
            <translation>شريك تقني</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Government</source>
            <translation>حكومة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UN agency</source>
            <translation>وكالة تابعة للأمم المتحدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multilateral</source>
            <translation>منظمة متعددة الأطراف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>NGO</source>
            <translation>منظمة غير حكومية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Academia</source>
            <translation>الأوساط الأكاديمية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private sector</source>
            <translation>القطاع الخاص</translation>
        </message>
    </context>
    <context>
        <name>WorldMapView</name>
        <message>
            <location filename="../src/report/MapPicture.cpp" line="+214" />
            <source>Provider → recipient</source>
            <translation>مقدِّم ← متلقٍّ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>line width: initiatives shared</source>
            <translation>عرض الخط: المبادرات المشتركة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the %L1 largest of %L2 links</source>
            <translation>أكبر %L1 من أصل %L2 رابط</translation>
        </message>
        <message>
            <location line="+39" />
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
    </context>
    <context>
        <name>ssc::BulkEditDialog</name>
        <message>
            <location filename="../src/gui/BulkEditDialog.cpp" line="+17" />
            <source>Bulk Edit</source>
            <translation>تحرير جماعي</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Set to</source>
            <translation>تعيين إلى</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>for example completed, nutrition, 4, ET:recipient</source>
            <translation>مثل completed، nutrition، 4، ET:recipient</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What is wrong with the change</source>
            <translation>ما الخطأ في التغيير</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>One change to each of the %n selected initiative(s):</source>
            <translation>
                <numerusform>تغيير واحد لكل مبادرة محددة (لا توجد مبادرات محددة):</numerusform>
                <numerusform>تغيير واحد للمبادرة المحددة:</numerusform>
                <numerusform>تغيير واحد لكل من المبادرتين المحددتين:</numerusform>
                <numerusform>تغيير واحد لكل من المبادرات الـ %n المحددة:</numerusform>
                <numerusform>تغيير واحد لكل مبادرة من المبادرات المحددة البالغ عددها %n:</numerusform>
                <numerusform>تغيير واحد لكل مبادرة من المبادرات المحددة البالغ عددها %n:</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Field:</source>
            <translation>ال&amp;حقل:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change:</source>
            <translation>ال&amp;تغيير:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Value:</source>
            <translation>ال&amp;قيمة:</translation>
        </message>
    </context>
    <context>
        <name>ssc::CatalogueEdits</name>
        <message>
            <location filename="../src/gui/CatalogueEdits.cpp" line="+140" />
            <source>New '%1'</source>
            <translation>إضافة «%1»</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit '%1'</source>
            <translation>تحرير «%1»</translation>
        </message>
        <message numerus="yes">
            <location line="+53" />
            <source>Bulk edit of %n initiative(s)</source>
            <translation>
                <numerusform>تحرير جماعي لـ %n مبادرة</numerusform>
                <numerusform>تحرير جماعي لمبادرة واحدة</numerusform>
                <numerusform>تحرير جماعي لمبادرتين</numerusform>
                <numerusform>تحرير جماعي لـ %n مبادرات</numerusform>
                <numerusform>تحرير جماعي لـ %n مبادرة</numerusform>
                <numerusform>تحرير جماعي لـ %n مبادرة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Restore '%1'</source>
            <translation>استعادة «%1»</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n initiative(s)? Edit &gt; Undo brings them back, and the history keeps them.</source>
            <translation>
                <numerusform>حذف %n مبادرة؟ يعيدها الأمر تحرير &gt; تراجع، ويحتفظ بها سجل التغييرات.</numerusform>
                <numerusform>حذف مبادرة واحدة؟ يعيدها الأمر تحرير &gt; تراجع، ويحتفظ بها سجل التغييرات.</numerusform>
                <numerusform>حذف مبادرتين؟ يعيدهما الأمر تحرير &gt; تراجع، ويحتفظ بهما سجل التغييرات.</numerusform>
                <numerusform>حذف %n مبادرات؟ يعيدها الأمر تحرير &gt; تراجع، ويحتفظ بها سجل التغييرات.</numerusform>
                <numerusform>حذف %n مبادرة؟ يعيدها الأمر تحرير &gt; تراجع، ويحتفظ بها سجل التغييرات.</numerusform>
                <numerusform>حذف %n مبادرة؟ يعيدها الأمر تحرير &gt; تراجع، ويحتفظ بها سجل التغييرات.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+24" />
            <source>Delete '%1'</source>
            <translation>حذف «%1»</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n initiative(s)</source>
            <translation>
                <numerusform>حذف %n مبادرة</numerusform>
                <numerusform>حذف مبادرة واحدة</numerusform>
                <numerusform>حذف مبادرتين</numerusform>
                <numerusform>حذف %n مبادرات</numerusform>
                <numerusform>حذف %n مبادرة</numerusform>
                <numerusform>حذف %n مبادرة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/CatalogueEditsMerge.cpp" line="+72" />
            <source>Merge '%1'</source>
            <translation>دمج «%1»</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The import of %1 changed more than %L2 records: it cannot be undone (its entry in the history says what it did).</source>
            <translation>غيَّر استيراد %1 أكثر من %L2 سجل: لا يمكن التراجع عنه (يوضح قيده في سجل التغييرات ما قام به).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Import '%1'</source>
            <translation>استيراد «%1»</translation>
        </message>
    </context>
    <context>
        <name>ssc::ConflictDialog</name>
        <message>
            <location filename="../src/gui/ConflictDialog.cpp" line="+37" />
            <source>Review Conflicts</source>
            <translation>مراجعة التعارضات</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Conflicts with the team catalogue</source>
            <translation>التعارضات مع كتالوج الفريق</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Initiative</source>
            <translation>المبادرة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mine</source>
            <translation>قيمتي</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>قيمتهم</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs by</source>
            <translation>قيمتهم بواسطة</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Keep &amp;Mine</source>
            <translation>الاحتفاظ ب&amp;قيمتي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take &amp;Theirs</source>
            <translation>أخذ قيمت&amp;هم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep All M&amp;ine</source>
            <translation>الاحتفاظ ب&amp;كل قيمي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take All T&amp;heirs</source>
            <translation>&amp;أخذ كل قيمهم</translation>
        </message>
        <message>
            <location line="+47" />
            <source>No conflicts: every field agrees with the team catalogue.</source>
            <translation>لا توجد تعارضات: كل الحقول متطابقة مع كتالوج الفريق.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n field(s) were changed here and in the team catalogue. Your value is kept until you choose; Keep Mine sends it with the next sync.</source>
            <translation>
                <numerusform>لم يتغير أي حقل هنا وفي كتالوج الفريق. يُحتفظ بقيمتك إلى أن تختار؛ ويرسلها الزر «الاحتفاظ بقيمتي» مع المزامنة التالية.</numerusform>
                <numerusform>تغيَّر حقل واحد هنا وفي كتالوج الفريق. يُحتفظ بقيمتك إلى أن تختار؛ ويرسلها الزر «الاحتفاظ بقيمتي» مع المزامنة التالية.</numerusform>
                <numerusform>تغيَّر حقلان هنا وفي كتالوج الفريق. يُحتفظ بقيمتك إلى أن تختار؛ ويرسلها الزر «الاحتفاظ بقيمتي» مع المزامنة التالية.</numerusform>
                <numerusform>تغيَّرت %n حقول هنا وفي كتالوج الفريق. يُحتفظ بقيمتك إلى أن تختار؛ ويرسلها الزر «الاحتفاظ بقيمتي» مع المزامنة التالية.</numerusform>
                <numerusform>تغيَّر %n حقلًا هنا وفي كتالوج الفريق. يُحتفظ بقيمتك إلى أن تختار؛ ويرسلها الزر «الاحتفاظ بقيمتي» مع المزامنة التالية.</numerusform>
                <numerusform>تغيَّر %n حقل هنا وفي كتالوج الفريق. يُحتفظ بقيمتك إلى أن تختار؛ ويرسلها الزر «الاحتفاظ بقيمتي» مع المزامنة التالية.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::DashboardChart</name>
        <message>
            <location filename="../src/gui/DashboardChart.cpp" line="+69" />
            <source>Click a bar to filter by it; Ctrl+click adds it. From the keyboard: arrow keys and Enter</source>
            <translation>انقر عمودًا للتصفية حسبه؛ ويضيفه Ctrl+نقر. من لوحة المفاتيح: مفاتيح الأسهم وEnter</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the chart %1</source>
            <translation>تصدير المخطط %1</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Nothing to chart under this filter</source>
            <translation>لا يوجد ما يُعرض في مخطط ضمن عامل التصفية هذا</translation>
        </message>
        <message>
            <location line="+160" />
            <source>Made with SSC Catalogue.</source>
            <translation>أُعدّ باستخدام SSC Catalogue.</translation>
        </message>
    </context>
    <context>
        <name>ssc::DashboardPane</name>
        <message>
            <location filename="../src/gui/DashboardPane.cpp" line="+50" />
            <source>Initiatives by start year</source>
            <translation>المبادرات حسب سنة البدء</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By programme area</source>
            <translation>حسب المجال البرنامجي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By modality</source>
            <translation>حسب طريقة التعاون</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By activity type</source>
            <translation>حسب نوع النشاط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top partners</source>
            <translation>أبرز الشركاء</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding by year</source>
            <translation>التمويل حسب السنة</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Initiatives</source>
            <translation>المبادرات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Currency of the funding chart</source>
            <translation>عملة مخطط التمويل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amounts are charted one currency at a time: they are never added across currencies</source>
            <translation>تُعرض المبالغ في المخطط بعملة واحدة في كل مرة: ولا تُجمع أبدًا عبر العملات</translation>
        </message>
        <message>
            <location line="+158" />
            <source>The %1 with the most initiatives, of %2.</source>
            <translation>أكثر %1 من حيث عدد المبادرات، من أصل %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 of the %2 initiatives have none recorded.</source>
            <translation>لا توجد قيمة مسجلة لـ %1 من أصل %2 مبادرة.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>An initiative with several values counts in each of their bars.</source>
            <translation>تُحتسب المبادرة ذات القيم المتعددة في كل عمود من أعمدتها.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>%1: %2 initiatives; click for those running that year</source>
            <translation>%1: عدد المبادرات %2؛ انقر لعرض المبادرات الجارية في تلك السنة</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 of the %2 initiatives have no start year recorded.</source>
            <translation>لا توجد سنة بدء مسجلة لـ %1 من أصل %2 مبادرة.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>One initiative under the filter.</source>
            <translation>مبادرة واحدة ضمن عامل التصفية.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 initiatives under the filter.</source>
            <translation>عدد المبادرات ضمن عامل التصفية: %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click a bar to filter by it.</source>
            <translation>انقر عمودًا للتصفية حسبه.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Some charts could not be counted: %1</source>
            <translation>تعذر حساب بعض المخططات: %1</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Amount in %1</source>
            <translation>المبلغ بعملة %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Billions of %1</source>
            <translation>مليارات %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Millions of %1</source>
            <translation>ملايين %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Thousands of %1</source>
            <translation>آلاف %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Without a year (neither the funding's nor the initiative's start): %L1 %2.</source>
            <translation>بدون سنة (لا سنة التمويل ولا سنة بدء المبادرة): %L1 %2.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: %2 %3 from %4 initiatives; click for those running that year</source>
            <translation>%1: %2 %3 من مبادرات عددها %4؛ انقر لعرض المبادرات الجارية في تلك السنة</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Also recorded in other currencies (%1), charted one at a time.</source>
            <translation>مسجلة أيضًا بعملات أخرى (%1)، تُعرض كل منها على حدة.</translation>
        </message>
    </context>
    <context>
        <name>ssc::DuplicatesDialog</name>
        <message>
            <location filename="../src/gui/DuplicatesDialog.cpp" line="+36" />
            <source>&amp;Stop</source>
            <translation>&amp;إيقاف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merge…</source>
            <translation>&amp;دمج…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Not Duplicates</source>
            <translation>&amp;ليست مكررة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search &amp;Again</source>
            <translation>البحث &amp;مجددًا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find Duplicates</source>
            <translation>البحث عن السجلات المكررة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Search for duplicates</source>
            <translation>البحث عن سجلات مكررة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop looking for duplicates</source>
            <translation>إيقاف البحث عن السجلات المكررة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Likely duplicates</source>
            <translation>السجلات المرجح أنها مكررة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>الدرجة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Records</source>
            <translation>السجلات</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Make the two records one, choosing each field side by side</source>
            <translation>جعل السجلين سجلًا واحدًا، مع اختيار كل حقل بالمقارنة جنبًا إلى جنب</translation>
        </message>
        <message>
            <location line="+2" />
            <source>They are different initiatives: do not offer this pair again</source>
            <translation>إنهما مبادرتان مختلفتان: لا تقترح هذا الزوج مرة أخرى</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Looking for records with the same or a similar title and a country or year in common, or the same IATI identifier…</source>
            <translation>جارٍ البحث عن سجلات لها العنوان نفسه أو عنوان مشابه وبلد أو سنة مشتركة، أو معرِّف IATI نفسه…</translation>
        </message>
        <message>
            <location line="+57" />
            <source>No likely duplicates in this catalogue.</source>
            <translation>لا توجد في هذا الكتالوج سجلات يُرجَّح أنها مكررة.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n pair(s) of records that may be one initiative, best first. Merge makes a pair one record (Edit &gt; Undo takes it back).</source>
            <translation>
                <numerusform>لا توجد أزواج من السجلات قد تكون مبادرة واحدة. يجعل الدمج الزوج سجلًا واحدًا (ويلغيه الأمر تحرير &gt; تراجع).</numerusform>
                <numerusform>زوج واحد من السجلات قد يكون مبادرة واحدة. يجعل الدمج الزوج سجلًا واحدًا (ويلغيه الأمر تحرير &gt; تراجع).</numerusform>
                <numerusform>زوجان من السجلات قد يكون كل منهما مبادرة واحدة، الأرجح أولًا. يجعل الدمج الزوج سجلًا واحدًا (ويلغيه الأمر تحرير &gt; تراجع).</numerusform>
                <numerusform>%n أزواج من السجلات قد يكون كل منها مبادرة واحدة، الأرجح أولًا. يجعل الدمج الزوج سجلًا واحدًا (ويلغيه الأمر تحرير &gt; تراجع).</numerusform>
                <numerusform>%n زوجًا من السجلات قد يكون كل منها مبادرة واحدة، الأرجح أولًا. يجعل الدمج الزوج سجلًا واحدًا (ويلغيه الأمر تحرير &gt; تراجع).</numerusform>
                <numerusform>%n زوج من السجلات قد يكون كل منها مبادرة واحدة، الأرجح أولًا. يجعل الدمج الزوج سجلًا واحدًا (ويلغيه الأمر تحرير &gt; تراجع).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::FacetModel</name>
        <message numerus="yes">
            <location filename="../src/gui/FacetModel.cpp" line="+145" />
            <source>%1: %n initiative(s) under the current filter</source>
            <translation>
                <numerusform>%1: لا توجد مبادرات ضمن عامل التصفية الحالي</numerusform>
                <numerusform>%1: مبادرة واحدة ضمن عامل التصفية الحالي</numerusform>
                <numerusform>%1: مبادرتان ضمن عامل التصفية الحالي</numerusform>
                <numerusform>%1: %n مبادرات ضمن عامل التصفية الحالي</numerusform>
                <numerusform>%1: %n مبادرة ضمن عامل التصفية الحالي</numerusform>
                <numerusform>%1: %n مبادرة ضمن عامل التصفية الحالي</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::FilterPanel</name>
        <message>
            <location filename="../src/gui/FilterPanel.cpp" line="+75" />
            <source>Any role</source>
            <translation>أي دور</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The role the ticked regions and countries have in an initiative</source>
            <translation>الدور الذي تؤديه المناطق والبلدان المحددة في المبادرة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role of the ticked regions and countries</source>
            <translation>دور المناطق والبلدان المحددة</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show only the values whose name holds this text</source>
            <translation>إظهار القيم التي يتضمن اسمها هذا النص فقط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find in %1</source>
            <translation>البحث في %1</translation>
        </message>
        <message>
            <location line="+76" />
            <source>None recorded in this catalogue</source>
            <translation>لا يوجد شيء مسجل في هذا الكتالوج</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No value matches</source>
            <translation>لا توجد قيمة مطابقة</translation>
        </message>
    </context>
    <context>
        <name>ssc::HistoryDialog</name>
        <message>
            <location filename="../src/gui/HistoryDialog.cpp" line="+31" />
            <source>Recent Changes</source>
            <translation>آخر التغييرات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recent changes to the catalogue</source>
            <translation>آخر التغييرات على الكتالوج</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When</source>
            <translation>التاريخ والوقت</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>المستخدم</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record</source>
            <translation>السجل</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>الحقول المُغيَّرة</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Restore Deleted Initiative</source>
            <translation>&amp;استعادة المبادرة المحذوفة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write the selected deleted initiative back as it was</source>
            <translation>إعادة كتابة المبادرة المحذوفة المحددة كما كانت</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The selected change in full</source>
            <translation>التغيير المحدد كاملًا</translation>
        </message>
        <message>
            <location line="+30" />
            <source>%1: %2 → %3</source>
            <translation>%1: %2 ← %3</translation>
        </message>
        <message>
            <location line="+48" />
            <source>history entry %1</source>
            <translation>القيد %1 في سجل التغييرات</translation>
        </message>
        <message>
            <location line="+5" />
            <source>As it was before:</source>
            <translation>كما كان من قبل:</translation>
        </message>
    </context>
    <context>
        <name>ssc::ImportDialog</name>
        <message>
            <location filename="../src/gui/ImportDialog.cpp" line="+29" />
            <source>title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>texts</source>
            <translation>النصوص</translation>
        </message>
        <message>
            <location line="+1" />
            <source>status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dates</source>
            <translation>التواريخ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>countries</source>
            <translation>البلدان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>programme areas</source>
            <translation>المجالات البرنامجية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>partners</source>
            <translation>الشركاء</translation>
        </message>
        <message>
            <location line="+1" />
            <source>funding</source>
            <translation>التمويل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SDGs</source>
            <translation>أهداف التنمية المستدامة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location line="+2" />
            <source>other details</source>
            <translation>تفاصيل أخرى</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Import %1</source>
            <translation>استيراد %1</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Reading and checking %1…</source>
            <translation>جارٍ قراءة %1 وفحصه…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message numerus="yes">
            <location line="+54" />
            <source>Nothing to import: %n record(s) checked, none new or changed.</source>
            <translation>
                <numerusform>لا يوجد ما يُستورد: لم يُفحص أي سجل، ولا يوجد سجل جديد أو مُغيَّر.</numerusform>
                <numerusform>لا يوجد ما يُستورد: فُحص سجل واحد، وهو ليس جديدًا ولا مُغيَّرًا.</numerusform>
                <numerusform>لا يوجد ما يُستورد: فُحص سجلان، وليس أي منهما جديدًا أو مُغيَّرًا.</numerusform>
                <numerusform>لا يوجد ما يُستورد: فُحصت %n سجلات، وليس أي منها جديدًا أو مُغيَّرًا.</numerusform>
                <numerusform>لا يوجد ما يُستورد: فُحص %n سجلًا، وليس أي منها جديدًا أو مُغيَّرًا.</numerusform>
                <numerusform>لا يوجد ما يُستورد: فُحص %n سجل، وليس أي منها جديدًا أو مُغيَّرًا.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Checked %n record(s): %1 to add, %2 to update, %3 in conflict, %4 rejected. Nothing has been written yet.</source>
            <translation>
                <numerusform>لم يُفحص أي سجل: للإضافة %1، وللتحديث %2، ومتعارضة %3، ومرفوضة %4. لم يُكتب أي شيء بعد.</numerusform>
                <numerusform>فُحص سجل واحد: للإضافة %1، وللتحديث %2، ومتعارضة %3، ومرفوضة %4. لم يُكتب أي شيء بعد.</numerusform>
                <numerusform>فُحص سجلان: للإضافة %1، وللتحديث %2، ومتعارضة %3، ومرفوضة %4. لم يُكتب أي شيء بعد.</numerusform>
                <numerusform>فُحصت %n سجلات: للإضافة %1، وللتحديث %2، ومتعارضة %3، ومرفوضة %4. لم يُكتب أي شيء بعد.</numerusform>
                <numerusform>فُحص %n سجلًا: للإضافة %1، وللتحديث %2، ومتعارضة %3، ومرفوضة %4. لم يُكتب أي شيء بعد.</numerusform>
                <numerusform>فُحص %n سجل: للإضافة %1، وللتحديث %2، ومتعارضة %3، ومرفوضة %4. لم يُكتب أي شيء بعد.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Catalogue: %1
File: %2</source>
            <translation>الكتالوج: %1
الملف: %2</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>&amp;Import %n record(s)</source>
            <translation>
                <numerusform>ا&amp;ستيراد %n سجل</numerusform>
                <numerusform>ا&amp;ستيراد سجل واحد</numerusform>
                <numerusform>ا&amp;ستيراد سجلين</numerusform>
                <numerusform>ا&amp;ستيراد %n سجلات</numerusform>
                <numerusform>ا&amp;ستيراد %n سجلًا</numerusform>
                <numerusform>ا&amp;ستيراد %n سجل</numerusform>
            </translation>
        </message>
        <message>
            <location line="+26" />
            <source>Writing to the catalogue… Cancel leaves it as it was.</source>
            <translation>جارٍ الكتابة في الكتالوج… يؤدي الإلغاء إلى إبقائه كما كان.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Imported: %1 added, %2 updated, %3 unchanged, %4 rejected.</source>
            <translation>تم الاستيراد: المُضافة %1، المُحدَّثة %2، دون تغيير %3، المرفوضة %4.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Cannot save the report</source>
            <translation>يتعذر حفظ التقرير</translation>
        </message>
        <message>
            <location line="+9" />
            <source>-import-report.txt</source>
            <translation>-import-report.txt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save Import Report</source>
            <translation>حفظ تقرير الاستيراد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text (*.txt);;JSON (*.json)</source>
            <translation>نص (*.txt);;JSON (*.json)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cancelling…</source>
            <translation>جارٍ الإلغاء…</translation>
        </message>
    </context>
    <context>
        <name>ssc::IndexStatus</name>
        <message>
            <location filename="../src/gui/IndexStatus.cpp" line="+23" />
            <source>Progress of the index build</source>
            <translation>تقدم إنشاء الفهرس</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop or start the index build</source>
            <translation>إيقاف إنشاء الفهرس أو بدؤه</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The counts appear when the index is built (see the status bar). Search, sorting and the results work meanwhile.</source>
            <translation>تظهر الأعداد عند اكتمال إنشاء الفهرس (انظر شريط الحالة). ويعمل البحث والفرز والنتائج في أثناء ذلك.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No counts: building the index was stopped. Filtering by these values needs it: choose Build index in the status bar.</source>
            <translation>لا توجد أعداد: توقف إنشاء الفهرس. تحتاج التصفية حسب هذه القيم إليه: اختر «إنشاء الفهرس» في شريط الحالة.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No counts: the index could not be built (see the status bar).</source>
            <translation>لا توجد أعداد: تعذر إنشاء الفهرس (انظر شريط الحالة).</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Building the index for the filters…</source>
            <translation>جارٍ إنشاء الفهرس لعوامل التصفية…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop</source>
            <translation>إيقاف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop building the index; the results stay, without counts</source>
            <translation>إيقاف إنشاء الفهرس؛ وتبقى النتائج، ولكن دون أعداد</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Index not built.</source>
            <translation>لم يُنشأ الفهرس.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build index</source>
            <translation>إنشاء الفهرس</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build the index that the filters and their counts need</source>
            <translation>إنشاء الفهرس الذي تحتاجه عوامل التصفية وأعدادها</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The index could not be built: %1</source>
            <translation>تعذر إنشاء الفهرس: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try again</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build the index again</source>
            <translation>إعادة إنشاء الفهرس</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Dismiss</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hide this notice</source>
            <translation>إخفاء هذا الإشعار</translation>
        </message>
    </context>
    <context>
        <name>ssc::InitiativeDetailsView</name>
        <message>
            <location filename="../src/gui/InitiativeDetailsView.cpp" line="+124" />
            <source>Edit…</source>
            <translation>تحرير…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duplicate…</source>
            <translation>تكرار…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Edit…</source>
            <translation>&amp;تحرير…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>D&amp;uplicate…</source>
            <translation>ت&amp;كرار…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>&amp;حذف</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Select an initiative to read about it.</source>
            <translation>حدِّد مبادرة لقراءة تفاصيلها.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>In %1, from the record's translations; its own language is %2.</source>
            <translation>باللغة %1، من ترجمات السجل؛ لغته الأصلية هي %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In %1, the record's own language: it has no %2 translation.</source>
            <translation>باللغة %1، وهي اللغة الأصلية للسجل: لا توجد له ترجمة باللغة %2.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>IATI identifier</source>
            <translation>معرِّف IATI</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Dates</source>
            <translation>التواريخ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Modality</source>
            <translation>طريقة التعاون</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cooperation</source>
            <translation>التعاون</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Triangular</source>
            <translation>ثلاثي</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Programme areas</source>
            <translation>المجالات البرنامجية</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Partners</source>
            <translation>الشركاء</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Funding</source>
            <translation>التمويل</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Target %1</source>
            <translation>الغاية %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goal %1: %2</source>
            <translation>الهدف %1: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SDGs</source>
            <translation>أهداف التنمية المستدامة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beneficiaries</source>
            <translation>المستفيدون</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Results</source>
            <translation>النتائج</translation>
        </message>
        <message>
            <location line="+20" />
            <source>offline copy</source>
            <translation>نسخة محفوظة محليًا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>offline copy: %1</source>
            <translation>نسخة محفوظة محليًا: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No change has been recorded for this initiative.</source>
            <translation>لم يُسجَّل أي تغيير لهذه المبادرة.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: %2 → %3</source>
            <translation>%1: %2 ← %3</translation>
        </message>
        <message>
            <location line="+12" />
            <source>History</source>
            <translation>سجل التغييرات</translation>
        </message>
    </context>
    <context>
        <name>ssc::InitiativeEditor</name>
        <message>
            <location filename="../src/gui/InitiativeEditor.cpp" line="+30" />
            <source>Edit Initiative</source>
            <translation>تحرير المبادرة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New Initiative</source>
            <translation>مبادرة جديدة</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+113" />
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <location line="-113" />
            <location line="+2" />
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <location line="+111" />
            <source>Role of the country</source>
            <translation>دور البلد</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Partner organisation</source>
            <translation>المنظمة الشريكة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role of the partner</source>
            <translation>دور الشريك</translation>
        </message>
        <message>
            <location line="+166" />
            <source> (row %1)</source>
            <translation> (الصف %1)</translation>
        </message>
        <message>
            <location filename="../src/gui/InitiativeEditorTables.cpp" line="+63" />
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+59" />
            <source>Amount</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <location line="-59" />
            <location line="+63" />
            <source>Currency</source>
            <translation>العملة</translation>
        </message>
        <message>
            <location line="-63" />
            <location line="+71" />
            <source>Year</source>
            <translation>السنة</translation>
        </message>
        <message>
            <location line="-68" />
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+93" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location line="-93" />
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Funding source</source>
            <translation>مصدر التمويل</translation>
        </message>
        <message>
            <location line="+8" />
            <source>such as 250000</source>
            <translation>مثل 250000</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 — %2 (withdrawn)</source>
            <translation>%1 — %2 (مسحوب)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>YYYY</source>
            <translation>YYYY</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Translated field</source>
            <translation>الحقل المترجم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>الملخص</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Translated text</source>
            <translation>النص المترجم</translation>
        </message>
        <message>
            <location line="+46" />
            <source>field "funding[%1].amount": "%2" is not a number (expected an amount such as 250000)</source>
            <translation>الحقل "funding[%1].amount": "%2" ليس عددًا (المتوقع: مبلغ مثل 250000)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>field "funding[%1].year": "%2" is not a year (expected YYYY)</source>
            <translation>الحقل "funding[%1].year": "%2" ليست سنة (المتوقع: YYYY)</translation>
        </message>
    </context>
    <context>
        <name>ssc::InitiativeTableModel</name>
        <message>
            <location filename="../src/gui/InitiativeTableModel.cpp" line="+135" />
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Title in %1; the record does not state its own language</source>
            <translation>العنوان باللغة %1؛ لا يذكر السجل لغته الأصلية</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title in %1; the record's own language is %2</source>
            <translation>العنوان باللغة %1؛ اللغة الأصلية للسجل هي %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Title in %1, the record's own language</source>
            <translation>العنوان باللغة %1، وهي اللغة الأصلية للسجل</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Countries</source>
            <translation>البلدان</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Programme areas</source>
            <translation>المجالات البرنامجية</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Partners</source>
            <translation>الشركاء</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Funding</source>
            <translation>التمويل</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Years</source>
            <translation>السنوات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
    </context>
    <context>
        <name>ssc::KeyboardNavigation</name>
        <message>
            <location filename="../src/gui/KeyboardNavigation.cpp" line="+39" />
            <source>Go to the search box</source>
            <translation>الانتقال إلى مربع البحث</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Read the selected result (in the results)</source>
            <translation>قراءة النتيجة المحددة (في النتائج)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Next area: search, filters, results, details</source>
            <translation>المنطقة التالية: البحث، عوامل التصفية، النتائج، التفاصيل</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Previous area</source>
            <translation>المنطقة السابقة</translation>
        </message>
    </context>
    <context>
        <name>ssc::LanguageMenu</name>
        <message>
            <location filename="../src/gui/LanguageMenu.cpp" line="+18" />
            <source>&amp;Language</source>
            <translation>اللغ&amp;ة</translation>
        </message>
        <message>
            <location line="+15" />
            <source>System Language (%1)</source>
            <translation>لغة النظام (%1)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC Catalogue will be in %1 the next time it starts.</source>
            <translation>لغة SSC Catalogue عند تشغيله في المرة القادمة: %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Restart Now</source>
            <translation>&amp;إعادة التشغيل الآن</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Later</source>
            <translation>&amp;لاحقًا</translation>
        </message>
    </context>
    <context>
        <name>ssc::MainWindow</name>
        <message>
            <location filename="../src/gui/MainWindow.cpp" line="+85" />
            <location line="+194" />
            <source>%L1 of %L2 initiatives</source>
            <translation>%L1 من أصل %L2 مبادرة</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Searching…</source>
            <translation>جارٍ البحث…</translation>
        </message>
        <message numerus="yes">
            <location line="+51" />
            <source>%Ln initiative(s) shown</source>
            <translation>
                <numerusform>لا توجد مبادرات معروضة</numerusform>
                <numerusform>مبادرة واحدة معروضة</numerusform>
                <numerusform>مبادرتان معروضتان</numerusform>
                <numerusform>%Ln مبادرات معروضة</numerusform>
                <numerusform>%Ln مبادرة معروضة</numerusform>
                <numerusform>%Ln مبادرة معروضة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+111" />
            <source>Report written to %1</source>
            <translation>كُتب التقرير في %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>About SSC Catalogue</source>
            <translation>حول SSC Catalogue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;SSC Catalogue %1&lt;/h3&gt;&lt;p&gt;A catalogue of South-South and triangular cooperation initiatives for children.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3).&lt;/p&gt;&lt;p&gt;Data: country codes and UN M49 regions from ISO-3166-Countries-with-Regional-Codes (CC BY-SA 4.0); DAC sectors and currencies from the IATI Standard (iatistandard.org, CC BY 4.0); SDG short titles from Open SDG (MIT); SDG colours from the United Nations' SDG guidelines. The bundled catalogue is drawn from UNICEF's public pages on South-South cooperation.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;SSC Catalogue %1&lt;/h3&gt;&lt;p&gt;كتالوج لمبادرات التعاون فيما بين بلدان الجنوب والتعاون الثلاثي من أجل الأطفال.&lt;/p&gt;&lt;p&gt;Qt %2 (بُني باستخدام %3).&lt;/p&gt;&lt;p&gt;البيانات: رموز البلدان ومناطق UN M49 من ISO-3166-Countries-with-Regional-Codes (CC BY-SA 4.0)؛ وقطاعات لجنة المساعدة الإنمائية (DAC) والعملات من معيار IATI (iatistandard.org، CC BY 4.0)؛ والعناوين المختصرة لأهداف التنمية المستدامة من Open SDG (MIT)؛ وألوان أهداف التنمية المستدامة من المبادئ التوجيهية للأمم المتحدة بشأن أهداف التنمية المستدامة. والكتالوج المرفق مستمد من صفحات اليونيسف العامة عن التعاون فيما بين بلدان الجنوب.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/MainWindowChips.cpp" line="+60" />
            <source>%1: %Ln selected</source>
            <translation>
                <numerusform>%1: لا توجد قيم محددة</numerusform>
                <numerusform>%1: قيمة واحدة محددة</numerusform>
                <numerusform>%1: قيمتان محددتان</numerusform>
                <numerusform>%1: %Ln قيم محددة</numerusform>
                <numerusform>%1: %Ln قيمة محددة</numerusform>
                <numerusform>%1: %Ln قيمة محددة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>Role: %1</source>
            <translation>الدور: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Years: %1–%2</source>
            <translation>السنوات: %1–%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Search: %1</source>
            <translation>البحث: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Remove this filter</source>
            <translation>إزالة عامل التصفية هذا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove these filters:
%1</source>
            <translation>إزالة عوامل التصفية هذه:
%1</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowEdits.cpp" line="+27" />
            <source>&amp;Undo</source>
            <translation>&amp;تراجع</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Redo</source>
            <translation>إ&amp;عادة</translation>
        </message>
        <message>
            <location line="+49" />
            <source>F&amp;ind Duplicates…</source>
            <translation>ال&amp;بحث عن السجلات المكررة…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Records that are likely one initiative brought in twice, to merge</source>
            <translation>سجلات يُرجَّح أنها مبادرة واحدة أُدخلت مرتين، لدمجها</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Recent &amp;Changes…</source>
            <translation>آخر ال&amp;تغييرات…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The catalogue's history: who changed what, and when</source>
            <translation>سجل تغييرات الكتالوج: من غيَّر ماذا، ومتى</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cannot change the catalogue</source>
            <translation>يتعذر تغيير الكتالوج</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowFiles.cpp" line="+35" />
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importable files (*.xml *.csv *.json);;IATI activity files (*.xml);;CSV files (*.csv);;Catalogue files (*.json)</source>
            <translation>الملفات القابلة للاستيراد (*.xml *.csv *.json);;ملفات أنشطة IATI (*.xml);;ملفات CSV (*.csv);;ملفات الكتالوج (*.json)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cannot import</source>
            <translation>يتعذر الاستيراد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not an IATI activity file (.xml), a CSV file (.csv) or a catalogue file (.json).</source>
            <translation>%1 ليس ملف أنشطة IATI (.xml) ولا ملف CSV (.csv) ولا ملف كتالوج (.json).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Imported %1</source>
            <translation>تم استيراد %1</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Export to IATI</source>
            <translation>تصدير إلى IATI</translation>
        </message>
        <message>
            <location line="+3" />
            <source>IATI activity files (*.xml)</source>
            <translation>ملفات أنشطة IATI (*.xml)</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+53" />
            <source>Writing %1…</source>
            <translation>جارٍ كتابة %1…</translation>
        </message>
        <message>
            <location line="-45" />
            <source>No initiative is shown: there is nothing to export.</source>
            <translation>لا توجد مبادرات معروضة: لا يوجد ما يُصدَّر.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+50" />
            <source>Cannot export</source>
            <translation>يتعذر التصدير</translation>
        </message>
        <message numerus="yes">
            <location line="-46" />
            <source>Exported %Ln initiative(s) to %1</source>
            <translation>
                <numerusform>لم تُصدَّر أي مبادرة إلى %1</numerusform>
                <numerusform>صُدِّرت مبادرة واحدة إلى %1</numerusform>
                <numerusform>صُدِّرت مبادرتان إلى %1</numerusform>
                <numerusform>صُدِّرت %Ln مبادرات إلى %1</numerusform>
                <numerusform>صُدِّرت %Ln مبادرة إلى %1</numerusform>
                <numerusform>صُدِّرت %Ln مبادرة إلى %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exported to IATI</source>
            <translation>تم التصدير إلى IATI</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln initiative(s) written to %1 as IATI 2.03.</source>
            <translation>
                <numerusform>لم تُكتب أي مبادرة في %1 بتنسيق IATI 2.03.</numerusform>
                <numerusform>كُتبت مبادرة واحدة في %1 بتنسيق IATI 2.03.</numerusform>
                <numerusform>كُتبت مبادرتان في %1 بتنسيق IATI 2.03.</numerusform>
                <numerusform>كُتبت %Ln مبادرات في %1 بتنسيق IATI 2.03.</numerusform>
                <numerusform>كُتبت %Ln مبادرة في %1 بتنسيق IATI 2.03.</numerusform>
                <numerusform>كُتبت %Ln مبادرة في %1 بتنسيق IATI 2.03.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%Ln left out because IATI requires what they lack (see details).</source>
            <translation>
                <numerusform>لم تُستبعد أي مبادرة (انظر التفاصيل).</numerusform>
                <numerusform>استُبعدت مبادرة واحدة لأن IATI يتطلب ما ينقصها (انظر التفاصيل).</numerusform>
                <numerusform>استُبعدت مبادرتان لأن IATI يتطلب ما ينقصهما (انظر التفاصيل).</numerusform>
                <numerusform>استُبعدت %Ln مبادرات لأن IATI يتطلب ما ينقصها (انظر التفاصيل).</numerusform>
                <numerusform>استُبعدت %Ln مبادرة لأن IATI يتطلب ما ينقصها (انظر التفاصيل).</numerusform>
                <numerusform>استُبعدت %Ln مبادرة لأن IATI يتطلب ما ينقصها (انظر التفاصيل).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export Catalogue File</source>
            <translation>تصدير ملف الكتالوج</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Catalogue files (*.json)</source>
            <translation>ملفات الكتالوج (*.json)</translation>
        </message>
        <message numerus="yes">
            <location line="+21" />
            <source>Exported the catalogue (%Ln initiative(s), its history and saved searches) to %1</source>
            <translation>
                <numerusform>صُدِّر الكتالوج (بلا مبادرات، وسجل تغييراته وعمليات البحث المحفوظة) إلى %1</numerusform>
                <numerusform>صُدِّر الكتالوج (مبادرة واحدة، وسجل تغييراته وعمليات البحث المحفوظة) إلى %1</numerusform>
                <numerusform>صُدِّر الكتالوج (مبادرتان، وسجل تغييراته وعمليات البحث المحفوظة) إلى %1</numerusform>
                <numerusform>صُدِّر الكتالوج (%Ln مبادرات، وسجل تغييراته وعمليات البحث المحفوظة) إلى %1</numerusform>
                <numerusform>صُدِّر الكتالوج (%Ln مبادرة، وسجل تغييراته وعمليات البحث المحفوظة) إلى %1</numerusform>
                <numerusform>صُدِّر الكتالوج (%Ln مبادرة، وسجل تغييراته وعمليات البحث المحفوظة) إلى %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Applying %1…</source>
            <translation>جارٍ تطبيق %1…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot apply the change bundle</source>
            <translation>يتعذر تطبيق حزمة التغييرات</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Applied %1: %2 changed, %3 already so, %4 in conflict</source>
            <translation>طُبِّقت %1: المُغيَّرة %2، المطابقة مسبقًا %3، المتعارضة %4</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowOpen.cpp" line="+46" />
            <source>Opening %1…</source>
            <translation>جارٍ فتح %1…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot open the catalogue</source>
            <translation>يتعذر فتح الكتالوج</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 — SSC Catalogue</source>
            <translation>%1 — SSC Catalogue</translation>
        </message>
        <message>
            <location line="+82" />
            <source>Open Catalogue</source>
            <translation>فتح كتالوج</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC catalogues (*.ssccat);;All files (*)</source>
            <translation>كتالوجات SSC (*.ssccat);;كل الملفات (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+7" />
            <source>New Catalogue</source>
            <translation>كتالوج جديد</translation>
        </message>
        <message>
            <location line="-6" />
            <source>SSC catalogues (*.ssccat)</source>
            <translation>كتالوجات SSC (*.ssccat)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 already exists. Choose a new name, or open it with File &gt; Open Catalogue.</source>
            <translation>%1 موجود بالفعل. اختر اسمًا جديدًا، أو افتحه باستخدام ملف &gt; فتح كتالوج.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>No recent catalogues</source>
            <translation>لا توجد كتالوجات حديثة</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowSearches.cpp" line="+24" />
            <source>&amp;Save Search…</source>
            <translation>&amp;حفظ البحث…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep the current filters and search under a name, in the catalogue</source>
            <translation>الاحتفاظ بعوامل التصفية الحالية والبحث تحت اسم، في الكتالوج</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved Searc&amp;hes</source>
            <translation>عمليات البحث ال&amp;محفوظة</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Saved searches</source>
            <translation>عمليات البحث المحفوظة</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Search saved as "%1"</source>
            <translation>حُفظ البحث باسم "%1"</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowViews.cpp" line="+25" />
            <source>Map</source>
            <translation>الخريطة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The initiatives under the filter, as a list (Ctrl+1)</source>
            <translation>المبادرات ضمن عامل التصفية، في صورة قائمة (Ctrl+1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dashboard</source>
            <translation>لوحة المعلومات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where they are, on a world map (Ctrl+2)</source>
            <translation>أماكنها، على خريطة العالم (Ctrl+2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Charts of them: years, areas, partners, funding (Ctrl+3)</source>
            <translation>مخططات عنها: السنوات، والمجالات، والشركاء، والتمويل (Ctrl+3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;List</source>
            <translation>ال&amp;قائمة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Map</source>
            <translation>ال&amp;خريطة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Dashboard</source>
            <translation>&amp;لوحة المعلومات</translation>
        </message>
    </context>
    <context>
        <name>ssc::MapPane</name>
        <message>
            <location filename="../src/gui/MapPane.cpp" line="+29" />
            <source>Any role</source>
            <translation>أي دور</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Role the map counts countries in</source>
            <translation>الدور الذي تُحتسب به البلدان على الخريطة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Countries as:</source>
            <translation>البلدان بدور:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Countries</source>
            <translation>البلدان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Links: provider → recipient</source>
            <translation>الروابط: مقدِّم ← متلقٍّ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Countries shaded by their initiatives, or lines from each provider to each recipient</source>
            <translation>البلدان مظللة حسب مبادراتها، أو خطوط من كل مقدِّم إلى كل متلقٍّ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the map shows</source>
            <translation>ما تعرضه الخريطة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show:</source>
            <translation>العرض:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whole World</source>
            <translation>العالم بأكمله</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the whole world again (Home)</source>
            <translation>عرض العالم بأكمله مرة أخرى (Home)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <location line="+131" />
            <source>Initiatives</source>
            <translation>المبادرات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Initiatives as %1</source>
            <translation>المبادرات بدور %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not on the map (too small at this scale): %1</source>
            <translation>غير ظاهرة على الخريطة (صغيرة جدًا بهذا المقياس): %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Initiatives by country</source>
            <translation>المبادرات حسب البلد</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Map data: Natural Earth (public domain). Made with SSC Catalogue.</source>
            <translation>بيانات الخريطة: Natural Earth (ملك عام). أُعدّت باستخدام SSC Catalogue.</translation>
        </message>
    </context>
    <context>
        <name>ssc::MergeDialog</name>
        <message>
            <location filename="../src/gui/MergeDialog.cpp" line="+56" />
            <source>Merge Duplicates</source>
            <translation>دمج السجلات المكررة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fields of the two records</source>
            <translation>حقول السجلين</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Merge</source>
            <translation>&amp;دمج</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Keep the Other's Key</source>
            <translation>الاحتفاظ ب&amp;مفتاح السجل الآخر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the second record's identifier and merge the first into it</source>
            <translation>الاحتفاظ بمعرِّف السجل الثاني ودمج الأول فيه</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Keep %1 "%2" and merge %3 "%4" into it. Choose each field that differs; lists are united unless you choose one side. Afterwards %3 finds the merged record, and Edit &gt; Undo takes the merge back.</source>
            <translation>الاحتفاظ بـ %1 "%2" ودمج %3 "%4" فيه. اختر كل حقل مختلف؛ وتُوحَّد القوائم ما لم تختر أحد الجانبين. بعد ذلك يؤدي %3 إلى السجل المدمج، ويلغي الأمر تحرير &gt; تراجع عملية الدمج.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep: %1</source>
            <translation>المحتفظ به: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other: %1</source>
            <translation>الآخر: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Both</source>
            <translation>كلاهما</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(none)</source>
            <translation>(لا شيء)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the kept record's</source>
            <translation>قيمة السجل المحتفظ به</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the other record's</source>
            <translation>قيمة السجل الآخر</translation>
        </message>
        <message>
            <location line="+2" />
            <source>both</source>
            <translation>كلاهما</translation>
        </message>
        <message>
            <location line="+0" />
            <source>both records'</source>
            <translation>قيمتا السجلين</translation>
        </message>
    </context>
    <context>
        <name>ssc::OrganisationDialog</name>
        <message>
            <location filename="../src/gui/OrganisationDialog.cpp" line="+25" />
            <source>New Organisation</source>
            <translation>منظمة جديدة</translation>
        </message>
        <message>
            <location line="+7" />
            <source>(not given)</source>
            <translation>(غير محدد)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>such as UNICEF</source>
            <translation>مثل UNICEF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What is wrong with the organisation</source>
            <translation>ما الخطأ في المنظمة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier</source>
            <translation>المعرِّف</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name:</source>
            <translation>الا&amp;سم:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Acronym:</source>
            <translation>الاخت&amp;صار:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Type:</source>
            <translation>ال&amp;نوع:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Country:</source>
            <translation>ال&amp;بلد:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier:</source>
            <translation>المعرِّف:</translation>
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
            <translation>التفضيلات</translation>
        </message>
        <message>
            <location line="-135" />
            <source>The name the catalogue's history gives your changes</source>
            <translation>الاسم الذي ينسب إليه سجل تغييرات الكتالوج تغييراتك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your &amp;name:</source>
            <translation>ا&amp;سمك:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Browse…</source>
            <translation>استع&amp;راض…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the export folder</source>
            <translation>اختيار مجلد التصدير</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+3" />
            <source>Export folder</source>
            <translation>مجلد التصدير</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Export folder:</source>
            <translation>مجلد ال&amp;تصدير:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Start in the last folder used</source>
            <translation>ال&amp;بدء في آخر مجلد مستخدم</translation>
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
            <translation>&amp;حجم صفحة تقارير PDF:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+10" />
            <source>Logo of reports</source>
            <translation>شعار التقارير</translation>
        </message>
        <message>
            <location line="-9" />
            <source>An image (PNG, JPEG or SVG) drawn at the top of a report's first page</source>
            <translation>صورة (PNG أو JPEG أو SVG) تُرسم أعلى الصفحة الأولى من التقرير</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ch&amp;oose…</source>
            <translation>ا&amp;ختيار…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the logo of reports</source>
            <translation>اختيار شعار التقارير</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Images (*.png *.jpg *.jpeg *.svg)</source>
            <translation>الصور (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Report &amp;logo:</source>
            <translation>&amp;شعار التقارير:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Introduction of reports</source>
            <translation>مقدمة التقارير</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A paragraph under the title of every report: who you are, why these initiatives</source>
            <translation>فقرة أسفل عنوان كل تقرير: من أنت، ولماذا هذه المبادرات</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Report &amp;introduction:</source>
            <translation>م&amp;قدمة التقارير:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Printed above the figures on the first page: a long introduction pushes the figures and charts onto the next page. A few sentences fit.</source>
            <translation>تُطبع فوق الأرقام في الصفحة الأولى: والمقدمة الطويلة تدفع الأرقام والمخططات إلى الصفحة التالية. تكفي بضع جمل.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Hide filter values with no matches</source>
            <translation>إخفاء قيم التصفية &amp;غير المطابقة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>for example XM-DAC-41122</source>
            <translation>مثل XM-DAC-41122</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your organisation's IATI identifier, written as the reporting organisation of IATI exports</source>
            <translation>معرِّف IATI لمنظمتك، ويُكتب بوصفه المنظمة المبلِّغة في ملفات IATI المُصدَّرة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI &amp;reporting organisation:</source>
            <translation>المنظمة ال&amp;مبلِّغة في IATI:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(not given)</source>
            <translation>(غير محدد)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Organisation &amp;type:</source>
            <translation>&amp;نوع المنظمة:</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The export folder %1 does not exist. Choose a folder that exists, or leave the field empty for Documents.</source>
            <translation>مجلد التصدير %1 غير موجود. اختر مجلدًا موجودًا، أو اترك الحقل فارغًا لاستخدام مجلد المستندات.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The report logo %1 is not an image this program can read. Choose a PNG, JPEG or SVG file, or leave the field empty.</source>
            <translation>شعار التقرير %1 ليس صورة يمكن لهذا البرنامج قراءتها. اختر ملف PNG أو JPEG أو SVG، أو اترك الحقل فارغًا.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The IATI reporting organisation is an identifier without spaces, such as XM-DAC-41122; "%1" has spaces.</source>
            <translation>المنظمة المبلِّغة في IATI معرِّف بلا مسافات، مثل XM-DAC-41122؛ و"%1" يتضمن مسافات.</translation>
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
            <translation>&amp;ضمن عامل التصفية الحالي (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Selected rows (%1)</source>
            <translation>ال&amp;صفوف المحددة (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Whole catalogue (%1)</source>
            <translation>الكتالوج &amp;بأكمله (%1)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Export</source>
            <translation>تصد&amp;ير</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pre&amp;view</source>
            <translation>معاي&amp;نة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See the PDF or HTML report before saving it</source>
            <translation>عرض تقرير PDF أو HTML قبل حفظه</translation>
        </message>
        <message>
            <location line="+42" />
            <source>report</source>
            <translation>تقرير</translation>
        </message>
        <message>
            <location line="+1" />
            <source> report</source>
            <translation> - تقرير</translation>
        </message>
        <message>
            <location line="+53" />
            <location line="+63" />
            <source>Export Report</source>
            <translation>تصدير تقرير</translation>
        </message>
        <message>
            <location line="-62" />
            <source>%1 (*.%2)</source>
            <translation>%1 (*.%2)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Choose the file to write the report to.</source>
            <translation>اختر الملف المراد كتابة التقرير فيه.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot write the report to %1: the folder %2 does not exist.</source>
            <translation>تتعذر كتابة التقرير في %1: المجلد %2 غير موجود.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot write the report to %1: it is a folder.</source>
            <translation>تتعذر كتابة التقرير في %1: فهو مجلد.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 already exists. Replace it?</source>
            <translation>%1 موجود بالفعل. هل تريد استبداله؟</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cancelling…</source>
            <translation>جارٍ الإلغاء…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Reading initiatives: %1 of %2</source>
            <translation>جارٍ قراءة المبادرات: %1 من أصل %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Preparing the preview…</source>
            <translation>جارٍ إعداد المعاينة…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preparing the report…</source>
            <translation>جارٍ إعداد التقرير…</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Cancelled</source>
            <translation>أُلغي</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Preview cancelled.</source>
            <translation>أُلغيت المعاينة.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled: no file was written.</source>
            <translation>أُلغيت العملية: لم يُكتب أي ملف.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Wrote %1.</source>
            <translation>كُتب %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Report Exported</source>
            <translation>تم تصدير التقرير</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The report on %1 initiatives was written to %2.</source>
            <translation>كُتب التقرير عن المبادرات (عددها %1) في %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open &amp;File</source>
            <translation>فتح ال&amp;ملف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open F&amp;older</source>
            <translation>فتح المج&amp;لد</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+7" />
            <source>Preview: %1</source>
            <translation>معاينة: %1</translation>
        </message>
    </context>
    <context>
        <name>ssc::ReportTask</name>
        <message>
            <location filename="../src/gui/ReportTask.cpp" line="+70" />
            <source>%1 selected from: %2</source>
            <translation>تم تحديد %1 من: %2</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+13" />
            <location line="+16" />
            <source>Cancelled</source>
            <translation>أُلغي</translation>
        </message>
    </context>
    <context>
        <name>ssc::ResultsView</name>
        <message>
            <location filename="../src/gui/ResultsView.cpp" line="+117" />
            <source>Columns</source>
            <translation>الأعمدة</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Reset columns</source>
            <translation>إعادة تعيين الأعمدة</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Open</source>
            <translation>&amp;فتح</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit…</source>
            <translation>&amp;تحرير…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>D&amp;uplicate…</source>
            <translation>ت&amp;كرار…</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>&amp;Delete %n initiative(s)…</source>
            <translation>
                <numerusform>&amp;حذف %n مبادرة…</numerusform>
                <numerusform>&amp;حذف مبادرة واحدة…</numerusform>
                <numerusform>&amp;حذف مبادرتين…</numerusform>
                <numerusform>&amp;حذف %n مبادرات…</numerusform>
                <numerusform>&amp;حذف %n مبادرة…</numerusform>
                <numerusform>&amp;حذف %n مبادرة…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Copy as text</source>
            <translation>&amp;نسخ كنص</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Copy &amp;identifier</source>
            <translation>
                <numerusform>نسخ ال&amp;معرِّفات</numerusform>
                <numerusform>نسخ ال&amp;معرِّف</numerusform>
                <numerusform>نسخ ال&amp;معرِّفين</numerusform>
                <numerusform>نسخ ال&amp;معرِّفات</numerusform>
                <numerusform>نسخ ال&amp;معرِّفات</numerusform>
                <numerusform>نسخ ال&amp;معرِّفات</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>&amp;Export %n selected row(s) as a report…</source>
            <translation>
                <numerusform>تص&amp;دير %n صف محدد كتقرير…</numerusform>
                <numerusform>تص&amp;دير الصف المحدد كتقرير…</numerusform>
                <numerusform>تص&amp;دير الصفين المحددين كتقرير…</numerusform>
                <numerusform>تص&amp;دير %n صفوف محددة كتقرير…</numerusform>
                <numerusform>تص&amp;دير %n صفًا محددًا كتقرير…</numerusform>
                <numerusform>تص&amp;دير %n صف محدد كتقرير…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::SavedSearchesPane</name>
        <message>
            <location filename="../src/gui/SavedSearchesPane.cpp" line="+22" />
            <source>&lt;b&gt;Saved searches&lt;/b&gt;</source>
            <translation>&lt;b&gt;عمليات البحث المحفوظة&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved searches</source>
            <translation>عمليات البحث المحفوظة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Double-click or press Enter to apply a saved search</source>
            <translation>انقر نقرًا مزدوجًا أو اضغط Enter لتطبيق بحث محفوظ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save…</source>
            <translation>حفظ…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the current filters and search under a name</source>
            <translation>حفظ عوامل التصفية الحالية والبحث تحت اسم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Update</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make the selected saved search the current filters</source>
            <translation>جعل البحث المحفوظ المحدد مطابقًا لعوامل التصفية الحالية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename…</source>
            <translation>إعادة تسمية…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Rename Saved Search</source>
            <translation>إعادة تسمية البحث المحفوظ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New name:</source>
            <translation>الاسم الجديد:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Delete Saved Search</source>
            <translation>حذف البحث المحفوظ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the saved search "%1"?</source>
            <translation>هل تريد حذف البحث المحفوظ "%1"؟</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Save Search</source>
            <translation>حفظ البحث</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name for the current filters and search:</source>
            <translation>اسم لعوامل التصفية الحالية والبحث:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>None yet: Save… keeps the current filters</source>
            <translation>لا يوجد شيء بعد: يحتفظ الزر «حفظ…» بعوامل التصفية الحالية</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamCloneDialog</name>
        <message>
            <location filename="../src/gui/TeamCloneDialog.cpp" line="+25" />
            <source>&amp;Remember the password (system keychain, or ~/.pgpass where there is none)</source>
            <translation>&amp;تذكر كلمة المرور (في سلسلة مفاتيح النظام، أو في ~/.pgpass في حال عدم وجودها)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Clone</source>
            <translation>ا&amp;ستنساخ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clone Team Catalogue</source>
            <translation>استنساخ كتالوج الفريق</translation>
        </message>
        <message>
            <location line="+5" />
            <source>from ~/.pgpass when empty</source>
            <translation>من ~/.pgpass إذا تُرك فارغًا</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Browse…</source>
            <translation>استع&amp;راض…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Server:</source>
            <translation>ال&amp;خادم:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>&amp;كلمة المرور:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Local copy:</source>
            <translation>النسخة ال&amp;محلية:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Local Copy</source>
            <translation>النسخة المحلية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC catalogues (*.ssccat)</source>
            <translation>كتالوجات SSC (*.ssccat)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Give the team catalogue's server, as its keeper gave it.</source>
            <translation>أدخل خادم كتالوج الفريق، كما قدَّمه المسؤول عنه.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a new file for the local copy.</source>
            <translation>اختر ملفًا جديدًا للنسخة المحلية.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cloning… a large team catalogue takes a minute.</source>
            <translation>جارٍ الاستنساخ… يستغرق كتالوج الفريق الكبير دقيقة.</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamConnectDialog</name>
        <message>
            <location filename="../src/gui/TeamConnectDialog.cpp" line="+25" />
            <source>&amp;Remember the password (system keychain, or ~/.pgpass where there is none)</source>
            <translation>&amp;تذكر كلمة المرور (في سلسلة مفاتيح النظام، أو في ~/.pgpass في حال عدم وجودها)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Connect</source>
            <translation>ات&amp;صال</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connect to the Team Catalogue</source>
            <translation>الاتصال بكتالوج الفريق</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Server:</source>
            <translation>الخادم:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User:</source>
            <translation>ال&amp;مستخدم:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>&amp;كلمة المرور:</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Give the user (role) the team catalogue's keeper gave you.</source>
            <translation>أدخل المستخدم (الدور) الذي قدَّمه لك المسؤول عن كتالوج الفريق.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Connecting…</source>
            <translation>جارٍ الاتصال…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Connected.</source>
            <translation>تم الاتصال.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Connected; the connection is not encrypted (no TLS).</source>
            <translation>تم الاتصال؛ الاتصال غير مشفَّر (بدون TLS).</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamControl</name>
        <message>
            <location filename="../src/gui/TeamControl.cpp" line="+22" />
            <source>&amp;Team Catalogue</source>
            <translation>كتالوج الفري&amp;ق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Clone Team Catalogue…</source>
            <translation>ا&amp;ستنساخ كتالوج الفريق…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;onnect…</source>
            <translation>ا&amp;تصال…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Sync Now</source>
            <translation>م&amp;زامنة الآن</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Review Conflicts…</source>
            <translation>&amp;مراجعة التعارضات…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Send the changes made here and receive the team's</source>
            <translation>إرسال التغييرات التي أُجريت هنا واستلام تغييرات الفريق</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The user and password with which this copy reaches its server</source>
            <translation>المستخدم وكلمة المرور اللذان تصل بهما هذه النسخة إلى خادمها</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fields changed here and in the team catalogue: choose each value</source>
            <translation>حقول تغيَّرت هنا وفي كتالوج الفريق: اختر كل قيمة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make a local copy of a team catalogue on a PostgreSQL server</source>
            <translation>إنشاء نسخة محلية من كتالوج فريق على خادم PostgreSQL</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Team catalogue</source>
            <translation>كتالوج الفريق</translation>
        </message>
        <message>
            <location line="+86" />
            <source>Team: syncing…</source>
            <translation>الفريق: جارٍ المزامنة…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team: not synced this session</source>
            <translation>الفريق: لم تتم المزامنة في هذه الجلسة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team: synced %1</source>
            <translation>الفريق: آخر مزامنة %1</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>لا توجد تغييرات منتظرة</numerusform>
                <numerusform>تغيير واحد منتظر</numerusform>
                <numerusform>تغييران منتظران</numerusform>
                <numerusform>%n تغييرات منتظرة</numerusform>
                <numerusform>%n تغييرًا منتظرًا</numerusform>
                <numerusform>%n تغيير منتظر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>لا توجد تعارضات</numerusform>
                <numerusform>تعارض واحد</numerusform>
                <numerusform>تعارضان</numerusform>
                <numerusform>%n تعارضات</numerusform>
                <numerusform>%n تعارضًا</numerusform>
                <numerusform>%n تعارض</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>new changes on the server by %1: &lt;a href="sync"&gt;Sync now&lt;/a&gt; (F9)</source>
            <translation>تغييرات جديدة على الخادم أجراها %1: &lt;a href="sync"&gt;مزامنة الآن&lt;/a&gt; (F9)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 changed the team catalogue; Sync Now (F9) takes the change here.</source>
            <translation>غيَّر %1 كتالوج الفريق؛ ويجلب الأمر «مزامنة الآن» (F9) التغيير إلى هنا.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The team catalogue's server asks for your password to sync this copy (%1).</source>
            <translation>يطلب خادم كتالوج الفريق كلمة المرور الخاصة بك لمزامنة هذه النسخة (%1).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Synced: received %1, sent %2, merged %3, in conflict %4</source>
            <translation>تمت المزامنة: المستلَمة %1، المرسَلة %2، المدمجة %3، المتعارضة %4</translation>
        </message>
        <message>
            <location line="+7" />
            <source> (the connection is not encrypted)</source>
            <translation> (الاتصال غير مشفَّر)</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamPasswords</name>
        <message>
            <location filename="../src/gui/TeamPasswords.cpp" line="+53" />
            <source>The password is kept in the system keychain.</source>
            <translation>كلمة المرور محفوظة في سلسلة مفاتيح النظام.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The password could not be kept: %1; %2</source>
            <translation>تعذر حفظ كلمة المرور: %1؛ %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no system keychain here (%1); the password is kept in %2, readable by you alone.</source>
            <translation>لا توجد سلسلة مفاتيح للنظام هنا (%1)؛ وكلمة المرور محفوظة في %2، ولا يقرؤها أحد غيرك.</translation>
        </message>
    </context>
    <context>
        <name>ssc::WorldMapView</name>
        <message>
            <location filename="../src/gui/WorldMapView.cpp" line="+30" />
            <source>World map</source>
            <translation>خريطة العالم</translation>
        </message>
        <message>
            <location line="+43" />
            <source>No provider-to-recipient links under the filter.</source>
            <translation>لا توجد روابط من مقدِّم إلى متلقٍّ ضمن عامل التصفية.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Provider to recipient: %1</source>
            <translation>من المقدِّم إلى المتلقي: %1</translation>
        </message>
        <message>
            <location line="+191" />
            <source>%1: among the links drawn, provider to %2 countries, recipient from %3</source>
            <translation>%1: من بين الروابط المرسومة، مقدِّم إلى بلدان عددها %2، ومتلقٍّ من بلدان عددها %3</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%1: %Ln initiative(s)</source>
            <translation>
                <numerusform>%1: لا توجد مبادرات</numerusform>
                <numerusform>%1: مبادرة واحدة</numerusform>
                <numerusform>%1: مبادرتان</numerusform>
                <numerusform>%1: %Ln مبادرات</numerusform>
                <numerusform>%1: %Ln مبادرة</numerusform>
                <numerusform>%1: %Ln مبادرة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+85" />
            <source>No country has initiatives under the filter.</source>
            <translation>لا يوجد بلد لديه مبادرات ضمن عامل التصفية.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1. Most: %2</source>
            <translation>%1. الأكثر: %2</translation>
        </message>
    </context>
</TS>
