#include "core/io/json/CatalogueJson.h"

#include "core/base/FileCommit.h"
#include "core/io/json/CatalogueJsonHistory.h"
#include "core/io/json/JsonDuplicateKeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>

namespace ssc {

using nlohmann::json;

namespace {

QString typeName(const json &value)
{
    return QString::fromLatin1(value.type_name());
}

// Thrown inside the reader and turned into an Error at the boundary.
struct FieldError
{
    QString message;
};

class Reader
{
public:
    explicit Reader(QString fileName) : m_file(std::move(fileName)) {}

    [[noreturn]] void fail(const QString &record, const QString &field, const QString &what) const
    {
        throw FieldError{QCoreApplication::translate("CatalogueJson", "%1: %2, field \"%3\": %4")
                             .arg(m_file, record, field, what)};
    }

    const json *member(const json &object, const char *name) const
    {
        const auto it = object.find(name);
        return it == object.end() || it->is_null() ? nullptr : &*it;
    }

    QString text(const json &object, const char *name, const QString &record,
                 bool required = false) const
    {
        const json *v = member(object, name);
        if (!v) {
            if (required)
                fail(
                    record, QLatin1String(name),
                    QCoreApplication::translate("CatalogueJson", "is missing (expected a string)"));
            return {};
        }
        if (!v->is_string())
            fail(record, QLatin1String(name),
                 QCoreApplication::translate("CatalogueJson", "is a %1 (expected a string)")
                     .arg(typeName(*v)));
        const QString value = QString::fromStdString(v->get<std::string>()).trimmed();
        // A required text left empty is written back as missing (empty texts
        // are left out), so it is refused here as it would be there.
        if (required && value.isEmpty())
            fail(record, QLatin1String(name),
                 QCoreApplication::translate("CatalogueJson",
                                             "is empty (expected a non-empty string)"));
        return checked(value, record, QLatin1String(name));
    }

    // JSON may escape any character (\u0000); XML, and so the IATI export,
    // cannot hold C0 controls but tab and line ends.
    QString checked(const QString &text, const QString &record, const QString &field) const
    {
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
                fail(record, field,
                     QCoreApplication::translate("CatalogueJson",
                                                 "holds the control character U+%1 (expected "
                                                 "text without control characters)")
                         .arg(QStringLiteral("%1").arg(int(u), 4, 16, QLatin1Char('0'))));
        }
        return text;
    }

    QStringList strings(const json &object, const char *name, const QString &record) const
    {
        QStringList list;
        const json *v = member(object, name);
        if (!v)
            return list;
        if (!v->is_array())
            fail(record, QLatin1String(name),
                 QCoreApplication::translate("CatalogueJson",
                                             "is a %1 (expected an array of strings)")
                     .arg(typeName(*v)));
        for (size_t i = 0; i < v->size(); ++i) {
            const json &item = (*v)[i];
            if (!item.is_string())
                fail(record, QStringLiteral("%1[%2]").arg(QLatin1String(name)).arg(i),
                     QCoreApplication::translate("CatalogueJson", "is a %1 (expected a string)")
                         .arg(typeName(item)));
            list << checked(QString::fromStdString(item.get<std::string>()).trimmed(), record,
                            QStringLiteral("%1[%2]").arg(QLatin1String(name)).arg(i));
        }
        return list;
    }

    const json &array(const json &object, const char *name, const QString &record) const
    {
        static const json empty = json::array();
        const json *v = member(object, name);
        if (!v)
            return empty;
        if (!v->is_array())
            fail(record, QLatin1String(name),
                 QCoreApplication::translate("CatalogueJson", "is a %1 (expected an array)")
                     .arg(typeName(*v)));
        return *v;
    }

    // A whole number within [low, high], checked before it is narrowed.
    int wholeNumber(const json &value, const QString &record, const char *field, int low,
                    int high) const
    {
        const bool integer = value.is_number_integer();
        const bool inRange = integer && (value.is_number_unsigned()
                                             ? value.get<std::uint64_t>() <= std::uint64_t(high)
                                             : value.get<std::int64_t>() >= low &&
                                                   value.get<std::int64_t>() <= high);
        if (!integer)
            fail(record, QLatin1String(field),
                 QCoreApplication::translate("CatalogueJson",
                                             "is a %1 (expected a whole number from %2 to %3)")
                     .arg(typeName(value))
                     .arg(low)
                     .arg(high));
        if (!inRange || value.get<std::int64_t>() < low)
            fail(record, QLatin1String(field),
                 QCoreApplication::translate("CatalogueJson",
                                             "is %1 (expected a whole number from %2 to %3)")
                     .arg(QString::fromStdString(value.dump()))
                     .arg(low)
                     .arg(high));
        return int(value.get<std::int64_t>());
    }

