#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace ssc {

// The IATI codelists the importer checks codes against (data/
// iati-codelists.csv, converted from the IATI-Codelists repository).
class IatiCodelists
{
public:
    enum class Status
    {
        Unknown,
        Active,
        Withdrawn,
    };

    static const IatiCodelists &instance();
    // list is the codelist's name, such as "Country" or "OrganisationType".
    Status status(const QString &list, const QString &code) const;
    bool contains(const QString &list, const QString &code) const
    {
        return status(list, code) == Status::Active;
    }
    QString name(const QString &list, const QString &code) const;
    // The list's codes still in use, in the codelist's order.
    QStringList activeCodes(const QString &list) const { return m_active.value(list); }

private:
    IatiCodelists();
    struct Item
    {
        QString name;
        bool withdrawn = false;
    };
    QHash<QString, Item> m_items;         // "list/code"
    QHash<QString, QStringList> m_active; // list -> codes not withdrawn
};

} // namespace ssc
