#include "FilterOptions.h"

#include "core/domain/ReferenceData.h"
#include "core/domain/Vocabulary.h"
#include "core/storage/CatalogueStore.h"

#include <QCoreApplication>

namespace ssc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FilterOptions", text);
}

// Values may be repeated (--country ET --country UG) or comma-separated.
QStringList valuesOf(const QCommandLineParser &parser, const QString &name)
{
    QStringList values;
    for (const QString &v : parser.values(name)) {
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            values << part.trimmed();
    }
    return values;
}

Status vocabulary(const QCommandLineParser &parser, const QString &flag, Vocabulary::Kind kind,
                  QStringList &out)
{
    for (const QString &v : valuesOf(parser, flag)) {
        const QString code = Vocabulary::codeFor(kind, v);
        if (code.isEmpty())
            return Error{tr("--%1: unknown %2 \"%3\" (expected one of: %4)")
                             .arg(flag, Vocabulary::kindName(kind), v,
                                  Vocabulary::codes(kind).join(QStringLiteral(", ")))};
        out << code;
    }
    return success();
}

Result<int> year(const QCommandLineParser &parser, const QString &flag)
{
    bool ok = false;
    const int y = parser.value(flag).toInt(&ok);
    if (!ok || y < 1900 || y > 2100)
        return Error{tr("--%1: \"%2\" is not a year (expected a year such as 2015)")
                         .arg(flag, parser.value(flag))};
    return y;
}

Status organisations(const QCommandLineParser &parser, const QString &flag,
                     const std::vector<Organisation> &known, QStringList &out)
{
    for (const QString &v : valuesOf(parser, flag)) {
        const QString folded = ReferenceData::fold(v);
        auto it = std::find_if(known.begin(), known.end(), [&](const Organisation &o) {
            return o.id == v || ReferenceData::fold(o.acronym) == folded ||
                   ReferenceData::fold(o.name) == folded;
        });
        if (it == known.end())
            return Error{tr("--%1: no organisation \"%2\" in the catalogue (expected an "
                            "organisation id, acronym or name; `facets` lists them)")
                             .arg(flag, v)};
        out << it->id;
    }
    return success();
}

} // namespace

void FilterOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("country"),
         tr("Initiatives involving COUNTRY (ISO code or name; repeatable)."), tr("COUNTRY")},
        {QStringLiteral("role"),
         tr("Country role for --country and --region: provider, recipient, facilitator, host, "
            "participant."),
         tr("ROLE")},
        {QStringLiteral("region"), tr("UN M49 region or sub-region (code or name; repeatable)."),
         tr("REGION")},
        {QStringLiteral("area"),
         tr("Programme area id or name; includes its sub-areas (repeatable)."), tr("AREA")},
        {QStringLiteral("partner"), tr("Partner organisation id, acronym or name (repeatable)."),
         tr("PARTNER")},
        {QStringLiteral("funding"), tr("Funding source id, acronym or name (repeatable)."),
         tr("SOURCE")},
        {QStringLiteral("modality"),
         tr("knowledge-exchange, technical-assistance, technology-exchange, resource-exchange."),
         tr("MODALITY")},
        {QStringLiteral("type"), tr("Activity type, e.g. conference, webinar, study-tour."),
         tr("TYPE")},
        {QStringLiteral("sdg"), tr("SDG goal 1-17 (repeatable)."), tr("GOAL")},
        {QStringLiteral("from"), tr("Active in or after YEAR."), tr("YEAR")},
        {QStringLiteral("to"), tr("Active in or before YEAR."), tr("YEAR")},
        {QStringLiteral("status"), tr("planned, ongoing or completed."), tr("STATUS")},
        {QStringLiteral("search"), tr("Words to find in titles, texts, partners and countries."),
         tr("TEXT")},
    });
}

Result<CatalogueFilter> FilterOptions::read(const QCommandLineParser &parser,
                                            const CatalogueStore &store)
{
    const ReferenceData &ref = ReferenceData::instance();
    CatalogueFilter f;
    for (const QString &v : valuesOf(parser, QStringLiteral("country"))) {
        const Country *c = ref.findCountry(v);
        if (!c)
            return Error{tr("--country: unknown country \"%1\" (expected an ISO code such as ET "
                            "or a name such as Ethiopia)")
                             .arg(v)};
        f.countries << c->code;
    }
    if (parser.isSet(QStringLiteral("role"))) {
        QStringList roles;
        if (Status s =
                vocabulary(parser, QStringLiteral("role"), Vocabulary::Kind::CountryRole, roles);
            !s)
            return s.error();
        if (roles.size() != 1)
            return Error{tr("--role: give one role (provider, recipient, facilitator, host or "
                            "participant)")};
        f.countryRole = roles.first();
    }
    for (const QString &v : valuesOf(parser, QStringLiteral("region"))) {
        const Region *r = ref.findRegion(v);
        if (!r)
            return Error{tr("--region: unknown region \"%1\" (expected a UN M49 region or "
                            "sub-region such as Africa, Eastern Africa or 002)")
                             .arg(v)};
        f.regions << r->code;
    }
    for (const QString &v : valuesOf(parser, QStringLiteral("area"))) {
        const ProgrammeArea *a = ref.findProgrammeArea(v);
        if (!a)
            return Error{tr("--area: unknown programme area \"%1\" (expected an id or name such "
                            "as health or \"Child protection\")")
                             .arg(v)};
        f.programmeAreas << a->id;
    }
    if (parser.isSet(QStringLiteral("partner")) || parser.isSet(QStringLiteral("funding"))) {
        const std::vector<Organisation> known = store.organisations();
        if (Status s = organisations(parser, QStringLiteral("partner"), known, f.partners); !s)
            return s.error();
        if (Status s = organisations(parser, QStringLiteral("funding"), known, f.fundingSources);
            !s)
            return s.error();
    }
    if (Status s = vocabulary(parser, QStringLiteral("modality"), Vocabulary::Kind::Modality,
                              f.modalities);
        !s)
        return s.error();
    if (Status s = vocabulary(parser, QStringLiteral("type"), Vocabulary::Kind::ActivityType,
                              f.activityTypes);
        !s)
        return s.error();
    if (Status s =
            vocabulary(parser, QStringLiteral("status"), Vocabulary::Kind::Status, f.statuses);
        !s)
        return s.error();
    for (const QString &v : valuesOf(parser, QStringLiteral("sdg"))) {
        bool ok = false;
        const int goal = QString(v).remove(QStringLiteral("SDG"), Qt::CaseInsensitive).toInt(&ok);
        if (!ok || goal < 1 || goal > 17)
            return Error{tr("--sdg: \"%1\" is not an SDG goal (expected a number 1-17)").arg(v)};
        f.sdgGoals << goal;
    }
    if (parser.isSet(QStringLiteral("from"))) {
        auto y = year(parser, QStringLiteral("from"));
        if (!y.ok())
            return y.error();
        f.fromYear = *y;
    }
    if (parser.isSet(QStringLiteral("to"))) {
        auto y = year(parser, QStringLiteral("to"));
        if (!y.ok())
            return y.error();
        f.toYear = *y;
    }
    if (f.fromYear && f.toYear && *f.fromYear > *f.toYear)
        return Error{tr("--from %1 is after --to %2").arg(*f.fromYear).arg(*f.toYear)};
    f.text = parser.value(QStringLiteral("search"));
    return f;
}

} // namespace ssc
