<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>BoundedXmlReader</name>
        <message>
            <location filename="../src/core/io/iati/BoundedXmlReader.cpp" line="+54" />
            <location line="+19" />
            <source>its entity references could expand to more than %1 characters</source>
            <translation>其实体引用可能展开为超过 %1 个字符</translation>
        </message>
        <message>
            <location line="+18" />
            <source>nesting deeper than %1 elements</source>
            <translation>嵌套超过 %1 层元素</translation>
        </message>
    </context>
    <context>
        <name>BuildProgress</name>
        <message>
            <location filename="../src/core/index/BuildProgress.h" line="+32" />
            <source>Building the index was stopped</source>
            <translation>索引构建已停止</translation>
        </message>
    </context>
    <context>
        <name>CatalogueEditor</name>
        <message>
            <location filename="../src/core/catalogue/CatalogueEditor.cpp" line="+92" />
            <location line="+7" />
            <source>%1: the record kept in the history is damaged</source>
            <translation>%1：历史记录中保存的记录已损坏</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Initiative %1 is in the catalogue: there is nothing to restore</source>
            <translation>举措 %1 在名录中：没有需要恢复的内容</translation>
        </message>
        <message>
            <location line="+7" />
            <source>history entry %1</source>
            <translation>历史记录条目 %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Initiative %1 has no delete in the history to restore from</source>
            <translation>举措 %1 的历史记录中没有可据以恢复的删除操作</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Initiative %1 cannot be merged with itself</source>
            <translation>举措 %1 不能与自身合并</translation>
        </message>
    </context>
    <context>
        <name>CatalogueImport</name>
        <message>
            <location filename="../src/core/io/CatalogueImport.cpp" line="+29" />
            <source>Import of %1 cancelled: the catalogue is unchanged</source>
            <translation>%1 的导入已取消：名录未更改</translation>
        </message>
        <message>
            <location line="+134" />
            <source>organisation %1 differs from the catalogue's; the catalogue's is kept</source>
            <translation>组织 %1 与名录中的不同；保留名录中的版本</translation>
        </message>
        <message>
            <location line="+37" />
            <source>organisations and sources of the file</source>
            <translation>文件中的组织和来源</translation>
        </message>
        <message>
            <location line="+20" />
            <source>the catalogue already holds this record as it is</source>
            <translation>名录中已有完全相同的此记录</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the catalogue holds a different record with this id</source>
            <translation>名录中有使用此 ID 的另一条记录</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Nothing was imported from %1, as a record breaks the catalogue's rules: line %2, %3: %4</source>
            <translation>未从 %1 导入任何内容，因为有一条记录违反名录的规则：第 %2 行，%3：%4</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing was imported from %1, as a record breaks the catalogue's rules: %2: %3</source>
            <translation>未从 %1 导入任何内容，因为有一条记录违反名录的规则：%2：%3</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source> (and %n more record(s); the import report lists each)</source>
            <translation>
                <numerusform>（另有 %n 条记录；导入报告逐条列出）</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import of %1: check the file before writing</source>
            <translation>导入 %1：写入前检查文件</translation>
        </message>
        <message>
            <location line="+75" />
            <source>conflict: the file's record taken</source>
            <translation>冲突：已采用文件中的记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>conflict: the catalogue's record kept</source>
            <translation>冲突：已保留名录中的记录</translation>
        </message>
    </context>
    <context>
        <name>CatalogueJson</name>
        <message>
            <location filename="../src/core/io/json/CatalogueJson.cpp" line="+40" />
            <location line="+389" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+31" />
            <source>%1: %2, field "%3": %4</source>
            <translation>%1：%2，字段“%3”：%4</translation>
        </message>
        <message>
            <location line="-371" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+20" />
            <source>is missing (expected a string)</source>
            <translation>缺失（应为字符串）</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+43" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+5" />
            <source>is a %1 (expected a string)</source>
            <translation>为 %1 类型（应为字符串）</translation>
        </message>
        <message>
            <location line="-36" />
            <source>is empty (expected a non-empty string)</source>
            <translation>为空（应为非空字符串）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>holds the control character U+%1 (expected text without control characters)</source>
            <translation>包含控制字符 U+%1（应为不含控制字符的文本）</translation>
        </message>
        <message>
            <location line="+16" />
            <source>is a %1 (expected an array of strings)</source>
            <translation>为 %1 类型（应为字符串数组）</translation>
        </message>
        <message>
            <location line="+23" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="-14" />
            <source>is a %1 (expected an array)</source>
            <translation>为 %1 类型（应为数组）</translation>
        </message>
        <message>
            <location line="+16" />
            <source>is a %1 (expected a whole number from %2 to %3)</source>
            <translation>为 %1 类型（应为 %2 至 %3 之间的整数）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>is %1 (expected a whole number from %2 to %3)</source>
            <translation>为 %1（应为 %2 至 %3 之间的整数）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>is a %1 (expected a number)</source>
            <translation>为 %1 类型（应为数字）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not a finite number</source>
            <translation>不是有限数值</translation>
        </message>
        <message>
            <location line="+16" />
            <source>is not a field of this record (expected one of: %1)</source>
            <translation>不是此记录的字段（应为以下之一：%1）</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+22" />
            <source>is a %1 (expected an object)</source>
            <translation>为 %1 类型（应为对象）</translation>
        </message>
        <message>
            <location line="+93" />
            <location line="+54" />
            <source>is a %1 (expected true or false)</source>
            <translation>为 %1 类型（应为 true 或 false）</translation>
        </message>
        <message>
            <location line="-34" />
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="+105" />
            <source>the top level</source>
            <translation>顶层</translation>
        </message>
        <message>
            <location line="+3" />
            <source>is a %1 (expected an object with "format": "ssc-catalogue")</source>
            <translation>为 %1 类型（应为包含 "format": "ssc-catalogue" 的对象）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>is not "ssc-catalogue" (this is not an SSC catalogue file)</source>
            <translation>不是 "ssc-catalogue"（此文件不是 SSC 名录文件）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>is missing (expected 1)</source>
            <translation>缺失（应为 1）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>is %1, newer than this program reads (%2): update SSC Catalogue</source>
            <translation>为 %1，高于本程序可读取的版本（%2）：请更新 SSC Catalogue</translation>
        </message>
        <message>
            <location line="+89" />
            <source>%1: a number is out of range (%2)</source>
            <translation>%1：数值超出范围（%2）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, line %2, column %3: not valid JSON (%4)</source>
            <translation>%1，第 %2 行，第 %3 列：不是有效的 JSON（%4）</translation>
        </message>
        <message>
            <location line="+14" />
            <source>is given twice (expected each field once; which one to keep is not clear)</source>
            <translation>出现了两次（每个字段应只出现一次；无法确定保留哪一个）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <location line="+107" />
            <location line="+5" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location filename="../src/core/io/json/CatalogueJsonHistory.cpp" line="-94" />
            <source>is "%1" (expected a UTC time such as 2026-11-29T08:30:00Z)</source>
            <translation>为“%1”（应为 UTC 时间，例如 2026-11-29T08:30:00Z）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>is "%1" (expected add, edit, delete, restore, import or merge)</source>
            <translation>为“%1”（应为 add、edit、delete、restore、import 或 merge）</translation>
        </message>
        <message>
            <location line="+17" />
            <source>is a %1 (expected an initiative as an object)</source>
            <translation>为 %1 类型（应为表示举措的对象）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>is empty (a saved search needs a name)</source>
            <translation>为空（已保存的搜索需要名称）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not a filter (expected an object)</source>
            <translation>不是筛选条件（应为对象）</translation>
        </message>
    </context>
    <context>
        <name>CatalogueSession</name>
        <message>
            <location filename="../src/gui/CatalogueSession.cpp" line="+18" />
            <source>The saved index of this catalogue was damaged; it was built again from the catalogue, which is unharmed.</source>
            <translation>此目录保存的索引已损坏；已根据目录重新建立，目录本身完好无损。</translation>
        </message>
    </context>
    <context>
        <name>CatalogueStore</name>
        <message>
            <location filename="../src/core/index/IndexedQuerySaved.cpp" line="+124" />
            <location line="+18" />
            <source>Cannot save %1: %2</source>
            <translation>无法保存 %1：%2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/BulkLoad.cpp" line="+12" />
            <location filename="../src/core/storage/CatalogueStore.cpp" line="+268" />
            <location filename="../src/core/storage/CatalogueWrites.cpp" line="+30" />
            <source>Cannot write to %1: %2</source>
            <translation>无法写入 %1：%2</translation>
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
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <location line="+42" />
            <source>A record cannot be a duplicate of itself (%1)</source>
            <translation>记录不能是其自身的重复项（%1）</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueHistory.cpp" line="+117" />
            <source>Initiative %1 already exists in the catalogue</source>
            <translation>名录中已有举措 %1</translation>
        </message>
        <message>
            <location line="+78" />
            <source>The history of %1 has an unknown action "%2" (entry %3)</source>
            <translation>%1 的历史记录中有未知操作“%2”（条目 %3）</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueImportSink.cpp" line="+53" />
            <source>Could not replace initiative %1: %2</source>
            <translation>无法替换举措 %1：%2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueStore.cpp" line="-319" />
            <source>%1 is a folder, not a catalogue file</source>
            <translation>%1 是文件夹，不是名录文件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 cannot be read (permission denied)</source>
            <translation>无法读取 %1（权限不足）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is read-only: SSC Catalogue needs to write to its catalogue. Copy it to a folder you can write to, or make it writable.</source>
            <translation>%1 为只读：SSC Catalogue 需要写入其名录。请将其复制到您有写入权限的文件夹，或将其设为可写。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is empty (0 bytes), not an SSC catalogue; it was left as it is. To start a new catalogue, give a file name that does not exist yet.</source>
            <translation>%1 为空（0 字节），不是 SSC 目录；文件保持原样。要新建目录，请给出一个尚不存在的文件名。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 cannot be read: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not an SSC catalogue (it is not an SQLite database)</source>
            <translation>%1 不是 SSC 名录（不是 SQLite 数据库）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The folder of %1 is read-only: SSC Catalogue needs to write beside its catalogue.</source>
            <translation>%1 所在的文件夹为只读：SSC Catalogue 需要在名录所在位置写入文件。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 does not exist</source>
            <translation>%1 不存在</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot create %1: the folder %2 does not exist</source>
            <translation>无法创建 %1：文件夹 %2 不存在</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Cannot open %1: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+35" />
            <location line="+234" />
            <source>Cannot configure %1: %2</source>
            <translation>无法配置 %1：%2</translation>
        </message>
        <message>
            <location line="-261" />
            <source>%1 is not an SSC catalogue (%2)</source>
            <translation>%1 不是 SSC 名录（%2）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is an SQLite database but not an SSC catalogue</source>
            <translation>%1 是 SQLite 数据库，但不是 SSC 名录</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is damaged: its schema version is %2, which no SSC Catalogue writes</source>
            <translation>%1 已损坏：其架构版本为 %2，任何 SSC Catalogue 都不会写入此版本</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 was made by a newer SSC Catalogue (schema version %2; this program knows up to %3). Update the program to open it.</source>
            <translation>%1 由更新版本的 SSC Catalogue 创建（架构版本 %2；本程序最高支持 %3）。请更新程序后再打开。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Cannot upgrade %1: %2</source>
            <translation>无法升级 %1：%2</translation>
        </message>
        <message>
            <location line="+27" />
            <source>No initiative "%1" in %2</source>
            <translation>%2 中没有举措“%1”</translation>
        </message>
        <message>
            <location line="+173" />
            <location filename="../src/core/storage/SqlQueryEngine.cpp" line="+2" />
            <source>the catalogue</source>
            <translation>名录</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot finish writing %1: %2</source>
            <translation>无法完成写入 %1：%2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/CatalogueWrites.cpp" line="+13" />
            <source>Cannot write to %1: another program has been writing to it for %2 seconds (an import, perhaps). Nothing was written; try again when it has finished.</source>
            <translation>无法写入 %1：另一个程序已在其中写入 %2 秒（可能是一次导入）。未写入任何内容；请在它完成后重试。</translation>
        </message>
        <message>
            <location line="+95" />
            <source>Cancelled; nothing was written to %1</source>
            <translation>已取消；未向 %1 写入任何内容</translation>
        </message>
        <message>
            <location filename="../src/core/storage/ParallelTextIndex.cpp" line="+180" />
            <source>Cannot build the full-text index in %1: %2</source>
            <translation>无法在 %1 中建立全文索引：%2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/ReferenceTableWriter.cpp" line="+24" />
            <source>Cannot write reference data to %1: %2</source>
            <translation>无法将参考数据写入 %1：%2</translation>
        </message>
        <message>
            <location filename="../src/core/storage/SavedSearches.cpp" line="+23" />
            <source>A saved search needs a name</source>
            <translation>已保存的搜索需要名称</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1: the saved search "%2" is damaged</source>
            <translation>%1：已保存的搜索“%2”已损坏</translation>
        </message>
        <message>
            <location line="+30" />
            <source>There is already a saved search "%1"</source>
            <translation>已有名为“%1”的已保存搜索</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+15" />
            <source>There is no saved search "%1"</source>
            <translation>没有名为“%1”的已保存搜索</translation>
        </message>
    </context>
    <context>
        <name>CatalogueValidator</name>
        <message>
            <location filename="../src/core/domain/CatalogueValidator.cpp" line="+26" />
            <source>%1, field "%2": %3</source>
            <translation>%1，字段“%2”：%3</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source> (and %n more problem(s))</source>
            <translation>
                <numerusform> （另有 %n 个问题）</numerusform>
            </translation>
        </message>
        <message>
            <location line="+22" />
            <source>is missing (expected one of: %1)</source>
            <translation>缺失（应为以下之一：%1）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>unknown %1 "%2" (expected one of: %3)</source>
            <translation>%1 值“%2”未知（应为以下之一：%3）</translation>
        </message>
        <message>
            <location line="+53" />
            <source>"%1" is not a valid id (expected letters, digits, . _ : -)</source>
            <translation>“%1”不是有效的 ID（应由字母、数字及 . _ : - 组成）</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+27" />
            <location line="+34" />
            <source>duplicate id "%1"</source>
            <translation>ID“%1”重复</translation>
        </message>
        <message>
            <location line="-57" />
            <source>is missing (expected the document's title)</source>
            <translation>缺失（应为文档标题）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" is not a web address (expected http:// or https://)</source>
            <translation>“%1”不是网址（应以 http:// 或 https:// 开头）</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+65" />
            <source>"%1" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)</source>
            <translation>“%1”不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）</translation>
        </message>
        <message>
            <location line="-52" />
            <location line="+33" />
            <source>"%1" is not a valid id (expected letters, digits, . _ : / -)</source>
            <translation>“%1”不是有效的 ID（应由字母、数字及 . _ : / - 组成）</translation>
        </message>
        <message>
            <location line="-27" />
            <source>is missing (expected the organisation's name)</source>
            <translation>缺失（应为组织名称）</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+57" />
            <source>unknown country code "%1" (expected an ISO 3166-1 alpha-2 code such as "ET")</source>
            <translation>未知的国家代码“%1”（应为 ISO 3166-1 alpha-2 代码，例如“ET”）</translation>
        </message>
        <message>
            <location line="-53" />
            <location line="+152" />
            <source>cites a source twice</source>
            <translation>重复引用了同一来源</translation>
        </message>
        <message>
            <location line="-147" />
            <location line="+152" />
            <source>source "%1" is not in the file or the catalogue</source>
            <translation>来源“%1”既不在文件中，也不在名录中</translation>
        </message>
        <message>
            <location line="-133" />
            <source>is missing (expected a title)</source>
            <translation>缺失（应为标题）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>lists a modality twice</source>
            <translation>重复列出了同一合作方式</translation>
        </message>
        <message>
            <location line="+9" />
            <source>is missing while an end date is given</source>
            <translation>缺失，但已提供结束日期</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is before the start "%2"</source>
            <translation>“%1”早于开始日期“%2”</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 is not a share (expected 0 to 100)</source>
            <translation>%1 不是有效的比例（应为 0 至 100）</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+24" />
            <source>lists %1 as %2 twice</source>
            <translation>两次将 %1 列为 %2</translation>
        </message>
        <message>
            <location line="-18" />
            <source>unknown programme area "%1" (expected an id from data/programme-areas.json such as "health")</source>
            <translation>未知的方案领域“%1”（应为 data/programme-areas.json 中的 ID，例如“health”）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>lists an area twice</source>
            <translation>重复列出了同一领域</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+14" />
            <source>organisation "%1" is not in the file or the catalogue</source>
            <translation>组织“%1”既不在文件中，也不在名录中</translation>
        </message>
        <message>
            <location line="+4" />
            <source>is missing (an amount needs an ISO 4217 currency such as "USD")</source>
            <translation>缺失（金额需要 ISO 4217 货币代码，例如“USD”）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unknown currency "%1" (expected an ISO 4217 code such as "USD")</source>
            <translation>未知的货币“%1”（应为 ISO 4217 代码，例如“USD”）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>is negative</source>
            <translation>为负数</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a plausible year (expected 1900-2100)</source>
            <translation>%1 不是合理的年份（应为 1900-2100）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"%1" is not an SDG (expected a goal 1-17 or a target such as "3.2")</source>
            <translation>“%1”不是可持续发展目标（应为目标编号 1-17 或具体目标编号，例如“3.2”）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>lists "%1" twice</source>
            <translation>两次列出“%1”</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+14" />
            <source>"%1" is not a language code (expected ISO 639-1 such as "fr")</source>
            <translation>“%1”不是语言代码（应为 ISO 639-1 代码，例如“fr”）</translation>
        </message>
        <message>
            <location line="-5" />
            <source>"%1" is not a translated field (expected title, summary or description)</source>
            <translation>“%1”不是可翻译的字段（应为 title、summary 或 description）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>is empty</source>
            <translation>为空</translation>
        </message>
        <message>
            <location line="+3" />
            <source>gives the %1 in %2 twice</source>
            <translation>两次提供 %2 语言的 %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is empty (every record must cite at least one source)</source>
            <translation>为空（每条记录必须引用至少一个来源）</translation>
        </message>
    </context>
    <context>
        <name>ChangeBundle</name>
        <message>
            <location filename="../src/core/team/ChangeBundle.cpp" line="+68" />
            <source>%1 is not a copy of a team catalogue: give --since DATE</source>
            <translation>%1 不是团队名录的副本：请指定 --since DATE</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+3" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>not a change bundle (expected "format": "%1")</source>
            <translation>不是变更包（应为 "format": "%1"）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>a change bundle of another version (this program reads %1)</source>
            <translation>其他版本的变更包（本程序读取的版本为 %1）</translation>
        </message>
        <message>
            <location line="+15" />
            <source>field "changes" is not a list</source>
            <translation>字段“changes”不是列表</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1, field "id": is missing (expected a string)</source>
            <translation>%1，字段“id”：缺失（应为字符串）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field "%2": expected a record or null</source>
            <translation>%1，字段“%2”：应为记录或 null</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field "author": expected text</source>
            <translation>%1，字段“author”：应为文本</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1: %2: %3</source>
            <translation>%1：%2：%3</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../src/cli/AddCommand.cpp" line="+26" />
            <source>add: give one file of initiatives in the catalogue format (JSON)</source>
            <translation>add：请指定一个名录格式（JSON）的举措文件</translation>
        </message>
        <message>
            <location line="+6" />
            <source>add: %1 has no initiatives to add</source>
            <translation>add：%1 中没有可添加的举措</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Added %n initiative(s)</source>
            <translation>
                <numerusform>已添加 %n 项举措</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>add FILE       add the initiatives of a catalogue file (JSON) as new</source>
            <translation>add FILE       将名录文件（JSON）中的举措作为新举措添加</translation>
        </message>
        <message>
            <location filename="../src/cli/Command.cpp" line="+46" />
            <source>The password comes from ~/.pgpass (a line host:port:database:user:password, readable by you alone) or from PGPASSWORD; the window's File &gt; Team Catalogue &gt; Connect can keep it there.</source>
            <translation>密码取自 ~/.pgpass（格式为 host:port:database:user:password 的一行，仅您本人可读）或 PGPASSWORD；窗口中的“文件 &gt; 团队名录 &gt; 连接”可将密码保存在该文件中。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Name recorded in the history (default: the name in the window's preferences, else your account name).</source>
            <translation>记入历史记录的姓名（默认：窗口首选项中设置的姓名，否则为您的帐户名）。</translation>
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
            <translation>输出格式：table（默认）、json 或 csv。</translation>
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
            <translation>--format：未知格式“%1”（应为 table、json 或 csv）</translation>
        </message>
        <message>
            <location filename="../src/cli/CommandLine.cpp" line="+26" />
            <source> or </source>
            <translation> 或 </translation>
        </message>
        <message>
            <location line="+32" />
            <source>Usage: ssc-catalogue [COMMAND] [OPTIONS]
With no command, opens the window.

Commands:
</source>
            <translation>用法：ssc-catalogue [COMMAND] [OPTIONS]
不带命令时打开窗口。

命令：
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
所有命令均接受 --db PATH（默认：用户数据文件夹中您的名录）。
运行 `ssc-catalogue COMMAND --help` 可查看该命令的选项。
退出代码：0 成功，1 用法或输入错误，2 名录错误。
</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--lang CODE, before or after the command, writes messages and reports in that language (%1; default: the system's).
</source>
            <translation>--lang CODE（可放在命令之前或之后）以该语言输出消息和报告（%1；默认：系统语言）。
</translation>
        </message>
        <message>
            <location line="+23" />
            <source>unknown command "%1" (expected %2; see --help)</source>
            <translation>未知命令“%1”（应为 %2；请参阅 --help）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ssc-catalogue %1</source>
            <translation>ssc-catalogue %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Catalogue file to use.</source>
            <translation>要使用的名录文件。</translation>
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
            <translation>见上文。</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (see ssc-catalogue %1 --help)</source>
            <translation> （请参阅 ssc-catalogue %1 --help）</translation>
        </message>
        <message>
            <location filename="../src/cli/DeleteCommand.cpp" line="+24" />
            <source>delete: give the IDs of the initiatives</source>
            <translation>delete：请指定举措的 ID</translation>
        </message>
        <message>
            <location line="+6" />
            <source>delete: no initiative "%1" in %2; nothing was deleted</source>
            <translation>delete：%2 中没有举措“%1”；未删除任何内容</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Deleted %n initiative(s)</source>
            <translation>
                <numerusform>已删除 %n 项举措</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>restore: give the ID of a deleted initiative</source>
            <translation>restore：请指定已删除举措的 ID</translation>
        </message>
        <message>
            <location line="+6" />
            <source>restore: %1</source>
            <translation>restore：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restored %1</source>
            <translation>已恢复 %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>delete ID...   delete initiatives (all or none)</source>
            <translation>delete ID...   删除举措（要么全部删除，要么一项也不删除）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>restore ID     bring back a deleted initiative as it was</source>
            <translation>restore ID     按原样恢复已删除的举措</translation>
        </message>
        <message>
            <location filename="../src/cli/DuplicatesCommand.cpp" line="+29" />
            <source>Only pairs scoring N or more, 0 to 100 (default 60).</source>
            <translation>仅列出得分不低于 N 的记录对，N 为 0 至 100（默认 60）。</translation>
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
            <translation>duplicates：不接受参数</translation>
        </message>
        <message>
            <location line="+6" />
            <source>duplicates: --min-score takes a number from 0 to 100, not "%1"</source>
            <translation>duplicates：--min-score 应为 0 至 100 之间的数字，而不是“%1”</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location line="+0" />
            <source>First</source>
            <translation>第一条</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <location filename="../src/cli/HistoryCommand.cpp" line="+77" />
            <location filename="../src/cli/ListCommand.cpp" line="-25" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Second</source>
            <translation>第二条</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No likely duplicates</source>
            <translation>没有可能的重复项</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Which record's value a field takes: FIELD=kept, FIELD=other or (lists) FIELD=both. By default lists are united and other fields are the kept record's unless it has none.</source>
            <translation>字段采用哪条记录的值：FIELD=kept、FIELD=other 或（列表字段）FIELD=both。默认情况下，列表取并集，其他字段采用保留记录的值，除非该记录没有值。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>FIELD=WHICH</source>
            <translation>FIELD=WHICH</translation>
        </message>
        <message>
            <location line="+17" />
            <source>merge: --take names a field of %1, not "%2"</source>
            <translation>merge：--take 应指定以下字段之一：%1，而不是“%2”</translation>
        </message>
        <message>
            <location line="+10" />
            <source>merge: --take %1= takes kept, other%2, not "%3"</source>
            <translation>merge：--take %1= 的取值应为 kept、other%2，而不是“%3”</translation>
        </message>
        <message>
            <location line="+1" />
            <source> or both</source>
            <translation> 或 both</translation>
        </message>
        <message>
            <location line="+11" />
            <source>merge: give the ID of the record to keep and of the one to merge into it</source>
            <translation>merge：请指定要保留的记录的 ID，以及要并入该记录的另一条记录的 ID</translation>
        </message>
        <message>
            <location line="+13" />
            <source>merge: %1; nothing was merged</source>
            <translation>merge：%1；未合并任何内容</translation>
        </message>
        <message>
            <location line="+7" />
            <source>merge: %1</source>
            <translation>merge：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merged %1 into %2; %1 now finds %2</source>
            <translation>已将 %1 并入 %2；现在用 %1 可找到 %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>merge KEEP OTHER  make two records one under KEEP (--take FIELD=other)</source>
            <translation>merge KEEP OTHER  将两条记录合并为 KEEP 名下的一条记录（--take FIELD=other）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>duplicates     likely duplicate records, best first (--min-score N)</source>
            <translation>duplicates     可能重复的记录，可能性最高的排在前面（--min-score N）</translation>
        </message>
        <message>
            <location filename="../src/cli/EditCommand.cpp" line="+26" />
            <source>Give FIELD this value (repeatable; an empty value clears it). Fields: %1.</source>
            <translation>将 FIELD 设为此值（可重复；空值表示清除）。字段：%1。</translation>
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
            <translation>向列表字段添加一个值：country=ET:recipient、partner=ORG:implementer、area=nutrition、sdg=3、modality=...、source=...（可重复）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove a value from a list field (repeatable).</source>
            <translation>从列表字段中删除一个值（可重复）。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>edit: give one initiative ID and --set, --add or --remove</source>
            <translation>edit：请指定一个举措 ID 以及 --set、--add 或 --remove</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+14" />
            <source>edit: %1</source>
            <translation>edit：%1</translation>
        </message>
        <message>
            <location line="-8" />
            <source>edit: nothing to change; give --set, --add or --remove</source>
            <translation>edit：没有要更改的内容；请指定 --set、--add 或 --remove</translation>
        </message>
        <message>
            <location line="+13" />
            <source>edit %1: %2</source>
            <translation>edit %1：%2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1: nothing changed</source>
            <translation>%1：未作任何更改</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: changed %2</source>
            <translation>%1：已更改 %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>edit ID        change fields: --set FIELD=VALUE, --add, --remove</source>
            <translation>edit ID        更改字段：--set FIELD=VALUE、--add、--remove</translation>
        </message>
        <message>
            <location filename="../src/cli/ExportCommand.cpp" line="-54" />
            <source>export: give one FILE to write</source>
            <translation>export：请指定一个要写入的 FILE</translation>
        </message>
        <message>
            <location line="+5" />
            <source>export: %1 is the catalogue itself; choose another file</source>
            <translation>export：%1 就是名录本身；请选择其他文件</translation>
        </message>
        <message>
            <location line="+7" />
            <source>export: --format %1 is not supported (expected %2)</source>
            <translation>export：不支持 --format %1（应为 %2）</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Exported %1 initiatives to %2 as IATI 2.03.</source>
            <translation>已将 %1 项举措以 IATI 2.03 格式导出到 %2。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported %1 initiatives to %2 as CSV.</source>
            <translation>已将 %1 项举措以 CSV 格式导出到 %2。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported %1 initiatives to %2.</source>
            <translation>已将 %1 项举措导出到 %2。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left out %1 that IATI cannot hold:</source>
            <translation>已略去 IATI 无法容纳的 %1 项举措：</translation>
        </message>
        <message>
            <location line="+10" />
            <source>File format: json (default), iati or csv.</source>
            <translation>文件格式：json（默认）、iati 或 csv。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>IATI: the publisher's organisation identifier (reporting-org ref).</source>
            <translation>IATI：发布者的组织标识符（reporting-org ref）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>REF</source>
            <translation>REF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI: the publisher's OrganisationType code, such as 40.</source>
            <translation>IATI：发布者的 OrganisationType 代码，例如 40。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CODE</source>
            <translation>CODE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI: the publisher's name (default: the catalogue's name).</source>
            <translation>IATI：发布者名称（默认：名录名称）。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>export FILE    write the catalogue (or the filtered part) as JSON, IATI XML or CSV</source>
            <translation>export FILE    将名录（或筛选出的部分）写为 JSON、IATI XML 或 CSV</translation>
        </message>
        <message>
            <location filename="../src/cli/FacetsCommand.cpp" line="+42" />
            <source>--facet: unknown facet "%1" (expected one of: %2)</source>
            <translation>--facet：未知分面“%1”（应为以下之一：%2）</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Facet</source>
            <translation>分面</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/cli/ShowCommand.cpp" line="+61" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 initiatives match</source>
            <translation>%1 项举措符合条件</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Only this facet (country, region, programme-area, partner, ...).</source>
            <translation>仅显示此分面（country、region、programme-area、partner 等）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FACET</source>
            <translation>FACET</translation>
        </message>
        <message>
            <location line="+7" />
            <source>facets         count initiatives per country, area, partner, ... under the filter</source>
            <translation>facets         按国家、领域、合作伙伴等统计筛选条件下的举措数量</translation>
        </message>
        <message>
            <location filename="../src/cli/GenerateCommand.cpp" line="-57" />
            <source>generate: give the new catalogue's --db PATH</source>
            <translation>generate：请为新名录指定 --db PATH</translation>
        </message>
        <message>
            <location line="+3" />
            <source>generate: %1 already exists; give a new file</source>
            <translation>generate：%1 已存在；请指定新文件</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--initiatives: expected a number of initiatives, such as 1000000</source>
            <translation>--initiatives：应为举措数量，例如 1000000</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--seed: expected a whole number</source>
            <translation>--seed：应为整数</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 of %2 initiatives written</source>
            <translation>已写入 %1 / %2 项举措</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot create %1</source>
            <translation>无法创建 %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Generated %1 synthetic initiatives (seed %2) into %3 in %4 s.</source>
            <translation>已在 %4 秒内向 %3 生成 %1 项合成举措（种子 %2）。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>How many initiatives to generate.</source>
            <translation>要生成的举措数量。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Seed: the same seed gives the same catalogue.</source>
            <translation>随机种子：相同的种子生成相同的名录。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <location line="+8" />
            <source>generate       write a synthetic catalogue: --initiatives N --db PATH [--seed S]</source>
            <translation>generate       写入合成名录：--initiatives N --db PATH [--seed S]</translation>
        </message>
        <message>
            <location filename="../src/cli/HistoryCommand.cpp" line="-81" />
            <source>Only changes on or after DATE (YYYY-MM-DD, or with a time: YYYY-MM-DDTHH:MM, UTC).</source>
            <translation>仅列出 DATE 当天或之后的更改（YYYY-MM-DD，或带时间：YYYY-MM-DDTHH:MM，UTC）。</translation>
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
            <translation>最多 N 项更改（默认 100）。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>history: give at most one initiative ID</source>
            <translation>history：最多指定一个举措 ID</translation>
        </message>
        <message>
            <location line="+7" />
            <source>history: --limit takes a number of 1 or more, not "%1"</source>
            <translation>history：--limit 应为不小于 1 的数字，而不是“%1”</translation>
        </message>
        <message>
            <location line="+9" />
            <source>history: --since takes a date as YYYY-MM-DD, not "%1"</source>
            <translation>history：--since 应为 YYYY-MM-DD 格式的日期，而不是“%1”</translation>
        </message>
        <message>
            <location line="+39" />
            <source>When (UTC)</source>
            <translation>时间（UTC）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>更改人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>更改内容</translation>
        </message>
        <message>
            <location line="+22" />
            <source>No changes recorded</source>
            <translation>没有记录的更改</translation>
        </message>
        <message>
            <location line="+11" />
            <source>history [ID]   who changed what and when (--since DATE, --format)</source>
            <translation>history [ID]   谁在何时更改了什么（--since DATE、--format）</translation>
        </message>
        <message>
            <location filename="../src/cli/ImportCommand.cpp" line="+133" />
            <source>import FILE    add an IATI activity file, a CSV file or a catalogue file (JSON)</source>
            <translation>import FILE    导入 IATI 活动文件、CSV 文件或名录文件（JSON）</translation>
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
            <translation>IATI 标识符</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/cli/ListCommand.cpp" line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity type</source>
            <translation>活动类型</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Modalities</source>
            <translation>合作方式</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../src/cli/ListCommand.cpp" line="-1" />
            <source>Programme areas</source>
            <translation>方案领域</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Partner</source>
            <translation>合作伙伴</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../src/cli/ListCommand.cpp" line="+1" />
            <source>Funding</source>
            <translation>资金</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SDGs</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beneficiaries</source>
            <translation>受益人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results</source>
            <translation>成果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../src/cli/ListCommand.cpp" line="-64" />
            <source>--sort: unknown column "%1" (expected title, countries, areas, partners, funding, years, status, type or id)</source>
            <translation>--sort：未知列“%1”（应为 title、countries、areas、partners、funding、years、status、type 或 id）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--limit: expected a whole number, 0 for all</source>
            <translation>--limit：应为整数，0 表示全部</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--offset: expected a whole number</source>
            <translation>--offset：应为整数</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Countries</source>
            <translation>国家</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partners</source>
            <translation>合作伙伴</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Years</source>
            <translation>年份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 of %2 initiatives</source>
            <translation>显示 %1 项举措，共 %2 项</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Sort by title, countries, areas, partners, funding, years, status, type or id.</source>
            <translation>排序依据：title、countries、areas、partners、funding、years、status、type 或 id。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>COLUMN</source>
            <translation>COLUMN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sort in descending order.</source>
            <translation>按降序排序。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At most N rows (default 50; 0 for all).</source>
            <translation>最多 N 行（默认 50；0 表示全部）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skip the first N rows.</source>
            <translation>跳过前 N 行。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>list           list initiatives matching the filter flags</source>
            <translation>list           列出符合筛选选项的举措</translation>
        </message>
        <message>
            <location filename="../src/cli/ReportCommand.cpp" line="-20" />
            <source>pdf, html, md, csv, xlsx or json (default: from the file name).</source>
            <translation>pdf、html、md、csv、xlsx 或 json（默认：根据文件名确定）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The report file to write.</source>
            <translation>要写入的报告文件。</translation>
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
            <translation>报告标题（默认：以文字表述的筛选条件）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TITLE</source>
            <translation>TITLE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An image drawn at the top of the first page (PDF, HTML).</source>
            <translation>绘制在第一页顶部的图像（PDF、HTML）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A paragraph under the title (PDF, HTML).</source>
            <translation>标题下方的一段文字（PDF、HTML）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sections to include, comma-separated: headline, breakdowns, charts, initiatives, sources (default: all).</source>
            <translation>要包含的部分，以逗号分隔：headline, breakdowns, charts, initiatives, sources（默认：全部）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>LIST</source>
            <translation>LIST</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF paper size: a4 (default) or letter.</source>
            <translation>PDF 纸张大小：a4（默认）或 letter。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>SIZE</source>
            <translation>SIZE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF in landscape orientation.</source>
            <translation>PDF 采用横向。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List at most N initiatives, or "all" (default: 1000 in PDF, HTML and Markdown, all in CSV, XLSX and JSON). The figures always cover every initiative.</source>
            <translation>最多列出 N 项举措，或 "all"（默认：PDF、HTML 和 Markdown 中为 1000，CSV、XLSX 和 JSON 中为全部）。统计数据始终涵盖所有举措。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>report: give the file to write with --output FILE</source>
            <translation>report：请用 --output FILE 指定要写入的文件</translation>
        </message>
        <message>
            <location line="+6" />
            <source>report: cannot tell the format from "%1"</source>
            <translation>report：无法根据“%1”判断格式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>report: unknown --format "%1"</source>
            <translation>report：未知的 --format“%1”</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (expected %1)</source>
            <translation> （应为 %1）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>report: %1 needs the graphical libraries</source>
            <translation>report：%1 需要图形库</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--logo: "%1" is not an image that can be read</source>
            <translation>--logo：“%1”不是可读取的图像</translation>
        </message>
        <message>
            <location line="+17" />
            <source>--sections: unknown section "%1" (expected headline, breakdowns, charts, initiatives or sources)</source>
            <translation>--sections：未知部分“%1”（应为 headline、breakdowns、charts、initiatives 或 sources）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--paper: expected a4 or letter, not "%1"</source>
            <translation>--paper：应为 a4 或 letter，而不是“%1”</translation>
        </message>
        <message>
            <location line="+16" />
            <source>--list-limit: expected a number of initiatives or "all", not "%1"</source>
            <translation>--list-limit：应为举措数量或 "all"，而不是“%1”</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Wrote a report on %1 initiatives to %2 in %3 s.</source>
            <translation>已在 %3 秒内将关于 %1 项举措的报告写入 %2。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>report         write a summary report of the filtered initiatives: --output FILE
                 (PDF, HTML, Markdown, CSV, XLSX or JSON, from the extension)</source>
            <translation>report         写入筛选出的举措的摘要报告：--output FILE
                 （PDF、HTML、Markdown、CSV、XLSX 或 JSON，由扩展名确定）</translation>
        </message>
        <message>
            <location filename="../src/cli/ShowCommand.cpp" line="-29" />
            <source>show: give one initiative ID (see `ssc-catalogue list`)</source>
            <translation>show：请指定一个举措 ID（参见 `ssc-catalogue list`）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>show: no initiative "%1" in %2</source>
            <translation>show：%2 中没有举措“%1”</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../src/cli/TeamCommands.cpp" line="-41" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location line="+14" />
            <source>show ID        everything about one initiative</source>
            <translation>show ID        显示一项举措的全部信息</translation>
        </message>
        <message>
            <location filename="../src/cli/TeamCommands.cpp" line="-114" />
            <source>The team catalogue's PostgreSQL database, as libpq takes it: postgresql://user@host:port/dbname?sslmode=prefer. The password comes from ~/.pgpass or PGPASSWORD.</source>
            <translation>团队名录的 PostgreSQL 数据库，采用 libpq 接受的格式：postgresql://user@host:port/dbname?sslmode=prefer。密码取自 ~/.pgpass 或 PGPASSWORD。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Publish this local catalogue to the new team catalogue; it becomes a copy that syncs.</source>
            <translation>将此本地名录发布到新的团队名录；此名录随即成为可同步的副本。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Note: the connection to the team catalogue is not encrypted (no TLS); use sslmode=require where the network is not trusted.</source>
            <translation>注意：与团队名录的连接未加密（无 TLS）；在不可信的网络中请使用 sslmode=require。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Received %1, sent %2, merged %3, in conflict %4</source>
            <translation>已接收 %1，已发送 %2，已合并 %3，有冲突 %4</translation>
        </message>
        <message>
            <location line="+7" />
            <source>See them with `ssc-catalogue conflicts`; settle each with `ssc-catalogue resolve ID FIELD --mine|--theirs`.</source>
            <translation>用 `ssc-catalogue conflicts` 查看冲突；用 `ssc-catalogue resolve ID FIELD --mine|--theirs` 逐一解决。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>server: the only action is `server init`</source>
            <translation>server：唯一的操作是 `server init`</translation>
        </message>
        <message>
            <location line="+2" />
            <source>server init: give --server URL</source>
            <translation>server init：请指定 --server URL</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Created the team catalogue</source>
            <translation>已创建团队名录</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Published %n initiative(s) from %1; it is now a copy that syncs</source>
            <translation>
                <numerusform>已从 %1 发布 %n 项举措；该名录现为可同步的副本</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>clone: give --server URL and --db PATH</source>
            <translation>clone：请指定 --server URL 和 --db PATH</translation>
        </message>
        <message>
            <location line="+6" />
            <source>clone: %1</source>
            <translation>clone：%1</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Mine</source>
            <translation>我方</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>对方</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>更改人</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No conflicts</source>
            <translation>没有冲突</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Keep the value here (sent by the next sync).</source>
            <translation>保留此处的值（下次同步时发送）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take the team catalogue's value.</source>
            <translation>采用团队名录中的值。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>resolve: give ID FIELD and one of --mine or --theirs</source>
            <translation>resolve：请指定 ID FIELD 以及 --mine 或 --theirs 之一</translation>
        </message>
        <message>
            <location line="+6" />
            <source>resolve: %1</source>
            <translation>resolve：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kept yours; the next sync sends it</source>
            <translation>已保留您的值；下次同步时将发送</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Took theirs</source>
            <translation>已采用对方的值</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The records changed on or after DATE (YYYY-MM-DD, UTC); without it, in a copy of a team catalogue, those changed since the last sync.</source>
            <translation>DATE 当天或之后更改的记录（YYYY-MM-DD，UTC）；未指定时，在团队名录的副本中为上次同步以来更改的记录。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The bundle file to write.</source>
            <translation>要写入的变更包文件。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>bundle: give --output FILE</source>
            <translation>bundle：请指定 --output FILE</translation>
        </message>
        <message>
            <location line="+9" />
            <source>bundle: --since takes a date as YYYY-MM-DD, not "%1"</source>
            <translation>bundle：--since 应为 YYYY-MM-DD 格式的日期，而不是“%1”</translation>
        </message>
        <message>
            <location line="+9" />
            <source>bundle: %1</source>
            <translation>bundle：%1</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Wrote %n changed initiative(s) to %1</source>
            <translation>
                <numerusform>已将 %n 项已更改的举措写入 %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>server init    make a PostgreSQL database a team catalogue (--server URL [--from PATH])</source>
            <translation>server init    将 PostgreSQL 数据库设为团队名录（--server URL [--from PATH]）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>clone          a local copy of a team catalogue (--server URL --db PATH)</source>
            <translation>clone          创建团队名录的本地副本（--server URL --db PATH）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>sync           send and receive changes with the team catalogue</source>
            <translation>sync           与团队名录互相发送和接收更改</translation>
        </message>
        <message>
            <location line="+9" />
            <source>bundle         changes as a file to carry (--since DATE --output FILE); import applies it</source>
            <translation>bundle         将更改写入可携带的文件（--since DATE --output FILE）；用 import 应用</translation>
        </message>
        <message>
            <location line="+10" />
            <source>conflicts      fields changed here and in the team catalogue, both values</source>
            <translation>conflicts      在此处和团队名录中均有更改的字段，及双方的值</translation>
        </message>
        <message>
            <location line="+9" />
            <source>resolve ID FIELD  settle a conflict: --mine or --theirs</source>
            <translation>resolve ID FIELD  解决冲突：--mine 或 --theirs</translation>
        </message>
    </context>
    <context>
        <name>CsvExport</name>
        <message>
            <location filename="../src/core/io/csv/CsvExport.cpp" line="+95" />
            <location line="+13" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>CsvImporter</name>
        <message>
            <location filename="../src/core/io/csv/CsvImporter.cpp" line="+47" />
            <source>line %1 has %2 cells where the header row has %3 (cells past the header were not read, missing ones are empty)</source>
            <translation>第 %1 行有 %2 个单元格，而标题行有 %3 个（超出标题的单元格未读取，缺少的为空）</translation>
        </message>
        <message>
            <location line="+69" />
            <source>the id column is empty</source>
            <translation>id 列为空</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the title column is empty</source>
            <translation>title 列为空</translation>
        </message>
        <message>
            <location line="+62" />
            <source>funding amount "%1" is not a number</source>
            <translation>资金金额“%1”不是数字</translation>
        </message>
        <message>
            <location line="+52" />
            <source>%1 is empty (expected a header row naming the columns)</source>
            <translation>%1 为空（应有列出各列名称的标题行）</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 line %2: column "%3" is not an import column and was not read (expected: %4)</source>
            <translation>%1 第 %2 行：列“%3”不是可导入的列，未读取（应为：%4）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 line %2: column "%3" is given twice</source>
            <translation>%1 第 %2 行：列“%3”出现两次</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 line %2: there is no "%3" column (the header row must name at least id and title)</source>
            <translation>%1 第 %2 行：没有“%3”列（标题行至少须包含 id 和 title）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Spreadsheet %1</source>
            <translation>电子表格 %1</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <location filename="../src/core/base/CsvReader.cpp" line="+58" />
            <source>line %1, column %2: control character U+%3 removed</source>
            <translation>第 %1 行第 %2 列：已删除控制字符 U+%3</translation>
        </message>
        <message>
            <location line="+10" />
            <source>line %1, column %2: bytes that are not UTF-8 were replaced by U+FFFD (expected a file saved as UTF-8)</source>
            <translation>第 %1 行第 %2 列：非 UTF-8 的字节已替换为 U+FFFD（文件应以 UTF-8 保存）</translation>
        </message>
        <message>
            <location line="+53" />
            <source>%1, line %2: a quoted field is not closed (expected a closing " before the end of file)</source>
            <translation>%1，第 %2 行：带引号的字段未闭合（文件结束前应有闭合的 "）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>DefaultCatalogue</name>
        <message>
            <location filename="../src/core/catalogue/DefaultCatalogue.cpp" line="+31" />
            <source>Cannot create the folder for %1</source>
            <translation>无法为 %1 创建文件夹</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Cannot finish creating %1 (its log is not empty)</source>
            <translation>无法完成创建 %1（其日志不为空）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot create %1</source>
            <translation>无法创建 %1</translation>
        </message>
    </context>
    <context>
        <name>DuplicateFinder</name>
        <message>
            <location filename="../src/core/catalogue/DuplicateFinder.cpp" line="+203" />
            <location line="+139" />
            <source>Stopped: no duplicates were looked for</source>
            <translation>已停止：未查找重复项</translation>
        </message>
        <message>
            <location line="-59" />
            <source>same IATI identifier</source>
            <translation>IATI 标识符相同</translation>
        </message>
        <message>
            <location line="+13" />
            <source>same title</source>
            <translation>标题相同</translation>
        </message>
        <message>
            <location line="+1" />
            <source>similar title (%1%)</source>
            <translation>标题相似（%1%）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>countries in common: %1</source>
            <translation>共同的国家：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>both in %1</source>
            <translation>均在 %1 年</translation>
        </message>
        <message>
            <location line="+1" />
            <source>years overlap: %1-%2</source>
            <translation>年份重叠：%1-%2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ongoing</source>
            <translation>进行中</translation>
        </message>
    </context>
    <context>
        <name>Facet</name>
        <message>
            <location filename="../src/core/query/FacetDefinitions.cpp" line="+22" />
            <source>Region</source>
            <translation>区域</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regions</source>
            <translation>区域</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 regions</source>
            <translation>%1 个区域</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <location line="+8" />
            <source>Country</source>
            <translation>国家</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Countries</source>
            <translation>国家</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 countries</source>
            <translation>%1 个国家</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <location line="+8" />
            <source>Programme area</source>
            <translation>方案领域</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+8" />
            <source>Partner</source>
            <translation>合作伙伴</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Partners</source>
            <translation>合作伙伴</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+6" />
            <source>Funding source</source>
            <translation>资金来源</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Funding sources</source>
            <translation>资金来源</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <location line="+7" />
            <source>Modality</source>
            <translation>合作方式</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+5" />
            <source>Activity type</source>
            <translation>活动类型</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>SDG</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+4" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>FacetIndex</name>
        <message>
            <location filename="../src/core/index/FacetIndexFile.cpp" line="+75" />
            <source>The saved facet index is damaged</source>
            <translation>已保存的分面索引已损坏</translation>
        </message>
        <message>
            <location filename="../src/core/index/FacetIndexWrites.cpp" line="+150" />
            <source>Row id %1 is out of range</source>
            <translation>行 ID %1 超出范围</translation>
        </message>
    </context>
    <context>
        <name>FacetSection</name>
        <message>
            <location filename="../src/gui/FacetSection.ui" line="+26" />
            <source>Show or hide this section</source>
            <translation>显示或隐藏此部分</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Clear this section's selection</source>
            <translation>清除此部分的选择</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Which part the checked countries and regions play</source>
            <translation>勾选的国家和区域所担任的角色</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Find…</source>
            <translation>查找…</translation>
        </message>
    </context>
    <context>
        <name>FieldEdit</name>
        <message>
            <location filename="../src/core/catalogue/FieldEdit.cpp" line="+57" />
            <source>%1=%2: expected %3:ROLE, for example %4</source>
            <translation>%1=%2：应为 %3:ROLE，例如 %4</translation>
        </message>
        <message>
            <location line="+23" />
            <source>%1=%2: the initiative does not have it</source>
            <translation>%1=%2：该举措没有此值</translation>
        </message>
        <message>
            <location line="+25" />
            <source>"%1": expected FIELD=VALUE, for example status=completed</source>
            <translation>“%1”：应为 FIELD=VALUE，例如 status=completed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is not a field that can be edited; expected one of: %2</source>
            <translation>“%1”不是可编辑的字段；应为以下之一：%2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 holds one value: use --set %1=VALUE (an empty value clears it)</source>
            <translation>%1 只能有一个值：请使用 --set %1=VALUE（空值表示清除）</translation>
        </message>
    </context>
    <context>
        <name>FileCommit</name>
        <message>
            <location filename="../src/core/base/FileCommit.cpp" line="+15" />
            <source>the file could not be written in full</source>
            <translation>文件未能完整写入</translation>
        </message>
    </context>
    <context>
        <name>FileFormats</name>
        <message>
            <location filename="../src/core/io/FileFormats.cpp" line="+36" />
            <source>export: no initiative matches the filter</source>
            <translation>export：没有符合筛选条件的举措</translation>
        </message>
        <message>
            <location line="+138" />
            <source> or </source>
            <translation> 或 </translation>
        </message>
    </context>
    <context>
        <name>FilterOptions</name>
        <message>
            <location filename="../src/cli/FilterOptions.cpp" line="+37" />
            <source>--%1: "%2" is not a year (expected a year such as 2015)</source>
            <translation>--%1：“%2”不是年份（应为年份，例如 2015）</translation>
        </message>
        <message>
            <location line="+15" />
            <source>--%1: unknown country "%2" (expected an ISO code such as ET or a name such as Ethiopia)</source>
            <translation>--%1：未知国家“%2”（应为 ET 之类的 ISO 代码或 Ethiopia 之类的名称）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--%1: unknown region "%2" (expected a UN M49 region or sub-region such as Africa, Eastern Africa or 002)</source>
            <translation>--%1：未知区域“%2”（应为 UN M49 区域或次区域，例如 Africa、Eastern Africa 或 002）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--%1: unknown programme area "%2" (expected an id or name such as health or "Child protection")</source>
            <translation>--%1：未知方案领域“%2”（应为 ID 或名称，例如 health 或 "Child protection"）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--%1: no organisation "%2" in the catalogue (expected an organisation id, acronym or name; `facets` lists them)</source>
            <translation>--%1：名录中没有组织“%2”（应为组织 ID、缩写或名称；`facets` 会列出这些组织）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--%1: unknown %2 "%3" (expected one of: %4)</source>
            <translation>--%1：%2 值“%3”未知（应为以下之一：%4）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--%1: "%2" is not an SDG goal (expected a number 1-17)</source>
            <translation>--%1：“%2”不是可持续发展目标（应为 1-17 之间的数字）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--%1: unknown value "%2"</source>
            <translation>--%1：未知值“%2”</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Start from the search saved under NAME in the catalogue (the window's Saved searches); the other flags apply on top.</source>
            <translation>以名录中名为 NAME 的已保存搜索为起点（即窗口中的“已保存的搜索”）；其他选项在此基础上叠加。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Country role for --country and --region: provider, recipient, facilitator, host, participant.</source>
            <translation>--country 和 --region 的国家角色：provider、recipient、facilitator、host、participant。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ROLE</source>
            <translation>ROLE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active in or after YEAR.</source>
            <translation>在 YEAR 年或之后开展。</translation>
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
            <translation>在 YEAR 年或之前开展。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Words to find in titles, texts, partners and countries.</source>
            <translation>要在标题、文本、合作伙伴和国家中查找的词语。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <location line="+21" />
            <source>--saved: no saved search "%1" in %2 (saved: %3)</source>
            <translation>--saved：%2 中没有名为“%1”的已保存搜索（已保存的有：%3）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+28" />
            <source>--role: unknown %1 "%2" (expected one of: %3)</source>
            <translation>--role：%1 值“%2”未知（应为以下之一：%3）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--role: give one role (provider, recipient, facilitator, host or participant)</source>
            <translation>--role：请指定一个角色（provider、recipient、facilitator、host 或 participant）</translation>
        </message>
        <message>
            <location line="+17" />
            <source>--from %1 is after --to %2</source>
            <translation>--from %1 晚于 --to %2</translation>
        </message>
        <message>
            <location filename="../src/core/query/FacetDefinitions.cpp" line="-66" />
            <source>REGION</source>
            <translation>REGION</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UN M49 region or sub-region (code or name; repeatable).</source>
            <translation>UN M49 区域或次区域（代码或名称；可重复）。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>COUNTRY</source>
            <translation>COUNTRY</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Initiatives involving COUNTRY (ISO code or name; repeatable).</source>
            <translation>涉及 COUNTRY 的举措（ISO 代码或名称；可重复）。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>AREA</source>
            <translation>AREA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Programme area id or name; includes its sub-areas (repeatable).</source>
            <translation>方案领域 ID 或名称；包括其子领域（可重复）。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>PARTNER</source>
            <translation>PARTNER</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner organisation id, acronym or name (repeatable).</source>
            <translation>合作伙伴组织的 ID、缩写或名称（可重复）。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>SOURCE</source>
            <translation>SOURCE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding source id, acronym or name (repeatable).</source>
            <translation>资金来源的 ID、缩写或名称（可重复）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>MODALITY</source>
            <translation>MODALITY</translation>
        </message>
        <message>
            <location line="+1" />
            <source>knowledge-exchange, technical-assistance, technology-exchange, resource-exchange.</source>
            <translation>knowledge-exchange（知识交流）、technical-assistance（技术援助）、technology-exchange（技术交流）、resource-exchange（资源交流）。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>TYPE</source>
            <translation>TYPE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity type, e.g. conference, webinar, study-tour.</source>
            <translation>活动类型，例如 conference、webinar、study-tour。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>GOAL</source>
            <translation>GOAL</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SDG goal 1-17 (repeatable).</source>
            <translation>可持续发展目标 1-17（可重复）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>planned, ongoing or completed.</source>
            <translation>planned（计划中）、ongoing（进行中）或 completed（已完成）。</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <location filename="../src/gui/FilterPanel.ui" line="+17" />
            <source>Clear every filter and the search (Ctrl+Shift+Backspace)</source>
            <translation>清除所有筛选条件和搜索（Ctrl+Shift+Backspace）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>C&amp;lear all</source>
            <translation>全部清除(&amp;L)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Hide the values that no initiative under the current filter has</source>
            <translation>隐藏当前筛选条件下没有任何举措的值</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hide values with &amp;no matches</source>
            <translation>隐藏无匹配项的值(&amp;N)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Years</source>
            <translation>年份(&amp;Y)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>From year</source>
            <translation>起始年份</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives running in or after this year</source>
            <translation>在此年份或之后开展的举措</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+32" />
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <location line="-6" />
            <source>To year</source>
            <translation>截止年份</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives running in or before this year</source>
            <translation>在此年份或之前开展的举措</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Clear the years</source>
            <translation>清除年份</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Filter panes</source>
            <translation>筛选窗格</translation>
        </message>
    </context>
    <context>
        <name>IatiActivityReader</name>
        <message>
            <location filename="../src/core/io/iati/IatiActivityReader.cpp" line="+51" />
            <source>element %1 uses the undeclared namespace prefix "%2"; skipped</source>
            <translation>元素 %1 使用了未声明的命名空间前缀“%2”；已跳过</translation>
        </message>
        <message>
            <location line="+4" />
            <source>extension elements of namespace %1 are not read</source>
            <translation>不读取命名空间 %1 的扩展元素</translation>
        </message>
        <message>
            <location line="+35" />
            <source>%1, line %2: %3</source>
            <translation>%1，第 %2 行：%3</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is not well-formed XML: line %2, column %3: %4</source>
            <translation>%1 不是格式正确的 XML：第 %2 行，第 %3 列：%4</translation>
        </message>
        <message>
            <location line="+16" />
            <source>version %1 is given on the activity only, not on iati-activities</source>
            <translation>版本 %1 仅在 activity 中给出，未在 iati-activities 中给出</translation>
        </message>
        <message>
            <location line="+144" />
            <source>unknown catalogue element %1; skipped</source>
            <translation>未知的名录元素 %1；已跳过</translation>
        </message>
        <message>
            <location line="+21" />
            <source>the activity at line %1</source>
            <translation>第 %1 行的活动</translation>
        </message>
        <message>
            <location line="+2" />
            <source>activity %1</source>
            <translation>活动 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: the text of &lt;%2&gt; is longer than %3 characters, the most one field may hold</source>
            <translation>%1：&lt;%2&gt; 的文本超过 %3 个字符，即单个字段的上限</translation>
        </message>
    </context>
    <context>
        <name>IatiImporter</name>
        <message>
            <location filename="../src/core/io/iati/IatiImporter.cpp" line="+18" />
            <source>IATI activity file %1</source>
            <translation>IATI 活动文件 %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>IatiMapping</name>
        <message>
            <location filename="../src/core/io/iati/IatiMapping.cpp" line="+59" />
            <source>language "%1" is not an ISO 639-1 code; left out</source>
            <translation>语言“%1”不是 ISO 639-1 代码；已略去</translation>
        </message>
        <message>
            <location line="+25" />
            <source>description type "%1" is not in the DescriptionType codelist; read as general</source>
            <translation>描述类型“%1”不在 DescriptionType 代码表中；按一般描述读取</translation>
        </message>
        <message>
            <location line="+54" />
            <source>activity-status "%1" is not in the ActivityStatus codelist; status left empty</source>
            <translation>activity-status“%1”不在 ActivityStatus 代码表中；状态留空</translation>
        </message>
        <message>
            <location line="+6" />
            <source>activity-status %1 (%2) has no catalogue status; left empty</source>
            <translation>activity-status %1（%2）没有对应的名录状态；留空</translation>
        </message>
        <message>
            <location line="+20" />
            <source>activity-date type "%1" is not in the ActivityDateType codelist; left out</source>
            <translation>activity-date 类型“%1”不在 ActivityDateType 代码表中；已略去</translation>
        </message>
        <message>
            <location line="+8" />
            <source>activity-date "%1" is not a date (expected YYYY-MM-DD); left out</source>
            <translation>activity-date“%1”不是日期（应为 YYYY-MM-DD）；已略去</translation>
        </message>
        <message>
            <location line="+13" />
            <source>an end date %1 is given without a start date; left out</source>
            <translation>给出了结束日期 %1，但没有开始日期；已略去</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the end date %1 is before the start date %2; left out</source>
            <translation>结束日期 %1 早于开始日期 %2；已略去</translation>
        </message>
        <message>
            <location line="+14" />
            <source>participating-org role "%1" is not in the OrganisationRole codelist; organisation left out</source>
            <translation>participating-org 角色“%1”不在 OrganisationRole 代码表中；已略去该组织</translation>
        </message>
        <message>
            <location line="+32" />
            <source>recipient-country %1 percentage</source>
            <translation>recipient-country %1 的百分比</translation>
        </message>
        <message>
            <location line="+6" />
            <source>recipient-country "%1" is a region (%2), not a country; left out</source>
            <translation>recipient-country“%1”是区域（%2），不是国家；已略去</translation>
        </message>
        <message>
            <location line="+7" />
            <source>recipient-country "%1" (%2) is withdrawn from the Country codelist</source>
            <translation>recipient-country“%1”（%2）已从 Country 代码表中撤销</translation>
        </message>
        <message>
            <location line="+6" />
            <source>recipient-country "%1" is not a current ISO 3166-1 country code; left out</source>
            <translation>recipient-country“%1”不是现行的 ISO 3166-1 国家代码；已略去</translation>
        </message>
        <message>
            <location line="+8" />
            <source>recipient-country %1 is given twice; the first is kept</source>
            <translation>recipient-country %1 出现两次；保留第一个</translation>
        </message>
        <message>
            <location line="+7" />
            <source>recipient-country %1 percentage %2 is not between 0 and 100; left out</source>
            <translation>recipient-country %1 的百分比 %2 不在 0 到 100 之间；已略去</translation>
        </message>
        <message>
            <location line="+11" />
            <source>recipient-region percentage</source>
            <translation>recipient-region 的百分比</translation>
        </message>
        <message>
            <location line="+5" />
            <source>recipient-country and recipient-region</source>
            <translation>recipient-country 和 recipient-region</translation>
        </message>
        <message>
            <location line="+35" />
            <source>iati-identifier "%1" has characters a catalogue key cannot hold; kept as published, with the key "%2"</source>
            <translation>iati-identifier“%1”含有名录键不能包含的字符；按发布时的原样保留，键为“%2”</translation>
        </message>
        <message>
            <location line="+9" />
            <source>version "%1" is not an IATI version; read as 2.03</source>
            <translation>版本“%1”不是 IATI 版本；按 2.03 读取</translation>
        </message>
        <message>
            <location line="+31" />
            <source>iati-identifier is missing</source>
            <translation>缺少 iati-identifier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the activity has no title</source>
            <translation>该活动没有标题</translation>
        </message>
        <message>
            <location filename="../src/core/io/iati/IatiMappingParts.h" line="+86" />
            <source>%1 "%2" is not a number; left out</source>
            <translation>%1“%2”不是数字；已略去</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 "%2" has spaces inside; read as %3</source>
            <translation>%1“%2”中含有空格；按 %3 读取</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 "%2" has no leading digit; read as %3</source>
            <translation>%1“%2”没有前导数字；按 %3 读取</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 percentages add up to %2, not 100</source>
            <translation>%1 的百分比合计为 %2，而不是 100</translation>
        </message>
        <message>
            <location line="+28" />
            <source>%1 ref "%2" has characters an identifier cannot hold; read as "%3"</source>
            <translation>%1 的 ref“%2”含有标识符不能包含的字符；按“%3”读取</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 has neither a ref nor a name; left out</source>
            <translation>%1 既没有 ref 也没有名称；已略去</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 "%2" has the unknown organisation type "%3"</source>
            <translation>%1“%2”的组织类型“%3”未知</translation>
        </message>
        <message>
            <location filename="../src/core/io/iati/IatiSectorsAndFunding.cpp" line="+22" />
            <source>%1 "%2" is not an SDG goal or target; left out</source>
            <translation>%1“%2”不是可持续发展目标或具体目标；已略去</translation>
        </message>
        <message>
            <location line="+14" />
            <source>sector %1 percentage</source>
            <translation>sector %1 的百分比</translation>
        </message>
        <message>
            <location line="+11" />
            <source>sector "%1" is not in the %2 codelist; left out</source>
            <translation>sector“%1”不在 %2 代码表中；已略去</translation>
        </message>
        <message>
            <location line="+6" />
            <source>sector %1 (%2) is withdrawn from the %3 codelist</source>
            <translation>sector %1（%2）已从 %3 代码表中撤销</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+23" />
            <source>sector (vocabulary %1)</source>
            <translation>sector（词汇表 %1）</translation>
        </message>
        <message>
            <location line="-16" />
            <source>programme area "%1" is not in data/programme-areas.json; left out</source>
            <translation>方案领域“%1”不在 data/programme-areas.json 中；已略去</translation>
        </message>
        <message>
            <location line="+7" />
            <source>sector vocabulary "%1" is not in the SectorVocabulary codelist</source>
            <translation>sector 词汇表“%1”不在 SectorVocabulary 代码表中</translation>
        </message>
        <message>
            <location line="+12" />
            <source>tag (vocabulary %1)</source>
            <translation>tag（词汇表 %1）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>collaboration-type "%1" is not in the CollaborationType codelist</source>
            <translation>collaboration-type“%1”不在 CollaborationType 代码表中</translation>
        </message>
        <message>
            <location line="+48" />
            <source>%1 value</source>
            <translation>%1 的 value</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 value %2 has no currency and the activity no default-currency; the amount is left out</source>
            <translation>%1 的 value %2 没有货币，且该活动没有 default-currency；已略去该金额</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 currency "%2" is not an ISO 4217 code; the amount is left out</source>
            <translation>%1 的货币“%2”不是 ISO 4217 代码；已略去该金额</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 currency %2 is withdrawn from the Currency codelist</source>
            <translation>%1 的货币 %2 已从 Currency 代码表中撤销</translation>
        </message>
        <message>
            <location line="+53" />
            <source>the %1 amounts from %2 add up to %3, below zero; left out</source>
            <translation>来自 %2 的 %1 金额合计为 %3，低于零；已略去</translation>
        </message>
        <message>
            <location line="+8" />
            <source>funding is given in several currencies (%1); each is kept on its own</source>
            <translation>资金以多种货币提供（%1）；每种货币分别保留</translation>
        </message>
    </context>
    <context>
        <name>IatiWriter</name>
        <message>
            <location filename="../src/core/io/iati/IatiWriter.cpp" line="+288" />
            <source>no status (IATI requires activity-status)</source>
            <translation>没有状态（IATI 要求 activity-status）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no start date (IATI requires an activity-date)</source>
            <translation>没有开始日期（IATI 要求 activity-date）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no partner organisation (IATI requires a participating-org)</source>
            <translation>没有合作伙伴组织（IATI 要求 participating-org）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no description or summary (IATI requires a description)</source>
            <translation>没有描述或摘要（IATI 要求 description）</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+61" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Export cancelled: %1 was not written</source>
            <translation>导出已取消：未写入 %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>a text holds a character XML cannot hold</source>
            <translation>某段文本包含 XML 无法容纳的字符</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <location filename="../src/cli/ImportCommand.cpp" line="-104" />
            <source>File format: iati, csv or json (default: from the file name or its content).</source>
            <translation>文件格式：iati、csv 或 json（默认：根据文件名或文件内容确定）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check the file and print the report; write nothing.</source>
            <translation>检查文件并打印报告；不写入任何内容。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For catalogue files: where a record differs from the catalogue's, take the file's (default: keep the catalogue's).</source>
            <translation>用于名录文件：记录与名录中的不同时，采用文件中的记录（默认：保留名录中的记录）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also save the import report to FILE (.json for JSON, else text).</source>
            <translation>同时将导入报告保存到 FILE（扩展名为 .json 时保存为 JSON，否则为文本）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="+11" />
            <source>import: give one FILE to import</source>
            <translation>import：请指定一个要导入的 FILE</translation>
        </message>
        <message>
            <location line="+10" />
            <source>import: %1</source>
            <translation>import：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied the change bundle %1: changed %2, already so %3, in conflict %4</source>
            <translation>已应用变更包 %1：已更改 %2，原已一致 %3，有冲突 %4</translation>
        </message>
        <message>
            <location line="+13" />
            <source>import: --format %1 is not a format (expected iati, csv or json)</source>
            <translation>import：--format %1 不是有效格式（应为 iati、csv 或 json）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>import: cannot tell the format of %1; give --format iati, csv or json</source>
            <translation>import：无法判断 %1 的格式；请指定 --format iati、csv 或 json</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../src/gui/ImportDialog.ui" line="+9" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Conflicts: records the catalogue already holds in another version</source>
            <translation>冲突：名录中已有其他版本的记录</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Initiatives in both the file and the catalogue</source>
            <translation>同时存在于文件和名录中的举措</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tick a record to take the file's version; unticked records keep the catalogue's</source>
            <translation>勾选记录以采用文件中的版本；未勾选的记录保留名录中的版本</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Take theirs</source>
            <translation>采用文件版本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier</source>
            <translation>标识符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What differs</source>
            <translation>差异</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Keep all mine</source>
            <translation>全部保留名录版本(&amp;K)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Take all theirs</source>
            <translation>全部采用文件版本(&amp;T)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Import report</source>
            <translation>导入报告</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The import report: what was (or will be) added, updated, skipped or rejected, and why</source>
            <translation>导入报告：已（或将）添加、更新、跳过或拒绝的内容及原因</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Save Report…</source>
            <translation>保存报告(&amp;S)…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <location filename="../src/core/io/ImportReport.cpp" line="+25" />
            <source>added</source>
            <translation>已添加</translation>
        </message>
        <message>
            <location line="+2" />
            <source>updated</source>
            <translation>已更新</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unchanged, skipped</source>
            <translation>未更改，已跳过</translation>
        </message>
        <message>
            <location line="+2" />
            <source>rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location line="+2" />
            <source>conflict</source>
            <translation>冲突</translation>
        </message>
        <message>
            <location line="+2" />
            <source>conflict, catalogue's kept</source>
            <translation>冲突，已保留名录中的记录</translation>
        </message>
        <message>
            <location line="+8" />
            <source>checked: nothing has been written</source>
            <translation>已检查：尚未写入任何内容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>written to the catalogue</source>
            <translation>已写入名录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not written: the catalogue is unchanged</source>
            <translation>未写入：名录未更改</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import of %1 (%2), %3
</source>
            <translation>导入 %1（%2），%3
</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added: %1   Updated: %2   Unchanged (skipped): %3   Rejected: %4   Conflicts: %5   Warnings: %6
</source>
            <translation>已添加：%1   已更新：%2   未更改（已跳过）：%3   已拒绝：%4   冲突：%5   警告：%6
</translation>
        </message>
        <message>
            <location line="+15" />
            <source>line %1</source>
            <translation>第 %1 行</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation>冲突</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Warnings</source>
            <translation>警告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Updated</source>
            <translation>已更新</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unchanged (skipped)</source>
            <translation>未更改（已跳过）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Added</source>
            <translation>已添加</translation>
        </message>
        <message>
            <location line="+4" />
            <source>  ... and %1 more added (the report lists the first %2)
</source>
            <translation>  ……另有 %1 项已添加（报告仅列出前 %2 项）
</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+4" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>ImportSpill</name>
        <message>
            <location filename="../src/core/io/ImportSpill.cpp" line="+192" />
            <source>Cannot keep the checked records in %1: %2</source>
            <translation>无法将已检查的记录暂存在 %1 中：%2</translation>
        </message>
    </context>
    <context>
        <name>IndexedQuery</name>
        <message>
            <location filename="../src/core/index/IndexedQuerySaved.cpp" line="-101" />
            <source>The saved index %1 is damaged; it is built again from the catalogue</source>
            <translation>已保存的索引 %1 已损坏；将根据名录重新构建</translation>
        </message>
    </context>
    <context>
        <name>InitiativeEditor</name>
        <message>
            <location filename="../src/gui/InitiativeEditor.ui" line="+13" />
            <source>&amp;General</source>
            <translation>常规(&amp;G)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>I&amp;dentifier:</source>
            <translation>标识符(&amp;D)：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The catalogue's key: letters, digits and . _ : / -</source>
            <translation>名录中的键：字母、数字及 . _ : / -</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>S&amp;ummary:</source>
            <translation>摘要(&amp;U)：</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Descri&amp;ption:</source>
            <translation>描述(&amp;P)：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Status:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>St&amp;art and end:</source>
            <translation>开始和结束(&amp;A)：</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+6" />
            <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location line="+6" />
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Activity t&amp;ype:</source>
            <translation>活动类型(&amp;Y)：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Beneficiaries:</source>
            <translation>受益人(&amp;B)：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Results:</source>
            <translation>成果(&amp;R)：</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Countries and partners</source>
            <translation>国家和合作伙伴(&amp;C)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Co&amp;untries and their roles:</source>
            <translation>国家及其角色(&amp;U)：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Countries and their roles</source>
            <translation>国家及其角色</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add countr&amp;y</source>
            <translation>添加国家(&amp;Y)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove country</source>
            <translation>移除国家</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Partners and their roles:</source>
            <translation>合作伙伴及其角色(&amp;P)：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Partners and their roles</source>
            <translation>合作伙伴及其角色</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add pa&amp;rtner</source>
            <translation>添加合作伙伴(&amp;R)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove partner</source>
            <translation>移除合作伙伴</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+43" />
            <source>New &amp;organisation…</source>
            <translation>新建组织(&amp;O)…</translation>
        </message>
        <message>
            <location line="-42" />
            <source>Adds an organisation the catalogue does not have yet and chooses it in the selected row (or a new one); it is written with the initiative</source>
            <translation>添加名录中尚未有的组织，并在所选行（或新行）中选用该组织；该组织将随举措一并写入</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Funding and translations</source>
            <translation>资金和译文(&amp;F)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fu&amp;nding:</source>
            <translation>资金(&amp;N)：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Funding</source>
            <translation>资金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who funds the initiative, and when known how much, in which currency (ISO 4217) and year</source>
            <translation>由谁为该举措提供资金，以及（如已知）金额、货币（ISO 4217）和年份</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add funding &amp;row</source>
            <translation>添加资金行(&amp;R)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove funding</source>
            <translation>移除资金</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Adds an organisation the catalogue does not have yet and chooses it as the source of the selected row (or a new one); it is written with the initiative</source>
            <translation>添加名录中尚未有的组织，并将其选为所选行（或新行）的资金来源；该组织将随举措一并写入</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Translations of the title and description:</source>
            <translation>标题和描述的译文(&amp;T)：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Translations</source>
            <translation>译文</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add translat&amp;ion</source>
            <translation>添加译文(&amp;I)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove translation</source>
            <translation>移除译文</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Areas, SDGs and sources</source>
            <translation>领域、可持续发展目标和来源(&amp;A)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Programme a&amp;reas:</source>
            <translation>方案领域(&amp;R)：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Programme areas</source>
            <translation>方案领域</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Modalities:</source>
            <translation>合作方式(&amp;M)：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Modalities</source>
            <translation>合作方式</translation>
        </message>
        <message>
            <location line="+6" />
            <source>S&amp;DG goals and targets:</source>
            <translation>可持续发展目标及具体目标(&amp;D)：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>SDG goals and targets</source>
            <translation>可持续发展目标及具体目标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick a goal, or open it (Right, or +) to tick its targets such as 3.2</source>
            <translation>勾选目标，或展开目标（Right 或 +）以勾选其具体目标，例如 3.2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>S&amp;ources:</source>
            <translation>来源(&amp;O)：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <location line="+11" />
            <source>What is wrong with the record</source>
            <translation>记录中存在的问题</translation>
        </message>
    </context>
    <context>
        <name>InitiativeMerge</name>
        <message>
            <location filename="../src/core/catalogue/InitiativeMerge.cpp" line="+109" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Modalities</source>
            <translation>合作方式</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Activity type</source>
            <translation>活动类型</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Countries</source>
            <translation>国家</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Programme areas</source>
            <translation>方案领域</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Partners</source>
            <translation>合作伙伴</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Funding</source>
            <translation>资金</translation>
        </message>
        <message>
            <location line="+10" />
            <source>SDGs</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Beneficiaries</source>
            <translation>受益人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results</source>
            <translation>成果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI identifier</source>
            <translation>IATI 标识符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Triangular</source>
            <translation>三方合作</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Translations</source>
            <translation>译文</translation>
        </message>
    </context>
    <context>
        <name>InitiativeReader</name>
        <message>
            <location filename="../src/core/storage/InitiativeReader.cpp" line="+134" />
            <source>initiatives were removed while reading</source>
            <translation>读取期间有举措被删除</translation>
        </message>
        <message>
            <location line="+134" />
            <location line="+81" />
            <source>Cannot read the catalogue: %1</source>
            <translation>无法读取名录：%1</translation>
        </message>
        <message>
            <location line="-68" />
            <source>No initiative "%1" in the catalogue</source>
            <translation>名录中没有举措“%1”</translation>
        </message>
        <message>
            <location line="+116" />
            <source>No organisation "%1" in the catalogue</source>
            <translation>名录中没有组织“%1”</translation>
        </message>
    </context>
    <context>
        <name>InitiativeWriter</name>
        <message>
            <location filename="../src/core/storage/InitiativeWriter.cpp" line="+74" />
            <source>Could not write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location line="+50" />
            <source>source %1</source>
            <translation>来源 %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>organisation %1</source>
            <translation>组织 %1</translation>
        </message>
        <message>
            <location line="+23" />
            <source>initiative %1</source>
            <translation>举措 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Could not write initiative %1: organisation %2 is not in the catalogue</source>
            <translation>无法写入举措 %1：组织 %2 不在名录中</translation>
        </message>
    </context>
    <context>
        <name>InterfaceLanguage</name>
        <message>
            <location filename="../src/core/domain/InterfaceLanguage.cpp" line="+84" />
            <source>There is no translation for "%1"; the languages are %2</source>
            <translation>没有“%1”的翻译；可用语言为 %2</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../src/core/domain/ReferenceNames.cpp" line="+73" />
            <source>English</source>
            <translation>英语</translation>
        </message>
        <message>
            <location line="+1" />
            <source>French</source>
            <translation>法语</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spanish</source>
            <translation>西班牙语</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Portuguese</source>
            <translation>葡萄牙语</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arabic</source>
            <translation>阿拉伯语</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Russian</source>
            <translation>俄语</translation>
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
            <translation>搜索</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Words to find in titles, descriptions, partners and countries; the last word may be unfinished</source>
            <translation>要在标题、描述、合作伙伴和国家中查找的词语；最后一个词可以不完整</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search titles, descriptions, partners and countries (Ctrl+F)</source>
            <translation>搜索标题、描述、合作伙伴和国家（Ctrl+F）</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No filters: the whole catalogue is shown.</source>
            <translation>无筛选条件：显示整个名录。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No initiatives match these filters.</source>
            <translation>没有符合这些筛选条件的举措。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Clear the filters</source>
            <translation>清除筛选条件</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Views of the results</source>
            <translation>结果视图</translation>
        </message>
        <message>
            <location line="+7" />
            <source>List</source>
            <translation>列表</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Results</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives under the current filter; click a column title to sort, Enter to read the selected one</source>
            <translation>当前筛选条件下的举措；单击列标题可排序，按 Enter 可阅读所选举措</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Details and history of the selected initiative</source>
            <translation>所选举措的详细信息和历史记录</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Details</source>
            <translation>详细信息(&amp;D)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Details of the selected initiative</source>
            <translation>所选举措的详细信息</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hi&amp;story</source>
            <translation>历史记录(&amp;S)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>History of the selected initiative</source>
            <translation>所选举措的历史记录</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who changed this initiative, when, and each field from what to what</source>
            <translation>谁在何时更改了此举措，以及各字段从何值改为何值</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Filters</source>
            <translation>筛选条件</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>&amp;Open Catalogue…</source>
            <translation>打开名录(&amp;O)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open another catalogue file</source>
            <translation>打开另一个名录文件</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+O</source>
            <translation>Ctrl+O</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add initiatives from an IATI activity file, a CSV file or another catalogue file (you can also drop a file on the window)</source>
            <translation>从 IATI 活动文件、CSV 文件或其他名录文件添加举措（也可以将文件拖放到窗口上）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export to &amp;IATI…</source>
            <translation>导出为 IATI(&amp;I)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the initiatives shown as an IATI 2.03 activity file</source>
            <translation>将显示的举措写为 IATI 2.03 活动文件</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export Catalogue &amp;File…</source>
            <translation>导出名录文件(&amp;F)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the whole catalogue, its history and saved searches, as a catalogue file (JSON) to share or keep</source>
            <translation>将整个名录及其历史记录和已保存的搜索写为名录文件（JSON），以便共享或保存</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Export Report…</source>
            <translation>导出报告(&amp;E)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write a summary report of the initiatives shown (PDF, HTML, Markdown, CSV, XLSX or JSON)</source>
            <translation>写入所显示举措的摘要报告（PDF、HTML、Markdown、CSV、XLSX 或 JSON）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;New Catalogue…</source>
            <translation>新建名录(&amp;N)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create an empty catalogue file</source>
            <translation>创建空白名录文件</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Shift+N</source>
            <translation>Ctrl+Shift+N</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Clear All Filters</source>
            <translation>清除所有筛选条件(&amp;C)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Shift+Backspace</source>
            <translation>Ctrl+Shift+Backspace</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;User Guide</source>
            <translation>用户指南(&amp;U)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How to browse, filter, search and export, in this program</source>
            <translation>介绍如何在本程序中浏览、筛选、搜索和导出</translation>
        </message>
        <message>
            <location line="+3" />
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every key of the window and what it does</source>
            <translation>窗口中的所有按键及其作用</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;New Initiative…</source>
            <translation>新建举措(&amp;N)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add an initiative to the catalogue</source>
            <translation>向名录添加举措</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Edit Initiative…</source>
            <translation>编辑举措(&amp;E)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change the selected initiative (or double-click it)</source>
            <translation>更改所选举措（或双击该举措）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>F2</source>
            <translation>F2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Duplicate Initiative…</source>
            <translation>创建举措副本(&amp;D)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A new initiative starting from a copy of the selected one</source>
            <translation>以所选举措的副本为基础新建举措</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+D</source>
            <translation>Ctrl+D</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Bulk Edit…</source>
            <translation>批量编辑(&amp;B)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One change to every selected initiative, in one step</source>
            <translation>一步对所有选定举措作同一更改</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+B</source>
            <translation>Ctrl+B</translation>
        </message>
        <message>
            <location line="+5" />
            <source>De&amp;lete Initiatives…</source>
            <translation>删除举措(&amp;L)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the selected initiatives (Edit &gt; Undo brings them back)</source>
            <translation>删除所选举措（“编辑 &gt; 撤销”可恢复）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Preferences…</source>
            <translation>首选项(&amp;P)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export folder, page size, filter values, IATI reporting organisation</source>
            <translation>导出文件夹、页面大小、筛选值、IATI 报告组织</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;About SSC Catalogue</source>
            <translation>关于 SSC Catalogue(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>PgPassFile</name>
        <message>
            <location filename="../src/core/team/PgPassFile.cpp" line="+81" />
            <source>Cannot read %1</source>
            <translation>无法读取 %1</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>PictureExport</name>
        <message>
            <location filename="../src/gui/PictureExport.cpp" line="+88" />
            <source>Cannot write %1</source>
            <translation>无法写入 %1</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Cannot write %1 (a PNG or SVG file name was expected)</source>
            <translation>无法写入 %1（应为 PNG 或 SVG 文件名）</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+35" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Save as PNG or SVG…</source>
            <translation>另存为 PNG 或 SVG…</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+10" />
            <source>Export %1</source>
            <translation>导出 %1</translation>
        </message>
        <message>
            <location line="-9" />
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG 图像 (*.png);;SVG 绘图 (*.svg)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeArea</name>
        <message>
            <location filename="../src/core/domain/ReferenceNames.cpp" line="-61" />
            <source>Health</source>
            <translation>卫生</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maternal, newborn and child health</source>
            <translation>孕产妇、新生儿和儿童健康</translation>
        </message>
        <message>
            <location line="+1" />
            <source>EMTCT of HIV and syphilis</source>
            <translation>消除艾滋病毒和梅毒母婴传播</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nutrition</source>
            <translation>营养</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Water, sanitation and hygiene (WASH)</source>
            <translation>水、环境卫生和个人卫生（WASH）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Early childhood development</source>
            <translation>儿童早期发展</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Education</source>
            <translation>教育</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child protection</source>
            <translation>儿童保护</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Social protection</source>
            <translation>社会保护</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash transfers</source>
            <translation>现金转移支付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Social policy and child poverty</source>
            <translation>社会政策和儿童贫困</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Climate, energy and environment</source>
            <translation>气候、能源和环境</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Air pollution</source>
            <translation>空气污染</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Humanitarian action</source>
            <translation>人道主义行动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disaster risk reduction</source>
            <translation>减少灾害风险</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adolescent development and participation</source>
            <translation>青少年发展和参与</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Innovation</source>
            <translation>创新</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child rights and policy advocacy</source>
            <translation>儿童权利和政策倡导</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <location filename="../src/gui/EditorWidgets.cpp" line="+46" />
            <source>(not given)</source>
            <translation>（未提供）</translation>
        </message>
        <message>
            <location filename="../src/gui/HelpDialogs.cpp" line="+39" />
            <source>User guide</source>
            <translation>用户指南</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The user guide is missing from this build.</source>
            <translation>此版本中缺少用户指南。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC Catalogue User Guide</source>
            <translation>SSC Catalogue 用户指南</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick or clear the value (in a filter pane)</source>
            <translation>勾选或取消勾选该值（在筛选窗格中）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open, copy or export the selected rows (in the results)</source>
            <translation>打开、复制或导出所选行（在结果中）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tab, Shift+Tab</source>
            <translation>Tab, Shift+Tab</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next or previous control</source>
            <translation>下一个或上一个控件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+click</source>
            <translation>Ctrl+单击</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a linked value to the filter (in the details)</source>
            <translation>将链接的值添加到筛选条件（在详细信息中）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alt+D, Alt+S</source>
            <translation>Alt+D, Alt+S</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The initiative's Details and History tabs</source>
            <translation>举措的“详细信息”和“历史记录”选项卡</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+, -, arrows, Home</source>
            <translation>+、-、方向键、Home</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom, move, the whole world (on the map)</source>
            <translation>缩放、移动、显示全世界（在地图上）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrows, Enter</source>
            <translation>方向键、Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick a bar, filter by it (on a dashboard chart)</source>
            <translation>选择条形并按其筛选（在仪表板图表上）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key</source>
            <translation>按键</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Does</source>
            <translation>作用</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Keyboard Shortcuts</source>
            <translation>键盘快捷键</translation>
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
            <translation>%1 不存在</translation>
        </message>
    </context>
    <context>
        <name>Region</name>
        <message>
            <location filename="../src/core/domain/ReferenceNames.cpp" line="+4" />
            <source>Africa</source>
            <translation>非洲</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Americas</source>
            <translation>美洲</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asia</source>
            <translation>亚洲</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Australia and New Zealand</source>
            <translation>澳大利亚和新西兰</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caribbean</source>
            <translation>加勒比</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Central America</source>
            <translation>中美洲</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Central Asia</source>
            <translation>中亚</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eastern Africa</source>
            <translation>东部非洲</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eastern Asia</source>
            <translation>东亚</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eastern Europe</source>
            <translation>东欧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Europe</source>
            <translation>欧洲</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latin America and the Caribbean</source>
            <translation>拉丁美洲和加勒比</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Melanesia</source>
            <translation>美拉尼西亚</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Micronesia</source>
            <translation>密克罗尼西亚</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Middle Africa</source>
            <translation>中部非洲</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Northern Africa</source>
            <translation>北部非洲</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Northern America</source>
            <translation>北美洲</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Northern Europe</source>
            <translation>北欧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Oceania</source>
            <translation>大洋洲</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Polynesia</source>
            <translation>波利尼西亚</translation>
        </message>
        <message>
            <location line="+1" />
            <source>South America</source>
            <translation>南美洲</translation>
        </message>
        <message>
            <location line="+1" />
            <source>South-eastern Asia</source>
            <translation>东南亚</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Southern Africa</source>
            <translation>南部非洲</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Southern Asia</source>
            <translation>南亚</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Southern Europe</source>
            <translation>南欧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sub-Saharan Africa</source>
            <translation>撒哈拉以南非洲</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Western Africa</source>
            <translation>西部非洲</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Western Asia</source>
            <translation>西亚</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Western Europe</source>
            <translation>西欧</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../src/report/Report.cpp" line="+39" />
            <location line="+191" />
            <location filename="../src/report/ReportFiles.cpp" line="+461" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location line="-164" />
            <source>The list shows the first %1 of %2 initiatives, in title order. Export the report as CSV, XLSX or JSON for all of them.</source>
            <translation>列表按标题顺序显示 %2 项举措中的前 %1 项。如需列出全部举措，请将报告导出为 CSV、XLSX 或 JSON。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>South-South cooperation initiatives: summary</source>
            <translation>南南合作举措：摘要</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Any %1 country</source>
            <translation>任何%1国家</translation>
        </message>
        <message>
            <location line="+35" />
            <source>From %1</source>
            <translation>自 %1 起</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Until %1</source>
            <translation>至 %1 止</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Text: “%1”</source>
            <translation>文本：“%1”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All initiatives in the catalogue</source>
            <translation>名录中的所有举措</translation>
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
            <translation>举措</translation>
        </message>
        <message>
            <location filename="../src/report/ReportFiles.cpp" line="-170" />
            <source>Cannot write the report to %1: %2</source>
            <translation>无法将报告写入 %1：%2</translation>
        </message>
        <message>
            <location line="+37" />
            <source>the file cannot be created</source>
            <translation>无法创建该文件</translation>
        </message>
        <message>
            <location line="+24" />
            <location filename="../src/report/ReportText.cpp" line="-10" />
            <source>Catalogue</source>
            <translation>名录</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/report/ReportText.cpp" line="+2" />
            <source>Prepared on</source>
            <translation>编制日期</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/report/ReportText.cpp" line="+5" />
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/report/ReportHtml.cpp" line="-185" />
            <location filename="../src/report/ReportText.cpp" line="+4" />
            <location filename="../src/report/ReportWording.h" line="+1" />
            <source>Countries involved</source>
            <translation>涉及国家</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/report/ReportText.cpp" line="+2" />
            <location filename="../src/report/ReportWording.h" line="+2" />
            <source>%1 countries</source>
            <translation>%1 个国家</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/report/ReportHtml.cpp" line="+1" />
            <location line="+60" />
            <location filename="../src/report/ReportText.cpp" line="-61" />
            <location line="+62" />
            <location filename="../src/report/ReportWording.h" line="+1" />
            <source>Partners</source>
            <translation>合作伙伴</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/report/ReportWording.h" line="+2" />
            <source>Funding in %1</source>
            <translation>以 %1 计的资金</translation>
        </message>
        <message>
            <location line="+4" />
            <source>First year</source>
            <translation>起始年份</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last year</source>
            <translation>最后年份</translation>
        </message>
        <message>
            <location line="+67" />
            <source>a row of the list could not be written (%1)</source>
            <translation>列表中有一行无法写入（%1）</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Breakdown</source>
            <translation>分类统计</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location line="+89" />
            <source>the PDF could not be written</source>
            <translation>无法写入 PDF</translation>
        </message>
        <message>
            <location line="+130" />
            <source> or </source>
            <translation> 或 </translation>
        </message>
        <message>
            <location line="+18" />
            <source>PDF and HTML reports need the graphical libraries</source>
            <translation>PDF 和 HTML 报告需要图形库</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the report was prepared for CSV, XLSX or JSON</source>
            <translation>该报告是为 CSV、XLSX 或 JSON 格式准备的</translation>
        </message>
        <message>
            <location line="+19" />
            <source>the finished file could not be moved into place</source>
            <translation>无法将完成的文件移至目标位置</translation>
        </message>
        <message>
            <location filename="../src/report/ReportHtml.cpp" line="-107" />
            <source>Initiatives per country</source>
            <translation>各国举措数量</translation>
        </message>
        <message>
            <location line="+48" />
            <location filename="../src/report/ReportText.cpp" line="+3" />
            <location filename="../src/report/ReportWording.h" line="+1" />
            <source>Years covered</source>
            <translation>涵盖年份</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 countries: %2</source>
            <translation>%1 个国家：%2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Funding: no amounts recorded</source>
            <translation>资金：未记录金额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding recorded: </source>
            <translation>已记录的资金： </translation>
        </message>
        <message>
            <location line="+2" />
            <source>each currency apart, never added together</source>
            <translation>各货币分别列示，从不相加</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../src/report/ReportText.cpp" line="-83" />
            <source>Amounts</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="+26" />
            <location filename="../src/report/ReportText.cpp" line="+17" />
            <source>Countries</source>
            <translation>国家</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/report/ReportText.cpp" line="+1" />
            <source>Programme areas</source>
            <translation>方案领域</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/report/ReportText.cpp" line="+1" />
            <location line="+63" />
            <source>Funding</source>
            <translation>资金</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Years: %1</source>
            <translation>年份：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status: %1</source>
            <translation>状态：%1</translation>
        </message>
        <message>
            <location line="+37" />
            <location filename="../src/report/ReportText.cpp" line="-101" />
            <source>Catalogue: %1</source>
            <translation>名录：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/report/ReportText.cpp" line="+1" />
            <source>Prepared on %1</source>
            <translation>编制于 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/report/ReportText.cpp" line="+2" />
            <source>Scope: %1</source>
            <translation>范围：%1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Initiatives per country, in any role</source>
            <translation>各国举措数量（任何角色）</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The largest %1 of %2; all in the tables.</source>
            <translation>图中显示 %2 项中数值最大的 %1 项；全部数据见表格。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Breakdowns</source>
            <translation>分类统计</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/report/ReportText.cpp" line="+11" />
            <source>None recorded.</source>
            <translation>无记录。</translation>
        </message>
        <message>
            <location line="+25" />
            <location filename="../src/report/ReportText.cpp" line="+36" />
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../src/report/ReportListFile.cpp" line="+167" />
            <source>a row is damaged</source>
            <translation>有一行已损坏</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot keep the report's list in %1: %2</source>
            <translation>无法将报告的列表暂存在 %1 中：%2</translation>
        </message>
        <message>
            <location filename="../src/report/ReportPages.cpp" line="+320" />
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <location filename="../src/report/ReportTally.cpp" line="+91" />
            <source>Not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location line="+7" />
            <source>An initiative with several values counts in each of their rows, so the rows add up to more than the initiatives.</source>
            <translation>有多个值的举措会计入每个相应的行，因此各行合计会超过举措总数。</translation>
        </message>
        <message>
            <location line="+226" />
            <source>By programme area</source>
            <translation>按方案领域</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By recipient country</source>
            <translation>按接受方国家</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By provider country</source>
            <translation>按提供方国家</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By region</source>
            <translation>按区域</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By funding source</source>
            <translation>按资金来源</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By modality</source>
            <translation>按合作方式</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By activity type</source>
            <translation>按活动类型</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By start year</source>
            <translation>按开始年份</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By SDG</source>
            <translation>按可持续发展目标</translation>
        </message>
        <message>
            <location filename="../src/report/ReportText.cpp" line="-45" />
            <location line="+89" />
            <source>Headline figures</source>
            <translation>主要数据</translation>
        </message>
        <message>
            <location line="-58" />
            <location line="+48" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Years</source>
            <translation>年份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Section</source>
            <translation>部分</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>详细信息</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+1" />
            <location line="+6" />
            <source>Report</source>
            <translation>报告</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Initiative</source>
            <translation>举措</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+112" />
            <source>Cannot write the report: %1</source>
            <translation>无法写入报告：%1</translation>
        </message>
        <message>
            <location filename="../src/report/ReportFiles.cpp" line="-412" />
            <location filename="../src/report/ReportPages.cpp" line="-126" />
            <source> … [cut: %1 characters]</source>
            <translation> … [已截去：%1 个字符]</translation>
        </message>
        <message>
            <location line="+198" />
            <source>Cells cut to Excel's 32,767 characters</source>
            <translation>截断至 Excel 上限 32,767 个字符的单元格</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rows left out: more than a worksheet holds</source>
            <translation>省略的行：超出一个工作表的容量</translation>
        </message>
    </context>
    <context>
        <name>ReportBuilder</name>
        <message>
            <location filename="../src/report/ReportTitle.cpp" line="+27" />
            <source> and </source>
            <translation> 和 </translation>
        </message>
        <message>
            <location line="+46" />
            <source>Initiatives</source>
            <translation>举措</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 initiatives</source>
            <translation>%1的举措</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 programme areas</source>
            <translation>%1 个方案领域</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 countries and regions</source>
            <translation>%1 个国家和区域</translation>
        </message>
        <message>
            <location line="-23" />
            <source> with %1s in %2</source>
            <translation> %1：%2</translation>
        </message>
        <message>
            <location line="+27" />
            <source> in %1</source>
            <translation> 国家和区域：%1</translation>
        </message>
        <message>
            <location line="-28" />
            <source> with any %1</source>
            <translation> %1：任何国家</translation>
        </message>
        <message>
            <location line="-11" />
            <source> with providers in %1</source>
            <translation> 提供方：%1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any provider</source>
            <translation> 提供方：任何国家</translation>
        </message>
        <message>
            <location line="+1" />
            <source> with recipients in %1</source>
            <translation> 接受方：%1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any recipient</source>
            <translation> 接受方：任何国家</translation>
        </message>
        <message>
            <location line="+1" />
            <source> with facilitators in %1</source>
            <translation> 促进方：%1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any facilitator</source>
            <translation> 促进方：任何国家</translation>
        </message>
        <message>
            <location line="+1" />
            <source> hosted in %1</source>
            <translation> 东道方：%1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any host</source>
            <translation> 东道方：任何国家</translation>
        </message>
        <message>
            <location line="+1" />
            <source> with participants in %1</source>
            <translation> 参与方：%1</translation>
        </message>
        <message>
            <location line="+0" />
            <source> with any participant</source>
            <translation> 参与方：任何国家</translation>
        </message>
        <message>
            <location line="+38" />
            <source> with %1</source>
            <translation> 合作伙伴：%1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 partners</source>
            <translation>%1 个合作伙伴</translation>
        </message>
        <message>
            <location line="+2" />
            <source> funded by %1</source>
            <translation> 资金来源：%1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 sources</source>
            <translation>%1 个资金来源</translation>
        </message>
        <message>
            <location line="+5" />
            <source> for SDG %1</source>
            <translation> 可持续发展目标：%1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 goals</source>
            <translation>%1 个目标</translation>
        </message>
        <message>
            <location line="+9" />
            <source> matching “%1”</source>
            <translation> 匹配“%1”</translation>
        </message>
        <message>
            <location line="+7" />
            <source>, from %1</source>
            <translation>，%1 年起</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, until %1</source>
            <translation>，至 %1 年</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../src/gui/ReportDialog.ui" line="+6" />
            <source>Export Report</source>
            <translation>导出报告</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Format:</source>
            <translation>格式(&amp;F)：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>PDF and HTML are documents to read; CSV, XLSX and JSON carry every figure and the full list</source>
            <translation>PDF 和 HTML 是供阅读的文档；CSV、XLSX 和 JSON 包含所有数据和完整列表</translation>
        </message>
        <message>
            <location line="+10" />
            <source>F&amp;ile:</source>
            <translation>文件(&amp;I)：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The report file to write</source>
            <translation>要写入的报告文件</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose where to save the report</source>
            <translation>选择报告的保存位置</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the file in a file dialog</source>
            <translation>在文件对话框中选择文件</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Initiatives:</source>
            <translation>举措：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Under the current &amp;filter</source>
            <translation>当前筛选条件下的举措(&amp;F)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exactly the initiatives the results list holds</source>
            <translation>恰好为结果列表中的举措</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Selected rows</source>
            <translation>所选行(&amp;S)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The rows selected in the results list</source>
            <translation>结果列表中选定的行</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Whole catalogue</source>
            <translation>整个名录(&amp;W)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every initiative in the catalogue, whatever the filter</source>
            <translation>名录中的所有举措，不受筛选条件限制</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The title printed at the top of the report</source>
            <translation>打印在报告顶部的标题</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sections:</source>
            <translation>部分：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Headline figures</source>
            <translation>主要数据(&amp;H)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Initiatives, countries by role, partners, funding per currency, years</source>
            <translation>举措、按角色划分的国家、合作伙伴、按货币列示的资金、年份</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Brea&amp;kdowns</source>
            <translation>分类统计(&amp;K)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Counts by programme area, country, region, funding source, modality, activity type, year and SDG</source>
            <translation>按方案领域、国家、区域、资金来源、合作方式、活动类型、年份和可持续发展目标统计的数量</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Bar c&amp;harts</source>
            <translation>条形图(&amp;H)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Bar charts of the main breakdowns (PDF and HTML)</source>
            <translation>主要分类统计的条形图（PDF 和 HTML）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;List of initiatives, at most</source>
            <translation>举措列表，最多(&amp;L)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The initiatives with their key fields, in title order</source>
            <translation>按标题顺序列出举措及其关键字段</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Most initiatives in the list</source>
            <translation>列表中的最多举措数</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How many initiatives the list shows; the figures always cover all of them</source>
            <translation>列表显示的举措数量；统计数据始终涵盖全部举措</translation>
        </message>
        <message>
            <location line="+3" />
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <location line="+25" />
            <source>S&amp;ources cited</source>
            <translation>引用的来源(&amp;O)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The documents the initiatives cite</source>
            <translation>举措引用的文档</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Paper:</source>
            <translation>纸张(&amp;P)：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Paper size of the PDF</source>
            <translation>PDF 的纸张大小</translation>
        </message>
        <message>
            <location line="+7" />
            <source>L&amp;andscape</source>
            <translation>横向(&amp;A)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Print the PDF across the page</source>
            <translation>横向打印 PDF</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Export status</source>
            <translation>导出状态</translation>
        </message>
        <message>
            <location filename="../src/report/ReportFiles.cpp" line="+93" />
            <source>PDF document (.pdf)</source>
            <translation>PDF 文档 (.pdf)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Web page (.html)</source>
            <translation>网页 (.html)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Markdown (.md)</source>
            <translation>Markdown (.md)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>CSV table (.csv)</source>
            <translation>CSV 表格 (.csv)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel 工作簿 (.xlsx)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>JSON data (.json)</source>
            <translation>JSON 数据 (.json)</translation>
        </message>
    </context>
    <context>
        <name>SchemaMigrator</name>
        <message>
            <location filename="../src/core/storage/SchemaMigrator.cpp" line="+65" />
            <source>Schema step %1 failed: %2 (in: %3)</source>
            <translation>架构步骤 %1 失败：%2（位于：%3）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Schema version %1 is not one this program can upgrade</source>
            <translation>此程序无法升级架构版本 %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Schema step %1 is missing from the program</source>
            <translation>程序中缺少架构步骤 %1</translation>
        </message>
    </context>
    <context>
        <name>TeamServer</name>
        <message>
            <location filename="../src/core/storage/TeamServer.cpp" line="+101" />
            <source>Team catalogue on %1: %2: %3</source>
            <translation>%1 上的团队名录：%2：%3</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Cannot connect to the team catalogue: %1</source>
            <translation>无法连接到团队名录：%1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not a server address libpq reads: %1: %2</source>
            <translation>不是 libpq 可读取的服务器地址：%1：%2</translation>
        </message>
        <message>
            <location line="+60" />
            <source>cannot read the database</source>
            <translation>无法读取数据库</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The database already holds a team catalogue</source>
            <translation>该数据库中已有团队名录</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+10" />
            <source>cannot create the team catalogue</source>
            <translation>无法创建团队名录</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not an SSC team catalogue</source>
            <translation>%1 不是 SSC 团队名录</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The team catalogue's schema (version %1) is newer than this program reads (%2): update SSC Catalogue</source>
            <translation>团队名录的架构（版本 %1）高于本程序可读取的版本（%2）：请更新 SSC Catalogue</translation>
        </message>
        <message>
            <location line="+76" />
            <location line="+6" />
            <location line="+33" />
            <location line="+4" />
            <source>cannot read the changes</source>
            <translation>无法读取更改</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the changes arrived malformed</source>
            <translation>收到的更改格式有误</translation>
        </message>
        <message>
            <location line="+8" />
            <source>cannot read the latest revision</source>
            <translation>无法读取最新修订版本</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+4" />
            <source>cannot start writing</source>
            <translation>无法开始写入</translation>
        </message>
        <message>
            <location line="+5" />
            <source>cannot read %1</source>
            <translation>无法读取 %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>the server refused the change to %1</source>
            <translation>服务器拒绝了对 %1 的更改</translation>
        </message>
        <message>
            <location line="+13" />
            <source>cannot tell the team of the change</source>
            <translation>无法将更改通知团队</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the server did not keep the changes</source>
            <translation>服务器未保存这些更改</translation>
        </message>
        <message>
            <location line="+7" />
            <source>cannot listen for the team's changes</source>
            <translation>无法监听团队的更改</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the connection was lost</source>
            <translation>连接已断开</translation>
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <location filename="../src/core/team/TeamRecords.h" line="+75" />
            <source>A damaged record</source>
            <translation>一条已损坏的记录</translation>
        </message>
        <message>
            <location filename="../src/core/team/TeamSync.cpp" line="+244" />
            <source>The team catalogue kept changing during the sync; try again</source>
            <translation>同步期间团队名录不断变化；请重试</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 is already a copy of the team catalogue at %2</source>
            <translation>%1 已是 %2 上团队名录的副本</translation>
        </message>
        <message>
            <location line="+46" />
            <source>%1 is not empty: clone into a new catalogue</source>
            <translation>%1 不为空：请克隆到新名录</translation>
        </message>
        <message>
            <location line="+54" />
            <source>%1 exists; clone into a new file</source>
            <translation>%1 已存在；请克隆到新文件</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Cannot write %1</source>
            <translation>无法写入 %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a copy of a team catalogue (clone one with `ssc-catalogue clone`)</source>
            <translation>%1 不是团队名录的副本（请用 `ssc-catalogue clone` 克隆副本）</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 is not a copy of a team catalogue</source>
            <translation>%1 不是团队名录的副本</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No conflict on %1 of %2</source>
            <translation>%2 的 %1 字段没有冲突</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 is not here to take the server's value</source>
            <translation>%1 在此副本中不存在，无法采用服务器的值</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(deleted)</source>
            <translation>（已删除）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the record ("%1")</source>
            <translation>该记录（“%1”）</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../src/core/domain/Vocabulary.cpp" line="+24" />
            <source>Planned</source>
            <translation>计划中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ongoing</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Knowledge exchange</source>
            <translation>知识交流</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technical assistance</source>
            <translation>技术援助</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technology exchange</source>
            <translation>技术交流</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resource exchange</source>
            <translation>资源交流</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Programme</source>
            <translation>方案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High-level meeting</source>
            <translation>高级别会议</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conference</source>
            <translation>会议</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Side event</source>
            <translation>会外活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Webinar</source>
            <translation>网络研讨会</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Study tour</source>
            <translation>考察访问</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Training</source>
            <translation>培训</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Community of practice</source>
            <translation>实践社区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Publication</source>
            <translation>出版物</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Internship</source>
            <translation>实习</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Humanitarian response</source>
            <translation>人道主义应对</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+23" />
            <source>Fund</source>
            <translation>基金</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Provider</source>
            <translation>提供方</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipient</source>
            <translation>接受方</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>促进方</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+8" />
            <source>Host</source>
            <translation>东道方</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Participant</source>
            <translation>参与方</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Funder</source>
            <translation>出资方</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Implementer</source>
            <translation>执行方</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coordinator</source>
            <translation>协调方</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technical partner</source>
            <translation>技术合作伙伴</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Government</source>
            <translation>政府</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UN agency</source>
            <translation>联合国机构</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multilateral</source>
            <translation>多边机构</translation>
        </message>
        <message>
            <location line="+1" />
            <source>NGO</source>
            <translation>非政府组织</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Academia</source>
            <translation>学术界</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private sector</source>
            <translation>私营部门</translation>
        </message>
    </context>
    <context>
        <name>WorldMapView</name>
        <message>
            <location filename="../src/report/MapPicture.cpp" line="+214" />
            <source>Provider → recipient</source>
            <translation>提供方 → 接受方</translation>
        </message>
        <message>
            <location line="+0" />
            <source>line width: initiatives shared</source>
            <translation>线宽：共同举措数量</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the %L1 largest of %L2 links</source>
            <translation>%L2 条连线中最粗的 %L1 条</translation>
        </message>
        <message>
            <location line="+39" />
            <source>none</source>
            <translation>无</translation>
        </message>
    </context>
    <context>
        <name>ssc::BulkEditDialog</name>
        <message>
            <location filename="../src/gui/BulkEditDialog.cpp" line="+17" />
            <source>Bulk Edit</source>
            <translation>批量编辑</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Set to</source>
            <translation>设为</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>for example completed, nutrition, 4, ET:recipient</source>
            <translation>例如 completed、nutrition、4、ET:recipient</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What is wrong with the change</source>
            <translation>更改中存在的问题</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>One change to each of the %n selected initiative(s):</source>
            <translation>
                <numerusform>对所选 %n 项举措中的每一项作同一更改：</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Field:</source>
            <translation>字段(&amp;F)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change:</source>
            <translation>更改(&amp;C)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Value:</source>
            <translation>值(&amp;V)：</translation>
        </message>
    </context>
    <context>
        <name>ssc::CatalogueEdits</name>
        <message>
            <location filename="../src/gui/CatalogueEdits.cpp" line="+140" />
            <source>New '%1'</source>
            <translation>新建“%1”</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit '%1'</source>
            <translation>编辑“%1”</translation>
        </message>
        <message numerus="yes">
            <location line="+53" />
            <source>Bulk edit of %n initiative(s)</source>
            <translation>
                <numerusform>批量编辑 %n 项举措</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Restore '%1'</source>
            <translation>恢复“%1”</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n initiative(s)? Edit &gt; Undo brings them back, and the history keeps them.</source>
            <translation>
                <numerusform>删除 %n 项举措？“编辑 &gt; 撤销”可恢复这些举措，历史记录也会保留它们。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+24" />
            <source>Delete '%1'</source>
            <translation>删除“%1”</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n initiative(s)</source>
            <translation>
                <numerusform>删除 %n 项举措</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/CatalogueEditsMerge.cpp" line="+72" />
            <source>Merge '%1'</source>
            <translation>合并“%1”</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The import of %1 changed more than %L2 records: it cannot be undone (its entry in the history says what it did).</source>
            <translation>导入 %1 更改了超过 %L2 条记录：无法撤销（历史记录中的相应条目说明了所作的更改）。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Import '%1'</source>
            <translation>导入“%1”</translation>
        </message>
    </context>
    <context>
        <name>ssc::ConflictDialog</name>
        <message>
            <location filename="../src/gui/ConflictDialog.cpp" line="+37" />
            <source>Review Conflicts</source>
            <translation>审查冲突</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Conflicts with the team catalogue</source>
            <translation>与团队名录的冲突</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Initiative</source>
            <translation>举措</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mine</source>
            <translation>我方的值</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>对方的值</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs by</source>
            <translation>对方更改人</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Keep &amp;Mine</source>
            <translation>保留我方的值(&amp;M)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take &amp;Theirs</source>
            <translation>采用对方的值(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep All M&amp;ine</source>
            <translation>全部保留我方的值(&amp;I)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take All T&amp;heirs</source>
            <translation>全部采用对方的值(&amp;H)</translation>
        </message>
        <message>
            <location line="+47" />
            <source>No conflicts: every field agrees with the team catalogue.</source>
            <translation>没有冲突：所有字段均与团队名录一致。</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n field(s) were changed here and in the team catalogue. Your value is kept until you choose; Keep Mine sends it with the next sync.</source>
            <translation>
                <numerusform>有 %n 个字段在此处和团队名录中均被更改。在您作出选择之前，将保留您的值；“保留我方的值”会在下次同步时发送该值。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::DashboardChart</name>
        <message>
            <location filename="../src/gui/DashboardChart.cpp" line="+69" />
            <source>Click a bar to filter by it; Ctrl+click adds it. From the keyboard: arrow keys and Enter</source>
            <translation>单击条形可按其筛选；Ctrl+单击可将其添加为筛选值。使用键盘：方向键和 Enter</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the chart %1</source>
            <translation>导出图表“%1”</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Nothing to chart under this filter</source>
            <translation>此筛选条件下没有可绘制图表的数据</translation>
        </message>
        <message>
            <location line="+160" />
            <source>Made with SSC Catalogue.</source>
            <translation>由 SSC Catalogue 制作。</translation>
        </message>
    </context>
    <context>
        <name>ssc::DashboardPane</name>
        <message>
            <location filename="../src/gui/DashboardPane.cpp" line="+50" />
            <source>Initiatives by start year</source>
            <translation>按开始年份统计的举措</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By programme area</source>
            <translation>按方案领域</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By modality</source>
            <translation>按合作方式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By activity type</source>
            <translation>按活动类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top partners</source>
            <translation>主要合作伙伴</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding by year</source>
            <translation>按年份统计的资金</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Initiatives</source>
            <translation>举措</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Currency of the funding chart</source>
            <translation>资金图表的货币</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amounts are charted one currency at a time: they are never added across currencies</source>
            <translation>金额按单一货币绘制图表：不同货币的金额从不相加</translation>
        </message>
        <message>
            <location line="+158" />
            <source>The %1 with the most initiatives, of %2.</source>
            <translation>显示举措最多的 %1 项（共 %2 项）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 of the %2 initiatives have none recorded.</source>
            <translation>%2 项举措中有 %1 项没有记录。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>An initiative with several values counts in each of their bars.</source>
            <translation>有多个值的举措会计入每个相应的条形。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>%1: %2 initiatives; click for those running that year</source>
            <translation>%1 年：%2 项举措；单击可查看该年开展的举措</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 of the %2 initiatives have no start year recorded.</source>
            <translation>%2 项举措中有 %1 项没有记录开始年份。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>One initiative under the filter.</source>
            <translation>筛选条件下有 1 项举措。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 initiatives under the filter.</source>
            <translation>筛选条件下有 %1 项举措。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click a bar to filter by it.</source>
            <translation>单击条形可按其筛选。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Some charts could not be counted: %1</source>
            <translation>部分图表无法统计：%1</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Amount in %1</source>
            <translation>金额（%1）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Billions of %1</source>
            <translation>金额（十亿 %1）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Millions of %1</source>
            <translation>金额（百万 %1）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Thousands of %1</source>
            <translation>金额（千 %1）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Without a year (neither the funding's nor the initiative's start): %L1 %2.</source>
            <translation>无年份（既无资金年份，也无举措开始年份）：%L1 %2。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: %2 %3 from %4 initiatives; click for those running that year</source>
            <translation>%1 年：%2 %3，来自 %4 项举措；单击可查看该年开展的举措</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Also recorded in other currencies (%1), charted one at a time.</source>
            <translation>另有以其他货币（%1）记录的资金，每次只绘制一种货币。</translation>
        </message>
    </context>
    <context>
        <name>ssc::DuplicatesDialog</name>
        <message>
            <location filename="../src/gui/DuplicatesDialog.cpp" line="+36" />
            <source>&amp;Stop</source>
            <translation>停止(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merge…</source>
            <translation>合并(&amp;M)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Not Duplicates</source>
            <translation>不是重复项(&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search &amp;Again</source>
            <translation>重新搜索(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find Duplicates</source>
            <translation>查找重复项</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Search for duplicates</source>
            <translation>搜索重复项</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop looking for duplicates</source>
            <translation>停止查找重复项</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Likely duplicates</source>
            <translation>可能的重复项</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Records</source>
            <translation>记录</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Make the two records one, choosing each field side by side</source>
            <translation>将两条记录合并为一条，并排逐一选择各字段的值</translation>
        </message>
        <message>
            <location line="+2" />
            <source>They are different initiatives: do not offer this pair again</source>
            <translation>它们是不同的举措：不再提示这一对记录</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Looking for records with the same or a similar title and a country or year in common, or the same IATI identifier…</source>
            <translation>正在查找标题相同或相似且有共同国家或年份的记录，或 IATI 标识符相同的记录…</translation>
        </message>
        <message>
            <location line="+57" />
            <source>No likely duplicates in this catalogue.</source>
            <translation>此名录中没有可能的重复项。</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n pair(s) of records that may be one initiative, best first. Merge makes a pair one record (Edit &gt; Undo takes it back).</source>
            <translation>
                <numerusform>%n 对记录可能属于同一举措，可能性最高的排在前面。“合并”可将一对记录合并为一条（“编辑 &gt; 撤销”可撤回合并）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::FacetModel</name>
        <message numerus="yes">
            <location filename="../src/gui/FacetModel.cpp" line="+145" />
            <source>%1: %n initiative(s) under the current filter</source>
            <translation>
                <numerusform>%1：当前筛选条件下有 %n 项举措</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::FilterPanel</name>
        <message>
            <location filename="../src/gui/FilterPanel.cpp" line="+75" />
            <source>Any role</source>
            <translation>任何角色</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The role the ticked regions and countries have in an initiative</source>
            <translation>勾选的区域和国家在举措中担任的角色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role of the ticked regions and countries</source>
            <translation>勾选的区域和国家的角色</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show only the values whose name holds this text</source>
            <translation>仅显示名称包含此文本的值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find in %1</source>
            <translation>在%1中查找</translation>
        </message>
        <message>
            <location line="+76" />
            <source>None recorded in this catalogue</source>
            <translation>此名录中无记录</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No value matches</source>
            <translation>没有匹配的值</translation>
        </message>
    </context>
    <context>
        <name>ssc::HistoryDialog</name>
        <message>
            <location filename="../src/gui/HistoryDialog.cpp" line="+31" />
            <source>Recent Changes</source>
            <translation>最近的更改</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recent changes to the catalogue</source>
            <translation>名录最近的更改</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>更改人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>更改内容</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Restore Deleted Initiative</source>
            <translation>恢复已删除的举措(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write the selected deleted initiative back as it was</source>
            <translation>按原样写回所选的已删除举措</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The selected change in full</source>
            <translation>所选更改的完整内容</translation>
        </message>
        <message>
            <location line="+30" />
            <source>%1: %2 → %3</source>
            <translation>%1：%2 → %3</translation>
        </message>
        <message>
            <location line="+48" />
            <source>history entry %1</source>
            <translation>历史记录条目 %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>As it was before:</source>
            <translation>更改前的状态：</translation>
        </message>
    </context>
    <context>
        <name>ssc::ImportDialog</name>
        <message>
            <location filename="../src/gui/ImportDialog.cpp" line="+29" />
            <source>title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>texts</source>
            <translation>文本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>countries</source>
            <translation>国家</translation>
        </message>
        <message>
            <location line="+1" />
            <source>programme areas</source>
            <translation>方案领域</translation>
        </message>
        <message>
            <location line="+1" />
            <source>partners</source>
            <translation>合作伙伴</translation>
        </message>
        <message>
            <location line="+1" />
            <source>funding</source>
            <translation>资金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SDGs</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <location line="+2" />
            <source>other details</source>
            <translation>其他详细信息</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Import %1</source>
            <translation>导入 %1</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Reading and checking %1…</source>
            <translation>正在读取并检查 %1…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message numerus="yes">
            <location line="+54" />
            <source>Nothing to import: %n record(s) checked, none new or changed.</source>
            <translation>
                <numerusform>没有可导入的内容：已检查 %n 条记录，均无新增或更改。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Checked %n record(s): %1 to add, %2 to update, %3 in conflict, %4 rejected. Nothing has been written yet.</source>
            <translation>
                <numerusform>已检查 %n 条记录：待添加 %1 条，待更新 %2 条，有冲突 %3 条，已拒绝 %4 条。尚未写入任何内容。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Catalogue: %1
File: %2</source>
            <translation>名录：%1
文件：%2</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>&amp;Import %n record(s)</source>
            <translation>
                <numerusform>导入 %n 条记录(&amp;I)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+26" />
            <source>Writing to the catalogue… Cancel leaves it as it was.</source>
            <translation>正在写入名录… 取消将使名录保持原样。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Imported: %1 added, %2 updated, %3 unchanged, %4 rejected.</source>
            <translation>已导入：添加 %1 条，更新 %2 条，未更改 %3 条，拒绝 %4 条。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Cannot save the report</source>
            <translation>无法保存报告</translation>
        </message>
        <message>
            <location line="+9" />
            <source>-import-report.txt</source>
            <translation>-导入报告.txt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save Import Report</source>
            <translation>保存导入报告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text (*.txt);;JSON (*.json)</source>
            <translation>文本 (*.txt);;JSON (*.json)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
    <context>
        <name>ssc::IndexStatus</name>
        <message>
            <location filename="../src/gui/IndexStatus.cpp" line="+23" />
            <source>Progress of the index build</source>
            <translation>索引构建进度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop or start the index build</source>
            <translation>停止或开始构建索引</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The counts appear when the index is built (see the status bar). Search, sorting and the results work meanwhile.</source>
            <translation>索引构建完成后将显示计数（见状态栏）。在此期间，搜索、排序和结果均可正常使用。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No counts: building the index was stopped. Filtering by these values needs it: choose Build index in the status bar.</source>
            <translation>无计数：索引构建已停止。按这些值筛选需要索引：请在状态栏中选择“构建索引”。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No counts: the index could not be built (see the status bar).</source>
            <translation>无计数：无法构建索引（见状态栏）。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Building the index for the filters…</source>
            <translation>正在为筛选条件构建索引…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop building the index; the results stay, without counts</source>
            <translation>停止构建索引；结果仍会保留，但不显示计数</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Index not built.</source>
            <translation>索引尚未构建。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build index</source>
            <translation>构建索引</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build the index that the filters and their counts need</source>
            <translation>构建筛选条件及其计数所需的索引</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The index could not be built: %1</source>
            <translation>无法构建索引：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try again</source>
            <translation>重试</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build the index again</source>
            <translation>重新构建索引</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hide this notice</source>
            <translation>隐藏此通知</translation>
        </message>
    </context>
    <context>
        <name>ssc::InitiativeDetailsView</name>
        <message>
            <location filename="../src/gui/InitiativeDetailsView.cpp" line="+124" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duplicate…</source>
            <translation>创建副本…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>D&amp;uplicate…</source>
            <translation>创建副本(&amp;U)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Select an initiative to read about it.</source>
            <translation>选择一项举措以查看其详细信息。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>In %1, from the record's translations; its own language is %2.</source>
            <translation>以%1显示，取自记录的译文；其原始语言为%2。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In %1, the record's own language: it has no %2 translation.</source>
            <translation>以%1显示，即记录的原始语言：该记录没有%2译文。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>IATI identifier</source>
            <translation>IATI 标识符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Modality</source>
            <translation>合作方式</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cooperation</source>
            <translation>合作类型</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Triangular</source>
            <translation>三方合作</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Programme areas</source>
            <translation>方案领域</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Partners</source>
            <translation>合作伙伴</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Funding</source>
            <translation>资金</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Target %1</source>
            <translation>具体目标 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goal %1: %2</source>
            <translation>目标 %1：%2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SDGs</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beneficiaries</source>
            <translation>受益人</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Results</source>
            <translation>成果</translation>
        </message>
        <message>
            <location line="+20" />
            <source>offline copy</source>
            <translation>离线副本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>offline copy: %1</source>
            <translation>离线副本：%1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No change has been recorded for this initiative.</source>
            <translation>此举措没有记录的更改。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: %2 → %3</source>
            <translation>%1：%2 → %3</translation>
        </message>
        <message>
            <location line="+12" />
            <source>History</source>
            <translation>历史记录</translation>
        </message>
    </context>
    <context>
        <name>ssc::InitiativeEditor</name>
        <message>
            <location filename="../src/gui/InitiativeEditor.cpp" line="+30" />
            <source>Edit Initiative</source>
            <translation>编辑举措</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New Initiative</source>
            <translation>新建举措</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+113" />
            <source>Country</source>
            <translation>国家</translation>
        </message>
        <message>
            <location line="-113" />
            <location line="+2" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Organisation</source>
            <translation>组织</translation>
        </message>
        <message>
            <location line="+111" />
            <source>Role of the country</source>
            <translation>国家的角色</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Partner organisation</source>
            <translation>合作伙伴组织</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role of the partner</source>
            <translation>合作伙伴的角色</translation>
        </message>
        <message>
            <location line="+166" />
            <source> (row %1)</source>
            <translation> （第 %1 行）</translation>
        </message>
        <message>
            <location filename="../src/gui/InitiativeEditorTables.cpp" line="+63" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+59" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="-59" />
            <location line="+63" />
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <location line="-63" />
            <location line="+71" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location line="-68" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+93" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="-93" />
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Funding source</source>
            <translation>资金来源</translation>
        </message>
        <message>
            <location line="+8" />
            <source>such as 250000</source>
            <translation>例如 250000</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 — %2 (withdrawn)</source>
            <translation>%1 — %2（已撤销）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>YYYY</source>
            <translation>YYYY</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Translated field</source>
            <translation>翻译的字段</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Translated text</source>
            <translation>译文</translation>
        </message>
        <message>
            <location line="+46" />
            <source>field "funding[%1].amount": "%2" is not a number (expected an amount such as 250000)</source>
            <translation>字段“funding[%1].amount”：“%2”不是数字（应为金额，例如 250000）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>field "funding[%1].year": "%2" is not a year (expected YYYY)</source>
            <translation>字段“funding[%1].year”：“%2”不是年份（应为 YYYY）</translation>
        </message>
    </context>
    <context>
        <name>ssc::InitiativeTableModel</name>
        <message>
            <location filename="../src/gui/InitiativeTableModel.cpp" line="+135" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Title in %1; the record does not state its own language</source>
            <translation>标题语言：%1；记录未注明其原始语言</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title in %1; the record's own language is %2</source>
            <translation>标题语言：%1；记录的原始语言为%2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Title in %1, the record's own language</source>
            <translation>标题语言：%1，即记录的原始语言</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Countries</source>
            <translation>国家</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Programme areas</source>
            <translation>方案领域</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Partners</source>
            <translation>合作伙伴</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Funding</source>
            <translation>资金</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Years</source>
            <translation>年份</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>ssc::KeyboardNavigation</name>
        <message>
            <location filename="../src/gui/KeyboardNavigation.cpp" line="+39" />
            <source>Go to the search box</source>
            <translation>转到搜索框</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Read the selected result (in the results)</source>
            <translation>阅读所选结果（在结果中）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Next area: search, filters, results, details</source>
            <translation>下一个区域：搜索、筛选条件、结果、详细信息</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Previous area</source>
            <translation>上一个区域</translation>
        </message>
    </context>
    <context>
        <name>ssc::LanguageMenu</name>
        <message>
            <location filename="../src/gui/LanguageMenu.cpp" line="+18" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>System Language (%1)</source>
            <translation>系统语言（%1）</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC Catalogue will be in %1 the next time it starts.</source>
            <translation>SSC Catalogue 下次启动时使用的语言：%1。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Restart Now</source>
            <translation>立即重启(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Later</source>
            <translation>稍后(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>ssc::MainWindow</name>
        <message>
            <location filename="../src/gui/MainWindow.cpp" line="+85" />
            <location line="+194" />
            <source>%L1 of %L2 initiatives</source>
            <translation>%L1 / %L2 项举措</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Searching…</source>
            <translation>正在搜索…</translation>
        </message>
        <message numerus="yes">
            <location line="+51" />
            <source>%Ln initiative(s) shown</source>
            <translation>
                <numerusform>显示 %Ln 项举措</numerusform>
            </translation>
        </message>
        <message>
            <location line="+111" />
            <source>Report written to %1</source>
            <translation>报告已写入 %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>About SSC Catalogue</source>
            <translation>关于 SSC Catalogue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;SSC Catalogue %1&lt;/h3&gt;&lt;p&gt;A catalogue of South-South and triangular cooperation initiatives for children.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3).&lt;/p&gt;&lt;p&gt;Data: country codes and UN M49 regions from ISO-3166-Countries-with-Regional-Codes (CC BY-SA 4.0); DAC sectors and currencies from the IATI Standard (iatistandard.org, CC BY 4.0); SDG short titles from Open SDG (MIT); SDG colours from the United Nations' SDG guidelines. The bundled catalogue is drawn from UNICEF's public pages on South-South cooperation.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;SSC Catalogue %1&lt;/h3&gt;&lt;p&gt;面向儿童的南南合作和三方合作举措名录。&lt;/p&gt;&lt;p&gt;Qt %2（使用 %3 构建）。&lt;/p&gt;&lt;p&gt;数据：国家代码和 UN M49 区域取自 ISO-3166-Countries-with-Regional-Codes（CC BY-SA 4.0）；DAC 部门和货币取自 IATI 标准（iatistandard.org，CC BY 4.0）；可持续发展目标简称取自 Open SDG（MIT）；可持续发展目标颜色取自联合国可持续发展目标使用指南。随附的名录取材于联合国儿童基金会（UNICEF）关于南南合作的公开网页。&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/MainWindowChips.cpp" line="+60" />
            <source>%1: %Ln selected</source>
            <translation>
                <numerusform>%1：已选 %Ln 项</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>Role: %1</source>
            <translation>角色：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Years: %1–%2</source>
            <translation>年份：%1–%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Search: %1</source>
            <translation>搜索：%1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Remove this filter</source>
            <translation>移除此筛选条件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove these filters:
%1</source>
            <translation>移除以下筛选条件：
%1</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowEdits.cpp" line="+27" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location line="+49" />
            <source>F&amp;ind Duplicates…</source>
            <translation>查找重复项(&amp;I)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Records that are likely one initiative brought in twice, to merge</source>
            <translation>可能是同一举措被导入两次的记录，可予以合并</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Recent &amp;Changes…</source>
            <translation>最近的更改(&amp;C)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The catalogue's history: who changed what, and when</source>
            <translation>名录的历史记录：谁在何时更改了什么</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cannot change the catalogue</source>
            <translation>无法更改名录</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowFiles.cpp" line="+35" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importable files (*.xml *.csv *.json);;IATI activity files (*.xml);;CSV files (*.csv);;Catalogue files (*.json)</source>
            <translation>可导入的文件 (*.xml *.csv *.json);;IATI 活动文件 (*.xml);;CSV 文件 (*.csv);;名录文件 (*.json)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cannot import</source>
            <translation>无法导入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not an IATI activity file (.xml), a CSV file (.csv) or a catalogue file (.json).</source>
            <translation>%1 不是 IATI 活动文件（.xml）、CSV 文件（.csv）或名录文件（.json）。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Imported %1</source>
            <translation>已导入 %1</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Export to IATI</source>
            <translation>导出为 IATI</translation>
        </message>
        <message>
            <location line="+3" />
            <source>IATI activity files (*.xml)</source>
            <translation>IATI 活动文件 (*.xml)</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+53" />
            <source>Writing %1…</source>
            <translation>正在写入 %1…</translation>
        </message>
        <message>
            <location line="-45" />
            <source>No initiative is shown: there is nothing to export.</source>
            <translation>未显示任何举措：没有可导出的内容。</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+50" />
            <source>Cannot export</source>
            <translation>无法导出</translation>
        </message>
        <message numerus="yes">
            <location line="-46" />
            <source>Exported %Ln initiative(s) to %1</source>
            <translation>
                <numerusform>已将 %Ln 项举措导出到 %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exported to IATI</source>
            <translation>已导出为 IATI</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln initiative(s) written to %1 as IATI 2.03.</source>
            <translation>
                <numerusform>已将 %Ln 项举措以 IATI 2.03 格式写入 %1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%Ln left out because IATI requires what they lack (see details).</source>
            <translation>
                <numerusform>%Ln 项举措因缺少 IATI 要求的内容而未导出（见详细信息）。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export Catalogue File</source>
            <translation>导出名录文件</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Catalogue files (*.json)</source>
            <translation>名录文件 (*.json)</translation>
        </message>
        <message numerus="yes">
            <location line="+21" />
            <source>Exported the catalogue (%Ln initiative(s), its history and saved searches) to %1</source>
            <translation>
                <numerusform>已将名录（%Ln 项举措及其历史记录和已保存的搜索）导出到 %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Applying %1…</source>
            <translation>正在应用 %1…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot apply the change bundle</source>
            <translation>无法应用变更包</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Applied %1: %2 changed, %3 already so, %4 in conflict</source>
            <translation>已应用 %1：已更改 %2，原已一致 %3，有冲突 %4</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowOpen.cpp" line="+46" />
            <source>Opening %1…</source>
            <translation>正在打开 %1…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot open the catalogue</source>
            <translation>无法打开名录</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 — SSC Catalogue</source>
            <translation>%1 — SSC Catalogue</translation>
        </message>
        <message>
            <location line="+82" />
            <source>Open Catalogue</source>
            <translation>打开名录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC catalogues (*.ssccat);;All files (*)</source>
            <translation>SSC 名录 (*.ssccat);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+7" />
            <source>New Catalogue</source>
            <translation>新建名录</translation>
        </message>
        <message>
            <location line="-6" />
            <source>SSC catalogues (*.ssccat)</source>
            <translation>SSC 名录 (*.ssccat)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 already exists. Choose a new name, or open it with File &gt; Open Catalogue.</source>
            <translation>%1 已存在。请选择新名称，或通过“文件 &gt; 打开名录”打开该文件。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>No recent catalogues</source>
            <translation>没有最近打开的名录</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowSearches.cpp" line="+24" />
            <source>&amp;Save Search…</source>
            <translation>保存搜索(&amp;S)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep the current filters and search under a name, in the catalogue</source>
            <translation>将当前的筛选条件和搜索以指定名称保存在名录中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved Searc&amp;hes</source>
            <translation>已保存的搜索(&amp;H)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Saved searches</source>
            <translation>已保存的搜索</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Search saved as "%1"</source>
            <translation>搜索已保存为“%1”</translation>
        </message>
        <message>
            <location filename="../src/gui/MainWindowViews.cpp" line="+25" />
            <source>Map</source>
            <translation>地图</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The initiatives under the filter, as a list (Ctrl+1)</source>
            <translation>以列表形式显示筛选条件下的举措（Ctrl+1）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dashboard</source>
            <translation>仪表板</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where they are, on a world map (Ctrl+2)</source>
            <translation>在世界地图上显示举措所在位置（Ctrl+2）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Charts of them: years, areas, partners, funding (Ctrl+3)</source>
            <translation>举措图表：年份、领域、合作伙伴、资金（Ctrl+3）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;List</source>
            <translation>列表(&amp;L)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Map</source>
            <translation>地图(&amp;M)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Dashboard</source>
            <translation>仪表板(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>ssc::MapPane</name>
        <message>
            <location filename="../src/gui/MapPane.cpp" line="+29" />
            <source>Any role</source>
            <translation>任何角色</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Role the map counts countries in</source>
            <translation>地图统计国家时所依据的角色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Countries as:</source>
            <translation>国家角色：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Countries</source>
            <translation>国家</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Links: provider → recipient</source>
            <translation>连线：提供方 → 接受方</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Countries shaded by their initiatives, or lines from each provider to each recipient</source>
            <translation>按举措数量为国家着色，或绘制从各提供方到各接受方的连线</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the map shows</source>
            <translation>地图显示的内容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whole World</source>
            <translation>全世界</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the whole world again (Home)</source>
            <translation>重新显示全世界（Home）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location line="+131" />
            <source>Initiatives</source>
            <translation>举措</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Initiatives as %1</source>
            <translation>作为%1的举措</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not on the map (too small at this scale): %1</source>
            <translation>未在地图上显示（在此比例尺下过小）：%1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Initiatives by country</source>
            <translation>各国举措数量</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Map data: Natural Earth (public domain). Made with SSC Catalogue.</source>
            <translation>地图数据：Natural Earth（公有领域）。由 SSC Catalogue 制作。</translation>
        </message>
    </context>
    <context>
        <name>ssc::MergeDialog</name>
        <message>
            <location filename="../src/gui/MergeDialog.cpp" line="+56" />
            <source>Merge Duplicates</source>
            <translation>合并重复项</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fields of the two records</source>
            <translation>两条记录的字段</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Merge</source>
            <translation>合并(&amp;M)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Keep the Other's Key</source>
            <translation>保留另一条记录的键(&amp;K)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the second record's identifier and merge the first into it</source>
            <translation>保留第二条记录的标识符，并将第一条记录并入其中</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Keep %1 "%2" and merge %3 "%4" into it. Choose each field that differs; lists are united unless you choose one side. Afterwards %3 finds the merged record, and Edit &gt; Undo takes the merge back.</source>
            <translation>保留 %1“%2”，并将 %3“%4”并入其中。请逐一选择不同的字段；除非您选择其中一方，否则列表将取并集。合并后，用 %3 可找到合并后的记录，“编辑 &gt; 撤销”可撤回合并。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep: %1</source>
            <translation>保留：%1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other: %1</source>
            <translation>另一条：%1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Both</source>
            <translation>两者</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the kept record's</source>
            <translation>保留记录的值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the other record's</source>
            <translation>另一条记录的值</translation>
        </message>
        <message>
            <location line="+2" />
            <source>both</source>
            <translation>两者</translation>
        </message>
        <message>
            <location line="+0" />
            <source>both records'</source>
            <translation>两条记录的值</translation>
        </message>
    </context>
    <context>
        <name>ssc::OrganisationDialog</name>
        <message>
            <location filename="../src/gui/OrganisationDialog.cpp" line="+25" />
            <source>New Organisation</source>
            <translation>新建组织</translation>
        </message>
        <message>
            <location line="+7" />
            <source>(not given)</source>
            <translation>（未提供）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>such as UNICEF</source>
            <translation>例如 UNICEF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What is wrong with the organisation</source>
            <translation>组织信息中存在的问题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier</source>
            <translation>标识符</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Acronym:</source>
            <translation>缩写(&amp;A)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Type:</source>
            <translation>类型(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Country:</source>
            <translation>国家(&amp;C)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier:</source>
            <translation>标识符：</translation>
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
            <translation>首选项</translation>
        </message>
        <message>
            <location line="-135" />
            <source>The name the catalogue's history gives your changes</source>
            <translation>名录历史记录中为您的更改所署的姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your &amp;name:</source>
            <translation>您的姓名(&amp;N)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the export folder</source>
            <translation>选择导出文件夹</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+3" />
            <source>Export folder</source>
            <translation>导出文件夹</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Export folder:</source>
            <translation>导出文件夹(&amp;E)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Start in the last folder used</source>
            <translation>从上次使用的文件夹开始(&amp;S)</translation>
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
            <translation>PDF 报告的页面大小(&amp;P)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+10" />
            <source>Logo of reports</source>
            <translation>报告徽标</translation>
        </message>
        <message>
            <location line="-9" />
            <source>An image (PNG, JPEG or SVG) drawn at the top of a report's first page</source>
            <translation>绘制在报告第一页顶部的图像（PNG、JPEG 或 SVG）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ch&amp;oose…</source>
            <translation>选择(&amp;O)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the logo of reports</source>
            <translation>选择报告徽标</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Images (*.png *.jpg *.jpeg *.svg)</source>
            <translation>图像 (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Report &amp;logo:</source>
            <translation>报告徽标(&amp;L)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Introduction of reports</source>
            <translation>报告简介</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A paragraph under the title of every report: who you are, why these initiatives</source>
            <translation>每份报告标题下方的一段文字：您是谁，为什么关注这些举措</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Report &amp;introduction:</source>
            <translation>报告简介(&amp;I)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Printed above the figures on the first page: a long introduction pushes the figures and charts onto the next page. A few sentences fit.</source>
            <translation>打印在第一页的数据上方：简介过长会将数据和图表推到下一页。几句话即可。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Hide filter values with no matches</source>
            <translation>隐藏无匹配项的筛选值(&amp;H)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>for example XM-DAC-41122</source>
            <translation>例如 XM-DAC-41122</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your organisation's IATI identifier, written as the reporting organisation of IATI exports</source>
            <translation>您所在组织的 IATI 标识符，在 IATI 导出中作为报告组织写入</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IATI &amp;reporting organisation:</source>
            <translation>IATI 报告组织(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(not given)</source>
            <translation>（未提供）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Organisation &amp;type:</source>
            <translation>组织类型(&amp;T)：</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The export folder %1 does not exist. Choose a folder that exists, or leave the field empty for Documents.</source>
            <translation>导出文件夹 %1 不存在。请选择现有的文件夹，或将此字段留空以使用“文档”文件夹。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The report logo %1 is not an image this program can read. Choose a PNG, JPEG or SVG file, or leave the field empty.</source>
            <translation>报告徽标 %1 不是本程序可读取的图像。请选择 PNG、JPEG 或 SVG 文件，或将此字段留空。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The IATI reporting organisation is an identifier without spaces, such as XM-DAC-41122; "%1" has spaces.</source>
            <translation>IATI 报告组织应为不含空格的标识符，例如 XM-DAC-41122；“%1”含有空格。</translation>
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
            <translation>当前筛选条件下的举措（%1）(&amp;F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Selected rows (%1)</source>
            <translation>所选行（%1）(&amp;S)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Whole catalogue (%1)</source>
            <translation>整个名录（%1）(&amp;W)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pre&amp;view</source>
            <translation>预览(&amp;V)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See the PDF or HTML report before saving it</source>
            <translation>保存前预览 PDF 或 HTML 报告</translation>
        </message>
        <message>
            <location line="+42" />
            <source>report</source>
            <translation>报告</translation>
        </message>
        <message>
            <location line="+1" />
            <source> report</source>
            <translation> 报告</translation>
        </message>
        <message>
            <location line="+53" />
            <location line="+63" />
            <source>Export Report</source>
            <translation>导出报告</translation>
        </message>
        <message>
            <location line="-62" />
            <source>%1 (*.%2)</source>
            <translation>%1 (*.%2)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Choose the file to write the report to.</source>
            <translation>请选择要写入报告的文件。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot write the report to %1: the folder %2 does not exist.</source>
            <translation>无法将报告写入 %1：文件夹 %2 不存在。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot write the report to %1: it is a folder.</source>
            <translation>无法将报告写入 %1：这是一个文件夹。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 already exists. Replace it?</source>
            <translation>%1 已存在。要替换吗？</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Reading initiatives: %1 of %2</source>
            <translation>正在读取举措：%1 / %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Preparing the preview…</source>
            <translation>正在准备预览…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preparing the report…</source>
            <translation>正在准备报告…</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Preview cancelled.</source>
            <translation>预览已取消。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled: no file was written.</source>
            <translation>已取消：未写入任何文件。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Wrote %1.</source>
            <translation>已写入 %1。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Report Exported</source>
            <translation>报告已导出</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The report on %1 initiatives was written to %2.</source>
            <translation>关于 %1 项举措的报告已写入 %2。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open &amp;File</source>
            <translation>打开文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open F&amp;older</source>
            <translation>打开文件夹(&amp;O)</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+7" />
            <source>Preview: %1</source>
            <translation>预览：%1</translation>
        </message>
    </context>
    <context>
        <name>ssc::ReportTask</name>
        <message>
            <location filename="../src/gui/ReportTask.cpp" line="+70" />
            <source>%1 selected from: %2</source>
            <translation>从以下范围中选定的 %1 项：%2</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+13" />
            <location line="+16" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
    </context>
    <context>
        <name>ssc::ResultsView</name>
        <message>
            <location filename="../src/gui/ResultsView.cpp" line="+117" />
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Reset columns</source>
            <translation>重置列</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>D&amp;uplicate…</source>
            <translation>创建副本(&amp;U)…</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>&amp;Delete %n initiative(s)…</source>
            <translation>
                <numerusform>删除 %n 项举措(&amp;D)…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Copy as text</source>
            <translation>复制为文本(&amp;C)</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Copy &amp;identifier</source>
            <translation>
                <numerusform>复制标识符(&amp;I)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>&amp;Export %n selected row(s) as a report…</source>
            <translation>
                <numerusform>将所选 %n 行导出为报告(&amp;E)…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ssc::SavedSearchesPane</name>
        <message>
            <location filename="../src/gui/SavedSearchesPane.cpp" line="+22" />
            <source>&lt;b&gt;Saved searches&lt;/b&gt;</source>
            <translation>&lt;b&gt;已保存的搜索&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved searches</source>
            <translation>已保存的搜索</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Double-click or press Enter to apply a saved search</source>
            <translation>双击或按 Enter 以应用已保存的搜索</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save…</source>
            <translation>保存…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the current filters and search under a name</source>
            <translation>以指定名称保存当前的筛选条件和搜索</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Update</source>
            <translation>更新</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make the selected saved search the current filters</source>
            <translation>将所选的已保存搜索更新为当前的筛选条件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Rename Saved Search</source>
            <translation>重命名已保存的搜索</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Delete Saved Search</source>
            <translation>删除已保存的搜索</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the saved search "%1"?</source>
            <translation>要删除已保存的搜索“%1”吗？</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Save Search</source>
            <translation>保存搜索</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name for the current filters and search:</source>
            <translation>当前筛选条件和搜索的名称：</translation>
        </message>
        <message>
            <location line="+14" />
            <source>None yet: Save… keeps the current filters</source>
            <translation>尚无已保存的搜索：“保存…”可保存当前的筛选条件</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamCloneDialog</name>
        <message>
            <location filename="../src/gui/TeamCloneDialog.cpp" line="+25" />
            <source>&amp;Remember the password (system keychain, or ~/.pgpass where there is none)</source>
            <translation>记住密码（保存在系统密钥链中；如无密钥链，则保存在 ~/.pgpass 中）(&amp;R)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Clone</source>
            <translation>克隆(&amp;C)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clone Team Catalogue</source>
            <translation>克隆团队名录</translation>
        </message>
        <message>
            <location line="+5" />
            <source>from ~/.pgpass when empty</source>
            <translation>留空时取自 ~/.pgpass</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Server:</source>
            <translation>服务器(&amp;S)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Local copy:</source>
            <translation>本地副本(&amp;L)：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Local Copy</source>
            <translation>本地副本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSC catalogues (*.ssccat)</source>
            <translation>SSC 名录 (*.ssccat)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Give the team catalogue's server, as its keeper gave it.</source>
            <translation>请按团队名录管理员提供的信息填写服务器。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a new file for the local copy.</source>
            <translation>请为本地副本选择一个新文件。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cloning… a large team catalogue takes a minute.</source>
            <translation>正在克隆… 大型团队名录需要约一分钟。</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamConnectDialog</name>
        <message>
            <location filename="../src/gui/TeamConnectDialog.cpp" line="+25" />
            <source>&amp;Remember the password (system keychain, or ~/.pgpass where there is none)</source>
            <translation>记住密码（保存在系统密钥链中；如无密钥链，则保存在 ~/.pgpass 中）(&amp;R)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Connect</source>
            <translation>连接(&amp;C)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connect to the Team Catalogue</source>
            <translation>连接到团队名录</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Server:</source>
            <translation>服务器：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User:</source>
            <translation>用户(&amp;U)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Give the user (role) the team catalogue's keeper gave you.</source>
            <translation>请填写团队名录管理员为您提供的用户（角色）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Connected.</source>
            <translation>已连接。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Connected; the connection is not encrypted (no TLS).</source>
            <translation>已连接；连接未加密（无 TLS）。</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamControl</name>
        <message>
            <location filename="../src/gui/TeamControl.cpp" line="+22" />
            <source>&amp;Team Catalogue</source>
            <translation>团队名录(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Clone Team Catalogue…</source>
            <translation>克隆团队名录(&amp;C)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;onnect…</source>
            <translation>连接(&amp;O)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Sync Now</source>
            <translation>立即同步(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Review Conflicts…</source>
            <translation>审查冲突(&amp;R)…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Send the changes made here and receive the team's</source>
            <translation>发送在此处所作的更改，并接收团队的更改</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The user and password with which this copy reaches its server</source>
            <translation>此副本连接其服务器时使用的用户和密码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fields changed here and in the team catalogue: choose each value</source>
            <translation>在此处和团队名录中均有更改的字段：逐一选择值</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make a local copy of a team catalogue on a PostgreSQL server</source>
            <translation>为 PostgreSQL 服务器上的团队名录创建本地副本</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Team catalogue</source>
            <translation>团队名录</translation>
        </message>
        <message>
            <location line="+86" />
            <source>Team: syncing…</source>
            <translation>团队：正在同步…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team: not synced this session</source>
            <translation>团队：本次会话尚未同步</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team: synced %1</source>
            <translation>团队：已于 %1 同步</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n 项更改待发送</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n 项冲突</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>new changes on the server by %1: &lt;a href="sync"&gt;Sync now&lt;/a&gt; (F9)</source>
            <translation>服务器上有 %1 所作的新更改：&lt;a href="sync"&gt;立即同步&lt;/a&gt;（F9）</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 changed the team catalogue; Sync Now (F9) takes the change here.</source>
            <translation>%1 更改了团队名录；“立即同步”（F9）可将该更改同步到此处。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The team catalogue's server asks for your password to sync this copy (%1).</source>
            <translation>团队名录的服务器要求输入密码以同步此副本（%1）。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Synced: received %1, sent %2, merged %3, in conflict %4</source>
            <translation>已同步：已接收 %1，已发送 %2，已合并 %3，有冲突 %4</translation>
        </message>
        <message>
            <location line="+7" />
            <source> (the connection is not encrypted)</source>
            <translation> （连接未加密）</translation>
        </message>
    </context>
    <context>
        <name>ssc::TeamPasswords</name>
        <message>
            <location filename="../src/gui/TeamPasswords.cpp" line="+53" />
            <source>The password is kept in the system keychain.</source>
            <translation>密码已保存在系统密钥链中。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The password could not be kept: %1; %2</source>
            <translation>无法保存密码：%1；%2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no system keychain here (%1); the password is kept in %2, readable by you alone.</source>
            <translation>此处没有系统密钥链（%1）；密码保存在 %2 中，仅您本人可读。</translation>
        </message>
    </context>
    <context>
        <name>ssc::WorldMapView</name>
        <message>
            <location filename="../src/gui/WorldMapView.cpp" line="+30" />
            <source>World map</source>
            <translation>世界地图</translation>
        </message>
        <message>
            <location line="+43" />
            <source>No provider-to-recipient links under the filter.</source>
            <translation>筛选条件下没有提供方至接受方的连线。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Provider to recipient: %1</source>
            <translation>提供方至接受方：%1</translation>
        </message>
        <message>
            <location line="+191" />
            <source>%1: among the links drawn, provider to %2 countries, recipient from %3</source>
            <translation>%1：在所绘连线中，作为提供方连接 %2 个国家，作为接受方连接 %3 个国家</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%1: %Ln initiative(s)</source>
            <translation>
                <numerusform>%1：%Ln 项举措</numerusform>
            </translation>
        </message>
        <message>
            <location line="+85" />
            <source>No country has initiatives under the filter.</source>
            <translation>筛选条件下没有任何国家有举措。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1. Most: %2</source>
            <translation>%1。最多：%2</translation>
        </message>
    </context>
</TS>
