#include "ResultsView.h"

#include "InitiativeTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>

#include <algorithm>
#include <utility>

namespace ssc {

namespace {

using Model = InitiativeTableModel;

// Shown at first, in this order of importance; the rest on request.
constexpr int kFirstColumns[] = {Model::Title, Model::Countries, Model::ProgrammeAreas,
                                 Model::Years};

} // namespace

ResultsView::ResultsView(QWidget *parent) : QTableView(parent), m_frozen(new QTableView(this))
{
    m_frozen->setObjectName(QStringLiteral("frozenTitle"));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setStyleSheet(QStringLiteral("QTableView { border: none; }"));
    m_frozen->hide();
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        // A width the user sets is kept from then on. The last column
        // stretching with the table is the header's doing, not the user's.
        QHeaderView *header = horizontalHeader();
        int last = header->count() - 1;
        while (last > 0 && header->isSectionHidden(header->logicalIndex(last)))
            --last;
        if (!m_fitting && column != header->logicalIndex(last))
            m_fitToWidth = false;
        if (column == Model::Title)
            placeFrozen();
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int row, int, int size) { m_frozen->setRowHeight(row, size); });
    // A click on the frozen title's header sorts like the real one.
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this] {
        horizontalHeader()->setSortIndicator(
            Model::Title, horizontalHeader()->sortIndicatorSection() == Model::Title &&
                                  horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder
                              ? Qt::DescendingOrder
                              : Qt::AscendingOrder);
    });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_frozen->horizontalHeader(),
            &QHeaderView::setSortIndicator);
    m_frozen->horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &at) { columnMenu()->popup(horizontalHeader()->mapToGlobal(at)); });
    m_frozen->setContextMenuPolicy(Qt::NoContextMenu);
    // A double-click edits, as in calibre and Zotero; Enter reads.
    connect(this, &QAbstractItemView::doubleClicked, this, &ResultsView::editRequested);
    connect(m_frozen, &QAbstractItemView::doubleClicked, this, &ResultsView::editRequested);
}

void ResultsView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    m_frozen->setSelectionBehavior(SelectRows);
    m_frozen->setSelectionMode(selectionMode());
    m_frozen->setItemDelegate(itemDelegate());
    m_frozen->setVerticalScrollMode(verticalScrollMode());
    for (int column = 0; column < model->columnCount(); ++column)
        m_frozen->setColumnHidden(column, column != Model::Title);
}

void ResultsView::useDefaultColumns()
{
    // The shares follow the table's width until the user sets a width.
    m_fitToWidth = true;
    const bool wasFitting = std::exchange(m_fitting, true);
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < Model::ColumnCount; ++column)
        header->setSectionHidden(column,
                                 std::find(std::begin(kFirstColumns), std::end(kFirstColumns),
                                           column) == std::end(kFirstColumns));
    // Shares of the width shown: the title half, the years what they need.
    const int years = fontMetrics().horizontalAdvance(QStringLiteral("0000–0000")) + 24;
    // Room for a vertical scroll bar, so that one appearing does not bring a
    // horizontal one.
    const int bar = verticalScrollBar()->isVisible() ? 0 : verticalScrollBar()->sizeHint().width();
    const int room = std::max(240, viewport()->width() - years - bar - 2);
    setColumnWidth(Model::Title, room * 50 / 100);
    setColumnWidth(Model::Countries, room * 27 / 100);
    setColumnWidth(Model::ProgrammeAreas, room * 23 / 100 - 2);
    setColumnWidth(Model::Years, years);
    for (int column : {int(Model::Partners), int(Model::Funding), int(Model::Status)})
        setColumnWidth(column, 180);
    m_fitting = wasFitting;
}

QMenu *ResultsView::columnMenu()
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setTitle(tr("Columns"));
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction *a = menu->addAction(model()->headerData(column, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!isColumnHidden(column));
        // The title says which initiative a row is: it always shows.
        a->setEnabled(column != Model::Title);
        connect(a, &QAction::toggled, this, [this, column](bool shown) {
            setColumnHidden(column, !shown);
            if (shown && columnWidth(column) < 40)
                setColumnWidth(column, 160);
        });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Reset columns")), &QAction::triggered, this,
            &ResultsView::useDefaultColumns);
    return menu;
}

