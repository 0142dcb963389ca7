// SPDX-License-Identifier: GPL-2.0-or-later
#include "archivemanifest.h"

#include "deletedpaths.h"
#include "jsonfields.h"
#include "peerdumps.h"
#include "sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace Stasis
{

namespace
{

bool isFileName(const QString &path, QLatin1StringView prefix, QLatin1StringView suffix)
{
    const QString name = path.section(QLatin1Char('/'), -1);
    return name.startsWith(prefix) && name.endsWith(suffix);
}

using Need = JsonFields::Need;

/// The string members of the manifest's parts, by key: toJson() writes and fromJson() reads them.
constexpr JsonString<ArchiveManifest::Engine> engineStrings[] = {
    {QLatin1StringView("version"), &ArchiveManifest::Engine::version},
    {QLatin1StringView("apiVersion"), &ArchiveManifest::Engine::apiVersion},
    {QLatin1StringView("os"), &ArchiveManifest::Engine::os},
    {QLatin1StringView("kernelVersion"), &ArchiveManifest::Engine::kernelVersion},
    {QLatin1StringView("architecture"), &ArchiveManifest::Engine::architecture},
};
constexpr JsonString<ArchiveManifest::Container> containerStrings[] = {
    {QLatin1StringView("id"), &ArchiveManifest::Container::id},
    {QLatin1StringView("name"), &ArchiveManifest::Container::name},
    {QLatin1StringView("image"), &ArchiveManifest::Container::image},
    {QLatin1StringView("imageId"), &ArchiveManifest::Container::imageId},
};

QJsonArray fileArray(const QList<ArchiveFileEntry> &files)
{
    QJsonArray array;
    for (const ArchiveFileEntry &file : files) {
        array.append(QJsonObject{
            {QStringLiteral("path"), file.path},
            {QStringLiteral("size"), double(file.size)},
            {QStringLiteral("mode"), file.mode},
            {QStringLiteral("sha256"), QString::fromLatin1(file.sha256)},
        });
    }
    return array;
}

QList<ArchiveFileEntry> readFiles(JsonFields &root, QLatin1StringView key, Need need)
{
    QList<ArchiveFileEntry> entries;
    for (JsonFields &file : root.children(key, need)) {
        ArchiveFileEntry entry;
        entry.path = file.string(QLatin1StringView("path"), Need::Required);
        entry.size = file.integer(QLatin1StringView("size"), JsonFields::Range{0, std::numeric_limits<qint64>::max()}, Need::Required).value_or(0);
        entry.mode = int(file.integer(QLatin1StringView("mode"), JsonFields::Range{0, 07777}, Need::Required).value_or(0));
        entry.sha256 = file.string(QLatin1StringView("sha256"), Need::Required).toLatin1();
        if (!Sha256::isHexDigest(entry.sha256)) {
            file.reject(QLatin1StringView("sha256"), ArchiveManifest::tr("64 lowercase hexadecimal digits"));
        }
        entries.append(entry);
    }
    return entries;
}

} // namespace

qint64 ArchiveManifest::totalSize() const
{
    qint64 total = 0;
    for (const ArchiveFileEntry &file : files) {
        total += file.size;
    }
    return total;
}

qint64 ArchiveManifest::memoryPagesSize() const
{
    qint64 total = 0;
    for (const ArchiveFileEntry &file : files) {
        if (isFileName(file.path, QLatin1StringView("pages-"), QLatin1StringView(".img"))) {
            total += file.size;
        }
    }
    return total;
}

int ArchiveManifest::processCount() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const ArchiveFileEntry &file) {
        return isFileName(file.path, QLatin1StringView("core-"), QLatin1StringView(".img"));
    }));
}

const ArchiveFileEntry *ArchiveManifest::topLevelFile(QAnyStringView name) const
{
    const auto file = std::find_if(topLevelFiles.cbegin(), topLevelFiles.cend(), [name](const ArchiveFileEntry &entry) {
        return QAnyStringView::equal(entry.path, name);
    });
    return file == topLevelFiles.cend() ? nullptr : &*file;
}

QString ArchiveManifest::Volume::tarNameOf(const QString &volume)
{
    return QLatin1String("volumes/") + volume + QLatin1String(".tar");
}

std::optional<QString> ArchiveManifest::Volume::ofTarName(const QString &name)
{
    const QLatin1StringView prefix("volumes/");
    const QLatin1StringView suffix(".tar");
    if (!name.startsWith(prefix) || !name.endsWith(suffix)) {
        return std::nullopt;
    }
    const QString volume = name.sliced(prefix.size(), name.size() - prefix.size() - suffix.size());
    return isVolumeName(volume) ? std::optional(volume) : std::nullopt;
}

bool ArchiveManifest::Volume::isVolumeName(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]{1,254}$"));
    return rule.match(name).hasMatch();
}

const ArchiveManifest::Volume *ArchiveManifest::volume(const QString &name) const
{
    const auto found = std::find_if(volumes.cbegin(), volumes.cend(), [&name](const Volume &volume) {
        return volume.name == name;
    });
    return found == volumes.cend() ? nullptr : &*found;
}

bool ArchiveManifest::mayLieBeside(const QString &name)
{
    return Volume::ofTarName(name) || PeerDumps::isDumpName(name) || name == FileSystem::tarName || name == DeletedPaths::fileName || name == imageTarName;
}

