#include "Report.h"

#include "ReportListFile.h"
#include "ReportTally.h"

#include "core/base/BoundedQueue.h"

#include "core/domain/ReferenceData.h"
#include "core/domain/Vocabulary.h"
#include "core/query/FacetDefinitions.h"
#include "core/storage/CatalogueStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <thread>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

} // namespace

qint64 Report::listedCount() const
{
    return listFile ? qint64(listFile->size()) : qint64(initiatives.size());
}

Status Report::forEachListed(const std::function<void(const ReportInitiative &)> &visit) const
{
    const Error cancelled{Tr::tr("Cancelled"), Error::Kind::Cancelled};
    if (listFile) {
        Status read = listFile->forEach(visit, options.cancelled);
        if (!read.ok() && read.error().kind == Error::Kind::Cancelled)
            return cancelled;
        return read;
    }
    for (const ReportInitiative &in : initiatives) {
        if (options.cancelled && options.cancelled())
            return cancelled;
        visit(in);
    }
    return success();
}

const Breakdown *Report::breakdown(const QString &id) const
{
    for (const Breakdown &b : breakdowns) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

QString Report::listNote() const
{
    const QLocale locale;
    return Tr::tr(
               "The list shows the first %1 of %2 initiatives, in title order. Export the report "
               "as CSV, XLSX or JSON for all of them.")
        .arg(locale.toString(listedCount()), locale.toString(initiativeCount));
}

QString ReportBuilder::defaultTitle()
{
    return Tr::tr("South-South cooperation initiatives: summary");
}

Result<std::vector<qint64>> ReportBuilder::idsFor(const CatalogueFilter &filter) const
{
    return m_store.rowIds(filter, SortOrder{});
}

QString ReportBuilder::describe(const CatalogueFilter &f) const
{
    QStringList parts;
    const QString role = f.countryRole.isEmpty()
                             ? QString()
                             : Vocabulary::label(Vocabulary::Kind::CountryRole, f.countryRole);
    auto orgNames = [this](const QString &id) {
        const auto o = m_store.organisation(id);
        return o ? o->name : id;
    };
    // Each facet as the table declares it, the programme area first.
    std::vector<const FacetDefinition *> facets;
    for (const FacetDefinition &d : facetDefinitions())
        facets.push_back(&d);
    std::stable_sort(facets.begin(), facets.end(), [](const auto *a, const auto *b) {
        return a->describedOrder < b->describedOrder;
    });
    // A role with no country or region chosen is said after the facets it
    // would apply to.
    int roleOrder = 0;
    for (const FacetDefinition *d : facets)
        if (d->takesRole())
            roleOrder = std::max(roleOrder, d->describedOrder);
    bool roleAloneSaid = role.isEmpty() || !f.countries.isEmpty() || !f.regions.isEmpty();
    auto sayRoleAlone = [&] {
        if (!roleAloneSaid)
            parts << Tr::tr("Any %1 country").arg(role.toLower());
        roleAloneSaid = true;
    };
    for (const FacetDefinition *d : facets) {
        if (d->describedOrder > roleOrder)
            sayRoleAlone();
        const QStringList values = f.values(d->facet);
        if (values.isEmpty())
            continue;
        QStringList named;
        for (const QString &v : values) {
            switch (d->domain) {
            case FacetDomain::Organisation:
                named << orgNames(v);
                break;
            case FacetDomain::SdgGoal:
                named << reportSdgName(v.toInt());
                break;
            default:
                named << d->displayLabel(v);
            }
        }
        const QString what =
            d->describedWithRole && !role.isEmpty()
                ? QCoreApplication::translate("Facet", d->describedWithRole).arg(role)
                : QCoreApplication::translate("Facet", d->describedAs);
        parts << QStringLiteral("%1: %2").arg(what, named.join(QStringLiteral(", ")));
    }
    sayRoleAlone();
    if (f.fromYear || f.toYear) {
        if (f.fromYear && f.toYear)
            parts << (*f.fromYear == *f.toYear
                          ? QString::number(*f.fromYear)
                          : QStringLiteral("%1–%2").arg(*f.fromYear).arg(*f.toYear));
        else if (f.fromYear)
            parts << Tr::tr("From %1").arg(*f.fromYear);
        else
            parts << Tr::tr("Until %1").arg(*f.toYear);
    }
    if (!f.text.trimmed().isEmpty())
        parts << Tr::tr("Text: “%1”").arg(f.text.trimmed());
    return parts.isEmpty() ? Tr::tr("All initiatives in the catalogue")
                           : parts.join(QStringLiteral("; "));
}

Result<Report> ReportBuilder::build(const std::vector<qint64> &ids, const QString &scope,
                                    const ReportOptions &options, const Progress &progress) const
{
    Report r;
    r.options = options;
    r.title = options.title.trimmed().isEmpty() ? defaultTitle() : options.title.trimmed();
    r.generated = QDateTime::currentDateTime();
    r.catalogueName = m_store.name();
    r.scope = scope;

    auto allOrganisations = m_store.organisations();
    if (!allOrganisations.ok())
        return allOrganisations.error();
    QHash<QString, Organisation> organisations;
    for (Organisation &o : *allOrganisations)
        organisations.insert(o.id, std::move(o));

    const std::size_t listed =
        !options.initiatives    ? 0
        : options.listLimit < 0 ? std::size_t(ids.size())
                                : std::min(std::size_t(ids.size()), std::size_t(options.listLimit));
    // The list in memory, or for a data file on disk (it may be a million
    // rows); either way each row goes to its place in title order.
    std::unique_ptr<ReportListFile> listFile;
    if (options.listOnDisk) {
        auto created = ReportListFile::create(qsizetype(listed), options.temporaryFolder);
        if (!created.ok())
            return created.error();
        listFile = std::move(*created);
    } else {
        r.initiatives.resize(listed);
    }
    ReportTally tally(r, std::move(organisations), listed, listFile.get());

    // Reading (SQLite, on this thread's connection) and summing (labels, the
    // list rows) take about as long as each other at a million initiatives:
    // the records go in batches to a second thread that sums them.
    using Batch = std::vector<std::pair<qsizetype, Initiative>>;
    BoundedQueue<Batch> queue(8);
    Status summed = success();
    std::thread summer([&] {
        while (std::optional<Batch> batch = queue.pop()) {
            for (auto &[position, in] : *batch) {
                if (summed = tally.add(position, in); !summed.ok()) {
                    queue.stop(); // the reader stops at its next batch
                    return;
                }
            }
        }
    });
    Batch batch;
    qint64 done = 0;
    bool cancelled = false;
    const Status read =
        m_store.forEachInitiative(ids, false, [&](qsizetype position, Initiative &&in) {
            if (progress && done % 500 == 0 && !progress(done, qint64(ids.size()))) {
                cancelled = true;
                return false;
            }
            ++done;
            batch.emplace_back(position, std::move(in));
            if (batch.size() < 256)
                return true;
            const bool taken = queue.push(std::move(batch));
            batch = Batch();
            return taken;
        });
    if (read.ok() && !cancelled && !batch.empty())
        queue.push(std::move(batch));
    if (read.ok() && !cancelled)
        queue.finish(); // the summer takes what is queued, then ends
    else
        queue.stop();
    summer.join();
    if (!read.ok())
        return read.error();
    if (cancelled)
        return Error{Tr::tr("Cancelled")};
    if (!summed.ok())
        return summed.error();
    if (listFile) {
        if (Status s = listFile->finish(); !s.ok())
            return s.error();
        r.listFile = std::move(listFile);
    }
    if (progress)
        progress(done, qint64(ids.size()));
    const QStringList citedSources = tally.finish();

    if (options.sources) {
        auto allSources = m_store.sources();
        if (!allSources.ok())
            return allSources.error();
        QHash<QString, Source> byId;
        for (Source &s : *allSources)
            byId.insert(s.id, std::move(s));
        for (const QString &key : std::as_const(citedSources)) {
            if (const auto it = byId.constFind(key); it != byId.cend())
                r.sources.push_back(*it);
        }
    }
    return r;
}

} // namespace ssc
