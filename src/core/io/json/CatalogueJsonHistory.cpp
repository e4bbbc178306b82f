#include "core/io/json/CatalogueJsonHistory.h"

#include "core/query/FilterCoding.h"

#include <QCoreApplication>

namespace ssc::CatalogueJsonHistory {

namespace {

using nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueJson)
};

struct Problem
{
    QString message;
};

class Reader
{
public:
    explicit Reader(QString file) : m_file(std::move(file)) {}

    [[noreturn]] void fail(const QString &record, const QString &field, const QString &what) const
    {
        throw Problem{Tr::tr("%1: %2, field \"%3\": %4").arg(m_file, record, field, what)};
    }

    const json &array(const json &root, const char *name, const QString &record) const
    {
        static const json empty = json::array();
        const auto it = root.find(name);
        if (it == root.end() || it->is_null())
            return empty;
        if (!it->is_array())
            fail(record, QLatin1String(name),
                 Tr::tr("is a %1 (expected an array)").arg(QLatin1String(it->type_name())));
        return *it;
    }

    QString text(const json &object, const char *name, const QString &record, bool required) const
    {
        const auto it = object.find(name);
        if (it == object.end() || it->is_null()) {
            if (required)
                fail(record, QLatin1String(name), Tr::tr("is missing (expected a string)"));
            return {};
        }
        if (!it->is_string())
            fail(record, QLatin1String(name),
                 Tr::tr("is a %1 (expected a string)").arg(QLatin1String(it->type_name())));
        return QString::fromStdString(it->get<std::string>());
    }

    void object(const json &value, const QString &record) const
    {
        if (!value.is_object())
            fail(record, QStringLiteral("(entry)"),
                 Tr::tr("is a %1 (expected an object)").arg(QLatin1String(value.type_name())));
    }

    ChangeRecord change(const json &o, const QString &record) const
    {
        object(o, record);
        ChangeRecord c;
        const QString at = text(o, "at", record, true);
        c.at = QDateTime::fromString(at, Qt::ISODateWithMs);
        if (!c.at.isValid())
            fail(record, QStringLiteral("at"),
                 Tr::tr("is \"%1\" (expected a UTC time such as 2026-11-29T08:30:00Z)").arg(at));
        c.at = c.at.toUTC();
        c.author = text(o, "author", record, true);
        const QString action = text(o, "action", record, true);
        if (!ChangeRecord::actionFromName(action, c.action))
            fail(record, QStringLiteral("action"),
                 Tr::tr("is \"%1\" (expected add, edit, delete, restore, import or merge)")
                     .arg(action));
        c.record = text(o, "record", record, false);
        c.title = text(o, "title", record, false);
        c.file = text(o, "file", record, false);
        const json &fields = array(o, "fields", record);
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const QString where = QStringLiteral("%1.fields[%2]").arg(record).arg(i);
            object(fields[i], where);
            c.fields.push_back({text(fields[i], "field", where, true),
                                text(fields[i], "before", where, false),
                                text(fields[i], "after", where, false)});
        }
        // The record as it was: an object in the catalogue's own format.
        if (const auto s = o.find("snapshot"); s != o.end() && !s->is_null()) {
            if (!s->is_object())
                fail(record, QStringLiteral("snapshot"),
                     Tr::tr("is a %1 (expected an initiative as an object)")
                         .arg(QLatin1String(s->type_name())));
            c.snapshot = QString::fromStdString(s->dump());
        }
        return c;
    }

    SavedSearchText search(const json &o, const QString &record) const
    {
        object(o, record);
        SavedSearchText s;
        s.name = text(o, "name", record, true).trimmed();
        if (s.name.isEmpty())
            fail(record, QStringLiteral("name"), Tr::tr("is empty (a saved search needs a name)"));
        const auto f = o.find("filter");
        const QByteArray filter =
            f == o.end() ? QByteArray() : QByteArray::fromStdString(f->dump());
        if (f == o.end() || !f->is_object() || !filterFromJson(filter))
            fail(record, QStringLiteral("filter"), Tr::tr("is not a filter (expected an object)"));
        s.filter = QString::fromUtf8(filter);
        return s;
    }

private:
    QString m_file;
};

} // namespace

void write(OrderedJson &root, const CatalogueContent &content)
{
    if (!content.history.empty()) {
        OrderedJson list = OrderedJson::array();
        for (const ChangeRecord &c : content.history) {
            OrderedJson o = OrderedJson::object();
            o["at"] = c.at.toUTC().toString(Qt::ISODateWithMs).toStdString();
            o["author"] = c.author.toStdString();
            o["action"] = ChangeRecord::actionName(c.action).toStdString();
            if (!c.record.isEmpty())
                o["record"] = c.record.toStdString();
            if (!c.title.isEmpty())
                o["title"] = c.title.toStdString();
            if (!c.file.isEmpty())
                o["file"] = c.file.toStdString();
            OrderedJson fields = OrderedJson::array();
            for (const FieldChange &f : c.fields)
                fields.push_back({{"field", f.field.toStdString()},
                                  {"before", f.before.toStdString()},
                                  {"after", f.after.toStdString()}});
            if (!fields.empty())
                o["fields"] = std::move(fields);
            if (!c.snapshot.isEmpty())
                o["snapshot"] = OrderedJson::parse(c.snapshot.toStdString(), nullptr, false);
            list.push_back(std::move(o));
        }
        root["history"] = std::move(list);
    }
    if (!content.savedSearches.empty()) {
        OrderedJson list = OrderedJson::array();
        for (const SavedSearchText &s : content.savedSearches)
            list.push_back(
                {{"name", s.name.toStdString()},
                 {"filter", OrderedJson::parse(s.filter.toStdString(), nullptr, false)}});
        root["savedSearches"] = std::move(list);
    }
}

Status read(const json &root, const QString &fileName, CatalogueContent &content)
{
    try {
        const Reader reader(fileName);
        const QString top = Tr::tr("the top level");
        const json &history = reader.array(root, "history", top);
        for (std::size_t i = 0; i < history.size(); ++i)
            content.history.push_back(
                reader.change(history[i], QStringLiteral("history[%1]").arg(i)));
        const json &searches = reader.array(root, "savedSearches", top);
        for (std::size_t i = 0; i < searches.size(); ++i)
            content.savedSearches.push_back(
                reader.search(searches[i], QStringLiteral("savedSearches[%1]").arg(i)));
    } catch (const Problem &p) {
        return Error{p.message};
    }
    return success();
}

} // namespace ssc::CatalogueJsonHistory
