#include "InitiativeDetailsView.h"

#include "core/domain/InitiativeLabels.h"
#include "core/domain/ReferenceData.h"
#include "core/domain/ReferenceNames.h"
#include "core/domain/Vocabulary.h"
#include "core/storage/CatalogueStore.h"

#include <QContextMenuEvent>
#include <QDate>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

namespace ssc {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A record's date as the language writes it: "2019-03" as "March 2019"
// ("mars 2019", "2019年3月"), a whole date as the locale's long date without
// its weekday; a year, or anything unexpected, as written.
QString localDate(const QString &date)
{
    const QLocale locale;
    if (date.size() == 7) {
        const QDate d = QDate::fromString(date + QStringLiteral("-01"), Qt::ISODate);
        if (!d.isValid())
            return date;
        if (locale.language() == QLocale::Chinese)
            return locale.toString(d, QStringLiteral("yyyy年M月"));
        return locale.standaloneMonthName(d.month()) + QLatin1Char(' ') +
               locale.toString(d, QStringLiteral("yyyy"));
    }
    if (date.size() == 10) {
        const QDate d = QDate::fromString(date, Qt::ISODate);
        if (!d.isValid())
            return date;
        static const QRegularExpression weekday(
            QStringLiteral("dddd[,\\x{060C}]?\\s*|\\s*[,\\x{060C}]?\\s*dddd"));
        QString format = locale.dateFormat(QLocale::LongFormat);
        format.remove(weekday);
        return locale.toString(d, format);
    }
    return date;
}

QString row(const QString &name, const QString &htmlValue)
{
    if (htmlValue.isEmpty())
        return {};
    // Qt's rich text does not mirror tables: in a right-to-left language the
    // name is written as the last cell, so that it shows on the right.
    if (QLocale().textDirection() == Qt::RightToLeft)
        return QStringLiteral(
                   "<tr><td align='right'>%2</td>"
                   "<th align='right' valign='top' style='padding-left:12px'>%1</th></tr>")
            .arg(esc(name), htmlValue);
    return QStringLiteral("<tr><th align='left' valign='top' style='padding-right:12px'>%1</th>"
                          "<td>%2</td></tr>")
        .arg(esc(name), htmlValue);
}

// A name that filters the catalogue by itself when clicked: by the value as
// it stands here, with its role for a country ("Brazil" as a provider).
QString filterLink(Facet facet, const QString &value, const QString &name, const QString &role = {})
{
    return QStringLiteral("<a href='%1:%2/%3/%4'>%5</a>")
        .arg(QLatin1String(InitiativeDetailsView::kFilterScheme), facetKey(facet),
             QString::fromLatin1(QUrl::toPercentEncoding(value)), role, esc(name));
}

QString paragraphs(const QString &text)
{
    QStringList parts;
    for (const QString &p : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        parts << QStringLiteral("<p>%1</p>").arg(esc(p));
    return parts.join(QString());
}

} // namespace

InitiativeDetailsView::InitiativeDetailsView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String(kFilterScheme)) {
            const QString path = url.path();
            const auto facet = facetFromKey(path.section(QLatin1Char('/'), 0, 0));
            // Ctrl+click adds the value as an alternative; a click replaces.
            const bool add = QGuiApplication::keyboardModifiers() & Qt::ControlModifier;
            if (facet)
                emit filterRequested(
                    *facet,
                    QUrl::fromPercentEncoding(path.section(QLatin1Char('/'), 1, 1).toUtf8()),
                    path.section(QLatin1Char('/'), 2, 2), add);
        } else if (url.scheme() == QLatin1String(kEditScheme)) {
            emit editRequested(url.path());
        } else if (url.scheme() == QLatin1String("https") ||
                   url.scheme() == QLatin1String("http")) {
            emit externalLinkOpened(url);
            QDesktopServices::openUrl(url);
        }
    });
    showNothing();
}

void InitiativeDetailsView::showHtml(const QString &html, const QStringList &highlight)
{
    // The record's own actions first, as links (Tab reaches them, Enter
    // follows), so that what is read can be corrected from where it is read.
    QString page = html;
    if (m_offersEdits) {
        QStringList links;
        for (const auto &[what, text] :
             {std::pair{"edit", tr("Edit…")}, std::pair{"duplicate", tr("Duplicate…")},
              std::pair{"delete", tr("Delete")}})
            links << QStringLiteral("<a href=\"%1:%2\">%3</a>")
                         .arg(QLatin1String(kEditScheme), QLatin1String(what), esc(text));
        page.prepend(QStringLiteral("<p align=\"right\">%1</p>")
                         .arg(links.join(QStringLiteral(" &nbsp;·&nbsp; "))));
    }
    setHtml(page);
    QList<ExtraSelection> marks;
    QTextCharFormat format;
    format.setBackground(QColor(255, 230, 120));
    for (const QString &word : highlight) {
        if (word.isEmpty())
            continue;
        for (QTextCursor at = document()->find(word); !at.isNull();
             at = document()->find(word, at)) {
            marks.append(ExtraSelection{at, format});
        }
    }
    setExtraSelections(marks);
}

