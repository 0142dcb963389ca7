// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archiveformat.h"
#include "archivemanifest.h"
#include "deletedpaths.h"
#include "filesystemtarwriter.h"
#include "peakmemory.h"
#include "rawtar.h"
#include "rawzip.h"
#include "sha256.h"

#include <KCompressionDevice>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <functional>

// A small well-formed checkpoint archive (manifest.json, checkpoint/,
// pages-1.img and core-1.img) as raw tar and zip bytes, for tests to make
// hostile variants of; and the peak RSS of the test process.

namespace Stasis::Test
{

/// Deterministic bytes that do not compress.
inline QByteArray pattern(qsizetype size, int seed = 0)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = 2463534242u + quint32(seed);
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data[i] = char(x & 0xff);
    }
    return data;
}

inline const QByteArray pages = pattern(20000);
inline const QByteArray core = "core image";

/// A manifest of checkpoint "cp1" of "counter" listing @p files (path, content).
inline ArchiveManifest manifestFor(const QList<std::pair<QString, QByteArray>> &files)
{
    ArchiveManifest manifest;
    manifest.producer = QStringLiteral("Stasis test");
    manifest.engine = {QStringLiteral("26.1.5"), QStringLiteral("1.45"), QStringLiteral("linux"), QStringLiteral("6.1.0"), QStringLiteral("amd64")};
    manifest.container = {QStringLiteral("abc"), QStringLiteral("counter"), QStringLiteral("busybox:latest"), QStringLiteral("sha256:1"), QJsonObject()};
    manifest.checkpoint = {QStringLiteral("cp1"), QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::UTC)};
    for (const auto &[path, data] : files) {
        manifest.files.append({path, data.size(), 0600, Sha256::hex(data)});
    }
    return manifest;
}

inline const QList<std::pair<QString, QByteArray>> goodFiles{{QStringLiteral("pages-1.img"), pages}, {QStringLiteral("core-1.img"), core}};

inline QByteArray goodManifest()
{
    return manifestFor(goodFiles).toJson();
}

inline QByteArray editedManifest(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject object = QJsonDocument::fromJson(goodManifest()).object();
    edit(object);
    return QJsonDocument(object).toJson();
}

/// The good manifest with @p configuration (a ContainerRecipe's JSON) as its container's configuration.
inline QByteArray manifestWithRecipe(const QJsonObject &configuration)
{
    return editedManifest([&](QJsonObject &object) {
        QJsonObject container = object.value(QLatin1StringView("container")).toObject();
        container.insert(QStringLiteral("configuration"), configuration);
        object.insert(QStringLiteral("container"), container);
    });
}

inline RawTar tarStart(const QByteArray &manifest = goodManifest())
{
    RawTar tar;
    tar.file("manifest.json", manifest).directory("checkpoint/");
    return tar;
}

inline RawTar goodTar(const QByteArray &manifest = goodManifest())
{
    return tarStart(manifest).file("checkpoint/pages-1.img", pages).file("checkpoint/core-1.img", core);
}

inline QList<RawZip::Item> zipStart(const QByteArray &manifest = goodManifest())
{
    return {{.name = "manifest.json", .data = manifest}, {.name = "checkpoint/", .unixMode = 040700, .deflate = false}};
}

inline QList<RawZip::Item> goodZipItems(const QByteArray &manifest = goodManifest())
{
    return zipStart(manifest) + QList<RawZip::Item>{{.name = "checkpoint/pages-1.img", .data = pages}, {.name = "checkpoint/core-1.img", .data = core}};
}

/// @p tar compressed as the tar format @p format says.
inline QByteArray compressed(const QByteArray &tar, ArchiveFormat format)
{
    QBuffer buffer;
    KCompressionDevice device(&buffer, false, ArchiveFormats::compression(format));
    if (!device.open(QIODevice::WriteOnly) || device.write(tar) != tar.size()) {
        return {};
    }
    device.close();
    return buffer.data();
}

