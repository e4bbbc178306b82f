#include "core/domain/InterfaceLanguage.h"

#include "core/domain/ReferenceNames.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace ssc::InterfaceLanguage {

namespace {

struct Installed
{
    QString code = QStringLiteral("en");
    std::vector<std::unique_ptr<QTranslator>> translators;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void removeTranslators(Installed &state)
{
    for (const auto &t : state.translators)
        QCoreApplication::removeTranslator(t.get());
    state.translators.clear();
}

} // namespace

const QStringList &available()
{
    static const QStringList codes = {
        QStringLiteral("en"), QStringLiteral("fr"),    QStringLiteral("es"), QStringLiteral("pt"),
        QStringLiteral("ar"), QStringLiteral("zh_CN"), QStringLiteral("ru")};
    return codes;
}

QString nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code == QLatin1String("zh_CN"))
        name = QStringLiteral("简体中文");
    // Languages are capitalised in a menu even where the language itself
    // writes its name in lower case ("français").
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString match(const QString &localeName)
{
    QString name = localeName;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString language = name.section(QLatin1Char('_'), 0, 0).toLower();
    if (language == QLatin1String("zh"))
        return QStringLiteral("zh_CN"); // the one Chinese the program has
    for (const QString &code : available()) {
        if (code == language)
            return code;
    }
    return {};
}

QString fromSystem()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = match(name);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

Status install(const QString &code)
{
    if (!available().contains(code)) {
        return Error{QCoreApplication::translate("InterfaceLanguage",
                                                 "There is no translation for \"%1\"; the "
                                                 "languages are %2")
                         .arg(code, available().join(QStringLiteral(", "))),
                     Error::Kind::Input};
    }
    Installed &state = installed();
    removeTranslators(state);

    const QLocale locale(code);
    auto load = [&](const QString &file, const QString &folder) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(locale, file, QStringLiteral("_"), folder) &&
            QCoreApplication::installTranslator(translator.get()))
            state.translators.push_back(std::move(translator));
    };
    // The program's own, compiled in; English has one too, for its plurals.
    load(QStringLiteral("ssc"), QStringLiteral(":/i18n"));
    // Qt's (Debian's qt6-translations-l10n): the buttons of message boxes
    // and file dialogs. Missing ones leave those in English.
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    load(QStringLiteral("qtbase"), qtFolder);

    QLocale::setDefault(locale);
    ReferenceNames::setLanguage(code);
    state.code = code;
    return Done{};
}

QString current()
{
    return installed().code;
}

void reset()
{
    Installed &state = installed();
    removeTranslators(state);
    state.code = QStringLiteral("en");
    QLocale::setDefault(QLocale::system());
    ReferenceNames::setLanguage(QString());
}

} // namespace ssc::InterfaceLanguage
