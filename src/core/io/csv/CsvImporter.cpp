#include "core/io/csv/CsvImporter.h"

#include "core/base/CsvReader.h"
#include "core/domain/CatalogueValidator.h"
#include "core/domain/ReferenceData.h"
#include "core/domain/Vocabulary.h"
#include "core/io/csv/CsvExport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace ssc {

namespace {

QStringList values(const QString &cell)
{
    QStringList list;
    for (const QString &part : cell.split(QLatin1Char(';'))) {
        if (!part.trimmed().isEmpty())
            list << part.trimmed();
    }
    return list;
}

// "Name:role" split at the last colon (ids may hold colons themselves).
std::pair<QString, QString> withRole(const QString &value)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return {value, {}};
    return {value.left(colon).trimmed(), value.mid(colon + 1).trimmed()};
}

class Row
{
public:
    Row(const QHash<QString, int> &columns, const CsvReader::Row &row, const Source &file,
        qsizetype headerCells)
        : m_columns(columns), m_row(row), m_file(file), m_warnings(row.problems)
    {
        // A row with more or fewer cells than the header is usually a comma
        // or quote out of place: the cells may have slipped into the wrong columns.
        if (row.fields.size() != headerCells)
            m_warnings << QCoreApplication::translate(
                              "CsvImporter",
                              "line %1 has %2 cells where the header row has %3 (cells past the "
                              "header were not read, missing ones are empty)")
                              .arg(row.line)
                              .arg(row.fields.size())
                              .arg(headerCells);
    }

    // Trimmed, then the apostrophe the export puts before a formula taken
    // off (CsvExport::safeCell), so that an export reads back exactly.
    QString cell(const char *name) const
    {
        const int i = m_columns.value(QLatin1String(name), -1);
        return i >= 0 && i < m_row.fields.size()
                   ? CsvExport::unmarkedCell(m_row.fields[i].trimmed())
                   : QString();
    }

    ImportedRecord record()
    {
        ImportedRecord r;
        r.line = m_row.line;
        Initiative &in = r.initiative;
        in.id = cell("id");
        in.title = cell("title");
        in.summary = cell("summary");
        in.description = cell("description");
        in.status = code(Vocabulary::Kind::Status, cell("status"));
        in.start = cell("start");
        in.end = cell("end");
        for (const QString &m : values(cell("modalities")))
            in.modalities << code(Vocabulary::Kind::Modality, m);
        in.activityType = code(Vocabulary::Kind::ActivityType, cell("activityType"));
        const ReferenceData &ref = ReferenceData::instance();
        for (const QString &value : values(cell("countries"))) {
            const auto [name, role] = withRole(value);
            const Country *c = ref.findCountry(name);
            in.countries.push_back({c ? c->code : name,
                                    role.isEmpty() ? QStringLiteral("recipient")
                                                   : code(Vocabulary::Kind::CountryRole, role),
                                    {}});
        }
        for (const QString &value : values(cell("programmeAreas"))) {
            const ProgrammeArea *a = ref.findProgrammeArea(value);
            in.programmeAreas << (a ? a->id : value);
        }
        for (const QString &value : values(cell("partners"))) {
            const auto [name, role] = withRole(value);
            in.partners.push_back(
                {organisation(r, name), code(Vocabulary::Kind::PartnerRole, role)});
        }
        for (const QString &value : values(cell("funding")))
            in.funding.push_back(funding(r, value));
        in.sdgs = values(cell("sdgs"));
        in.beneficiaries = cell("beneficiaries");
        in.results = cell("results");
        in.language = cell("language").toLower();
        const QString triangular = cell("triangular").toLower();
        in.triangular = triangular == QLatin1String("yes") || triangular == QLatin1String("true") ||
                        triangular == QLatin1String("1");
        in.sources = values(cell("sources"));
        if (in.sources.isEmpty()) {
            in.sources = {m_file.id};
            if (r.sources.empty())
                r.sources.push_back(m_file);
        }
        r.warnings = m_warnings;
        if (in.id.isEmpty())
            r.rejection = QCoreApplication::translate("CsvImporter", "the id column is empty");
        else if (in.title.isEmpty())
            r.rejection = QCoreApplication::translate("CsvImporter", "the title column is empty");
        return r;
    }

private:
    // The code for a code or label; anything else is kept as written for
    // the checks to name.
    static QString code(Vocabulary::Kind kind, const QString &text)
    {
        if (text.isEmpty())
            return {};
        const QString c = Vocabulary::codeFor(kind, text);
        return c.isEmpty() ? text : c;
    }

    // An organisation named by id or name; a name not in the file or the
    // catalogue becomes a new organisation citing the file.
    QString organisation(ImportedRecord &r, const QString &idOrName)
    {
        if (CatalogueValidator::isValidKey(idOrName, true))
            return idOrName;
        const QString id = Importer::organisationIdForName(idOrName);
        for (const Organisation &o : r.organisations) {
            if (o.id == id)
                return id;
        }
        Organisation o;
        o.id = id;
        o.name = idOrName;
        o.sources = {m_file.id};
        r.organisations.push_back(o);
        if (r.sources.empty())
            r.sources.push_back(m_file);
        return id;
    }