QMenu *ResultsView::rowMenu()
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const int rows = int(selectedRowNumbers().size());
    QAction *open = menu->addAction(tr("&Open"), this, &ResultsView::openRequested);
    open->setEnabled(rows == 1);
    QAction *edit = menu->addAction(tr("&Edit…"), this, &ResultsView::editRequested);
    edit->setEnabled(rows == 1);
    QAction *duplicate = menu->addAction(tr("D&uplicate…"), this, &ResultsView::duplicateRequested);
    duplicate->setEnabled(rows == 1);
    menu->addAction(tr("&Delete %n initiative(s)…", nullptr, rows), this,
                    &ResultsView::deleteRequested);
    menu->addSeparator();
    menu->addAction(tr("&Copy as text"), this,
                    [this] { QApplication::clipboard()->setText(selectedRowsText()); });
    menu->addAction(tr("Copy &identifier", nullptr, rows), this, [this] {
        QApplication::clipboard()->setText(selectedIds().join(QLatin1Char('\n')));
    });
    menu->addSeparator();
    menu->addAction(tr("&Export %n selected row(s) as a report…", nullptr, rows), this,
                    &ResultsView::exportRequested);
    for (QAction *a : menu->actions())
        if (!a->isSeparator() && a != open && a != edit && a != duplicate)
            a->setEnabled(rows > 0);
    return menu;
}

QList<int> ResultsView::selectedRowNumbers() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString ResultsView::selectedRowsText() const
{
    // The columns shown, in the order shown, tab-separated; one row a line.
    QList<int> columns;
    for (int visual = 0; visual < horizontalHeader()->count(); ++visual) {
        const int column = horizontalHeader()->logicalIndex(visual);
        if (!isColumnHidden(column))
            columns << column;
    }
    QStringList lines;
    for (int row : selectedRowNumbers()) {
        QStringList cells;
        for (int column : columns)
            cells << model()->index(row, column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList ResultsView::selectedIds() const
{
    QStringList ids;
    const auto *results = qobject_cast<const Model *>(model());
    for (int row : selectedRowNumbers())
        if (results && !results->initiativeId(row).isEmpty())
            ids << results->initiativeId(row);
    return ids;
}

void ResultsView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex at = indexAt(viewport()->mapFromGlobal(event->globalPos()));
    if (at.isValid() && !selectionModel()->isRowSelected(at.row(), QModelIndex()))
        setCurrentIndex(at);
    rowMenu()->popup(event->globalPos());
}

void ResultsView::resizeEvent(QResizeEvent *event)
{
    // The last column stretching with the table is not the user's choice.
    const bool wasFitting = std::exchange(m_fitting, true);
    QTableView::resizeEvent(event);
    m_fitting = wasFitting;
    if (m_fitToWidth)
        useDefaultColumns();
    placeFrozen();
}

void ResultsView::scrollContentsBy(int dx, int dy)
{
    QTableView::scrollContentsBy(dx, dy);
    placeFrozen();
}

void ResultsView::updateGeometries()
{
    const bool wasFitting = std::exchange(m_fitting, true);
    QTableView::updateGeometries();
    m_fitting = wasFitting;
    placeFrozen();
}

void ResultsView::placeFrozen()
{
    // Only while the title has scrolled (partly) out of view: otherwise the
    // real column is where the frozen one would be.
    const bool scrolled =
        model() && !isColumnHidden(Model::Title) && columnViewportPosition(Model::Title) < 0;
    m_frozen->setVisible(scrolled);
    if (!scrolled)
        return;
    m_frozen->setColumnWidth(Model::Title, columnWidth(Model::Title));
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_frozen->setGeometry(frameWidth() +
                              (verticalHeader()->isVisible() ? verticalHeader()->width() : 0),
                          frameWidth(), columnWidth(Model::Title) + m_frozen->frameWidth() * 2,
                          viewport()->height() + horizontalHeader()->height());
    m_frozen->verticalScrollBar()->setValue(verticalScrollBar()->value());
}

} // namespace ssc
