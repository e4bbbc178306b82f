#include "InitiativeTableModel.h"

#include "core/domain/InitiativeLabels.h"
#include "core/domain/ReferenceNames.h"
#include "core/domain/Vocabulary.h"

namespace ssc {

namespace {

// iso-codes names some languages twice over ("Spanish; Castilian"); the
// first name is the one people use.
QString languageName(const QString &code)
{
    return ReferenceNames::languageName(code).section(QLatin1Char(';'), 0, 0);
}

SortColumn sortColumnFor(int column)
{
    switch (column) {
    case InitiativeTableModel::Countries:
        return SortColumn::Countries;
    case InitiativeTableModel::ProgrammeAreas:
        return SortColumn::ProgrammeAreas;
    case InitiativeTableModel::Partners:
        return SortColumn::Partners;
    case InitiativeTableModel::Funding:
        return SortColumn::Funding;
    case InitiativeTableModel::Years:
        return SortColumn::Years;
    case InitiativeTableModel::Status:
        return SortColumn::Status;
    default:
        return SortColumn::Title;
    }
}

} // namespace

InitiativeTableModel::InitiativeTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int InitiativeTableModel::columnFor(SortColumn column)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (sortColumnFor(c) == column)
            return c;
    }
    return Title;
}

QString InitiativeTableModel::titleLanguage()
{
    // Records name languages by ISO 639-1 alone ("zh", not "zh_CN").
    const QString code = ReferenceNames::language().section(QLatin1Char('_'), 0, 0);
    return code.isEmpty() ? QStringLiteral("en") : code;
}

void InitiativeTableModel::setResult(quint64 generation, qint64 total,
                                     std::vector<InitiativeRow> firstPage)
{
    beginResetModel();
    m_generation = generation;
    m_total = total;
    m_pages.clear();
    m_asked.clear();
    m_pages.insert(0, std::move(firstPage));
    endResetModel();
}

void InitiativeTableModel::setPage(quint64 generation, int page, std::vector<InitiativeRow> rows)
{
    if (generation != m_generation)
        return;
    m_asked.remove(page);
    // Keep memory flat while scrolling far: forget pages out of view.
    if (m_pages.size() > 32) {
        m_pages.clear();
        m_asked.clear();
    }
    const int first = page * kPageSize;
    const int last = std::min<qint64>(m_total, qint64(first) + int(rows.size())) - 1;
    m_pages.insert(page, std::move(rows));
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int InitiativeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_total);
}

int InitiativeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const InitiativeRow *InitiativeTableModel::rowAt(int row) const
{
    const int page = row / kPageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        if (!m_asked.contains(page)) {
            m_asked.insert(page);
            emit pageWanted(m_generation, page);
        }
        return nullptr;
    }
    const int offset = row % kPageSize;
    return offset < int(it->size()) ? &(*it)[size_t(offset)] : nullptr;
}

int InitiativeTableModel::rowOf(const QString &id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const std::vector<InitiativeRow> &rows = it.value();
        for (size_t i = 0; i < rows.size(); ++i)
            if (rows[i].id == id)
                return it.key() * kPageSize + int(i);
    }
    return -1;
}

QString InitiativeTableModel::initiativeId(int row) const
{
    const InitiativeRow *r = rowAt(row);
    return r ? r->id : QString();
}

QVariant InitiativeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const InitiativeRow *r = rowAt(index.row());
    if (!r)
        return index.column() == Title && role == Qt::DisplayRole ? tr("Loading…") : QVariant();
    switch (index.column()) {
    case Title:
        return role == Qt::ToolTipRole ? titleToolTip(*r) : r->title;
    case Countries:
        return InitiativeLabels::localCountries(r->countries);
    case ProgrammeAreas:
        return InitiativeLabels::localAreas(r->programmeAreas);
    case Partners:
        return InitiativeLabels::localPartners(r->partners);
    case Funding:
        return InitiativeLabels::localFunding(r->funding);
    case Years:
        return r->years();
    case Status:
        return Vocabulary::label(Vocabulary::Kind::Status, r->status);
    }
    return {};
}

QString InitiativeTableModel::titleToolTip(const InitiativeRow &r)
{
    // Which language the title is in, whenever it is not simply the
    // interface's: a translation, or the record's own in another language.
    QString language;
    if (!r.titleLanguage.isEmpty())
        language = r.language.isEmpty()
                       ? tr("Title in %1; the record does not state its own language")
                             .arg(languageName(r.titleLanguage))
                       : tr("Title in %1; the record's own language is %2")
                             .arg(languageName(r.titleLanguage), languageName(r.language));
    else if (!r.language.isEmpty() && r.language != titleLanguage())
        language = tr("Title in %1, the record's own language").arg(languageName(r.language));
    return language.isEmpty() ? r.title : r.title + QStringLiteral("\n\n") + language;
}

QVariant InitiativeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Countries:
        return tr("Countries");
    case ProgrammeAreas:
        return tr("Programme areas");
    case Partners:
        return tr("Partners");
    case Funding:
        return tr("Funding");
    case Years:
        return tr("Years");
    case Status:
        return tr("Status");
    }
    return {};
}

void InitiativeTableModel::sort(int column, Qt::SortOrder order)
{
    const SortOrder sort{sortColumnFor(column), order == Qt::DescendingOrder};
    if (sort == m_sort)
        return;
    m_sort = sort;
    emit sortWanted(sort);
}

} // namespace ssc
