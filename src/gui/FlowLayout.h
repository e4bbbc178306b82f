#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

namespace ssc {

// Lays its widgets out left to right (right to left in a right-to-left
// interface) and wraps them onto further rows when the width runs out, so
// that however many there are, they never ask for more width than the widest
// one: the filter chips above the results never widen the window.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items within rect (only measures unless apply); returns the
    // height they take.
    int arrange(const QRect &rect, bool apply) const;
    int spacingOr(QStyle::PixelMetric metric) const;

    QList<QLayoutItem *> m_items;
};

} // namespace ssc
