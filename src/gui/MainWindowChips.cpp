// The chips above the results: one per active filter value, a click removes it.
#include "MainWindow.h"

#include "FilterPanel.h"
#include "FlowLayout.h"
#include "ui_MainWindow.h"

#include "core/domain/Vocabulary.h"
#include "core/query/FacetDefinitions.h"

#include <QToolButton>

#include <functional>

namespace ssc {

QStringList MainWindow::chipTexts() const
{
    QStringList texts;
    for (const QToolButton *chip : m_ui->chipsBar->findChildren<QToolButton *>())
        texts << chip->text();
    return texts;
}

void MainWindow::rebuildChips()
{
    struct Chip
    {
        QString text;
        std::function<void(CatalogueFilter &)> remove;
        QString tip;
    };
    std::vector<Chip> chips;
    const CatalogueFilter &f = m_shown;
    const FilterPanel *panel = m_ui->filterPanel;
    auto addChip = [&chips](const QString &text, std::function<void(CatalogueFilter &)> remove,
                            const QString &tip = {}) {
        chips.push_back({text + QStringLiteral("  ×"), std::move(remove), tip});
    };
    const QString role = f.countryRole.isEmpty()
                             ? QString()
                             : Vocabulary::label(Vocabulary::Kind::CountryRole, f.countryRole);
    // More than this many values of one facet share one chip, so that the
    // chips stay a line or two above the results.
    constexpr int kChipsPerFacet = 3;
    for (const FacetDefinition &d : facetDefinitions()) {
        // The role, when one is chosen, names a country or region chip.
        const struct
        {
            Facet facet;
            QString name;
        } n{d.facet, d.takesRole() && !role.isEmpty() ? role : d.translatedLabel()};
        const QStringList values = f.values(n.facet);
        if (values.size() > kChipsPerFacet) {
            QStringList labels;
            for (const QString &value : values)
                labels << panel->labelOf(n.facet, value);
            const Facet facet = n.facet;
            addChip(
                tr("%1: %Ln selected", nullptr, int(values.size())).arg(n.name),
                [facet](CatalogueFilter &next) { next.setValues(facet, {}); },
                labels.join(QStringLiteral("\n")));
            continue;
        }
        for (const QString &value : values) {
            const Facet facet = n.facet;
            addChip(QStringLiteral("%1: %2").arg(n.name, panel->labelOf(facet, value)),
                    [facet, value](CatalogueFilter &next) {
                        QStringList selected = next.values(facet);
                        selected.removeAll(value);
                        next.setValues(facet, selected);
                    });
        }
    }
    if (!role.isEmpty() && f.countries.isEmpty() && f.regions.isEmpty())
        addChip(tr("Role: %1").arg(role), [](CatalogueFilter &next) { next.countryRole.clear(); });
    if (f.fromYear || f.toYear) {
        const QString from = f.fromYear ? QString::number(*f.fromYear) : QString();
        const QString to = f.toYear ? QString::number(*f.toYear) : QString();
        addChip(tr("Years: %1–%2").arg(from, to), [](CatalogueFilter &next) {
            next.fromYear.reset();
            next.toYear.reset();
        });
    }
    if (!f.text.trimmed().isEmpty())
        addChip(tr("Search: %1").arg(f.text.trimmed()),
                [](CatalogueFilter &next) { next.text.clear(); });

    QStringList texts;
    for (const Chip &chip : chips)
        texts << chip.text;
    if (texts == chipTexts()) {
        m_ui->noFiltersLabel->setVisible(chips.empty());
        return; // the same filters: nothing to lay out again
    }
    qDeleteAll(m_ui->chipsBar->findChildren<QToolButton *>());
    while (QLayoutItem *item = m_chipsLayout->takeAt(0))
        delete item;
    for (Chip &c : chips) {
        auto *chip = new QToolButton(m_ui->chipsBar);
        chip->setText(c.text);
        chip->setToolTip(c.tip.isEmpty() ? tr("Remove this filter")
                                         : tr("Remove these filters:\n%1").arg(c.tip));
        connect(chip, &QToolButton::clicked, this, [this, remove = std::move(c.remove)] {
            CatalogueFilter next = m_shown;
            remove(next);
            if (next.text != m_shown.text) {
                m_ui->searchEdit->blockSignals(true);
                m_ui->searchEdit->setText(next.text);
                m_ui->searchEdit->blockSignals(false);
            }
            applyFilter(next);
        });
        m_chipsLayout->addWidget(chip);
    }
    m_ui->noFiltersLabel->setVisible(chips.empty());
    m_chipsLayout->addWidget(m_ui->noFiltersLabel);
}

} // namespace ssc
