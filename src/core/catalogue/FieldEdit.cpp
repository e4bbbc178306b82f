#include "core/catalogue/FieldEdit.h"

#include <QCoreApplication>

#include <functional>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FieldEdit)
};

using Op = FieldEdit::Op;

// A field that holds one value: --set only (an empty value clears it).
struct TextField
{
    const char *name;
    QString Initiative::*member;
};

constexpr TextField kTextFields[] = {
    {"title", &Initiative::title},
    {"summary", &Initiative::summary},
    {"description", &Initiative::description},
    {"status", &Initiative::status},
    {"start", &Initiative::start},
    {"end", &Initiative::end},
    {"activity-type", &Initiative::activityType},
    {"beneficiaries", &Initiative::beneficiaries},
    {"results", &Initiative::results},
    {"language", &Initiative::language},
};

// A field that holds a list of plain values.
struct ListField
{
    const char *name;
    QStringList Initiative::*member;
};

constexpr ListField kListFields[] = {
    {"modality", &Initiative::modalities},
    {"area", &Initiative::programmeAreas},
    {"sdg", &Initiative::sdgs},
    {"source", &Initiative::sources},
};

// "CODE:ROLE" for countries and partners.
Result<std::pair<QString, QString>> pairOf(const FieldEdit &e, const char *what)
{
    const int colon = e.value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == e.value.size() - 1)
        return Error{Tr::tr("%1=%2: expected %3:ROLE, for example %4")
                         .arg(e.field, e.value, QString::fromLatin1(what),
                              e.field == QLatin1String("country")
                                  ? QStringLiteral("ET:recipient")
                                  : QStringLiteral("unicef:implementer"))};
    return std::pair{e.value.left(colon).trimmed(), e.value.mid(colon + 1).trimmed()};
}

// Adds, removes or sets (the whole list becomes this one) an item.
template <typename T>
Status editList(std::vector<T> &list, const T &item, Op op, const FieldEdit &e)
{
    auto at = std::find(list.begin(), list.end(), item);
    switch (op) {
    case Op::Set:
        list = {item};
        break;
    case Op::Add:
        if (at == list.end())
            list.push_back(item);
        break;
    case Op::Remove:
        if (at == list.end())
            return Error{Tr::tr("%1=%2: the initiative does not have it").arg(e.field, e.value)};
        list.erase(at);
        break;
    }
    return success();
}

} // namespace

QStringList FieldEdit::fieldNames()
{
    QStringList names;
    for (const TextField &f : kTextFields)
        names << QString::fromLatin1(f.name);
    for (const ListField &f : kListFields)
        names << QString::fromLatin1(f.name);
    names << QStringLiteral("country") << QStringLiteral("partner");
    return names;
}

Result<FieldEdit> FieldEdit::parse(Op op, const QString &argument)
{
    const int equals = argument.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return Error{
            Tr::tr("\"%1\": expected FIELD=VALUE, for example status=completed").arg(argument)};
    FieldEdit e{op, argument.left(equals).trimmed().toLower(), argument.mid(equals + 1).trimmed()};
    if (!fieldNames().contains(e.field))
        return Error{Tr::tr("\"%1\" is not a field that can be edited; expected one of: %2")
                         .arg(e.field, fieldNames().join(QStringLiteral(", ")))};
    return e;
}

Status FieldEdit::applyTo(Initiative &in) const
{
    for (const TextField &f : kTextFields) {
        if (field != QLatin1String(f.name))
            continue;
        if (op != Op::Set)
            return Error{Tr::tr("%1 holds one value: use --set %1=VALUE (an empty value clears it)")
                             .arg(field)};
        in.*f.member = value;
        return success();
    }
    for (const ListField &f : kListFields) {
        if (field != QLatin1String(f.name))
            continue;
        if (op == Op::Set && value.isEmpty()) {
            (in.*f.member).clear();
            return success();
        }
        std::vector<QString> list((in.*f.member).begin(), (in.*f.member).end());
        if (Status s = editList(list, value, op, *this); !s)
            return s;
        in.*f.member = QStringList(list.begin(), list.end());
        return success();
    }
    if (field == QLatin1String("country")) {
        auto pair = pairOf(*this, "COUNTRY");
        if (!pair.ok())
            return pair.error();
        CountryParticipation c{pair->first.toUpper(), pair->second.toLower(), std::nullopt};
        // A country removed or set keeps its share out of the comparison.
        if (op == Op::Remove) {
            for (const CountryParticipation &have : in.countries)
                if (have.code == c.code && have.role == c.role)
                    c.percentage = have.percentage;
        }
        return editList(in.countries, c, op, *this);
    }
    auto pair = pairOf(*this, "ORGANISATION");
    if (!pair.ok())
        return pair.error();
    return editList(in.partners, Partnership{pair->first, pair->second.toLower()}, op, *this);
}

} // namespace ssc
