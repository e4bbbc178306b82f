#include "FilterOptions.h"

#include "core/domain/ReferenceData.h"
#include "core/domain/Vocabulary.h"
#include "core/query/FacetDefinitions.h"
#include "core/storage/CatalogueStore.h"

#include <QCoreApplication>

#include <optional>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FilterOptions)
};

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

Result<int> year(const QCommandLineParser &parser, const QString &flag)
{
    bool ok = false;
    const int y = parser.value(flag).toInt(&ok);
    if (!ok || y < 1900 || y > 2100)
        return Error{Tr::tr("--%1: \"%2\" is not a year (expected a year such as 2015)")
                         .arg(flag, parser.value(flag))};
    return y;
}

// One typed value of a facet's flag as the filter holds it, or what was
// expected instead. One rule per kind of value, not per facet.
Result<QString> resolve(const FacetDefinition &d, const QString &flag, const QString &typed,
                        const std::vector<Organisation> &known)
{
    const ReferenceData &ref = ReferenceData::instance();
    switch (d.domain) {
    case FacetDomain::Country:
        if (const Country *c = ref.findCountry(typed))
            return c->code;
        return Error{Tr::tr("--%1: unknown country \"%2\" (expected an ISO code such as ET "
                            "or a name such as Ethiopia)")
                         .arg(flag, typed)};
    case FacetDomain::Region:
        if (const Region *r = ref.findRegion(typed))
            return r->code;
        return Error{Tr::tr("--%1: unknown region \"%2\" (expected a UN M49 region or "
                            "sub-region such as Africa, Eastern Africa or 002)")
                         .arg(flag, typed)};
    case FacetDomain::ProgrammeArea:
        if (const ProgrammeArea *a = ref.findProgrammeArea(typed))
            return a->id;
        return Error{Tr::tr("--%1: unknown programme area \"%2\" (expected an id or name such "
                            "as health or \"Child protection\")")
                         .arg(flag, typed)};
    case FacetDomain::Organisation: {
        const QString folded = ReferenceData::fold(typed);
        auto it = std::find_if(known.begin(), known.end(), [&](const Organisation &o) {
            return o.id == typed || ReferenceData::fold(o.acronym) == folded ||
                   ReferenceData::fold(o.name) == folded;
        });
        if (it != known.end())
            return it->id;
        return Error{Tr::tr("--%1: no organisation \"%2\" in the catalogue (expected an "
                            "organisation id, acronym or name; `facets` lists them)")
                         .arg(flag, typed)};
    }
    case FacetDomain::Vocabulary: {
        const QString code = Vocabulary::codeFor(d.vocabulary, typed);
        if (!code.isEmpty())
            return code;
        return Error{Tr::tr("--%1: unknown %2 \"%3\" (expected one of: %4)")
                         .arg(flag, Vocabulary::kindName(d.vocabulary), typed,
                              Vocabulary::codes(d.vocabulary).join(QStringLiteral(", ")))};
    }
    case FacetDomain::SdgGoal: {
        bool ok = false;
        const int goal =
            QString(typed).remove(QStringLiteral("SDG"), Qt::CaseInsensitive).toInt(&ok);
        if (ok && goal >= 1 && goal <= 17)
            return QString::number(goal);
        return Error{
            Tr::tr("--%1: \"%2\" is not an SDG goal (expected a number 1-17)").arg(flag, typed)};
    }
    }
    return Error{Tr::tr("--%1: unknown value \"%2\"").arg(flag, typed)};
}

} // namespace

void FilterOptions::addTo(QCommandLineParser &parser)
{
    for (const FacetDefinition &d : facetDefinitions())
        parser.addOption({QString::fromLatin1(d.flag),
                          QCoreApplication::translate("FilterOptions", d.flagHelp),
                          QCoreApplication::translate("FilterOptions", d.flagValue)});
    parser.addOptions({
        {QStringLiteral("saved"),
         Tr::tr("Start from the search saved under NAME in the catalogue (the window's Saved "
                "searches); the other flags apply on top."),
         Tr::tr("NAME")},
        {QStringLiteral("role"),
         Tr::tr("Country role for --country and --region: provider, recipient, facilitator, host, "
                "participant."),
         Tr::tr("ROLE")},
        {QStringLiteral("from"), Tr::tr("Active in or after YEAR."), Tr::tr("YEAR")},
        {QStringLiteral("to"), Tr::tr("Active in or before YEAR."), Tr::tr("YEAR")},
        {QStringLiteral("search"),
         Tr::tr("Words to find in titles, texts, partners and countries."), Tr::tr("TEXT")},
    });
}

Result<CatalogueFilter> FilterOptions::read(const QCommandLineParser &parser,
                                            const CatalogueStore &store)
{
    CatalogueFilter f;
    // A saved search first; the other flags then narrow or change it.
    if (const QString saved = parser.value(QStringLiteral("saved")); !saved.isEmpty()) {
        auto searches = store.savedSearches();
        if (!searches.ok())
            return searches.error();
        QStringList names;
        for (const CatalogueStore::SavedSearch &s : *searches) {
            names << s.name;
            if (s.name == saved)
                f = s.filter;
        }
        if (!names.contains(saved))
            return Error{
                Tr::tr("--saved: no saved search \"%1\" in %2 (saved: %3)")
                    .arg(saved, store.path(),
                         names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", ")))};
    }
    std::optional<std::vector<Organisation>> known; // read once, when a flag names one
    for (const FacetDefinition &d : facetDefinitions()) {
        const QString flag = QString::fromLatin1(d.flag);
        const QStringList typed = valuesOf(parser, flag);
        if (typed.isEmpty())
            continue;
        if (d.domain == FacetDomain::Organisation && !known) {
            auto all = store.organisations();
            if (!all.ok())
                return all.error();
            known = std::move(*all);
        }
        QStringList values;
        for (const QString &v : typed) {
            auto value = resolve(d, flag, v, known ? *known : std::vector<Organisation>{});
            if (!value.ok())
                return value.error();
            values << *value;
        }
        f.setValues(d.facet, values);
    }
    if (parser.isSet(QStringLiteral("role"))) {
        QStringList roles;
        for (const QString &v : valuesOf(parser, QStringLiteral("role"))) {
            const QString code = Vocabulary::codeFor(Vocabulary::Kind::CountryRole, v);
            if (code.isEmpty())
                return Error{Tr::tr("--role: unknown %1 \"%2\" (expected one of: %3)")
                                 .arg(Vocabulary::kindName(Vocabulary::Kind::CountryRole), v,
                                      Vocabulary::codes(Vocabulary::Kind::CountryRole)
                                          .join(QStringLiteral(", ")))};
            roles << code;
        }
        if (roles.size() != 1)
            return Error{Tr::tr("--role: give one role (provider, recipient, facilitator, host or "
                                "participant)")};
        f.countryRole = roles.first();
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
        return Error{Tr::tr("--from %1 is after --to %2").arg(*f.fromYear).arg(*f.toYear)};
    if (parser.isSet(QStringLiteral("search")))
        f.text = parser.value(QStringLiteral("search"));
    return f;
}

} // namespace ssc
