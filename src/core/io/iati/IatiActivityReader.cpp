#include "core/io/iati/IatiActivityReader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace ssc {

IatiActivityReader::IatiActivityReader(QIODevice *device, QString fileName)
    : m_in(device), m_fileName(std::move(fileName))
{
    // Prefixes are resolved here rather than by the reader: an extension
    // with an undeclared prefix is then skipped instead of ending the file.
    m_xml.setNamespaceProcessing(false);
}

QString IatiActivityReader::attribute(const char *name) const
{
    return m_xml.attributes().value(QLatin1String(name)).toString().trimmed();
}

void IatiActivityReader::learnPrefixes()
{
    for (const QXmlStreamAttribute &a : m_xml.attributes()) {
        const QStringView name = a.qualifiedName();
        if (name.startsWith(QLatin1String("xmlns:"))) {
            m_prefixes.insert(name.mid(6).toString(), a.value().toString());
            if (a.value() == catalogueNamespace())
                m_cataloguePrefix = name.mid(6).toString() + QLatin1Char(':');
        }
    }
}

QString IatiActivityReader::catalogueAttribute(const char *localName) const
{
    if (m_cataloguePrefix.isEmpty())
        return {};
    return m_xml.attributes().value(m_cataloguePrefix + QLatin1String(localName)).toString();
}

QString IatiActivityReader::catalogueName(IatiActivity &a, const QString &qualifiedName)
{
    const qsizetype colon = qualifiedName.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {};
    const QString prefix = qualifiedName.left(colon);
    const auto it = m_prefixes.constFind(prefix);
    if (it != m_prefixes.cend() && *it == catalogueNamespace())
        return qualifiedName.mid(colon + 1);
    const QString note =
        it == m_prefixes.cend()
            ? QCoreApplication::translate(
                  "IatiActivityReader",
                  "element %1 uses the undeclared namespace prefix \"%2\"; skipped")
                  .arg(qualifiedName, prefix)
            : QCoreApplication::translate("IatiActivityReader",
                                          "extension elements of namespace %1 are not read")
                  .arg(*it);
    if (!a.notes.contains(note))
        a.notes << note;
    return {};
}

bool IatiActivityReader::next(IatiActivity &activity)
{
    while (!m_in.atEnd()) {
        if (m_in.readNext() != QXmlStreamReader::StartElement)
            continue;
        learnPrefixes();
        const QStringView name = m_xml.qualifiedName();
        if (name == QLatin1String("iati-activities")) {
            m_fileVersion = attribute("version");
            m_generated = attribute("generated-datetime");
            m_fileLanguage = attribute("xml:lang");
            m_fileCurrency = attribute("default-currency");
            continue;
        }
        if (name != QLatin1String("iati-activity")) {
            m_in.skipCurrentElement();
            continue;
        }
        activity = IatiActivity();
        activity.line = m_xml.lineNumber();
        readActivity(activity);
        if (!m_xml.hasError())
            return true;
    }
    if (m_xml.error() == QXmlStreamReader::CustomError) {
        // A bound of BoundedXmlReader or a field too long: well-formed,
        // but refused.
        m_error = QCoreApplication::translate("IatiActivityReader", "%1, line %2: %3")
                      .arg(m_fileName)
                      .arg(m_in.errorLine())
                      .arg(m_xml.errorString());
    } else if (m_xml.hasError()) {
        m_error = QCoreApplication::translate("IatiActivityReader",
                                              "%1 is not well-formed XML: line %2, column %3: %4")
                      .arg(m_fileName)
                      .arg(m_in.errorLine())
                      .arg(m_in.errorColumn())
                      .arg(m_xml.errorString());
    }
    return false;
}

