#pragma once

#include <QHash>
#include <QString>

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

private:
    IatiCodelists();
    struct Item
    {
        QString name;
        bool withdrawn = false;
    };
    QHash<QString, Item> m_items; // "list/code"
};

} // namespace ssc
