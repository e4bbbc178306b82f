#pragma once

#include <QString>

class QFileDevice;
class QSaveFile;

namespace ssc {

// Finishing a written file so that a full disk is named as such. Qt's
// QSaveFile::commit() clears the error its own final flush met, so a full
// disk read "Unknown error" (or, on a device such as /dev/full, success).
// These flush first and keep the system's reason ("No space left on device").

// Commits the file; empty when it is in place, else why not. The temporary
// file is removed either way.
QString commitSaveFile(QSaveFile &file);
// Flushes a plain file; empty when every byte went out, else why not.
QString flushFile(QFileDevice &file);

} // namespace ssc
