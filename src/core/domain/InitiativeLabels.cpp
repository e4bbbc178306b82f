#include "core/domain/InitiativeLabels.h"

#include "core/domain/ReferenceData.h"
#include "core/domain/ReferenceNames.h"
#include "core/domain/Vocabulary.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <functional>

namespace ssc {

namespace {

constexpr Vocabulary::Kind kRoleKinds[] = {Vocabulary::Kind::CountryRole,
                                           Vocabulary::Kind::PartnerRole};

// 1234567 -> "1,234,567", as the English locale writes it, without building
// number-formatting state for each of a million amounts.
QString groupedDigits(quint64 value)
{
    const QString digits = QString::number(value);
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += QLatin1Char(',');
        out += digits[i];
    }
    return out;
}

const QString kSeparator = QStringLiteral("; ");

bool english()
{
    return ReferenceNames::language().isEmpty();
}

// "Name (role)" with the name given by localName and the role translated.
QString localWithRole(const QString &part, Vocabulary::Kind kind,
                      const std::function<QString(const QString &)> &localName)
{
    QString name = part;
    QString role;
    if (part.endsWith(QLatin1Char(')'))) {
        const qsizetype open = part.lastIndexOf(QLatin1String(" ("));
        if (open > 0) {
            const QString code = Vocabulary::codeFor(kind, part.mid(open + 2).chopped(1));
            if (!code.isEmpty()) {
                name = part.left(open);
                role = Vocabulary::label(kind, code).toLower();
            }
        }
    }
    name = localName(name);
    return role.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, role);
}

// memo: remember each part's local form (names and roles repeat across a
// million rows; amounts do not, so funding passes none). Per thread, since
// the window and a report's worker both label rows.
QString eachPart(const QString &stored, const std::function<QString(const QString &)> &local,
                 QHash<QString, QString> *memo = nullptr)
{
    if (stored.isEmpty() || english())
        return stored;
    QStringList parts = stored.split(kSeparator);
    for (QString &p : parts) {
        if (!memo) {
            p = local(p);
            continue;
        }
        auto it = memo->constFind(p);
        if (it == memo->cend())
            it = memo->insert(p, local(p));
        p = *it;
    }
    return parts.join(kSeparator);
}

// The memo of one kind of label for this thread, emptied when the language
// changes (tests switch languages; the program sets one at start-up).
QHash<QString, QString> *memoFor(int kind)
{
    struct Memos
    {
        QString language;
        QHash<QString, QString> byKind[3];
    };
    thread_local Memos memos;
    if (memos.language != ReferenceNames::language()) {
        memos.language = ReferenceNames::language();
        for (auto &m : memos.byKind)
            m.clear();
    }
    // A bound on what a catalogue with very many partners could pile up.
    if (memos.byKind[kind].size() > 100000)
        memos.byKind[kind].clear();
    return &memos.byKind[kind];
}

} // namespace

QString InitiativeLabels::localCountries(const QString &stored)
{
    return eachPart(
        stored,
        [](const QString &part) {
            return localWithRole(part, Vocabulary::Kind::CountryRole, [](const QString &name) {
                const Country *c = ReferenceData::instance().findCountry(name);
                return c ? ReferenceNames::country(c->code) : name;
            });
        },
        memoFor(0));
}

QString InitiativeLabels::localAreas(const QString &stored)
{
    return eachPart(
        stored,
        [](const QString &name) {
            const ProgrammeArea *a = ReferenceData::instance().findProgrammeArea(name);
            return a ? ReferenceNames::programmeArea(a->id) : name;
        },
        memoFor(1));
}

QString InitiativeLabels::localPartners(const QString &stored)
{
    return eachPart(
        stored,
        [](const QString &part) {
            return localWithRole(part, Vocabulary::Kind::PartnerRole,
                                 [](const QString &name) { return name; });
        },
        memoFor(2));
}

QString InitiativeLabels::localFunding(const QString &stored)
{
    // "Source: USD 3,000,000 (2017)": the amount as addFunding wrote it.
    static const QRegularExpression amount(
        QStringLiteral("([A-Z]{3}) (-?[0-9][0-9,]*(?:\\.[0-9]+)?)(?= \\(|$)"));
    return eachPart(stored, [](const QString &part) {
        const QRegularExpressionMatch m = amount.match(part);
        if (!m.hasMatch())
            return part;
        bool ok = false;
        const double value = QLocale::c().toDouble(m.captured(2).remove(QLatin1Char(',')), &ok);
        if (!ok)
            return part;
        const bool whole = std::floor(value) == value;
        QString local = part;
        local.replace(m.capturedStart(2), m.capturedLength(2),
                      QLocale().toString(value, 'f', whole ? 0 : 2));
        return local;
    });
}

// kind: 0 for a country's role, 1 for a partner's.
QString InitiativeLabels::withRole(int kind, const QString &name, const QString &role)
{
    auto make = [&] {
        return QStringLiteral("%1 (%2)").arg(
            name, Vocabulary::englishLabel(kRoleKinds[kind], role).toLower());
    };
    const qsizetype slot = m_memo ? Vocabulary::codes(kRoleKinds[kind]).indexOf(role) : -1;
    if (slot < 0 || slot >= 8)
        return make();
    QString &label = m_memo->m_labels[size_t(kind)][name][size_t(slot)];
    if (label.isEmpty())
        label = make();
    return label;
}

void InitiativeLabels::describeCountries(const std::vector<CountryParticipation> &countries)
{
    const ReferenceData &ref = ReferenceData::instance();
    for (const CountryParticipation &c : countries) {
        const Country *country = ref.country(c.code);
        const QString &name = country ? country->name : c.code;
        m_countries << withRole(0, name, c.role);
        if (!m_countryNames.contains(name))
            m_countryNames << name;
    }
}

void InitiativeLabels::describeAreas(const QStringList &areaIds)
{
    const ReferenceData &ref = ReferenceData::instance();
    for (const QString &id : areaIds) {
        const ProgrammeArea *area = ref.programmeArea(id);
        m_areas << (area ? area->name : id);
    }
}

void InitiativeLabels::addPartner(const QString &displayName, const QString &searchName,
                                  const QString &role)
{
    m_partners << withRole(1, displayName, role);
    if (!searchName.isEmpty() && !m_partnerNames.contains(searchName))
        m_partnerNames << searchName;
}

QString InitiativeLabels::formatAmount(double amount, const QString &currency)
{
    const bool whole = std::floor(amount) == amount;
    if (whole && !std::signbit(amount) && amount < 1e15)
        return currency + QLatin1Char(' ') + groupedDigits(quint64(amount));
    // Made once: building a locale costs more than formatting with it.
    static const QLocale locale(QLocale::English);
    return QStringLiteral("%1 %2").arg(currency, locale.toString(amount, 'f', whole ? 0 : 2));
}

void InitiativeLabels::addFunding(const QString &sourceName, const FundingRecord &f)
{
    QString text = sourceName;
    if (f.amount)
        text += QStringLiteral(": ") + formatAmount(*f.amount, f.currency);
    if (f.year)
        text += QStringLiteral(" (%1)").arg(*f.year);
    m_funding << text;
}

} // namespace ssc
