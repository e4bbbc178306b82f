#include "core/catalogue/InitiativeMerge.h"

#include "core/domain/InitiativeLabels.h"
#include "core/domain/Vocabulary.h"

#include <QCoreApplication>

#include <algorithm>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InitiativeMerge)
};

using Field = InitiativeMerge::Field;
using Take = InitiativeMerge::Take;

// A field holding one value: the kept record's or the other's.
template <typename T>
Field single(const char *name, QString label, T Initiative::*member,
             std::function<QString(const T &)> text)
{
    Field f;
    f.name = QString::fromLatin1(name);
    f.label = std::move(label);
    f.text = [member, text](const Initiative &in) { return text(in.*member); };
    f.apply = [member](Initiative &merged, const Initiative &kept, const Initiative &other,
                       Take take) {
        merged.*member = take == Take::Other ? other.*member : kept.*member;
    };
    return f;
}

Field text(const char *name, QString label, QString Initiative::*member)
{
    return single<QString>(name, std::move(label), member, [](const QString &v) { return v; });
}

Field coded(const char *name, QString label, QString Initiative::*member, Vocabulary::Kind kind)
{
    return single<QString>(name, std::move(label), member, [kind](const QString &code) {
        return code.isEmpty() ? QString() : Vocabulary::label(kind, code);
    });
}

// Entries that say the same thing: a list holds each once. A country in a
// role, or a translation into a language, is one entry whatever its share
// or wording (the kept record's wins).
template <typename T> bool sameEntry(const T &a, const T &b)
{
    return a == b;
}
bool sameEntry(const CountryParticipation &a, const CountryParticipation &b)
{
    return a.code == b.code && a.role == b.role;
}
bool sameEntry(const Translation &a, const Translation &b)
{
    return a.field == b.field && a.language == b.language;
}

// A list: the kept record's, the other's, or both with each entry once (the
// kept record's first, in its order).
template <typename List>
Field list(const char *name, QString label, List Initiative::*member,
           std::function<QStringList(const List &)> lines)
{
    Field f;
    f.name = QString::fromLatin1(name);
    f.label = std::move(label);
    f.list = true;
    f.text = [member, lines](const Initiative &in) {
        return lines(in.*member).join(QLatin1Char('\n'));
    };
    f.apply = [member](Initiative &merged, const Initiative &kept, const Initiative &other,
                       Take take) {
        if (take == Take::Other) {
            merged.*member = other.*member;
            return;
        }
        merged.*member = kept.*member;
        if (take != Take::Both)
            return;
        for (const auto &entry : other.*member) {
            const auto &have = merged.*member;
            if (std::none_of(have.begin(), have.end(),
                             [&entry](const auto &h) { return sameEntry(h, entry); }))
                (merged.*member).push_back(entry);
        }
    };
    return f;
}

QStringList codes(const QStringList &values, Vocabulary::Kind kind)
{
    QStringList out;
    for (const QString &v : values)
        out << Vocabulary::label(kind, v);
    return out;
}

std::vector<Field> declare()
{
    return {
        text("title", Tr::tr("Title"), &Initiative::title),
        text("summary", Tr::tr("Summary"), &Initiative::summary),
        text("description", Tr::tr("Description"), &Initiative::description),
        coded("status", Tr::tr("Status"), &Initiative::status, Vocabulary::Kind::Status),
        text("start", Tr::tr("Start"), &Initiative::start),
        text("end", Tr::tr("End"), &Initiative::end),
        list<QStringList>(
            "modalities", Tr::tr("Modalities"), &Initiative::modalities,
            [](const QStringList &v) { return codes(v, Vocabulary::Kind::Modality); }),
        coded("activityType", Tr::tr("Activity type"), &Initiative::activityType,
              Vocabulary::Kind::ActivityType),
        list<std::vector<CountryParticipation>>(
            "countries", Tr::tr("Countries"), &Initiative::countries,
            [](const std::vector<CountryParticipation> &v) {
                InitiativeLabels labels;
                labels.describeCountries(v);
                return labels.countriesLabel().split(QStringLiteral("; "), Qt::SkipEmptyParts);
            }),
        list<QStringList>("programmeAreas", Tr::tr("Programme areas"), &Initiative::programmeAreas,
                          [](const QStringList &v) {
                              InitiativeLabels labels;
                              labels.describeAreas(v);
                              return labels.areasLabel().split(QStringLiteral("; "),
                                                               Qt::SkipEmptyParts);
                          }),
        list<std::vector<Partnership>>(
            "partners", Tr::tr("Partners"), &Initiative::partners,
            [](const std::vector<Partnership> &v) {
                QStringList out;
                for (const Partnership &p : v)
                    out << QStringLiteral("%1 (%2)").arg(
                        p.organisation, Vocabulary::label(Vocabulary::Kind::PartnerRole, p.role));
                return out;
            }),
        list<std::vector<FundingRecord>>("funding", Tr::tr("Funding"), &Initiative::funding,
                                         [](const std::vector<FundingRecord> &v) {
                                             QStringList out;
                                             for (const FundingRecord &f : v) {
                                                 InitiativeLabels labels;
                                                 labels.addFunding(f.source, f);
                                                 out << labels.fundingLabel();
                                             }
                                             return out;
                                         }),
        list<QStringList>("sdgs", Tr::tr("SDGs"), &Initiative::sdgs,
                          [](const QStringList &v) { return v; }),
        text("beneficiaries", Tr::tr("Beneficiaries"), &Initiative::beneficiaries),
        text("results", Tr::tr("Results"), &Initiative::results),
        list<QStringList>("sources", Tr::tr("Sources"), &Initiative::sources,
                          [](const QStringList &v) { return v; }),
        text("iatiIdentifier", Tr::tr("IATI identifier"), &Initiative::iatiIdentifier),
        single<bool>("triangular", Tr::tr("Triangular"), &Initiative::triangular,
                     [](const bool &v) { return v ? Tr::tr("yes") : Tr::tr("no"); }),
        text("language", Tr::tr("Language"), &Initiative::language),
        list<std::vector<Translation>>(
            "translations", Tr::tr("Translations"), &Initiative::translations,
            [](const std::vector<Translation> &v) {
                QStringList out;
                for (const Translation &t : v)
                    out << QStringLiteral("%1 (%2): %3").arg(t.field, t.language, t.text);
                return out;
            }),
    };
}

} // namespace

const std::vector<InitiativeMerge::Field> &InitiativeMerge::fields()
{
    static const std::vector<Field> all = declare();
    return all;
}

InitiativeMerge::Choices InitiativeMerge::defaults(const Initiative &kept, const Initiative &other)
{
    Choices choices;
    for (const Field &f : fields()) {
        if (f.list)
            choices[f.name] = Take::Both;
        else
            choices[f.name] =
                f.text(kept).isEmpty() && !f.text(other).isEmpty() ? Take::Other : Take::Kept;
    }
    return choices;
}

Initiative InitiativeMerge::merged(const Initiative &kept, const Initiative &other,
                                   const Choices &choices)
{
    const Choices fallback = defaults(kept, other);
    Initiative out = kept;
    for (const Field &f : fields()) {
        const auto chosen = choices.find(f.name);
        Take take = chosen != choices.end() ? chosen->second : fallback.at(f.name);
        if (take == Take::Both && !f.list)
            take = Take::Kept;
        f.apply(out, kept, other, take);
    }
    // The IATI identifier of a kept record whose key is its identifier is
    // its key; taking the other's then would give it two.
    if (out.iatiIdentifier == out.id)
        out.iatiIdentifier.clear();
    return out;
}

} // namespace ssc
