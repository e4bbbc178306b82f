// A report's default title, in words from the filter.
#include "Report.h"

#include "core/domain/Vocabulary.h"
#include "core/query/FacetDefinitions.h"

#include <QCoreApplication>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
};

// "Ethiopia", "Ethiopia and Uganda", "Ethiopia, Kenya and Uganda"; more
// than three are counted ("5 countries") by the caller's word.
QString listed(const QStringList &names, const QString &many)
{
    if (names.size() > 3)
        return many.arg(names.size());
    if (names.size() <= 1)
        return names.value(0);
    return QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", ")) +
           Tr::tr(" and ") + names.constLast();
}

// " with providers in Ethiopia", " with any provider": whole phrases for
// each role, since other languages do not make the plural of a role, or
// agree its words, the English way.
QString rolePhrase(const QString &role, const QString &where)
{
    struct Phrases
    {
        const char *role;
        QString in;
        QString any;
    };
    const Phrases phrases[] = {
        {"provider", Tr::tr(" with providers in %1"), Tr::tr(" with any provider")},
        {"recipient", Tr::tr(" with recipients in %1"), Tr::tr(" with any recipient")},
        {"facilitator", Tr::tr(" with facilitators in %1"), Tr::tr(" with any facilitator")},
        {"host", Tr::tr(" hosted in %1"), Tr::tr(" with any host")},
        {"participant", Tr::tr(" with participants in %1"), Tr::tr(" with any participant")},
    };
    for (const Phrases &p : phrases) {
        if (role == QLatin1String(p.role))
            return where.isEmpty() ? p.any : p.in.arg(where);
    }
    const QString label = Vocabulary::label(Vocabulary::Kind::CountryRole, role).toLower();
    return where.isEmpty() ? Tr::tr(" with any %1").arg(label)
                           : Tr::tr(" with %1s in %2").arg(label, where);
}

} // namespace

QString ReportBuilder::titleFor(const CatalogueFilter &f,
                                const std::function<QString(Facet, const QString &)> &nameOf)
{
    if (f.isEmpty())
        return defaultTitle();
    auto names = [&](Facet facet) {
        QStringList out;
        for (const QString &v : f.values(facet))
            out << nameOf(facet, v);
        return out;
    };
    // What: the programme areas, else initiatives in general.
    const QStringList areas = names(Facet::ProgrammeArea);
    QString title = areas.isEmpty()
                        ? Tr::tr("Initiatives")
                        : Tr::tr("%1 initiatives").arg(listed(areas, Tr::tr("%1 programme areas")));
    // Where, and in which role.
    const QStringList places = names(Facet::Region) + names(Facet::Country);
    const QString where = listed(places, Tr::tr("%1 countries and regions"));
    if (!f.countryRole.isEmpty())
        title += rolePhrase(f.countryRole, places.isEmpty() ? QString() : where);
    else if (!places.isEmpty())
        title += Tr::tr(" in %1").arg(where);
    // With whom, paid by whom, towards what.
    if (const QStringList partners = names(Facet::Partner); !partners.isEmpty())
        title += Tr::tr(" with %1").arg(listed(partners, Tr::tr("%1 partners")));
    if (const QStringList funds = names(Facet::FundingSource); !funds.isEmpty())
        title += Tr::tr(" funded by %1").arg(listed(funds, Tr::tr("%1 sources")));
    if (!f.sdgGoals.isEmpty()) {
        QStringList goals;
        for (int g : f.sdgGoals)
            goals << QString::number(g);
        title += Tr::tr(" for SDG %1").arg(listed(goals, Tr::tr("%1 goals")));
    }
    // How: the other facets' values in brackets.
    QStringList how;
    for (Facet facet : {Facet::Modality, Facet::ActivityType, Facet::Status})
        how += names(facet);
    if (!how.isEmpty())
        title += QStringLiteral(" (%1)").arg(how.join(QStringLiteral(", ")));
    if (const QString text = f.text.trimmed(); !text.isEmpty())
        title += Tr::tr(" matching \u201c%1\u201d").arg(text);
    // When.
    if (f.fromYear && f.toYear)
        title += *f.fromYear == *f.toYear
                     ? QStringLiteral(", %1").arg(*f.fromYear)
                     : QStringLiteral(", %1\u2013%2").arg(*f.fromYear).arg(*f.toYear);
    else if (f.fromYear)
        title += Tr::tr(", from %1").arg(*f.fromYear);
    else if (f.toYear)
        title += Tr::tr(", until %1").arg(*f.toYear);
    return title;
}

} // namespace ssc
