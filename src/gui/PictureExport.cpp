#include "PictureExport.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PictureExport)
};

QImage imageOf(const ExportablePicture &picture)
{
    QImage image(picture.size * 2, QImage::Format_ARGB32);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter p(&image);
    picture.paint(p, picture.size);
    p.end();
    return image;
}

} // namespace

bool savePicture(const ExportablePicture &picture, const QString &path, QString *error)
{
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(picture.size);
        svg.setViewBox(QRect(QPoint(), picture.size));
        svg.setTitle(picture.title);
        svg.setDescription(picture.description);
        QPainter p;
        if (!p.begin(&svg)) {
            *error = Tr::tr("Cannot write %1").arg(path);
            return false;
        }
        picture.paint(p, picture.size);
        if (!p.end()) {
            *error = Tr::tr("Cannot write %1").arg(path);
            return false;
        }
        return true;
    }
    if (!imageOf(picture).save(path)) {
        *error = Tr::tr("Cannot write %1 (a PNG or SVG file name was expected)").arg(path);
        return false;
    }
    return true;
}

void copyPicture(const ExportablePicture &picture)
{
    QApplication::clipboard()->setImage(imageOf(picture));
}

void addPictureActions(QMenu *menu, QWidget *parent,
                       const std::function<ExportablePicture()> &picture)
{
    menu->addAction(Tr::tr("Save as PNG or SVG…"), parent, [parent, picture] {
        const ExportablePicture p = picture();
        QString filter;
        QString path = QFileDialog::getSaveFileName(
            parent, Tr::tr("Export %1").arg(p.title), p.fileName + QStringLiteral(".png"),
            Tr::tr("PNG image (*.png);;SVG drawing (*.svg)"), &filter);
        if (path.isEmpty())
            return;
        // A name typed without a suffix takes the chosen type's.
        if (QFileInfo(path).suffix().isEmpty())
            path += filter.contains(QLatin1String("svg")) ? QStringLiteral(".svg")
                                                          : QStringLiteral(".png");
        QString error;
        if (!savePicture(p, path, &error))
            QMessageBox::warning(parent, Tr::tr("Export %1").arg(p.title), error);
    });
    menu->addAction(Tr::tr("Copy"), parent, [picture] { copyPicture(picture()); });
}

} // namespace ssc