/// A manifest listing the good files and @p extra (path, content).
inline QByteArray manifestWith(const QList<std::pair<QString, QByteArray>> &extra)
{
    return manifestFor(goodFiles + extra).toJson();
}

inline const QByteArray configDump = "{\"name\":\"counter\"}";
inline const QByteArray specDump = "{\"annotations\":{}}";

/// The good files' manifest, listing @p beside (name, content) beside itself.
inline QByteArray manifestBeside(const QList<std::pair<QString, QByteArray>> &beside)
{
    ArchiveManifest manifest = manifestFor(goodFiles);
    for (const auto &[name, data] : beside) {
        manifest.topLevelFiles.append({name, data.size(), 0600, Sha256::hex(data)});
    }
    return manifest.toJson();
}

/// An entry of a `rootfs-diff.tar`, owned by 0:0, of the sample checkpoint's time.
inline TarEntry fileSystemEntry(const QString &path, TarEntry::Type type, qint64 size = 0, int mode = 0644, const QString &linkTarget = {})
{
    TarEntry entry;
    entry.path = path;
    entry.type = type;
    entry.size = size;
    entry.mode = mode;
    entry.modified = QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::UTC);
    entry.linkTarget = linkTarget;
    return entry;
}

/// A `rootfs-diff.tar` of @p entries (a File's data beside it), as Stasis writes it.
inline QByteArray fileSystemTar(const QList<std::pair<TarEntry, QByteArray>> &entries)
{
    QByteArray tar;
    for (const auto &[entry, data] : entries) {
        tar += FileSystemTarWriter::header(entry) + data + QByteArray(FileSystemTarWriter::paddingSize(data.size()), '\0');
    }
    return tar + FileSystemTarWriter::endBlocks();
}

/// The good archive with file system changes beside its manifest:
/// @p tar as `rootfs-diff.tar` and @p deleted as `deleted.files`, declared as @p changes.
inline QByteArray archiveWithFileSystem(const QByteArray &tar, const QByteArray &deleted, const ArchiveManifest::FileSystem &changes)
{
    ArchiveManifest manifest = manifestFor(goodFiles);
    manifest.topLevelFiles = {{QString(DeletedPaths::fileName), deleted.size(), 0600, Sha256::hex(deleted)},
                              {QString(ArchiveManifest::FileSystem::tarName), tar.size(), 0600, Sha256::hex(tar)}};
    manifest.fileSystem = changes;
    RawTar archive;
    archive.file("manifest.json", manifest.toJson()).file(DeletedPaths::fileName.data(), deleted).file(ArchiveManifest::FileSystem::tarName.data(), tar);
    return archive.directory("checkpoint/").file("checkpoint/pages-1.img", pages).file("checkpoint/core-1.img", core).finish();
}

/// The good archive carrying @p tar as the tar of the volume @p name (mounted at /data), declared with @p entries and @p contentSize.
inline QByteArray archiveWithVolume(const QString &name, const QByteArray &tar, qint64 entries, qint64 contentSize)
{
    ArchiveManifest manifest = manifestFor(goodFiles);
    const ArchiveManifest::Volume volume{name, QStringLiteral("local"), QStringLiteral("/data"), entries, contentSize};
    manifest.volumes = {volume};
    manifest.topLevelFiles = {{volume.tarName(), tar.size(), 0600, Sha256::hex(tar)}};
    RawTar archive;
    archive.file("manifest.json", manifest.toJson()).file(volume.tarName().toUtf8(), tar);
    return archive.directory("checkpoint/").file("checkpoint/pages-1.img", pages).file("checkpoint/core-1.img", core).finish();
}

/// An archive with an entry of gigabytes of zeros (writeZerosEntry()) that must be refused early.
struct ZerosCase {
    const char *name;
    QByteArray start;
    QString entry;
    qint64 size;
    QString message;
};

