#include "FilterPanel.h"
#include "ElidingDelegate.h"
#include "PaneNodes.h"

#include "ui_FacetSection.h"
#include "ui_FilterPanel.h"

#include "core/base/CsvReader.h"
#include "core/domain/ReferenceData.h"
#include "core/domain/ReferenceNames.h"
#include "core/domain/Vocabulary.h"
#include "core/query/FacetDefinitions.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QWheelEvent>

#include <algorithm>
#include <map>

namespace ssc {

namespace {

constexpr int kNoYear = 1949; // the spin boxes' "any"
// The rows a pane shows before it scrolls, unless it is the pane in use.
constexpr int kRows = 10;

// The rows the view shows (expanded children included), counted up to limit.
int shownRows(const QTreeView *view, int limit)
{
    int rows = 0;
    for (QModelIndex i = view->model()->index(0, 0); i.isValid() && rows < limit;
         i = view->indexBelow(i))
        ++rows;
    return rows;
}

} // namespace

struct FilterPanel::Section
{
    QWidget *widget = nullptr;
    Ui::FacetSection ui;
    FacetModel *model = nullptr;
    FacetFilterProxy *proxy = nullptr;
    std::vector<Facet> facets;
    QString key;
};

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FilterPanel>())
{
    m_ui->setupUi(this);
    // One pane per pane name in the facet table, holding its facets in
    // order (the country pane: regions above their countries).
    for (const FacetDefinition &d : facetDefinitions()) {
        const QString pane = QCoreApplication::translate("Facet", d.pane);
        if (!m_sections.empty() && m_sections.back()->ui.toggleButton->text() == pane) {
            m_sections.back()->facets.push_back(d.facet);
            continue;
        }
        addSection(pane, {d.facet});
    }
    for (auto &section : m_sections) {
        Section &s = *section;
        s.key = facetKey(s.facets.back());
        s.widget->setObjectName(s.key + QStringLiteral("-section"));
        const FacetDefinition &main = facetDefinition(s.facets.back());
        s.ui.view->setRootIsDecorated(s.facets.size() > 1 || main.storage.closure);
        if (main.takesRole()) {
            s.ui.roleCombo->addItem(tr("Any role"), QString());
            for (const QString &role : Vocabulary::codes(Vocabulary::Kind::CountryRole))
                s.ui.roleCombo->addItem(Vocabulary::label(Vocabulary::Kind::CountryRole, role),
                                        role);
            // One role for everything ticked in the pane, regions and countries alike.
            s.ui.roleCombo->setToolTip(
                tr("The role the ticked regions and countries have in an initiative"));
            s.ui.roleCombo->setAccessibleName(tr("Role of the ticked regions and countries"));
            s.ui.roleCombo->show();
            connect(s.ui.roleCombo, &QComboBox::currentIndexChanged, this, [this] {
                if (!m_updating)
                    emit filterChanged();
            });
        }
        if (main.paneFind) {
            s.ui.findEdit->show();
            s.ui.findEdit->setToolTip(tr("Show only the values whose name holds this text"));
            s.ui.findEdit->setAccessibleName(tr("Find in %1").arg(s.ui.toggleButton->text()));
            connect(s.ui.findEdit, &QLineEdit::textChanged, s.proxy,
                    &FacetFilterProxy::setFindText);
        }
    }
    m_ui->sectionsLayout->addStretch(1);
    // F6 into the filters lands in the first pane's values, not on Clear all.
    setFocusProxy(m_sections.front()->ui.view);
    m_ui->scrollArea->viewport()->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (auto &s : m_sections) {
            if (now && s->widget->isAncestorOf(now) && m_active != s.get()) {
                m_active = s.get();
                fitSectionsLater();
            }
        }
    });

    connect(m_ui->hideEmptyCheck, &QCheckBox::toggled, this, [this](bool hide) {
        // Kept at once: Edit > Preferences shows the same choice.
        QSettings().setValue(QStringLiteral("filters/hideEmpty"), hide);
        for (auto &s : m_sections)
            s->proxy->setHideEmpty(hide);
    });
    connect(m_ui->clearAllButton, &QPushButton::clicked, this, &FilterPanel::clearAllRequested);
    for (QSpinBox *year : {m_ui->fromYear, m_ui->toYear}) {
        connect(year, &QSpinBox::valueChanged, this, [this] {
            if (!m_updating)
                emit filterChanged();
        });
    }
    connect(m_ui->clearYearsButton, &QToolButton::clicked, this, [this] {
        setYears(std::nullopt, std::nullopt);
        emit filterChanged();
    });
}

FilterPanel::~FilterPanel() = default;

