#include "InitiativeText.h"

#include "core/domain/InitiativeLabels.h"
#include "core/domain/ReferenceData.h"
#include "core/domain/Vocabulary.h"
#include "core/storage/CatalogueStore.h"

#include <QCoreApplication>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

Result<QStringList> InitiativeText::lines(const CatalogueStore &store, const Initiative &in)
{
    const ReferenceData &ref = ReferenceData::instance();
    QStringList lines;
    auto field = [&lines](const QString &name, const QString &value) {
        if (!value.isEmpty())
            lines << QStringLiteral("%1: %2").arg(name, value);
    };
    lines << in.title << QString(in.title.size(), QLatin1Char('='));
    field(Tr::tr("ID"), in.id);
    field(Tr::tr("IATI identifier"), in.iatiIdentifier);
    field(Tr::tr("Status"), Vocabulary::label(Vocabulary::Kind::Status, in.status));
    field(Tr::tr("Activity type"),
          Vocabulary::label(Vocabulary::Kind::ActivityType, in.activityType));
    field(Tr::tr("Start"), in.start);
    field(Tr::tr("End"), in.end);
    QStringList modalities;
    for (const QString &m : in.modalities)
        modalities << Vocabulary::label(Vocabulary::Kind::Modality, m);
    field(Tr::tr("Modalities"), modalities.join(QStringLiteral(", ")));
    for (const QString &role : Vocabulary::codes(Vocabulary::Kind::CountryRole)) {
        QStringList names;
        for (const CountryParticipation &cp : in.countries) {
            if (cp.role == role) {
                const Country *country = ref.country(cp.code);
                names << QStringLiteral("%1 (%2)").arg(country ? country->name : cp.code, cp.code);
            }
        }
        field(Vocabulary::label(Vocabulary::Kind::CountryRole, role),
              names.join(QStringLiteral(", ")));
    }
    QStringList areas;
    for (const QString &a : in.programmeAreas) {
        const ProgrammeArea *area = ref.programmeArea(a);
        areas << (area ? area->name : a);
    }
    field(Tr::tr("Programme areas"), areas.join(QStringLiteral("; ")));
    for (const Partnership &p : in.partners) {
        const auto org = store.organisation(p.organisation);
        field(Tr::tr("Partner"),
              QStringLiteral("%1 (%2)").arg(
                  org ? org->name + (org->acronym.isEmpty() ? QString()
                                                            : QStringLiteral(", ") + org->acronym)
                      : p.organisation,
                  Vocabulary::label(Vocabulary::Kind::PartnerRole, p.role)));
    }
    for (const FundingRecord &f : in.funding) {
        const auto org = store.organisation(f.source);
        QString text = org ? org->displayName() : f.source;
        if (f.amount)
            text += QStringLiteral(": ") + InitiativeLabels::formatAmount(*f.amount, f.currency);
        if (f.year)
            text += QStringLiteral(" (%1)").arg(*f.year);
        field(Tr::tr("Funding"), text);
    }
    field(Tr::tr("SDGs"), in.sdgs.join(QStringLiteral(", ")));
    field(Tr::tr("Beneficiaries"), in.beneficiaries);
    field(Tr::tr("Results"), in.results);
    field(Tr::tr("Summary"), in.summary);
    field(Tr::tr("Description"), in.description);
    const auto sources = store.sources();
    if (!sources.ok())
        return sources.error();
    for (const Source &src : *sources) {
        if (!in.sources.contains(src.id))
            continue;
        QStringList parts{src.title};
        if (!src.publisher.isEmpty())
            parts << src.publisher;
        if (!src.date.isEmpty())
            parts << src.date;
        if (!src.url.isEmpty())
            parts << src.url;
        field(Tr::tr("Source"),
              QStringLiteral("[%1] %2").arg(src.id, parts.join(QStringLiteral(", "))));
    }
    return lines;
}

} // namespace ssc
