#pragma once

#include <QSize>
#include <QString>

#include <functional>

class QMenu;
class QPainter;
class QWidget;

namespace ssc {

// A picture the window can save or copy: the map, a dashboard chart. paint
// draws it at size, in logical pixels.
struct ExportablePicture
{
    QSize size;
    QString title;       // the SVG's title, the file dialog's caption
    QString fileName;    // suggested, without suffix: "map", "by-modality"
    QString description; // the SVG's description: sources, attribution
    std::function<void(QPainter &, const QSize &)> paint;
};

// Saves the picture as SVG (vectors, the text as text) or PNG (at twice
// the size, sharp on high-density screens), by the name's suffix; false
// with a message naming the file when it cannot be written.
bool savePicture(const ExportablePicture &picture, const QString &path, QString *error);
// The picture as an image on the clipboard.
void copyPicture(const ExportablePicture &picture);
// Adds "Save as PNG or SVG…" (a file dialog, a message on failure) and
// "Copy" to menu; picture is asked for when chosen, at the size then.
void addPictureActions(QMenu *menu, QWidget *parent,
                       const std::function<ExportablePicture()> &picture);

} // namespace ssc
