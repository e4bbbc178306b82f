#pragma once

#include <QHash>
#include <QString>

namespace ssc {

// Reads the names Debian's iso-codes package gives a standard's entries, and
// their translations from its gettext catalogues, without going through the
// C library's gettext (which follows the process locale, and the locale a
// user picks in the program need not be installed on the machine).
namespace IsoCodes {

// key -> the English name from <root>/iso-codes/json/iso_<standard>.json:
// standard "3166-1" keyed by alpha_2 (its common_name when it has one), or
// "639-2" keyed by alpha_2 (entries without one are left out). Empty when the
// file is missing or unreadable.
QHash<QString, QString> englishNames(const QString &root, const QString &standard);

// msgid -> msgstr from a gettext .mo file; empty when it is missing or damaged.
QHash<QString, QString> readMo(const QString &path);

// The .mo file of a standard in a language, trying "zh_CN" and then "zh":
// <root>/locale/<lang>/LC_MESSAGES/iso_<standard>.mo; empty when none exists.
QString moFile(const QString &root, const QString &standard, const QString &language);

} // namespace IsoCodes

} // namespace ssc
