#pragma once

#include "core/domain/Initiative.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ssc {

// An iati-activity element as written, before any mapping: codes, numbers
// and dates are kept as the text found so that the mapping can say what was
// wrong with them. Versions 1.0x and 2.0x read into the same form.
struct IatiActivity
{
    struct Narrative
    {
        QString language; // empty: the activity's default language
        QString text;
    };
    struct Org
    {
        QString ref;
        QString type;
        QString role;
        std::vector<Narrative> names;
        QString catalogueRole; // ssc:role, written by this program
    };
    struct Description
    {
        QString type;
        std::vector<Narrative> narratives;
    };
    struct Date
    {
        QString type; // "1".."4" or the 1.0x names such as "start-actual"
        QString isoDate;
        QString catalogueDate; // ssc:date: the date as precise as the catalogue has it
    };
    struct Share
    {
        QString code;
        QString percentage; // as written, may be empty
    };
    struct Sector
    {
        QString vocabulary;
        QString vocabularyUri;
        QString code;
        QString percentage;
    };
    struct Tag
    {
        QString vocabulary;
        QString code;
    };
    struct Value
    {
        QString amount; // as written
        QString currency;
        QString valueDate;
    };
    struct Budget
    {
        QString type; // 1 original, 2 revised
        QString periodStart;
        Value value;
    };
    struct Transaction
    {
        QString type;
        QString date;
        Value value;
        Org provider;
    };
    // What this program writes in its own namespace for fields IATI has no
    // place for; when present it is taken as the record's own.
    struct CatalogueFields
    {
        bool present = false;
        // The record's own summary has no xml:lang; its translations have.
        std::vector<Narrative> summaries;
        QString results;
        QStringList modalities;
        QString activityType;
        std::vector<CountryParticipation> countries;
        std::vector<FundingRecord> funding;
        std::vector<Organisation> organisations;
        std::vector<Source> sources;
        QStringList cited; // the record's own sources, in order
    };

    qint64 line = 0;
    QString version;
    QString defaultLanguage;
    QString defaultCurrency;
    QString identifier;
    Org reportingOrg;
    std::vector<Narrative> title;
    std::vector<Description> descriptions;
    std::vector<Org> participants;
    QString status;
    std::vector<Date> dates;
    std::vector<Share> recipientCountries;
    std::vector<Share> recipientRegions;
    std::vector<Sector> sectors;
    std::vector<Tag> tags;
    QString collaborationType;
    std::vector<Budget> budgets;
    std::vector<Transaction> transactions;
    CatalogueFields catalogue;
    QStringList notes; // what reading found untidy (extension namespaces...)
};

// The namespace of this program's own elements and attributes in IATI files.
inline QString catalogueNamespace()
{
    return QStringLiteral("urn:x-ssc-catalogue:iati:1");
}

} // namespace ssc