void InitiativeDetailsView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    if (m_offersEdits && !toPlainText().isEmpty() && anchorAt(event->pos()).isEmpty()) {
        QAction *first = menu->actions().value(0);
        for (const auto &[what, text] :
             {std::pair{"edit", tr("&Edit…")}, std::pair{"duplicate", tr("D&uplicate…")},
              std::pair{"delete", tr("&Delete")}}) {
            QAction *a = new QAction(text, menu);
            connect(a, &QAction::triggered, this,
                    [this, what = QString::fromLatin1(what)] { emit editRequested(what); });
            menu->insertAction(first, a);
        }
        menu->insertSeparator(first);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void InitiativeDetailsView::showNothing()
{
    setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                .arg(esc(tr("Select an initiative to read about it."))));
}

QString InitiativeDetailsView::languageNote(const Initiative &in, const QString &language)
{
    const QString own = in.language.isEmpty() ? QStringLiteral("en") : in.language;
    const QString wanted = language.isEmpty() ? QStringLiteral("en") : language;
    if (wanted == own)
        return {};
    bool translated = false;
    for (const Translation &t : in.translations)
        translated = translated || t.language == wanted;
    if (translated) {
        return tr("In %1, from the record's translations; its own language is %2.")
            .arg(ReferenceNames::languageName(wanted), ReferenceNames::languageName(own));
    }
    return tr("In %1, the record's own language: it has no %2 translation.")
        .arg(ReferenceNames::languageName(own), ReferenceNames::languageName(wanted));
}

