#pragma once

// Shared by the parts of IatiMapping (IatiMapping.cpp,
// IatiSectorsAndFunding.cpp); not a public interface.

#include "core/domain/CatalogueValidator.h"
#include "core/domain/ReferenceData.h"
#include "core/io/format/ImportTypes.h"
#include "core/io/iati/IatiActivity.h"
#include "core/io/iati/IatiCodelists.h"
#include "core/io/iati/IatiMapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace ssc::iatimap {

using Narratives = std::vector<IatiActivity::Narrative>;

inline QString languageOf(const IatiActivity::Narrative &n, const QString &fallback)
{
    return (n.language.isEmpty() ? fallback : n.language).toLower();
}

// English, else the first.
inline const IatiActivity::Narrative *preferred(const Narratives &list,
                                                const QString &defaultLanguage)
{
    for (const auto &n : list) {
        if (languageOf(n, defaultLanguage) == QLatin1String("en"))
            return &n;
    }
    return list.empty() ? nullptr : &list.front();
}

// The text in this language, else the preferred one.
inline QString textIn(const Narratives &list, const QString &lang, const QString &defaultLanguage)
{
    for (const auto &n : list) {
        if (languageOf(n, defaultLanguage) == lang)
            return n.text;
    }
    const auto *p = preferred(list, defaultLanguage);
    return p ? p->text : QString();
}

inline bool isLanguageCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}$"));
    return pattern.match(code).hasMatch();
}

// The record being built, with its warnings.
struct Draft
{
    ImportedRecord record;
    QSet<QString> organisations;

    void warn(const QString &text)
    {
        if (!record.warnings.contains(text))
            record.warnings << text;
    }
};

// A number as IATI files write it: "1000", " 1 000 ", ".6". Warns about
// anything but the plain form; nullopt when it is not a number.
inline std::optional<double> number(Draft &d, const QString &written, const QString &what)
{
    QString text = written.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QString compact;
    compact.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            compact += c;
    }
    bool ok = false;
    const double value = compact.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        d.warn(QCoreApplication::translate("IatiMapping", "%1 \"%2\" is not a number; left out")
                   .arg(what, written));
        return std::nullopt;
    }
    if (compact != text)
        d.warn(QCoreApplication::translate("IatiMapping", "%1 \"%2\" has spaces inside; read as %3")
                   .arg(what, written, compact));
    else if (text.startsWith(QLatin1Char('.')))
        d.warn(
            QCoreApplication::translate("IatiMapping", "%1 \"%2\" has no leading digit; read as %3")
                .arg(what, written, QString::number(value)));
    return value;
}

inline std::optional<int> yearOfDate(const QString &date)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})"));
    const auto m = pattern.match(date.trimmed());
    return m.hasMatch() ? std::optional<int>(m.captured(1).toInt()) : std::nullopt;
}

inline void checkShares(Draft &d, const std::vector<double> &shares, const QString &what)
{
    if (shares.empty())
        return;
    double total = 0;
    for (double s : shares)
        total += s;
    if (std::abs(total - 100.0) > 0.01)
        d.warn(QCoreApplication::translate("IatiMapping", "%1 percentages add up to %2, not 100")
                   .arg(what, QString::number(total)));
}

// Organisations: the record's list, with ids made from refs or names.
class Organisations
{
public:
    Organisations(Draft &draft, const IatiActivity &a, const Source &source)
        : m_draft(draft), m_activity(a), m_source(source)
    {
        for (const Organisation &o : a.catalogue.organisations)
            m_given.insert(o.id, o);
    }

    // The id of this organisation, adding it to the record; empty when it
    // has neither a usable ref nor a name.
    QString add(const IatiActivity::Org &org, const QString &element)
    {
        const QString ref = org.ref.trimmed();
        const auto *name = preferred(org.names, m_activity.defaultLanguage);
        QString id;
        if (!ref.isEmpty() && CatalogueValidator::isValidKey(ref, true)) {
            id = ref;
        } else if (!ref.isEmpty()) {
            id = ref;
            id.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._:/-]+")),
                       QStringLiteral("-"));
            m_draft.warn(QCoreApplication::translate(
                             "IatiMapping",
                             "%1 ref \"%2\" has characters an identifier cannot hold; read as "
                             "\"%3\"")
                             .arg(element, ref, id));
        } else if (name && !Importer::organisationIdForName(name->text).isEmpty()) {
            id = Importer::organisationIdForName(name->text);
        } else {
            m_draft.warn(QCoreApplication::translate("IatiMapping",
                                                     "%1 has neither a ref nor a name; left out")
                             .arg(element));
            return {};
        }
        if (m_draft.organisations.contains(id))
            return id;
        m_draft.organisations.insert(id);
        if (const auto it = m_given.constFind(id); it != m_given.cend()) {
            m_draft.record.organisations.push_back(*it);
            return id;
        }
        Organisation o;
        o.id = id;
        o.name = name ? name->text : ref;
        o.sources = {m_source.id};
        if (!org.type.isEmpty()) {
            if (IatiCodelists::instance().status(QStringLiteral("OrganisationType"), org.type) ==
                IatiCodelists::Status::Unknown)
                m_draft.warn(
                    QCoreApplication::translate(
                        "IatiMapping", "%1 \"%2\" has the unknown organisation type \"%3\"")
                        .arg(element, o.name, org.type));
            o.type = IatiMapping::organisationType(org.type);
        }
        // A government's identifier starts with its country's code (GB-GOV-1).
        const QString prefix = ref.section(QLatin1Char('-'), 0, 0).toUpper();
        if (o.type == QLatin1String("government") && prefix.size() == 2 &&
            ReferenceData::instance().country(prefix))
            o.country = prefix;
        m_draft.record.organisations.push_back(std::move(o));
        return id;
    }

    const Organisation *find(const QString &id) const
    {
        for (const Organisation &o : m_draft.record.organisations) {
            if (o.id == id)
                return &o;
        }
        return nullptr;
    }

private:
    Draft &m_draft;
    const IatiActivity &m_activity;
    const Source &m_source;
    QHash<QString, Organisation> m_given;
};

void mapTexts(Draft &d, const IatiActivity &a);
void mapStatusAndDates(Draft &d, const IatiActivity &a);
void mapOrganisations(Draft &d, const IatiActivity &a, Organisations &orgs);
void mapCountries(Draft &d, const IatiActivity &a, const Organisations &orgs);
void mapSectorsAndTags(Draft &d, const IatiActivity &a);
void mapFunding(Draft &d, const IatiActivity &a, Organisations &orgs);

} // namespace ssc::iatimap
