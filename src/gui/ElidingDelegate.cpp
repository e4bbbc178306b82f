#include "ElidingDelegate.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace ssc {

qsizetype ElidingDelegate::visibleLength(const QFontMetrics &metrics, int width)
{
    const int narrowest = std::max(1, metrics.horizontalAdvance(QLatin1Char('i')) - 1);
    return qsizetype(std::max(0, width)) / narrowest + 2;
}

void ElidingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto decorated =
        QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator;
    if (opt.features & decorated) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = std::exchange(opt.text, QString());
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = opt.rect.adjusted(margin, 0, -margin, 0);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    painter->save();
    QFont font = opt.font;
    if (needsShaping(text)) // the view's fast text would not join Arabic letters
        font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() & ~QFont::PreferNoShaping));
    painter->setFont(font);
    painter->setPen(opt.palette.color(
        group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(
        area, int(opt.displayAlignment) | Qt::TextSingleLine,
        opt.fontMetrics.elidedText(text.simplified(), opt.textElideMode, area.width()));
    painter->restore();
}

bool ElidingDelegate::needsShaping(const QString &text)
{
    // Hebrew to Myanmar: the right-to-left scripts and the Indic ones, whose
    // letters change shape with their neighbours. Latin, Cyrillic and Chinese
    // read correctly without shaping.
    for (const QChar c : text) {
        if (c.unicode() >= 0x0590 && c.unicode() < 0x1100)
            return true;
    }
    return false;
}

void ElidingDelegate::preferFastText(QWidget *view)
{
    // In a right-to-left language most names need shaping anyway.
    if (QLocale().textDirection() == Qt::RightToLeft)
        return;
    QFont font = view->font();
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    view->setFont(font);
}

void ElidingDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const qsizetype keep = visibleLength(option->fontMetrics, option->rect.width());
    if (option->text.size() > keep) {
        option->text.truncate(keep);
        option->text += QChar(0x2026); // shown if the cut text happens to fit
    }
}

} // namespace ssc