QString InitiativeDetailsView::htmlFor(const CatalogueStore &store, const Initiative &in)
{
    // Title, summary and description in the interface language when the
    // record has them, else in its own; a line says which.
    const QString language = ReferenceNames::language().section(QLatin1Char('_'), 0, 0);
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(in.titleIn(language)));
    if (const QString note = languageNote(in, language); !note.isEmpty())
        html += QStringLiteral("<p style='color: #555;'><small>%1</small></p>").arg(esc(note));
    if (const QString summary = in.summaryIn(language); !summary.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(summary));

    QString table;
    table += row(tr("IATI identifier"), esc(in.iatiIdentifier));
    table += row(tr("Status"), esc(Vocabulary::label(Vocabulary::Kind::Status, in.status)));
    table +=
        row(tr("Type"), esc(Vocabulary::label(Vocabulary::Kind::ActivityType, in.activityType)));
    QString dates = esc(localDate(in.start));
    if (!in.end.isEmpty() && in.end != in.start)
        dates += QStringLiteral(" – ") + esc(localDate(in.end));
    table += row(tr("Dates"), dates);
    QStringList modalities;
    for (const QString &m : in.modalities)
        modalities << esc(Vocabulary::label(Vocabulary::Kind::Modality, m));
    table += row(tr("Modality"), modalities.join(QStringLiteral(", ")));
    if (in.triangular)
        table += row(tr("Cooperation"), esc(tr("Triangular")));
    for (const QString &role : Vocabulary::codes(Vocabulary::Kind::CountryRole)) {
        QStringList names;
        for (const CountryParticipation &c : in.countries) {
            if (c.role == role) {
                QString name =
                    filterLink(Facet::Country, c.code, ReferenceNames::country(c.code), role);
                if (c.percentage)
                    name += QStringLiteral(" (%1%)").arg(QLocale().toString(*c.percentage));
                names << name;
            }
        }
        table += row(Vocabulary::label(Vocabulary::Kind::CountryRole, role),
                     names.join(QStringLiteral(", ")));
    }
    QStringList areas;
    for (const QString &id : in.programmeAreas) {
        areas << filterLink(Facet::ProgrammeArea, id, ReferenceNames::programmeArea(id));
    }
    table += row(tr("Programme areas"), areas.join(QStringLiteral("; ")));
    QStringList partners;
    for (const Partnership &p : in.partners) {
        const auto org = store.organisation(p.organisation);
        partners << QStringLiteral("%1 (%2)").arg(
            filterLink(Facet::Partner, p.organisation, org ? org->name : p.organisation),
            esc(Vocabulary::label(Vocabulary::Kind::PartnerRole, p.role).toLower()));
    }
    table += row(tr("Partners"), partners.join(QStringLiteral("<br>")));
    QStringList funding;
    for (const FundingRecord &f : in.funding) {
        const auto org = store.organisation(f.source);
        QString text = filterLink(Facet::FundingSource, f.source, org ? org->name : f.source);
        if (f.amount)
            text +=
                QStringLiteral(": ") + esc(InitiativeLabels::localFunding(
                                           InitiativeLabels::formatAmount(*f.amount, f.currency)));
        if (f.year)
            text += QStringLiteral(" (%1)").arg(*f.year);
        funding << text;
    }
    table += row(tr("Funding"), funding.join(QStringLiteral("<br>")));
    QStringList sdgs;
    for (const QString &sdg : in.sdgs) {
        const int goal = sdg.section(QLatin1Char('.'), 0, 0).toInt();
        const QString title = ReferenceNames::sdgShortTitle(goal);
        sdgs << esc(sdg.contains(QLatin1Char('.')) ? tr("Target %1").arg(sdg)
                                                   : tr("Goal %1: %2").arg(sdg, title));
    }
    table += row(tr("SDGs"), sdgs.join(QStringLiteral("<br>")));
    table += row(tr("Beneficiaries"), esc(in.beneficiaries));
    // Paragraphs find their direction from their text; the table keeps to
    // the reading side (row() puts the names last in Arabic).
    html += QStringLiteral("<table cellspacing='4' align='%1'>%2</table>")
                .arg(QLocale().textDirection() == Qt::RightToLeft ? QStringLiteral("right")
                                                                  : QStringLiteral("left"),
                     table);

    if (const QString description = in.descriptionIn(language); !description.isEmpty())
        html +=
            QStringLiteral("<h3>%1</h3>%2").arg(esc(tr("Description")), paragraphs(description));
    if (!in.results.isEmpty())
        html += QStringLiteral("<h3>%1</h3>%2").arg(esc(tr("Results")), paragraphs(in.results));

    QStringList sources;
    const auto allSources = store.sources();
    if (!allSources.ok())
        html += QStringLiteral("<p>%1</p>").arg(esc(allSources.error().message));
    for (const Source &s : allSources.ok() ? *allSources : std::vector<Source>{}) {
        if (!in.sources.contains(s.id))
            continue;
        const bool web = s.url.startsWith(QLatin1String("https://")) ||
                         s.url.startsWith(QLatin1String("http://"));
        QString text = !web ? esc(s.title)
                            : QStringLiteral("<a href='%1'>%2</a>").arg(esc(s.url), esc(s.title));
        QStringList extra;
        if (!s.publisher.isEmpty())
            extra << esc(s.publisher);
        if (!s.date.isEmpty())
            extra << esc(s.date);
        // No address to open: say the record was taken from a kept copy.
        if (!web)
            extra << (s.file.isEmpty() ? esc(tr("offline copy"))
                                       : esc(tr("offline copy: %1").arg(s.file)));
        if (!extra.isEmpty())
            text += QStringLiteral(" — ") + extra.join(QStringLiteral(", "));
        sources << QStringLiteral("<li>%1</li>").arg(text);
    }
    if (!sources.isEmpty())
        html += QStringLiteral("<h3>%1</h3><ul>%2</ul>")
                    .arg(esc(tr("Sources")), sources.join(QString()));
    return html;
}

QString InitiativeDetailsView::historyHtml(const CatalogueStore &store, const QString &id)
{
    // Who changed the record, when, and each field from what to what.
    const auto history = store.history({id, {}, 20});
    if (!history.ok())
        return QStringLiteral("<p>%1</p>").arg(esc(history.error().message));
    if (history->empty())
        return QStringLiteral("<p style='color:gray'>%1</p>")
            .arg(esc(tr("No change has been recorded for this initiative.")));
    QStringList items;
    for (const ChangeRecord &c : *history) {
        QStringList fields;
        for (const FieldChange &f : c.fields) {
            if (c.action == ChangeRecord::Action::Edit)
                fields << tr("%1: %2 → %3")
                              .arg(esc(f.field), esc(f.before.left(80)), esc(f.after.left(80)));
            else
                fields << esc(f.field);
        }
        items << QStringLiteral("<li>%1 — %2 — %3%4</li>")
                     .arg(esc(QLocale().toString(c.at.toLocalTime(), QLocale::ShortFormat)),
                          esc(c.author), esc(ChangeRecord::actionName(c.action)),
                          fields.isEmpty() || c.action != ChangeRecord::Action::Edit
                              ? QString()
                              : QStringLiteral("<br>") + fields.join(QStringLiteral("<br>")));
    }
    return QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(esc(tr("History")), items.join(QString()));
}

} // namespace ssc
