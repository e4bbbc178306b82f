#include "MapPane.h"

#include "CatalogueSession.h"
#include "PictureExport.h"
#include "WorldMapView.h"

#include "core/domain/Vocabulary.h"
#include "core/domain/WorldMap.h"
#include "core/storage/CatalogueStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ssc {

MapPane::MapPane(CatalogueSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_view(new WorldMapView(this)),
      m_role(new QComboBox(this)), m_mode(new QComboBox(this)), m_missing(new QLabel(this)),
      m_export(new QToolButton(this))
{
    setObjectName(QStringLiteral("mapPane"));
    m_role->setObjectName(QStringLiteral("mapRole"));
    m_role->addItem(tr("Any role"), QString());
    for (const QString &role : Vocabulary::codes(Vocabulary::Kind::CountryRole))
        m_role->addItem(Vocabulary::label(Vocabulary::Kind::CountryRole, role), role);
    m_role->setAccessibleName(tr("Role the map counts countries in"));
    auto *roleLabel = new QLabel(tr("Countries as:"), this);
    roleLabel->setBuddy(m_role);
    m_mode->setObjectName(QStringLiteral("mapMode"));
    m_mode->addItem(tr("Countries"));
    m_mode->addItem(tr("Links: provider → recipient"));
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_mode->setToolTip(tr("Countries shaded by their initiatives, or lines from each provider to "
                          "each recipient"));
    m_mode->setAccessibleName(tr("What the map shows"));
    auto *modeLabel = new QLabel(tr("Show:"), this);
    modeLabel->setBuddy(m_mode);
    auto *reset = new QPushButton(tr("Whole World"), this);
    reset->setObjectName(QStringLiteral("mapReset"));
    reset->setToolTip(tr("Show the whole world again (Home)"));
    m_export->setObjectName(QStringLiteral("mapExport"));
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    addPictureActions(menu, this, [this] { return picture(); });
    m_export->setMenu(menu);
    m_missing->setObjectName(QStringLiteral("mapMissing"));
    m_missing->setWordWrap(true);
    m_missing->hide();
    auto *bar = new QHBoxLayout;
    bar->addWidget(modeLabel);
    bar->addWidget(m_mode);
    bar->addSpacing(12);
    bar->addWidget(roleLabel);
    bar->addWidget(m_role);
    bar->addStretch(1);
    bar->addWidget(reset);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_missing);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        m_stale = true;
        recount();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        m_role->setEnabled(!showsLinks());
        m_stale = true;
        recount();
    });
    connect(reset, &QPushButton::clicked, m_view, &WorldMapView::resetView);
    connect(m_view, &WorldMapView::countryClicked, this, [this](const QString &code, bool add) {
        // The links count countries as providers and recipients both.
        emit countryClicked(code, showsLinks() ? QString() : role(), add);
    });
}

QString MapPane::role() const
{
    return m_role->currentData().toString();
}

void MapPane::setRole(const QString &role)
{
    m_role->setCurrentIndex(std::max(0, m_role->findData(role)));
}

bool MapPane::showsLinks() const
{
    return m_mode->currentIndex() == 1;
}

void MapPane::setShowsLinks(bool links)
{
    m_mode->setCurrentIndex(links ? 1 : 0);
}

void MapPane::setFilter(const CatalogueFilter &filter)
{
    m_filter = filter;
    m_view->setSelected(filter.countries);
    m_stale = true;
    if (isVisible())
        recount();
}

void MapPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        recount();
}

void MapPane::recount()
{
    if (!m_session->isOpen())
        return;
    m_stale = false;
    const quint64 generation = ++m_generation;
    ++m_pending;
    if (showsLinks()) {
        // Only the largest reach the window (a million initiatives join
        // tens of thousands of pairs); the rest are counted and let go on
        // the catalogue's thread.
        struct Links
        {
            Result<std::vector<CountryLink>> largest = std::vector<CountryLink>{};
            size_t all = 0;
        };
        m_session->ask<Links>(
            [filter = m_filter](CatalogueStore &store) {
                Links out;
                out.largest = store.engine().countryLinks(filter, QStringLiteral("provider"),
                                                          QStringLiteral("recipient"));
                if (out.largest.ok()) {
                    out.all = out.largest->size();
                    out.largest->resize(std::min(out.all, MapPicture::kMostLinks));
                }
                return out;
            },
            [this, generation](Links links) {
                --m_pending;
                if (generation != m_generation)
                    return;
                m_view->setLinks(links.largest.ok() ? *links.largest : std::vector<CountryLink>{},
                                 links.all);
                m_missing->hide();
                emit counted();
            });
        return;
    }
    using Counts = Result<std::vector<FacetValueCount>>;
    m_session->ask<Counts>(
        [filter = m_filter, role = role()](CatalogueStore &store) {
            return store.engine().countsWithin(filter, Facet::Country, role);
        },
        [this, generation](Counts counts) {
            --m_pending;
            if (generation != m_generation)
                return;
            QHash<QString, qint64> byCode;
            QStringList missing;
            if (counts.ok()) {
                for (const FacetValueCount &c : *counts) {
                    byCode.insert(c.value, c.count);
                    if (!WorldMap::instance().hasShape(c.value))
                        missing << QStringLiteral("%1 (%L2)").arg(c.label).arg(c.count);
                }
            }
            const QString what = role().isEmpty()
                                     ? tr("Initiatives")
                                     : tr("Initiatives as %1").arg(m_role->currentText().toLower());
            m_view->setCounts(byCode, what);
            m_missing->setText(tr("Not on the map (too small at this scale): %1")
                                   .arg(missing.join(QStringLiteral(", "))));
            m_missing->setVisible(!missing.isEmpty());
            emit counted();
        });
}

ExportablePicture MapPane::picture() const
{
    return {m_view->size().expandedTo(QSize(960, 540)), tr("Initiatives by country"),
            QStringLiteral("map"),
            tr("Map data: Natural Earth (public domain). Made with SSC Catalogue."),
            [view = m_view](QPainter &p, const QSize &size) {
                view->render(p, QRectF(QPointF(), size));
            }};
}

bool MapPane::exportTo(const QString &path, QString *error) const
{
    return savePicture(picture(), path, error);
}

} // namespace ssc