inline QList<ZerosCase> zerosCases()
{
    // 2 GiB of memory pages, honestly declared.
    const qint64 bombSize = qint64(2) << 30;
    ArchiveManifest bomb = manifestFor({{QStringLiteral("core-1.img"), core}});
    bomb.files.prepend({QStringLiteral("pages-1.img"), bombSize, 0600, Sha256::hex("anything")});
    // A 1 GiB stasis.json, honestly declared.
    const qint64 metadataSize = qint64(1) << 30;
    ArchiveManifest metadata = manifestFor(goodFiles);
    metadata.files.append({QStringLiteral("stasis.json"), metadataSize, 0600, Sha256::hex("anything")});
    // A 2 GiB rootfs-diff.tar, honestly declared.
    ArchiveManifest fileSystem = manifestFor(goodFiles);
    fileSystem.topLevelFiles = {{QString(DeletedPaths::fileName), 2, 0600, Sha256::hex("[]")},
                                {QString(ArchiveManifest::FileSystem::tarName), bombSize, 0600, Sha256::hex("anything")}};
    fileSystem.fileSystem = ArchiveManifest::FileSystem{};
    RawTar fileSystemStart;
    fileSystemStart.file("manifest.json", fileSystem.toJson()).file(DeletedPaths::fileName.data(), "[]");
    return {
        {"bomb", tarStart(bomb.toJson()).finish(false), QStringLiteral("checkpoint/pages-1.img"), bombSize, QStringLiteral("decompression bomb")},
        {"file system bomb", fileSystemStart.finish(false), QString(ArchiveManifest::FileSystem::tarName), bombSize, QStringLiteral("decompression bomb")},
        {"1 GiB stasis.json",
         goodTar(metadata.toJson()).finish(false),
         QStringLiteral("checkpoint/stasis.json"),
         metadataSize,
         QStringLiteral("is larger than the limit of 65536 bytes")},
    };
}

/// Writes @p zeros as a tar.zst into @p fileName: its start (plain tar
/// entries), the entry of zeros and the end blocks, in a file of at most a
/// few hundred KiB.
inline bool writeZerosEntry(const QString &fileName, const ZerosCase &zeros)
{
    {
        KCompressionDevice device(fileName, KCompressionDevice::Zstd);
        if (!device.open(QIODevice::WriteOnly) || device.write(zeros.start + RawTar::header({.name = zeros.entry.toLatin1()}, zeros.size)) < 0) {
            return false;
        }
        const QByteArray chunk(1 << 20, '\0');
        for (qint64 written = 0; written < zeros.size; written += chunk.size()) {
            if (device.write(chunk.first(std::min<qint64>(chunk.size(), zeros.size - written))) < 0) {
                return false;
            }
        }
        const qint64 padding = (512 - zeros.size % 512) % 512;
        if (device.write(QByteArray(padding + 1024, '\0')) < 0) {
            return false;
        }
        device.close();
        if (device.error() != QFileDevice::NoError) {
            return false;
        }
    }
    return QFileInfo(fileName).size() < 4 * 1024 * 1024;
}

/// The rows of zerosCases(): one column, "zeros", the index.
inline void addZerosRows()
{
    QTest::addColumn<int>("zeros");
    const QList<ZerosCase> cases = zerosCases();
    for (qsizetype i = 0; i < cases.size(); ++i) {
        QTest::newRow(cases.at(i).name) << int(i);
    }
}

/// Writes @p bytes (a plain tar, or a whole zip) into @p fileName, compressed as @p format says.
inline bool writeArchive(const QString &fileName, ArchiveFormat format, const QByteArray &bytes)
{
    if (format == ArchiveFormat::Zip) {
        QFile file(fileName);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
    KCompressionDevice device(fileName, ArchiveFormats::compression(format));
    if (!device.open(QIODevice::WriteOnly) || device.write(bytes) != bytes.size()) {
        return false;
    }
    device.close();
    return true;
}

} // namespace Stasis::Test