void IatiActivityReader::readActivity(IatiActivity &a)
{
    a.version = attribute("version");
    if (a.version.isEmpty())
        a.version = m_fileVersion;
    else if (m_fileVersion.isEmpty())
        a.notes << QCoreApplication::translate(
                       "IatiActivityReader",
                       "version %1 is given on the activity only, not on iati-activities")
                       .arg(a.version);
    a.defaultLanguage = attribute("xml:lang");
    if (a.defaultLanguage.isEmpty())
        a.defaultLanguage = m_fileLanguage;
    a.defaultCurrency = attribute("default-currency");
    if (a.defaultCurrency.isEmpty())
        a.defaultCurrency = m_fileCurrency;

    while (m_in.readNextStartElement()) {
        learnPrefixes();
        const QString name = m_xml.qualifiedName().toString();
        if (name == QLatin1String("iati-identifier")) {
            a.identifier = text(a, name, true).trimmed();
        } else if (name == QLatin1String("reporting-org")) {
            a.reportingOrg = readOrg(a, name);
        } else if (name == QLatin1String("title")) {
            for (auto &n : readNarratives(a, name))
                a.title.push_back(std::move(n));
        } else if (name == QLatin1String("description")) {
            IatiActivity::Description d{attribute("type"), {}};
            d.narratives = readNarratives(a, name);
            a.descriptions.push_back(std::move(d));
        } else if (name == QLatin1String("participating-org")) {
            a.participants.push_back(readOrg(a, name));
        } else if (name == QLatin1String("activity-status")) {
            a.status = attribute("code");
            m_in.skipCurrentElement();
        } else if (name == QLatin1String("activity-date")) {
            IatiActivity::Date d{attribute("type"), attribute("iso-date"),
                                 catalogueAttribute("date")};
            const QString dateText = text(a, name, false);
            if (d.isoDate.isEmpty()) // 1.0x may give the date as text
                d.isoDate = dateText.trimmed();
            a.dates.push_back(std::move(d));
        } else if (name == QLatin1String("recipient-country") ||
                   name == QLatin1String("recipient-region")) {
            IatiActivity::Share s{attribute("code"),
                                  m_xml.attributes().value(QLatin1String("percentage")).toString()};
            (name == QLatin1String("recipient-country") ? a.recipientCountries : a.recipientRegions)
                .push_back(std::move(s));
            m_in.skipCurrentElement();
        } else if (name == QLatin1String("sector")) {
            a.sectors.push_back({attribute("vocabulary"), attribute("vocabulary-uri"),
                                 attribute("code"),
                                 m_xml.attributes().value(QLatin1String("percentage")).toString()});
            m_in.skipCurrentElement();
        } else if (name == QLatin1String("tag")) {
            a.tags.push_back({attribute("vocabulary"), attribute("code")});
            m_in.skipCurrentElement();
        } else if (name == QLatin1String("collaboration-type")) {
            a.collaborationType = attribute("code");
            m_in.skipCurrentElement();
        } else if (name == QLatin1String("budget")) {
            IatiActivity::Budget b;
            b.type = attribute("type");
            while (m_in.readNextStartElement()) {
                if (m_xml.qualifiedName() == QLatin1String("period-start")) {
                    b.periodStart = attribute("iso-date");
                    m_in.skipCurrentElement();
                } else if (m_xml.qualifiedName() == QLatin1String("value")) {
                    b.value = readValue(a, name + QLatin1String("/value"));
                } else {
                    m_in.skipCurrentElement();
                }
            }
            a.budgets.push_back(std::move(b));
        } else if (name == QLatin1String("transaction")) {
            IatiActivity::Transaction t;
            while (m_in.readNextStartElement()) {
                const QStringView child = m_xml.qualifiedName();
                if (child == QLatin1String("transaction-type")) {
                    t.type = attribute("code");
                    m_in.skipCurrentElement();
                } else if (child == QLatin1String("transaction-date")) {
                    t.date = attribute("iso-date");
                    m_in.skipCurrentElement();
                } else if (child == QLatin1String("value")) {
                    t.value = readValue(a, name + QLatin1String("/value"));
                } else if (child == QLatin1String("provider-org")) {
                    t.provider = readOrg(a, name + QLatin1String("/provider-org"));
                } else {
                    m_in.skipCurrentElement();
                }
            }
            a.transactions.push_back(std::move(t));
        } else if (const QString own = catalogueName(a, name); !own.isEmpty()) {
            readCatalogueElement(a, own);
        } else {
            m_in.skipCurrentElement();
        }
    }
}

