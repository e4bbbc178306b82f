#include "gui/ElidingDelegate.h"

#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace ssc;

namespace {

QImage render(QTableView &view)
{
    QImage image(view.viewport()->size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    view.viewport()->render(&image);
    return image;
}

} // namespace

TEST_CASE("Cutting a long text before eliding shows the same text", "[gui][delegate]")
{
    const QFontMetrics metrics(QFont{});
    const QString longText =
        QStringLiteral("Ministério da Saúde (provider); Ethiopia (recipient); ").repeated(40);
    for (const int width : {0, 1, 20, 75, 140, 333, 900}) {
        INFO("width " << width);
        const qsizetype keep = ElidingDelegate::visibleLength(metrics, width);
        REQUIRE(keep < longText.size());
        const QString cut = longText.left(keep) + QChar(0x2026);
        CHECK(metrics.elidedText(cut, Qt::ElideRight, width) ==
              metrics.elidedText(longText, Qt::ElideRight, width));
    }
    // A text of the narrowest letter still cannot fit in what is kept.
    CHECK(metrics.horizontalAdvance(
              QString(ElidingDelegate::visibleLength(metrics, 400), QLatin1Char('i'))) > 400);
}

TEST_CASE("The results delegate draws the cell texts", "[gui][delegate]")
{
    QStandardItemModel model(3, 2);
    model.setItem(0, 0, new QStandardItem(QStringLiteral("Water and sanitation")));
    model.setItem(1, 1, new QStandardItem(QStringLiteral("x").repeated(5000)));
    QTableView view;
    view.setModel(&model);
    view.resize(500, 200);
    view.show();
    const QImage plain = render(view);
    view.setItemDelegate(new ElidingDelegate(&view));
    const QImage drawn = render(view);
    CHECK(drawn.size() == plain.size());
    // Something is drawn in the cells that hold text, nothing in empty ones.
    auto inked = [](const QImage &image, const QRect &cell) {
        int dark = 0;
        for (int y = cell.top(); y <= cell.bottom(); ++y)
            for (int x = cell.left(); x <= cell.right(); ++x)
                dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        return dark;
    };
    const QRect first = view.visualRect(model.index(0, 0)).adjusted(2, 2, -2, -2);
    const QRect empty = view.visualRect(model.index(2, 0)).adjusted(2, 2, -2, -2);
    const QRect longCell = view.visualRect(model.index(1, 1)).adjusted(2, 2, -2, -2);
    CHECK(inked(drawn, first) > 20);
    CHECK(inked(drawn, longCell) > 20);
    CHECK(inked(drawn, empty) == 0);
}