    // "source", "source:2019", "source:50000 USD" or "source:50000 USD:2019".
    FundingRecord funding(ImportedRecord &r, const QString &value)
    {
        static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
        static const QRegularExpression money(
            QStringLiteral("^([-\u2212]?[0-9][0-9 .,]*)\\s+([A-Za-z]{3})$"));
        QStringList parts = value.split(QLatin1Char(':'));
        FundingRecord f;
        if (parts.size() > 1 && year.match(parts.last().trimmed()).hasMatch())
            f.year = parts.takeLast().trimmed().toInt();
        if (parts.size() > 1) {
            const auto m = money.match(parts.last().trimmed());
            if (m.hasMatch()) {
                // A sign is read, so that a negative amount reaches the
                // catalogue's rules and is refused there by name, not taken
                // for part of the organisation's name.
                QString amount = m.captured(1);
                amount.remove(QLatin1Char(' ')).remove(QLatin1Char(','));
                amount.replace(QChar(0x2212), QLatin1Char('-'));
                bool ok = false;
                const double a = amount.toDouble(&ok);
                if (ok) {
                    f.amount = a;
                    f.currency = m.captured(2).toUpper();
                    parts.removeLast();
                } else {
                    m_warnings << QCoreApplication::translate(
                                      "CsvImporter", "funding amount \"%1\" is not a number")
                                      .arg(m.captured(1));
                    parts.removeLast(); // the source is still named before it
                }
            }
        }
        f.source = organisation(r, parts.join(QLatin1Char(':')).trimmed());
        return f;
    }

    const QHash<QString, int> &m_columns;
    const CsvReader::Row &m_row;
    const Source &m_file;
    QStringList m_warnings;
};

} // namespace

const QStringList &CsvImporter::columns()
{
    static const QStringList list{QStringLiteral("id"),
                                  QStringLiteral("title"),
                                  QStringLiteral("summary"),
                                  QStringLiteral("description"),
                                  QStringLiteral("status"),
                                  QStringLiteral("start"),
                                  QStringLiteral("end"),
                                  QStringLiteral("modalities"),
                                  QStringLiteral("activityType"),
                                  QStringLiteral("countries"),
                                  QStringLiteral("programmeAreas"),
                                  QStringLiteral("partners"),
                                  QStringLiteral("funding"),
                                  QStringLiteral("sdgs"),
                                  QStringLiteral("beneficiaries"),
                                  QStringLiteral("results"),
                                  QStringLiteral("sources"),
                                  QStringLiteral("language"),
                                  QStringLiteral("triangular")};
    return list;
}

Status CsvImporter::read(const std::function<bool(ImportedRecord &&)> &visit)
{
    m_progress = 0;
    m_notes.clear();
    const auto rows = CsvReader::readFile(m_path);
    if (!rows)
        return rows.error();
    const QString name = QFileInfo(m_path).fileName();
    if (rows->empty())
        return Error{QCoreApplication::translate(
                         "CsvImporter", "%1 is empty (expected a header row naming the columns)")
                         .arg(name)};
    QHash<QString, int> positions;
    const CsvReader::Row &header = rows->front();
    m_notes << header.problems;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString column = header.fields[i].trimmed();
        // Any case, and spaces inside ignored: "Activity type" is activityType.
        QString bare = column;
        bare.remove(QLatin1Char(' '));
        const auto known = std::find_if(columns().begin(), columns().end(), [&](const QString &c) {
            return c.compare(bare, Qt::CaseInsensitive) == 0;
        });
        if (known == columns().end()) {
            if (!column.isEmpty())
                m_notes << QCoreApplication::translate(
                               "CsvImporter",
                               "%1 line %2: column \"%3\" is not an import column and was not "
                               "read (expected: %4)")
                               .arg(name)
                               .arg(header.line)
                               .arg(column, columns().join(QStringLiteral(", ")));
            continue;
        }
        if (positions.contains(*known))
            return Error{QCoreApplication::translate("CsvImporter",
                                                     "%1 line %2: column \"%3\" is given twice")
                             .arg(name)
                             .arg(header.line)
                             .arg(column)};
        positions.insert(*known, i);
    }
    for (const char *required : {"id", "title"}) {
        if (!positions.contains(QLatin1String(required)))
            return Error{QCoreApplication::translate(
                             "CsvImporter",
                             "%1 line %2: there is no \"%3\" column (the header row must name at "
                             "least id and title)")
                             .arg(name)
                             .arg(header.line)
                             .arg(QLatin1String(required))};
    }
    const Source file = Importer::fileSource(
        QStringLiteral("csv"), m_path,
        QCoreApplication::translate("CsvImporter", "Spreadsheet %1").arg(name));
    const double count = double(rows->size());
    for (std::size_t i = 1; i < rows->size(); ++i) {
        const CsvReader::Row &row = (*rows)[i];
        if (std::all_of(row.fields.begin(), row.fields.end(),
                        [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        m_progress = double(i) / count;
        if (!visit(Row(positions, row, file, header.fields.size()).record()))
            return success();
    }
    m_progress = 1;
    return success();
}

} // namespace ssc