void IatiActivityReader::readCatalogueElement(IatiActivity &a, const QString &name)
{
    IatiActivity::CatalogueFields &c = a.catalogue;
    c.present = true;
    auto optionalNumber = [this](const char *attr) -> std::optional<double> {
        bool ok = false;
        const double v = catalogueAttribute(attr).toDouble(&ok);
        return ok ? std::optional<double>(v) : std::nullopt;
    };
    if (name == QLatin1String("summary")) {
        const QString lang = attribute("xml:lang");
        c.summaries.push_back({lang, text(a, m_cataloguePrefix + name, false)});
    } else if (name == QLatin1String("results")) {
        c.results = text(a, m_cataloguePrefix + name, false);
    } else if (name == QLatin1String("modality")) {
        c.modalities << catalogueAttribute("code");
        m_in.skipCurrentElement();
    } else if (name == QLatin1String("activity-type")) {
        c.activityType = catalogueAttribute("code");
        m_in.skipCurrentElement();
    } else if (name == QLatin1String("country")) {
        c.countries.push_back(
            {catalogueAttribute("code"), catalogueAttribute("role"), optionalNumber("percentage")});
        m_in.skipCurrentElement();
    } else if (name == QLatin1String("funding")) {
        FundingRecord f;
        f.source = catalogueAttribute("source");
        f.amount = optionalNumber("amount");
        f.currency = catalogueAttribute("currency");
        if (const auto year = optionalNumber("year"))
            f.year = int(*year);
        c.funding.push_back(std::move(f));
        m_in.skipCurrentElement();
    } else if (name == QLatin1String("organisation")) {
        c.organisations.push_back(
            {catalogueAttribute("id"), catalogueAttribute("name"), catalogueAttribute("acronym"),
             catalogueAttribute("type"), catalogueAttribute("country"),
             catalogueAttribute("sources").split(QLatin1Char(' '), Qt::SkipEmptyParts)});
        m_in.skipCurrentElement();
    } else if (name == QLatin1String("source")) {
        c.sources.push_back({catalogueAttribute("id"), catalogueAttribute("title"),
                             catalogueAttribute("url"), catalogueAttribute("date"),
                             catalogueAttribute("publisher"), catalogueAttribute("file")});
        m_in.skipCurrentElement();
    } else if (name == QLatin1String("record")) {
        c.cited = catalogueAttribute("sources").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        m_in.skipCurrentElement();
    } else {
        a.notes << QCoreApplication::translate("IatiActivityReader",
                                               "unknown catalogue element %1; skipped")
                       .arg(name);
        m_in.skipCurrentElement();
    }
}

QString IatiActivityReader::text(IatiActivity &a, const QString &field, bool includeChildren)
{
    std::optional<QString> text = m_in.readElementText(includeChildren);
    if (!text) {
        tooLong(a, field);
        return {};
    }
    return std::move(*text);
}

void IatiActivityReader::tooLong(IatiActivity &a, const QString &field)
{
    const QString activity =
        a.identifier.isEmpty()
            ? QCoreApplication::translate("IatiActivityReader", "the activity at line %1")
                  .arg(a.line)
            : QCoreApplication::translate("IatiActivityReader", "activity %1").arg(a.identifier);
    m_in.raiseError(QCoreApplication::translate(
                        "IatiActivityReader",
                        "%1: the text of <%2> is longer than %3 characters, the most one field "
                        "may hold")
                        .arg(activity, field)
                        .arg(BoundedXmlReader::kMaxTextChars));
}

std::vector<IatiActivity::Narrative> IatiActivityReader::readNarratives(IatiActivity &a,
                                                                        const QString &field)
{
    // 2.0x: <narrative xml:lang="..">; 1.0x: the element's own text, one
    // element per language.
    std::vector<IatiActivity::Narrative> list;
    const QString ownLanguage = attribute("xml:lang");
    QString ownText;
    while (!m_in.atEnd()) {
        const auto token = m_in.readNext();
        if (token == QXmlStreamReader::EndElement)
            break;
        if (token == QXmlStreamReader::Characters) {
            if (ownText.size() + m_xml.text().size() > BoundedXmlReader::kMaxTextChars) {
                tooLong(a, field);
                return {};
            }
            ownText += m_xml.text();
        } else if (token == QXmlStreamReader::StartElement) {
            if (m_xml.qualifiedName() == QLatin1String("narrative")) {
                const QString lang = attribute("xml:lang");
                const QString narrative = text(a, field, true).trimmed();
                if (!narrative.isEmpty())
                    list.push_back({lang, narrative});
            } else {
                m_in.skipCurrentElement();
            }
        }
    }
    ownText = ownText.trimmed();
    if (list.empty() && !ownText.isEmpty())
        list.push_back({ownLanguage, ownText});
    return list;
}

IatiActivity::Org IatiActivityReader::readOrg(IatiActivity &a, const QString &field)
{
    IatiActivity::Org o;
    o.ref = attribute("ref");
    o.type = attribute("type");
    o.role = attribute("role");
    o.catalogueRole = catalogueAttribute("role");
    o.names = readNarratives(a, field);
    return o;
}

IatiActivity::Value IatiActivityReader::readValue(IatiActivity &a, const QString &field)
{
    IatiActivity::Value v;
    v.currency = attribute("currency");
    v.valueDate = attribute("value-date");
    v.amount = text(a, field, false);
    return v;
}

} // namespace ssc
