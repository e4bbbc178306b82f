#include "DuplicatesDialog.h"

#include "CatalogueSession.h"

#include "core/storage/CatalogueStore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ssc {

namespace {

// A pair is one row: its score, the two records one above the other (key
// and title), and the reasons one per line, so that nothing is cut short.
enum Column
{
    Score,
    Records,
    Why,
    Columns,
};

} // namespace

DuplicatesDialog::DuplicatesDialog(CatalogueSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_stop(new QPushButton(tr("&Stop"), this)),
      m_table(new QTableWidget(0, Columns, this)), m_merge(new QPushButton(tr("&Merge…"), this)),
      m_dismiss(new QPushButton(tr("&Not Duplicates"), this)),
      m_again(new QPushButton(tr("Search &Again"), this))
{
    setWindowTitle(tr("Find Duplicates"));
    setObjectName(QStringLiteral("duplicatesDialog"));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("duplicatesStatus"));
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Search for duplicates"));
    m_stop->setToolTip(tr("Stop looking for duplicates"));
    m_table->setObjectName(QStringLiteral("duplicatesTable"));
    m_table->setAccessibleName(tr("Likely duplicates"));
    m_table->setHorizontalHeaderLabels({tr("Score"), tr("Records"), tr("Why")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(Score, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Records, QHeaderView::Stretch);
    header->setSectionResizeMode(Why, QHeaderView::Interactive);
    header->resizeSection(Why, 300);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setDefault(true);
    m_merge->setToolTip(tr("Make the two records one, choosing each field side by side"));
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_dismiss->setToolTip(tr("They are different initiatives: do not offer this pair again"));

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    buttons->addButton(m_dismiss, QDialogButtonBox::ActionRole);
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(980, 480);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stop, &QPushButton::clicked, this, [this] { m_cancel->store(true); });
    connect(m_again, &QPushButton::clicked, this, &DuplicatesDialog::search);
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesDialog::dismissCurrent);
    auto mergeCurrent = [this] {
        if (const int at = currentPair(); at >= 0)
            emit mergeRequested(m_pairs[std::size_t(at)].first, m_pairs[std::size_t(at)].second);
    };
    connect(m_merge, &QPushButton::clicked, this, mergeCurrent);
    connect(m_table, &QTableWidget::cellActivated, this, mergeCurrent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DuplicatesDialog::updateButtons);
    // Closing stops a search under way.
    connect(this, &QDialog::finished, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
}

DuplicatesDialog::~DuplicatesDialog()
{
    if (m_cancel)
        m_cancel->store(true);
}

void DuplicatesDialog::search()
{
    if (m_searching)
        return;
    m_searching = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_status->setText(tr("Looking for records with the same or a similar title and a country or "
                         "year in common, or the same IATI identifier…"));
    m_progress->setValue(0);
    m_progress->show();
    m_stop->show();
    updateButtons();
    using Pairs = Result<std::vector<DuplicatePair>>;
    QPointer<DuplicatesDialog> self(this);
    auto cancel = m_cancel;
    m_session->ask<Pairs>(
        [self, cancel](CatalogueStore &store) {
            DuplicateFinder::Options options;
            options.progress = [self, cancel](int percent) {
                QMetaObject::invokeMethod(qApp, [self, percent] {
                    if (self)
                        self->m_progress->setValue(percent);
                });
                return !cancel->load();
            };
            return DuplicateFinder::find(store, options);
        },
        [self](Pairs pairs) {
            if (!self)
                return;
            self->m_searching = false;
            self->m_progress->hide();
            self->m_stop->hide();
            if (!pairs.ok()) {
                self->m_status->setText(pairs.error().message);
                self->updateButtons();
                return;
            }
            self->m_pairs = std::move(*pairs);
            self->showPairs();
        });
}

void DuplicatesDialog::showPairs()
{
    m_table->setRowCount(int(m_pairs.size()));
    for (int row = 0; row < int(m_pairs.size()); ++row) {
        const DuplicatePair &p = m_pairs[std::size_t(row)];
        auto *score = new QTableWidgetItem;
        score->setData(Qt::DisplayRole, p.score);
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, Score, score);
        const QString records =
            QStringLiteral("%1 — %2\n%3 — %4").arg(p.first, p.firstTitle, p.second, p.secondTitle);
        const QString why = p.reasons.join(QLatin1Char('\n'));
        for (const auto &[column, text] : {std::pair{Records, records}, std::pair{Why, why}}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeRowsToContents();
    m_status->setText(m_pairs.empty()
                          ? tr("No likely duplicates in this catalogue.")
                          : tr("%n pair(s) of records that may be one initiative, best first. "
                               "Merge makes a pair one record (Edit > Undo takes it back).",
                               nullptr, int(m_pairs.size())));
    if (!m_pairs.empty()) {
        m_table->selectRow(0);
        m_table->setFocus(); // Enter merges the pair chosen
    }
    updateButtons();
}

int DuplicatesDialog::currentPair() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void DuplicatesDialog::updateButtons()
{
    const bool chosen = !m_searching && currentPair() >= 0;
    m_merge->setEnabled(chosen);
    m_dismiss->setEnabled(chosen);
    m_again->setEnabled(!m_searching);
    m_progress->setVisible(m_searching);
    m_stop->setVisible(m_searching);
}

void DuplicatesDialog::merged(const QString &gone)
{
    std::erase_if(m_pairs,
                  [&gone](const DuplicatePair &p) { return p.first == gone || p.second == gone; });
    showPairs();
}

void DuplicatesDialog::dismissCurrent()
{
    const int at = currentPair();
    if (at < 0)
        return;
    const DuplicatePair pair = m_pairs[std::size_t(at)];
    QPointer<DuplicatesDialog> self(this);
    m_session->ask<Status>(
        [pair](CatalogueStore &store) { return store.dismissDuplicate(pair.first, pair.second); },
        [self, pair](Status s) {
            if (!self)
                return;
            if (!s)
                return self->m_status->setText(s.error().message);
            std::erase_if(self->m_pairs, [&pair](const DuplicatePair &p) {
                return p.first == pair.first && p.second == pair.second;
            });
            self->showPairs();
        });
}

} // namespace ssc
