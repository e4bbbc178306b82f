#include "core/domain/IsoCodes.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <nlohmann/json.hpp>

namespace ssc::IsoCodes {

QHash<QString, QString> englishNames(const QString &root, const QString &standard)
{
    QHash<QString, QString> names;
    QFile file(root + QStringLiteral("/iso-codes/json/iso_%1.json").arg(standard));
    if (!file.open(QIODevice::ReadOnly))
        return names;
    const nlohmann::json doc = nlohmann::json::parse(file.readAll().toStdString(), nullptr,
                                                     /*allow_exceptions=*/false);
    if (!doc.is_object() || !doc.contains(standard.toStdString()) ||
        !doc[standard.toStdString()].is_array())
        return names;
    for (const nlohmann::json &entry : doc[standard.toStdString()]) {
        if (!entry.is_object() || !entry.contains("alpha_2") || !entry["alpha_2"].is_string())
            continue;
        // common_name is the shorter form the iso-codes translations carry
        // too ("Bolivia" for "Bolivia, Plurinational State of").
        const char *field = entry.contains("common_name") ? "common_name" : "name";
        if (!entry.contains(field) || !entry[field].is_string())
            continue;
        names.insert(QString::fromStdString(entry["alpha_2"].get<std::string>()),
                     QString::fromStdString(entry[field].get<std::string>()));
    }
    return names;
}

QHash<QString, QString> readMo(const QString &path)
{
    QHash<QString, QString> out;
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return out;
    const QByteArray bytes = file.readAll();
    if (bytes.size() < 28)
        return out;
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    // The magic number says in which byte order the file was written.
    const quint32 magic = qFromLittleEndian<quint32>(data);
    const bool little = magic == 0x950412de;
    if (!little && qFromBigEndian<quint32>(data) != 0x950412de)
        return out;
    auto word = [&](qsizetype at) -> quint32 {
        if (at < 0 || at + 4 > bytes.size())
            return 0;
        return little ? qFromLittleEndian<quint32>(data + at) : qFromBigEndian<quint32>(data + at);
    };
    const quint32 count = word(8);
    const quint32 originals = word(12);
    const quint32 translations = word(16);
    // A string the table points at, cut at its first NUL (a plural entry
    // holds "singular\0plural"); null when the table points outside the file.
    auto text = [&](quint32 table, quint32 i, bool *ok) {
        const qsizetype entry = qsizetype(table) + qsizetype(i) * 8;
        const quint32 length = word(entry);
        const quint32 offset = word(entry + 4);
        if (entry + 8 > bytes.size() || qsizetype(offset) + length > bytes.size()) {
            *ok = false;
            return QString();
        }
        const QByteArray raw = bytes.mid(offset, length);
        const qsizetype nul = raw.indexOf('\0');
        return QString::fromUtf8(nul < 0 ? raw : raw.left(nul));
    };
    for (quint32 i = 0; i < count; ++i) {
        bool ok = true;
        const QString id = text(originals, i, &ok);
        const QString str = text(translations, i, &ok);
        if (!ok)
            return {}; // damaged: better English than names from the wrong places
        if (!id.isEmpty() && !str.isEmpty())
            out.insert(id, str);
    }
    return out;
}

QString moFile(const QString &root, const QString &standard, const QString &language)
{
    QStringList tries{language};
    if (language.contains(QLatin1Char('_')))
        tries << language.section(QLatin1Char('_'), 0, 0);
    for (const QString &lang : tries) {
        const QString path =
            root + QStringLiteral("/locale/%1/LC_MESSAGES/iso_%2.mo").arg(lang, standard);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

} // namespace ssc::IsoCodes