bool FilterPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->scrollArea->viewport()) {
        if (event->type() == QEvent::Resize)
            fitSectionsLater();
        return false;
    }
    if (event->type() == QEvent::Wheel) {
        auto *view = qobject_cast<QTreeView *>(watched->parent());
        if (view && !view->hasFocus()) {
            QCoreApplication::sendEvent(m_ui->scrollArea->verticalScrollBar(), event);
            return true;
        }
    }
    return false;
}

void FilterPanel::fitSectionsLater()
{
    if (m_fitPending)
        return;
    m_fitPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_fitPending = false;
            for (auto &s : m_sections)
                fitSection(*s);
        },
        Qt::QueuedConnection);
}

void FilterPanel::fitSection(Section &s)
{
    QTreeView *view = s.ui.view;
    const bool none = s.model->rowCount() == 0;
    const bool allHidden = !none && s.proxy->rowCount() == 0;
    s.ui.emptyLabel->setText(none ? tr("None recorded in this catalogue") : tr("No value matches"));
    s.ui.emptyLabel->setVisible((none && m_hasUniverse) || allHidden);
    view->setVisible(!none && !allHidden);
    if (none || allHidden)
        return;
    const int rowHeight =
        std::max({1, view->visualRect(s.proxy->index(0, 0)).height(), view->sizeHintForRow(0)});
    int limit = kRows;
    if (&s == m_active) {
        // The pane in use may fill the dock's visible height.
        const int around = s.widget->height() - view->height();
        limit = std::max(kRows, (m_ui->scrollArea->viewport()->height() - around) / rowHeight);
    }
    const int rows = std::clamp(shownRows(view, limit), 1, limit);
    view->setFixedHeight(rows * rowHeight + 2 * view->frameWidth());
}