    double number(const json &value, const QString &record, const char *field) const
    {
        if (!value.is_number())
            fail(record, QLatin1String(field),
                 QCoreApplication::translate("CatalogueJson", "is a %1 (expected a number)")
                     .arg(typeName(value)));
        const double n = value.get<double>();
        if (!std::isfinite(n))
            fail(record, QLatin1String(field),
                 QCoreApplication::translate("CatalogueJson", "is not a finite number"));
        return n;
    }

    // Refuses keys the format does not define, so a misspelt field is an
    // error instead of silently lost data.
    void onlyKnownKeys(const json &object, const QString &record,
                       std::initializer_list<const char *> known) const
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (std::none_of(known.begin(), known.end(),
                             [&it](const char *k) { return it.key() == k; })) {
                QStringList names;
                for (const char *k : known)
                    names << QLatin1String(k);
                fail(record, QString::fromStdString(it.key()),
                     QCoreApplication::translate(
                         "CatalogueJson", "is not a field of this record (expected one of: %1)")
                         .arg(names.join(QStringLiteral(", "))));
            }
        }
    }

    void requireObject(const json &value, const QString &record, const QString &field) const
    {
        if (!value.is_object())
            fail(record, field,
                 QCoreApplication::translate("CatalogueJson", "is a %1 (expected an object)")
                     .arg(typeName(value)));
    }

    static QString recordName(const char *kind, size_t index, const json &object)
    {
        const auto it = object.is_object() ? object.find("id") : object.end();
        if (it != object.end() && it->is_string())
            return QStringLiteral("%1[%2] \"%3\"")
                .arg(QLatin1String(kind))
                .arg(index)
                .arg(QString::fromStdString(it->get<std::string>()));
        return QStringLiteral("%1[%2]").arg(QLatin1String(kind)).arg(index);
    }

    Source source(const json &o, const QString &rec) const
    {
        onlyKnownKeys(o, rec, {"id", "title", "url", "date", "publisher", "file"});
        return {text(o, "id", rec, true), text(o, "title", rec, true), text(o, "url", rec),
                text(o, "date", rec),     text(o, "publisher", rec),   text(o, "file", rec)};
    }

    Organisation organisation(const json &o, const QString &rec) const
    {
        onlyKnownKeys(o, rec, {"id", "name", "acronym", "type", "country", "sources"});
        return {text(o, "id", rec, true), text(o, "name", rec, true), text(o, "acronym", rec),
                text(o, "type", rec),     text(o, "country", rec),    strings(o, "sources", rec)};
    }

    Initiative initiative(const json &o, const QString &rec) const
    {
        onlyKnownKeys(o, rec, {"id",          "iatiIdentifier", "title",      "summary",
                               "description", "status",         "start",      "end",
                               "modalities",  "activityType",   "countries",  "programmeAreas",
                               "partners",    "funding",        "sdgs",       "beneficiaries",
                               "results",     "sources",        "triangular", "language",
                               "translations"});
        Initiative in;
        in.id = text(o, "id", rec, true);
        in.iatiIdentifier = text(o, "iatiIdentifier", rec);
        in.title = text(o, "title", rec, true);
        in.summary = text(o, "summary", rec);
        in.description = text(o, "description", rec);
        in.status = text(o, "status", rec);
        in.start = text(o, "start", rec);
        in.end = text(o, "end", rec);
        in.modalities = strings(o, "modalities", rec);
        in.activityType = text(o, "activityType", rec);
        const json &countries = array(o, "countries", rec);
        for (size_t i = 0; i < countries.size(); ++i) {
            const QString field = QStringLiteral("countries[%1]").arg(i);
            requireObject(countries[i], rec, field);
            const QString sub = rec + QLatin1Char(' ') + field;
            onlyKnownKeys(countries[i], sub, {"code", "role", "percentage"});
            CountryParticipation c{
                text(countries[i], "code", sub, true), text(countries[i], "role", sub, true), {}};
            if (const json *share = member(countries[i], "percentage"))
                c.percentage = number(*share, sub, "percentage");
            in.countries.push_back(std::move(c));
        }
        in.programmeAreas = strings(o, "programmeAreas", rec);
        const json &partners = array(o, "partners", rec);
        for (size_t i = 0; i < partners.size(); ++i) {
            const QString field = QStringLiteral("partners[%1]").arg(i);
            requireObject(partners[i], rec, field);
            const QString sub = rec + QLatin1Char(' ') + field;
            onlyKnownKeys(partners[i], sub, {"organisation", "role"});
            in.partners.push_back({text(partners[i], "organisation", sub, true),
                                   text(partners[i], "role", sub, true)});
        }
        const json &funding = array(o, "funding", rec);
        for (size_t i = 0; i < funding.size(); ++i) {
            const QString field = QStringLiteral("funding[%1]").arg(i);
            requireObject(funding[i], rec, field);
            const QString sub = rec + QLatin1Char(' ') + field;
            onlyKnownKeys(funding[i], sub, {"source", "amount", "currency", "year"});
            FundingRecord f;
            f.source = text(funding[i], "source", sub, true);
            if (const json *amount = member(funding[i], "amount"))
                f.amount = number(*amount, sub, "amount");
            f.currency = text(funding[i], "currency", sub);
            if (const json *year = member(funding[i], "year"))
                f.year = wholeNumber(*year, sub, "year", 1900, 2100);
            in.funding.push_back(f);
        }
        in.sdgs = strings(o, "sdgs", rec);
        in.beneficiaries = text(o, "beneficiaries", rec);
        in.results = text(o, "results", rec);
        in.sources = strings(o, "sources", rec);
        if (const json *triangular = member(o, "triangular")) {
            if (!triangular->is_boolean())
                fail(
                    rec, QStringLiteral("triangular"),
                    QCoreApplication::translate("CatalogueJson", "is a %1 (expected true or false)")
                        .arg(typeName(*triangular)));
            in.triangular = triangular->get<bool>();
        }
        in.language = text(o, "language", rec);
        const json &translations = array(o, "translations", rec);
        for (size_t i = 0; i < translations.size(); ++i) {
            const QString field = QStringLiteral("translations[%1]").arg(i);
            requireObject(translations[i], rec, field);
            const QString sub = rec + QLatin1Char(' ') + field;
            onlyKnownKeys(translations[i], sub, {"field", "language", "text"});
            in.translations.push_back({text(translations[i], "field", sub, true),
                                       text(translations[i], "language", sub, true),
                                       text(translations[i], "text", sub, true)});
        }
        return in;
    }

    CatalogueContent content(const json &root) const
    {
        const QString top = QCoreApplication::translate("CatalogueJson", "the top level");
        if (!root.is_object())
            fail(top, QStringLiteral("(document)"),
                 QCoreApplication::translate(
                     "CatalogueJson",
                     "is a %1 (expected an object with \"format\": \"ssc-catalogue\")")
                     .arg(typeName(root)));
        if (text(root, "format", top) != QLatin1String("ssc-catalogue"))
            fail(top, QStringLiteral("format"),
                 QCoreApplication::translate(
                     "CatalogueJson",
                     "is not \"ssc-catalogue\" (this is not an SSC catalogue file)"));
        const json *version = member(root, "formatVersion");
        if (!version)
            fail(top, QStringLiteral("formatVersion"),
                 QCoreApplication::translate("CatalogueJson", "is missing (expected 1)"));
        if (version->is_number_integer() &&
            version->get<std::int64_t>() > CatalogueJson::kFormatVersion)
            fail(top, QStringLiteral("formatVersion"),
                 QCoreApplication::translate(
                     "CatalogueJson",
                     "is %1, newer than this program reads (%2): update SSC Catalogue")
                     .arg(QString::fromStdString(version->dump()))
                     .arg(CatalogueJson::kFormatVersion));
        wholeNumber(*version, top, "formatVersion", 1, CatalogueJson::kFormatVersion);
        onlyKnownKeys(root, top,
                      {"format", "formatVersion", "name", "synthetic", "sources", "organisations",
                       "initiatives", "history", "savedSearches"});
        CatalogueContent c;
        c.name = text(root, "name", top);
        if (const json *synthetic = member(root, "synthetic")) {
            if (!synthetic->is_boolean())
                fail(
                    top, QStringLiteral("synthetic"),
                    QCoreApplication::translate("CatalogueJson", "is a %1 (expected true or false)")
                        .arg(typeName(*synthetic)));
            c.synthetic = synthetic->get<bool>();
        }
        const json &sources = array(root, "sources", top);
        for (size_t i = 0; i < sources.size(); ++i) {
            const QString rec = recordName("sources", i, sources[i]);
            requireObject(sources[i], rec, QStringLiteral("(record)"));
            c.sources.push_back(source(sources[i], rec));
        }
        const json &organisations = array(root, "organisations", top);
        for (size_t i = 0; i < organisations.size(); ++i) {
            const QString rec = recordName("organisations", i, organisations[i]);
            requireObject(organisations[i], rec, QStringLiteral("(record)"));
            c.organisations.push_back(organisation(organisations[i], rec));
        }
        const json &initiatives = array(root, "initiatives", top);
        c.initiatives.reserve(initiatives.size());
        for (size_t i = 0; i < initiatives.size(); ++i) {
            const QString rec = recordName("initiatives", i, initiatives[i]);
            requireObject(initiatives[i], rec, QStringLiteral("(record)"));
            c.initiatives.push_back(initiative(initiatives[i], rec));
        }
        return c;
    }

