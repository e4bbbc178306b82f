#include "PictureExport.h"

#include "core/base/FileCommit.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
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

// Written beside the target and put in place whole (QSaveFile), so that a
// full disk or a killed program never leaves half a picture under its name;
// the failure names the system's reason.
bool savePicture(const ExportablePicture &picture, const QString &path, QString *error)
{
    const QByteArray suffix = QFileInfo(path).suffix().toLower().toLatin1();
    const bool isSvg = suffix == "svg";
    if (!isSvg && !QImageWriter::supportedImageFormats().contains(suffix)) {
        *error = Tr::tr("Cannot write %1 (a PNG or SVG file name was expected)").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // The writers are given a CheckedWrites: they do not notice a short
    // write, and an SVG cut short on a full disk was put in place.
    CheckedWrites checked(file);
    bool drawn = false;
    if (isSvg) {
        QSvgGenerator svg;
        svg.setOutputDevice(&checked);
        svg.setSize(picture.size);
        svg.setViewBox(QRect(QPoint(), picture.size));
        svg.setTitle(picture.title);
        svg.setDescription(picture.description);
        QPainter p;
        if (p.begin(&svg)) {
            picture.paint(p, picture.size);
            drawn = p.end();
        }
    } else {
        // Encoded in memory first: Qt's PNG writer leaks a row when a write
        // fails under it (found by LeakSanitizer on a full disk).
        QByteArray encoded;
        QBuffer buffer(&encoded);
        drawn = buffer.open(QIODevice::WriteOnly) &&
                imageOf(picture).save(&buffer, suffix.constData()) &&
                checked.write(encoded) == encoded.size();
    }
    QString why = checked.failure();
    if (!drawn || !why.isEmpty())
        file.cancelWriting(); // nothing is put in place
    else
        why = commitSaveFile(file);
    if (!drawn || !why.isEmpty()) {
        *error = why.isEmpty() ? Tr::tr("Cannot write %1").arg(path)
                               : Tr::tr("Cannot write %1: %2").arg(path, why);
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
