#pragma once

#include <QStyledItemDelegate>

namespace ssc {

// Draws cells like QStyledItemDelegate, but first cuts a long text down to
// what the cell could show even in its narrowest letters. The style then
// shapes a few dozen characters instead of a whole list of partners, which
// keeps a full repaint of the results table within a frame. What is drawn
// is the same: the style elides the shortened text at the same place.
class ElidingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The longest text that a cell this wide could show in these metrics.
    static qsizetype visibleLength(const QFontMetrics &metrics, int width);

    // Lets the view skip the cosmetic shaping of Latin text (kept for the
    // scripts that need it): painting a screenful of cells then takes a
    // fraction of the time.
    static void preferFastText(QWidget *view);
    // True for text in a script that is unreadable without shaping (Arabic);
    // such cells are painted with shaping whatever the view prefers.
    static bool needsShaping(const QString &text);

    // Text-only cells are drawn here: the style's background and focus, then
    // the text elided once. The style itself would measure and shape each
    // text three times.
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ssc
