#include "core/base/FileCommit.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ssc {

namespace {

QString reasonOf(const QFileDevice &file)
{
    const QString reason = file.errorString();
    // What Qt says when it kept no reason: better a plain word than that.
    if (reason.isEmpty() || reason == QLatin1String("Unknown error"))
        return QCoreApplication::translate("FileCommit", "the file could not be written in full");
    return reason;
}

} // namespace

QString flushFile(QFileDevice &file)
{
    if (file.error() != QFileDevice::NoError || !file.flush())
        return reasonOf(file);
    return {};
}

QString commitSaveFile(QSaveFile &file)
{
    // The reason must be read before commit(), which forgets it; and a
    // failed flush must cancel, or commit() may put a cut file in place.
    QString reason = flushFile(file);
    if (!reason.isEmpty())
        file.cancelWriting();
    if (!file.commit() && reason.isEmpty())
        reason = reasonOf(file);
    return reason;
}

} // namespace ssc
