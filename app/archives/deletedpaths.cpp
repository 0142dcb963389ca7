// SPDX-License-Identifier: GPL-2.0-or-later
#include "deletedpaths.h"

#include "archivepath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Stasis
{

namespace
{

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

/// What is wrong with @p path, or nothing.
QString pathProblem(const QString &path, const ArchiveLimits &limits)
{
    const QByteArray encoded = path.toUtf8();
    const QString shown = ArchivePath::printable(encoded);
    if (QString::fromUtf8(encoded) != path) {
        return DeletedPaths::tr("The deleted path \"%1\" in %2 is not valid Unicode.").arg(shown, DeletedPaths::fileName);
    }
    const QList<uint> characters = path.toUcs4();
    if (path.contains(QChar(0))) {
        return DeletedPaths::tr("The deleted path \"%1\" in %2 has a NUL character.").arg(shown, DeletedPaths::fileName);
    }
    if (std::any_of(characters.cbegin(), characters.cend(), isControl)) {
        return DeletedPaths::tr("The deleted path \"%1\" in %2 has a control character.").arg(shown, DeletedPaths::fileName);
    }
    if (!path.startsWith(QLatin1Char('/'))) {
        return DeletedPaths::tr("The deleted path \"%1\" in %2 is not absolute.").arg(shown, DeletedPaths::fileName);
    }
    if (path == QLatin1String("/")) {
        return DeletedPaths::tr("%1 lists the root folder \"/\" as deleted.").arg(DeletedPaths::fileName);
    }
    if (encoded.size() > limits.maxFileSystemPathBytes) {
        return DeletedPaths::tr("The deleted path \"%1\" in %2 is longer than %3 bytes.").arg(shown, DeletedPaths::fileName).arg(limits.maxFileSystemPathBytes);
    }
    const QStringList components = path.sliced(1).split(QLatin1Char('/'));
    for (const QString &component : components) {
        if (component.isEmpty()) {
            return DeletedPaths::tr("The deleted path \"%1\" in %2 has an empty path component.").arg(shown, DeletedPaths::fileName);
        }
        if (component == QLatin1String(".") || component == QLatin1String("..")) {
            return DeletedPaths::tr("The deleted path \"%1\" in %2 has a \"%3\" path component.").arg(shown, DeletedPaths::fileName, component);
        }
    }
    if (components.size() > limits.maxFileSystemDepth) {
        return DeletedPaths::tr("The deleted path \"%1\" in %2 is nested deeper than %3 folders.")
            .arg(shown, DeletedPaths::fileName)
            .arg(limits.maxFileSystemDepth);
    }
    return {};
}

} // namespace

QByteArray DeletedPaths::toJson() const
{
    return QJsonDocument(QJsonArray::fromStringList(paths)).toJson(QJsonDocument::Compact);
}

std::expected<DeletedPaths, QString> DeletedPaths::fromJson(const QByteArray &json, const ArchiveLimits &limits)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        return std::unexpected(tr("%1 is not a JSON array of paths.").arg(fileName));
    }
    const QJsonArray array = document.array();
    if (array.size() > limits.maxDeletedPaths) {
        return std::unexpected(tr("%1 lists more than %2 deleted paths.").arg(fileName).arg(limits.maxDeletedPaths));
    }
    DeletedPaths deleted;
    deleted.paths.reserve(array.size());
    QSet<QString> seen;
    for (const QJsonValue &value : array) {
        if (!value.isString()) {
            return std::unexpected(tr("%1 is not a JSON array of paths: it holds something other than text.").arg(fileName));
        }
        const QString path = value.toString();
        if (const QString problem = pathProblem(path, limits); !problem.isEmpty()) {
            return std::unexpected(problem);
        }
        if (seen.contains(path)) {
            return std::unexpected(tr("%1 lists the deleted path \"%2\" twice.").arg(fileName, ArchivePath::printable(path.toUtf8())));
        }
        seen.insert(path);
        deleted.paths.append(path);
    }
    return deleted;
}

} // namespace Stasis
