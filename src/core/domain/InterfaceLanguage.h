#pragma once

#include "core/base/Result.h"

#include <QString>
#include <QStringList>

namespace ssc {

// The languages the program speaks, and putting one in place for the whole
// process: the program's translations and Qt's own (standard dialogs and
// buttons), QLocale's default (numbers, dates and collation) and the names of
// reference values (ReferenceNames). Core code: the window sets its layout
// direction from QLocale().textDirection() itself.
namespace InterfaceLanguage {

// The codes there are translations for, English first: en fr es pt ar zh_CN ru.
const QStringList &available();

// The language's name in itself, for a menu: "Français", "العربية".
QString nativeName(const QString &code);

// The available language a locale or language name stands for: "fr_CA" and
// "fr" -> "fr", "zh-Hans-CN" and "zh_TW" -> "zh_CN", "en_GB" -> "en"; empty
// when the program has no translation for it.
QString match(const QString &localeName);

// The first of the system's user-interface languages the program has, else "en".
QString fromSystem();

// Installs the language's translations (replacing any installed before) and
// makes it the default locale. An unknown code is an Input error naming the
// codes that exist. Call after QCoreApplication exists, before any window or
// command output.
Status install(const QString &code);

// The code installed last ("en" before any install).
QString current();

// Back to the state before any install: no translators, the system's
// locale, English reference names. For tests that try one language.
void reset();

} // namespace InterfaceLanguage

} // namespace ssc
