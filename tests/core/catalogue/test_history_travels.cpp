// The history and saved searches travel with a catalogue file: an export of
// the whole catalogue writes them, an import adds what the catalogue does not
// have (each entry once), and a record deleted before the export can be
// restored after the import. A damaged entry is refused, named.
#include "TestSupport.h"

#include "core/catalogue/CatalogueEditor.h"
#include "core/io/CatalogueImport.h"
#include "core/io/json/CatalogueJson.h"
#include "core/query/FilterCoding.h"
#include "core/storage/CatalogueStore.h"

#include <QFile>

using namespace ssc;
using namespace ssc::test;

namespace {

Status importInto(CatalogueStore &store, const QString &file)
{
    CatalogueImport import(store, file, ImportFormat::Json);
    import.setAuthor(QStringLiteral("Importer"));
    if (Status s = import.check(); !s)
        return s;
    return import.write();
}

int entriesOf(const std::vector<ChangeRecord> &history, ChangeRecord::Action action)
{
    return int(std::count_if(history.begin(), history.end(),
                             [action](const ChangeRecord &c) { return c.action == action; }));
}

} // namespace

TEST_CASE("History and saved searches travel in an exported catalogue file", "[editor][history]")
{
    QTemporaryDir dir;
    auto from = okValue(CatalogueStore::open(dir.filePath(QStringLiteral("from.ssccat"))));
    REQUIRE(from->addContent(loadFixture(QStringLiteral("small-catalogue.json"))).ok());
    CatalogueEditor editor(*from, QStringLiteral("Ama Mensah"));
    Initiative edited = okValue(from->initiative(QStringLiteral("cash-transfers-cop")));
    edited.status = QStringLiteral("ongoing");
    REQUIRE(editor.edit(edited).ok());
    REQUIRE(editor.remove({QStringLiteral("wash-asia-conference")}).ok());
    CatalogueFilter ethiopia;
    ethiopia.countries = {QStringLiteral("ET")};
    ethiopia.text = QStringLiteral("health");
    REQUIRE(from->saveSearch(QStringLiteral("Ethiopia, health"), ethiopia).ok());

    const CatalogueContent content = okValue(from->content());
    REQUIRE(content.history.size() == 2);
    CHECK(content.history.front().action == ChangeRecord::Action::Edit); // oldest first
    const QString file = dir.filePath(QStringLiteral("shared.json"));
    REQUIRE(CatalogueJson::writeFile(content, file).ok());
    // Read back, the file holds the same history and searches.
    const CatalogueContent read = okValue(CatalogueJson::readFile(file));
    // (An entry's number is its place in one catalogue, so the file has
    // none; the record kept is the same record, its keys perhaps reordered.)
    REQUIRE(read.history.size() == content.history.size());
    for (std::size_t i = 0; i < read.history.size(); ++i) {
        ChangeRecord r = read.history[i];
        const ChangeRecord &c = content.history[i];
        CHECK(okValue(CatalogueEditor::fromSnapshot(r.snapshot, QStringLiteral("file"))) ==
              okValue(CatalogueEditor::fromSnapshot(c.snapshot, QStringLiteral("store"))));
        r.id = c.id;
        r.snapshot = c.snapshot;
        CHECK(r == c);
    }
    CHECK(read.savedSearches == content.savedSearches);

    // Into another office's catalogue.
    auto to = okValue(CatalogueStore::open(dir.filePath(QStringLiteral("to.ssccat"))));
    REQUIRE(importInto(*to, file).ok());
    auto history = okValue(to->history({}));
    CHECK(entriesOf(history, ChangeRecord::Action::Edit) == 1);
    CHECK(entriesOf(history, ChangeRecord::Action::Delete) == 1);
    CHECK(entriesOf(history, ChangeRecord::Action::Import) == 1);
    const auto edit = okValue(to->history({QStringLiteral("cash-transfers-cop"), {}, 5}));
    REQUIRE(edit.size() == 1);
    CHECK(edit.front().author == QStringLiteral("Ama Mensah"));
    CHECK(edit.front().at == content.history.front().at);
    CHECK(edit.front().fields == content.history.front().fields);
    const auto searches = okValue(to->savedSearches());
    REQUIRE(searches.size() == 1);
    CHECK(searches.front().name == QStringLiteral("Ethiopia, health"));
    CHECK(searches.front().filter.countries == ethiopia.countries);
    CHECK(searches.front().filter.text == QStringLiteral("health"));
    // The deleted record's last state came too: it can be restored here.
    CHECK_FALSE(to->hasInitiative(QStringLiteral("wash-asia-conference")));
    REQUIRE(CatalogueEditor(*to, QStringLiteral("Kofi"))
                .restore(QStringLiteral("wash-asia-conference"))
                .ok());
    CHECK(okValue(to->initiative(QStringLiteral("wash-asia-conference"))).title ==
          QStringLiteral("Regional WASH conference"));

    // The same file again adds no entry twice (only the import's own).
    CatalogueContent again = content;
    again.initiatives.clear();
    Initiative extra = edited;
    extra.id = QStringLiteral("one-more");
    again.initiatives = {extra};
    const QString second = dir.filePath(QStringLiteral("again.json"));
    REQUIRE(CatalogueJson::writeFile(again, second).ok());
    REQUIRE(importInto(*to, second).ok());
    history = okValue(to->history({}));
    CHECK(entriesOf(history, ChangeRecord::Action::Edit) == 1);
    CHECK(entriesOf(history, ChangeRecord::Action::Delete) == 1);
    CHECK(entriesOf(history, ChangeRecord::Action::Import) == 2);
    CHECK(okValue(to->savedSearches()).size() == 1);
}

TEST_CASE("A damaged history entry or saved search is refused, named", "[editor][history]")
{
    const QByteArray head = R"({"format": "ssc-catalogue", "formatVersion": 1, )";
    struct Case
    {
        const char *body;
        const char *expected;
    };
    for (
        const Case &c : {
            Case{R"("history": [{"author": "A", "action": "edit"}]})",
                 "history[0], field \"at\": is missing"},
            Case{R"("history": [{"at": "yesterday", "author": "A", "action": "edit"}]})",
                 "history[0], field \"at\": is \"yesterday\""},
            Case{
                R"("history": [{"at": "2026-11-29T08:30:00.000Z", "author": "A", "action": "burn"}]})",
                "history[0], field \"action\": is \"burn\""},
            Case{
                R"("history": [{"at": "2026-11-29T08:30:00Z", "author": "A", "action": "edit", "fields": [{"before": "x"}]}]})",
                "history[0].fields[0], field \"field\": is missing"},
            Case{R"("savedSearches": [{"name": "Mine", "filter": "ET"}]})",
                 "savedSearches[0], field \"filter\": is not a filter"},
            Case{R"("savedSearches": {"name": "Mine"}})",
                 "the top level, field \"savedSearches\": is a object (expected an array)"},
        }) {
        const auto parsed = CatalogueJson::parse(head + c.body, QStringLiteral("f.json"));
        INFO(c.body);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message.contains(QString::fromUtf8(c.expected)));
        CHECK(parsed.error().message.startsWith(QStringLiteral("f.json: ")));
    }
}