private:
    QString m_file;
};

// Written files keep the documented field order (id first), not sorted keys.
using OrderedJson = nlohmann::ordered_json;

void putText(OrderedJson &o, const char *name, const QString &value)
{
    if (!value.isEmpty())
        o[name] = value.toStdString();
}

void putStrings(OrderedJson &o, const char *name, const QStringList &values)
{
    if (values.isEmpty())
        return;
    OrderedJson list = OrderedJson::array();
    for (const QString &v : values)
        list.push_back(v.toStdString());
    o[name] = std::move(list);
}

std::pair<int, int> lineAndColumn(const QByteArray &bytes, size_t offset)
{
    int line = 1;
    int column = 1;
    for (size_t i = 0; i < offset && i < size_t(bytes.size()); ++i) {
        if (bytes[qsizetype(i)] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

Result<CatalogueContent> CatalogueJson::parse(const QByteArray &bytes, const QString &fileName)
{
    json root;
    std::optional<DuplicateKey> duplicate;
    try {
        duplicate = parseNotingDuplicateKeys(bytes, root);
    } catch (const json::out_of_range &e) {
        return Error{
            QCoreApplication::translate("CatalogueJson", "%1: a number is out of range (%2)")
                .arg(fileName, QString::fromUtf8(e.what()).section(QStringLiteral(": "), -1))};
    } catch (const json::parse_error &e) {
        // byte is one past the offending character.
        const auto [line, column] = lineAndColumn(bytes, e.byte > 0 ? e.byte - 1 : 0);
        QString detail = QString::fromUtf8(e.what());
        detail = detail.section(QStringLiteral(": "), -1);
        return Error{QCoreApplication::translate("CatalogueJson",
                                                 "%1, line %2, column %3: not valid JSON (%4)")
                         .arg(fileName, QString::number(line), QString::number(column), detail)};
    }
    if (duplicate) {
        const QByteArray list = duplicate->list.toUtf8();
        const QString record =
            duplicate->index >= 0
                ? Reader::recordName(list.constData(), size_t(duplicate->index),
                                     root[list.constData()][size_t(duplicate->index)])
            : duplicate->path.isEmpty() ? QStringLiteral("(top level)")
                                        : duplicate->path;
        return Error{QCoreApplication::translate("CatalogueJson", "%1: %2, field \"%3\": %4")
                         .arg(fileName, record, duplicate->key,
                              QCoreApplication::translate(
                                  "CatalogueJson", "is given twice (expected each field once; "
                                                   "which one to keep is not clear)"))};
    }
    try {
        CatalogueContent content = Reader(fileName).content(root);
        if (Status s = CatalogueJsonHistory::read(root, fileName, content); !s)
            return s.error();
        return content;
    } catch (const FieldError &e) {
        return Error{e.message};
    } catch (const json::exception &e) {
        return Error{QCoreApplication::translate("CatalogueJson", "%1: %2")
                         .arg(fileName, QString::fromUtf8(e.what()))};
    }
}

Result<CatalogueContent> CatalogueJson::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("CatalogueJson", "Cannot read %1: %2")
                         .arg(path, file.errorString())};
    return parse(file.readAll(), path);
}

QByteArray CatalogueJson::serialize(const CatalogueContent &c)
{
    OrderedJson root = OrderedJson::object();
    root["format"] = "ssc-catalogue";
    root["formatVersion"] = kFormatVersion;
    putText(root, "name", c.name);
    root["synthetic"] = c.synthetic;
    OrderedJson sources = OrderedJson::array();
    for (const Source &s : c.sources) {
        OrderedJson o = OrderedJson::object();
        putText(o, "id", s.id);
        putText(o, "title", s.title);
        putText(o, "url", s.url);
        putText(o, "date", s.date);
        putText(o, "publisher", s.publisher);
        putText(o, "file", s.file);
        sources.push_back(std::move(o));
    }
    root["sources"] = std::move(sources);
    OrderedJson organisations = OrderedJson::array();
    for (const Organisation &org : c.organisations) {
        OrderedJson o = OrderedJson::object();
        putText(o, "id", org.id);
        putText(o, "name", org.name);
        putText(o, "acronym", org.acronym);
        putText(o, "type", org.type);
        putText(o, "country", org.country);
        putStrings(o, "sources", org.sources);
        organisations.push_back(std::move(o));
    }
    root["organisations"] = std::move(organisations);
    OrderedJson initiatives = OrderedJson::array();
    for (const Initiative &in : c.initiatives) {
        OrderedJson o = OrderedJson::object();
        putText(o, "id", in.id);
        putText(o, "iatiIdentifier", in.iatiIdentifier);
        putText(o, "title", in.title);
        putText(o, "summary", in.summary);
        putText(o, "description", in.description);
        putText(o, "status", in.status);
        putText(o, "start", in.start);
        putText(o, "end", in.end);
        putStrings(o, "modalities", in.modalities);
        putText(o, "activityType", in.activityType);
        if (!in.countries.empty()) {
            OrderedJson list = OrderedJson::array();
            for (const auto &cp : in.countries) {
                OrderedJson item = {{"code", cp.code.toStdString()},
                                    {"role", cp.role.toStdString()}};
                if (cp.percentage)
                    item["percentage"] = *cp.percentage;
                list.push_back(std::move(item));
            }
            o["countries"] = std::move(list);
        }
        putStrings(o, "programmeAreas", in.programmeAreas);
        if (!in.partners.empty()) {
            OrderedJson list = OrderedJson::array();
            for (const auto &p : in.partners)
                list.push_back({{"organisation", p.organisation.toStdString()},
                                {"role", p.role.toStdString()}});
            o["partners"] = std::move(list);
        }
        if (!in.funding.empty()) {
            OrderedJson list = OrderedJson::array();
            for (const auto &f : in.funding) {
                OrderedJson item = {{"source", f.source.toStdString()}};
                if (f.amount)
                    item["amount"] = *f.amount;
                putText(item, "currency", f.currency);
                if (f.year)
                    item["year"] = *f.year;
                list.push_back(std::move(item));
            }
            o["funding"] = std::move(list);
        }
        putStrings(o, "sdgs", in.sdgs);
        putText(o, "beneficiaries", in.beneficiaries);
        putText(o, "results", in.results);
        putStrings(o, "sources", in.sources);
        if (in.triangular)
            o["triangular"] = true;
        putText(o, "language", in.language);
        if (!in.translations.empty()) {
            OrderedJson list = OrderedJson::array();
            for (const Translation &t : in.translations)
                list.push_back({{"field", t.field.toStdString()},
                                {"language", t.language.toStdString()},
                                {"text", t.text.toStdString()}});
            o["translations"] = std::move(list);
        }
        initiatives.push_back(std::move(o));
    }
    root["initiatives"] = std::move(initiatives);
    CatalogueJsonHistory::write(root, c);
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

Status CatalogueJson::writeFile(const CatalogueContent &content, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("CatalogueJson", "Cannot write %1: %2")
                         .arg(path, file.errorString())};
    file.write(serialize(content));
    if (const QString failed = commitSaveFile(file); !failed.isEmpty())
        return Error{
            QCoreApplication::translate("CatalogueJson", "Cannot write %1: %2").arg(path, failed)};
    return success();
}

} // namespace ssc