QByteArray ArchiveManifest::toJson() const
{
    QJsonObject containerObject = jsonStrings(container, containerStrings);
    containerObject.insert(QLatin1StringView("configuration"), container.configuration);
    QJsonObject document{
        {QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("producer"), producer},
        {QStringLiteral("engine"), jsonStrings(engine, engineStrings)},
        {QStringLiteral("container"), containerObject},
        {QStringLiteral("checkpoint"),
         QJsonObject{
             {QStringLiteral("name"), checkpoint.name},
             {QStringLiteral("created"), checkpoint.created.toUTC().toString(Qt::ISODateWithMs)},
         }},
        {QStringLiteral("folder"), QString(folder)},
        {QStringLiteral("files"), fileArray(files)},
        {QStringLiteral("topLevelFiles"), fileArray(topLevelFiles)},
    };
    if (fileSystem) {
        document.insert(QLatin1StringView("fileSystem"),
                        QJsonObject{
                            {QStringLiteral("entries"), double(fileSystem->entries)},
                            {QStringLiteral("contentSize"), double(fileSystem->contentSize)},
                            {QStringLiteral("deletedPaths"), double(fileSystem->deletedPaths)},
                            {QStringLiteral("capturedWhileRunning"), fileSystem->capturedWhileRunning},
                        });
    }
    if (!volumes.isEmpty()) {
        QJsonArray array;
        for (const Volume &volume : volumes) {
            array.append(QJsonObject{
                {QStringLiteral("name"), volume.name},
                {QStringLiteral("driver"), volume.driver},
                {QStringLiteral("destination"), volume.destination},
                {QStringLiteral("entries"), double(volume.entries)},
                {QStringLiteral("contentSize"), double(volume.contentSize)},
            });
        }
        document.insert(QLatin1StringView("volumes"), array);
    }
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

std::expected<ArchiveManifest, QString> ArchiveManifest::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return std::unexpected(tr("The manifest is not a JSON object (%1 at byte %2).")
                                   .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("another JSON value"))
                                   .arg(parseError.offset));
    }
    JsonFields root(document.object());
    ArchiveManifest manifest;
    manifest.formatVersion = int(root.integer(QLatin1StringView("formatVersion"), JsonFields::Range{1, 1000000}, Need::Required).value_or(0));
    if (root.failed()) {
        return std::unexpected(tr("The manifest is malformed: %1").arg(root.error()));
    }
    if (manifest.formatVersion > currentFormatVersion) {
        return std::unexpected(tr("The archive has format version %1, this Stasis reads version %2 at most: open it with a newer Stasis.")
                                   .arg(manifest.formatVersion)
                                   .arg(currentFormatVersion));
    }
    manifest.producer = root.string(QLatin1StringView("producer"));
    if (root.string(QLatin1StringView("folder"), Need::Required) != folder) {
        root.reject(QLatin1StringView("folder"), QStringLiteral("\"%1\"").arg(folder));
    }
    JsonFields engine = root.child(QLatin1StringView("engine"), Need::Required);
    engine.readStrings(manifest.engine, engineStrings, Need::Required);
    JsonFields container = root.child(QLatin1StringView("container"), Need::Required);
    container.readStrings(manifest.container, containerStrings, Need::Required);
    manifest.container.configuration = container.object(QLatin1StringView("configuration"), Need::Required);
    JsonFields checkpoint = root.child(QLatin1StringView("checkpoint"), Need::Required);
    manifest.checkpoint.name = checkpoint.string(QLatin1StringView("name"), Need::Required);
    manifest.checkpoint.created = checkpoint.dateTime(QLatin1StringView("created"), Need::Required);
    manifest.files = readFiles(root, QLatin1StringView("files"), Need::Required);
    // Version 1 has none.
    manifest.topLevelFiles = readFiles(root, QLatin1StringView("topLevelFiles"), Need::Optional);
    if (root.has(QLatin1StringView("fileSystem"))) {
        JsonFields part = root.child(QLatin1StringView("fileSystem"), Need::Required);
        const JsonFields::Range count{0, std::numeric_limits<qint64>::max()};
        FileSystem &changes = manifest.fileSystem.emplace();
        changes.entries = part.integer(QLatin1StringView("entries"), count, Need::Required).value_or(0);
        changes.contentSize = part.integer(QLatin1StringView("contentSize"), count, Need::Required).value_or(0);
        changes.deletedPaths = part.integer(QLatin1StringView("deletedPaths"), count, Need::Required).value_or(0);
        changes.capturedWhileRunning = part.boolean(QLatin1StringView("capturedWhileRunning"), Need::Required);
    }
    for (JsonFields &part : root.children(QLatin1StringView("volumes"), Need::Optional)) {
        const JsonFields::Range count{0, std::numeric_limits<qint64>::max()};
        Volume volume;
        volume.name = part.string(QLatin1StringView("name"), Need::Required);
        if (!Volume::isVolumeName(volume.name)) {
            part.reject(QLatin1StringView("name"), tr("a volume name: a letter or digit, then letters, digits, '_', '.' or '-'"));
        }
        volume.driver = part.string(QLatin1StringView("driver"), Need::Required);
        volume.destination = part.string(QLatin1StringView("destination"), Need::Required);
        volume.entries = part.integer(QLatin1StringView("entries"), count, Need::Required).value_or(0);
        volume.contentSize = part.integer(QLatin1StringView("contentSize"), count, Need::Required).value_or(0);
        if (manifest.volume(volume.name)) {
            part.reject(QLatin1StringView("name"), tr("a volume listed once"));
        }
        manifest.volumes.append(volume);
    }
    if (root.failed()) {
        return std::unexpected(tr("The manifest is malformed: %1").arg(root.error()));
    }
    return manifest;
}

} // namespace Stasis
