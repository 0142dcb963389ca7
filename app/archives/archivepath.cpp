// SPDX-License-Identifier: GPL-2.0-or-later
#include "archivepath.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Stasis::ArchivePath
{

namespace
{

/// The translation context of the functions here (a namespace has no tr()).
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::ArchivePath)
};

constexpr qsizetype printableLimit = 200;

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

/// Strict UTF-8 (no overlong forms, surrogates or values above U+10FFFF).
std::optional<QString> decodeUtf8(QByteArrayView raw)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(raw);
    if (decoder.hasError() || text.toUtf8() != raw) {
        return std::nullopt;
    }
    return text;
}

} // namespace

QString printable(QByteArrayView raw)
{
    const QByteArrayView shown = raw.first(std::min(raw.size(), printableLimit));
    QString result;
    qsizetype i = 0;
    result.reserve(shown.size());
    while (i < shown.size()) {
        const auto byte = static_cast<unsigned char>(shown[i]);
        // Printable ASCII, nearly every name's every byte, needs no decoder.
        if (byte >= 0x20 && byte < 0x7f) {
            result += QLatin1Char(char(byte));
            ++i;
            continue;
        }
        qsizetype length = byte < 0x80 ? 1 : (byte & 0xe0) == 0xc0 ? 2 : (byte & 0xf0) == 0xe0 ? 3 : (byte & 0xf8) == 0xf0 ? 4 : 0;
        std::optional<QString> character;
        if (length > 0 && i + length <= shown.size()) {
            character = decodeUtf8(shown.sliced(i, length));
        }
        if (character && !isControl(character->toUcs4().value(0))) {
            result += *character;
            i += length;
        } else {
            result += QStringLiteral("\\x%1").arg(uint(byte), 2, 16, QLatin1Char('0'));
            ++i;
        }
    }
    if (shown.size() < raw.size()) {
        result += QStringLiteral("…");
    }
    return result;
}

std::expected<QString, QString> validate(QByteArrayView raw, int maxPathBytes, int maxDepth)
{
    // Only a refusal shows the name.
    const auto shown = [raw] {
        return printable(raw);
    };
    if (raw.isEmpty()) {
        return std::unexpected(Messages::tr("An archive entry has an empty name."));
    }
    if (raw.contains('\0')) {
        return std::unexpected(Messages::tr("The archive entry \"%1\" has a NUL character in its name.").arg(shown()));
    }
    const std::optional<QString> decoded = decodeUtf8(raw);
    if (!decoded) {
        return std::unexpected(Messages::tr("The archive entry \"%1\" has a name that is not valid UTF-8.").arg(shown()));
    }
    const QList<uint> characters = decoded->toUcs4();
    if (std::any_of(characters.cbegin(), characters.cend(), isControl)) {
        return std::unexpected(Messages::tr("The archive entry \"%1\" has a control character in its name.").arg(shown()));
    }
    if (raw.startsWith('/')) {
        return std::unexpected(Messages::tr("The archive entry \"%1\" has an absolute path.").arg(shown()));
    }
    QString path = *decoded;
    if (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    if (path.toUtf8().size() > maxPathBytes) {
        return std::unexpected(Messages::tr("The archive entry \"%1\" has a name longer than %2 bytes.").arg(shown()).arg(maxPathBytes));
    }
    const QStringList components = path.split(QLatin1Char('/'));
    for (const QString &component : components) {
        if (component.isEmpty()) {
            return std::unexpected(Messages::tr("The archive entry \"%1\" has an empty path component.").arg(shown()));
        }
        if (component == QLatin1String(".") || component == QLatin1String("..")) {
            return std::unexpected(Messages::tr("The archive entry \"%1\" has a \"%2\" path component.").arg(shown(), component));
        }
    }
    if (components.size() > maxDepth) {
        return std::unexpected(Messages::tr("The archive entry \"%1\" is nested deeper than %2 folders.").arg(shown()).arg(maxDepth));
    }
    return path;
}

bool hasPlainName(const QString &path)
{
    return std::all_of(path.cbegin(), path.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.' || u == '_' || u == '+' || u == '-' || u == '/';
    });
}

bool isUnder(const QString &path, const QString &folder)
{
    return path == folder || (path.size() > folder.size() && path.startsWith(folder) && path.at(folder.size()) == QLatin1Char('/'));
}

} // namespace Stasis::ArchivePath