FilterPanel::Section &FilterPanel::addSection(const QString &title, std::vector<Facet> facets)
{
    auto section = std::make_unique<Section>();
    Section &s = *section;
    s.widget = new QWidget(m_ui->sectionsContainer);
    s.ui.setupUi(s.widget);
    s.facets = std::move(facets);
    s.ui.toggleButton->setText(title);
    s.ui.roleCombo->hide();
    s.ui.findEdit->hide();
    s.model = new FacetModel(s.widget);
    s.proxy = new FacetFilterProxy(s.widget);
    s.proxy->setSourceModel(s.model);
    s.ui.view->setModel(s.proxy);
    connect(s.model, &FacetModel::countsChanged, s.ui.view->viewport(),
            qOverload<>(&QWidget::update));
    s.ui.view->setAccessibleName(title);
    s.ui.emptyLabel->setAccessibleName(title);
    // The wheel scrolls the dock, not whichever list passes under the
    // pointer; a list scrolls once the user has clicked into it.
    s.ui.view->viewport()->installEventFilter(this);
    connect(s.proxy, &QAbstractItemModel::modelReset, this, &FilterPanel::fitSectionsLater);
    connect(s.proxy, &QAbstractItemModel::layoutChanged, this, &FilterPanel::fitSectionsLater);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(s.proxy, signal, this, &FilterPanel::fitSectionsLater);
    connect(s.ui.view, &QTreeView::expanded, this, &FilterPanel::fitSectionsLater);
    connect(s.ui.view, &QTreeView::collapsed, this, &FilterPanel::fitSectionsLater);
    ElidingDelegate::preferFastText(s.ui.view);
    s.ui.view->header()->setStretchLastSection(false);
    s.ui.view->header()->setSectionResizeMode(FacetModel::Name, QHeaderView::Stretch);
    // A fixed width, set from the largest count: fitting the column to its
    // contents would measure every value (thousands of partners) on each
    // change of the counts.
    s.ui.view->header()->setSectionResizeMode(FacetModel::Count, QHeaderView::Fixed);
    connect(s.ui.toggleButton, &QToolButton::toggled, s.widget, [&s](bool open) {
        s.ui.body->setVisible(open);
        s.ui.toggleButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(s.model, &FacetModel::checkedChanged, this, &FilterPanel::filterChanged);
    connect(s.ui.clearButton, &QToolButton::clicked, this, [this, &s] {
        CatalogueFilter none;
        m_updating = true;
        s.model->setChecked(none);
        if (s.ui.roleCombo->isVisible())
            s.ui.roleCombo->setCurrentIndex(0);
        m_updating = false;
        emit filterChanged();
    });
    m_ui->sectionsLayout->addWidget(s.widget);
    m_sections.push_back(std::move(section));
    return s;
}

void FilterPanel::clearUniverse(const QString &message)
{
    m_held = filter();
    m_hasUniverse = false;
    for (auto &s : m_sections)
        s->model->setNodes({});
    setPaneMessage(message);
}

void FilterPanel::setPaneMessage(const QString &message)
{
    m_ui->paneMessage->setText(message);
    m_ui->paneMessage->setVisible(!message.isEmpty());
    m_ui->sectionsContainer->setEnabled(message.isEmpty());
}

QString FilterPanel::paneMessage() const
{
    return m_ui->paneMessage->text();
}

void FilterPanel::setUniverse(const FacetCounts &all)
{
    for (auto &s : m_sections) {
        s->model->setNodes(paneNodes(all, s->facets.back()));
        s->model->setCounts(all);
        s->ui.view->expandToDepth(0);
        // The count column as wide as the largest count (under no filter),
        // the rest for the names.
        qint64 largest = 0;
        for (Facet facet : s->facets)
            if (auto it = all.find(facet); it != all.end())
                for (const FacetValueCount &v : it->second)
                    largest = std::max(largest, v.count);
        const QFontMetrics metrics = s->ui.view->fontMetrics();
        s->ui.view->header()->resizeSection(FacetModel::Count,
                                            metrics.horizontalAdvance(QLocale().toString(largest)) +
                                                metrics.horizontalAdvance(QStringLiteral("00")));
    }
    if (!m_hasUniverse) {
        m_hasUniverse = true;
        const bool wasUpdating = m_updating;
        m_updating = true;
        for (auto &s : m_sections)
            s->model->setChecked(m_held);
        m_updating = wasUpdating;
    }
    setPaneMessage({});
}

void FilterPanel::setCounts(const FacetCounts &counts)
{
    for (auto &s : m_sections)
        s->model->setCounts(counts);
}

void FilterPanel::setFilter(const CatalogueFilter &filter)
{
    m_held = filter;
    m_updating = true;
    for (auto &s : m_sections)
        s->model->setChecked(filter);
    QComboBox *role = m_sections.front()->ui.roleCombo;
    role->setCurrentIndex(std::max(0, role->findData(filter.countryRole)));
    setYears(filter.fromYear, filter.toYear);
    m_updating = false;
}

void FilterPanel::setYears(std::optional<int> from, std::optional<int> to)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_ui->fromYear->setValue(from.value_or(kNoYear));
    m_ui->toYear->setValue(to.value_or(kNoYear));
    m_updating = wasUpdating;
}

CatalogueFilter FilterPanel::filter() const
{
    CatalogueFilter f;
    for (Facet facet : kAllFacets)
        f.setValues(facet,
                    m_hasUniverse ? modelFor(facet)->checkedValues(facet) : m_held.values(facet));
    f.countryRole = m_sections.front()->ui.roleCombo->currentData().toString();
    if (m_ui->fromYear->value() != kNoYear)
        f.fromYear = m_ui->fromYear->value();
    if (m_ui->toYear->value() != kNoYear)
        f.toYear = m_ui->toYear->value();
    return f;
}

QString FilterPanel::labelOf(Facet facet, const QString &value) const
{
    // Before the values are known, countries and regions have their names
    // from the reference data; other values show as recorded.
    const FacetDomain domain = facetDefinition(facet).domain;
    if (!m_hasUniverse && (domain == FacetDomain::Country || domain == FacetDomain::Region)) {
        const ReferenceData &ref = ReferenceData::instance();
        if (ref.country(value))
            return ReferenceNames::country(value);
        if (ref.region(value))
            return ReferenceNames::region(value);
    }
    return modelFor(facet)->labelOf(facet, value);
}

FilterPanel::Section &FilterPanel::sectionFor(Facet facet) const
{
    for (const auto &s : m_sections) {
        if (std::find(s->facets.begin(), s->facets.end(), facet) != s->facets.end())
            return *s;
    }
    return *m_sections.front(); // every facet has a section
}

FacetModel *FilterPanel::modelFor(Facet facet) const
{
    return sectionFor(facet).model;
}

QTreeView *FilterPanel::viewFor(Facet facet) const
{
    return sectionFor(facet).ui.view;
}

QWidget *FilterPanel::roleChooser() const
{
    return m_sections.front()->ui.roleCombo;
}

void FilterPanel::setHideEmpty(bool hide)
{
    m_ui->hideEmptyCheck->setChecked(hide);
}

void FilterPanel::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("filters/hideEmpty"), m_ui->hideEmptyCheck->isChecked());
    for (const auto &s : m_sections)
        settings.setValue(QStringLiteral("filters/open/") + s->key,
                          s->ui.toggleButton->isChecked());
}

void FilterPanel::restoreState(const QSettings &settings)
{
    m_ui->hideEmptyCheck->setChecked(
        settings.value(QStringLiteral("filters/hideEmpty"), false).toBool());
    for (const auto &s : m_sections)
        s->ui.toggleButton->setChecked(
            settings.value(QStringLiteral("filters/open/") + s->key, true).toBool());
}

} // namespace ssc
